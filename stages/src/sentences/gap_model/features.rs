//! What the gap model sees at the space between two words: the words around it (by
//! hash), their shapes, how far the current segment has run, how far the rules'
//! segment still runs, and how far into the text the gap is. Every feature is one
//! index into a hashed weight table; the same code serves training and splitting.

use super::pairs::{word_class, PairTable};
use crate::sentences::token::Token;

/// Bits of the weight table's index: 2^16 weights.
pub const TABLE_BITS: u32 = 16;
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
    /// A word ending in `?` or `!`: the bulk corpus capitalises only after `.`, so
    /// in its style the word after these starts in lower case even where a
    /// sentence starts, and the rules leave the space to the model.
    Asks,
}

/// Fills `out` with one `WordInfo` per token of `text`; returns whether no word
/// starts with a capital (the text is wholly lower-case, not even sentence starts
/// capitalised).
pub fn word_infos(text: &str, tokens: &[Token], out: &mut Vec<WordInfo>) -> bool {
    out.clear();
    push_word_infos(text, tokens, out)
}

/// [`word_infos`] with the words framed for [`window`]: `out` holds the edge, the
/// words, then the edge twice, so that `out[i..i + 4]` are the two words before
/// the space after word `i` and the two after it; the words themselves are
/// `out[1..out.len() - 2]`.
pub fn framed_word_infos(text: &str, tokens: &[Token], out: &mut Vec<WordInfo>) -> bool {
    out.clear();
    out.reserve(tokens.len() + 3);
    out.push(EDGE);
    let lower_only = push_word_infos(text, tokens, out);
    out.extend([EDGE, EDGE]);
    lower_only
}

/// [`framed_word_infos`], also noting in `marked` (cleared first) the index of
/// each word whose hash `mark` picks: one test in the same pass over the words,
/// instead of a pass of its own.
pub fn framed_word_infos_marking(
    text: &str,
    tokens: &[Token],
    out: &mut Vec<WordInfo>,
    mark: impl Fn(u64) -> bool,
    marked: &mut Vec<usize>,
) -> bool {
    out.clear();
    marked.clear();
    out.reserve(tokens.len() + 3);
    out.push(EDGE);
    let bytes = text.as_bytes();
    let mut capitals = false;
    out.extend(tokens.iter().enumerate().map(|(k, t)| {
        let (info, capital) = word_info(bytes, t);
        capitals |= capital;
        if mark(info.hash) {
            marked.push(k);
        }
        info
    }));
    out.extend([EDGE, EDGE]);
    !capitals
}

#[inline(always)]
fn push_word_infos(text: &str, tokens: &[Token], out: &mut Vec<WordInfo>) -> bool {
    let bytes = text.as_bytes();
    let mut capitals = false;
    out.extend(tokens.iter().map(|t| {
        let (info, capital) = word_info(bytes, t);
        capitals |= capital;
        info
    }));
    !capitals
}

/// The `WordInfo` of the word of token `t`, and whether it starts with a capital.
#[inline(always)]
fn word_info(bytes: &[u8], t: &Token) -> (WordInfo, bool) {
    if let Some(info) = short_plain_word_info(bytes, t) {
        return (info, false);
    }
    let word = bytes.get(t.start..t.end).unwrap_or(&[]);
    let capital = word.first().is_some_and(u8::is_ascii_uppercase);
    let (hash, digits) = hash_in(bytes, t.start, word);
    // Most words start and end with a small letter: their shape is told at once
    // (as `shape_knowing` tells it).
    let plain = word.first().is_some_and(u8::is_ascii_lowercase)
        && word.last().is_some_and(u8::is_ascii_lowercase);
    let shape = match (plain, digits) {
        (true, false) => Shape::Word,
        (true, true) => Shape::Number,
        (false, _) => shape_knowing(word, digits),
    };
    (
        WordInfo {
            hash,
            shape: shape as u8,
        },
        capital,
    )
}

/// [`word_info`] of most words, told at less cost: a word of one to eight bytes that
/// starts and ends with a small letter (so no mark to trim, no capital), not within
/// eight bytes of the text's end. Its hash is [`hash_in`]'s with its one load serving
/// as head and tail, its shape that of a plain word (a number if it has a digit).
/// `None` for any other word.
#[inline(always)]
fn short_plain_word_info(bytes: &[u8], t: &Token) -> Option<WordInfo> {
    let chunk = bytes.get(t.start..)?.first_chunk::<8>()?;
    let n = t.end.checked_sub(t.start)?;
    let last = *chunk.get(n.checked_sub(1)?)?;
    if !(chunk[0].is_ascii_lowercase() && last.is_ascii_lowercase()) {
        return None;
    }
    let mask = if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    };
    let (head, digits) = fold_digits(u64::from_le_bytes(*chunk) & mask);
    let shape = if digits { Shape::Number } else { Shape::Word };
    Some(WordInfo {
        hash: mix_word(head, head, n),
        shape: shape as u8,
    })
}

/// Hash of the word's letters and digits (ASCII letters lower-cased, digits folded
/// to `0`, other bytes kept) — of its first and last eight bytes and its length, so
/// a word costs two loads and three multiplies; a word of marks only is hashed whole.
/// The hash of a word given as text (`word_hash`): for the lists of words.
pub fn text_word_hash(word: &str) -> u64 {
    hash_in(word.as_bytes(), 0, word.as_bytes()).0
}

/// How a word's letters end, its marks set aside: 1 `-ed`, 2 `-ing`, 3 `-s` (not
/// `-ss`, `-'s`), 4 `-ly`, else 0; the ending is compared without capitals. Counted
/// per word slot of the pair table (`PairCounter::add`), not read while splitting.
pub fn tail_of(word: &[u8]) -> u8 {
    let w = trim_marks(word);
    let low = |k: usize| w.get(w.len().wrapping_sub(k)).map(u8::to_ascii_lowercase);
    if w.len() < 4 || w.iter().any(|b| !b.is_ascii_alphabetic()) {
        return 0;
    }
    match (low(3), low(2), low(1)) {
        (_, Some(b'e'), Some(b'd')) => 1,
        (Some(b'i'), Some(b'n'), Some(b'g')) => 2,
        (_, Some(b's'), Some(b's')) => 0,
        (_, _, Some(b's')) => 3,
        (_, Some(b'l'), Some(b'y')) => 4,
        _ => 0,
    }
}

/// The reference for [`hash_in`], which the splitter uses.
#[cfg(test)]
fn word_hash(word: &[u8]) -> u64 {
    let core = trim_marks(word);
    let core = if core.is_empty() { word } else { core };
    let head = fold(load(core.get(..8).unwrap_or(core)));
    let tail = fold(load(
        core.get(core.len().saturating_sub(8)..).unwrap_or(core),
    ));
    mix_word(head, tail, core.len())
}

