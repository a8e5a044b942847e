#!/usr/bin/env python3
"""Builds an input folder holding the article sets that ../shared/gold-corpus (or another
answer folder of ../shared, such as gold-unseen) has answers for.

usage: scripts/gold-corpus-input.py DEST [SHARED [ANSWERS]]

Sets found in SHARED/corpus/sets are copied; the others are taken out of the bulk
file SHARED/corpus/multinews-plus.jsonl.gz, one article per .txt file.
"""
import gzip, json, os, shutil, sys

def main(dest, shared, answers="gold-corpus"):
    gold = os.path.join(shared, answers)
    names = sorted(n for n in os.listdir(gold) if os.path.isdir(os.path.join(gold, n)))
    bulk = set()
    for name in names:
        src = os.path.join(shared, "corpus", "sets", name)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(dest, name), dirs_exist_ok=True)
        else:
            bulk.add(name)
    if bulk:
        with gzip.open(os.path.join(shared, "corpus", "multinews-plus.jsonl.gz"), "rt", encoding="utf-8") as fh:
            for line in fh:
                if not bulk:
                    break
                if line[9:60].split('"', 1)[0] not in bulk:
                    continue
                row = json.loads(line)
                bulk.discard(row["set"])
                os.makedirs(os.path.join(dest, row["set"]), exist_ok=True)
                for a in row["articles"]:
                    with open(os.path.join(dest, row["set"], a["id"] + ".txt"), "w", encoding="utf-8") as out:
                        out.write(a["text"])
    if bulk:
        sys.exit(f"not found in the bulk corpus: {', '.join(sorted(bulk))}")

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1],
         sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "shared"),
         sys.argv[3] if len(sys.argv) > 3 else "gold-corpus")
