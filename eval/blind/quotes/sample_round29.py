#!/usr/bin/env python3
"""Draw round 29 of the blind quotation sample (issue 18): a twenty-ninth sample, held out as a whole.

usage: python3 eval/blind/quotes/sample_round29.py [--shared ../shared] [--check] [--limit N]

Writes eval/blind/quotes/round29.jsonl by round 28's draw (imported from `sample_round28.py`, which imports round 27's, which imports
round 26's, ... which imports round 4's sizes and round 3's `main`: its docstring gives the recipe, the reference fields, `--check` and the
prefix-stable order) with this round's seed, ids `r29-...` and earlier samples: every set in sample.jsonl (if present), dev.jsonl,
heldout.jsonl, round2.jsonl ... round28.jsonl is left out (only their `set` fields are read). No full-text set is left, so the whole
sample is bulk: N_BULK = 120 sets, one item each (ids r29-001...r29-120 in the order the bulk sets were drawn). Every item of round 29 is
held out: there is no dev split.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_round28 import N_BULK, N_FULL, EARLIER as EARLIER28, main  # noqa: E402  (round 28's draw, i.e. round 6's)

SEED = 2026_12_12_29
EARLIER = EARLIER28 + ("round28.jsonl",)

if __name__ == "__main__":
    main(round_no=29, seed=SEED, n_full=N_FULL, n_bulk=N_BULK, earlier=EARLIER)
