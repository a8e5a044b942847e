//! What the bulk corpus itself teaches the gap model, from its *clean* sentences:
//! a sentence of the rules, in text whose sentence starts are capitalised, that
//! follows a sentence end, opens with a capital, ends in terminal punctuation and is
//! not overly long; elsewhere (the text's opening, where credits and bullets gather,
//! or runs the rules could not split) the rules are not trusted.
//!
//! The word-pair table is counted over them (`count_pairs`). And, an experiment the
//! trainer leaves off by default since it did not help (BENCHMARKS.md), training
//! data labelled by the rules (`depunctuate`): where two clean sentences meet, the
//! end's `.` is taken away and the next word lower-cased, as a heading or bullet runs
//! into the text in the corpus (`... in the attack the police said ...`), an end
//! that only the words around it show; only the spaces inside clean sentences are
//! labelled.

use super::super::casing::ends_in_terminal;
use super::super::lexicon::Lexicon;
use super::super::splitter::split_by_rules;
use super::super::token::Token;
use super::features::{tail_of, word_infos};
use super::pairs::PairCounter;
use super::projection::{id_hash, Projected};
use super::train::{spans_of, word_ends};

/// Longest sentence (in words) whose spaces are trusted.
const CLEAN_MAX_WORDS: usize = 60;

/// The bulk-style article `text` (sentence starts capitalised), with one in two of
/// the ends between clean sentences made unmarked, and labels where they can be
/// trusted; with the same hash as the projection, one article in four is made
/// wholly lower-case. `None` when the text is not in that style.
pub fn depunctuate(text: &str, id: &str, lex: &Lexicon) -> Option<Projected> {
    let Clean {
        mut words,
        spans,
        clean,
        ..
    } = Clean::of(text, lex)?;
    let h = id_hash(id);
    let mut ends = vec![false; words.len()];
    let mut known = vec![false; words.len()];
    for (k, &(first, last)) in spans.iter().enumerate() {
        ends[last] = true;
        if !clean[k] {
            continue;
        }
        known[first..=last].iter_mut().for_each(|x| *x = true);
        let next_clean = clean.get(k + 1).copied().unwrap_or(false);
        let pick = (h ^ (k as u32).wrapping_mul(0x9E37_79B9)).wrapping_mul(0x85EB_CA6B) >> 31;
        if next_clean && pick == 1 && plain_end(&words[last]) {
            words[last].pop();
            if let Some(next) = words.get_mut(last + 1) {
                *next = lower_first(next);
            }
        }
    }
    let mut out = words.join(" ");
    if h.is_multiple_of(4) {
        out = out.to_lowercase();
    }
    Some(Projected {
        text: out,
        ends,
        known: Some(known),
    })
}

/// A bulk-style text split by the rules, and which of their segments are clean.
struct Clean {
    tokens: Vec<Token>,
    words: Vec<String>,
    /// The first and last word of each of the rules' segments.
    spans: Vec<(usize, usize)>,
    clean: Vec<bool>,
}

impl Clean {
    /// `None` when the text is not in bulk style with capitalised sentence starts.
    fn of(text: &str, lex: &Lexicon) -> Option<Clean> {
        let mut segments = Vec::new();
        let (tokens, lowercased) = split_by_rules(text, lex, &mut segments);
        if !lowercased || !text.bytes().any(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let words: Vec<String> = tokens
            .iter()
            .map(|t| text.get(t.start..t.end).unwrap_or("").to_string())
            .collect();
        let spans = spans_of(&word_ends(&tokens, &segments));
        let terminal = |last: usize| {
            words
                .get(last)
                .is_some_and(|w| ends_in_terminal(w.as_bytes()))
        };
        let capitalised = |first: usize| {
            words
                .get(first)
                .and_then(|w| w.bytes().next())
                .is_some_and(|b| b.is_ascii_uppercase())
        };
        let clean = spans
            .iter()
            .enumerate()
            .map(|(k, &(first, last))| {
                k > 0
                    && terminal(spans[k - 1].1)
                    && capitalised(first)
                    && terminal(last)
                    && last - first < CLEAN_MAX_WORDS
            })
            .collect();
        Some(Clean {
            tokens,
            words,
            spans,
            clean,
        })
    }
}

/// Counts the word pairs inside the clean sentences of the bulk-style `text`.
pub fn count_pairs(text: &str, lex: &Lexicon, counter: &mut PairCounter) {
    let Some(c) = Clean::of(text, lex) else {
        return;
    };
    let mut infos = Vec::new();
    word_infos(text, &c.tokens, &mut infos);
    let bytes = text.as_bytes();
    let tails: Vec<u8> = c
        .tokens
        .iter()
        .map(|t| tail_of(bytes.get(t.start..t.end).unwrap_or(&[])))
        .collect();
    for (&(first, last), _) in c.spans.iter().zip(&c.clean).filter(|(_, &k)| k) {
        if let (Some(sentence), Some(tails)) = (infos.get(first..=last), tails.get(first..=last)) {
            counter.add(sentence, tails);
        }
    }
}

/// A word of letters (no other dot, like `u.s.`) closed by one `.`, `!` or `?`.
fn plain_end(word: &str) -> bool {
    let Some(body) = word
        .strip_suffix('.')
        .or_else(|| word.strip_suffix('!'))
        .or_else(|| word.strip_suffix('?'))
    else {
        return false;
    };
    body.len() > 1 && body.bytes().all(|b| b.is_ascii_alphabetic())
}

fn lower_first(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_sentence_ends_lose_their_mark() {
        let text = "Storm warning issued the river rose on monday in newtown. Police told \
                    residents to leave by noon. The mayor said a shelter would open at the \
                    school. Buses will run all night from the north bank. Officials said \
                    the water would peak on tuesday morning.";
        let mut seen_unmarked = false;
        for id in ["a", "b", "c", "d", "e", "f"] {
            let p = depunctuate(text, id, Lexicon::default_ref()).expect("bulk style");
            let words: Vec<&str> = p.text.split(' ').collect();
            assert_eq!(words.len(), p.ends.len());
            let known = p.known.as_ref().expect("labels are partly known");
            // The opening run is not trusted; the clean sentences are.
            assert!(!known[0] && known[words.len() - 1]);
            for (w, &e) in words.iter().zip(&p.ends) {
                if e && !w.ends_with('.') {
                    seen_unmarked = true;
                    assert!(["noon", "school", "bank"].contains(w), "{w}");
                }
            }
        }
        assert!(seen_unmarked, "some end was made unmarked");
    }

    #[test]
    fn normally_cased_text_is_not_used() {
        let text = "The river rose on Monday in Newtown, officials said. Residents of \
                    Ashby Road were told to leave by noon. The Mayor, Ann Lee, said so.";
        assert!(depunctuate(text, "a", Lexicon::default_ref()).is_none());
    }

    #[test]
    fn plain_ends() {
        assert!(plain_end("noon."));
        assert!(!plain_end("u.s."));
        assert!(!plain_end("1983."));
        assert!(!plain_end("said,"));
    }
}
