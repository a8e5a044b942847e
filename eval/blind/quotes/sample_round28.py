#!/usr/bin/env python3
"""Draw round 28 of the blind quotation sample (issue 18): a twenty-eighth sample, held out as a whole.

usage: python3 eval/blind/quotes/sample_round28.py [--shared ../shared] [--check] [--limit N]

Writes eval/blind/quotes/round28.jsonl by round 27's draw (imported from `sample_round27.py`, which imports round 26's, which imports round
25's, which imports round 24's, which imports round 23's, which imports round 22's, which imports round 21's, which imports round 20's, which
imports round 19's, which imports round 18's, which imports round 17's, which imports round 16's, which imports round
15's, which imports round 14's, which imports round 13's, which imports round 12's, which imports round 11's, which
imports round 10's, which imports round 9's, which imports round 8's, which imports round 7's, which imports round 6's,
which imports round 5's, which imports round 4's sizes and round 3's `main`: its docstring gives the recipe, the
reference fields, `--check` and the prefix-stable order) with this round's seed, ids `r28-...` and earlier samples:
every set in sample.jsonl (if present), dev.jsonl, heldout.jsonl, round2.jsonl ... round27.jsonl is left out (only
their `set` fields are read). No full-text set is left, so the whole sample is bulk: N_BULK = 120 sets, one item each
(ids r28-001...r28-120 in the order the bulk sets were drawn). Every item of round 28 is held out: there is no dev
split.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_round27 import N_BULK, N_FULL, EARLIER as EARLIER27, main  # noqa: E402  (round 27's draw, i.e. round 6's)

SEED = 2026_12_12_28
EARLIER = EARLIER27 + ("round27.jsonl",)

if __name__ == "__main__":
    main(round_no=28, seed=SEED, n_full=N_FULL, n_bulk=N_BULK, earlier=EARLIER)
