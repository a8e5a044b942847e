"""What both blind scorers share: the sampled articles' texts from the corpus, and one run of
the pipeline over them."""
import gzip
import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../.."))


def article_texts(items, shared):
    """{(set, article): raw text as str} for every item's article: full-text sets from
    `corpus/sets`, the others from the bulk file (read once, stopping when all are found)."""
    want = {(it["set"], it["article"]) for it in items}
    texts = {}
    for s, a in want:
        path = os.path.join(shared, "corpus/sets", s, a + ".txt")
        if os.path.exists(path):
            with open(path, "rb") as fh:
                texts[(s, a)] = fh.read().decode("utf-8")
    bulk_sets = {s for s, a in want if (s, a) not in texts}
    if bulk_sets:
        with gzip.open(os.path.join(shared, "corpus/multinews-plus.jsonl.gz"), "rt",
                       encoding="utf-8") as fh:
            for line in fh:
                if not bulk_sets:
                    break
                name = line[9:60].split('"', 1)[0] if line.startswith('{"set": "') else None
                if name not in bulk_sets:
                    continue
                rec = json.loads(line)
                bulk_sets.discard(rec["set"])
                for art in rec["articles"]:
                    if (rec["set"], art["id"]) in want:
                        texts[(rec["set"], art["id"])] = art["text"]
    lost = want - set(texts)
    if lost:
        sys.exit(f"articles not found in the corpus: {sorted(lost)[:3]}")
    return texts


def run_pipeline(binary, texts, work):
    """Writes the articles under WORK/in, runs `corroborate run` into WORK/out (both emptied
    first) and returns the output folder. Exits on a usage or configuration error."""
    inp, out = os.path.join(work, "in"), os.path.join(work, "out")
    for d in (inp, out):
        if os.path.exists(d):
            shutil.rmtree(d)
    for (s, a), text in texts.items():
        os.makedirs(os.path.join(inp, s), exist_ok=True)
        with open(os.path.join(inp, s, a + ".txt"), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    cmd = [binary, "run", "--input", inp, "--out", out, "--keep-going"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    if proc.returncode == 1:
        print("note: some sets failed:\n" + proc.stderr[-1500:], file=sys.stderr)
    return out
