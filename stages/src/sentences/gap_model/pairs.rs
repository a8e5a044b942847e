//! Which word pairs run on inside sentences of the bulk corpus, and how often: a
//! segment end glued to the next segment (`... on the roof police said ...`) most
//! often puts together two words that rarely follow each other within a sentence.
//! Pairs are counted (by hash, into a table of 2^`PAIR_BITS` counters) over the clean
//! sentences of bulk sets that the model is not trained on, and kept as two bits
//! per slot: the pair was seen at least `SEEN` times, at least `COMMON` times (the
//! two bits side by side, so that a look-up costs one load).
//!
//!
//! With them, for each word (by hash, into 2^`WORD_BITS` slots) how often it starts
//! and how often it ends those sentences, as two rate classes (`Rates`): a word that
//! often ends sentences followed by one that often starts them, and a pair never
//! seen together, is a likely segment end.
//!
//! Each word slot also keeps the word's class (`WordClass`): a listed closed-class
//! word or finite verb (`stages/data/sentences/word_classes.txt`, the speech verbs,
//! irregular past forms), else how the words counted into the slot mostly end
//! (`-ed`, `-ing`, `-s`, `-ly`, counted from the bulk corpus): the gap model's
//! features of whether a clause starts after a space and whether the segment before
//! it has a verb read it from the entry the rates come from, so the classes cost no
//! look-up of their own.
//!
//! File (`stages/data/sentences/gap_pairs.bin`): `CGP4`, the table bits (u32,
//! little-endian), the slots' bits as little-endian u64 words (slot `s` in bits
//! `2(s mod 32)` and up of word `s / 32`), then one byte per word slot (start class
//! in the low nibble, end class in the high one), then one byte per word slot (its
//! word class; the listed classes are put in again on reading, so the lists can
//! change without a recount).

use super::features::{plain_pair, text_word_hash, WordInfo};
use super::weights::FormatError;

pub const PAIR_BITS: u32 = 20;
const SLOTS: usize = 1 << PAIR_BITS;
const WORDS: usize = SLOTS / 32;
/// Counts from which a pair is "seen" and "common".
const SEEN: u32 = 2;
const COMMON: u32 = 10;
const MAGIC: &[u8; 4] = b"CGP4";
pub const WORD_BITS: u32 = 16;
const WORD_SLOTS: usize = 1 << WORD_BITS;
/// Fewer sightings than this leave a word's rates unknown (class 0).
const MIN_SIGHTINGS: u32 = 5;

/// Share of a slot's sightings (in tenths) that one ending must have to give the
/// slot its class.
const TAIL_TENTHS: u32 = 6;

/// Two bits per pair slot (`seen`, then `common`), and per word slot its rate
/// classes (low byte) and word class (high byte), one entry so one load. The
/// entries take few values (the rates are both unknown or both known: 17 pairs of
/// rates, 11 classes), so each slot keeps a byte, the entry's code, and `entries`
/// turns codes into entries: the word slots are 64 KB, not 128.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairTable {
    bits: Vec<u64>,
    codes: Box<[u8; WORD_SLOTS]>,
    entries: Box<[u16; 256]>,
}

/// A code per word slot, and the entry of each code.
type Packed = (Box<[u8; WORD_SLOTS]>, Box<[u16; 256]>);

/// The codes of the word slots' entries `words` (`PairTable::codes`): each value
/// the number of values met before it, in slot order; an error if there are more
/// than 256.
fn pack(words: &[u16]) -> Result<Packed, FormatError> {
    let mut codes = Box::new([0u8; WORD_SLOTS]);
    let mut entries = Box::new([0u16; 256]);
    let mut seen: std::collections::HashMap<u16, u8> = std::collections::HashMap::new();
    for (c, &e) in codes.iter_mut().zip(words) {
        let next = seen.len();
        *c = match seen.get(&e) {
            Some(&code) => code,
            None => {
                let code = u8::try_from(next).map_err(|_| FormatError::Entries)?;
                seen.insert(e, code);
                entries[usize::from(code)] = e;
                code
            }
        };
    }
    Ok((codes, entries))
}

/// Word classes (the high byte of a word slot's entry): 0 none known; listed
/// (`word_classes.txt`) 1 determiner, 2 pronoun, 3 auxiliary, 4 finite verb,
/// 5 preposition, 6 conjunction; counted endings 7 `-ed`, 8 `-ing`, 9 `-s`, 10 `-ly`.
pub mod word_class {
    pub const DET: u8 = 1;
    pub const AUX: u8 = 3;
    pub const VERB: u8 = 4;
    pub const ED: u8 = 7;
    /// The listed classes' names, in class order from 1.
    pub const LISTED: [&str; 6] = ["det", "pron", "aux", "verb", "prep", "conj"];
    /// How many classes there are (0 included).
    pub const COUNT: u8 = 11;
}

