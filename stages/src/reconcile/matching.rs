//! Whether one quotation reports (part of) the same utterance as another:
//! the same words, the same words misspelt, a fragment of it, or the same
//! content worded differently.
//!
//! A rewording is recognised by its content words turning up close together
//! in the other quotation: a long quotation shares many words with anything,
//! so they must fall within a window not much longer than the shorter one.

use super::text::{same_word, WordMap, Wording};
use crate::records::MergeReason;

/// Share of the shorter quotation's content words the other must hold.
const REWORDED_COVERAGE: f64 = 0.6;
/// Fewest shared content words for a rewording.
const REWORDED_MIN_SHARED: usize = 2;
/// A fragment of this many words or more stands on its own; a shorter one
/// must sit inside a clearly longer quotation (`sex ring` is no fragment of
/// `another sex ring`).
pub const FRAGMENT_MIN_WORDS: usize = 4;
const FRAGMENT_MARGIN: usize = 6;
/// Spelling slips are looked for only while the shorter text has at most this
/// many long content words, to keep comparison time linear.
const FUZZY_LIMIT: usize = 40;
/// Fragments are matched word by word up to this length; longer ones by coverage.
const PHRASE_LIMIT: usize = 12;

/// How `part` (the shorter) relates to `whole`, with a score for picking the best match.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Relation {
    pub reason: MergeReason,
    pub score: f64,
}

/// How strict a comparison is: between quotes of one speaker, or where a speaker is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    SameSpeaker,
    /// Only near-verbatim matches of some length.
    Strong,
}

pub fn relate(part: &Wording, whole: &Wording, strictness: Strictness) -> Option<Relation> {
    if part.is_empty() || whole.is_empty() || !part.content.iter().any(|c| *c) {
        return None;
    }
    if part.same_stems(whole) {
        return Some(Relation {
            reason: MergeReason::Identical,
            score: 3.0,
        });
    }
    let strong_ok = |n: usize| strictness == Strictness::SameSpeaker || n >= 6;
    if part.len() <= PHRASE_LIMIT && strong_ok(part.len()) {
        if let Some(exact) = phrase_inside(part, whole) {
            let reason = if part.len() == whole.len() {
                if exact {
                    MergeReason::Identical
                } else {
                    MergeReason::Misspelt
                }
            } else {
                MergeReason::Fragment
            };
            let long_enough =
                part.len() >= FRAGMENT_MIN_WORDS || whole.len() >= part.len() + FRAGMENT_MARGIN;
            if reason != MergeReason::Fragment || long_enough {
                return Some(Relation { reason, score: 2.0 });
            }
        }
    }
    if part.len() < FRAGMENT_MIN_WORDS {
        // Too short to be recognised by its words alone, only as a phrase.
        return None;
    }
    let (shared, total, fuzzy) = best_window(part, whole);
    if total == 0 {
        return None;
    }
    let coverage = shared as f64 / total as f64;
    let (need, min_shared) = match strictness {
        Strictness::SameSpeaker => (REWORDED_COVERAGE, REWORDED_MIN_SHARED),
        Strictness::Strong => (0.9, 5),
    };
    if coverage + 1e-9 < need || shared < min_shared {
        return None;
    }
    let reason = if coverage > 0.999 && part.len() < whole.len() {
        MergeReason::Fragment
    } else if coverage > 0.999 && fuzzy {
        MergeReason::Misspelt
    } else {
        MergeReason::Reworded
    };
    Some(Relation {
        reason,
        score: coverage,
    })
}

/// Whether `part`'s words occur in a row inside `whole`; `Some(true)` when
/// spelled exactly, `Some(false)` when only with slips.
fn phrase_inside(part: &Wording, whole: &Wording) -> Option<bool> {
    let n = part.len();
    if n > whole.len() {
        return None;
    }
    let mut found_fuzzy = false;
    for i in 0..=whole.len() - n {
        let window = (0..n).map(|k| (whole.stem(i + k), part.stem(k)));
        if window.clone().all(|(a, b)| a == b) {
            return Some(true);
        }
        if !found_fuzzy && window.clone().all(|(a, b)| same_word(a, b)) {
            found_fuzzy = true;
        }
    }
    found_fuzzy.then_some(false)
}

