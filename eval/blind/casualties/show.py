#!/usr/bin/env python3
"""Print sampled sentences with their surroundings, for labelling by hand (nothing is stored).

    python3 eval/blind/casualties/show.py [--sample sample_round2.jsonl] [--from r2-001] [--n 20]

For each item: the article's opening (when the sentence is far from it), the text before the
sentence (its paragraph, or ~700 characters in bulk texts, whose paragraph breaks are lost),
the sentence between >>> and <<<, and a little text after it.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpus import article_texts  # noqa: E402  (eval/blind/corpus.py)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
BEFORE, AFTER, OPENING = 700, 300, 250


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", default=os.path.join(HERE, "sample_round2.jsonl"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--from", dest="first", default=None)
    ap.add_argument("--n", type=int, default=1000)
    args = ap.parse_args()
    with open(args.sample, encoding="utf-8") as f:
        items = [json.loads(line) for line in f]
    if args.first:
        items = items[[it["id"] for it in items].index(args.first):]
    items = items[:args.n]
    texts = article_texts(items, args.shared)
    for it in items:
        data = texts[(it["set"], it["article"])].encode("utf-8")
        pre = data[:it["start"]].decode("utf-8")
        sent = data[it["start"]:it["end"]].decode("utf-8")
        post = data[it["end"]:].decode("utf-8")
        before = pre[-BEFORE:]
        if "\n" in before.rstrip("\n"):
            before = before.rstrip("\n").rsplit("\n", 1)[1] if before.strip() else before
        after = post[:AFTER].split("\n\n", 1)[0]
        print(f"=== {it['id']} {it['set']} {it['article']} [{it['stratum']}]")
        if len(pre) > len(before) + 50:
            print("OPENING:", pre[:OPENING].replace("\n", " / "), "...")
        print("...", before.replace("\n", " / "), ">>>", sent, "<<<", after.replace("\n", " / "),
              "...\n")


if __name__ == "__main__":
    main()
