#!/usr/bin/env bash
# The benchmark: corroborate's stages and whole pipeline on the 210 corpus sets and on all of
# Multi-News (56,216 sets), beside a read-plus-one-regex ceiling and the peers (pySBD, sentencex,
# textacy) run on the same text in the same run. Writes BENCHMARKS.md.
#
# usage: bench/run.sh [--quick]     (--quick: skip the bulk corpus and the peers)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared=${SHARED:-$root/../shared}
quick=${1:-}
[ -d "$shared/corpus" ] || { echo "needs $shared/corpus (the shared folder)" >&2; exit 2; }

cargo build --release --quiet --bin corroborate --example ceiling --example write_ceiling
cargo build --release --quiet -p corroborate-stages --example casualties_speed
bin=$root/target/release/corroborate
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
report=$work/report.md
log() { echo "$@" | tee -a "$report"; }
# Runs a command, shows its last lines and its time; leaves the figures in
# $wall, $cpu (user + sys seconds) and $peak (KB, largest resident set).
timed() {
  /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" "$@" 2>&1 | tail -n 12 | sed "/^open /d" | tee -a "$report"
  local user sys
  read -r wall user sys peak < "$work/time.txt"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
  log "  -> $wall s wall, $cpu s CPU (user + sys), $peak KB peak memory (load average $(cut -d' ' -f1-3 /proc/loadavg))"
}

log "## Machine"
log ""
log "- $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB memory"
log "- $(rustc --version), commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%d)"
log ""

log "## The 210 corpus sets ($(du -sh "$shared/corpus/sets" | cut -f1), $(find "$shared/corpus/sets" -name '*.txt' | wc -l) articles)"
log ""
log '```'
log "\$ target/release/examples/ceiling ../shared/corpus/sets     # read + one regex pass, one core"
"$root/target/release/examples/ceiling" "$shared/corpus/sets" | tee -a "$report"
# Each run writes to a fresh folder: deleting a previous one just before would time ext4's
# handling of recently deleted inodes, not corroborate (see the analysis).
for threads in 1 2; do
  log "\$ corroborate run --input ../shared/corpus/sets --out OUT --threads $threads --timings"
  "$bin" run --input "$shared/corpus/sets" --out "$work/out-$threads" --threads "$threads" --timings -q 2>&1 | tee -a "$report"
