"""Derive stages/data/people/occupations.txt: nouns that name what a person does and stand
before a name as its role (`curator NAME`, `skipper NAME`, `meteorologist NAME`).

roles.txt is written by hand and holds the offices news writes most (`mayor`, `spokesman`);
the everyday occupations of local news are too many to write down (`beekeeper`, `warden`,
`auctioneer`), and in lower-cased text a role word before a name that is not known as one is
read as part of the name (`curator matteo bellandi said` -> `Curator Matteo Bellandi`). This
list is read off the lower-cased bulk corpus by where a word stands:

- before a name: the word right before a given name (given_names.tsv) that is followed by a
  word that may be a surname (not in common_words.txt nor not_surnames.txt), the word itself
  not after a given name. At least MIN_BEFORE such uses, and at least MIN_SHARE of all its
  uses (`curator` 10 %, `coach` 21 %, against `state` 1.3 % or `time` 1 %);
- a countable noun: its plural (`-s`, `-es`, `-ies`, `-men`) seen at least MIN_PLURAL times
  (names and name particles have none: `nidal`, `los`);
- no surname: after a given name in under MAX_AFTER_GIVEN of its uses, since a role word ends
  a lower-cased name where it stands (`said paul bishop`): `farmer` (10 %) and `skipper`
  (31 %) stay out;
- a noun, not a verb or a credit: after `a`/`an`/`the` in at least MIN_DET of its uses, or
  ending in an agent suffix (`-er`, `-or`, `-ist`, `-ian`, `-man`, `-ant`, `-ent`, ...);
- letters only, at least three, not a given name, not already in roles.txt or titles.txt,
  not a plural itself, and not one of NOT_PEOPLE: words that pass every test and still name no
  person (`san` before a saint's name, photo `caption` and `courtesy` lines, `pseudonym`).

Counts only; no text of the corpus is stored.

usage: derive_occupations.py BULK_JSONL_GZ PEOPLE_DATA_DIR OUT
"""
import collections
import gzip
import json
import re
import sys

MIN_BEFORE = 5
MIN_SHARE = 0.08
MIN_PLURAL = 3
MAX_AFTER_GIVEN = 0.02
MIN_DET = 0.10
AGENT = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent", "eer", "ee", "ier", "ess", "ster", "ician")
NOT_PEOPLE = {"san", "caption", "courtesy", "pseudonym", "mutant"}


def words_of(path):
    return {l.split("\t")[0].split("=")[0].strip() for l in open(path, encoding="utf-8")
            if l.strip() and not l.startswith("#")}


def plurals(w):
    if w.endswith("man"):
        return [w[:-3] + "men"]
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return [w[:-1] + "ies"]
    return [w + "s", w + "es"]


def main():
    bulk, data, out = sys.argv[1:]
    given = words_of(f"{data}/given_names.tsv")
    ordinary = words_of(f"{data}/common_words.txt") | words_of(f"{data}/not_surnames.txt")
    known = set()
    for f in ("roles.txt", "titles.txt"):
        for w in words_of(f"{data}/{f}"):
            known.update(w.split())
    token = re.compile(r"[a-zà-ÿ][a-zà-ÿ'’-]*|[^\sa-zà-ÿ]")
    uses, before, det, after = (collections.Counter() for _ in range(4))
    with gzip.open(bulk, "rt", encoding="utf-8") as fh:
        for line in fh:
            for article in json.loads(line).get("articles", []):
                words = token.findall(article.get("text", "").lower())
                n = len(words)
                for i, w in enumerate(words):
                    uses[w] += 1
                    prev = words[i - 1] if i else ""
                    if prev in ("a", "an", "the"):
                        det[w] += 1
                    if prev in given:
                        after[w] += 1
                    elif (i + 2 < n and words[i + 1] in given and words[i + 2].isalpha()
                          and words[i + 2] not in given and words[i + 2] not in ordinary):
                        before[w] += 1
    listed = []
    for w, b in before.items():
        u = uses[w]
        if (b < MIN_BEFORE or b < MIN_SHARE * u or not w.isalpha() or len(w) < 3 or w in given
                or w in known or w in NOT_PEOPLE or w.endswith("s")):
            continue
        if max(uses[p] for p in plurals(w)) < MIN_PLURAL or after[w] >= MAX_AFTER_GIVEN * u:
            continue
        if det[w] < MIN_DET * u and not w.endswith(AGENT):
            continue
        listed.append(w)
    listed.sort()
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Occupations that stand before a name as its role (lower-cased bulk corpus).\n"
                 "# Derived by scripts/derive_occupations.py; see SOURCE.md.\n")
        fh.write("".join(f"{w}\n" for w in listed))
    print(f"{len(listed)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
