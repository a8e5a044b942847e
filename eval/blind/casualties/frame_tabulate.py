#!/usr/bin/env python3
"""Tabulation of the event-frame features (stages/data/casualties/event_frame.tsv) on the
opened casualty rounds 17-26 (chist29): the weights in that file were written by hand from it.

    python3 eval/blind/casualties/frame_tabulate.py

Reads only opened rounds (never a blind one)."""
# For each labelled item: its sentence (start..end of the article), its kind: `trap` (no fact),
# `optional` (facts all optional: mostly other events, illness, history), `this` (a required
# fact). Counts how many sentences of each kind show each feature (regexes mirroring
# stages/src/casualties/event_frame.rs, lower-cased text).
import json, re, sys
sys.path.insert(0, 'eval/blind')
from corpus import article_texts
F = {
 'old_year': r'\b(in|since|by|until|from|between) 1[0-8]\d\d\b(?![ ]+[a-z])',
 'year_span': r'\b(between|from) (1\d|20)\d\d (and|to|until) (1\d|20)\d\d\b',
 'decade': r'\b(the|in|during) ((late|early|mid) )?(1[7-9]|20)\d0\'?s\b',
 'century': r'\b(\d+(st|nd|rd|th)|last|previous|past|\w+teenth) centur',
 'era': r'\b(holocaust|nazis)\b',
 'life_stage': r'\bwhen( \w+){1,3} (was|were) (\d+([ ,.;]|$| years| and| or)|young|little|small|an? (child|boy|girl|baby|toddler|teenager|infant))',
 'statistic': r'\b(per capita|per \d{1,3}(,\d{3})+|per \d{4,}|so far this year|statistics|on average)\b',
 'false_report': r'\b(falsely( \w+)? (claim|claimed|claiming|report|reported|reporting|reports|said|told|stated|claims)|false (report|reports|claim|claims))\b',
 'rumour': r'\b(hoax|rumou?rs?)\b',
 'similar': r'\bsimilar (\w+ )?(attack|shooting|bombing|crash|incident|blast|explosion|accident|fire|raid|stabbing)',
 'comparison': r'\b(deadliest|worst|bloodiest)\b(\s+\S+){0,6}?\s+since\b',
 'irrealis': r'\b(could|would|should)( have|\'ve)( been)? (killed|died|injured|hurt|wounded|dead)',
}
items = []
for n in range(17, 27):  # opened rounds only
    items += [json.loads(l) for l in open(f'eval/blind/casualties/round{n}.jsonl')]
texts = article_texts(items, '../shared')
tab = {f: {'trap': 0, 'optional': 0, 'this': 0} for f in F}
tot = {'trap': 0, 'optional': 0, 'this': 0}
ex = {}
for it in items:
    t = texts.get((it['set'], it['article']))
    if t is None: continue
    s = t[it['start']:it['end']].lower()
    facts = it.get('facts', [])
    kind = 'trap' if not facts else ('this' if any(not f.get('optional') for f in facts) else 'optional')
    tot[kind] += 1
    for f, rx in F.items():
        if re.search(rx, s):
            tab[f][kind] += 1
            ex.setdefault(f, []).append((it['id'], kind))
print('kind totals', tot)
print('| feature | trap | optional | this (a required fact) |')
for f in F:
    print(f"| {f} | {tab[f]['trap']} | {tab[f]['optional']} | {tab[f]['this']} |")
for f in ex: print(f, ex[f][:12])
