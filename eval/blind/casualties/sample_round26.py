#!/usr/bin/env python3
"""Draw round 26 of the blind casualty sample: sentence references, never texts.

Run from the worktree root:  python3 eval/blind/casualties/sample_round26.py [--shared ../shared]
Writes eval/blind/casualties/sample_round26.jsonl (200 items, no labels).  Labels are added by
hand into labels_round26/ and assembled into round26.jsonl (see README.md, "Round 26").

Round 4's draw (sample_round4.py, which calls sample_round2.bulk_sample; same splitter,
candidate definition and `near` test as sample.py) with a new seed, 26262, and every set that
holds an item of rounds 1-25 (sample.jsonl, sample_round2/3/4/5/6/7/8/9/10/11/12/13/14/15/16/17/18/19/20/21/22/23/24/25.jsonl; only `set`
fields read) excluded.  Bulk only (the full-text pool is empty, asserted), at most one item per bulk
set, NEAR = 114 and ANY = 86 (round 4's proportions); the 200 items are shuffled with
random.Random(SEED + 5) and numbered r26-001..r26-200, so any labelled prefix is itself a
random subsample of both strata.
"""
import sample_round4
import sample_round25

SEED = 26262
EARLIER = sample_round25.EARLIER + ("sample_round25.jsonl",)


def main():
    sample_round4.draw_round(26, SEED, EARLIER)


if __name__ == "__main__":
    main()
