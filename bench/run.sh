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
  log "## All of Multi-News: 56,216 sets, 155,615 articles, 144 MB"
  log ""
  log '```'
  mkdir -p "$work/bulk" && cp pipeline.yaml "$work/bulk/"
  cd "$work/bulk"
  t() { /usr/bin/time -f "  -> %e s wall, %M KB peak memory" "$@" 2>&1 | tail -n 12 | tee -a "$report"; }
  log "\$ corroborate add multinews-plus.jsonl.gz"
  t "$bin" add "$shared/corpus/multinews-plus.jsonl.gz"
  log "\$ corroborate run --timings        # every stage, outputs and reports written"
  t "$bin" run -q --timings
  log "\$ target/release/examples/write_ceiling out 144 2   # the same output files written again, no stage run"
  "$root/target/release/examples/write_ceiling" "$work/bulk/out" 144 2 | head -1 | tee -a "$report"
  zcat "$shared/corpus/multinews-plus.jsonl.gz" > "$work/bulk.jsonl"
  log "\$ corroborate stream --threads 2 < multinews-plus.jsonl > results.jsonl   # all five stages, outputs as JSON lines"
  /usr/bin/time -f "  -> %e s wall, %U s user, %M KB peak memory" "$bin" stream --threads 2 < "$work/bulk.jsonl" 2>&1 > "$work/results.jsonl" | tail -n 2 | tee -a "$report"
  rm -f "$work/results.jsonl"
  log "\$ zcat multinews-plus.jsonl.gz | corroborate stream --threads 2 > results.jsonl   # the same, decompressing on the way"
  /usr/bin/time -f "  -> %e s wall, %U s user, %M KB peak memory" sh -c "zcat '$shared/corpus/multinews-plus.jsonl.gz' | '$bin' stream --threads 2 > '$work/results.jsonl'" 2>&1 | tail -n 2 | tee -a "$report"
  log "  ($(du -b "$work/results.jsonl" | awk '{printf "%.0f MB", $1/1e6}') of results)"
  log "\$ corroborate run                  # nothing changed"
  t "$bin" run -q
  mkdir -p "$work/one" && printf 'Storm hits coast\n\nThree people were killed when the storm hit, officials said.\n' > "$work/one/a.txt"
  log "\$ corroborate add one-new-set && corroborate run"
  "$bin" add "$work/one" --name one-new-set 2>/dev/null
  t "$bin" run -q
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
