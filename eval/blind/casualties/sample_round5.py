#!/usr/bin/env python3
"""Draw round 5 of the blind casualty sample: sentence references, never texts.

Run from the worktree root:  python3 eval/blind/casualties/sample_round5.py [--shared ../shared]
Writes eval/blind/casualties/sample_round5.jsonl (200 items, no labels).  Labels are added by
hand into labels_round5/ and assembled into round5.jsonl (see README.md, "Round 5").

Round 4's draw (sample_round4.py, which calls sample_round2.bulk_sample; same splitter,
candidate definition and `near` test as sample.py) with a new seed, 5151, and every set that
holds an item of rounds 1-4 (sample.jsonl, sample_round2/3/4.jsonl; only `set` fields read)
excluded.  Bulk only (the full-text pool is empty, asserted), at most one item per bulk set,
NEAR = 114 and ANY = 86 (round 4's proportions); the 200 items are shuffled with
random.Random(SEED + 5) and numbered r5-001..r5-200, so any labelled prefix is itself a
random subsample of both strata.
"""
import argparse
import json
import os
import random

import sample_round4
from sample_round2 import bulk_sample, full_sample

SEED = 5151
NEAR, ANY = sample_round4.NEAR, sample_round4.ANY
HERE = sample_round4.HERE
EARLIER = ("sample.jsonl", "sample_round2.jsonl", "sample_round3.jsonl", "sample_round4.jsonl")


def earlier_sets():
    """Sets holding an item of rounds 1-4 (only the `set` fields are read)."""
    sets = set()
    for name in EARLIER:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            sets |= {json.loads(line)["set"] for line in f}
    return sets


def main():
    ap = argparse.ArgumentParser()
    root = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(HERE, "sample_round5.jsonl"))
    args = ap.parse_args()
    exclude = earlier_sets()
    _, _, pool_size, near_size = full_sample(args.shared, exclude, SEED, NEAR, ANY)
    assert pool_size == 0, "full-text candidates outside rounds 1-4: recipe assumes none"
    bulk_near, bulk_any = bulk_sample(args.shared, exclude, NEAR, ANY, SEED)
    items = [(x, "near") for x in bulk_near] + [(x, "any") for x in bulk_any]
    sets = [x[0] for x, _ in items]
    assert len(sets) == len(set(sets)), "a bulk set gave two items"
    assert not set(sets) & exclude
    random.Random(SEED + 5).shuffle(items)
    with open(args.out, "w", encoding="utf-8") as out:
        for k, ((set_name, article, bs, be), stratum) in enumerate(items, 1):
            out.write(json.dumps({"id": "r5-%03d" % k, "set": set_name, "article": article,
                                  "start": bs, "end": be, "stratum": stratum}) + "\n")
    print("sets excluded (rounds 1-4):", len(exclude),
          "; full-text candidates outside them:", pool_size, "near", near_size,
          "; bulk near", len(bulk_near), "any", len(bulk_any))


if __name__ == "__main__":
    main()
