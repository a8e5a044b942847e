//! What the gap model sees at the space between two words: the words around it (by
//! hash), their shapes, how far the current segment has run, how far the rules'
//! segment still runs, and how far into the text the gap is. Every feature is one
//! index into a hashed weight table; the same code serves training and splitting.

use crate::sentences::token::Token;

/// Bits of the weight table's index: 2^18 weights.
pub const TABLE_BITS: u32 = 18;
pub const TABLE_SIZE: usize = 1 << TABLE_BITS;

/// What is kept of each word: a hash of its letters and digits (lower-cased, digits
/// folded to `0`) and its shape class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordInfo {
    pub hash: u64,
    pub shape: u8,
}

/// Stands for the words before the text's start and after its end.
const EDGE: WordInfo = WordInfo {
    hash: 0x5bd1_e995_1234_5678,
    shape: Shape::Edge as u8,
};

/// A word's shape, by what it is made of and how it ends.
#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Word = 0,
    Capitalised,
    Number,
    Comma,
    Colon,
    Semicolon,
    Terminal,
    Quote,
    Open,
    Close,
    Dash,
    Symbol,
    OpensWithMark,
    ClosesWithMark,
    Edge,
}

/// Fills `out` with one `WordInfo` per token of `text`; returns whether no word
/// starts with a capital (the text is wholly lower-case, not even sentence starts
/// capitalised).
pub fn word_infos(text: &str, tokens: &[Token], out: &mut Vec<WordInfo>) -> bool {
    out.clear();
    let mut capitals = false;
    out.extend(tokens.iter().map(|t| {
        let word = text.as_bytes().get(t.start..t.end).unwrap_or(&[]);
        capitals |= word.first().is_some_and(u8::is_ascii_uppercase);
        WordInfo {
            hash: word_hash(word),
            shape: shape(word) as u8,
        }
    }));
    !capitals
}

