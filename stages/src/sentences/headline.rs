//! A headline glued to the lead that repeats it, in lowercased text, run last: the
//! bulk corpus drops the line break after an article's title, so the title runs into
//! its first sentence with no mark between them (`dead dog found at village pond |
//! a dead dog was found at the village pond on ...`). News leads restate their
//! headline, so the place where the repetition starts is where the headline ends.
//!
//! Read only in the article's opening run (the segments up to and including the first
//! that ends with a terminal mark), at most one cut a segment. At a space after word
//! `i - 1`, the run before (the headline, 3 to [`MAX_HEADLINE`] words) must end in a
//! content word (no function word of `word_classes.txt`, no possessive, no trailing `:`)
//! and hold no narrating word (`was`, `has`, `he`, ...: headlines are told in the present,
//! without auxiliaries, of no one yet named), no comma and no dash standing alone (a
//! dateline's); the words after (the lead, at least [`MIN_LEAD`]) must echo
//! it: a determiner and then a content word of the headline with another
//! within [`ECHO_WITHIN`] words (`| the dead dog ... pond`), or two words standing
//! side by side in the headline too, both content words (`| village pond officials ...`); and the two words
//! around the space must be no pair of the headline (the repetition starts there), nor
//! a pair the gap model's word-pair table has often seen inside sentences; nor where
//! the lead opens with the whole headline said over and over (`red lorry yellow lorry
//! red lorry ...`). Casing plays no
//! part.

use std::sync::LazyLock;

use super::furniture::gallop;
use super::gap_model::features::WordInfo;
use super::lexicon::Lexicon;
use super::line::is_dash_bytes;
use super::segment_kind;
use super::splitter::Segment;
use super::token::{word_bytes, Token};
use super::word_set::WordSet;

/// The longest headline read, in words.
const MAX_HEADLINE: usize = 24;
/// The shortest headline read, in words.
const MIN_HEADLINE: usize = 3;
/// The fewest words the lead must have in the segment after the cut.
const MIN_LEAD: usize = 5;
/// How far into the lead, after its first echoed word, a second one is looked for.
const ECHO_WITHIN: usize = 10;
/// How many segments of the opening run are read.
const OPENING_SEGMENTS: usize = 6;

/// The word lists this layer reads.
struct Words {
    /// Every word of `word_classes.txt` (determiners, pronouns, auxiliaries, common
    /// finite verbs, prepositions, conjunctions).
    function: WordSet,
    /// The class `det`.
    determiner: WordSet,
    /// Words that tell of past events or name people already met (`headline_words.txt`):
    /// a run holding one is prose, not a headline.
    narrating: WordSet,
    /// Adverbs and particles outside `word_classes.txt` that are no content word either
    /// (`headline_words.txt`).
    not_content: WordSet,
}

const HEADLINE_WORDS: &str = include_str!("../../data/sentences/headline_words.txt");

static WORDS: LazyLock<Words> = LazyLock::new(|| Words {
    function: WordSet::new(super::word_classes::words_of(&[])),
    determiner: WordSet::new(super::word_classes::words_of(&["det"])),
    narrating: WordSet::new(super::word_classes::class_words(
        HEADLINE_WORDS,
        &["narrating"],
    )),
    not_content: WordSet::new(super::word_classes::class_words(
        HEADLINE_WORDS,
        &["not-content"],
    )),
});

/// A word hash's bit in a 64-bit filter of the words met (its top six bits: the
/// hash ends with a multiplication, so those are its best mixed).
fn filter_bit(h: u64) -> u64 {
    1 << (h >> 58)
}

/// `w` without the marks at its end (`,` `:` `"`).
fn trimmed(w: &[u8]) -> &[u8] {
    let end = w
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(0, |e| e + 1);
    &w[..end]
}

/// The first words of one segment: their bytes and the gap model's word hashes
/// (lower-cased, so equal words have equal hashes), and how many words it has.
struct Run<'a> {
    bytes: &'a [u8],
    tokens: &'a [Token],
    hashes: &'a [WordInfo],
    len: usize,
    words: &'a Words,
}