/// [`word_hash`] of `word`, which stands at `start` in `text`: the same value, but
/// read with whole eight-byte loads from the text where it has the bytes; and
/// whether the word has a digit, seen from the same loads when they cover it.
#[inline(always)]
fn hash_in(text: &[u8], start: usize, word: &[u8]) -> (u64, bool) {
    let core = trim_marks(word);
    let (at, core) = if core.is_empty() {
        (start, word)
    } else {
        (
            start + (core.as_ptr() as usize - word.as_ptr() as usize),
            core,
        )
    };
    let n = core.len().min(8);
    let (head, head_digits) = fold_digits(load_at(text, at, n).unwrap_or_else(|| load(&core[..n])));
    // A core of up to eight bytes is its own tail: one load serves both.
    let (tail, tail_digits) = if core.len() <= 8 {
        (head, head_digits)
    } else {
        let tail_at = at + core.len() - n;
        fold_digits(load_at(text, tail_at, n).unwrap_or_else(|| load(&core[core.len() - n..])))
    };
    // The marks trimmed off hold no digit; the loads cover a core of up to 16 bytes.
    let digits = if core.len() <= 16 {
        head_digits || tail_digits
    } else {
        core.iter().any(u8::is_ascii_digit)
    };
    (mix_word(head, tail, core.len()), digits)
}

/// A word's hash from its folded first and last eight bytes and its length (the one
/// mix of [`word_hash`], [`hash_in`] and [`short_plain_word_info`]).
#[inline(always)]
fn mix_word(head: u64, tail: u64, len: usize) -> u64 {
    let h = (head.wrapping_mul(MIX).rotate_left(29) ^ tail).wrapping_mul(MIX);
    (h ^ len as u64).wrapping_mul(MIX)
}

/// The `n` (at most eight) bytes at `at` of `text` as one little-endian number, from
/// one eight-byte load; `None` near the text's end.
#[inline]
fn load_at(text: &[u8], at: usize, n: usize) -> Option<u64> {
    let chunk = text.get(at..)?.first_chunk::<8>()?;
    let mask = if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    };
    Some(u64::from_le_bytes(*chunk) & mask)
}

/// Up to eight bytes as one little-endian number.
#[inline]
fn load(bytes: &[u8]) -> u64 {
    match bytes.first_chunk::<8>() {
        Some(b) => u64::from_le_bytes(*b),
        None => bytes
            .iter()
            .rev()
            .fold(0, |acc, &b| acc << 8 | u64::from(b)),
    }
}

/// Lower-cases the ASCII capitals among eight packed bytes and turns their digits
/// into `0`, all at once.
#[cfg(test)]
fn fold(x: u64) -> u64 {
    fold_digits(x).0
}

/// [`fold`], and whether any of the bytes is a digit.
#[inline]
fn fold_digits(x: u64) -> (u64, bool) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let ascii = !x & HIGH;
    let low = x & !HIGH;
    // The high bit of each byte tells whether its low seven bits reach the bound.
    let at_least = |bound: u64| (low + ONES * (0x80 - bound)) & HIGH;
    let capital = at_least(b'A' as u64) & !at_least(b'Z' as u64 + 1) & ascii;
    let digit = at_least(b'0' as u64) & !at_least(b'9' as u64 + 1) & ascii;
    ((x | capital >> 2) & !((digit >> 7) * 0x0F), digit != 0)
}

/// Whether `b` is an ASCII mark (`u8::is_ascii_punctuation`), by one look-up.
#[inline(always)]
fn is_mark(b: u8) -> bool {
    static MARKS: [bool; 256] = {
        let mut m = [false; 256];
        let mut b = 0usize;
        while b < 256 {
            m[b] = (b as u8).is_ascii_punctuation();
            b += 1;
        }
        m
    };
    MARKS[usize::from(b)]
}

/// The word without ASCII marks at either end (`"(yes),` → `yes`).
#[inline(always)]
fn trim_marks(word: &[u8]) -> &[u8] {
    // Most words have no mark at either end.
    if let (Some(&first), Some(&last)) = (word.first(), word.last()) {
        if !is_mark(first) && !is_mark(last) {
            return word;
        }
    }
    let mut w = word;
    while let [b, rest @ ..] = w {
        if !is_mark(*b) {
            break;
        }
        w = rest;
    }
    while let [rest @ .., b] = w {
        if !is_mark(*b) {
            break;
        }
        w = rest;
    }
    w
}

#[cfg(test)]
fn shape(word: &[u8]) -> Shape {
    shape_knowing(word, word.iter().any(u8::is_ascii_digit))
}