/// The most distinct content words of `part` found within one window of
/// `whole`: (found, content words of `part`, whether a spelling slip was allowed).
fn best_window(part: &Wording, whole: &Wording) -> (usize, usize, bool) {
    let content = part.content_stems();
    if content.is_empty() {
        return (0, 0, false);
    }
    let mut index: WordMap<&str, usize> = WordMap::default();
    index.reserve(content.len());
    index.extend(content.iter().enumerate().map(|(i, s)| (*s, i)));
    // Long content stems with their lengths in characters: a slip is only
    // allowed between long words of about the same length.
    let long: Vec<(usize, &str, usize)> = part
        .distinct_content()
        .enumerate()
        .map(|(i, (at, s))| (i, s, part.chars(at)))
        .filter(|(_, _, n)| *n >= 6)
        .collect();
    let allow_fuzzy = long.len() <= FUZZY_LIMIT;
    let mut fuzzy_used = vec![false; whole.len()];
    let hits: Vec<Option<usize>> = whole
        .stems()
        .enumerate()
        .map(|(j, s)| {
            if let Some(&i) = index.get(s) {
                return Some(i);
            }
            let n = whole.chars(j);
            if !allow_fuzzy || n < 6 {
                return None;
            }
            let hit = long
                .iter()
                .find(|(_, c, m)| m.abs_diff(n) <= 1 && same_word(c, s))
                .map(|(i, _, _)| *i);
            fuzzy_used[j] = hit.is_some();
            hit
        })
        .collect();
    let width = (2 * part.len()).max(part.len() + 10);
    let mut counts = vec![0usize; content.len()];
    let (mut distinct, mut best, mut best_fuzzy) = (0usize, 0usize, false);
    let mut fuzzy_in_window = 0usize;
    for j in 0..hits.len() {
        if let Some(i) = hits[j] {
            if counts[i] == 0 {
                distinct += 1;
            }
            counts[i] += 1;
            fuzzy_in_window += usize::from(fuzzy_used[j]);
        }
        if j >= width {
            let out = j - width;
            if let Some(i) = hits[out] {
                counts[i] -= 1;
                if counts[i] == 0 {
                    distinct -= 1;
                }
                fuzzy_in_window -= usize::from(fuzzy_used[out]);
            }
        }
        if distinct > best {
            best = distinct;
            best_fuzzy = fuzzy_in_window > 0;
        }
    }
    (best, content.len(), best_fuzzy)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(a: &str, b: &str) -> Option<MergeReason> {
        relate(&Wording::new(a), &Wording::new(b), Strictness::SameSpeaker).map(|r| r.reason)
    }

    #[test]
    fn identical_wording() {
        assert_eq!(
            rel("The bridge will reopen.", "the bridge will reopen"),
            Some(MergeReason::Identical)
        );
    }

    #[test]
    fn misspelt_wording() {
        assert_eq!(
            rel("his courage and sacrifise", "his courage and sacrifice"),
            Some(MergeReason::Misspelt)
        );
    }

    #[test]
    fn fragment_of_a_longer_quote() {
        let whole = "We will rebuild the harbour, and we will do it with a calm and steady resolve that nobody can shake.";
        assert_eq!(
            rel("calm and steady resolve", whole),
            Some(MergeReason::Fragment)
        );
        assert_eq!(rel("steady", whole), Some(MergeReason::Fragment));
    }

    #[test]
    fn short_fragment_of_a_short_quote_is_not_enough() {
        assert_eq!(rel("dark day", "another dark day"), None);
    }

    #[test]
    fn reworded_quote() {
        assert_eq!(
            rel(
                "Her courage will never be forgotten.",
                "She was a true hero and her courage will never be forgotten by this town."
            ),
            Some(MergeReason::Fragment)
        );
        assert_eq!(
            rel(
                "Their bravery will never be forgotten.",
                "She was a true hero and her courage will never be forgotten by this town."
            ),
            Some(MergeReason::Reworded)
        );
    }

    #[test]
    fn unrelated_quotes_do_not_match() {
        assert_eq!(
            rel(
                "We will never give in to fear.",
                "The harbour will reopen next week after repairs."
            ),
            None
        );
    }

    #[test]
    fn shared_words_far_apart_in_a_long_quote_do_not_match() {
        let long = format!(
            "The harbour was busy that morning. {} Later the council met and spoke about the budget.",
            "Nothing else of note happened in the town that day, people went about their work. ".repeat(5)
        );
        assert_eq!(rel("harbour budget", &long), None);
        assert_eq!(rel("The harbour budget was cut again.", &long), None);
    }

    #[test]
    fn strong_matching_needs_long_near_verbatim_text() {
        let s = |a: &str, b: &str| relate(&Wording::new(a), &Wording::new(b), Strictness::Strong);
        assert!(s("dark day", "another dark day for the harbour town").is_none());
        assert!(s(
            "the storm tore the roof off the old school",
            "witnesses said the storm tore the roof off the old school last night"
        )
        .is_some());
    }
}
