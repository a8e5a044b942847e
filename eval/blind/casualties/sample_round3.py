#!/usr/bin/env python3
"""Draw round 3 of the blind casualty sample (issue 17): sentence references, never texts.

Run from the worktree root:  python3 eval/blind/casualties/sample_round3.py [--shared ../shared]
Writes eval/blind/casualties/sample_round3.jsonl (300 items, no labels).  Labels are added by
hand into labels_round3/ and assembled into round3.jsonl (see README.md, "Round 3").

Same splitter, candidate definition and `near` test as sample.py (imported from it), a new
seed, and every set that holds an item of round 1 (sample.jsonl) or round 2
(sample_round2.jsonl) is excluded (only their `set` fields are read).  Targets: NEAR = 86,
ANY = 64 items (round 2's 120 : 90 proportions).
- full-text sets (corpus/sets/*/*.txt, sorted), excluded sets left out: `near` candidates
  shuffled with random.Random(SEED), then the remaining candidates with random.Random(SEED + 1),
  at most MAX_PER_FULL_SET per set.  (Rounds 1 and 2 took every full-text set that holds a
  candidate, so this pool is empty; the code stays for the record.)
- bulk file: line indices shuffled with random.Random(SEED + 2), excluded sets skipped;
  - `near`: sets visited in that order, one near candidate per set drawn with
    random.Random(SEED + 3) -> NEAR minus the full-text near items;
  - `any`: the sets that follow in the same order, one candidate per set drawn with
    random.Random(SEED + 4) -> ANY minus the full-text any items.
  So every bulk set gives at most one item.
- order: the 150 drawn items are shuffled with random.Random(SEED + 5) and numbered
  r3-001..r3-150 in that order, so that any prefix of the ids is itself a random subsample
  of both strata (labelling may stop early: the labelled prefix is the sample).
- extension (r3-151..r3-300, drawn after the first 150 were labelled; the first 150 are
  unchanged): the bulk set order continues past the sets used above (the last `any` set),
  so every set of rounds 1-2 and of r3-001..r3-150 stays out;
  - `near`: one near candidate per set drawn with random.Random(SEED + 6) -> NEAR2 items;
  - `any`: the sets that follow, one candidate per set with random.Random(SEED + 7) -> ANY2;
  - the 150 new items are shuffled among themselves with random.Random(SEED + 8) and
    numbered r3-151..r3-300 in that order (again a random subsample at any prefix).
  Bulk only: the full-text pool outside rounds 1-2 is empty (asserted).
"""
import argparse
import json
import os
import random

from sample import candidates, draw, is_near
from sample_round2 import bulk_pool, full_sample, near_candidates

SEED = 3131
NEAR, ANY = 86, 64  # items per stratum, r3-001..r3-150
NEAR2, ANY2 = 86, 64  # items per stratum of the extension, r3-151..r3-300
HERE = os.path.dirname(os.path.abspath(__file__))


def earlier_sets():
    """Sets holding an item of round 1 or round 2 (only the `set` fields are read)."""
    sets = set()
    for name in ("sample.jsonl", "sample_round2.jsonl"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            sets |= {json.loads(line)["set"] for line in f}
    return sets


def bulk_sample(shared, exclude, n_near, n_any):
    lines, order = bulk_pool(shared, exclude, SEED)
    near, pos = draw(lines, order, near_candidates, random.Random(SEED + 3), n_near,
                     "bulk pool too small for the near stratum")
    rest = order[pos + 1:]
    any_, pos = draw(lines, rest, candidates, random.Random(SEED + 4), n_any,
                     "bulk pool too small for the any stratum")
    # extension r3-151..r3-300: the same set order continues past the last set used above
    rest = rest[pos + 1:]
    near2, pos = draw(lines, rest, near_candidates, random.Random(SEED + 6), NEAR2,
                      "bulk pool too small for the extension's near stratum")
    rest = rest[pos + 1:]
    any2, _ = draw(lines, rest, candidates, random.Random(SEED + 7), ANY2,
                   "bulk pool too small for the extension's any stratum")
    return near, any_, near2, any2


def main():
    ap = argparse.ArgumentParser()
    root = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(HERE, "sample_round3.jsonl"))
    args = ap.parse_args()
    exclude = earlier_sets()
    full_near, full_any, pool_size, near_size = full_sample(args.shared, exclude, SEED, NEAR, ANY)
    # the extension is drawn from the bulk file only: no full-text candidate is left
    assert pool_size == 0, "full-text candidates outside rounds 1-2: extension undefined"
    bulk_near, bulk_any, ext_near, ext_any = bulk_sample(
        args.shared, exclude, NEAR - len(full_near), ANY - len(full_any))
    items = ([(x, "near") for x in full_near + bulk_near]
             + [(x, "any") for x in full_any + bulk_any])
    ext = [(x, "near") for x in ext_near] + [(x, "any") for x in ext_any]
    sets = [x[0] for x, _ in items + ext if x[0].startswith("mnp-")]
    assert len(sets) == len(set(sets)), "a bulk set gave two items"
    assert not {x[0] for x, _ in items + ext} & exclude
    random.Random(SEED + 5).shuffle(items)
    random.Random(SEED + 8).shuffle(ext)
    with open(args.out, "w", encoding="utf-8") as out:
        for k, ((set_name, article, bs, be), stratum) in enumerate(items + ext, 1):
            out.write(json.dumps({"id": "r3-%03d" % k, "set": set_name, "article": article,
                                  "start": bs, "end": be, "stratum": stratum}) + "\n")
    print("sets excluded (rounds 1-2):", len(exclude),
          "; full-text candidates outside them:", pool_size, "near", near_size,
          "; taken near", len(full_near), "any", len(full_any),
          "; bulk near", len(bulk_near), "any", len(bulk_any),
          "; extension near", len(ext_near), "any", len(ext_any))


if __name__ == "__main__":
    main()
