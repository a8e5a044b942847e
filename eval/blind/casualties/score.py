#!/usr/bin/env python3
"""Score the casualty stage on the blind sample: sentence-level precision and recall per class.

    python3 eval/blind/casualties/score.py [--bin target/release/corroborate] [--part dev]
    python3 eval/blind/casualties/score.py --part heldout --i-am-done     # once, at the end
    python3 eval/blind/casualties/score.py --part round2 --i-am-done      # round 2, once, at the end
    python3 eval/blind/casualties/score.py --part round3 --i-am-done      # round 3, once, at the end
    python3 eval/blind/casualties/score.py --part round4 --i-am-done      # round 4, once, at the end
    python3 eval/blind/casualties/score.py --part round5 --i-am-done      # round 5, once, at the end
    python3 eval/blind/casualties/score.py --part round6 --i-am-done      # round 6, once, at the end
    python3 eval/blind/casualties/score.py --part round7 --i-am-done      # round 7, once, at the end
    python3 eval/blind/casualties/score.py --part round8 --i-am-done      # round 8, once, at the end
    python3 eval/blind/casualties/score.py --part round9 --i-am-done      # round 9, once, at the end
    python3 eval/blind/casualties/score.py --part round10 --i-am-done     # round 10, once, at the end
    python3 eval/blind/casualties/score.py --part round11 --i-am-done     # round 11, once, at the end
    python3 eval/blind/casualties/score.py --part round12 --i-am-done     # round 12, once, at the end
    python3 eval/blind/casualties/score.py --part round13 --i-am-done     # round 13, once, at the end
    python3 eval/blind/casualties/score.py --part round14 --i-am-done     # round 14, once, at the end
    python3 eval/blind/casualties/score.py --part round15 --i-am-done     # round 15, once, at the end
    python3 eval/blind/casualties/score.py --part round16 --i-am-done     # round 16, once, at the end
    python3 eval/blind/casualties/score.py --part round17 --i-am-done     # round 17, once, at the end
    python3 eval/blind/casualties/score.py --part round18 --i-am-done     # round 18, once, at the end
    python3 eval/blind/casualties/score.py --part round19 --i-am-done     # round 19, once, at the end
    python3 eval/blind/casualties/score.py --part round20 --i-am-done     # round 20, once, at the end
    python3 eval/blind/casualties/score.py --part round21 --i-am-done     # round 21, once, at the end
    python3 eval/blind/casualties/score.py --part round22 --i-am-done     # round 22, once, at the end
    python3 eval/blind/casualties/score.py --part round23 --i-am-done     # round 23, once, at the end
    python3 eval/blind/casualties/score.py --part round24 --i-am-done     # round 24, once, at the end
    python3 eval/blind/casualties/score.py --part round25 --i-am-done     # round 25, once, at the end
    python3 eval/blind/casualties/score.py --part round26 --i-am-done     # round 26, once, at the end
    python3 eval/blind/casualties/score.py --part round27 --i-am-done     # round 27, once, at the end
    python3 eval/blind/casualties/score.py --part round28 --i-am-done     # round 28, once, at the end
    python3 eval/blind/casualties/score.py --part round29 --i-am-done     # round 29, once, at the end
    python3 eval/blind/casualties/score.py --part round30 --i-am-done     # round 30, once, at the end
    python3 eval/blind/casualties/score.py --part round31 --i-am-done     # round 31, once, at the end
    python3 eval/blind/casualties/score.py --part round32 --i-am-done     # round 32, once, at the end

Builds an input folder with the sampled articles (full articles, one set folder per sampled
set), runs `corroborate run --input IN --out OUT --keep-going --force`, and for each item takes
the casualty facts of that article whose `evidence` sentences overlap the item's sentence
(each evidence record's `text` located in the raw article text after whitespace normalisation,
since its offsets point into the normalised text; several occurrences all count). Predicted and labelled facts are compared as sets of
(role, status, nationality, count value, name-or-null); names match when the words of one are
a subset of the other's (case-insensitive), so "Kim" matches "Kim Jong-nam".  Items marked
optional are skipped; optional facts are neither rewarded nor penalised.

Figures per class (by primary class, by any listed class, and overall):
- facts: micro precision / recall of the facts within the sentences;
- sentences: precision = share of sentences with output whose output is all right,
  recall = share of sentences with labelled facts whose facts were all found;
- trap hits = trap-primary sentences given any wrong fact.
Names are compared strictly (a labelled null name does not match a predicted name: labels give
the name only when the sentence itself names the person); the line "names not compared" shows
the overall figures on (role, status, nationality, count) alone.
"""
import argparse
import json
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpus import article_texts, run_pipeline  # noqa: E402  (eval/blind/corpus.py)
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
CLASSES = ["verb_passive", "verb_active", "toll_noun", "nominal_count", "missing",
           "among_included", "partitive", "breakdown_list", "nationality", "named_person",
           "perpetrator", "aboard", "trap"]


