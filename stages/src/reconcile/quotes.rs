//! One entry per utterance: quotations of the same speaker in different
//! articles that report the same words (identical, misspelt, a fragment, or
//! reworded) are merged, with the fullest wording as the text.
//!
//! Each quotation is linked to at most one quotation per other article (its
//! best match), so a common word cannot chain unrelated quotes together. A
//! quotation that directly continues a matched one (the speaker's next direct quote,
//! in the same or the next paragraph) joins its utterance too: outlets often
//! split one remark into `said` and `added` pieces.

use std::collections::{BTreeMap, BTreeSet};

use super::matching::{relate, Relation, Strictness, FRAGMENT_MIN_WORDS};
use super::names::NameClusters;
use super::sentences::SentenceIndex;
use super::text::{WordMap, Wording};
use crate::records::{MergeReason, Quotation, QuoteKind, QuoteSource, ReconciledQuote};

/// Words shared by more quotations than this do not suggest a pair to compare.
const COMMON_WORD: usize = 64;
/// Upper bound on comparisons per set, against pathological input.
const MAX_COMPARISONS: usize = 200_000;

struct Prepared<'a> {
    quote: &'a Quotation,
    wording: Wording,
    person: Option<usize>,
    /// Position in reading order within its article.
    order: usize,
}

pub fn merge(
    quotes: &[Quotation],
    names: &NameClusters,
    sentences: &SentenceIndex,
) -> Vec<ReconciledQuote> {
    let prepared = prepare(quotes, names);
    let n = prepared.len();
    let mut groups = UnionFind::new(n);
    for (a, b) in links(&prepared) {
        groups.union(a, b);
    }
    let continuations = continuations(&prepared, &mut groups, sentences);
    for &(piece, of) in &continuations {
        groups.union(piece, of);
    }
    let continued: BTreeSet<usize> = continuations.iter().map(|(p, _)| *p).collect();

    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        members.entry(groups.find(i)).or_default().push(i);
    }
    let mut out: Vec<(usize, ReconciledQuote)> = members
        .into_values()
        .map(|m| {
            (
                m.iter().copied().min().unwrap_or(0),
                build(&prepared, &m, &continued, names, sentences),
            )
        })
        .collect();
    out.sort_by_key(|(first, _)| *first);
    out.into_iter()
        .enumerate()
        .map(|(i, (_, mut q))| {
            q.id = format!("q{}", i + 1);
            q
        })
        .collect()
}

/// The quotations in reading order (article, then offset), with their wording and speaker.
fn prepare<'a>(quotes: &'a [Quotation], names: &NameClusters) -> Vec<Prepared<'a>> {
    let mut sorted: Vec<&Quotation> = quotes.iter().collect();
    sorted.sort_by(|a, b| (&a.article, a.start, a.end).cmp(&(&b.article, b.start, b.end)));
    let mut order_in_article: WordMap<&str, usize> = WordMap::default();
    sorted
        .into_iter()
        .map(|q| {
            let slot = order_in_article.entry(q.article.as_str()).or_default();
            let order = *slot;
            *slot += 1;
            Prepared {
                quote: q,
                wording: Wording::new(&q.text),
                person: q.speaker.as_deref().and_then(|s| names.id(s)),
                order,
            }
        })
        .collect()
}

