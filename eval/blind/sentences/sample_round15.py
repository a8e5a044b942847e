"""Draws round 15 of the blind check of sentence ends in bulk-style text (issue 19): 80
articles of `corpus/multinews-plus.jsonl.gz`, the same way as part 1 and rounds 2 to 14
(`sample.py`: lines 3, 8, 13... of the file, never the answer sets nor the gap model's
word-pair table; half at random, half among articles with no `.`, `!` or `?` in their first
20 words; each article's opening window of ~400 bytes), with a new fixed seed and leaving out
every set part 1 or rounds 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 and 14 drew from. Ids run `s15-001`
... `s15-080`.

usage: python3 eval/blind/sentences/sample_round15.py [SHARED] > eval/blind/sentences/sample_round15.jsonl
       python3 eval/blind/sentences/sample_round15.py [SHARED] --show   (the windows, words numbered)
Writes references only (id, set, article, stratum, window end as a byte offset), never the
texts."""
import sample_round3
import sample_round14

SEED = 2026_12_13_15
EARLIER = sample_round14.EARLIER + ("sample_round14.jsonl",)

if __name__ == "__main__":
    sample_round3.main(SEED, EARLIER, ids="s15-")
