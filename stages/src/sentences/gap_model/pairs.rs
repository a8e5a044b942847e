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
//! File (`stages/data/sentences/gap_pairs.bin`): `CGP3`, the table bits (u32,
//! little-endian), the slots' bits as little-endian u64 words (slot `s` in bits
//! `2(s mod 32)` and up of word `s / 32`), then one byte per word slot (start class
//! in the low nibble, end class in the high one).

use super::features::{plain_pair, WordInfo};
use super::weights::FormatError;

pub const PAIR_BITS: u32 = 20;
const SLOTS: usize = 1 << PAIR_BITS;
const WORDS: usize = SLOTS / 32;
/// Counts from which a pair is "seen" and "common".
const SEEN: u32 = 2;
const COMMON: u32 = 10;
const MAGIC: &[u8; 4] = b"CGP3";
pub const WORD_BITS: u32 = 16;
const WORD_SLOTS: usize = 1 << WORD_BITS;
/// Fewer sightings than this leave a word's rates unknown (class 0).
const MIN_SIGHTINGS: u32 = 5;

/// Two bits per pair slot (`seen`, then `common`), and the rate classes of the
/// words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairTable {
    bits: Vec<u64>,
    rates: Vec<u8>,
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
            rates: vec![0; WORD_SLOTS],
        }
    }

    /// The rate classes of word `w`.
    #[inline]
    pub fn rates(&self, w: WordInfo) -> Rates {
        let b = self.rates.get(word_slot(w)).copied().unwrap_or(0);
        Rates {
            start: b & 0x0F,
            end: b >> 4,
        }
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
        out.extend_from_slice(&self.rates);
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
        if rest.len() != WORDS * 8 + WORD_SLOTS {
            return Err(FormatError::Truncated);
        }
        let (bits, rates) = rest.split_at(WORDS * 8);
        Ok(PairTable {
            bits: bits
                .chunks_exact(8)
                .map(|c| u64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
                .collect(),
            rates: rates.to_vec(),
        })
    }
}

/// Counts word pairs inside sentences, and words at their starts and ends, then
/// makes the table.
#[derive(Debug, Clone)]
pub struct PairCounter {
    counts: Vec<u32>,
    /// Per word slot: sightings, at a sentence start, at a sentence end.
    words: Vec<[u32; 3]>,
}

impl Default for PairCounter {
    fn default() -> Self {
        PairCounter {
            counts: vec![0; SLOTS],
            words: vec![[0; 3]; WORD_SLOTS],
        }
    }
}

impl PairCounter {
    /// Counts the pairs of neighbouring plain words in `sentence`, its words, and its
    /// first and last word.
    pub fn add(&mut self, sentence: &[WordInfo]) {
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

    pub fn table(&self) -> PairTable {
        let mut t = PairTable::empty();
        for (s, &c) in self.counts.iter().enumerate() {
            let two = u64::from(c >= SEEN) | u64::from(c >= COMMON) << 1;
            t.bits[s / 32] |= two << (2 * (s % 32));
        }
        for (r, &[all, start, end]) in t.rates.iter_mut().zip(&self.words) {
            *r = rate_class(start, all) | rate_class(end, all) << 4;
        }
        t
    }
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
            c.add(&[w(1), w(2), w(3)]);
        }
        c.add(&[w(4), w(5)]);
        c.add(&[w(4), w(5)]);
        let t = c.table();
        assert_eq!(t.tier(w(1), w(2)), 2);
        assert_eq!(t.tier(w(4), w(5)), 1);
        assert_eq!(t.tier(w(2), w(1)), 0);
        let at = |k: u64| w(k << 60);
        for _ in 0..5 {
            c.add(&[at(1), at(2), at(3)]);
        }
        let t = c.table();
        assert_eq!(t.rates(at(1)), Rates { start: 4, end: 1 });
        assert_eq!(t.rates(at(3)), Rates { start: 1, end: 4 });
        assert_eq!(t.rates(at(9)), Rates::default());
        assert_eq!(PairTable::decode(&t.encode()), Ok(t));
    }
}