/// Pairs of quotations that report one utterance.
fn links(p: &[Prepared]) -> Vec<(usize, usize)> {
    // Candidate pairs share a content word that is not too common.
    let mut candidates: BTreeSet<(usize, usize)> = BTreeSet::new();
    let postings = postings(p);
    'outer: for run in postings.chunk_by(|x, y| x.0 == y.0) {
        if run.len() > COMMON_WORD {
            continue;
        }
        for (x, &(_, a)) in run.iter().enumerate() {
            for &(_, b) in &run[x + 1..] {
                candidates.insert((a, b));
                if candidates.len() >= MAX_COMPARISONS {
                    break 'outer;
                }
            }
        }
    }
    let catch = catchphrases(p);
    // For each quotation, its best match in each other article.
    let mut best: BTreeMap<(usize, &str), (f64, usize)> = BTreeMap::new();
    for (a, b) in candidates {
        if catch[a] || catch[b] {
            continue;
        }
        let (qa, qb) = (&p[a], &p[b]);
        let same_article = qa.quote.article == qb.quote.article;
        let Some(strictness) = strictness(qa, qb) else {
            continue;
        };
        let (part, whole) = if qa.wording.len() <= qb.wording.len() {
            (a, b)
        } else {
            (b, a)
        };
        let Some(rel) = relate(&p[part].wording, &p[whole].wording, strictness) else {
            continue;
        };
        if same_article && !repeats_itself(rel) {
            continue;
        }
        let key = (part, p[whole].quote.article.as_str());
        let better = match best.get(&key) {
            Some((score, _)) => rel.score > *score,
            None => true,
        };
        if better {
            best.insert(key, (rel.score, whole));
        }
    }
    best.into_iter()
        .map(|((part, _), (_, whole))| (part, whole))
        .collect()
}

/// Quotations too short to stand as a fragment, quoted on their own in this many
/// articles or more, are a catchphrase (`"fake news"`): a term many remarks use,
/// not one utterance.
const CATCHPHRASE_ARTICLES: usize = 3;

/// For each quotation, whether it is a catchphrase, which links to nothing.
fn catchphrases(p: &[Prepared]) -> Vec<bool> {
    let short = |q: &Prepared| q.wording.len() < FRAGMENT_MIN_WORDS;
    let mut articles: BTreeMap<Vec<&str>, BTreeSet<&str>> = BTreeMap::new();
    for q in p.iter().filter(|q| short(q)) {
        articles
            .entry(q.wording.stems().collect())
            .or_default()
            .insert(q.quote.article.as_str());
    }
    p.iter()
        .map(|q| {
            short(q)
                && articles
                    .get(&q.wording.stems().collect::<Vec<_>>())
                    .is_some_and(|a| a.len() >= CATCHPHRASE_ARTICLES)
        })
        .collect()
}

/// Each distinct content stem of each quotation with the quotation's index,
/// sorted by stem and then index: the quotations sharing a stem form one run,
/// and the runs come in the stems' alphabetical order. A sort of these few
/// pairs is cheaper than a map of lists grown from empty for every set.
fn postings<'a>(p: &'a [Prepared]) -> Vec<(&'a str, usize)> {
    let mut pairs: Vec<(&str, usize)> = p
        .iter()
        .enumerate()
        .flat_map(|(i, q)| q.wording.distinct_content().map(move |(_, s)| (s, i)))
        .collect();
    pairs.sort_unstable();
    pairs
}

/// How strictly two quotations must match: same speaker, or one speaker unknown.
fn strictness(a: &Prepared, b: &Prepared) -> Option<Strictness> {
    match (a.person, b.person) {
        (Some(x), Some(y)) if x == y => Some(Strictness::SameSpeaker),
        (Some(_), Some(_)) => None,
        _ => Some(Strictness::Strong),
    }
}

/// Within one article only a repeated quotation (a pull quote, or a fragment
/// quoted ahead of the full remark) is merged, never a rewording.
fn repeats_itself(rel: Relation) -> bool {
    matches!(
        rel.reason,
        MergeReason::Identical | MergeReason::Misspelt | MergeReason::Fragment
    )
}

