"""Draws the blind check of sentence ends in bulk-style text (issue 19): 30 articles of
`corpus/multinews-plus.jsonl.gz`, with a fixed seed, from sets that neither the answer sets
nor the gap model's word-pair table (every fifth line from the second) use: lines 3, 8, 13...
Half are drawn from all such articles, half from those whose first 20 words hold no word
ending in `.`, `!` or `?` (where headings, credits, captions and bullets run into the text).
Only each article's opening window is labelled: its first WINDOW bytes, extended to the end
of the word there.

usage: python3 eval/blind/sentences/sample.py [SHARED] > eval/blind/sentences/sample.jsonl
       python3 eval/blind/sentences/sample.py [SHARED] --show   (the windows, words numbered)
Writes references only (set, article, window end as a byte offset), never the texts."""
import gzip
import json
import os
import random
import sys

SEED = 20261204
WINDOW = 400
PER_STRATUM = 15
HERE = os.path.dirname(os.path.abspath(__file__))


def answer_sets(shared):
    names = set()
    for root in ("gold", "gold-corpus", "gold-unseen"):
        d = os.path.join(shared, root)
        if os.path.isdir(d):
            names.update(n for n in os.listdir(d) if os.path.isdir(os.path.join(d, n)))
    return names


def window_end(text):
    b = text.encode("utf-8")
    if len(b) <= WINDOW:
        return len(b.rstrip())
    end = WINDOW
    while end < len(b) and b[end:end + 1] not in (b" ", b"\n"):
        end += 1
    return end


def unpunctuated_opening(text):
    return not any(w.endswith((".", "!", "?")) for w in text.split()[:20])


def articles(shared, skip_sets=()):
    """(set, article, text) of every article of 40 words or more on lines 3, 8, 13... of the
    bulk file, leaving out the answer sets and `skip_sets`."""
    skip = answer_sets(shared) | set(skip_sets)
    pool = []
    with gzip.open(os.path.join(shared, "corpus/multinews-plus.jsonl.gz"), "rt",
                   encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 5 != 3:
                continue
            rec = json.loads(line)
            if rec["set"] in skip:
                continue
            for a in rec["articles"]:
                if len(a["text"].split()) >= 40:
                    pool.append((rec["set"], a["id"], a["text"]))
    return pool


def draw(pool, seed, per_stratum):
    """[(stratum, items)]: `per_stratum` articles at random, then as many among the rest
    whose opening holds no terminal punctuation."""
    rng = random.Random(seed)
    uniform = rng.sample(pool, per_stratum)
    taken = {(s, a) for s, a, _ in uniform}
    rest = [p for p in pool if (p[0], p[1]) not in taken and unpunctuated_opening(p[2])]
    opening = rng.sample(rest, per_stratum)
    return [("uniform", uniform), ("unpunctuated-opening", opening)]


def write(strata, show, ids=None):
    """Prints the references (or, with `show`, the windows with their words numbered)."""
    k = 0
    for stratum, items in strata:
        for s, a, text in items:
            end = window_end(text)
            if show:
                words = text.encode("utf-8")[:end].decode("utf-8").split(" ")
                print(f"## {s} {a} ({stratum})")
                print(" ".join(f"{w}[{k}]" for k, w in enumerate(words)))
                print()
            else:
                row = {"set": s, "article": a, "stratum": stratum, "window_end": end}
                if ids:
                    k += 1
                    row = {"id": f"{ids}{k:03d}", **row}
                print(json.dumps(row))


def default_shared():
    return os.path.normpath(os.path.join(HERE, "../../../../shared"))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    shared = args[0] if args else default_shared()
    write(draw(articles(shared), SEED, PER_STRATUM), "--show" in sys.argv)


if __name__ == "__main__":
    main()
