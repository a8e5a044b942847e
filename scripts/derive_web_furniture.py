"""Derive the phrases of stages/data/sentences/web_furniture.txt: lines of web-page furniture
(`advertisement`, `story highlights`, `toggle caption`, comment-box and player labels) that
the bulk corpus keeps inside its single-line texts, and where each puts a segment's ends.

The corpus is lower-cased except where its maker's splitter saw a sentence start, so a word
that opens a text or is capitalised (or follows a `.`, `!` or `?`) stands at a *start*. A
furniture line is glued in front of the sentence that follows it on the page (`Advertisement
continue reading the main story a student left ...`), so it recurs at starts across many
articles; a sentence's own opening recurs there too (`The`, `Police said`), but its words
also run on inside plain sentences, after a function word (`... and police said`), which a
furniture line never does. Counts only, over the sets that no blind sentence sample can draw (the gap model's
word-pair table's lines, every fifth line from the second of multinews-plus.jsonl.gz;
`eval/blind/sentences/sample.py`), the answer sets left out. A phrase is listed when:

- it is 1 to MAX_WORDS words (split at white space, compared without case) at a start in at
  least MIN_ARTICLES articles;
- it does not run on from prose: after a function word (det, pron, aux, prep, conj of
  word_classes.txt) in at most MAX_PROSE of its sightings; where it stands inside a
  segment, the pair (word before, its first word) is seen RUN_PAIR times away from it in
  at most MAX_RUN of its sightings;
- it does not run on into prose: the pair (its last word, word after) is seen RUN_PAIR
  times away from it, or the word after is an auxiliary or a common finite verb (it was the
  subject: `email notifications are only sent`), in at most MAX_RUN of its sightings (a
  caption label of furniture_labels.txt, whose caption follows it, is not asked);
- it is complete: no one word (numbers as one) follows it in more than MAX_SAME_NEXT of its
  sightings (else the longer phrase is the line: `continue reading the main` + `story`,
  `this article is over` + `1 month old`), and no longer listed phrase holds MAX_INSIDE of
  its sightings; it holds no caption label but as the label itself;
- its shape can be a line (`not_a_line`): not function words only, no word ending in a
  comma, colon or terminal mark (`however,`, `photo:`, two sentences), no opening quotation
  mark or bracket, a word of two letters, no markup; and it is not what the dateline and
  credits layers read (a dash or bracket at its end, a `/`, a digit, a month, an agency).

Each listed phrase's kind is read from where it stands:
- `open` for a caption label of furniture_labels.txt (the annotation brief keeps the label
  with its caption) and for a phrase ending in a function word (what it governs follows:
  `close get email notifications on`, `see more of`): cut before it;
- `close` when a start follows it in MIN_SHARE of its sightings and it opens fewer;
- `alone` when it also stands inside segments (MIN_MID of its sightings or more, never
  running on from prose: after another line of furniture or a caption): cut before and
  after it anywhere, except a single word seen after a function word at all
  (`the advertisement showed`), which is `lead`;
- `lead` otherwise (it opens segments): cut after it where it opens one.

Inside a fixed block of lines (a web archive's notice, a tweet box's help text) the words
always run on the same way, so counts cannot tell where its lines break and no phrase of it
is derived; such lines of web_furniture.txt are kept by hand, and said so there.

usage: derive_web_furniture.py BULK_JSONL_GZ SHARED_DIR WORD_CLASSES [--compare LIST] [-v]
prints the derived list (kinds and phrases) and, with --compare, each difference from LIST.
"""
import collections
import gzip
import json
import os
import sys

MAX_WORDS = 9
MIN_ARTICLES = 20
MAX_PROSE = 0.02
MAX_SAME_NEXT = 0.5
MAX_INSIDE = 0.9
MIN_SHARE = 0.5
MIN_MID = 0.15
MAX_RUN = 0.25
RUN_PAIR = 10
TERMINAL = (".", "!", "?")
ANSWER_ROOTS = ("gold", "gold-corpus", "gold-unseen")
MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"}


def answer_sets(shared):
    names = set()
    for root in ANSWER_ROOTS:
        d = os.path.join(shared, root)
        if os.path.isdir(d):
            names.update(n for n in os.listdir(d) if os.path.isdir(os.path.join(d, n)))
    return names


