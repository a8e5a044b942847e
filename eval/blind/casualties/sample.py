#!/usr/bin/env python3
"""Draw the blind casualty sample (issue 17): sentence references, never texts.

Run from the worktree root:  python3 eval/blind/casualties/sample.py [--shared ../shared]
Writes eval/blind/casualties/sample.jsonl (all items, no labels).  Labels are added
by hand and the labelled items are split into dev.jsonl / heldout.jsonl (see README.md).

Recipe (deterministic):
- sentences: split each article with the simple splitter below (paragraph breaks,
  and . ! ? followed by whitespace and a letter/digit/quote, skipping a few abbreviations);
- candidate: 20..500 characters, holds a casualty word and a number (digits or number word);
- full-text sets (corpus/sets/*/*.txt, sorted): all candidates are collected in sorted
  order, shuffled with random.Random(SEED), and taken with at most 3 per set until N_FULL;
- bulk file (multinews-plus.jsonl.gz): the line indices 0..n-1 are shuffled with
  random.Random(SEED + 1); the sets are visited in that order and one candidate per set
  is drawn with random.Random(SEED + 2) until N_BULK.
- split: heldout when int(sha1(id), 16) % 3 == 0, else dev.
"""
import argparse
import glob
import gzip
import hashlib
import json
import os
import random
import re

SEED = 17
N_FULL = 210
N_BULK = 210
# stratum "near": a second draw in which the number stands close to a core casualty word,
# to give the rarer constructions enough items (stratum "any" is mostly traps)
N_FULL_NEAR = 70
N_BULK_NEAR = 70
MAX_PER_FULL_SET_NEAR = 2
NEAR_WINDOW = 6  # tokens between the number and the casualty word
MAX_PER_FULL_SET = 3
BULK_POOL = 4000  # how many shuffled bulk lines are loaded (enough to find N_BULK)
MIN_LEN, MAX_LEN = 20, 500

CASUALTY = re.compile(
    r"\b(kill(?:s|ed|ing)?|died|dies|dead|deaths?|injur(?:ed|y|ies|ing)|wounded|wounding|"
    r"hurt|missing|bod(?:y|ies)|fatalit(?:y|ies)|casualt(?:y|ies)|tolls?|unaccounted|"
    r"perished|slain|drowned|victims?|survivors?)\b",
    re.I,
)
NUMBER = re.compile(
    r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|millions?|scores?)\b",
    re.I,
)
CORE = re.compile(
    r"^(kill(?:ed|ing)|died|dead|deaths?|injur(?:ed|ies)|wounded|wounding|hurt|missing|"
    r"bodies|fatalities|casualties|toll|unaccounted|perished|drowned|slain)$",
    re.I,
)
NOT_A_COUNT_AFTER = re.compile(r"^(-?years?|-?year-old|%|percent|per|a\.m|p\.m|am|pm|mph|"
                               r"miles?|km|feet|ft|degrees|st|nd|rd|th)\b", re.I)
ABBREV = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "gov", "sen",
          "rep", "jr", "sr", "no", "vs", "u.s", "u.k", "u.n", "inc", "corp", "co", "mt", "ft"}
BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?\s*[\w])")


def split_sentences(text):
    """Yield (start, end) character spans of sentences."""
    pos = 0
    for para in re.finditer(r"[^\n]+", text):
        p0, p1 = para.span()
        seg = text[p0:p1]
        cur = 0
        for m in BOUNDARY.finditer(seg):
            # abbreviation before the full stop?
            before = seg[cur:m.start() + 1]
            word = re.search(r"([\w.]+)\.$", before)
            if seg[m.start()] == "." and word and (word.group(1).lower() in ABBREV
                                                   or len(word.group(1)) == 1):
                continue
            end = m.end()
            s = seg[cur:end].rstrip()
            if s.strip():
                lead = len(seg[cur:end]) - len(seg[cur:end].lstrip())
                yield p0 + cur + lead, p0 + cur + len(s)
            cur = end
        s = seg[cur:].rstrip()
        if s.strip():
            lead = len(seg[cur:]) - len(seg[cur:].lstrip())
            yield p0 + cur + lead, p0 + cur + len(s)
    del pos


def candidates(text):
    """Yield (byte_start, byte_end) of candidate sentences in text."""
    for s, e in split_sentences(text):
        sent = text[s:e]
        if not (MIN_LEN <= len(sent) <= MAX_LEN):
            continue
        if CASUALTY.search(sent) and NUMBER.search(sent):
            bs = len(text[:s].encode("utf-8"))
            be = bs + len(sent.encode("utf-8"))
            yield bs, be


