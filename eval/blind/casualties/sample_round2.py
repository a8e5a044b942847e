#!/usr/bin/env python3
"""Draw round 2 of the blind casualty sample (issue 17): sentence references, never texts.

Run from the worktree root:  python3 eval/blind/casualties/sample_round2.py [--shared ../shared]
Writes eval/blind/casualties/sample_round2.jsonl (210 items, no labels).  Labels are added by
hand into round2.jsonl (see README.md, "Round 2").

Same splitter, candidate definition and `near` test as sample.py (imported from it), new
seeds, and every set that holds an item of sample.jsonl (round 1) is excluded.  Round 1 took
every full-text set with a casualty sentence, so the 109 full-text sets left hold only 20
candidates (7 near): all of them are taken, and the bulk file makes up the rest of each
stratum's target (NEAR = 120, ANY = 90 items):
- full-text sets (corpus/sets/*/*.txt, sorted), round-1 sets left out:
  - `near`: the candidates passing is_near, in sorted order, shuffled with
    random.Random(SEED), at most MAX_PER_FULL_SET per set, up to N_FULL_NEAR;
  - `any`: the remaining candidates (near or not, not yet taken), sorted, shuffled with
    random.Random(SEED + 1), at most MAX_PER_FULL_SET per set, up to N_FULL_ANY;
- bulk file: line indices shuffled with random.Random(SEED + 2), round-1 sets skipped;
  - `near`: sets visited in that order, one near candidate per set drawn with
    random.Random(SEED + 3) -> NEAR minus the full-text near items;
  - `any`: the sets that follow in the same order, one candidate per set drawn with
    random.Random(SEED + 4) -> ANY minus the full-text any items.
Ids r2-001..r2-210: near full text, near bulk, any full text, any bulk.
"""
import argparse
import glob
import gzip
import json
import os
import random

from sample import candidates, draw, is_near

SEED = 1717
NEAR, ANY = 120, 90  # items per stratum
N_FULL_NEAR, N_FULL_ANY = 60, 45  # the wish; fewer exist outside round-1 sets
MAX_PER_FULL_SET = 3
BULK_POOL = 4000
HERE = os.path.dirname(os.path.abspath(__file__))


def round1_sets():
    with open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8") as f:
        return {json.loads(line)["set"] for line in f}


def take(pool, rng, n, per_set_max):
    pool = sorted(pool)
    rng.shuffle(pool)
    taken, per_set = [], {}
    for item in pool:
        if per_set.get(item[0], 0) >= per_set_max:
            continue
        per_set[item[0]] = per_set.get(item[0], 0) + 1
        taken.append(item)
        if len(taken) == n:
            break
    return taken


def full_sample(shared, exclude, seed=SEED, n_near=N_FULL_NEAR, n_any=N_FULL_ANY):
    pool, near_pool = [], []
    for path in sorted(glob.glob(os.path.join(shared, "corpus/sets/*/*.txt"))):
        set_name = os.path.basename(os.path.dirname(path))
        if set_name in exclude:
            continue
        article = os.path.basename(path)[:-4]
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        data = raw.encode("utf-8")
        for bs, be in candidates(raw):
            item = (set_name, article, bs, be)
            pool.append(item)
            if is_near(data[bs:be].decode("utf-8")):
                near_pool.append(item)
    near = take(near_pool, random.Random(seed), n_near, MAX_PER_FULL_SET)
    taken = set(near)
    rest = [x for x in pool if x not in taken]
    any_ = take(rest, random.Random(seed + 1), n_any, MAX_PER_FULL_SET)
    return near, any_, len(pool), len(near_pool)


def near_candidates(text):
    data = text.encode("utf-8")
    for bs, be in candidates(text):
        if is_near(data[bs:be].decode("utf-8")):
            yield bs, be


def bulk_pool(shared, exclude, seed=SEED):
    """The bulk file's lines in an order shuffled with Random(seed + 2), cut to BULK_POOL
    and without the excluded sets: `(lines by index, indices in order)`."""
    path = os.path.join(shared, "corpus/multinews-plus.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        n = sum(1 for _ in f)
    order = list(range(n))
    random.Random(seed + 2).shuffle(order)
    wanted = set(order[:BULK_POOL])
    lines = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in wanted and json.loads(line)["set"] not in exclude:
                lines[i] = line
    return lines, [i for i in order[:BULK_POOL] if i in lines]


def bulk_sample(shared, exclude, n_near, n_any, seed=SEED):
    """`n_near` items of the `near` stratum, then `n_any` of `any`, one per bulk set, from
    the pool of `bulk_pool` (later rounds call this with their own seed)."""
    lines, order = bulk_pool(shared, exclude, seed)
    near, pos = draw(lines, order, near_candidates, random.Random(seed + 3), n_near,
                     "bulk pool too small for the near stratum")
    any_, _ = draw(lines, order[pos + 1:], candidates, random.Random(seed + 4), n_any,
                   "bulk pool too small for the any stratum")
    return near, any_


def main():
    ap = argparse.ArgumentParser()
    root = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(HERE, "sample_round2.jsonl"))
    args = ap.parse_args()
    exclude = round1_sets()
    full_near, full_any, pool_size, near_size = full_sample(args.shared, exclude)
    bulk_near, bulk_any = bulk_sample(args.shared, exclude, NEAR - len(full_near),
                                      ANY - len(full_any))
    items = ([(x, "near") for x in full_near + bulk_near]
             + [(x, "any") for x in full_any + bulk_any])
    with open(args.out, "w", encoding="utf-8") as out:
        for k, ((set_name, article, bs, be), stratum) in enumerate(items, 1):
            out.write(json.dumps({"id": "r2-%03d" % k, "set": set_name, "article": article,
                                  "start": bs, "end": be, "stratum": stratum}) + "\n")
    print("full-text candidates outside round 1:", pool_size, "near", near_size,
          "; taken near", len(full_near), "any", len(full_any),
          "; bulk near", len(bulk_near), "any", len(bulk_any))


if __name__ == "__main__":
    main()
