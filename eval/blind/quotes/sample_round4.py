#!/usr/bin/env python3
"""Draw round 4 of the blind quotation sample (issue 18): a fourth sample, held out as a whole.

usage: python3 eval/blind/quotes/sample_round4.py [--shared ../shared] [--check] [--limit N]

Writes eval/blind/quotes/round4.jsonl by round 3's draw (`sample_round3.main`: its
docstring gives the recipe, the reference fields, `--check` and the prefix-stable order) with
this round's seed, sizes, ids `r4-...` and earlier samples: every set in sample.jsonl (if
present), dev.jsonl, heldout.jsonl, round2.jsonl and round3.jsonl is left out.
No full-text set is left once the earlier samples' sets are out (rounds 1-3 used all 210), so
N_FULL = 40 yields 0 items and N_BULK = 120 makes the whole sample bulk (ids r4-001...r4-120
in the order the bulk sets were drawn).
Every item of round 4 is held out: there is no dev split.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_round3 import main  # noqa: E402  (the same draw, parameterised)

SEED = 2026_12_04_4
N_FULL = 40
N_BULK = 120
EARLIER = ("sample.jsonl", "dev.jsonl", "heldout.jsonl", "round2.jsonl", "round3.jsonl")

if __name__ == "__main__":
    main(round_no=4, seed=SEED, n_full=N_FULL, n_bulk=N_BULK, earlier=EARLIER)
