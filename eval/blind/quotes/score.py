#!/usr/bin/env python3
"""Score the quotes stage against the blind quotation sample (issue 18).

usage: python3 eval/blind/quotes/score.py [--bin target/release/corroborate] [--part dev|heldout|round2|round3|round4|round5|round6|round7|round8|round9|round10|round11|round12|round13|round14|round15|round16|round17|round18|round19|round20|round21|round22|round23|round24|round25|round26|round27|round28|round29|round30|round31|round32|round33]
                                          [--shared ../shared] [--work DIR] [--json FILE] [-v]

Builds an input folder holding the sampled articles of one part (whole articles, the set's
other articles left out: labels name the fullest form *in the article*), runs
`corroborate run --input IN --out OUT --keep-going`, and matches every labelled item to the
quote record of OUT/<set>/quotes.jsonl that overlaps it most.

Matching: record offsets are byte offsets into the NORMALISED text (OUT/<set>/normalise.jsonl).
When the normalised text equals the raw text up to the item's end (normalise mostly only drops
the final newline), the item's raw offsets are used as they are;
otherwise the item's quoted text is looked up in the normalised text (occurrence nearest to the
raw offset; then again with whitespace and quote marks folded) and, failing that, the record
whose words overlap the item's words most (Jaccard >= 0.5) is taken. A record counts as the
item's when it covers at least half of the item's bytes.

Figures (items marked `optional` are left out of every figure):
- found: share of `is_quote` items with a record;
- speaker: share of `is_quote` items whose predicted speaker (null when no record) equals the
  label's speaker or one of its aliases, compared case-insensitively after folding spaces,
  full stops, curly apostrophes and a leading "the "; a null label is right when the
  prediction is null; a label that only describes an unnamed speaker with an indefinite word
  ("a source", "an official in ...", "one defense official", "another", "someone in ...")
  also accepts null (before 6 December, only "a"/"an" did);
- speaker|found: the same among found items only;
- the row "label opens with a name" keeps only quotations whose speaker label does not open
  with a describing word (`the`, `a`, `his`, `one`, ...): the answer sets' scorer leaves a
  quotation whose speaker the text never names out of its speaker figure, so this row is the
  closer comparison with it;
- non-quotes extracted: share of `is_quote: false` items (titles, scare quotes, finder errors)
  for which the stage still emits a record (lower is better).
Rows: overall, per primary class (first of `classes`), and per style (full text / bulk).

The heldout part is only scored with `--part heldout --open-heldout`, once, at the end.
Round 2 (`round2.jsonl`, a second draw held out as a whole, see README.md) likewise is only
scored with `--part round2 --open-round2`, once, by the lead, at the end of the round.
Round 3 (`round3.jsonl`, a third draw held out as a whole, ids `r3-001`...) is only scored
with `--part round3 --i-am-done`, once, by the lead, at the end of the session.
Round 4 (`round4.jsonl`, a fourth draw held out as a whole, ids `r4-001`...) likewise is only
scored with `--part round4 --i-am-done`, once, by the lead, at the end of its session.
Round 5 (`round5.jsonl`, a fifth draw held out as a whole, ids `r5-001`...) likewise is only
scored with `--part round5 --i-am-done`, once, by the lead, at the end of its session.
Round 6 (`round6.jsonl`, a sixth draw held out as a whole, ids `r6-001`...) likewise is only
scored with `--part round6 --i-am-done`, once, by the lead, at the end of its session.
Round 7 (`round7.jsonl`, a seventh draw held out as a whole, ids `r7-001`...) likewise is only
scored with `--part round7 --i-am-done`, once, by the lead, at the end of its session.
Round 8 (`round8.jsonl`, an eighth draw held out as a whole, ids `r8-001`...) likewise is only
scored with `--part round8 --i-am-done`, once, by the lead, at the end of its session.
Round 9 (`round9.jsonl`, a ninth draw held out as a whole, ids `r9-001`...) likewise is only
scored with `--part round9 --i-am-done`, once, by the lead, at the end of its session.
Round 10 (`round10.jsonl`, a tenth draw held out as a whole, ids `r10-001`...) likewise is only
scored with `--part round10 --i-am-done`, once, by the lead, at the end of its session.
Round 11 (`round11.jsonl`, an eleventh draw held out as a whole, ids `r11-001`...) likewise is only
scored with `--part round11 --i-am-done`, once, by the lead, at the end of its session.
Round 12 (`round12.jsonl`, a twelfth draw held out as a whole, ids `r12-001`...) likewise is only
scored with `--part round12 --i-am-done`, once, by the lead, at the end of its session.
Round 13 (`round13.jsonl`, a thirteenth draw held out as a whole, ids `r13-001`...) likewise is only
scored with `--part round13 --i-am-done`, once, by the lead, at the end of its session.
Round 14 (`round14.jsonl`, a fourteenth draw held out as a whole, ids `r14-001`...) likewise is only
scored with `--part round14 --i-am-done`, once, by the lead, at the end of its session.
Round 15 (`round15.jsonl`, a fifteenth draw held out as a whole, ids `r15-001`...) likewise is only
scored with `--part round15 --i-am-done`, once, by the lead, at the end of its session.
Round 16 (`round16.jsonl`, a sixteenth draw held out as a whole, ids `r16-001`...) likewise is only
scored with `--part round16 --i-am-done`, once, by the lead, at the end of its session.
Round 17 (`round17.jsonl`, a seventeenth draw held out as a whole, ids `r17-001`...) likewise is only
scored with `--part round17 --i-am-done`, once, by the lead, at the end of its session.
Round 18 (`round18.jsonl`, an eighteenth draw held out as a whole, ids `r18-001`...) likewise is only
scored with `--part round18 --i-am-done`, once, by the lead, at the end of its session.
Round 19 (`round19.jsonl`, a nineteenth draw held out as a whole, ids `r19-001`...) likewise is only
scored with `--part round19 --i-am-done`, once, by the lead, at the end of its session.
Round 20 (`round20.jsonl`, a twentieth draw held out as a whole, ids `r20-001`...) likewise is only
scored with `--part round20 --i-am-done`, once, by the lead, at the end of its session.
Round 21 (`round21.jsonl`, a twenty-first draw held out as a whole, ids `r21-001`...) likewise is only
scored with `--part round21 --i-am-done`, once, by the lead, at the end of its session.
Round 22 (`round22.jsonl`, a twenty-second draw held out as a whole, ids `r22-001`...) likewise is only
scored with `--part round22 --i-am-done`, once, by the lead, at the end of its session.
Round 23 (`round23.jsonl`, a twenty-third draw held out as a whole, ids `r23-001`...) likewise is only
scored with `--part round23 --i-am-done`, once, by the lead, at the end of its session.
Round 24 (`round24.jsonl`, a twenty-fourth draw held out as a whole, ids `r24-001`...) likewise is only
scored with `--part round24 --i-am-done`, once, by the lead, at the end of its session.
Round 25 (`round25.jsonl`, a twenty-fifth draw held out as a whole, ids `r25-001`...) likewise is only
scored with `--part round25 --i-am-done`, once, by the lead, at the end of its session.
Round 26 (`round26.jsonl`, a twenty-sixth draw held out as a whole, ids `r26-001`...) likewise is only
scored with `--part round26 --i-am-done`, once, by the lead, at the end of its session.
Round 27 (`round27.jsonl`, a twenty-seventh draw held out as a whole, ids `r27-001`...) likewise is only
scored with `--part round27 --i-am-done`, once, by the lead, at the end of its session.
Round 28 (`round28.jsonl`, a twenty-eighth draw held out as a whole, ids `r28-001`...) likewise is only
scored with `--part round28 --i-am-done`, once, by the lead, at the end of its session.
Round 29 (`round29.jsonl`, a twenty-ninth draw held out as a whole, ids `r29-001`...) likewise is only
scored with `--part round29 --i-am-done`, once, by the lead, at the end of its session.
Round 30 (`round30.jsonl`, a thirtieth draw held out as a whole, ids `r30-001`...) likewise is only
scored with `--part round30 --i-am-done`, once, by the lead, at the end of its session.
Round 31 (`round31.jsonl`, a thirty-first draw held out as a whole, ids `r31-001`...) likewise was only
scored with `--part round31 --i-am-done`, once, by the lead, at the end of its session; it has been
scored (7 December) and is now opened, no longer blind.
Round 32 (`round32.jsonl`, a thirty-second draw held out as a whole, ids `r32-001`...) likewise is only
scored with `--part round32 --i-am-done`, once, by the lead, at the end of its session.
Round 33 (`round33.jsonl`, a thirty-third draw held out as a whole, ids `r33-001`...) likewise is only
scored with `--part round33 --i-am-done`, once, by the lead, at the end of its session.
"""
import argparse
import collections
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpus import article_texts, run_pipeline  # noqa: E402  (eval/blind/corpus.py)
ROOT = os.path.normpath(os.path.join(HERE, "../../.."))


