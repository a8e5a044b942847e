#!/usr/bin/env python3
"""Draw round 32 of the blind quotation sample (issue 18): a thirty-second sample, held out as a whole.

usage: python3 eval/blind/quotes/sample_round32.py [--shared ../shared] [--check] [--limit N]

Writes eval/blind/quotes/round32.jsonl by round 31's draw (imported from `sample_round31.py`, which imports round 30's, which imports
round 29's, ... which imports round 4's sizes and round 3's `main`: its docstring gives the recipe, the reference fields, `--check` and the
prefix-stable order) with this round's seed, ids `r32-...` and earlier samples: every set in sample.jsonl (if present), dev.jsonl,
heldout.jsonl, round2.jsonl ... round31.jsonl is left out (only their `set` fields are read). No full-text set is left, so the whole
sample is bulk: N_BULK = 120 sets, one item each (ids r32-001...r32-120 in the order the bulk sets were drawn). Every item of round 32 is
held out: there is no dev split.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_round31 import N_BULK, N_FULL, EARLIER as EARLIER31, main  # noqa: E402  (round 31's draw, i.e. round 6's)

SEED = 2026_12_12_32
EARLIER = EARLIER31 + ("round31.jsonl",)

if __name__ == "__main__":
    main(round_no=32, seed=SEED, n_full=N_FULL, n_bulk=N_BULK, earlier=EARLIER)