def texts(bulk, shared):
    """The article texts of every fifth line from the second, answer sets left out."""
    skip = answer_sets(shared)
    with gzip.open(bulk, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 5 != 1:
                continue
            rec = json.loads(line)
            if rec["set"] in skip:
                continue
            for a in rec["articles"]:
                yield a["text"]


def function_words(path, classes=("det", "pron", "aux", "prep", "conj")):
    words = set()
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if parts and not line.startswith("#") and parts[0] in classes:
            words.update(parts[1:])
    return words


def starts_of(ws):
    """Whether each word (and the text's end) stands at a start."""
    out = [i == 0 or w[:1].isupper() or ws[i - 1].endswith(TERMINAL) for i, w in enumerate(ws)]
    out.append(True)
    return out


def candidates(docs):
    """Phrases at a start in at least MIN_ARTICLES articles, grown a word at a time."""
    kept = set()
    prefixes = None
    for n in range(1, MAX_WORDS + 1):
        at_start = collections.Counter()
        for ws, lw, st in docs:
            seen = set()
            for i in range(len(ws) - n + 1):
                if not st[i]:
                    continue
                p = tuple(lw[i:i + n])
                if prefixes is not None and p[:-1] not in prefixes:
                    continue
                seen.add(p)
            at_start.update(seen)
        prefixes = {p for p, c in at_start.items() if c >= MIN_ARTICLES}
        kept |= prefixes
        if not prefixes:
            break
    return kept


def sightings(docs, phrases, fw, verbs):
    """Counts of each phrase's sightings anywhere and by where they stand, and the word
    pairs at their two edges (the word before and the first word, the last word and the
    word after), for `runs_on`."""
    by_first = collections.defaultdict(list)
    for p in phrases:
        by_first[p[0]].append(p)
    stats = {p: collections.Counter() for p in phrases}
    nexts = {p: collections.Counter() for p in phrases}
    edges = {p: (collections.Counter(), collections.Counter()) for p in phrases}
    for ws, lw, st in docs:
        seen = set()
        for i, w in enumerate(lw):
            for p in by_first.get(w, ()):
                m = len(p)
                if tuple(lw[i:i + m]) != p:
                    continue
                s = stats[p]
                s["seen"] += 1
                seen.add(p)
                prev = lw[i - 1] if i else ""
                if st[i]:
                    s["start"] += 1
                elif prev in fw:
                    s["prose"] += 1
                else:
                    s["mid"] += 1
                    edges[p][0][(prev, p[0])] += 1
                if st[i + m]:
                    s["closed"] += 1
                else:
                    nexts[p][lw[i + m]] += 1
                    edges[p][1][(p[-1], lw[i + m])] += 1
                    if lw[i + m] in verbs:
                        s["verb_after"] += 1
        for p in seen:
            stats[p]["articles"] += 1
    return stats, nexts, edges


def pair_counts(docs, wanted):
    """How often each pair of `wanted` follows itself anywhere in the texts."""
    counts = collections.Counter()
    for _, lw, _ in docs:
        for pair in zip(lw, lw[1:]):
            if pair in wanted:
                counts[pair] += 1
    return counts


def runs_on(edge, pairs):
    """How many of a phrase's sightings at one edge join it to a word as words join in
    running text: the pair at the edge is seen at least RUN_PAIR times away from the
    phrase itself."""
    return sum(n for pair, n in edge.items() if pairs[pair] - n >= RUN_PAIR)


def left_to_other_layers(p):
    """Phrases the dateline, credit and stamp layers read: ending in a dash or a bracket,
    holding a `/`, a digit, or ending in a month."""
    last = p[-1].rstrip(",.:")
    return (any("/" in w for w in p) or p[-1] in ("—", "–", "--", "-", "(", ")", "[", "]")
            or any(c.isdigit() for c in "".join(p)) or last in MONTHS)


def goes_on(p, nx, seen, pairs):
    """Whether one word follows the phrase in most sightings (`continue reading the main` +
    `story`), numbers counted as one word (`this article is over` + `1 month old`): the longer
    phrase is the line. Inside a fixed block of lines (a web archive's
    notice, a tweet box's help) the next word is always the same, and counts cannot tell
    where the block's lines break: no phrase of it is derived."""
    if not nx:
        return False
    shapes = collections.Counter()
    for w, n in nx.items():
        shapes["0" if w[:1].isdigit() else w] += n
    return shapes.most_common(1)[0][1] > MAX_SAME_NEXT * seen


def not_a_line(p, fw):
    """Shapes that are no furniture line whatever the counts: function words only (`but`),
    a sentence adverbial's or clause's comma at the end (`however,`, `for example,`), a
    quotation's opening mark, a terminal mark (the rules end a segment there already), a
    label's colon (a credit or link label whose value follows:
    `photo:`, `read more:`, left to the credits layer), a bracket at the start (the credits
    layer reads brackets), no word of two letters (`___`, `•`), markup (`=`, `<`)."""
    last = p[-1]
    return (all(w in fw for w in p) or any(w.endswith((",", ":") + TERMINAL) for w in p)
            or p[0].startswith(('"', "'", "(", "[", "“"))
            or not any(sum(c.isalpha() for c in w) >= 2 for w in p)
            or any(c in w for w in p for c in "=<>"))


def derive(docs, fw, verbs, labels, agencies, verbose=False):
    phrases = candidates(docs)
    stats, nexts, edges = sightings(docs, phrases, fw, verbs)
    wanted = set()
    for before, after in edges.values():
        wanted.update(before)
        wanted.update(after)
    pairs = pair_counts(docs, wanted)
    listed = {}
    for p in sorted(phrases, key=lambda p: (-len(p), p)):
        s, nx = stats[p], nexts[p]
        seen = s["seen"] or 1
        before, after = edges[p]
        s["runs_before"] = runs_on(before, pairs)
        s["runs_after"] = runs_on(after, pairs) + s["verb_after"]
        why = None
        if s["articles"] < MIN_ARTICLES:
            why = "few"
        elif s["prose"] > MAX_PROSE * seen:
            why = "prose"
        elif not_a_line(p, fw):
            why = "not-a-line"
        elif any(_inside(q, p) and q != p for q in labels):
            why = "holds-label"
        elif s["runs_after"] > MAX_RUN * seen and p not in labels:
            why = "runs-after"
        elif s["runs_before"] > MAX_RUN * seen:
            why = "runs-before"
        elif goes_on(p, nx, seen, pairs):
            why = "goes-on"
        elif any(len(q) > len(p) and _inside(p, q) and stats[q]["seen"] >= MAX_INSIDE * seen
                 for q in listed):
            why = "inside"
        elif left_to_other_layers(p) or any(w in agencies for w in p):
            why = "other-layer"
        if why:
            if verbose:
                print(f"# drop {why:11} {' '.join(p)} {dict(s)}", file=sys.stderr)
            continue
        listed[p] = kind_of(p, s, labels, fw)
    return listed, stats


def _inside(p, q):
    n = len(p)
    return any(q[i:i + n] == p for i in range(len(q) - n + 1))


def kind_of(p, s, labels, fw):
    seen = s["seen"] or 1
    if p in labels or p[-1] in fw:
        return "open"
    if len(p) == 1 and s["prose"] > 0:
        # A single word seen after a function word at all (`the advertisement showed`)
        # is cut after only where it opens a segment.
        return "lead"
    if s["closed"] >= MIN_SHARE * seen and s["start"] < MIN_SHARE * seen:
        return "close"
    if s["mid"] >= MIN_MID * seen:
        return "alone"
    return "lead"


def agency_words(data):
    """The words of news_agencies.txt and the picture agencies of page_credits.txt, which
    the dateline and credits layers read (`getty images`)."""
    out = set()
    for line in open(os.path.join(data, "news_agencies.txt"), encoding="utf-8"):
        if len(line.split()) == 1 and not line.startswith("#"):
            out.add(line.strip().lower())
    for line in open(os.path.join(data, "page_credits.txt"), encoding="utf-8"):
        parts = line.split()
        if len(parts) == 2 and parts[0] == "picture":
            out.add(parts[1].lower())
    return out


def caption_labels(path):
    """The `open` labels of furniture_labels.txt: a caption's or credit's label, which the
    annotation brief keeps with the caption it opens."""
    out = set()
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if parts and parts[0] == "open":
            out.add(tuple(w.lower() for w in parts[1:]))
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    bulk, shared, classes = args[:3]
    compare = sys.argv[sys.argv.index("--compare") + 1] if "--compare" in sys.argv else None
    fw = function_words(classes)
    docs = []
    for t in texts(bulk, shared):
        ws = t.split()
        docs.append((ws, [w.lower() for w in ws], starts_of(ws)))
    labels = caption_labels(os.path.join(os.path.dirname(classes), "furniture_labels.txt"))
    agencies = agency_words(os.path.dirname(classes))
    listed, stats = derive(docs, fw, function_words(classes, ("aux", "verb")), labels,
                           agencies, verbose)
    print(f"# {len(docs)} articles")
    for p, k in sorted(listed.items(), key=lambda x: (x[1], -stats[x[0]]["articles"])):
        s = stats[p]
        print(f"{k} {' '.join(p)}\t# {s['articles']} articles, {s['seen']} seen: "
              f"start {s['start']}, mid {s['mid']}, after a function word {s['prose']}, "
              f"closed {s['closed']}")
    if compare:
        have = {}
        for line in open(compare, encoding="utf-8"):
            parts = line.split()
            if parts and not line.startswith("#") and parts[0] != "mark":
                have[tuple(w.lower() for w in parts[1:])] = parts[0]
        for p, k in have.items():
            got = listed.get(p)
            if got != k:
                s = stats.get(p)
                print(f"# list {k} {' '.join(p)}: derived {got}; {dict(s) if s else 'no start'}")


if __name__ == "__main__":
    main()