done
ln -s "$work/out-2" "$work/out"
mb=$(find "$shared/corpus/sets" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {printf "%.2f", s/1e6}')
log "\$ target/release/examples/write_ceiling OUT $mb 2   # the same output files written again, no stage run"
"$root/target/release/examples/write_ceiling" "$work/out-2" "$mb" 2 | head -1 | tee -a "$report"
log "\$ corroborate stream --threads 1 < the same sets as JSON lines   # all five stages in memory, no disk"
python3 - "$shared/corpus/sets" > "$work/sets.jsonl" <<'PY'
import json, os, sys
root = sys.argv[1]
for s in sorted(os.listdir(root)):
    d = os.path.join(root, s)
    arts = [{"id": f[:-4], "text": open(os.path.join(d, f), encoding="utf-8", errors="replace").read()}
            for f in sorted(os.listdir(d)) if f.endswith(".txt")]
    print(json.dumps({"set": s, "articles": arts}))
PY
/usr/bin/time -f "  -> %e s wall, %U s user for $(du -b "$work/sets.jsonl" | cut -f1) bytes" "$bin" stream --threads 1 < "$work/sets.jsonl" 2>&1 >/dev/null | tail -1 | tee -a "$report"
log "\$ target/release/examples/casualties_speed OUT 10               # the casualty stage alone, one core"
"$root/target/release/examples/casualties_speed" "$work/out" 10 2>&1 | tail -3 | tee -a "$report"
log '```'
log ""

if [ "$quick" != "--quick" ]; then
  # One article of about 100 MB (the 210 sets' texts, repeated), one set: what
  # memory one giant article costs (issue 21 asks for at most 10x the article).
  mkdir -p "$work/big/in/big"
  python3 - "$shared/corpus/sets" "$work/big/in/big/a.txt" <<'PY'
import glob, os, sys
texts = sorted(glob.glob(os.path.join(sys.argv[1], "*", "*.txt")))
chunk = b"".join(open(t, "rb").read() + b"\n\n" for t in texts)
with open(sys.argv[2], "wb") as out:
    written = 0
    while written < 100_000_000:
        out.write(chunk)
        written += len(chunk)
PY
  big=$(stat -c %s "$work/big/in/big/a.txt")
  log "## One 100 MB article ($(awk -v b="$big" 'BEGIN {printf "%.1f MB", b / 1e6}'), the 210 sets' texts repeated, one set)"
  log ""
  log '```'
  log "\$ corroborate run --input BIG --timings"
  timed "$bin" run -q --timings --input "$work/big/in" --out "$work/big/out"
  log "peak memory $(awk -v p="$peak" -v b="$big" 'BEGIN {printf "%.1f", p * 1024 / b}')x the article (at most 10x wanted)"
  log '```'
  log ""
  rm -rf "$work/big"

  log "## All of Multi-News: 56,216 sets, 155,615 articles, 144 MB"
  log ""
  log '```'
  mkdir -p "$work/bulk" && cp pipeline.yaml "$work/bulk/"
  cd "$work/bulk"
  log "\$ corroborate add multinews-plus.jsonl.gz"
  timed "$bin" add "$shared/corpus/multinews-plus.jsonl.gz"
  log "\$ corroborate run --timings        # every stage, outputs and reports written"
  timed "$bin" run -q --timings
  run_wall=$wall
  log "\$ target/release/examples/write_ceiling out 144 2   # the same output files written again, no stage run"
  floor_line=$("$root/target/release/examples/write_ceiling" "$work/bulk/out" 144 2 | head -1)
  log "$floor_line"
  floor=$(echo "$floor_line" | sed -n 's/.* written in \([0-9.]*\) s .*/\1/p')
  log "run / write floor: $run_wall s / $floor s = $(awk -v r="$run_wall" -v f="$floor" 'BEGIN {printf "%.2f", r / f}')x (at most 1.2x wanted)"
  rm -rf "$work/bulk/out.write-ceiling"
  zcat "$shared/corpus/multinews-plus.jsonl.gz" > "$work/bulk.jsonl"
  mb=$(du -b "$work/bulk.jsonl" | awk '{printf "%.1f", $1 / 1e6}')
  log "\$ corroborate stream --threads 2 < multinews-plus.jsonl > results.jsonl   # all five stages, outputs as JSON lines"
  timed sh -c "'$bin' stream --threads 2 < '$work/bulk.jsonl' > '$work/results.jsonl'"
  log "$mb MB: $(awk -v m="$mb" -v w="$wall" 'BEGIN {printf "%.1f", m / w}') MB/s wall; from CPU time, $(awk -v m="$mb" -v c="$cpu" 'BEGIN {printf "%.1f", 2 * m / c}') MB/s on 2 cores (at least 40 wanted)"
  rm -f "$work/results.jsonl"
  log "\$ zcat multinews-plus.jsonl.gz | corroborate stream --threads 2 > results.jsonl   # the same, decompressing on the way"
  timed sh -c "zcat '$shared/corpus/multinews-plus.jsonl.gz' | '$bin' stream --threads 2 > '$work/results.jsonl'"
  log "  ($(du -b "$work/results.jsonl" | awk '{printf "%.0f MB", $1/1e6}') of results)"
  log "\$ corroborate run                  # nothing changed"
  timed "$bin" run -q
  mkdir -p "$work/one" && printf 'Storm hits coast\n\nThree people were killed when the storm hit, officials said.\n' > "$work/one/a.txt"
  log "\$ corroborate add one-new-set && corroborate run"
  "$bin" add "$work/one" --name one-new-set 2>/dev/null
  timed "$bin" run -q
  cd "$root"
  log '```'
  log ""
  for peer in bench/sentences.sh bench/quotes.sh; do
    if [ -x "$peer" ]; then
      log "## $(basename "$peer" .sh): peers on the same text"
      log ""
      "$peer" 2>&1 | tee -a "$report"
      log ""
    fi
  done
fi

{
  echo "# Benchmarks"
  echo
  echo "Measured by \`bench/run.sh\` (figures below are its output, pasted as is); the analysis"
  echo "section is written by hand from a profile."
  echo
  cat "$report"
  if [ -f bench/analysis.md ]; then echo; cat bench/analysis.md; fi
} > BENCHMARKS.md
echo "wrote BENCHMARKS.md"
