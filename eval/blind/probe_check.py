#!/usr/bin/env python3
"""Checks one probe's own cases: format (a line-for-line reading of the harness's suite.rs and
expect.rs), classes, names and quote texts against their articles, and overlaps with the suites,
earlier probes (18 up to this one), the corpus and the answer sets. Prints only this probe's own
words. Written for probe 29, used by every probe since (one script, not a copy per probe).

usage: python3 eval/blind/probe_check.py eval/blind/probeN [--format | --local]
       --format  the format checks only; --local  no corpus or answer-set scan"""
import glob, gzip, json, os, re, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
_DIR = [a for a in sys.argv[1:] if not a.startswith("--")]
_OWN = re.search(r"probe(\d+)/?$", _DIR[0]) if _DIR else None
if _OWN is None:
    sys.exit("usage: python3 eval/blind/probe_check.py eval/blind/probeN [--format | --local]")
HERE = os.path.abspath(_DIR[0])
OWN = int(_OWN.group(1))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))
QUOTE_CLASSES = "cue_after cue_before partial according_to pronoun role_title organisation running_speaker embedded_name unattributed not_quote unclosed".split()
CAS_CLASSES = "verb_passive verb_active toll_noun nominal_count missing among_included partitive breakdown_list nationality named_person perpetrator aboard trap".split()
ISO = set("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split())

def parse(text):  # suite.rs::parse
    cases, cls, open_, said_none = [], None, None, False
    def close():
        nonlocal open_
        if open_ is not None:
            if not open_["expected"] and not said_none:
                raise ValueError(f"line {open_['line']}: case without = lines")
            if open_["expected"] and said_none:
                raise ValueError(f"line {open_['line']}: = none beside expectations")
            cases.append(open_)
        open_ = None
    for i, raw in enumerate(text.split("\n")):
        n, line = i + 1, raw.rstrip()
        if not line.strip():
            close(); said_none = False; continue
        if line.startswith("#"):
            continue
        if line.startswith("["):
            close(); said_none = False
            if not line.endswith("]"):
                raise ValueError(f"line {n}: header without ]")
            cls = line[1:-1].strip(); continue
        tag, body = line[:1], line[1:].strip()
        if tag == ">":
            if open_ is None:
                open_ = {"classes": [cls] if cls else [], "paras": [], "expected": [], "line": n}
            if open_["expected"] or said_none:
                raise ValueError(f"line {n}: paragraph after expectations")
            if not open_["classes"]:
                raise ValueError(f"line {n}: case before class")
            open_["paras"].append(body)
        elif tag in "=&" and tag:
            if open_ is None:
                raise ValueError(f"line {n}: {tag} before >")
            if tag == "&":
                open_["classes"].extend(body.split())
            elif body == "none":
                said_none = True
            else:
                open_["expected"].append(body)
        else:
            raise ValueError(f"line {n}: unknown line {line!r}")
    close()
    return cases

def words(s):
    return " ".join("".join(c if c.isalnum() else " " for c in s).lower().split())

def check_cas(case, errs):
    text = " ".join(case["paras"])
    keys = []
    for e in case["expected"]:
        f = e.split()
        if len(f) < 5: errs.append((case["line"], "few fields", e)); continue
        role, st, nat, val, ap, *name = f
        if role not in ("victim", "perpetrator") or st not in ("killed", "injured", "missing") or ap not in ("exact", "about", "at_least", "at_most", "more_than"):
            errs.append((case["line"], "field", e))
        if nat != "-" and nat not in ISO: errs.append((case["line"], "nat", e))
        if not val.isdigit(): errs.append((case["line"], "value", e))
        for w in name:
            if w not in text: errs.append((case["line"], "name word absent", w))
        keys.append(" ".join(f))
    if len(keys) != len(set(keys)): errs.append((case["line"], "duplicate record", keys))

def marked_spans(text):
    return [m.group(1) for m in re.finditer(r"“([^”]*)(?:”|$)", text)] + [m.group(1) for m in re.finditer(r'"([^"]*)"', text)]

def check_q(case, errs):
    text = " ".join(case["paras"])
    spans = [words(s) for p in case["paras"] for s in marked_spans(p)]
    keys = []
    for e in case["expected"]:
        if "|" not in e: errs.append((case["line"], "no |", e)); continue
        head, qt = e.split("|", 1)
        h = head.split()
        if not h or h[0] not in ("direct", "partial") or len(h) < 2:
            errs.append((case["line"], "head", e)); continue
        for w in h[1:]:
            if w != "-" and w not in text: errs.append((case["line"], "speaker word absent", w))
        qw = words(qt)
        if not qw: errs.append((case["line"], "empty", e))
        if not any(qw in s for s in spans): errs.append((case["line"], "quote not inside marks", qt))
        keys.append(h[0] + " " + " ".join(h[1:]).lower() + "|" + qw)
    if len(keys) != len(set(keys)): errs.append((case["line"], "duplicate record", keys))
    if "unclosed" not in case["classes"] and text.count("“") != text.count("”"):
        errs.append((case["line"], "unbalanced marks", ""))

def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}