impl Run<'_> {
    fn word(&self, k: usize) -> &[u8] {
        word_bytes(self.bytes, self.tokens, k)
    }

    fn hash(&self, k: usize) -> Option<u64> {
        self.hashes.get(k).map(|w| w.hash)
    }

    fn content(&self, k: usize) -> bool {
        let w = trimmed(self.word(k));
        w.len() >= 2
            && w[0].is_ascii_alphabetic()
            && !self.words.function.contains(w)
            && !self.words.not_content.contains(w)
    }

    /// Whether word `k` stands in the headline `0..i`.
    fn in_headline(&self, k: usize, i: usize) -> bool {
        self.hash(k)
            .is_some_and(|h| self.hashes[..i].iter().any(|x| x.hash == h))
    }

    /// Whether words `k` and `k + 1` stand side by side in the headline `0..i`.
    fn pair_in_headline(&self, k: usize, i: usize) -> bool {
        let (Some(a), Some(b)) = (self.hash(k), self.hash(k + 1)) else {
            return false;
        };
        self.hashes[..i]
            .windows(2)
            .any(|p| p[0].hash == a && p[1].hash == b)
    }

    /// Whether the lead from `i` echoes the headline `0..i`.
    fn echoes(&self, i: usize) -> bool {
        // The repetition starts afresh at `i`: the two words around the space are
        // no pair of the headline (`... cedar medical | center ...` after `cedar
        // medical center` only goes on with a phrase met before).
        if self.pair_in_headline(i - 1, i) {
            return false;
        }
        if self.words.determiner.contains(self.word(i)) {
            let j = i + 1;
            return self.content(j)
                && self.in_headline(j, i)
                && (j + 1..j + 1 + ECHO_WITHIN).any(|k| {
                    self.hash(k) != self.hash(j) && self.in_headline(k, i) && self.content(k)
                });
        }
        self.content(i) && self.content(i + 1) && self.pair_in_headline(i, i)
    }

    /// Whether the lead opens with the whole headline `0..i` where the headline says
    /// a word twice or the lead says it all twice: a phrase said over and over (`red
    /// lorry yellow lorry red lorry ...`), not a headline and its lead.
    fn chant(&self, i: usize) -> bool {
        let again = |from: usize| (0..i).all(|t| self.hash(from + t) == self.hash(t));
        if !again(i) {
            return false;
        }
        let twice = (1..i).any(|t| {
            self.hashes[..t]
                .iter()
                .any(|x| x.hash == self.hashes[t].hash)
        });
        twice || again(2 * i)
    }

    /// The first word of the lead, if the segment opens with a headline its lead
    /// echoes.
    fn headline_end(&self, common: impl Fn(usize) -> bool) -> Option<usize> {
        let last = MAX_HEADLINE.min(self.len.checked_sub(MIN_LEAD)?);
        // The hashes of the headline's words `0..i` by their bits in a 64-bit filter:
        // a word whose bit is clear is not in the headline, without the scan.
        let mut seen = 0u64;
        let may_be_in =
            |seen: u64, k: usize| self.hash(k).is_some_and(|h| seen & filter_bit(h) != 0);
        for i in 1..=last {
            let k = i - 1;
            if let Some(h) = self.hash(k) {
                seen |= filter_bit(h);
            }
            let w = self.word(k);
            if w.last() == Some(&b',')
                || is_dash_bytes(w)
                || (w.len() <= 5 && self.words.narrating.contains(w))
            {
                return None;
            }
            if i < MIN_HEADLINE || !w.last().is_some_and(u8::is_ascii_alphanumeric) {
                continue;
            }
            // Cheap first: the word after the space, or the one after that, is said
            // in the headline.
            if !((may_be_in(seen, i) && self.in_headline(i, i))
                || (may_be_in(seen, i + 1) && self.in_headline(i + 1, i)))
            {
                continue;
            }
            let possessive = w.len() > 2 && w[w.len() - 2..].eq_ignore_ascii_case(b"'s");
            if !possessive && self.content(k) && self.echoes(i) && !common(i) && !self.chant(i) {
                return Some(i);
            }
        }
        None
    }
}

