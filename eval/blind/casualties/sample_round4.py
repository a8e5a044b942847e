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


def earlier_sets(files=("sample.jsonl", "sample_round2.jsonl", "sample_round3.jsonl")):
    """Sets holding an item of the earlier rounds' samples `files` (only `set` fields read)."""
    sets = set()
    for name in files:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            sets |= {json.loads(line)["set"] for line in f}
    return sets


def draw_round(round_no, seed, earlier, argv=None):
    """Draws round `round_no` with `seed`, every set of the sample files `earlier` left out,
    and writes sample_round<N>.jsonl (ids rN-001...): the recipe of the module doc."""
    ap = argparse.ArgumentParser()
    root = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(HERE, "sample_round%d.jsonl" % round_no))
    args = ap.parse_args(argv)
    exclude = earlier_sets(earlier)
    rounds = "rounds 1-%d" % (round_no - 1)
    _, _, pool_size, near_size = full_sample(args.shared, exclude, seed, NEAR, ANY)
    assert pool_size == 0, "full-text candidates outside %s: recipe assumes none" % rounds
    bulk_near, bulk_any = bulk_sample(args.shared, exclude, NEAR, ANY, seed)
    items = [(x, "near") for x in bulk_near] + [(x, "any") for x in bulk_any]
    sets = [x[0] for x, _ in items]
    assert len(sets) == len(set(sets)), "a bulk set gave two items"
    assert not set(sets) & exclude
    random.Random(seed + 5).shuffle(items)
    with open(args.out, "w", encoding="utf-8") as out:
        for k, ((set_name, article, bs, be), stratum) in enumerate(items, 1):
            out.write(json.dumps({"id": "r%d-%03d" % (round_no, k), "set": set_name,
                                  "article": article, "start": bs, "end": be,
                                  "stratum": stratum}) + "\n")
    print("sets excluded (%s):" % rounds, len(exclude),
          "; full-text candidates outside them:", pool_size, "near", near_size,
          "; bulk near", len(bulk_near), "any", len(bulk_any))


def main():
    draw_round(4, SEED, ("sample.jsonl", "sample_round2.jsonl", "sample_round3.jsonl"))


if __name__ == "__main__":
    main()
