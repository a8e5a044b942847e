"""Scores the sentence ends of a build on the blind check of bulk-style text (issue 19):
precision and recall of the segment ends inside each labelled window (`labels.jsonl`: byte
offsets into the article's text where a segment ends, and `optional` ones that count
neither way; the window's own end is not scored), in all and at spaces after a word
without terminal punctuation (where only the gap model can cut).

usage: python3 eval/blind/sentences/score.py [BINARY] [--shared DIR] [--work DIR] [-v]
       python3 eval/blind/sentences/score.py --out DIR   (score DIR/<set>/sentences.jsonl
       already written, e.g. by `train_boundaries --answers`; `--in DIR` writes the
       articles there first)
       --part round2   the second part (`labels_round2.jsonl`, 80 openings; opened)
       --part round3   the third part (`labels_round3.jsonl`, 80 openings; opened)
       --part round4   the fourth part (`labels_round4.jsonl`, 80 openings; opened)
       --part round5   the fifth part (`labels_round5.jsonl`, 80 openings; opened)
       --part round6   the sixth part (`labels_round6.jsonl`, 80 openings; opened)
       --part round7   the seventh part (`labels_round7.jsonl`, 80 openings; opened)
       --part round8   the eighth part (`labels_round8.jsonl`, 80 openings; opened)
       --part round9   the ninth part (`labels_round9.jsonl`, 80 openings; opened)
       --part round10  the tenth part (`labels_round10.jsonl`, 80 openings; opened)
       --part round11  the eleventh part (`labels_round11.jsonl`, 80 openings; opened)
       --part round12  the twelfth part (`labels_round12.jsonl`, 80 openings; opened)
       --part round13  the thirteenth part (`labels_round13.jsonl`, 80 openings; opened)
       --part round14  the fourteenth part (`labels_round14.jsonl`, 80 openings; opened)
       --part round15  the fifteenth part (`labels_round15.jsonl`, 80 openings); it stays unopened
                       until the lead scores it once, so it is refused without `--i-am-done`
       Segment ends are read from the raw text through the normaliser's changes (decoded
       entities, dropped marks; `align`); an end at a glued stop (`kept.then`) has no space
       to be labelled at, so it is not scored but counted on its own line.
       --check         only checks the labels (they parse, match the sample, and every end
                       lies inside its window at a space); runs nothing, scores nothing"""
import html
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpus import ROOT, article_texts, run_pipeline  # noqa: E402


def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


PARTS = {"1": ("labels.jsonl", "sample.jsonl"),
         "round2": ("labels_round2.jsonl", "sample_round2.jsonl"),
         "round3": ("labels_round3.jsonl", "sample_round3.jsonl"),
         "round4": ("labels_round4.jsonl", "sample_round4.jsonl"),
         "round5": ("labels_round5.jsonl", "sample_round5.jsonl"),
         "round6": ("labels_round6.jsonl", "sample_round6.jsonl"),
         "round7": ("labels_round7.jsonl", "sample_round7.jsonl"),
         "round8": ("labels_round8.jsonl", "sample_round8.jsonl"),
         "round9": ("labels_round9.jsonl", "sample_round9.jsonl"),
         "round10": ("labels_round10.jsonl", "sample_round10.jsonl"),
         "round11": ("labels_round11.jsonl", "sample_round11.jsonl"),
         "round12": ("labels_round12.jsonl", "sample_round12.jsonl"),
         "round13": ("labels_round13.jsonl", "sample_round13.jsonl"),
         "round14": ("labels_round14.jsonl", "sample_round14.jsonl"),
         "round15": ("labels_round15.jsonl", "sample_round15.jsonl")}
# Parts that stay unopened until the lead scores them once.
UNOPENED = ("round2", "round3", "round4", "round5", "round6", "round7", "round8", "round9",
            "round10", "round11", "round12", "round13", "round14",
            "round15")


def check(labels, sample, texts):
    """Exits with a message unless every label matches its sample row and every end and
    optional end lies strictly inside its window, at a space of the article's text."""
    if [(r["set"], r["article"], r["window_end"]) for r in sample] != \
            [(r["set"], r["article"], r["window_end"]) for r in labels]:
        sys.exit("labels do not follow the sample's rows")
    for item in labels:
        raw = texts[(item["set"], item["article"])].encode("utf-8")
        ends, optional = item["ends"], item["optional"]
        name = item.get("id", item["set"])
        if not all(isinstance(o, int) for o in ends + optional):
            sys.exit(f"{name}: an offset is not an integer")
        if len(set(ends + optional)) != len(ends) + len(optional):
            sys.exit(f"{name}: an offset is repeated or both an end and optional")
        for o in ends + optional:
            if not 0 < o < item["window_end"] or raw[o:o + 1] != b" ":
                sys.exit(f"{name}: offset {o} is not at a space inside the window")


# Characters the pipeline's normaliser drops (byte-order marks, zero-width marks, soft
# hyphens, C1 controls), and the HTML entities it decodes (`&amp;` -> `&`, `&#124;` -> `|`).
DROPPED = set("\ufeff\u200b\u200c\u200d\u2060\u00ad") | {chr(c) for c in range(0x80, 0xa0)}
ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def align(raw, seg, i):
    """The index in RAW just past SEG when SEG, a segment of the normalised text, is read
    from index I of RAW: equal characters, an entity of RAW for the characters it decodes to,
    any run of white space for a run of white space, and dropped characters skipped. None
    where it does not match there."""
    j = 0
    while j < len(seg):
        if seg[j].isspace():
            while j < len(seg) and seg[j].isspace():
                j += 1
            while i < len(raw):
                m = ENTITY.match(raw, i) if raw[i] == "&" else None
                if raw[i].isspace() or raw[i] in DROPPED:
                    i += 1
                elif m and html.unescape(m.group(0)).isspace():
                    i = m.end()
                else:
                    break
            continue
        while i < len(raw) and raw[i] in DROPPED and raw[i] != seg[j]:
            i += 1
        if i >= len(raw):
            return None
        m = ENTITY.match(raw, i) if raw[i] == "&" else None
        decoded = html.unescape(m.group(0)) if m else ""
        if m and decoded and decoded != m.group(0) and seg.startswith(decoded, j):
            i, j = m.end(), j + len(decoded)
            continue
        if raw[i] == seg[j]:
            i, j = i + 1, j + 1
            continue
        return None
    return i