NAME_RE = re.compile(r"\b[A-Z][a-z’']+(?:\s+(?:[A-Z][a-z’']+|de|van|der|do|da))+\b")

def names(text):
    stop = {"The", "A", "An", "In", "On", "Of", "At", "His", "Her", "Its", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Police", "Among", "They", "He", "She", "It", "Officials", "By", "Senator", "Mayor", "Nurse", "Farmer", "Boxer", "Singer", "Volunteer", "Tenant", "Councillor", "Inspector", "Firefighter", "Coach", "Midfielder", "Judge", "Prime", "Health", "Environment", "Police", "Station", "Dr", "Sentencing", "Speaking", "Opening", "Asked", "Last", "Later", "According", "Residents", "Workers", "Hundreds", "Sixteen", "Thirty", "Forty", "Twenty", "Nineteen", "Fourteen", "Eighteen", "Thirteen", "Divers", "Gunfire", "Gunmen", "Rescuers", "Coastguards", "Engineers", "Lightning", "Heavy", "Fighting", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    out = set()
    for m in NAME_RE.finditer(text):
        toks = m.group(0).split()
        while toks and toks[0] in stop: toks = toks[1:]
        if len(toks) >= 2: out.add(" ".join(toks))
    return out

def own_texts():
    out = {}
    for f in ("quotes.cases", "casualties.cases"):
        if not os.path.exists(os.path.join(HERE, f)): continue
        t = open(os.path.join(HERE, f), encoding="utf-8").read()
        out[f] = [" ".join(c["paras"]) for c in parse(t)]
    return out

def main():
    errs = []
    counts = {}
    for f, classes, chk in (("quotes.cases", QUOTE_CLASSES, check_q), ("casualties.cases", CAS_CLASSES, check_cas)):
        if not os.path.exists(os.path.join(HERE, f)): continue
        cases = parse(open(os.path.join(HERE, f), encoding="utf-8").read())
        for c in cases:
            for k in c["classes"]:
                if k not in classes: errs.append((c["line"], "class", k))
            chk(c, errs)
        counts[f] = len(cases)
    print("cases:", counts)
    for e in errs: print("FORMAT", e)
    if "--format" in sys.argv: return
    mine = own_texts()
    alltext = "\n".join(t for ts in mine.values() for t in ts)
    mywords = words(alltext).split()
    my6 = {}
    my7 = {}
    for ts in mine.values():
        for t in ts:
            ws = words(t).split()
            for g in grams(ws, 6): my6[g] = t
            for g in grams(ws, 7): my7[g] = t
    mynames = names(alltext)
    # suites and earlier probes: names and 6-grams
    others = glob.glob(os.path.join(ROOT, "stages/tests/constructions/*.cases"))
    for n in range(18, OWN):
        others += glob.glob(os.path.join(ROOT, f"eval/blind/probe{n}/*.cases"))
    o6, otext = set(), []
    for p in others:
        t = open(p, encoding="utf-8").read()
        lines = [l[1:].strip() for l in t.split("\n") if l.startswith(">")]
        for l in lines:
            o6 |= grams(words(l).split(), 6)
        otext.append("\n".join(lines))
    ot = "\n".join(otext)
    print("== 6-grams shared with suites/probes:")
    for g in sorted(set(my6) & o6): print("  ", g)
    print("== names shared with suites/probes:")
    for nm in sorted(mynames):
        if re.search(r"\b" + re.escape(nm) + r"\b", ot): print("  ", nm)
    if "--local" in sys.argv: return
    # corpus and gold: names and 7-grams
    ctexts = []
    for p in glob.glob(os.path.join(SHARED, "corpus/sets/*/*.txt")):
        ctexts.append(open(p, encoding="utf-8", errors="replace").read())
    with gzip.open(os.path.join(SHARED, "corpus/multinews-plus.jsonl.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            try:
                d = json.loads(line)
            except Exception:
                continue
            for a in d.get("articles", []):
                ctexts.append(a.get("text", ""))
    for g in glob.glob(os.path.join(SHARED, "gold*")):
        for root, _, files in os.walk(g):
            for fn in files:
                if fn.endswith((".json", ".md", ".txt")):
                    ctexts.append(open(os.path.join(root, fn), encoding="utf-8", errors="replace").read())
    hit7 = set()
    lownames = {nm.lower(): nm for nm in mynames}
    hitn = set()
    for t in ctexts:
        ws = words(t).split()
        for i in range(len(ws) - 6):
            g = " ".join(ws[i:i + 7])
            if g in my7: hit7.add(g)
        tl = " " + " ".join(ws) + " "
        for ln, nm in lownames.items():
            if nm not in hitn and " " + words(ln) + " " in tl: hitn.add(nm)
    print("== 7-grams shared with corpus/gold:")
    for g in sorted(hit7): print("  ", g)
    print("== names shared with corpus/gold:")
    for nm in sorted(hitn): print("  ", nm)

main()