def load_items(part):
    with open(os.path.join(HERE, part + ".jsonl"), encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh]
    missing = [it["id"] for it in items if "is_quote" not in it]
    if missing:
        sys.exit(f"{len(missing)} items of {part} have no label, e.g. {missing[0]}")
    return items


def read_jsonl(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def fold(s):
    return re.sub(r"\s+", " ", s.translate(FOLD)).strip()


def words(s):
    return set(re.findall(r"\w+", s.lower()))


def locate(item_text, raw_start, norm_bytes):
    """Byte span of item_text in the normalised text, nearest to raw_start, or None."""
    needle = item_text.encode("utf-8")
    best, pos = None, norm_bytes.find(needle)
    while pos >= 0:
        if best is None or abs(pos - raw_start) < abs(best - raw_start):
            best = pos
        pos = norm_bytes.find(needle, pos + 1)
    if best is not None:
        return best, best + len(needle)
    # folded search: map folded positions back through a character index
    norm = norm_bytes.decode("utf-8", errors="replace")
    chars, starts = [], []
    byte = 0
    for ch in norm:
        folded = ch.translate(FOLD)
        if folded.isspace():
            folded = " "
        if folded == " " and chars and chars[-1] == " ":
            byte += len(ch.encode("utf-8"))
            continue
        chars.append(folded)
        starts.append(byte)
        byte += len(ch.encode("utf-8"))
    hay = "".join(chars)
    key = fold(item_text)
    i = hay.find(key)
    if i < 0 or not key:
        return None
    end_char = i + len(key) - 1
    last = norm_bytes[starts[end_char]:].decode("utf-8", errors="replace")[:1]
    return starts[i], starts[end_char] + len(last.encode("utf-8"))


def match(item, raw, norm, records):
    """The record that is the item's, or None."""
    raw_b = raw.encode("utf-8")
    s, e = item["start"], item["end"]
    text = raw_b[s:e].decode("utf-8")
    norm_b = norm.encode("utf-8") if norm is not None else None
    if norm_b is not None and norm_b[:e] == raw_b[:e]:
        span = (s, e)
    else:
        span = locate(text, s, norm_b) if norm_b is not None else None
    if span is not None:
        best, best_ov = None, 0
        for r in records:
            ov = min(span[1], r["end"]) - max(span[0], r["start"])
            if ov > best_ov:
                best, best_ov = r, ov
        return best if best is not None and best_ov * 2 >= span[1] - span[0] else None
    iw = words(text)
    best, best_j = None, 0.0
    for r in records:
        rw = words(r.get("text") or "")
        j = len(iw & rw) / len(iw | rw) if iw | rw else 0.0
        if j > best_j:
            best, best_j = r, j
    return best if best_j >= 0.5 else None


def norm_name(s):
    s = re.sub(r"\s+", " ", fold(s).lower().replace(".", " ")).strip()
    return s[4:] if s.startswith("the ") else s


# Words opening a label that describes an unnamed speaker without naming one.
INDEFINITE = ("a ", "an ", "one ", "another", "someone", "somebody", "some ", "several ")


def speaker_right(label, predicted):
    if label["speaker"] is None:
        return predicted is None
    if predicted is None:
        # an unnamed speaker the text only describes with an indefinite word ("a source",
        # "an official in ...", "one defense official", "another", "someone in the crowd"),
        # as the answer sets' scorer leaves a speaker the text never names out of the
        # speaker figure
        return label["speaker"].lower().startswith(INDEFINITE)
    names = {norm_name(label["speaker"])} | {norm_name(a) for a in label.get("aliases", [])}
    return norm_name(predicted) in names or spokesperson_body(label["speaker"], predicted)


# Words a description opens with; a label opening with none of them opens with a name.
DESCRIPTION_OPENERS = {"the", "a", "an", "one", "another", "his", "her", "their", "its", "our",
                       "my", "your", "some", "several", "someone", "somebody", "many", "dozens",
                       "two", "three", "four", "five", "both", "these", "those", "this", "that"}


def opens_with_name(speaker):
    """Whether a speaker label opens with a name rather than a describing word: the row of such
    labels compares with the answer sets' scorer, which leaves a quotation whose speaker the
    text never names out of its speaker figure (a label opening with `the` may still be a named
    body, `the los angeles times`: the row leaves those out too, so it is a lower bound on
    what the answer sets count)."""
    if not speaker:
        return False
    first = fold(speaker).lower().split()[0]
    return first not in DESCRIPTION_OPENERS


# Nouns of a body's unnamed voice: the answer sets give such a quotation to the body.
SPOKES = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
          "spokespeople", "spokespersons", "representative", "representatives", "rep"}