/// The shape of `word`, told whether it has a digit.
#[inline]
fn shape_knowing(word: &[u8], digits: bool) -> Shape {
    let Some((&first, &last)) = word.first().zip(word.last()) else {
        return Shape::Symbol;
    };
    let alphanumeric = first.is_ascii_alphanumeric()
        || word.iter().any(u8::is_ascii_alphanumeric)
        || (!word.is_ascii()
            && std::str::from_utf8(word).is_ok_and(|w| w.chars().any(char::is_alphanumeric)));
    if !alphanumeric {
        return marks_shape(word);
    }
    match last {
        b',' => return Shape::Comma,
        b':' => return Shape::Colon,
        b';' => return Shape::Semicolon,
        b'.' => return Shape::Terminal,
        b'!' | b'?' => return Shape::Asks,
        b'"' | b')' | b']' | b'\'' => return Shape::ClosesWithMark,
        _ => {}
    }
    if matches!(first, b'"' | b'(' | b'[' | b'\'') {
        Shape::OpensWithMark
    } else if digits {
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
    /// The space is in a run of headline bullets (`Pieces::block`).
    pub block: bool,
}

/// Whether a word ends in terminal punctuation (`.`, `?`, `!`).
#[inline]
fn terminal(w: WordInfo) -> bool {
    w.shape == Shape::Terminal as u8 || w.shape == Shape::Asks as u8
}

/// How many kinds of space there are (`gap_class`).
pub const CLASSES: usize = 3;

/// The kind of a space, each with its own threshold: 1 after a word with terminal
/// punctuation (after `.` asked in wholly lower-case text only); after one without,
/// 2 in a run of headline bullets, 0 elsewhere.
#[inline]
pub fn gap_class(words: &[WordInfo], gap: Gap) -> usize {
    // Past the last word stands the edge, which has no terminal punctuation.
    class_after(at(words, Some(gap.i)), gap.block)
}

/// How many groups of spaces have margins of their own for the early tests
/// (`margin_group`).
pub const MARGIN_GROUPS: usize = CLASSES + 1;

/// The group of a space after word `w0` of kind `class` (`gap_class`) for the early
/// tests' margins: its kind, except that an unmarked space after a word that is not
/// a plain small-letter word (a closing bracket, a colon, a number, a quote: where
/// credit lines, labels and datelines end) is group 3. The ends after plain words,
/// most spaces, are told apart from the first features less well than these, so
/// that one margin for both either lets most spaces through or loses these ends.
#[inline]
pub fn margin_group(w0: WordInfo, class: usize) -> usize {
    if class == 0 && w0.shape != Shape::Word as u8 {
        CLASSES
    } else {
        class
    }
}

/// [`gap_class`] of a space after word `w0`.
#[inline]
pub fn class_after(w0: WordInfo, block: bool) -> usize {
    if terminal(w0) {
        1
    } else if block {
        2
    } else {
        0
    }
}

/// [`is_candidate`] of a space after word `w0`.
#[inline]
pub fn candidate_after(w0: WordInfo, lower_only: bool) -> bool {
    lower_only || w0.shape != Shape::Terminal as u8
}

/// Whether the model is asked about the space of `gap`: not after a word ending in
/// `.`, where the rules have decided with more care, unless the text is wholly
/// lower-case (then no capital shows the rules a sentence start); after `?` and
/// `!` always, since the bulk style shows no capital after them either.
#[inline]
pub fn is_candidate(words: &[WordInfo], gap: Gap) -> bool {
    gap.lower_only || words.get(gap.i).is_some_and(|&w| candidate_after(w, false))
}

/// The start of the current segment and of the one before, followed word by word,
/// and whether a run of headline bullets is under way.
#[derive(Debug, Clone, Copy, Default)]
pub struct Pieces {
    pub start: usize,
    pub prev: usize,
    /// In the segments since the label of a run of headline bullets (`story
    /// highlights`), up to the end of the rules' segment after it (the bullets, a
    /// dateline, the first sentence), or in a segment that opens with a caption's
    /// or credit's label (`image caption`, ...). Their spaces have weights and a
    /// threshold of their own, so that what the bullets and captions teach (a
    /// sentence that ends without its `.`) does not spill onto running text.
    pub block: bool,
    bullets: bool,
}

impl Pieces {
    /// A segment starts at word `at` of `words` (nothing changes if the current
    /// one does); `span` says it is where a segment of the rules starts.
    #[inline]
    pub fn begin(&mut self, words: &[WordInfo], at: usize, span: bool) {
        if at != self.start {
            if bullets_label(words, self.start, at) {
                self.bullets = true;
            } else if span {
                self.bullets = false;
            }
            self.prev = self.start;
            self.start = at;
        }
        self.block = self.bullets || caption_label(words, self.start);
    }
}

/// The word hashes of the page-furniture labels of
/// `stages/data/sentences/furniture_labels.txt` that are two words long: those
/// that open a segment (`image caption`) and those that stand alone (`story
/// highlights`).
struct Labels {
    open: Vec<[u64; 2]>,
    alone: Vec<[u64; 2]>,
}

static LABELS: std::sync::LazyLock<Labels> = std::sync::LazyLock::new(|| {
    let hash = |w: &str| hash_in(w.as_bytes(), 0, w.as_bytes()).0;
    let mut labels = Labels {
        open: Vec::new(),
        alone: Vec::new(),
    };
    for line in include_str!("../../../data/sentences/furniture_labels.txt").lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if let [how, a, b] = words[..] {
            match how {
                "open" => labels.open.push([hash(a), hash(b)]),
                "alone" => labels.alone.push([hash(a), hash(b)]),
                _ => {}
            }
        }
    }
    labels
});

/// Whether words `start..end` are the label of a run of headline bullets (a
/// two-word label that stands alone).
#[inline]
fn bullets_label(words: &[WordInfo], start: usize, end: usize) -> bool {
    end == start + 2
        && words
            .get(start..end)
            .is_some_and(|w| LABELS.alone.contains(&[w[0].hash, w[1].hash]))
}

/// Whether the words from `start` open with a caption's or credit's label.
#[inline]
fn caption_label(words: &[WordInfo], start: usize) -> bool {
    words
        .get(start..start + 2)
        .is_some_and(|w| LABELS.open.contains(&[w[0].hash, w[1].hash]))
}

/// Features computed first: enough to dismiss most spaces (see `GapModel::ends`).
pub const PREFIX: usize = 8;
/// The features computed next, from the words and the segment.
pub const REST: usize = 14;
/// The features computed last, from the word-pair table (a look-up that may miss
/// the cache, so made only where the others leave the space open).
pub const PAIR: usize = 11;

/// Calls `f` with the table index of every feature of `gap`: the prefix, the rest,
/// then the pair features.
#[inline]
pub fn for_each_feature(words: &[WordInfo], gap: Gap, pair: PairView, mut f: impl FnMut(usize)) {
    prefix_features(words, gap).into_iter().for_each(&mut f);
    rest_features(words, gap).into_iter().for_each(&mut f);
    pair_features(words, gap, pair).into_iter().for_each(f);
}

#[inline]
fn at(words: &[WordInfo], k: Option<usize>) -> WordInfo {
    k.and_then(|k| words.get(k)).copied().unwrap_or(EDGE)
}

#[inline]
fn shapes(a: WordInfo, b: WordInfo) -> u64 {
    u64::from(a.shape) << 8 | u64::from(b.shape)
}

/// Sets apart the features of spaces after terminal punctuation, of those in a
/// run of headline bullets and of the others (`gap_class`), so that the many ends
/// after terminal punctuation in wholly lower-case text, and the bullets' ends,
/// do not weigh on the other unmarked ones: each has its own weights.
#[inline]
fn kind_salt(w0: WordInfo, gap: Gap) -> u64 {
    u64::from(terminal(w0)) << 5 | u64::from(gap.block) << 6
}

/// The two words before the space and the two after it.
#[inline]
pub fn around(words: &[WordInfo], i: usize) -> [WordInfo; 4] {
    [
        at(words, i.checked_sub(1)),
        at(words, Some(i)),
        at(words, Some(i + 1)),
        at(words, Some(i + 2)),
    ]
}

/// The words on either side of the space, their pair, the shapes of four words, and
/// how far the segment has run (with the shapes, with how far the rules' segment
/// still runs, with the word before): what tells most spaces apart cheaply.
#[inline]
pub fn prefix_features(words: &[WordInfo], gap: Gap) -> [usize; PREFIX] {
    prefix_of(around(words, gap.i), gap)
}

/// The words around the space after word `i` of framed words
/// ([`framed_word_infos`]): the same as `around` on the words themselves.
#[inline]
pub fn window(framed: &[WordInfo], i: usize) -> Option<[WordInfo; 4]> {
    framed.get(i..i + 4)?.first_chunk::<4>().copied()
}