/// Quotations continuing a matched one: (piece, the quotation it continues).
fn continuations(
    p: &[Prepared],
    groups: &mut UnionFind,
    sentences: &SentenceIndex,
) -> Vec<(usize, usize)> {
    let mut articles_of: WordMap<usize, BTreeSet<&str>> = WordMap::default();
    for (i, q) in p.iter().enumerate() {
        articles_of
            .entry(groups.find(i))
            .or_default()
            .insert(q.quote.article.as_str());
    }
    let spans_articles = |g: usize| articles_of.get(&g).is_some_and(|a| a.len() > 1);
    let mut members: WordMap<usize, Vec<usize>> = WordMap::default();
    for i in 0..p.len() {
        members.entry(groups.find(i)).or_default().push(i);
    }
    let mut out = Vec::new();
    for i in 0..p.len() {
        let next = i + 1;
        if next >= p.len()
            || p[next].quote.article != p[i].quote.article
            || p[next].order != p[i].order + 1
        {
            continue;
        }
        let (gi, gn) = (groups.find(i), groups.find(next));
        if !spans_articles(gi) || spans_articles(gn) || gi == gn {
            continue;
        }
        if p[i].person.is_none() || p[i].person != p[next].person {
            continue;
        }
        // A fragment quoted inside reported speech is the writer's sentence, not the
        // remark going on.
        if p[next].quote.kind != QuoteKind::Direct {
            continue;
        }
        let article = p[i].quote.article.as_str();
        let here = sentences.paragraph_at(article, p[i].quote.end.saturating_sub(1));
        let there = sentences.paragraph_at(article, p[next].quote.start);
        // The same paragraph continues the remark (`"...," she said. "..."`); the next
        // one only when other outlets report its words with it.
        let joins = match (here, there) {
            (Some(h), Some(t)) if t == h => true,
            (Some(h), Some(t)) if t == h + 1 => {
                echoed(p, next, members.get(&gi).map_or(&[], Vec::as_slice))
            }
            _ => false,
        };
        if joins {
            out.push((next, i));
        }
    }
    out
}

/// Whether most content words of quotation `piece` turn up in the quotations of
/// `group` from other articles: a piece joins the utterance it continues only when
/// other outlets report its words too, not on the speaker's next remark alone.
fn echoed(p: &[Prepared], piece: usize, group: &[usize]) -> bool {
    let article = &p[piece].quote.article;
    let stems = p[piece].wording.content_stems();
    let held = stems
        .iter()
        .filter(|s| {
            group
                .iter()
                .filter(|&&o| &p[o].quote.article != article)
                .any(|&o| p[o].wording.distinct_content().any(|(_, t)| t == **s))
        })
        .count();
    !stems.is_empty() && held * 2 >= stems.len()
}

