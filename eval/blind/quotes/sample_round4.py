#!/usr/bin/env python3
"""Draw round 4 of the blind quotation sample (issue 18): a fourth sample, held out as a whole.

usage: python3 eval/blind/quotes/sample_round4.py [--shared ../shared] [--check] [--limit N]

Writes eval/blind/quotes/round4.jsonl: one JSON line per item with the REFERENCE of a
candidate quotation (`id` = `r4-001`, ..., `set`, `article`, `start`, `end` = byte offsets of
the quoted text, inside the marks and trimmed of spaces, in the article's raw UTF-8 text).
Labels already present in the file for the same id are kept (and must belong to the same
reference, or the script stops), so re-running is safe; `--check` only verifies that the draw
reproduces the stored references (for the stored number of items).

Recipe (round 3's sampler, `sample_round3.main`, with this round's seed, sizes and
earlier samples): the candidate finder (`pairs()`) and the two styles of round 1 (`sample.py`), a new
seed, and without every set that an earlier sample drew from (the `set` fields of
sample.jsonl (if present), dev.jsonl, heldout.jsonl, round2.jsonl and round3.jsonl, read programmatically
and never printed); at most ONE item per set:
- full text: shuffle all candidates of the remaining `corpus/sets` sets (sets and articles in
  sorted order) with Random(SEED), keep them in that order, the first of each set, first N_FULL;
- bulk: one pass counts candidates per remaining set of `corpus/multinews-plus.jsonl.gz`
  (file order); Random(SEED).sample picks N_BULK sets among those with at least one candidate
  (kept in the order drawn); a second pass takes, in each chosen set, the candidate at index
  Random(SEED ^ set_index).randrange(count) (articles in order, candidates in order);
- order and ids: bulk, bulk, full text, repeated (r4-001 bulk, r4-002 bulk, r4-003 full text,
  ...; once one style runs out, the other fills the rest), so the draw is prefix-stable: the
  first K items of a larger draw are the draw of K items, two thirds bulk.
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