/// [`prefix_features`] of the space whose words around are `around`.
#[inline(always)]
pub fn prefix_of(around: [WordInfo; 4], gap: Gap) -> [usize; PREFIX] {
    let [wm1, w0, w1, w2] = around;
    let salt = kind_salt(w0, gap).wrapping_mul(MIX);
    let style = u64::from(gap.lower_only);
    let all_shapes = shapes(wm1, w0) << 16 | shapes(w1, w2);
    let dist = bucket(gap.i + 1 - gap.piece_start.min(gap.i));
    let to_end = bucket(gap.seg_last.saturating_sub(gap.i));
    [
        index_salted(salt, 0, style),
        index_salted(salt, 1, w0.hash),
        index_salted(salt, 2, w1.hash),
        index_salted(salt, 3, w0.hash ^ w1.hash.rotate_left(17)),
        index_salted(salt, 4, all_shapes << 1 | style),
        index_salted(salt, 9, (dist << 16 | shapes(w0, w1)) << 1 | style),
        index_salted(salt, 14, dist << 8 | to_end),
        index_salted(salt, 18, w0.hash ^ dist.rotate_right(3)),
    ]
}

/// The weights of the features of few values (`prefix_of` 0 and 14,
/// `rest_features` 10, 25, 26 and 28), by kind of space (`kind_salt`) and value:
/// the numbers the weight table holds at their indices, read without hashing.
/// [`prefix_sum`] and [`rest_sum`] add them in the features' order, so their sums
/// are those of the indices, to the bit.
#[derive(Debug, Clone)]
pub struct Dense {
    style: [[f32; 2]; 4],
    dist_to_end: [[[f32; 16]; 16]; 4],
    to_end_shape: [[[f32; 16]; 16]; 4],
    bracket_shape: [[[f32; 16]; 8]; 4],
    label: [[f32; 2]; 4],
    repeat_dist: [[[f32; 16]; 2]; 4],
}

/// The kind of space (0..4) whose salt `kind_salt` gives.
#[inline(always)]
fn kind_of(w0: WordInfo, gap: Gap) -> usize {
    usize::from(terminal(w0)) | usize::from(gap.block) << 1
}

impl Dense {
    /// The weights of `table` at the indices of the features of few values.
    pub fn of(table: &[f32; TABLE_SIZE]) -> Box<Dense> {
        let mut d = Box::new(Dense {
            style: [[0.0; 2]; 4],
            dist_to_end: [[[0.0; 16]; 16]; 4],
            to_end_shape: [[[0.0; 16]; 16]; 4],
            bracket_shape: [[[0.0; 16]; 8]; 4],
            label: [[0.0; 2]; 4],
            repeat_dist: [[[0.0; 16]; 2]; 4],
        });
        for kind in 0..4u64 {
            let salt = ((kind & 1) << 5 | (kind >> 1) << 6).wrapping_mul(MIX);
            let k = kind as usize;
            let w = |slot: u64, value: u64| table[index_salted(salt, slot, value)];
            for a in 0..16u64 {
                let (ai, style) = (a as usize, a & 1);
                if a < 2 {
                    d.style[k][ai] = w(0, a);
                    d.label[k][ai] = w(28, a);
                }
                for b in 0..16u64 {
                    let bi = b as usize;
                    d.dist_to_end[k][ai][bi] = w(14, a << 8 | b);
                    d.to_end_shape[k][ai][bi] = w(10, a << 8 | b);
                    if a < 8 {
                        d.bracket_shape[k][ai][bi] = w(25, a << 8 | b);
                    }
                    if a < 2 {
                        d.repeat_dist[k][ai][bi] = w(26, style << 4 | b);
                    }
                }
            }
        }
        d
    }
}

/// What the first early test needs of a space, by the kind of the space (`kind_salt`:
/// after terminal punctuation, in a bullet run) and whether the word before it is a
/// plain word (`margin_group`): [`space_kind`] picks one of eight.
#[derive(Debug, Clone, Copy, Default)]
pub struct SpaceKind {
    /// 0..4, as `kind_salt` (for `Dense`).
    pub kind: usize,
    /// `kind_salt` times the index multiplier.
    pub salt: u64,
    pub threshold: f32,
    pub margins: [f32; 2],
}

impl SpaceKind {
    /// The eight kinds of space of a model with these thresholds and margins.
    pub fn all(thresholds: [f32; CLASSES], margins: [[f32; 2]; MARGIN_GROUPS]) -> [SpaceKind; 8] {
        std::array::from_fn(|k| {
            let (terminal, block, marked) = (k & 1 != 0, k & 2 != 0, k & 4 != 0);
            let class = if terminal {
                1
            } else if block {
                2
            } else {
                0
            };
            let group = if class == 0 && marked { CLASSES } else { class };
            SpaceKind {
                kind: k & 3,
                salt: ((k as u64 & 1) << 5 | (k as u64 >> 1 & 1) << 6).wrapping_mul(MIX),
                threshold: thresholds[class],
                margins: margins[group],
            }
        })
    }
}

/// How many entries [`SpaceKind::by_shape`] has: one per shape (16 values, in
/// four bits) in a bullet run and out of one.
pub const SHAPE_KINDS: usize = 32;

impl SpaceKind {
    /// [`SpaceKind::all`] by the shape of the word before the space and whether it
    /// is in a bullet run (`shape_kind`): the kind is told by one index, without
    /// testing the shape for terminal punctuation and plain words at each space.
    pub fn by_shape(all: &[SpaceKind; 8]) -> [SpaceKind; SHAPE_KINDS] {
        std::array::from_fn(|k| {
            let w0 = WordInfo {
                hash: 0,
                shape: (k & 15) as u8,
            };
            all[space_kind(w0, k & 16 != 0) & 7]
        })
    }
}

/// The index into [`SpaceKind::by_shape`] of a space after word `w0`.
#[inline(always)]
pub fn shape_kind(w0: WordInfo, block: bool) -> usize {
    usize::from(w0.shape & 15) | usize::from(block) << 4
}

/// The index into [`SpaceKind::all`] of a space after word `w0`.
#[inline(always)]
pub fn space_kind(w0: WordInfo, block: bool) -> usize {
    usize::from(terminal(w0))
        | usize::from(block) << 1
        | usize::from(w0.shape != Shape::Word as u8) << 2
}

/// `s` plus the weights of [`prefix_of`] of the space (the same sum, bit for bit,
/// as adding `table` at each index in turn).
#[inline(always)]
pub fn prefix_sum(
    table: &[f32; TABLE_SIZE],
    dense: &Dense,
    around: [WordInfo; 4],
    gap: Gap,
    s: f32,
) -> f32 {
    let w0 = around[1];
    prefix_sum_of(
        table,
        dense,
        around,
        gap,
        kind_of(w0, gap) & 3,
        kind_salt(w0, gap).wrapping_mul(MIX),
        s,
    )
}