def spokesperson_body(label, predicted):
    """Whether `predicted` is the body an unnamed spokesperson label speaks for (`a spokesman
    for the ministry` -> `Ministry`, `a hospital spokeswoman` -> `Hospital`): the answer sets'
    convention (they give a hospital spokesman's words to the hospital), which the hidden sets
    score; the blind labels name the spokesperson."""
    words = re.sub(r"[^a-z0-9' ]", " ", norm_name(label)).replace("'s ", " ").split()
    if not SPOKES & set(words):
        return False
    said = norm_name(predicted).replace("'s", "").split()
    n = len(said)
    return n > 0 and not SPOKES & set(said) and any(
        words[k:k + n] == said for k in range(len(words) - n + 1))


class Tally:
    def __init__(self):
        self.n = self.found = self.spk = self.spk_found = self.non = self.non_hit = 0

    def row(self, name):
        pct = lambda a, b: f"{100 * a / b:5.1f}%" if b else "    - "
        return (f"| {name:<18} | {self.n:3} | {pct(self.found, self.n)} | {pct(self.spk, self.n)} | "
                f"{pct(self.spk_found, self.found)} | {self.non:3} | {pct(self.non_hit, self.non)} |")

    def as_dict(self):
        return dict(quotes=self.n, found=self.found, speaker_right=self.spk,
                    speaker_right_found=self.spk_found, non_quotes=self.non,
                    non_quotes_extracted=self.non_hit)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/corroborate"))
    ap.add_argument("--part", default="dev", choices=["dev", "heldout", "round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12", "round13", "round14", "round15", "round16", "round17", "round18", "round19", "round20", "round21", "round22", "round23", "round24", "round25", "round26", "round27", "round28", "round29", "round30", "round31", "round32", "round33"])
    ap.add_argument("--open-heldout", action="store_true",
                    help="required with --part heldout: the final, one-time measurement")
    ap.add_argument("--open-round2", action="store_true",
                    help="required with --part round2: the end-of-round, one-time measurement")
    ap.add_argument("--i-am-done", action="store_true",
                    help="required with --part round3, round4, round5, round6, round7, round8, round9, round10, round11, round12, round13, round14, round15, round16, round17, round18, round19, round20, round21, round22, round23, round24, round25, round26, round27, round28, round29, round30, round31, round32 or round33: the end-of-session, one-time measurement")
    ap.add_argument("--shared", default=os.path.join(ROOT, "../shared"))
    ap.add_argument("--work", help="keep the input and output folders here (default: a temp dir)")
    ap.add_argument("--json", help="also write the figures to this file")
    ap.add_argument("-v", action="store_true", help="list every miss")
    args = ap.parse_args()
    if args.part == "heldout" and not args.open_heldout:
        sys.exit("the heldout part is scored only at the end: add --open-heldout if that is now")
    if args.part == "round2" and not args.open_round2:
        sys.exit("the round2 part is scored only once, at the end of the round: add --open-round2 "
                 "if that is now")
    if args.part in ("round3", "round4", "round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12", "round13", "round14", "round15", "round16", "round17", "round18", "round19", "round20", "round21", "round22", "round23", "round24", "round25", "round26", "round27", "round28", "round29", "round30", "round31", "round32", "round33") and not args.i_am_done:
        sys.exit(f"the {args.part} part is scored only once, by the lead, at the end of the session: "
                 "add --i-am-done if that is now")
    if not os.path.exists(args.bin):
        sys.exit(f"no binary at {args.bin}: run `cargo build --release` first")
    items = load_items(args.part)
    texts = article_texts(items, args.shared)
    work = args.work or tempfile.mkdtemp(prefix="blind-quotes-")
    out = run_pipeline(os.path.abspath(args.bin), texts, work)

    norms, quotes = {}, collections.defaultdict(list)
    for s in {it["set"] for it in items}:
        for r in read_jsonl(os.path.join(out, s, "normalise.jsonl")):
            norms[(s, r["article"])] = r.get("text")
        for r in read_jsonl(os.path.join(out, s, "quotes.jsonl")):
            quotes[(s, r["article"])].append(r)

    tallies = collections.defaultdict(Tally)
    misses = []
    for it in items:
        if it.get("optional"):
            continue
        key = (it["set"], it["article"])
        rec = match(it, texts[key], norms.get(key), quotes[key])
        style = "bulk" if it["set"].startswith("mnp-") else "full text"
        rows = ["overall", "style: " + style]
        if not it["is_quote"]:
            if rec is not None:
                raw = texts[key].encode("utf-8")[it["start"]:it["end"]].decode("utf-8")
                misses.append((it["id"], "not a quote", "extracted", raw[:70]))
            for name in rows:
                t = tallies[name]
                t.non += 1
                t.non_hit += rec is not None
            continue
        rows.append("class: " + it["classes"][0])
        if opens_with_name(it["speaker"]):
            rows.append("label opens with a name")
        if str(it.get("why") or "").startswith("unnamed:"):
            # round 31 on: a described but unnamed speaker is labelled null, as the BRIEF says
            rows.append("unnamed (BRIEF: none)")
        pred = rec.get("speaker") if rec else None
        right = speaker_right(it, pred)
        for name in rows:
            t = tallies[name]
            t.n += 1
            t.found += rec is not None
            t.spk += right
            if rec is not None:
                t.spk_found += right
        if rec is None or not right:
            raw = texts[key].encode("utf-8")[it["start"]:it["end"]].decode("utf-8")
            misses.append((it["id"], it["classes"][0], "not found" if rec is None else
                           f"speaker {pred!r} != {it['speaker']!r}", raw[:70]))

    order = ["overall", "label opens with a name", "unnamed (BRIEF: none)", "style: full text",
             "style: bulk"] + sorted(
        k for k in tallies if k.startswith("class: "))
    print(f"blind quotation sample, part {args.part} ({len(items)} items, optional left out)")
    print("| row                | quotes | found | speaker | speaker given found | non-quotes | non-quotes extracted |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in order:
        if name in tallies:
            print(tallies[name].row(name.replace("class: ", "")))
    if args.v:
        for m in misses:
            print("  miss", *m, sep=" | ")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({k: tallies[k].as_dict() for k in order if k in tallies}, fh, indent=1)


if __name__ == "__main__":
    main()
