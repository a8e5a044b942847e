#!/usr/bin/env python3
"""Print the article context of round-2 items, for labelling by hand (reads ../shared/corpus).

usage: python3 eval/blind/quotes/context.py [--part round2|round3|round4|round5|round6|round7|round8|round9|round10|round11|round12|round13|round14|round15|round16|round17|round18|round19|round20|round21|round22|round23|round24|round25|round26|round27|round28|round29|round30|round31|round32|round33] [--before N] [--after N] [--grep WORD] INDEX...

INDEX is the 0-based line number in round2.jsonl (or round3.jsonl ... round33.jsonl with --part round3 ... round33). The quoted span is shown between ⟦ ⟧.
--grep lists every occurrence of WORD (case-insensitive) in the item's article, to find the
fullest name of a speaker. Only the chosen part's file is read (its references; labels are not printed).
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpus import article_texts  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("index", nargs="+", type=int)
    ap.add_argument("--before", type=int, default=1200)
    ap.add_argument("--after", type=int, default=300)
    ap.add_argument("--grep", action="append", default=[])
    ap.add_argument("--part", default="round2", choices=["round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12", "round13", "round14", "round15", "round16", "round17", "round18", "round19", "round20", "round21", "round22", "round23", "round24", "round25", "round26", "round27", "round28", "round29", "round30", "round31", "round32", "round33"])
    ap.add_argument("--shared", default=os.path.join(HERE, "../../../../shared"))
    args = ap.parse_args()
    with open(os.path.join(HERE, args.part + ".jsonl"), encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh]
    chosen = [items[i] for i in args.index]
    texts = article_texts(chosen, args.shared)
    for i, it in zip(args.index, chosen):
        raw = texts[(it["set"], it["article"])].encode("utf-8")
        s, e = it["start"], it["end"]
        pre = raw[max(0, s - args.before):s].decode("utf-8", "ignore")
        span = raw[s:e].decode("utf-8")
        post = raw[e:e + args.after].decode("utf-8", "ignore")
        print(f"===== #{i} {it['id']} ({len(raw)} bytes)")
        print(f"{pre}⟦{span}⟧{post}")
        text = raw.decode("utf-8")
        for w in args.grep:
            for m in re.finditer(re.escape(w), text, re.I):
                a, b = max(0, m.start() - 80), m.end() + 80
                print(f"  [{w} @{m.start()}] …{text[a:b]}…".replace("\n", " / "))
        print()


if __name__ == "__main__":
    main()