/// [`prefix_sum`], told the space's kind (`kind_of`) and salt (`kind_salt` times
/// the multiplier).
#[inline(always)]
pub fn prefix_sum_of(
    table: &[f32; TABLE_SIZE],
    dense: &Dense,
    around: [WordInfo; 4],
    gap: Gap,
    kind: usize,
    salt: u64,
    mut s: f32,
) -> f32 {
    let [wm1, w0, w1, w2] = around;
    let kind = kind & 3;
    let style = u64::from(gap.lower_only);
    let all_shapes = shapes(wm1, w0) << 16 | shapes(w1, w2);
    let dist = bucket(gap.i + 1 - gap.piece_start.min(gap.i));
    let to_end = bucket(gap.seg_last.saturating_sub(gap.i));
    s += dense.style[kind][usize::from(gap.lower_only)];
    s += table[index_salted(salt, 1, w0.hash)];
    s += table[index_salted(salt, 2, w1.hash)];
    s += table[index_salted(salt, 3, w0.hash ^ w1.hash.rotate_left(17))];
    s += table[index_salted(salt, 4, all_shapes << 1 | style)];
    s += table[index_salted(salt, 9, (dist << 16 | shapes(w0, w1)) << 1 | style)];
    s += dense.dist_to_end[kind][dist as usize & 15][to_end as usize & 15];
    s += table[index_salted(salt, 18, w0.hash ^ dist.rotate_right(3))];
    s
}

/// What the rest features of a space read around it: its four words, the salt of its
/// kind, the bucketed distances, and the first words of its piece and of the one before.
/// Built once by [`rest_sum`] (scoring) and [`rest_features`] (training), so that the
/// two paths cannot drift apart.
struct RestContext {
    i: usize,
    wm1: WordInfo,
    w0: WordInfo,
    w1: WordInfo,
    w2: WordInfo,
    salt: u64,
    dist: u64,
    to_end: u64,
    pos: u64,
    first: WordInfo,
    prev_first: WordInfo,
}

impl RestContext {
    #[inline(always)]
    fn of(words: &[WordInfo], gap: Gap) -> RestContext {
        let i = gap.i;
        let [wm1, w0, w1, w2] = around(words, i);
        RestContext {
            i,
            wm1,
            w0,
            w1,
            w2,
            salt: kind_salt(w0, gap).wrapping_mul(MIX),
            dist: bucket(i + 1 - gap.piece_start.min(i)),
            to_end: bucket(gap.seg_last.saturating_sub(i)),
            pos: bucket(i + 1),
            first: at(words, Some(gap.piece_start)),
            prev_first: if gap.prev_start < gap.piece_start {
                at(words, Some(gap.prev_start))
            } else {
                EDGE
            },
        }
    }
}

/// `s` plus the weights of [`rest_features`] of the space (the same sum, bit for
/// bit, as adding `table` at each index in turn).
#[inline(always)]
pub fn rest_sum(
    table: &[f32; TABLE_SIZE],
    dense: &Dense,
    words: &[WordInfo],
    gap: Gap,
    mut s: f32,
) -> f32 {
    let RestContext {
        i,
        wm1,
        w0,
        w1,
        w2,
        salt,
        dist,
        to_end,
        pos,
        first,
        prev_first,
    } = RestContext::of(words, gap);
    let kind = kind_of(w0, gap) & 3;
    let repeat = usize::from(gap.piece_start < i && first.hash == w1.hash);
    s += table[index_salted(salt, 5, wm1.hash)];
    s += table[index_salted(salt, 6, w2.hash)];
    s += table[index_salted(salt, 7, wm1.hash ^ w0.hash.rotate_left(17))];
    s += table[index_salted(salt, 8, w1.hash ^ w2.hash.rotate_left(17))];
    s += dense.to_end_shape[kind][to_end as usize & 15][usize::from(w1.shape & 15)];
    s += table[index_salted(salt, 11, pos ^ w0.hash.rotate_left(7))];
    s += table[index_salted(salt, 12, pos ^ w1.hash.rotate_left(7))];
    s += table[index_salted(salt, 13, dist ^ w1.hash.rotate_left(7))];
    s += table[index_salted(salt, 15, first.hash ^ dist.rotate_right(3))];
    s += table[index_salted(salt, 16, first.hash ^ w1.hash.rotate_left(23))];
    s += table[index_salted(salt, 17, prev_first.hash ^ dist.rotate_right(3))];
    s +=
        dense.bracket_shape[kind][bracket_ahead(words, i) as usize & 7][usize::from(w0.shape & 15)];
    s += dense.label[kind][usize::from(label_ahead(words, i + 1))];
    s += dense.repeat_dist[kind][repeat][dist as usize & 15];
    s
}

/// Whether a page-furniture label (`image caption`, `story highlights`) starts at
/// word `at`: a segment starts there.
#[inline]
fn label_ahead(words: &[WordInfo], at: usize) -> bool {
    caption_label(words, at) || bullets_label(words, at, at + 2)
}

/// What the word-pair table says about a space: the pair's tier
/// (`PairTable::tier`), how often the word before it ends sentences and how often
/// the word after it starts them (`PairTable::rates`).
///
/// With them, from the same table entries, the word classes (`pairs::word_class`)
/// of the word before the space and the three after it, and whether the segment so
/// far has a finite verb (bit 0: a listed auxiliary or verb) or an `-ed` word
/// (bit 1): a headline, bullet, caption or credit often has neither, or only the
/// second, and a clause after the space opens with a determiner, a pronoun, a verb.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PairView {
    pub tier: u8,
    pub ends: u8,
    pub starts: u8,
    pub classes: [u8; 4],
    pub verbs: u8,
}

/// How many words back from the space `PairView::verbs` looks.
const VERB_WINDOW: usize = 24;

/// Bit 0 for a finite verb's class, bit 1 for an `-ed` word's (`PairView::verbs`).
#[inline(always)]
fn verb_bits(class: u8) -> u8 {
    match class {
        word_class::AUX | word_class::VERB => 1,
        word_class::ED => 2,
        _ => 0,
    }
}

/// The first word before the space of `gap` that `PairView::verbs` looks at.
#[inline(always)]
fn verbs_from(gap: Gap) -> usize {
    let i = gap.i;
    gap.piece_start
        .min(i)
        .max(i.saturating_sub(VERB_WINDOW - 1))
}

/// [`PairView::verbs`] of the words before the space, carried along the text: the
/// spaces are asked about in order, and each word's class is looked up once at
/// most, not once per space asked about (`GapModel::refine_words`).
#[derive(Debug, Clone, Copy, Default)]
pub struct VerbScan {
    /// The words before this one have been looked at (or lie before the window).
    next: usize,
    /// 1 + the last word looked at with a finite verb's class, with an `-ed`
    /// word's (0: none).
    last_verb: usize,
    last_ed: usize,
}

impl VerbScan {
    /// The verb bits of the words from `verbs_from(gap)` up to word `gap.i` (not
    /// included), for spaces asked about in order.
    #[inline]
    pub fn before(&mut self, table: &PairTable, words: &[WordInfo], gap: Gap) -> u8 {
        let from = verbs_from(gap);
        for (k, w) in words
            .iter()
            .enumerate()
            .take(gap.i)
            .skip(self.next.max(from))
        {
            match verb_bits(table.class(*w)) {
                1 => self.last_verb = k + 1,
                2 => self.last_ed = k + 1,
                _ => {}
            }
        }
        self.next = self.next.max(gap.i);
        u8::from(self.last_verb > from) | u8::from(self.last_ed > from) << 1
    }
}