def is_near(sentence):
    """A number (not an age, time, percentage...) within NEAR_WINDOW tokens of a core word."""
    toks = re.findall(r"[\w][\w,.'-]*|%", sentence)
    nums, cores = [], []
    for i, tok in enumerate(toks):
        bare = tok.strip(".,")
        if CORE.match(bare):
            cores.append(i)
        elif NUMBER.fullmatch(bare) and "-year" not in tok.lower():
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if not NOT_A_COUNT_AFTER.match(nxt):
                nums.append(i)
    return any(abs(n - c) <= NEAR_WINDOW for n in nums for c in cores)


def near_candidates(text):
    for bs, be in candidates(text):
        if is_near(text.encode("utf-8")[bs:be].decode("utf-8")):
            yield bs, be


def part_of(item_id):
    return "heldout" if int(hashlib.sha1(item_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def full_sample(shared):
    pool = []
    for path in sorted(glob.glob(os.path.join(shared, "corpus/sets/*/*.txt"))):
        set_name = os.path.basename(os.path.dirname(path))
        article = os.path.basename(path)[:-4]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for bs, be in candidates(text):
            pool.append((set_name, article, bs, be))
    rng = random.Random(SEED)
    rng.shuffle(pool)
    taken, per_set = [], {}
    for item in pool:
        if per_set.get(item[0], 0) >= MAX_PER_FULL_SET:
            continue
        per_set[item[0]] = per_set.get(item[0], 0) + 1
        taken.append(item)
        if len(taken) == N_FULL:
            break
    # stratum "near": from the remaining candidates that pass is_near
    taken_set = set(taken)
    texts = {}
    near_pool = []
    for item in sorted(pool):
        if item in taken_set:
            continue
        key = (item[0], item[1])
        if key not in texts:
            path = os.path.join(shared, "corpus/sets", item[0], item[1] + ".txt")
            with open(path, encoding="utf-8") as f:
                texts[key] = f.read().encode("utf-8")
        if is_near(texts[key][item[2]:item[3]].decode("utf-8")):
            near_pool.append(item)
    random.Random(SEED + 3).shuffle(near_pool)
    near, per_set = [], {}
    for item in near_pool:
        if per_set.get(item[0], 0) >= MAX_PER_FULL_SET_NEAR:
            continue
        per_set[item[0]] = per_set.get(item[0], 0) + 1
        near.append(item)
        if len(near) == N_FULL_NEAR:
            break
    return taken, near, len(pool), len(near_pool)


def draw(lines, indices, find, pick, n, short):
    """One item drawn with `pick` from each set of `indices` (in order) in which `find`
    finds candidates, until `n`; returns the items and the position in `indices` of the
    last set used."""
    items = []
    for pos, i in enumerate(indices):
        doc = json.loads(lines[i])
        cands = [(doc["set"], art["id"], bs, be)
                 for art in doc["articles"] for bs, be in find(art["text"])]
        if not cands:
            continue
        items.append(pick.choice(cands))
        if len(items) == n:
            return items, pos
    raise SystemExit(short)


def bulk_sample(shared):
    path = os.path.join(shared, "corpus/multinews-plus.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        n = sum(1 for _ in f)
    order = list(range(n))
    random.Random(SEED + 1).shuffle(order)
    wanted = set(order[:BULK_POOL])
    lines = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in wanted:
                lines[i] = line
    taken, pos = draw(lines, order[:BULK_POOL], candidates, random.Random(SEED + 2),
                      N_BULK, "bulk pool too small")
    # stratum "near": the sets that follow in the same shuffled order, one item per set
    near, _ = draw(lines, order[pos + 1:BULK_POOL], near_candidates, random.Random(SEED + 4),
                   N_BULK_NEAR, "bulk pool too small for the near stratum")
    return taken, near


def main():
    ap = argparse.ArgumentParser()
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))))
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "sample.jsonl"))
    args = ap.parse_args()
    full, full_near, pool_size, near_size = full_sample(args.shared)
    bulk, bulk_near = bulk_sample(args.shared)
    items = [(x, "any") for x in full + bulk] + [(x, "near") for x in full_near + bulk_near]
    with open(args.out, "w", encoding="utf-8") as out:
        for k, ((set_name, article, bs, be), stratum) in enumerate(items, 1):
            item_id = "cas-%03d" % k
            out.write(json.dumps({"id": item_id, "set": set_name, "article": article,
                                  "start": bs, "end": be, "stratum": stratum,
                                  "part": part_of(item_id)}) + "\n")
    print("full-text candidates", pool_size, "taken", len(full), "; near pool", near_size,
          "taken", len(full_near), "; bulk taken", len(bulk), "near", len(bulk_near))


if __name__ == "__main__":
    main()
