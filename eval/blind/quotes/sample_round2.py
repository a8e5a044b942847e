#!/usr/bin/env python3
"""Draw round 2 of the blind quotation sample (issue 18): a second, entirely held-out sample.

usage: python3 eval/blind/quotes/sample_round2.py [--shared ../shared] [--check]

Writes eval/blind/quotes/round2.jsonl: one JSON line per item with the REFERENCE of a
candidate quotation (`id`, `set`, `article`, `start`, `end` = byte offsets of the quoted text,
inside the marks and trimmed of spaces, in the article's raw UTF-8 text). Labels already
present in the file for the same id are kept, so re-running is safe; `--check` only verifies
that the draw reproduces the stored references.

Recipe: the candidate finder (`pairs()`) and the two styles of round 1 (`sample.py`), with a
new seed and without every set that round 1 drew from (the `set` fields of dev.jsonl and
heldout.jsonl, read programmatically and never printed):
- full-text: shuffle all candidates of the remaining `corpus/sets` sets (sets and articles in
  sorted order) with Random(SEED), keep them in that order with at most PER_SET per set, first
  N_SETS;
- bulk: one pass counts candidates per remaining set of `corpus/multinews-plus.jsonl.gz`
  (file order); Random(SEED) samples N_BULK sets among those with at least one candidate; a
  second pass takes, in each chosen set, the candidate at index
  Random(SEED ^ set_index).randrange(count) (articles in order, candidates in order).
Every item of round 2 is held out: there is no dev split.
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sample import bulk_lines, item, pairs  # noqa: E402  (round 1's finder, unchanged)

SEED = 2026_12_04
N_SETS = 80
N_BULK = 80
PER_SET = 2
OUT = "round2.jsonl"


def round1_sets():
    """The sets round 1 drew from (only the `set` field of each line is kept)."""
    sets = set()
    for name in ("dev.jsonl", "heldout.jsonl"):
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    sets.add(json.loads(line)["set"])
    return sets


def draw_sets(root, exclude):
    cands = []
    for set_name in sorted(os.listdir(root)):
        if set_name in exclude:
            continue
        d = os.path.join(root, set_name)
        for fn in sorted(f for f in os.listdir(d) if f.endswith(".txt")):
            with open(os.path.join(d, fn), "rb") as fh:
                text = fh.read().decode("utf-8")
            for s, e in pairs(text):
                cands.append(item(set_name, fn[:-4], text, s, e))
    random.Random(SEED).shuffle(cands)
    out, per = [], {}
    for c in cands:
        if per.get(c["set"], 0) >= PER_SET:
            continue
        per[c["set"]] = per.get(c["set"], 0) + 1
        out.append(c)
        if len(out) == N_SETS:
            break
    return out, len(cands)


def draw_bulk(path, exclude):
    counts = []
    for idx, rec in bulk_lines(path):
        if rec["set"] in exclude:
            continue
        n = sum(1 for a in rec["articles"] for _ in pairs(a["text"]))
        if n:
            counts.append((idx, n))
    chosen = sorted(random.Random(SEED).sample(counts, N_BULK))
    want = dict(chosen)
    out = []
    for idx, rec in bulk_lines(path):
        if idx not in want:
            continue
        k = random.Random(SEED ^ idx).randrange(want[idx])
        for a in rec["articles"]:
            for s, e in pairs(a["text"]):
                if k == 0:
                    out.append(item(rec["set"], a["id"], a["text"], s, e))
                k -= 1
        if idx == chosen[-1][0]:
            break
    total = sum(n for _, n in counts)
    return out, total, len(counts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "../../../../shared"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    corpus = os.path.join(args.shared, "corpus")
    exclude = round1_sets()
    a, na = draw_sets(os.path.join(corpus, "sets"), exclude)
    b, nb, nbsets = draw_bulk(os.path.join(corpus, "multinews-plus.jsonl.gz"), exclude)
    print(f"round 1 sets left out: {len(exclude)}; candidates: {na} in full-text sets, "
          f"{nb} in {nbsets} bulk sets; drawn {len(a)} + {len(b)}", file=sys.stderr)
    items = a + b
    path = os.path.join(HERE, OUT)
    old = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            old = {r["id"]: r for r in map(json.loads, fh)}
    if args.check:
        same = [r["id"] for r in items] == list(old)
        print(f"round2: {len(items)} items, {'reproduced' if same else 'DIFFERENT'}", file=sys.stderr)
        sys.exit(0 if same else 1)
    with open(path, "w", encoding="utf-8") as fh:
        for it in items:
            rec = dict(old.get(it["id"], {}))
            rec.update(it)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"round2: {len(items)} items -> {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
