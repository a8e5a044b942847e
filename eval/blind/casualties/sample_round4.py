#!/usr/bin/env python3
"""Draw round 4 of the blind casualty sample (issue 17): sentence references, never texts.

Run from the worktree root:  python3 eval/blind/casualties/sample_round4.py [--shared ../shared]
Writes eval/blind/casualties/sample_round4.jsonl (200 items, no labels).  Labels are added by
hand into labels_round4/ and assembled into round4.jsonl (see README.md, "Round 4").

Same splitter, candidate definition and `near` test as sample.py (imported from it), a new
seed, and every set that holds an item of round 1 (sample.jsonl), round 2
(sample_round2.jsonl) or round 3 (sample_round3.jsonl) is excluded (only their `set` fields
are read).  Targets: NEAR = 114, ANY = 86 items (round 2's 120 : 90 proportions).
- full-text sets (corpus/sets/*/*.txt, sorted), excluded sets left out: `near` candidates
  shuffled with random.Random(SEED), then the remaining candidates with random.Random(SEED + 1),
  at most 3 per set (sample_round2.full_sample).  Rounds 1 and 2 took every full-text set
  that holds a candidate, so this pool is empty (asserted); the code stays for the record.
- bulk file: line indices shuffled with random.Random(SEED + 2) (cut to the first
  sample_round2.BULK_POOL lines), excluded sets skipped;
  - `near`: sets visited in that order, one near candidate per set drawn with
    random.Random(SEED + 3) -> NEAR items;
  - `any`: the sets that follow in the same order, one candidate per set drawn with
    random.Random(SEED + 4) -> ANY items.
  So every bulk set gives at most one item.
- order: the 200 drawn items are shuffled with random.Random(SEED + 5) and numbered
  r4-001..r4-200 in that order, so that any prefix of the ids is itself a random subsample
  of both strata (labelling may stop early: the labelled prefix is the sample).
"""
import argparse
import json
import os
import random

from sample_round2 import bulk_sample, full_sample

SEED = 4141
NEAR, ANY = 114, 86  # items per stratum
HERE = os.path.dirname(os.path.abspath(__file__))


def earlier_sets():
    """Sets holding an item of rounds 1, 2 or 3 (only the `set` fields are read)."""
    sets = set()
    for name in ("sample.jsonl", "sample_round2.jsonl", "sample_round3.jsonl"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            sets |= {json.loads(line)["set"] for line in f}
    return sets


def main():
    ap = argparse.ArgumentParser()
    root = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(HERE, "sample_round4.jsonl"))
    args = ap.parse_args()
    exclude = earlier_sets()
    full_near, full_any, pool_size, near_size = full_sample(args.shared, exclude, SEED, NEAR, ANY)
    assert pool_size == 0, "full-text candidates outside rounds 1-3: recipe assumes none"
    bulk_near, bulk_any = bulk_sample(args.shared, exclude, NEAR, ANY, SEED)
    items = [(x, "near") for x in bulk_near] + [(x, "any") for x in bulk_any]
    sets = [x[0] for x, _ in items]
    assert len(sets) == len(set(sets)), "a bulk set gave two items"
    assert not set(sets) & exclude
    random.Random(SEED + 5).shuffle(items)
    with open(args.out, "w", encoding="utf-8") as out:
        for k, ((set_name, article, bs, be), stratum) in enumerate(items, 1):
            out.write(json.dumps({"id": "r4-%03d" % k, "set": set_name, "article": article,
                                  "start": bs, "end": be, "stratum": stratum}) + "\n")
    print("sets excluded (rounds 1-3):", len(exclude),
          "; full-text candidates outside them:", pool_size, "near", near_size,
          "; bulk near", len(bulk_near), "any", len(bulk_any))


if __name__ == "__main__":
    main()
