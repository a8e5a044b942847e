#!/usr/bin/env python3
"""Example external stage for corroborate: counts sentences and words per article.

The engine starts this program once per set, writes the set's upstream records
(here: sentences) as JSON lines on stdin, and reads this program's records as JSON
lines on stdout. Parameters from `with:` arrive as JSON in CORROBORATE_PARAMS;
the set's name in CORROBORATE_SET. Exit non-zero to fail the set.

    - name: word_count
      uses:
        command: [python3, stages/examples/word_count.py]
      after: sentences
      with:
        min_words: 3     # count only sentences of at least this many words
"""
import json
import os
import sys


def main():
    params = json.loads(os.environ.get("CORROBORATE_PARAMS") or "{}")
    min_words = int(params.get("min_words", 1))
    counts = {}
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            sys.exit(f"stdin line {n}: {e}")
        words = len(record.get("text", "").split())
        if words < min_words:
            continue
        c = counts.setdefault(record["article"], {"sentences": 0, "words": 0})
        c["sentences"] += 1
        c["words"] += words
    for article in sorted(counts):
        print(json.dumps({"article": article, **counts[article]}))


if __name__ == "__main__":
    main()