impl PairView {
    /// The view of the space of `gap`; tier 3 where a mark stands between the two
    /// words (only pairs of plain words are counted).
    #[inline]
    pub fn of(table: &PairTable, words: &[WordInfo], gap: Gap) -> PairView {
        let class_at = |k: usize| words.get(k).map_or(0, |&w| table.class(w));
        let mut verbs = 0;
        for k in (verbs_from(gap)..gap.i).rev() {
            verbs |= verb_bits(class_at(k));
            if verbs == 3 {
                break;
            }
        }
        PairView::told(table, words, gap, verbs)
    }

    /// [`PairView::of`], told the verb bits of the words before the space
    /// (`VerbScan::before`).
    #[inline]
    pub fn told(table: &PairTable, words: &[WordInfo], gap: Gap, before: u8) -> PairView {
        let (a, b) = pair_at(words, gap);
        let ea = table.word(a);
        let eb = table.word(b);
        let i = gap.i;
        let class_at = |k: usize| words.get(k).map_or(0, |&w| table.class(w));
        let verbs = before | verb_bits(ea.class);
        PairView {
            tier: if plain_pair(a, b) {
                table.tier(a, b)
            } else {
                3
            },
            ends: ea.rates.end,
            starts: eb.rates.start,
            classes: [ea.class, eb.class, class_at(i + 2), class_at(i + 3)],
            verbs,
        }
    }
}

/// Whether `w` is a word with no mark at either end, in lower case or capitalised
/// (not a number).
#[inline]
pub fn plain_word(w: WordInfo) -> bool {
    w.shape == Shape::Word as u8 || w.shape == Shape::Capitalised as u8
}

/// Whether `a` then `b` are words with no mark between them (plain words or
/// numbers), the pairs the table counts.
#[inline]
pub fn plain_pair(a: WordInfo, b: WordInfo) -> bool {
    let plain = |w: WordInfo| w.shape <= Shape::Number as u8;
    plain(a) && plain(b)
}

/// The words on either side of the space of `gap` (for `PairTable::tier`).
#[inline]
pub fn pair_at(words: &[WordInfo], gap: Gap) -> (WordInfo, WordInfo) {
    (at(words, Some(gap.i)), at(words, Some(gap.i + 1)))
}

/// The wider context: the next words out, how far the segment has run, where it
/// started and where the one before it did, how far the rules' segment still runs,
/// how far into the text the space is; how many words on a dateline's bracketed
/// source (`dhaka, bangladesh ( cnn )`) starts, whether a furniture label does
/// (`image caption`), and whether the next word repeats the segment's first (a
/// caption or heading said twice).
#[inline]
pub fn rest_features(words: &[WordInfo], gap: Gap) -> [usize; REST] {
    let RestContext {
        i,
        wm1,
        w0,
        w1,
        w2,
        salt,
        dist,
        to_end,
        pos,
        first,
        prev_first,
    } = RestContext::of(words, gap);
    [
        index_salted(salt, 5, wm1.hash),
        index_salted(salt, 6, w2.hash),
        index_salted(salt, 7, wm1.hash ^ w0.hash.rotate_left(17)),
        index_salted(salt, 8, w1.hash ^ w2.hash.rotate_left(17)),
        index_salted(salt, 10, to_end << 8 | u64::from(w1.shape)),
        index_salted(salt, 11, pos ^ w0.hash.rotate_left(7)),
        index_salted(salt, 12, pos ^ w1.hash.rotate_left(7)),
        index_salted(salt, 13, dist ^ w1.hash.rotate_left(7)),
        index_salted(salt, 15, first.hash ^ dist.rotate_right(3)),
        index_salted(salt, 16, first.hash ^ w1.hash.rotate_left(23)),
        index_salted(salt, 17, prev_first.hash ^ dist.rotate_right(3)),
        index_salted(salt, 25, bracket_ahead(words, i) << 8 | u64::from(w0.shape)),
        index_salted(salt, 28, u64::from(label_ahead(words, i + 1))),
        index_salted(
            salt,
            26,
            u64::from(gap.piece_start < i && first.hash == w1.hash) << 4 | dist,
        ),
    ]
}

/// 1 to 4 where the word that many places after word `i` opens a bracket closed
/// two words later (`( cnn )`), else 0.
#[inline]
fn bracket_ahead(words: &[WordInfo], i: usize) -> u64 {
    let shape = |k: usize| words.get(k).map_or(Shape::Edge as u8, |w| w.shape);
    (1..=4u64)
        .find(|&j| {
            let k = i + j as usize;
            shape(k) == Shape::Open as u8 && shape(k + 2) == Shape::Close as u8
        })
        .unwrap_or(0)
}

/// What the word-pair table tells (`view`): how often the two words around the
/// space follow each other inside sentences, with their shapes, either word and
/// the segment's length so far; how often the word before ends sentences and the
/// word after starts them, also with the first word of the segment before (in a
/// run of headline bullets, `story`).
#[inline]
pub fn pair_features(words: &[WordInfo], gap: Gap, view: PairView) -> [usize; PAIR] {
    let [_, w0, w1, w2] = around(words, gap.i);
    let salt = kind_salt(w0, gap).wrapping_mul(MIX);
    let style = u64::from(gap.lower_only);
    let dist = bucket(gap.i + 1 - gap.piece_start.min(gap.i));
    let pos = bucket(gap.i + 1);
    let c0 = class_or_shape(view.classes[0], w0);
    let c1 = class_or_shape(view.classes[1], w1);
    let c2 = class_or_shape(view.classes[2], w2);
    let c3 = class_or_shape(view.classes[3], at(words, Some(gap.i + 3)));
    let verbs = u64::from(view.verbs);
    let pair = view.tier;
    let rates = u64::from(view.starts) << 3 | u64::from(view.ends);
    let prev_first = if gap.prev_start < gap.piece_start {
        at(words, Some(gap.prev_start))
    } else {
        EDGE
    };
    [
        index_salted(salt, 19, u64::from(pair) << 16 | shapes(w0, w1)),
        index_salted(salt, 20, u64::from(pair) ^ w1.hash.rotate_left(11)),
        index_salted(salt, 21, u64::from(pair) ^ w0.hash.rotate_left(13)),
        index_salted(salt, 22, u64::from(pair) << 8 | dist << 1 | style),
        index_salted(salt, 23, (rates << 2 | u64::from(pair)) << 1 | style),
        index_salted(salt, 24, rates << 4 | dist),
        index_salted(
            salt,
            27,
            prev_first.hash ^ (rates << 2 | u64::from(pair)).rotate_left(40),
        ),
        // The classes of the next three words: does a clause start (a determiner
        // and a noun, a pronoun, a noun then a verb)?
        index_salted(salt, 29, c1 << 10 | c2 << 5 | c3),
        // The same with whether the segment so far has a verb.
        index_salted(salt, 29, 1 << 20 | verbs << 10 | c0 << 5 | c1),
        index_salted(salt, 30, (verbs << 10 | c1 << 5 | c2) << 4 | dist),
        // Near the text's start (credit lines, headings), the classes around.
        index_salted(salt, 31, (pos << 4 | verbs) << 10 | c0 << 5 | c1),
    ]
}

