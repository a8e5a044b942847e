#!/usr/bin/env bash
# Runs the fuzz targets for SECONDS (default 600) each, JOBS at a time (default 1); crashes land in
# fuzz/artifacts/<target>/ and each target's final statistics (executions, coverage) are printed.
# Needs nightly Rust and cargo-fuzz (cargo install cargo-fuzz).
#
# usage: fuzz/run.sh [SECONDS] [JOBS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
jobs=${2:-1}
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(normalise sentences quotes casualties)
cargo +nightly fuzz build -O "${targets[@]/#/}" >/dev/null 2>&1 || cargo +nightly fuzz build -O
run() {
  local target=$1 log
  log=$(mktemp)
  cargo +nightly fuzz run -O "$target" -- -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 >"$log" 2>&1 || true
  echo "== $target ($seconds s): $(grep -E 'stat::number_of_executed_units' "$log" | awk '{print $2}') executions, $(grep -cE 'deadly signal|ERROR: libFuzzer' "$log") crashes"
  grep -E '^artifact_prefix|Test unit written|panicked at' "$log" || true
  rm -f "$log"
}
export -f run
export seconds
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run {}'
