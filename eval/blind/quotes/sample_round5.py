#!/usr/bin/env python3
"""Draw round 5 of the blind quotation sample (issue 18): a fifth sample, held out as a whole.

usage: python3 eval/blind/quotes/sample_round5.py [--shared ../shared] [--check] [--limit N]

Writes eval/blind/quotes/round5.jsonl by round 3's draw (`sample_round3.main`, as round 4 does:
its docstring gives the recipe, the reference fields, `--check` and the prefix-stable order)
with this round's seed, ids `r5-...` and earlier samples: every set in sample.jsonl (if
present), dev.jsonl, heldout.jsonl, round2.jsonl, round3.jsonl and round4.jsonl is left out
(only their `set` fields are read). No full-text set is left (rounds 1-3 used all 210), so
N_FULL = 40 yields 0 items and the whole sample is bulk: N_BULK = 120 sets, one item each
(ids r5-001...r5-120 in the order the bulk sets were drawn).
Every item of round 5 is held out: there is no dev split.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_round4 import N_BULK, N_FULL, EARLIER as EARLIER4  # noqa: E402  (round 4's sizes)
from sample_round3 import main  # noqa: E402  (the same draw, parameterised)

SEED = 2026_12_04_5
EARLIER = EARLIER4 + ("round4.jsonl",)

if __name__ == "__main__":
    main(round_no=5, seed=SEED, n_full=N_FULL, n_bulk=N_BULK, earlier=EARLIER)