/// The listed words' hashes and classes (`word_classes.txt`, then the speech verbs
/// and irregular past forms of English as finite verbs).
fn listed_words() -> Vec<(u64, u8)> {
    let mut out = Vec::new();
    for line in crate::data::lines(include_str!("../../../data/sentences/word_classes.txt")) {
        let mut words = line.split_whitespace();
        let Some(class) = words
            .next()
            .and_then(|c| word_class::LISTED.iter().position(|&l| l == c))
        else {
            continue;
        };
        out.extend(words.map(|w| (text_word_hash(w), class as u8 + 1)));
    }
    for verbs in [
        include_str!("../../../data/sentences/speech_verbs.txt"),
        include_str!("../../../data/quotes/irregular_past.txt"),
    ] {
        for w in crate::data::lines(verbs) {
            if let Some(w) = w.split_whitespace().next() {
                out.push((text_word_hash(w), word_class::VERB));
            }
        }
    }
    out
}

/// A word slot's rates and class (`PairTable::word`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordEntry {
    pub rates: Rates,
    pub class: u8,
}

/// How often a word starts (`start`) and ends (`end`) a sentence: 0 unknown, then
/// 1 under 1 %, 2 under 5 %, 3 under 20 %, 4 more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rates {
    pub start: u8,
    pub end: u8,
}

#[inline]
fn word_slot(w: WordInfo) -> usize {
    (w.hash >> (64 - WORD_BITS)) as usize
}

fn rate_class(part: u32, all: u32) -> u8 {
    if all < MIN_SIGHTINGS {
        return 0;
    }
    let r = f64::from(part) / f64::from(all);
    match r {
        r if r < 0.01 => 1,
        r if r < 0.05 => 2,
        r if r < 0.2 => 3,
        _ => 4,
    }
}

/// The slot of the pair of words `a` then `b`.
#[inline]
fn slot(a: WordInfo, b: WordInfo) -> usize {
    let x = (a.hash ^ b.hash.rotate_left(29)).wrapping_mul(0xD6E8_FEB8_6659_FD93);
    ((x ^ (x >> 31)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - PAIR_BITS)) as usize
}

impl PairTable {
    /// A table where no pair was seen.
    pub fn empty() -> PairTable {
        PairTable {
            bits: vec![0; WORDS],
            codes: Box::new([0; WORD_SLOTS]),
            entries: Box::new([0; 256]),
        }
    }

    /// The table of pair bits `bits` and word slot entries `words`, the listed
    /// words' classes put in.
    fn of_entries(bits: Vec<u64>, mut words: Vec<u16>) -> Result<PairTable, FormatError> {
        for (hash, class) in listed_words() {
            let slot = word_slot(WordInfo { hash, shape: 0 });
            if let Some(e) = words.get_mut(slot) {
                *e = (*e & 0xFF) | u16::from(class) << 8;
            }
        }
        let (codes, entries) = pack(&words)?;
        Ok(PairTable {
            bits,
            codes,
            entries,
        })
    }

    /// The entry of word slot `slot` (below `WORD_SLOTS`).
    #[inline(always)]
    fn entry(&self, slot: usize) -> u16 {
        self.entries[usize::from(self.codes[slot & (WORD_SLOTS - 1)])]
    }

    /// The rate classes of word `w`.
    #[inline]
    pub fn rates(&self, w: WordInfo) -> Rates {
        self.word(w).rates
    }

    /// The rate classes and the word class of word `w` (one load).
    #[inline]
    pub fn word(&self, w: WordInfo) -> WordEntry {
        let e = self.entry(word_slot(w));
        WordEntry {
            rates: Rates {
                start: (e & 0x0F) as u8,
                end: (e >> 4 & 0x0F) as u8,
            },
            class: (e >> 8) as u8,
        }
    }

    /// The word class of word `w` (`word_class`).
    #[inline]
    pub fn class(&self, w: WordInfo) -> u8 {
        (self.entry(word_slot(w)) >> 8) as u8
    }

    /// 0 for a pair not seen, 1 seen, 2 common.
    #[inline]
    pub fn tier(&self, a: WordInfo, b: WordInfo) -> u8 {
        let s = slot(a, b);
        let w = self.bits.get(s / 32).copied().unwrap_or(0);
        (w >> (2 * (s % 32)) & 3).count_ones() as u8
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(8 + self.bits.len() * 8);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&PAIR_BITS.to_le_bytes());
        for w in &self.bits {
            out.extend_from_slice(&w.to_le_bytes());
        }
        let words = || self.codes.iter().map(|&c| self.entries[usize::from(c)]);
        out.extend(words().map(|e| e as u8));
        out.extend(words().map(|e| (e >> 8) as u8));
        out
    }

    pub fn decode(bytes: &[u8]) -> Result<PairTable, FormatError> {
        let rest = bytes.strip_prefix(MAGIC).ok_or(FormatError::Magic)?;
        let (bits, rest) = rest
            .split_first_chunk::<4>()
            .ok_or(FormatError::Truncated)?;
        let bits = u32::from_le_bytes(*bits);
        if bits != PAIR_BITS {
            return Err(FormatError::TableBits(bits, PAIR_BITS));
        }
        if rest.len() != WORDS * 8 + 2 * WORD_SLOTS {
            return Err(FormatError::Truncated);
        }
        let (bits, entries) = rest.split_at(WORDS * 8);
        let (rates, classes) = entries.split_at(WORD_SLOTS);
        PairTable::of_entries(
            bits.chunks_exact(8)
                .map(|c| u64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
                .collect(),
            rates
                .iter()
                .zip(classes)
                .map(|(&r, &c)| u16::from(r) | u16::from(c) << 8)
                .collect(),
        )
    }
}

