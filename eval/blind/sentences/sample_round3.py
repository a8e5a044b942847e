"""Draws round 3 of the blind check of sentence ends in bulk-style text (issue 19): 80
articles of `corpus/multinews-plus.jsonl.gz`, the same way as part 1 and round 2 (`sample.py`:
lines 3, 8, 13... of the file, never the answer sets nor the gap model's word-pair table;
half at random, half among articles with no `.`, `!` or `?` in their first 20 words; each
article's opening window of ~400 bytes), with a new fixed seed and leaving out every set
part 1 or round 2 drew from. Ids run `s3-001` ... `s3-080`.

usage: python3 eval/blind/sentences/sample_round3.py [SHARED] > eval/blind/sentences/sample_round3.jsonl
       python3 eval/blind/sentences/sample_round3.py [SHARED] --show   (the windows, words numbered)
Writes references only (id, set, article, stratum, window end as a byte offset), never the
texts."""
import json
import os
import sys

from sample import articles, default_shared, draw, write

SEED = 2026_12_06_3
PER_STRATUM = 40
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("sample.jsonl", "sample_round2.jsonl")


def earlier_sets(earlier=EARLIER):
    """Every set the parts named in `earlier` (reference files beside this script) drew from."""
    names = set()
    for name in earlier:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            names.update(json.loads(line)["set"] for line in fh if line.strip())
    return names


def main(seed=SEED, earlier=EARLIER, ids="s3-"):
    """Draws one round with `seed`, leaving out the sets of `earlier`; later rounds call it."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    shared = args[0] if args else default_shared()
    pool = articles(shared, earlier_sets(earlier))
    write(draw(pool, seed, PER_STRATUM), "--show" in sys.argv, ids=ids)


if __name__ == "__main__":
    main()
