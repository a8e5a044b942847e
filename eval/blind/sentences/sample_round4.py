"""Draws round 4 of the blind check of sentence ends in bulk-style text (issue 19): 80
articles of `corpus/multinews-plus.jsonl.gz`, the same way as part 1 and rounds 2 and 3
(`sample.py`: lines 3, 8, 13... of the file, never the answer sets nor the gap model's
word-pair table; half at random, half among articles with no `.`, `!` or `?` in their first
20 words; each article's opening window of ~400 bytes), with a new fixed seed and leaving out
every set part 1, round 2 or round 3 drew from. Ids run `s4-001` ... `s4-080`.

usage: python3 eval/blind/sentences/sample_round4.py [SHARED] > eval/blind/sentences/sample_round4.jsonl
       python3 eval/blind/sentences/sample_round4.py [SHARED] --show   (the windows, words numbered)
Writes references only (id, set, article, stratum, window end as a byte offset), never the
texts."""
import json
import os
import sys

from sample import articles, default_shared, draw, write

SEED = 2026_12_06_4
PER_STRATUM = 40
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("sample.jsonl", "sample_round2.jsonl", "sample_round3.jsonl")


def earlier_sets():
    """Every set part 1, round 2 or round 3 drew from."""
    names = set()
    for name in EARLIER:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            names.update(json.loads(line)["set"] for line in fh if line.strip())
    return names


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    shared = args[0] if args else default_shared()
    pool = articles(shared, earlier_sets())
    write(draw(pool, SEED, PER_STRATUM), "--show" in sys.argv, ids="s4-")


if __name__ == "__main__":
    main()