/// A word's class (`pairs::word_class`), else one told by its shape (above the
/// classes: a number, capitalised, a mark at an end, the text's edge; 0 a plain
/// word).
#[inline]
fn class_or_shape(class: u8, w: WordInfo) -> u64 {
    if class != 0 {
        return u64::from(class);
    }
    let c = word_class::COUNT;
    u64::from(match w.shape {
        s if s == Shape::Word as u8 => 0,
        s if s == Shape::Number as u8 => c,
        s if s == Shape::Capitalised as u8 => c + 1,
        s if s == Shape::Edge as u8 => c + 2,
        _ => c + 3,
    })
}

/// How many values [`bucket`] has.
pub const BUCKETS: usize = 10;

/// 0..=9 by powers of about two: 0, 1, 2, 3, 4, 5–6, 7–9, 10–15, 16–31, 32+.
#[inline]
fn bucket(n: usize) -> u64 {
    const OF: [u8; 33] = {
        let mut of = [0u8; 33];
        let mut n = 0;
        while n < 33 {
            of[n] = match n {
                0..=4 => n as u8,
                5..=6 => 5,
                7..=9 => 6,
                10..=15 => 7,
                16..=31 => 8,
                _ => 9,
            };
            n += 1;
        }
        of
    };
    u64::from(OF[n.min(32)])
}

#[cfg(test)]
fn index(slot: u64, value: u64) -> usize {
    slot_index::<TABLE_BITS>(slot, value)
}

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// `index(slot | kind, value)` for a `slot` under 32 and `salt` = `kind * MIX`
/// (`kind_salt`, bits 5 and 6, above any such slot): `(slot | kind) * MIX` is `slot * MIX +
/// kind * MIX`, so each feature costs a constant and an add instead of a multiply.
#[inline(always)]
fn index_salted(salt: u64, slot: u64, value: u64) -> usize {
    mix(value ^ slot.wrapping_mul(MIX).wrapping_add(salt))
}

#[inline(always)]
fn mix(x: u64) -> usize {
    mix_to::<TABLE_BITS>(x)
}

/// The hash of the feature tables, into a table of `2^BITS` entries.
#[inline(always)]
pub(super) fn mix_to<const BITS: u32>(x: u64) -> usize {
    let x = x.wrapping_mul(0xD6E8_FEB8_6659_FD93);
    let x = x ^ (x >> 32);
    (x.wrapping_mul(MIX) >> (64 - BITS)) as usize
}

