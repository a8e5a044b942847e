"""Reading the 1990 US census first-name files (`dist.male.first`, `dist.female.first`:
NAME FREQUENCY CUMULATIVE RANK per line), and counting how the cased news sets write each
word; shared by `derive_given_names.py` and `derive_word_given_names.py`."""
import collections
import glob
import re


def read_census(path, minfreq):
    """The names of a census file whose frequency (per cent) is at least `minfreq`,
    lowercase, to that frequency."""
    rows = {}
    for line in open(path):
        name, freq = line.split()[:2]
        if float(freq) >= minfreq:
            rows[name.lower()] = float(freq)
    return rows


def corpus_casing(corpus):
    """How the cased news sets (`CORPUS/*/*.txt`) write each word of letters, a word after a
    sentence's end or at a line's start left out: three Counters, `lower` (written with a
    small first letter, by the word as written), `upper` (capitalised, by the word
    lowercased), and `before_cap` (capitalised and followed by a space and a capital: a
    surname after a given name)."""
    lower, upper, before_cap = collections.Counter(), collections.Counter(), collections.Counter()
    for path in sorted(glob.glob(f"{corpus}/*/*.txt")):
        text = open(path, encoding="utf-8", errors="replace").read()
        for m in re.finditer(r"(?<![.!?\"“]\s)(?<!^)\b([^\W\d_]+)\b(?=( [A-Z]))?", text, re.M):
            w = m.group(1)
            if w[0].isupper():
                upper[w.lower()] += 1
                before_cap[w.lower()] += m.group(2) is not None
            else:
                lower[w] += 1
    return lower, upper, before_cap