def segment_ends(raw, segs):
    """Byte offsets into RAW (bytes) where each segment of SEGS (texts of the normalised
    article, in order) ends. Each is read at the next non-blank character after the last
    end, as the normaliser would have left it; where it does not match there, at its next
    exact occurrence; where neither, it is taken to follow the last end."""
    text = raw.decode("utf-8", "replace")
    at, ends = 0, []
    for seg in segs:
        start = at
        while start < len(text) and (text[start].isspace() or text[start] in DROPPED):
            start += 1
        k = align(text, seg, start)
        if k is None:
            found = text.find(seg, at)
            k = found + len(seg) if found >= 0 else at + len(seg)
        at = min(k, len(text))
        ends.append(len(text[:at].encode("utf-8")))
    return ends


def glued_stop(raw, o):
    """True where byte offset O of RAW (bytes) falls between a terminal mark and the word
    glued to it (`preserved.then`): the labels hold ends only at spaces, so such an end
    cannot be labelled and is not scored."""
    return 0 < o < len(raw) and raw[o - 1:o] in (b".", b"!", b"?") and raw[o:o + 1].isalnum()


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, fp {fp}, fn {fn})"


def main():
    plain = [a for a in sys.argv[1:] if not a.startswith("-")]
    opts = {arg("--shared", None), arg("--work", None), arg("--out", None), arg("--in", None),
            arg("--part", None)}
    plain = [a for a in plain if a not in opts]
    part = arg("--part", "1")
    if part not in PARTS:
        sys.exit(f"unknown part {part!r}: one of {', '.join(PARTS)}")
    if part in UNOPENED and "--check" not in sys.argv and "--i-am-done" not in sys.argv:
        sys.exit(f"{part} is unopened until the lead scores it once: add --i-am-done only if "
                 "no further change to the splitter will be judged on it")
    binary = plain[0] if plain else os.path.join(ROOT, "target/release/corroborate")
    shared = arg("--shared", os.path.normpath(os.path.join(ROOT, "../shared")))
    # (a fresh folder per run by default: sessions scoring at once must not share one)
    work = arg("--work", None) or tempfile.mkdtemp(prefix="blind-sentences-")
    label_file, sample_file = PARTS[part]
    labels = [json.loads(l) for l in open(os.path.join(HERE, label_file))]
    sample = [json.loads(l) for l in open(os.path.join(HERE, sample_file))]
    texts = article_texts(labels, shared)
    check(labels, sample, texts)
    if "--check" in sys.argv:
        print(f"part {part}: {len(labels)} windows, {sum(len(i['ends']) for i in labels)} ends, "
              f"{sum(len(i['optional']) for i in labels)} optional: labels check out")
        return
    if "--in" in sys.argv:
        for (s, a), text in texts.items():
            os.makedirs(os.path.join(arg("--in", ""), s), exist_ok=True)
            with open(os.path.join(arg("--in", ""), s, a + ".txt"), "w", encoding="utf-8",
                      newline="") as fh:
                fh.write(text)
        return
    out = arg("--out", None) or run_pipeline(binary, texts, work)
    counts = {"all": [0, 0, 0], "unpunctuated": [0, 0, 0]}
    unscored = 0
    for item in labels:
        raw = texts[(item["set"], item["article"])].encode("utf-8")
        rows = [json.loads(l) for l in open(os.path.join(out, item["set"], "sentences.jsonl"))]
        rows = [r for r in rows if os.path.splitext(os.path.basename(r["article"]))[0]
                == item["article"]]
        # Segment texts are copied from the normalised text; read each from the raw text
        # in order, so that offsets hold even where normalising changed a byte.
        got = set(segment_ends(raw, [r["text"] for r in rows]))
        end = item["window_end"]
        gold, optional = set(item["ends"]), set(item["optional"])
        pred = {g for g in got if g < end} - optional
        glued = {g for g in pred if glued_stop(raw, g)}
        unscored += len(glued)
        pred -= glued
        unpunct = lambda o: raw[:o].rstrip()[-1:] not in (b".", b"!", b"?")
        for name, keep in (("all", lambda o: True), ("unpunctuated", unpunct)):
            g = {o for o in gold if keep(o)}
            p = {o for o in pred if keep(o)}
            c = counts[name]
            c[0] += len(g & p)
            c[1] += len(p - g)
            c[2] += len(g - p)
        if "-v" in sys.argv:
            for o in sorted((gold ^ pred)):
                kind = "missed" if o in gold else "extra"
                ctx = raw[max(0, o - 40):o].decode("utf-8", "replace")
                nxt = raw[o:o + 30].decode("utf-8", "replace")
                print(f"{item['set']} {kind}: ...{ctx} | {nxt}...")
    for name, c in counts.items():
        print(f"{name} ends: {prf(*c)}")
    print(f"not scored: {unscored} ends at a glued stop (no space to label)")


if __name__ == "__main__":
    main()