/// A feature's index in a table of `2^BITS` entries: its `value` salted by its `slot`.
pub(super) fn slot_index<const BITS: u32>(slot: u64, value: u64) -> usize {
    mix_to::<BITS>(value ^ slot.wrapping_mul(MIX))
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
        assert_eq!(shape(b"end?"), Shape::Asks);
        assert_eq!(shape(b"end!"), Shape::Asks);
        assert_eq!(shape(b"\""), Shape::Quote);
        assert_eq!(shape("\u{201c}".as_bytes()), Shape::Quote);
        assert_eq!(shape(b"("), Shape::Open);
        assert_eq!(shape(b"--"), Shape::Dash);
        assert_eq!(shape("\u{2014}".as_bytes()), Shape::Dash);
        assert_eq!(shape(b"1,200"), Shape::Number);
        assert_eq!(shape(b"(cnn)"), Shape::ClosesWithMark);
    }

    #[test]
    fn word_infos_give_the_shapes_of_shape_knowing() {
        let text = "plain words, a1b2 x9y (open) closed) \"quoted\" Capital 42 mid.dle end. what? \
                    co-op e-mail 3rd 1990s d'oh -- ... é café";
        let mut tokens = Vec::new();
        crate::sentences::token::tokenize_text(text, &mut tokens, &mut Vec::new());
        let mut infos = Vec::new();
        word_infos(text, &tokens, &mut infos);
        assert_eq!(infos.len(), tokens.len());
        for (t, info) in tokens.iter().zip(&infos) {
            let word = &text.as_bytes()[t.start..t.end];
            assert_eq!(info.shape, shape(word) as u8, "{:?}", &text[t.start..t.end]);
        }
    }

    #[test]
    fn hash_ignores_case_marks_and_digit_values() {
        assert_eq!(word_hash(b"Police"), word_hash(b"police,"));
        assert_eq!(word_hash(b"1983"), word_hash(b"2017"));
        assert_ne!(word_hash(b"police"), word_hash(b"officer"));
        assert_eq!(fold(load(b"AbZ@[09:")), load(b"abz@[00:"));
        assert_eq!(trim_marks(b"\"(yes),"), b"yes");
        assert_eq!(trim_marks(b"--"), b"");
        let text = b"say \"Hello, WORLD\" said-the-international-committee. 1983 covid-19, \
            a-very-long-compound-with-7-in-it (x9) 20%  ";
        let mut at = 0;
        for word in text.split(|&b| b == b' ') {
            let (hash, digits) = hash_in(text, at, word);
            assert_eq!(hash, word_hash(word), "{word:?}");
            assert_eq!(digits, word.iter().any(u8::is_ascii_digit), "{word:?}");
            at += word.len() + 1;
        }
    }

    #[test]
    fn a_dateline_ahead_and_a_bullets_label_are_seen() {
        let text = "story highlights the vote was close paris, france ( cnn ) it was";
        let mut tokens = Vec::new();
        let mut lines = Vec::new();
        crate::sentences::token::tokenize_text(text, &mut tokens, &mut lines);
        let mut words = Vec::new();
        word_infos(text, &tokens, &mut words);
        assert!(bullets_label(&words, 0, 2));
        assert!(!bullets_label(&words, 1, 3));
        // After `close`: `paris,` `france` `(` `cnn` `)`.
        assert_eq!(bracket_ahead(&words, 5), 3);
        assert_eq!(bracket_ahead(&words, 2), 0);
        let mut pieces = Pieces::default();
        pieces.begin(&words, 0, true);
        pieces.begin(&words, 2, false);
        assert!(pieces.block);
        pieces.begin(&words, 7, false);
        assert!(pieces.block, "the bullets run on");
        pieces.begin(&words, 12, true);
        assert!(!pieces.block, "a segment of the rules ends the run");
        let text = "image caption a dog in the park it rained";
        let mut tokens = Vec::new();
        crate::sentences::token::tokenize_text(text, &mut tokens, &mut lines);
        word_infos(text, &tokens, &mut words);
        let mut pieces = Pieces::default();
        pieces.begin(&words, 0, true);
        assert!(pieces.block, "a caption");
        pieces.begin(&words, 7, false);
        assert!(!pieces.block, "the text after it");
    }

    #[test]
    fn short_plain_words_take_the_general_path_s_info() {
        let text = "a an the of ab1 x9y abcdefgh abcdefghi zz09zz7a police, (said) Word \
                    mid.dle co-op d'oh é café 42 x e";
        let mut tokens = Vec::new();
        crate::sentences::token::tokenize_text(text, &mut tokens, &mut Vec::new());
        let bytes = text.as_bytes();
        let mut fast = 0;
        for t in &tokens {
            let word = &bytes[t.start..t.end];
            let (hash, digits) = hash_in(bytes, t.start, word);
            let shape = shape(word) as u8;
            assert_eq!(shape_knowing(word, digits) as u8, shape);
            if let Some(info) = short_plain_word_info(bytes, t) {
                assert_eq!(
                    info,
                    WordInfo { hash, shape },
                    "{:?}",
                    &text[t.start..t.end]
                );
                fast += 1;
            }
            assert_eq!(word_info(bytes, t).0, WordInfo { hash, shape });
        }
        // The last words are within eight bytes of the end: the general path.
        assert!(fast > 8 && fast < tokens.len());
    }

    #[test]
    fn marks_are_ascii_punctuation() {
        for b in 0..=255u8 {
            assert_eq!(is_mark(b), b.is_ascii_punctuation(), "{b}");
        }
    }

    #[test]
    fn buckets() {
        let got: Vec<u64> = [0, 1, 4, 5, 6, 7, 9, 10, 15, 16, 31, 32, 1000]
            .map(bucket)
            .to_vec();
        assert_eq!(got, [0, 1, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9]);
    }

    #[test]
    fn salted_index_is_the_index_of_the_salted_slot() {
        for terminal in [false, true] {
            for block in [false, true] {
                let kind = u64::from(terminal) << 5 | u64::from(block) << 6;
                for slot in 0..32 {
                    for value in [0, 1, 7, 0x5bd1_e995_1234_5678, u64::MAX] {
                        assert_eq!(
                            index_salted(kind.wrapping_mul(MIX), slot, value),
                            index(slot | kind, value)
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn dense_sums_are_the_sums_of_the_indices() {
        // A table of distinct weights, so that a wrong index shows.
        let mut table = Box::new([0.0f32; TABLE_SIZE]);
        for (k, w) in table.iter_mut().enumerate() {
            *w = ((k as u32).wrapping_mul(2_654_435_761) >> 8) as f32 / 65536.0 - 128.0;
        }
        let dense = Dense::of(&table);
        let text = "story highlights the vote was close. paris, france ( cnn ) it was \
                    a long night? \"yes\" -- 42 Officials said image caption the result";
        let mut tokens = Vec::new();
        crate::sentences::token::tokenize_text(text, &mut tokens, &mut Vec::new());
        let mut words = Vec::new();
        word_infos(text, &tokens, &mut words);
        let mut checked = 0;
        for lower_only in [false, true] {
            for block in [false, true] {
                for piece_start in [0, 2, 5] {
                    for prev_start in [0, 2] {
                        for i in 0..words.len() {
                            let gap = Gap {
                                i,
                                piece_start,
                                prev_start,
                                seg_last: words.len() - 1,
                                lower_only,
                                block,
                            };
                            let by_index = |ks: &[usize], mut s: f32| {
                                for &k in ks {
                                    s += table[k];
                                }
                                s
                            };
                            let p = by_index(&prefix_features(&words, gap), 0.0);
                            let fast = prefix_sum(&table, &dense, around(&words, i), gap, 0.0);
                            assert_eq!(p.to_bits(), fast.to_bits(), "prefix at {i}");
                            let r = by_index(&rest_features(&words, gap), p);
                            let fast = rest_sum(&table, &dense, &words, gap, p);
                            assert_eq!(r.to_bits(), fast.to_bits(), "rest at {i}");
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 500);
    }

    #[test]
    fn verbs_carried_along_are_those_scanned_back() {
        use super::super::pairs::PairCounter;
        let text = "the police said the man walked home and was arrested. story highlights \
                    officials say the storm killed six cafe worker says it rained image \
                    caption a dog reported missing the mayor has resigned then left";
        let mut tokens = Vec::new();
        crate::sentences::token::tokenize_text(text, &mut tokens, &mut Vec::new());
        let mut words = Vec::new();
        word_infos(text, &tokens, &mut words);
        // The listed classes; and `-ed` endings counted for `walked`, `arrested`.
        let mut counter = PairCounter::default();
        let tails: Vec<u8> = tokens
            .iter()
            .map(|t| tail_of(&text.as_bytes()[t.start..t.end]))
            .collect();
        for _ in 0..6 {
            counter.add(&words, &tails);
        }
        let table = counter.table().expect("a table");
        let mut checked = 0;
        for starts in [vec![0], vec![0, 3, 9], vec![0, 12, 13, 30]] {
            let mut scan = VerbScan::default();
            let mut piece_start = 0;
            for i in 0..words.len() {
                if starts.contains(&i) {
                    piece_start = i;
                }
                // Not every space is asked about.
                if i % 3 == 1 {
                    continue;
                }
                let gap = Gap {
                    i,
                    piece_start,
                    prev_start: 0,
                    seg_last: words.len() - 1,
                    lower_only: true,
                    block: false,
                };
                let before = scan.before(&table, &words, gap);
                let view = PairView::told(&table, &words, gap, before);
                assert_eq!(view, PairView::of(&table, &words, gap), "at {i}");
                checked += usize::from(view.verbs != 0);
            }
        }
        assert!(checked > 10);
    }

    #[test]
    fn kinds_by_shape_are_the_kinds_of_space_kind() {
        let all: [SpaceKind; 8] = std::array::from_fn(|k| SpaceKind {
            kind: k,
            salt: k as u64,
            threshold: k as f32,
            margins: [k as f32; 2],
        });
        let by_shape = SpaceKind::by_shape(&all);
        for shape in 0..=Shape::Asks as u8 {
            for block in [false, true] {
                let w0 = WordInfo { hash: 7, shape };
                let (a, b) = (by_shape[shape_kind(w0, block)], all[space_kind(w0, block)]);
                assert_eq!((a.kind, a.salt), (b.kind, b.salt), "shape {shape}, {block}");
            }
        }
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
            block: false,
        };
        let mut n = 0;
        for_each_feature(&words, gap, PairView::default(), |k| {
            assert!(k < TABLE_SIZE);
            n += 1;
        });
        assert_eq!(n, PREFIX + REST + PAIR);
    }
}