fn build(
    p: &[Prepared],
    members: &[usize],
    continued: &BTreeSet<usize>,
    names: &NameClusters,
    sentences: &SentenceIndex,
) -> ReconciledQuote {
    // The fullest wording: most words, then earliest.
    let main = members
        .iter()
        .copied()
        .max_by(|&a, &b| p[a].wording.len().cmp(&p[b].wording.len()).then(b.cmp(&a)))
        .unwrap_or(0);
    let speaker = members
        .iter()
        .find_map(|&m| p[m].person)
        .map(|id| names.display(id).to_string())
        .or_else(|| members.iter().find_map(|&m| p[m].quote.speaker.clone()));
    let mut variants: Vec<String> = Vec::new();
    // Members whose wordings are listed so far, compared by their stems.
    let mut seen = vec![main];
    let sources = members
        .iter()
        .map(|&m| {
            let q = p[m].quote;
            if !seen.iter().any(|&s| p[s].wording.same_stems(&p[m].wording)) {
                seen.push(m);
                variants.push(q.text.clone());
            }
            let merged_as = if m == main {
                None
            } else if continued.contains(&m) {
                Some(MergeReason::Continuation)
            } else {
                let (part, whole) = if p[m].wording.len() <= p[main].wording.len() {
                    (m, main)
                } else {
                    (main, m)
                };
                Some(
                    relate(&p[part].wording, &p[whole].wording, Strictness::SameSpeaker)
                        .map_or(MergeReason::Reworded, |r| r.reason),
                )
            };
            QuoteSource {
                article: q.article.clone(),
                text: q.text.clone(),
                kind: q.kind,
                mention: q.mention.clone(),
                start: q.start,
                end: q.end,
                merged_as,
                evidence: sentences.covering(&q.article, q.start, q.end),
            }
        })
        .collect();
    ReconciledQuote {
        id: String::new(),
        speaker,
        text: p[main].quote.text.clone(),
        sources,
        variants,
    }
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{QuoteKind, SegmentKind, Sentence};

    /// One article: each paragraph holds one quotation `(speaker, text)`; a speaker
    /// written `+Name` continues the paragraph of the quotation before.
    fn article(id: &str, quotes: &[(&str, &str)]) -> (Vec<Quotation>, Vec<Sentence>) {
        let mut qs = Vec::new();
        let mut ss = Vec::new();
        let mut offset = 0;
        let mut paragraph = 0;
        for (i, (speaker, text)) in quotes.iter().enumerate() {
            let same_paragraph = speaker.starts_with('+');
            let speaker = speaker.trim_start_matches('+');
            if i > 0 && !same_paragraph {
                paragraph += 1;
            }
            let sentence = format!("{speaker} said: \"{text}\"");
            let start = offset + sentence.find('"').unwrap_or(0) + 1;
            qs.push(Quotation {
                article: id.into(),
                text: text.to_string(),
                speaker: (!speaker.is_empty()).then(|| speaker.to_string()),
                mention: None,
                kind: QuoteKind::Direct,
                cue: Some("said".into()),
                start,
                end: start + text.len(),
            });
            ss.push(Sentence {
                article: id.into(),
                index: i,
                start: offset,
                end: offset + sentence.len(),
                text: sentence.clone(),
                kind: SegmentKind::Body,
                paragraph,
            });
            offset += sentence.len() + 2;
        }
        (qs, ss)
    }

    fn merged(articles: &[(&str, &[(&str, &str)])]) -> Vec<ReconciledQuote> {
        let (mut qs, mut ss) = (Vec::new(), Vec::new());
        for (id, quotes) in articles {
            let (q, s) = article(id, quotes);
            qs.extend(q);
            ss.extend(s);
        }
        let names = NameClusters::build(qs.iter().filter_map(|q| q.speaker.as_deref()));
        merge(&qs, &names, &SentenceIndex::new(&ss))
    }

    fn multi(out: &[ReconciledQuote]) -> Vec<&ReconciledQuote> {
        out.iter().filter(|q| q.sources.len() > 1).collect()
    }

    #[test]
    fn identical_quotes_of_one_speaker_merge() {
        let out = merged(&[
            (
                "a",
                &[("Lena Ortiz", "The dam held, and that saved the valley.")],
            ),
            (
                "b",
                &[("Ms Ortiz", "The dam held, and that saved the valley.")],
            ),
        ]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].speaker.as_deref(), Some("Lena Ortiz"));
        assert!(out[0].variants.is_empty());
        assert_eq!(out[0].sources[1].merged_as, Some(MergeReason::Identical));
        assert!(!out[0].sources[0].evidence.is_empty());
    }

    #[test]
    fn fragment_joins_the_fullest_wording() {
        let full = "We owe the rescue crews a debt that no town could ever repay, and we will honour them.";
        let out = merged(&[
            (
                "a",
                &[("Lena Ortiz", "a debt that no town could ever repay")],
            ),
            ("b", &[("Lena Ortiz", full)]),
        ]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].text, full);
        assert_eq!(out[0].variants, ["a debt that no town could ever repay"]);
        let piece = out[0]
            .sources
            .iter()
            .find(|s| s.article == "a")
            .and_then(|s| s.merged_as);
        assert_eq!(piece, Some(MergeReason::Fragment));
    }

    #[test]
    fn misspelt_and_reworded_quotes_merge() {
        let out = merged(&[
            (
                "a",
                &[
                    ("Lena Ortiz", "their courage and sacrifise"),
                    ("Lena Ortiz", "Their bravery will never be forgotten."),
                ],
            ),
            (
                "b",
                &[
                    ("Lena Ortiz", "We salute their courage and sacrifice today."),
                    (
                        "Lena Ortiz",
                        "Every one of them was a hero and their courage will never be forgotten.",
                    ),
                ],
            ),
        ]);
        let groups = multi(&out);
        assert_eq!(groups.len(), 2);
        assert!(groups.iter().all(|g| g.sources.len() == 2));
    }

    #[test]
    fn different_speakers_never_merge() {
        let out = merged(&[
            (
                "a",
                &[("Lena Ortiz", "The dam held, and that saved the valley.")],
            ),
            (
                "b",
                &[("Piet Jansen", "The dam held, and that saved the valley.")],
            ),
        ]);
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn unrelated_quotes_of_one_speaker_stay_apart() {
        let out = merged(&[
            (
                "a",
                &[("Lena Ortiz", "The dam held, and that saved the valley.")],
            ),
            (
                "b",
                &[(
                    "Lena Ortiz",
                    "Schools will reopen on Monday if the roads are clear.",
                )],
            ),
        ]);
        assert_eq!(out.len(), 2);
    }

    /// Lena Ortiz's remark as article `a` and article `b` report it, `a` going on with
    /// `next` (`+` for the same paragraph).
    fn river(next: (&str, &str)) -> Vec<ReconciledQuote> {
        let first = "The river rose faster than any model predicted this spring.";
        let other = "The river rose much faster than any of our models predicted.";
        merged(&[
            ("a", &[("Lena Ortiz", first), next]),
            ("b", &[("Lena Ortiz", other)]),
        ])
    }

    #[test]
    fn the_next_quote_continues_a_matched_one() {
        let out = river(("+Lena Ortiz", "Nobody was ready."));
        let groups = multi(&out);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].sources.len(), 3);
        assert!(groups[0]
            .sources
            .iter()
            .any(|s| s.merged_as == Some(MergeReason::Continuation)));
    }

    #[test]
    fn a_partial_quotation_after_a_matched_one_is_no_continuation() {
        let first = "The river rose faster than any model predicted this spring.";
        let other = "The river rose much faster than any of our models predicted.";
        let (mut qs, mut ss) = article("a", &[("Lena Ortiz", first), ("+Lena Ortiz", "reckless")]);
        qs[1].kind = QuoteKind::Partial;
        let (q, s) = article("b", &[("Lena Ortiz", other)]);
        qs.extend(q);
        ss.extend(s);
        let names = NameClusters::build(qs.iter().filter_map(|q| q.speaker.as_deref()));
        let out = merge(&qs, &names, &SentenceIndex::new(&ss));
        let groups = multi(&out);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].sources.len(), 2);
        assert!(groups[0].sources.iter().all(|s| s.text != "reckless"));
    }

    #[test]
    fn a_catchphrase_quoted_by_many_outlets_links_nothing() {
        let long = "They keep printing fake news about the harbour deal every single week.";
        let out = merged(&[
            ("a", &[("Roe", "fake news"), ("Roe", long)]),
            ("b", &[("Roe", "fake news")]),
            ("c", &[("Roe", "fake news")]),
        ]);
        assert!(multi(&out).is_empty());
    }

    #[test]
    fn the_next_paragraphs_remark_joins_only_when_other_outlets_report_it() {
        let out = river(("Lena Ortiz", "The ferry timetable changes next month."));
        let groups = multi(&out);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].sources.len(), 2);
    }

    #[test]
    fn unknown_speaker_merges_only_near_verbatim_long_quotes() {
        let out = merged(&[
            (
                "a",
                &[(
                    "",
                    "The dam held through the night, and that alone saved the whole valley.",
                )],
            ),
            (
                "b",
                &[(
                    "Lena Ortiz",
                    "The dam held through the night, and that alone saved the whole valley.",
                )],
            ),
            ("c", &[("", "saved the valley")]),
        ]);
        let groups = multi(&out);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].speaker.as_deref(), Some("Lena Ortiz"));
        assert_eq!(groups[0].sources.len(), 2);
    }
}
