"""Tabulates and fits a small model of where a headline glued to an article's first sentence
ends, in bulk-style text (issue 19; the twenty-ninth round's `sen30`): a measurement tool,
not a data file's maker (nothing it prints is shipped in the splitter).

For each window of the opened blind sentence parts 1-12 (`eval/blind/sentences/labels*.jsonl`),
the splitter BINARY is run (`corpus.run_pipeline`, as `score.py` does) and its first segment
is read. Each space in that segment after word i - 1 (2 <= i < 25, the lead keeping at
least four words) is a candidate headline end, unless word i - 1 ends in `. ! ? , ; ( :`, is
a function word of `word_classes.txt` or a `not-content` word of `headline_words.txt`, or is a
possessive. A candidate is right where the labels hold an end there. Its features (named
evidence, no capitals read: words are compared lower-cased):

- the headline (words 0..i): its length (2, 3-5, 6-12, 13+ words), a colon, determiners
  (none; two or more), a narrating word (`headline_words.txt`), an auxiliary, a comma, a
  dash standing alone;
- the lead (words i..): its first word's class (det, pron, aux, verb, prep, conj, a content
  word, other), a verb (an auxiliary, a listed finite verb or an `-ed` word) among its next
  five words, with the first word's class; `by` and two content words; a day or month name
  (`words_after_time.txt`); a dash or `(` after its first word (a dateline);
- a repeat: how many of the lead's first 20 words are content words of the headline (1, 2,
  3+); the lead's first content word (after a determiner) is one; the pair across the space,
  or the lead's first pair, stands in the headline.

A logistic regression (batch gradient descent on the distinct feature vectors, fixed steps:
deterministic) scores the candidates; an opening is cut at its best candidate when the score
passes a threshold. Printed: the openings' first ends (right, missed, false) and the evidence
at the missed ones; the weights fitted on all twelve parts; then, each part left out in turn
(trained on the other eleven), the cuts that would be right and wrong at each threshold.

usage: python3 scripts/fit_opening_model.py [BINARY] [--shared DIR]
"""
import collections
import json
import math
import os
import re
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.join(ROOT, "eval/blind"))
sys.path.insert(0, os.path.join(ROOT, "eval/blind/sentences"))
import score  # noqa: E402
from corpus import article_texts, run_pipeline  # noqa: E402

DATA = os.path.join(ROOT, "stages/data/sentences")
PARTS = ["1"] + [f"round{n}" for n in range(2, 13)]
THRESHOLDS = (-1.5, -1.0, -0.5, 0.0)
DASHES = {"-", "--", "—", "–"}


