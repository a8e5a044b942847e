"""Derive stages/data/people/name_caps.tsv: how often cased news capitalises each word.

In lower-cased text no capital shows where a person's name begins or ends. The cased news
sets of ../shared/corpus/sets do show it: a word that they write capitalised in the middle
of a sentence is a name's (or a place's, a body's) word there; one they write lowercase is
an ordinary word. This script counts, for each word, its mid-sentence uses and how many of
them are capitalised, and writes both with the smoothed share of capitalised uses, a
per-word model of "this word is part of a name" that the quote stage reads where it decides
a lower-cased name's first and last word (`lexicon::name_caps`).

- Mid-sentence: a word (letters, inner apostrophes and hyphens) that is not the first of its
  line and does not follow a sentence's stop, a colon, an opening quotation mark, bracket or
  dash; a word written all in capitals (an acronym) and one-letter words are not counted.
- Only prose lines: a line of at least MIN_LINE_WORDS words ending in a stop, a quotation
  mark or a bracket (headlines and datelines are title-cased or bare).
- Share: (capitalised + PRIOR * PRIOR_SHARE) / (uses + PRIOR), written with three decimals;
  a word is written when it has at least MIN_USES uses.

Counts only; no text of the corpus is stored. Deterministic: the same corpus gives the same
file byte for byte (`--check` derives into memory and compares with OUT).

usage: derive_name_caps.py CORPUS_SETS OUT [--check]
"""
import collections
import glob
import re
import sys

MIN_USES = 3
MIN_LINE_WORDS = 8
PRIOR = 2.0
PRIOR_SHARE = 0.5

WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# What may stand right before a word that still opens a sentence or a quotation.
OPENER = re.compile(r"(?:[.!?:;\"“”‘(\[—–]|--|\s-)\s*$")


def counts(corpus):
    caps, uses = collections.Counter(), collections.Counter()
    for path in sorted(glob.glob(f"{corpus}/*/*.txt")):
        text = open(path, encoding="utf-8", errors="replace").read()
        for line in text.splitlines():
            line = line.strip()
            if len(line.split()) < MIN_LINE_WORDS or line[-1] not in ".!?\"”’')":
                continue
            for m in WORD.finditer(line):
                w = m.group(0)
                if m.start() == 0 or OPENER.search(line[max(0, m.start() - 4):m.start()]):
                    continue
                if len(w) < 2 or w.isupper() or not w[0].isalpha():
                    continue
                key = w.lower().replace("’", "'")
                uses[key] += 1
                if w[0].isupper():
                    caps[key] += 1
    return caps, uses


def render(caps, uses):
    out = [
        "# word<TAB>mid-sentence uses<TAB>of them capitalised<TAB>smoothed share capitalised,\n",
        "# in the cased news sets. Derived by scripts/derive_name_caps.py; see SOURCE.md.\n",
    ]
    for w in sorted(uses):
        n = uses[w]
        if n < MIN_USES:
            continue
        share = (caps[w] + PRIOR * PRIOR_SHARE) / (n + PRIOR)
        out.append(f"{w}\t{n}\t{caps[w]}\t{share:.3f}\n")
    return "".join(out)


def main():
    args = [a for a in sys.argv[1:] if a != "--check"]
    if len(args) != 2:
        sys.exit(__doc__)
    corpus, out = args
    text = render(*counts(corpus))
    if "--check" in sys.argv:
        same = open(out, encoding="utf-8").read() == text
        print("same" if same else f"{out} differs from a fresh derivation", file=sys.stderr)
        sys.exit(0 if same else 1)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"{text.count(chr(10)) - 2} words", file=sys.stderr)


if __name__ == "__main__":
    main()