/// Cuts the opening run of `segments[from..]` of lowercased `text` (whose words are
/// `tokens`, with the gap model's word hashes `hashes`) where a glued headline ends
/// (see the module's text); `common(k)` says whether words `k - 1` and `k` are a
/// common pair of running text (the gap model's word-pair table), where no headline
/// ends.
pub fn cut_echoed_headlines(
    text: &str,
    tokens: &[Token],
    hashes: &[WordInfo],
    lex: &Lexicon,
    segments: &mut Vec<Segment>,
    from: usize,
    common: impl Fn(usize) -> bool,
) {
    if hashes.len() != tokens.len() {
        return;
    }
    let words = &*WORDS;
    let bytes = text.as_bytes();
    // (segment index, byte where the lead starts, byte where the headline ends)
    let mut cuts: Vec<(usize, usize, usize)> = Vec::new();
    let mut k = 0;
    for (s, seg) in segments
        .iter()
        .enumerate()
        .skip(from)
        .take(OPENING_SEGMENTS)
    {
        k = gallop(tokens, k, |t| t.start < seg.start);
        let end = gallop(tokens, k, |t| t.start < seg.end);
        let read = end.min(k + MAX_HEADLINE + ECHO_WITHIN + 2);
        let (Some(seg_tokens), Some(seg_hashes)) = (tokens.get(k..read), hashes.get(k..read))
        else {
            break;
        };
        let run = Run {
            bytes,
            tokens: seg_tokens,
            hashes: seg_hashes,
            len: end - k,
            words,
        };
        if let Some(i) = run.headline_end(|i| common(k + i)) {
            if let (Some(before), Some(after)) = (seg_tokens.get(i - 1), seg_tokens.get(i)) {
                cuts.push((s, after.start, before.end));
            }
        }
        let marked = bytes
            .get(seg.start..seg.end)
            .and_then(|b| b.iter().rev().find(|&&c| !matches!(c, b'"' | b'\'' | b')')))
            .is_some_and(|&c| matches!(c, b'.' | b'!' | b'?'));
        if marked {
            break;
        }
    }
    for &(s, lead, head_end) in cuts.iter().rev() {
        let Some(&seg) = segments.get(s) else {
            continue;
        };
        let head = segment_kind::lowercased_piece(text, seg.start, head_end, seg, lex);
        let rest = segment_kind::lowercased_piece(text, lead, seg.end, seg, lex);
        segments.splice(s..=s, [head, rest]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::sentences::tests::pieces;

    #[test]
    fn every_function_word_is_found_in_any_casing() {
        let function = &WORDS.function;
        for word in super::super::word_classes::words_of(&[]) {
            assert!(function.contains(&word), "{word:?}");
            assert!(function.contains(&word.to_ascii_uppercase()));
        }
        assert!(!function.contains(b"lorry"));
    }

    #[test]
    fn the_headline_word_lists_are_read() {
        assert!(WORDS.narrating.contains(b"was"));
        assert!(WORDS.narrating.contains(b"They"));
        assert!(WORDS.not_content.contains(b"also"));
        assert!(!WORDS.not_content.contains(b"was"));
        assert!(!WORDS.narrating.contains(b"lorry"));
    }

    #[test]
    fn a_headline_the_lead_repeats() {
        let text = "dead dog found at village pond a dead dog was found at the village \
                    pond on monday morning, the council said. it had been missing.";
        assert_eq!(pieces(text)[0], "dead dog found at village pond");
        let text = "mayor anna berg quits over harbour deal mayor anna berg resigned on \
                    friday after a row about the harbour. the council meets today.";
        assert_eq!(pieces(text)[0], "mayor anna berg quits over harbour deal");
    }

    #[test]
    fn prose_that_repeats_itself_stays_whole() {
        // A narrating word in the run: prose.
        let text = "he saw the old mill burn and the old mill fell down in the night. it \
                    was rebuilt.";
        assert_eq!(
            pieces(text)[0],
            "he saw the old mill burn and the old mill fell down in the night."
        );
        // A function word before the space.
        let text = "storms hit the farms in the valley and the farms lost their crops to \
                    the flood. more is due.";
        assert_eq!(pieces(text).len(), 2);
        // Past the opening run: a later sentence is not read.
        let text = "the fair opened today. big crowds came to see the horses big crowds \
                    came again at noon to see them. it closes friday.";
        assert_eq!(pieces(text).len(), 3);
    }
}
