#!/usr/bin/env bash
# Peer benchmark of the sentence splitter: pySBD 0.3.4, sentencex 1.0.32 and
# corroborate's sentences.v1 split the same paragraphs of ../shared/corpus/sets
# (one paragraph per call, as the peers were measured), on one core, in one run.
#
# usage: bench/sentences.sh [SETS_DIR]   (default ../shared/corpus/sets)
# Needs python3 with venv and network access to PyPI; the venv is temporary.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
sets="${1:-$root/../shared/corpus/sets}"
core="${BENCH_CORE:-0}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -d "$sets" ]; then
    echo "no corpus at $sets" >&2
    exit 1
fi

# The paragraphs, one JSON string per line, as the files hold them.
python3 - "$sets" "$work/paragraphs.jsonl" <<'PY'
import json, os, re, sys
sets, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as fh:
    for s in sorted(os.listdir(sets)):
        d = os.path.join(sets, s)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if f.endswith(".txt"):
                text = open(os.path.join(d, f), encoding="utf-8", errors="replace").read()
                for p in re.split(r"\n\s*\n", text):
                    if p.strip():
                        fh.write(json.dumps(p.strip()) + "\n")
PY

echo "building corroborate's benchmark binary..." >&2
(cd "$root" && cargo build --release -q -p corroborate-stages --example sentences_bench)

echo "installing the peers into a temporary venv..." >&2
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q "pysbd==0.3.4" "sentencex==1.0.32" >&2

ours="$(taskset -c "$core" "$root/target/release/examples/sentences_bench" "$work/paragraphs.jsonl" --repeat 10)"
echo "$ours"

taskset -c "$core" "$work/venv/bin/python" - "$work/paragraphs.jsonl" "$ours" <<'PY'
import json, re, sys, time
paragraphs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
chars = sum(len(p) for p in paragraphs)
ours = float(re.search(r"([\d.]+) M chars/s", sys.argv[2]).group(1)) * 1e6

def best(fn, runs):
    b = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        n = 0
        for p in paragraphs:
            n += len(fn(p))
        b = min(b, time.perf_counter() - t)
    return b, n

import pysbd
from sentencex import segment
seg = pysbd.Segmenter(language="en", clean=False)
results = [
    ("pySBD 0.3.4", *best(seg.segment, 1)),
    ("sentencex 1.0.32", *best(lambda p: list(segment("en", p)), 5)),
]
print(f"{len(paragraphs)} paragraphs, {chars} chars (Python len), one core")
print(f"{'splitter':<28}{'segments':>10}{'seconds':>10}{'M chars/s':>12}{'ours is':>12}")
for name, secs, n in results:
    rate = chars / secs
    print(f"{name:<28}{n:>10}{secs:>10.3f}{rate / 1e6:>12.2f}{ours / rate:>11.1f}x")
print(f"{'corroborate sentences.v1':<28}{'':>10}{chars / ours:>10.4f}{ours / 1e6:>12.2f}{1:>11.1f}x")
PY
