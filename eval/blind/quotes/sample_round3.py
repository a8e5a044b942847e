#!/usr/bin/env python3
"""Draw round 3 of the blind quotation sample (issue 18): a third sample, held out as a whole.

usage: python3 eval/blind/quotes/sample_round3.py [--shared ../shared] [--check] [--limit N]

Writes eval/blind/quotes/round3.jsonl: one JSON line per item with the REFERENCE of a
candidate quotation (`id` = `r3-001`, ..., `set`, `article`, `start`, `end` = byte offsets of
the quoted text, inside the marks and trimmed of spaces, in the article's raw UTF-8 text).
Labels already present in the file for the same id are kept (and must belong to the same
reference, or the script stops), so re-running is safe; `--check` only verifies that the draw
reproduces the stored references (for the stored number of items).

Recipe: the candidate finder (`pairs()`) and the two styles of round 1 (`sample.py`), a new
seed, and without every set that an earlier sample drew from (the `set` fields of
sample.jsonl (if present), dev.jsonl, heldout.jsonl and round2.jsonl, read programmatically
and never printed); at most ONE item per set:
- full text: shuffle all candidates of the remaining `corpus/sets` sets (sets and articles in
  sorted order) with Random(SEED), keep them in that order, the first of each set, first N_FULL;
- bulk: one pass counts candidates per remaining set of `corpus/multinews-plus.jsonl.gz`
  (file order); Random(SEED).sample picks N_BULK sets among those with at least one candidate
  (kept in the order drawn); a second pass takes, in each chosen set, the candidate at index
  Random(SEED ^ set_index).randrange(count) (articles in order, candidates in order);
- order and ids: bulk, bulk, full text, repeated (r3-001 bulk, r3-002 bulk, r3-003 full text,
  ...; once one style runs out, the other fills the rest), so the draw is prefix-stable: the
  first K items of a larger draw are the draw of K items, two thirds bulk.
Only 24 full-text sets (113 candidates) are left once the earlier samples' sets are out, so
N_FULL = 40 yields 24 items (the last is r3-072) and N_BULK = 96 brings the total to 120.
Every item of round 3 is held out: there is no dev split.
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sample import bulk_lines, item, pairs  # noqa: E402  (round 1's finder, unchanged)

SEED = 2026_12_04_3
N_FULL = 40
N_BULK = 96
EARLIER = ("sample.jsonl", "dev.jsonl", "heldout.jsonl", "round2.jsonl")


def earlier_sets(earlier=EARLIER):
    """The sets earlier samples drew from (only the `set` field of each line is kept)."""
    sets = set()
    for name in earlier:
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    sets.add(json.loads(line)["set"])
    return sets


def draw_sets(root, exclude, n, seed=SEED):
    cands, nsets = [], 0
    for set_name in sorted(os.listdir(root)):
        if set_name in exclude:
            continue
        d = os.path.join(root, set_name)
        before = len(cands)
        for fn in sorted(f for f in os.listdir(d) if f.endswith(".txt")):
            with open(os.path.join(d, fn), "rb") as fh:
                text = fh.read().decode("utf-8")
            for s, e in pairs(text):
                cands.append(item(set_name, fn[:-4], text, s, e))
        nsets += len(cands) > before
    random.Random(seed).shuffle(cands)
    out, seen = [], set()
    for c in cands:
        if c["set"] in seen:
            continue
        seen.add(c["set"])
        out.append(c)
        if len(out) == n:
            break
    return out, len(cands), nsets


def draw_bulk(path, exclude, n, seed=SEED):
    counts = []
    for idx, rec in bulk_lines(path):
        if rec["set"] in exclude:
            continue
        k = sum(1 for a in rec["articles"] for _ in pairs(a["text"]))
        if k:
            counts.append((idx, k))
    chosen = random.Random(seed).sample(counts, n)  # in the order drawn
    want = dict(chosen)
    last = max(want)
    got = {}
    for idx, rec in bulk_lines(path):
        if idx not in want:
            continue
        k = random.Random(seed ^ idx).randrange(want[idx])
        for a in rec["articles"]:
            for s, e in pairs(a["text"]):
                if k == 0:
                    got[idx] = item(rec["set"], a["id"], a["text"], s, e)
                k -= 1
        if idx == last:
            break
    total = sum(k for _, k in counts)
    return [got[idx] for idx, _ in chosen], total, len(counts)


def interleave(bulk, full):
    out, b, f = [], list(bulk), list(full)
    while b or f:
        for src in (b, b, f):
            if src:
                out.append(src.pop(0))
            elif b or f:
                out.append((b or f).pop(0))
    return out


def main(round_no=3, seed=SEED, n_full=N_FULL, n_bulk=N_BULK, earlier=EARLIER):
    """Draws round `round_no` into `round{round_no}.jsonl`; later rounds call this with their
    own seed, sizes and earlier samples (see sample_round4.py)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "../../../../shared"))
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--limit", type=int, help="keep only the first N items (prefix of the draw)")
    args = ap.parse_args()
    corpus = os.path.join(args.shared, "corpus")
    exclude = earlier_sets(earlier)
    a, na, nasets = draw_sets(os.path.join(corpus, "sets"), exclude, n_full, seed)
    b, nb, nbsets = draw_bulk(os.path.join(corpus, "multinews-plus.jsonl.gz"), exclude, n_bulk, seed)
    print(f"earlier sets left out: {len(exclude)}; candidates: {na} in {nasets} full-text sets, "
          f"{nb} in {nbsets} bulk sets; drawn {len(a)} full text + {len(b)} bulk",
          file=sys.stderr)
    items = interleave(b, a)
    for i, it in enumerate(items):
        items[i] = {"id": f"r{round_no}-{i + 1:03d}", **{k: v for k, v in it.items() if k != "id"}}
    path = os.path.join(HERE, f"round{round_no}.jsonl")
    old = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            old = {r["id"]: r for r in map(json.loads, fh)}
    ref = lambda r: (r["id"], r["set"], r["article"], r["start"], r["end"])
    if args.check:
        n = len(old)
        same = [ref(r) for r in items[:n]] == [ref(r) for r in old.values()]
        print(f"round{round_no}: {n} items, {'reproduced' if same else 'DIFFERENT'}", file=sys.stderr)
        sys.exit(0 if same else 1)
    if args.limit:
        items = items[:args.limit]
    for it in items:
        if it["id"] in old and ref(old[it["id"]]) != ref(it):
            sys.exit(f"{it['id']}: stored reference differs from the draw; not overwriting")
    with open(path, "w", encoding="utf-8") as fh:
        for it in items:
            rec = dict(old.get(it["id"], {}))
            rec.update(it)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"round{round_no}: {len(items)} items -> {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