/// FNV-style hash of the word's ASCII letters and digits, lower-cased, digits
/// folded to `0`, other bytes kept; a word of marks only is hashed whole.
fn word_hash(word: &[u8]) -> u64 {
    let core = trim_marks(word);
    let core = if core.is_empty() { word } else { core };
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in core {
        let b = if b.is_ascii_digit() {
            b'0'
        } else {
            b.to_ascii_lowercase()
        };
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The word without ASCII marks at either end (`"(yes),` → `yes`).
fn trim_marks(word: &[u8]) -> &[u8] {
    let is_mark = |b: &u8| b.is_ascii_punctuation();
    let start = word.iter().position(|b| !is_mark(b)).unwrap_or(word.len());
    let end = word
        .iter()
        .rposition(|b| !is_mark(b))
        .map_or(start, |e| e + 1);
    word.get(start..end).unwrap_or(&[])
}

fn shape(word: &[u8]) -> Shape {
    let Some((&first, &last)) = word.first().zip(word.last()) else {
        return Shape::Symbol;
    };
    let alphanumeric = word.iter().any(u8::is_ascii_alphanumeric)
        || (!word.is_ascii()
            && std::str::from_utf8(word).is_ok_and(|w| w.chars().any(char::is_alphanumeric)));
    if !alphanumeric {
        return marks_shape(word);
    }
    match last {
        b',' => return Shape::Comma,
        b':' => return Shape::Colon,
        b';' => return Shape::Semicolon,
        b'.' | b'!' | b'?' => return Shape::Terminal,
        b'"' | b')' | b']' | b'\'' => return Shape::ClosesWithMark,
        _ => {}
    }
    if matches!(first, b'"' | b'(' | b'[' | b'\'') {
        Shape::OpensWithMark
    } else if word.iter().any(u8::is_ascii_digit) {
        Shape::Number
    } else if first.is_ascii_uppercase() {
        Shape::Capitalised
    } else {
        Shape::Word
    }
}

/// The shape of a word made of marks only.
fn marks_shape(word: &[u8]) -> Shape {
    match word {
        [b'"' | b'\'' | b'`', ..] | [0xE2, 0x80, 0x98..=0x9F, ..] | [0xC2, 0xAB | 0xBB] => {
            Shape::Quote
        }
        [b'(' | b'[' | b'{', ..] => Shape::Open,
        [b')' | b']' | b'}', ..] => Shape::Close,
        [b'-', ..] | [0xE2, 0x80, 0x92..=0x95, ..] => Shape::Dash,
        [.., b'.' | b'!' | b'?'] | [.., 0xE2, 0x80, 0xA6] => Shape::Terminal,
        _ => Shape::Symbol,
    }
}

/// Where a gap stands: after word `i`, in a segment that (so far) started at word
/// `piece_start` and that the rules end at word `seg_last`.
#[derive(Debug, Clone, Copy)]
pub struct Gap {
    pub i: usize,
    pub piece_start: usize,
    /// Where the segment before the current one started (`piece_start` at the
    /// text's first segment).
    pub prev_start: usize,
    pub seg_last: usize,
    /// The text is wholly lower-case.
    pub lower_only: bool,
}

/// Whether the model is asked about the space of `gap`: not after a word ending in
/// terminal punctuation, where the rules have decided with more care, unless the
/// text is wholly lower-case (then no capital shows the rules a sentence start).
#[inline]
pub fn is_candidate(words: &[WordInfo], gap: Gap) -> bool {
    gap.lower_only
        || words
            .get(gap.i)
            .is_some_and(|w| w.shape != Shape::Terminal as u8)
}

/// The start of the current segment and of the one before, followed word by word.
#[derive(Debug, Clone, Copy, Default)]
pub struct Pieces {
    pub start: usize,
    pub prev: usize,
}

impl Pieces {
    /// A segment starts at word `at` (nothing changes if the current one does).
    #[inline]
    pub fn begin(&mut self, at: usize) {
        if at != self.start {
            self.prev = self.start;
            self.start = at;
        }
    }
}

/// Feature slots, each hashed with its own salt.
const SLOTS: u64 = 19;

/// Calls `f` with the table index of every feature of `gap`.
#[inline]
pub fn for_each_feature(words: &[WordInfo], gap: Gap, mut f: impl FnMut(usize)) {
    let at = |k: Option<usize>| k.and_then(|k| words.get(k)).copied().unwrap_or(EDGE);
    let i = gap.i;
    let wm1 = at(i.checked_sub(1));
    let w0 = at(Some(i));
    let w1 = at(Some(i + 1));
    let w2 = at(Some(i + 2));
    let dist = bucket(i + 1 - gap.piece_start.min(i));
    let to_end = bucket(gap.seg_last.saturating_sub(i));
    let pos = bucket(i + 1);
    let shapes = |a: WordInfo, b: WordInfo| u64::from(a.shape) << 8 | u64::from(b.shape);
    let all_shapes = shapes(wm1, w0) << 16 | shapes(w1, w2);
    let style = u64::from(gap.lower_only);
    let first = at(Some(gap.piece_start));
    let prev_first = if gap.prev_start < gap.piece_start {
        at(Some(gap.prev_start))
    } else {
        EDGE
    };
    let values: [u64; SLOTS as usize] = [
        style,
        w0.hash,
        w1.hash,
        wm1.hash,
        w2.hash,
        w0.hash ^ w1.hash.rotate_left(17),
        wm1.hash ^ w0.hash.rotate_left(17),
        w1.hash ^ w2.hash.rotate_left(17),
        all_shapes << 1 | style,
        (dist << 16 | shapes(w0, w1)) << 1 | style,
        to_end << 8 | u64::from(w1.shape),
        pos ^ w0.hash.rotate_left(7),
        pos ^ w1.hash.rotate_left(7),
        dist ^ w1.hash.rotate_left(7),
        dist << 8 | to_end,
        first.hash ^ dist.rotate_right(3),
        first.hash ^ w1.hash.rotate_left(23),
        prev_first.hash ^ dist.rotate_right(3),
        w0.hash ^ dist.rotate_right(3),
    ];
    for (slot, v) in (0u64..).zip(values) {
        f(index(slot, v));
    }
}

/// 0..=8 by powers of about two: 1, 2, 3, 4, 5–6, 7–9, 10–15, 16–31, 32+.
#[inline]
fn bucket(n: usize) -> u64 {
    match n {
        0..=4 => n as u64,
        5..=6 => 5,
        7..=9 => 6,
        10..=15 => 7,
        16..=31 => 8,
        _ => 9,
    }
}

#[inline]
fn index(slot: u64, value: u64) -> usize {
    let x = (value ^ slot.wrapping_mul(0x9E37_79B9_7F4A_7C15)).wrapping_mul(0xD6E8_FEB8_6659_FD93);
    let x = x ^ (x >> 32);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - TABLE_BITS)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_of_words() {
        assert_eq!(shape(b"word"), Shape::Word);
        assert_eq!(shape(b"Word"), Shape::Capitalised);
        assert_eq!(shape(b"word,"), Shape::Comma);
        assert_eq!(shape(b"end."), Shape::Terminal);
        assert_eq!(shape(b"\""), Shape::Quote);
        assert_eq!(shape("\u{201c}".as_bytes()), Shape::Quote);
        assert_eq!(shape(b"("), Shape::Open);
        assert_eq!(shape(b"--"), Shape::Dash);
        assert_eq!(shape("\u{2014}".as_bytes()), Shape::Dash);
        assert_eq!(shape(b"1,200"), Shape::Number);
        assert_eq!(shape(b"(cnn)"), Shape::ClosesWithMark);
    }

    #[test]
    fn hash_ignores_case_marks_and_digit_values() {
        assert_eq!(word_hash(b"Police"), word_hash(b"police,"));
        assert_eq!(word_hash(b"1983"), word_hash(b"2017"));
        assert_ne!(word_hash(b"police"), word_hash(b"officer"));
    }

    #[test]
    fn every_index_fits_the_table() {
        let words = vec![WordInfo::default(); 3];
        let gap = Gap {
            i: 1,
            piece_start: 0,
            prev_start: 0,
            seg_last: 2,
            lower_only: false,
        };
        let mut n = 0;
        for_each_feature(&words, gap, |k| {
            assert!(k < TABLE_SIZE);
            n += 1;
        });
        assert_eq!(n, SLOTS as usize);
    }
}