# parts that are scored once, at the end of the work on the stage (never looked at before)
HELD_OUT = ("heldout", "round2", "round3", "round4", "round5", "round6", "round7",
            "round8", "round9", "round10", "round11", "round12", "round13", "round14",
            "round15", "round16", "round17", "round18", "round19", "round20", "round21", "round22", "round23", "round24", "round25", "round26", "round27", "round28", "round29", "round30", "round31", "round32")


def ws(text):
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def load_items(part):
    with open(os.path.join(HERE, part + ".jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def sample_size(part):
    """Number of sampled references of a round (sample_roundN.jsonl), None for other parts.
    A round's roundN.jsonl holds only its labelled items (a prefix when labelling stopped
    early), so only those are scored."""
    path = os.path.join(HERE, "sample_" + part + ".jsonl")
    if not part.startswith("round") or not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def spans_of(needle, hay):
    """All (start, end) occurrences of needle in hay."""
    res, i = [], hay.find(needle)
    while i >= 0 and needle:
        res.append((i, i + len(needle)))
        i = hay.find(needle, i + 1)
    return res


def predicted_by_item(items, texts, out):
    """{item id: list of predicted fact tuples}, and the count of unlocated evidence."""
    by_article = {}
    for set_name in {it["set"] for it in items}:
        path = os.path.join(out, set_name, "casualties.jsonl")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                by_article.setdefault((set_name, rec["article"]), []).append(rec)
    unlocated = 0
    preds = {}
    for it in items:
        raw = texts[(it["set"], it["article"])]
        sent = raw.encode("utf-8")[it["start"]:it["end"]].decode("utf-8")
        norm_art = ws(raw)
        item_spans = spans_of(ws(sent), norm_art)
        found = []
        for rec in by_article.get((it["set"], it["article"]), []):
            evidence = rec.get("evidence") or []
            if isinstance(evidence, str):
                evidence = [evidence]
            hit = False
            for ev in evidence:
                if isinstance(ev, dict):  # {"sentence", "start", "end", "text"}: offsets are
                    ev = ev.get("text") or ""  # into the normalised text, so match the text
                ev_spans = spans_of(ws(ev), norm_art)
                if not ev_spans:
                    unlocated += 1
                    # fall back on containment of the texts themselves
                    a, b = ws(ev), ws(sent)
                    hit = hit or (a and (a in b or b in a))
                    continue
                hit = hit or any(s < ie and is_ < e for s, e in ev_spans for is_, ie in item_spans)
            if hit:
                found.append(fact_key(rec))
        preds[it["id"]] = sorted(set(found), key=str)
    return preds, unlocated


def fact_key(fact):
    count = fact.get("count") or {}
    value = count.get("value") if isinstance(count, dict) else count
    return (fact.get("role"), fact.get("status"), fact.get("nationality"), value,
            fact.get("name") or None)


def name_words(name):
    return set(re.findall(r"\w+", name.lower())) if name else set()


IGNORE_NAMES = False


def same(gold, pred):
    if gold[:4] != pred[:4]:
        return False
    if IGNORE_NAMES:
        return True
    if gold[4] is None or pred[4] is None:
        return gold[4] is None and pred[4] is None
    a, b = name_words(gold[4]), name_words(pred[4])
    return bool(a) and bool(b) and (a <= b or b <= a)


def compare(label, pred):
    """(tp, fp, fn) for one item."""
    gold = {}
    for f in label["facts"]:
        key = fact_key(f)
        gold[key] = gold.get(key, False) or not f.get("optional", False)
    required = [k for k, req in gold.items() if req]
    optional = [k for k, req in gold.items() if not req]
    matched = set()
    tp = fp = 0
    for p in pred:
        hit = next((g for g in required if same(g, p)), None)
        if hit is not None:
            if hit not in matched:
                matched.add(hit)
                tp += 1
            continue
        if any(same(g, p) for g in optional):
            continue
        fp += 1
    fn = len(required) - len(matched)
    return tp, fp, fn


class Tally:
    def __init__(self):
        self.items = self.tp = self.fp = self.fn = 0
        self.out = self.out_ok = self.gold = self.gold_ok = self.trap_hits = 0

    def add(self, label, tp, fp, fn, n_required):
        self.items += 1
        self.tp += tp
        self.fp += fp
        self.fn += fn
        if tp + fp:
            self.out += 1
            self.out_ok += fp == 0
        if n_required:
            self.gold += 1
            self.gold_ok += fn == 0
        if label["classes"][0] == "trap" and fp:
            self.trap_hits += 1

    def row(self, name):
        def ratio(a, b):
            return f"{a / b:.2f}" if b else "–"
        return (f"| {name} | {self.items} | {ratio(self.tp, self.tp + self.fp)} | "
                f"{ratio(self.tp, self.tp + self.fn)} | {ratio(self.out_ok, self.out)} "
                f"({self.out_ok}/{self.out}) | {ratio(self.gold_ok, self.gold)} "
                f"({self.gold_ok}/{self.gold}) | {self.trap_hits} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "corroborate"))
    ap.add_argument("--part", choices=["dev", "heldout", "round2", "round3", "round4", "round5", "round6",
                                      "round7", "round8", "round9", "round10", "round11", "round12", "round13", "round14",
                                      "round15", "round16", "round17", "round18", "round19", "round20", "round21", "round22", "round23", "round24", "round25", "round26", "round27", "round28", "round29", "round30", "round31", "round32"],
                    default="dev")
    ap.add_argument("--i-am-done", action="store_true",
                    help="required with --part heldout or round2 to round32: the held-out parts are "
                         "scored once, at the end")
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--keep", help="keep the input/output folders in this directory")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every item that is not right")
    args = ap.parse_args()
    if args.part in HELD_OUT and not args.i_am_done:
        sys.exit(f"the held-out part {args.part} is scored only at the end: add --i-am-done")
    items = load_items(args.part)
    texts = article_texts(items, args.shared)
    workdir = args.keep or tempfile.mkdtemp(prefix="blind-cas-")
    try:
        out = run_pipeline(os.path.abspath(args.bin), texts, workdir)
        preds, unlocated = predicted_by_item(items, texts, out)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    global IGNORE_NAMES
    loose = Tally()
    IGNORE_NAMES = True
    for it in items:
        if not it.get("optional"):
            tp, fp, fn = compare(it, sorted(set(p[:4] + (None,) for p in preds[it["id"]]), key=str))
            loose.add(it, tp, fp, fn,
                      len({fact_key(f)[:4] for f in it["facts"] if not f.get("optional")}))
    IGNORE_NAMES = False
    primary = {c: Tally() for c in CLASSES}
    anyc = {c: Tally() for c in CLASSES}
    overall = Tally()
    by_source = {"full-text sets": Tally(), "bulk (lower-cased) sets": Tally()}
    by_stratum = {}  # rounds 2 to 15 items carry their stratum ("near" / "any")
    skipped = 0
    for it in items:
        if it.get("optional"):
            skipped += 1
            continue
        pred = preds[it["id"]]
        tp, fp, fn = compare(it, pred)
        n_required = len({fact_key(f) for f in it["facts"] if not f.get("optional")})
        overall.add(it, tp, fp, fn, n_required)
        source = "bulk (lower-cased) sets" if it["set"].startswith("mnp-") else "full-text sets"
        by_source[source].add(it, tp, fp, fn, n_required)
        if "stratum" in it:
            by_stratum.setdefault(it["stratum"], Tally()).add(it, tp, fp, fn, n_required)
        primary[it["classes"][0]].add(it, tp, fp, fn, n_required)
        for c in set(it["classes"]):
            anyc[c].add(it, tp, fp, fn, n_required)
        if args.verbose and (fp or fn):
            gold = [fact_key(f) + (("optional",) if f.get("optional") else ())
                    for f in it["facts"]]
            print(f"{it['id']} {it['classes']} fp={fp} fn={fn}\n  gold {gold}\n  pred {pred}")
    head = ("| class | items | fact P | fact R | sentence P | sentence R | trap hits |\n"
            "|---|---|---|---|---|---|---|")
    print(f"part {args.part}: {len(items)} items, {skipped} optional items skipped, "
          f"{unlocated} evidence strings not found in the article text")
    sampled = sample_size(args.part)
    if sampled is not None:
        print(f"(the labelled prefix: {len(items)} of the {sampled} sampled references of "
              f"sample_{args.part}.jsonl are labelled and scored)")
    print("\nby primary class\n" + head)
    for c in CLASSES:
        if primary[c].items:
            print(primary[c].row(c))
    print(overall.row("**overall**"))
    print(loose.row("overall, names not compared"))
    for name, tally in by_source.items():
        print(tally.row("overall, " + name))
    for name in sorted(by_stratum):
        print(by_stratum[name].row("overall, stratum " + name))
    print("\nby any listed class\n" + head)
    for c in CLASSES:
        if anyc[c].items:
            print(anyc[c].row(c))


if __name__ == "__main__":
    main()
