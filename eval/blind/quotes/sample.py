#!/usr/bin/env python3
"""Draw the blind quotation sample (issue 18) from the whole corpus.

usage: python3 eval/blind/quotes/sample.py [--shared ../shared] [--check]

Writes eval/blind/quotes/dev.jsonl and heldout.jsonl: one JSON line per item with the
REFERENCE of a candidate quotation (`id`, `set`, `article`, `start`, `end` = byte offsets of
the quoted text, inside the marks and trimmed of spaces, in the article's raw UTF-8 text).
Labels already present in those files for the same id are kept, so re-running is safe;
`--check` only verifies that the draw reproduces the stored references.

Recipe (deterministic, no dependence on dict/set order or the filesystem's listing order):
- full-text sets: every `corpus/sets/<set>/<article>.txt`, sets and articles in sorted order;
- bulk: every article of `corpus/multinews-plus.jsonl.gz`, in file order;
- candidates: quote pairs found by `pairs()` below, per paragraph (blank-line separated);
- full-text: shuffle all candidates with Random(SEED), keep them in that order with at most
  PER_SET per set, first N_SETS;
- bulk: one pass counts candidates per set; Random(SEED) samples N_BULK sets among those with
  at least one candidate; a second pass takes, in each chosen set, the candidate at index
  Random(SEED ^ set_index).randrange(count) (articles in order, candidates in order);
- split: heldout when sha256(id) as an integer is 0 mod 3, else dev.
"""
import argparse
import gzip
import hashlib
import json
import os
import random
import re
import sys

SEED = 18_2026
N_SETS = 215
N_BULK = 215
PER_SET = 3
MAX_LEN = 700  # characters between the marks

OPEN, CLOSE, BOTH = "\u201c", "\u201d", '"'
PARA = re.compile(r"\n[ \t\r\u00a0]*\n")
MARK = re.compile('["\u201c\u201d]')


def pairs(text):
    """Yield (start, end) character offsets of quoted text (inside the marks, trimmed)."""
    pos = 0
    for para in PARA.split(text) + [None]:
        if para is None:
            break
        base = text.index(para, pos) if para else pos
        pos = base + len(para)
        opened = None
        for m in MARK.finditer(para):
            c, i = m.group(), m.start()
            if opened is None:
                if c in (OPEN, BOTH):
                    opened = i
                continue
            if c == OPEN:  # a new opening mark re-synchronises
                opened = i
                continue
            s, e = opened + 1, i
            opened = None
            if e - s > MAX_LEN:
                if c == BOTH:  # drifted pairing: treat this mark as a new opening
                    opened = i
                continue
            while s < e and para[s].isspace():
                s += 1
            while e > s and para[e - 1].isspace():
                e -= 1
            if any(ch.isalnum() for ch in para[s:e]):
                yield base + s, base + e


def byte_span(text, s, e):
    b = len(text[:s].encode("utf-8"))
    return b, b + len(text[s:e].encode("utf-8"))


def item(set_name, article, text, s, e):
    bs, be = byte_span(text, s, e)
    return {"id": f"{set_name}/{article}/{bs}", "set": set_name, "article": article,
            "start": bs, "end": be}


def draw_sets(root):
    cands = []
    for set_name in sorted(os.listdir(root)):
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


def bulk_lines(path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for idx, line in enumerate(fh):
            yield idx, json.loads(line)


def draw_bulk(path):
    counts = []
    for idx, rec in bulk_lines(path):
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


def part(item_id):
    return "heldout" if int(hashlib.sha256(item_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(here, "../../../../shared"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    corpus = os.path.join(args.shared, "corpus")
    a, na = draw_sets(os.path.join(corpus, "sets"))
    b, nb, nbsets = draw_bulk(os.path.join(corpus, "multinews-plus.jsonl.gz"))
    print(f"candidates: {na} in full-text sets, {nb} in {nbsets} bulk sets; drawn {len(a)} + {len(b)}",
          file=sys.stderr)
    parts = {"dev": [], "heldout": []}
    for it in a + b:
        parts[part(it["id"])].append(it)
    for name, items in parts.items():
        path = os.path.join(here, name + ".jsonl")
        old = {}
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                old = {r["id"]: r for r in map(json.loads, fh)}
        if args.check:
            same = [r["id"] for r in items] == list(old)
            print(f"{name}: {len(items)} items, {'reproduced' if same else 'DIFFERENT'}", file=sys.stderr)
            continue
        with open(path, "w", encoding="utf-8") as fh:
            for it in items:
                rec = dict(old.get(it["id"], {}))
                rec.update(it)
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{name}: {len(items)} items -> {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