/// Counts word pairs inside sentences, and words at their starts and ends, then
/// makes the table.
#[derive(Debug, Clone)]
pub struct PairCounter {
    counts: Vec<u32>,
    /// Per word slot: sightings, at a sentence start, at a sentence end.
    words: Vec<[u32; 3]>,
    /// Per word slot: sightings ending in `-ed`, `-ing`, `-s`, `-ly`
    /// (`features::tail_of` 1..=4).
    tails: Vec<[u32; 4]>,
}

impl Default for PairCounter {
    fn default() -> Self {
        PairCounter {
            counts: vec![0; SLOTS],
            words: vec![[0; 3]; WORD_SLOTS],
            tails: vec![[0; 4]; WORD_SLOTS],
        }
    }
}

impl PairCounter {
    /// Counts the pairs of neighbouring plain words in `sentence`, its words, and its
    /// first and last word; `tails` (empty, or one per word) are the words' endings
    /// (`features::tail_of`).
    pub fn add(&mut self, sentence: &[WordInfo], tails: &[u8]) {
        for (&w, &tail) in sentence.iter().zip(tails) {
            if let (Some(c), Some(k)) = (
                self.tails.get_mut(word_slot(w)),
                usize::from(tail).checked_sub(1),
            ) {
                if let Some(n) = c.get_mut(k) {
                    *n = n.saturating_add(1);
                }
            }
        }
        for pair in sentence.windows(2) {
            if !plain_pair(pair[0], pair[1]) {
                continue;
            }
            if let Some(c) = self.counts.get_mut(slot(pair[0], pair[1])) {
                *c = c.saturating_add(1);
            }
        }
        let n = sentence.len();
        for (k, &w) in sentence.iter().enumerate() {
            if let Some(c) = self.words.get_mut(word_slot(w)) {
                c[0] = c[0].saturating_add(1);
                c[1] += u32::from(k == 0);
                c[2] += u32::from(k + 1 == n);
            }
        }
    }

    /// The table of the counts (an error only if the word slots' entries took
    /// more than 256 values, which the rate classes rule out).
    pub fn table(&self) -> Result<PairTable, FormatError> {
        let mut bits = vec![0u64; WORDS];
        for (s, &c) in self.counts.iter().enumerate() {
            let two = u64::from(c >= SEEN) | u64::from(c >= COMMON) << 1;
            bits[s / 32] |= two << (2 * (s % 32));
        }
        let words = self
            .words
            .iter()
            .zip(&self.tails)
            .map(|(&[all, start, end], tails)| {
                let rates = rate_class(start, all) | rate_class(end, all) << 4;
                u16::from(rates) | u16::from(tail_class(tails, all)) << 8
            })
            .collect();
        PairTable::of_entries(bits, words)
    }
}

/// The class of a slot whose words mostly (`TAIL_TENTHS`) end one way.
fn tail_class(tails: &[u32; 4], all: u32) -> u8 {
    if all < MIN_SIGHTINGS {
        return 0;
    }
    tails
        .iter()
        .position(|&n| u64::from(n) * 10 >= u64::from(all) * u64::from(TAIL_TENTHS))
        .map_or(0, |k| word_class::ED + k as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(hash: u64) -> WordInfo {
        WordInfo { hash, shape: 0 }
    }

    #[test]
    fn counted_pairs_are_seen_in_their_order() {
        let mut c = PairCounter::default();
        for _ in 0..10 {
            c.add(&[w(1), w(2), w(3)], &[]);
        }
        c.add(&[w(4), w(5)], &[]);
        c.add(&[w(4), w(5)], &[]);
        let t = c.table().expect("a table");
        assert_eq!(t.tier(w(1), w(2)), 2);
        assert_eq!(t.tier(w(4), w(5)), 1);
        assert_eq!(t.tier(w(2), w(1)), 0);
        let at = |k: u64| w(k << 60);
        for _ in 0..5 {
            c.add(&[at(1), at(2), at(3)], &[0, 2, 1]);
        }
        let t = c.table().expect("a table");
        assert_eq!(t.class(at(2)), word_class::ED + 1);
        assert_eq!(t.class(at(3)), word_class::ED);
        assert_eq!(t.class(at(1)), 0);
        let said = WordInfo {
            hash: text_word_hash("said"),
            shape: 0,
        };
        assert_eq!(t.class(said), word_class::VERB);
        assert_eq!(t.rates(at(1)), Rates { start: 4, end: 1 });
        assert_eq!(t.rates(at(3)), Rates { start: 1, end: 4 });
        assert_eq!(t.rates(at(9)), Rates::default());
        assert_eq!(PairTable::decode(&t.encode()), Ok(t));
    }
}
