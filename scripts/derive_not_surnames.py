"""Derive stages/data/people/not_surnames.txt: words that almost never stand in a name.

In lower-cased text nothing shows where a person's name ends: `said jon doe fresh from
his tour` reads as the name `Jon Doe Fresh` unless `fresh` is known to be no name word.
The cased sets behind common_words.txt are too small to tell (`fresh`, `newest`,
`tearful` are written there a few times or never), so this list is read off the
lower-cased bulk corpus, by where a word stands rather than by its capital:

- evidence of a name: the word right after a given name (given_names.tsv) or a title
  (`mr`, `mrs`, `ms`, `dr`, `sen`, `gov`, `rep`, `gen`, `president`, `senator`,
  `governor`, a stop between allowed), or right before `said`, `says` or `told`;
- a word seen at least MIN_USES times whose uses are such evidence less than MAX_SHARE
  of the time is no surname (`new` 0.1 %, `fresh` 0.5 %); surnames that are also
  ordinary words stay out by the share (`brown` 44 %, `king` 22 %, `rice` 20 %,
  `young` 3.3 %, `white` 2.7 %, `may` 2.7 %), and so do surnames mostly written alone
  (`romney` 8.6 %: `romney said`, `mr. romney`).

Given names are never listed; words must be letters only. Counts only; no text of the
corpus is stored.

usage: derive_not_surnames.py BULK_JSONL_GZ GIVEN_NAMES_TSV OUT
"""
import collections
import gzip
import json
import re
import sys

MIN_USES = 30
MAX_SHARE = 0.025
TITLES = {"mr", "mrs", "ms", "dr", "sen", "gov", "rep", "gen", "president", "senator", "governor"}
CUES = {"said", "says", "told"}

bulk, given_path, out = sys.argv[1:]
given = {l.split("\t")[0].strip() for l in open(given_path, encoding="utf-8") if not l.startswith("#")}
token = re.compile(r"[a-zà-ÿ][a-zà-ÿ'’-]*|[^\sa-zà-ÿ]")
uses, named = collections.Counter(), collections.Counter()
with gzip.open(bulk, "rt", encoding="utf-8") as fh:
    for line in fh:
        for article in json.loads(line).get("articles", []):
            words = token.findall(article.get("text", ""))
            n = len(words)
            for i, w in enumerate(words):
                uses[w] += 1
                before = words[i - 1] if i else ""
                if before == "." and i > 1:
                    before = words[i - 2]
                if before in given or before in TITLES or i + 1 < n and words[i + 1] in CUES:
                    named[w] += 1
listed = sorted(
    w for w, n in uses.items()
    if n >= MIN_USES and named[w] < MAX_SHARE * n and w.isalpha() and len(w) > 1 and w not in given
)
with open(out, "w", encoding="utf-8") as fh:
    fh.write("# Words that almost never stand in a person's name (lower-cased bulk corpus).\n"
             "# Derived by scripts/derive_not_surnames.py; see SOURCE.md.\n")
    fh.write("".join(f"{w}\n" for w in listed))
print(f"{len(listed)} words", file=sys.stderr)
