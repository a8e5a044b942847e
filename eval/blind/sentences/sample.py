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


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    shared = args[0] if args else os.path.normpath(os.path.join(HERE, "../../../../shared"))
    skip = answer_sets(shared)
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
    rng = random.Random(SEED)
    uniform = rng.sample(pool, PER_STRATUM)
    taken = {(s, a) for s, a, _ in uniform}
    rest = [p for p in pool if (p[0], p[1]) not in taken and unpunctuated_opening(p[2])]
    opening = rng.sample(rest, PER_STRATUM)
    for stratum, items in (("uniform", uniform), ("unpunctuated-opening", opening)):
        for s, a, text in items:
            end = window_end(text)
            if "--show" in sys.argv:
                words = text.encode("utf-8")[:end].decode("utf-8").split(" ")
                print(f"## {s} {a} ({stratum})")
                print(" ".join(f"{w}[{k}]" for k, w in enumerate(words)))
                print()
            else:
                print(json.dumps({"set": s, "article": a, "stratum": stratum,
                                  "window_end": end}))


if __name__ == "__main__":
    main()
