#!/usr/bin/env python3
"""Draw round 32 of the blind casualty sample: sentence references, never texts.

Run from the worktree root:  python3 eval/blind/casualties/sample_round32.py [--shared ../shared]
Writes eval/blind/casualties/sample_round32.jsonl (200 items, no labels).  Labels are added by
hand into labels_round32/ and assembled into round32.jsonl (see README.md, "Round 32").

Round 4's draw (sample_round4.py, which calls sample_round2.bulk_sample; same splitter,
candidate definition and `near` test as sample.py) with a new seed, 32323, and every set that
holds an item of rounds 1-31 (sample.jsonl, sample_round2/.../31.jsonl; only `set`
fields read) excluded.  Bulk only (the full-text pool is empty, asserted), at most one item per bulk
set, NEAR = 114 and ANY = 86 (round 4's proportions); the 200 items are shuffled with
random.Random(SEED + 5) and numbered r32-001..r32-200, so any labelled prefix is itself a
random subsample of both strata.
"""
import sample_round4
import sample_round31

SEED = 32323
EARLIER = sample_round31.EARLIER + ("sample_round31.jsonl",)


def main():
    sample_round4.draw_round(32, SEED, EARLIER)


if __name__ == "__main__":
    main()
