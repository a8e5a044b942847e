#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 600) each; crashes land in fuzz/artifacts/<target>/.
# Needs nightly Rust and cargo-fuzz (cargo install cargo-fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
for target in normalise sentences quotes casualties; do
  echo "== $target ($seconds s)"
  cargo +nightly fuzz run "$target" -- -max_total_time="$seconds" -max_len=4096 -timeout=10 2>&1 | grep -E "^(#[0-9]+ *DONE|Done|==|SUMMARY|artifact)" || true
done
