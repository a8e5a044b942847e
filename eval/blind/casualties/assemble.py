#!/usr/bin/env python3
"""Turn the hand-written label batches (labels/part-*.txt) into dev.jsonl and heldout.jsonl;
with --round 2 (3, ..., 32), the batches labels_round2/part-*.txt (labels_round3/ ...
labels_round32/) into round2.jsonl (round3.jsonl ... round32.jsonl), all held out.  A round's file holds its labelled
items only, in sample order; they must be a prefix of the sample (rN-001...), checked.

Label line format (one item per line, '#' starts a comment line):
    ID | CLASSES | FACTS | WHY
CLASSES: comma-separated class names from eval/CLASSES.md, primary first; a leading '?'
         marks the whole item optional (an editor could go either way: not scored).
FACTS:   ';'-separated facts, each  ROLE STATUS NAT COUNT [NAME...] [?]
         ROLE v|p (victim|perpetrator), STATUS k|i|m (killed|injured|missing),
         NAT ISO alpha-2 or '-', COUNT an integer with an optional approx suffix
         ('~' about, '+' at_least, '-' at_most, '>' more_than), NAME the rest (or none),
         a trailing '?' marks that fact optional.  Empty for no fact.
WHY:     free text, optional.
"""
import argparse
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROLE = {"v": "victim", "p": "perpetrator"}
STATUS = {"k": "killed", "i": "injured", "m": "missing"}
APPROX = {"~": "about", "+": "at_least", "-": "at_most", ">": "more_than"}
CLASSES = {"verb_passive", "verb_active", "toll_noun", "nominal_count", "missing",
           "among_included", "partitive", "breakdown_list", "nationality", "named_person",
           "perpetrator", "aboard", "trap"}


def parse_fact(text):
    toks = text.split()
    optional = False
    if toks and toks[-1] == "?":
        optional = True
        toks = toks[:-1]
    role, status, nat, count = toks[:4]
    name = " ".join(toks[4:]) or None
    approx = "exact"
    if count[-1] in APPROX:
        approx = APPROX[count[-1]]
        count = count[:-1]
    fact = {"role": ROLE[role], "status": STATUS[status],
            "nationality": None if nat == "-" else nat,
            "count": {"value": int(count), "approx": approx}, "name": name}
    if optional:
        fact["optional"] = True
    return fact


def parse_line(line):
    parts = [p.strip() for p in line.split("|")]
    while len(parts) < 4:
        parts.append("")
    item_id, classes, facts, why = parts[0], parts[1], parts[2], "|".join(parts[3:]).strip()
    label = {}
    if classes.startswith("?"):
        label["optional"] = True
        classes = classes[1:]
    label["classes"] = [c.strip() for c in classes.split(",") if c.strip()]
    bad = [c for c in label["classes"] if c not in CLASSES]
    if bad or not label["classes"]:
        raise SystemExit(f"{item_id}: bad classes {bad or classes!r}")
    label["facts"] = [parse_fact(f) for f in facts.split(";") if f.strip()]
    if why:
        label["why"] = why
    return item_id, label


def read_labels(folder):
    labels = {}
    for path in sorted(glob.glob(os.path.join(HERE, folder, "part-*.txt"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                item_id, label = parse_line(line)
                if item_id in labels:
                    raise SystemExit(f"{item_id} labelled twice")
                labels[item_id] = label
    return labels


def round2(n=2):
    """roundN.jsonl: the labelled items of sample_roundN.jsonl, in sample order."""
    labels = read_labels(f"labels_round{n}")
    with open(os.path.join(HERE, f"sample_round{n}.jsonl"), encoding="utf-8") as f:
        items = [json.loads(line) for line in f]
    unknown = set(labels) - {it["id"] for it in items}
    if unknown:
        raise SystemExit(f"labels for ids not in the sample: {sorted(unknown)[:5]}")
    done = [it["id"] in labels for it in items]
    if n >= 6 and any(b and not a for a, b in zip(done, done[1:])):
        raise SystemExit(f"round {n}: the labelled items are not a prefix of the sample")
    recs = []
    for it in items:
        if it["id"] in labels:
            rec = {k: it[k] for k in ("id", "set", "article", "start", "end", "stratum")}
            rec.update(labels[it["id"]])
            recs.append(rec)
    with open(os.path.join(HERE, f"round{n}.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print({f"round{n}": len(recs)}, "unlabelled", len(items) - len(recs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--round", type=int, choices=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32], default=1)
    n = ap.parse_args().round
    if n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32):
        round2(n)
        return
    labels = read_labels("labels")
    items = [json.loads(l) for l in open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8")]
    out = {"dev": [], "heldout": []}
    missing = 0
    for it in items:
        if it["id"] not in labels:
            missing += 1
            continue
        rec = {k: it[k] for k in ("id", "set", "article", "start", "end")}
        rec.update(labels[it["id"]])
        out[it["part"]].append(rec)
    for part, recs in out.items():
        with open(os.path.join(HERE, part + ".jsonl"), "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print({p: len(r) for p, r in out.items()}, "unlabelled", missing)


if __name__ == "__main__":
    main()
