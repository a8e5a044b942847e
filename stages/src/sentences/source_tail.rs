//! A headline's source tail, for lowercased text after the gap model: a headline that
//! cites its source after a colon (`mayor weighs a second run: report`, `talks on the
//! merger stall: sources`) ends there, and link lists and pages that glue their
//! headline to the lead put the next headline or the lead right after it (`… a
//! second run: report | the council voted …`). The colon and the tail word are the
//! headline's furniture; prose does not end a clause on `: report` and go on with a
//! new one. So a segment is cut after the tail word where at least two words stand
//! before the colon in the segment (`update: report …` is a label) and the next word
//! opens something new: not a preposition, conjunction, auxiliary or common verb
//! (`: report on the talks`, `: sources say`, `: report shows`), nor a noun that goes
//! on with the tail (`: report cards`, `: sources close to`). The rules, the gap
//! model and its training data are untouched.

use std::sync::LazyLock;

use super::lexicon::Lexicon;
use super::segment_kind;
use super::splitter::Segment;
use super::word_classes::{class_words, words_of};
use super::word_set::WordSet;

/// The tail and goes-on word lists (`stages/data/sentences/source_tails.txt`).
const SOURCE_TAILS: &str = include_str!("../../data/sentences/source_tails.txt");

/// The words that name a headline's source after its colon (`tail`).
static TAILS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(class_words(SOURCE_TAILS, &["tail"])));

/// Words after the tail that go on with it: prepositions, conjunctions, auxiliaries,
/// common finite verbs, and the data file's `goes-on` words.
static CONTINUING: LazyLock<WordSet> = LazyLock::new(|| {
    let mut set = WordSet::new(words_of(&["prep", "conj", "aux", "verb"]));
    for w in class_words(SOURCE_TAILS, &["goes-on"]) {
        set.insert(w);
    }
    set
});

/// Cuts each segment of `segments[from..]` of lowercased `text` after a headline's
/// source tail that new text follows (see the module's comment).
pub fn cut_source_tails(text: &str, lex: &Lexicon, segments: &mut Vec<Segment>, from: usize) {
    let bytes = text.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for seg in segments.get(from..).unwrap_or(&[]) {
        let Some(piece) = bytes.get(seg.start..seg.end) else {
            continue;
        };
        for d in memchr::memchr_iter(b':', piece) {
            if let Some((end, next)) = tail_at(piece, d) {
                cuts.push((seg.start + end, seg.start + next));
            }
        }
    }
    segment_kind::cut_at_bytes(text, lex, segments, from, &cuts);
}

/// Where, in segment text `piece` with a `:` at `d`, a source tail ends and the next
/// word starts, if the colon opens one that new text follows.
fn tail_at(piece: &[u8], d: usize) -> Option<(usize, usize)> {
    // `: TAIL ` exactly (asked first: most colons are not followed by a tail).
    let tail_start = d + 2;
    if piece.get(d + 1) != Some(&b' ') {
        return None;
    }
    let tail_end = tail_start + word_len(piece.get(tail_start..)?);
    let tail = piece.get(tail_start..tail_end)?;
    if !TAILS.contains(tail) || piece.get(tail_end) != Some(&b' ') {
        return None;
    }
    // Two words before the colon, the one right before it ending in a letter or digit.
    let head = piece.get(..d)?;
    if !head.last()?.is_ascii_alphanumeric() {
        return None;
    }
    let space = head.iter().rposition(u8::is_ascii_whitespace)?;
    if !head.get(..space)?.iter().any(|b| !b.is_ascii_whitespace()) {
        return None;
    }
    // The next word: a letter, digit or opening quotation mark first.
    let next = tail_end + 1;
    let rest = piece.get(next..)?;
    let first = *rest.first()?;
    let opens = first.is_ascii_alphanumeric() || first == b'"' || first == b'\'';
    if !opens {
        return None;
    }
    let word = rest.get(..word_len(rest))?;
    if CONTINUING.contains(word) {
        return None;
    }
    Some((tail_end, next))
}

/// The length of the run of letters at the start of `bytes`.
fn word_len(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(piece: &str) -> Option<(&str, &str)> {
        let d = piece.find(':')?;
        tail_at(piece.as_bytes(), d).map(|(end, next)| (&piece[..end], &piece[next..]))
    }

    #[test]
    fn a_source_tail_before_new_text_ends_the_headline() {
        assert_eq!(
            cut("mayor weighs a second run: report the council met on monday"),
            Some((
                "mayor weighs a second run: report",
                "the council met on monday"
            ))
        );
        assert_eq!(
            cut("harbour deal near, buyers say: sources more in the evening edition"),
            Some((
                "harbour deal near, buyers say: sources",
                "more in the evening edition"
            ))
        );
        assert_eq!(
            cut("Ferry firm to cut routes: Reports \" we had no choice, \" she said"),
            Some((
                "Ferry firm to cut routes: Reports",
                "\" we had no choice, \" she said"
            ))
        );
    }

    #[test]
    fn a_tail_that_goes_on_stays() {
        // A preposition, a verb, an auxiliary, a noun of the phrase.
        assert_eq!(cut("the finding of the inquiry: report on page four"), None);
        assert_eq!(
            cut("what we know so far: sources say the talks failed"),
            None
        );
        assert_eq!(
            cut("the one thing that matters: report cards came home"),
            None
        );
        assert_eq!(
            cut("the state of the talks: sources close to the envoy"),
            None
        );
        assert_eq!(cut("the state of the talks: report was late"), None);
        // A label before the colon, another word than a tail, a mark after it.
        assert_eq!(cut("update: report the council met"), None);
        assert_eq!(cut("the mayor will run: reporter the council met"), None);
        assert_eq!(cut("the mayor will run: report, the paper said"), None);
        assert_eq!(cut("the mayor will run: report ( photo )"), None);
    }
}