def entries(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as fh:
        return [l.strip() for l in fh if l.strip() and not l.startswith("#")]


CLASS = {}
for _line in entries("word_classes.txt"):
    _c, *_ws = _line.split()
    for _w in _ws:
        CLASS.setdefault(_w, _c)
HEADLINE_WORDS = {l.split()[0]: set(l.split()[1:]) for l in entries("headline_words.txt")}
NARRATING, NOT_CONTENT = HEADLINE_WORDS["narrating"], HEADLINE_WORDS["not-content"]
TIME_WORDS = {w.lower() for w in entries("words_after_time.txt")}


def trim(w):
    return re.sub(r"^[^a-z0-9]+|[^a-z0-9]+$", "", w.lower())


def word_class(w):
    return CLASS.get(trim(w))


def content(w):
    t = trim(w)
    return len(t) >= 2 and t[0].isalpha() and t not in CLASS and t not in NOT_CONTENT


def verbish(w):
    t = trim(w)
    return word_class(w) in ("aux", "verb") or (t.endswith("ed") and len(t) > 4)


def is_candidate(w):
    return not (w[-1:] in ".!?,;(:" or word_class(w) or trim(w) in NOT_CONTENT
                or w.lower().endswith("'s"))


def features(head, lead):
    """The named evidence at a space with HEAD before it and LEAD (the segment's rest) after."""
    n = len(head)
    x = ["bias", "hlen=" + ("2" if n <= 2 else "3-5" if n <= 5 else "6-12" if n <= 12 else "13+")]
    first = lead[0]
    l0 = word_class(first) or ("content" if content(first) else "other")
    x.append("l0=" + l0)
    dets = sum(word_class(w) == "det" for w in head)
    hc = {trim(w) for w in head if content(w)}
    pairs = {(trim(a), trim(b)) for a, b in zip(head, head[1:])}
    repeat = min(3, sum(1 for w in lead[:20] if content(w) and trim(w) in hc))
    verb = any(verbish(w) for w in lead[1:6])
    echo_first = (content(first) and trim(first) in hc) or (
        len(lead) > 1 and word_class(first) == "det" and content(lead[1]) and trim(lead[1]) in hc)
    named = {
        "h_colon": any(w.endswith(":") for w in head[:-1]),
        "h_det0": dets == 0,
        "h_det2": dets >= 2,
        "h_narr": any(trim(w) in NARRATING and len(trim(w)) <= 5 for w in head),
        "h_aux": any(word_class(w) == "aux" for w in head),
        "h_comma": any(w.endswith(",") for w in head),
        "h_dash": any(w in DASHES for w in head),
        "l_verb6": verb,
        "l_by": trim(first) == "by" and len(lead) > 2 and content(lead[1]) and content(lead[2]),
        "l_date": trim(first) in TIME_WORDS,
        "l_dateline": any(w in DASHES for w in lead[1:4]) or (len(lead) > 2 and lead[1] == "("),
        "l0_in_h": echo_first,
        "pair_in_h": (trim(head[-1]), trim(first)) in pairs,
        "l_pair_in_h": len(lead) > 1 and (trim(first), trim(lead[1])) in pairs,
        "l0_in_h&rep2": echo_first and repeat >= 2,
    }
    x += [k for k, v in named.items() if v]
    if repeat:
        x.append(f"repeat={repeat}")
    if verb:
        x.append("l0verb=" + l0)
    return x, named, repeat, l0


def openings(binary, shared):
    """(part, window id, [(offset, right, features, context)], first-end kind) per window."""
    items = {p: [json.loads(l) for l in open(os.path.join(score.HERE, score.PARTS[p][0]))]
             for p in PARTS}
    texts = article_texts([i for p in PARTS for i in items[p]], shared)
    out = run_pipeline(binary, texts, tempfile.mkdtemp(prefix="opening-model-"))
    rows = []
    for p in PARTS:
        for item in items[p]:
            raw = texts[(item["set"], item["article"])].encode("utf-8")
            segs = [json.loads(l) for l in open(os.path.join(out, item["set"], "sentences.jsonl"))]
            segs = [r["text"] for r in segs
                    if os.path.splitext(os.path.basename(r["article"]))[0] == item["article"]]
            got = score.segment_ends(raw, segs)
            first = got[0] if got else len(raw)
            gold, optional = set(item["ends"]), set(item["optional"])
            words = [(m.end(), m.group().decode("utf-8", "replace"))
                     for m in re.finditer(rb"\S+", raw)]
            in_seg = [w for e, w in words if e <= first]
            cands = []
            for i in range(2, min(25, len(in_seg) - 3)):
                e, w = words[i - 1]
                if e in optional or not is_candidate(w):
                    continue
                context = " ".join(in_seg[max(0, i - 6):i]) + " | " + " ".join(in_seg[i:i + 6])
                cands.append((e, e in gold, features(in_seg[:i], in_seg[i:]), context))
            ends = sorted(o for o in gold if o < item["window_end"])
            pred = sorted(o for o in got if o < item["window_end"] and o not in optional)
            kind = ("no end" if not ends else "right" if pred[:1] == ends[:1]
                    else "false end first" if pred and pred[0] < ends[0]
                    else "missed, unpunctuated" if raw[:ends[0]].rstrip()[-1:] not in b".!?"
                    else "missed, punctuated")
            miss = next((c for c in cands if ends and c[0] == ends[0]), None)
            rows.append((p, item.get("id", item["set"]), cands, kind, miss))
    return rows


def train(data, steps=400, rate=1.0, l2=1e-3):
    """Logistic regression over (features, label) pairs, fixed steps from zero weights."""
    agg = collections.Counter((tuple(x), y) for x, y in data)
    data = sorted(agg.items())
    total = sum(agg.values())
    w = {}
    for _ in range(steps):
        grad = collections.defaultdict(float)
        for (x, y), n in data:
            z = max(-30.0, min(30.0, sum(w.get(k, 0.0) for k in x)))
            g = (1 / (1 + math.exp(-z)) - y) * n
            for k in x:
                grad[k] += g
        for k in sorted(set(grad) | set(w)):
            w[k] = w.get(k, 0.0) - rate * (grad[k] / total * 20 + l2 * w.get(k, 0.0))
    return w


def decode(w, rows, threshold):
    """Right and wrong cuts: each opening cut at its best candidate when it scores above."""
    right = wrong = 0
    for _, _, cands, _, _ in rows:
        if not cands:
            continue
        s, off, ok = max((sum(w.get(k, 0.0) for k in c[2][0]), -c[0], c[1]) for c in cands)
        if s > threshold:
            right, wrong = right + ok, wrong + (not ok)
    return right, wrong


def main():
    plain = [a for a in sys.argv[1:] if not a.startswith("-")]
    shared = sys.argv[sys.argv.index("--shared") + 1] if "--shared" in sys.argv else \
        os.path.normpath(os.path.join(ROOT, "../shared"))
    plain = [a for a in plain if a != shared]
    binary = plain[0] if plain else os.path.join(ROOT, "target/release/corroborate")
    rows = openings(binary, shared)
    kinds = collections.Counter(r[3] for r in rows)
    print("windows' first ends:", dict(sorted(kinds.items())))
    missed = [r for r in rows if r[3] == "missed, unpunctuated"]
    evidence = collections.Counter()
    for r in missed:
        if r[4] is None:
            evidence["not a candidate (after a mark or a function word, or past word 24)"] += 1
            continue
        _, named, repeat, l0 = r[4][2]
        evidence[f"lead opens with: {l0}"] += 1
        evidence[f"repeat: {repeat}"] += 1
        for k in ("h_colon", "h_det0", "h_narr", "h_comma", "l_verb6", "l_dateline", "l0_in_h"):
            evidence[k] += named[k]
    print(f"missed unpunctuated first ends: {len(missed)}; evidence at them:")
    for k, v in sorted(evidence.items()):
        print(f"  {k}: {v}")
    cands = [c for r in rows for c in r[2]]
    print(f"candidates {len(cands)}, right {sum(c[1] for c in cands)}")
    w = train([(c[2][0], int(c[1])) for c in cands])
    print("weights, all twelve parts:")
    for k, v in sorted(w.items(), key=lambda kv: (-abs(kv[1]), kv[0])):
        print(f"  {k:16s} {v:+.2f}")
    for t in THRESHOLDS:
        print(f"all parts, in-sample, threshold {t}: right / wrong {decode(w, rows, t)}")
    sums = collections.Counter()
    for p in PARTS:
        w = train([(c[2][0], int(c[1])) for r in rows if r[0] != p for c in r[2]])
        held = [r for r in rows if r[0] == p]
        cells = []
        for t in THRESHOLDS:
            right, wrong = decode(w, held, t)
            sums[(t, 0)] += right
            sums[(t, 1)] += wrong
            cells.append(f"{right}/{wrong}")
        print(f"left out {p}: right/wrong at {THRESHOLDS}: {' '.join(cells)}")
    for t in THRESHOLDS:
        print(f"leave-one-part-out, threshold {t}: right {sums[(t, 0)]}, wrong {sums[(t, 1)]}")


if __name__ == "__main__":
    main()
