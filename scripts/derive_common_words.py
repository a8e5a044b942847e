"""Derive stages/data/people/common_words.txt: words that cased news writes lowercase.

In lower-cased text a name has no capitals to show it; what is left is what the word is
elsewhere. A word that the cased news sets of ../shared/corpus/sets write lowercase in the
middle of a sentence at least MIN_LOWER times, and at least RATIO times as often as they
write it capitalised there, is an ordinary word, not a name (`outside`, `incident`,
`stopped`). Words that are also common names stay out by the ratio (`brown`, `king`, `rice`
are written capitalised often enough). Given names are never listed.

usage: derive_common_words.py CORPUS_SETS GIVEN_NAMES_TSV OUT
"""
import collections, glob, re, sys

MIN_LOWER = 3
RATIO = 4

corpus, given_path, out = sys.argv[1:]
given = {l.split("\t")[0].strip() for l in open(given_path, encoding="utf-8") if not l.startswith("#")}
lower, upper = collections.Counter(), collections.Counter()
for path in sorted(glob.glob(f"{corpus}/*/*.txt")):
    text = open(path, encoding="utf-8", errors="replace").read()
    # Mid-sentence words only: not after a sentence end, a quotation mark or a line start.
    for m in re.finditer(r"(?<![.!?:\"“‘'(\-—–]\s)(?<!^)(?<=\s)([^\W\d_]+)\b(?!['’]\w)", text, re.M):
        w = m.group(1)
        if w[0].isupper():
            upper[w.lower()] += 1
        elif w.islower():
            lower[w] += 1
words = sorted(w for w, n in lower.items()
               if n >= MIN_LOWER and n >= RATIO * upper[w] and w not in given and len(w) > 1)
with open(out, "w", encoding="utf-8") as fh:
    fh.write("# Words that cased news writes lowercase (never a name in lower-cased text).\n"
             "# Derived by scripts/derive_common_words.py; see SOURCE.md.\n")
    fh.write("".join(f"{w}\n" for w in words))
print(f"{len(words)} words", file=sys.stderr)
