#!/usr/bin/env python3
"""Draw round 25 of the blind casualty sample: sentence references, never texts.

Run from the worktree root:  python3 eval/blind/casualties/sample_round25.py [--shared ../shared]
Writes eval/blind/casualties/sample_round25.jsonl (200 items, no labels).  Labels are added by
hand into labels_round25/ and assembled into round25.jsonl (see README.md, "Round 25").

Round 4's draw (sample_round4.py, which calls sample_round2.bulk_sample; same splitter,
candidate definition and `near` test as sample.py) with a new seed, 25252, and every set that
holds an item of rounds 1-24 (sample.jsonl, sample_round2/3/4/5/6/7/8/9/10/11/12/13/14/15/16/17/18/19/20/21/22/23/24.jsonl; only `set`
fields read) excluded.  Bulk only (the full-text pool is empty, asserted), at most one item per bulk
set, NEAR = 114 and ANY = 86 (round 4's proportions); the 200 items are shuffled with
random.Random(SEED + 5) and numbered r25-001..r25-200, so any labelled prefix is itself a
random subsample of both strata.
"""
import sample_round4
import sample_round24

SEED = 25252
EARLIER = sample_round24.EARLIER + ("sample_round24.jsonl",)


def main():
    sample_round4.draw_round(25, SEED, EARLIER)


if __name__ == "__main__":
    main()
