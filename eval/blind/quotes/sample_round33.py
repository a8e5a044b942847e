#!/usr/bin/env python3
"""Draw round 33 of the blind quotation sample (issue 18): a thirty-third sample, held out as a whole.

usage: python3 eval/blind/quotes/sample_round33.py [--shared ../shared] [--check] [--limit N]

Writes eval/blind/quotes/round33.jsonl by round 32's draw (imported from `sample_round32.py`, which imports round 31's, which imports
round 30's, ... which imports round 4's sizes and round 3's `main`: its docstring gives the recipe, the reference fields, `--check` and the
prefix-stable order) with this round's seed, ids `r33-...` and earlier samples: every set in sample.jsonl (if present), dev.jsonl,
heldout.jsonl, round2.jsonl ... round32.jsonl is left out (only their `set` fields are read). No full-text set is left, so the whole
sample is bulk: N_BULK = 120 sets, one item each (ids r33-001...r33-120 in the order the bulk sets were drawn). Every item of round 33 is
held out: there is no dev split.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_round32 import N_BULK, N_FULL, EARLIER as EARLIER32, main  # noqa: E402  (round 32's draw, i.e. round 6's)

SEED = 2026_12_12_33
EARLIER = EARLIER32 + ("round32.jsonl",)

if __name__ == "__main__":
    main(round_no=33, seed=SEED, n_full=N_FULL, n_bulk=N_BULK, earlier=EARLIER)
