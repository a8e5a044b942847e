//! Which word pairs run on inside sentences of the bulk corpus, and how often: a
//! segment end glued to the next segment (`... on the roof police said ...`) most
//! often puts together two words that rarely follow each other within a sentence.
//! Pairs are counted (by hash, into a table of 2^`PAIR_BITS` counters) over the clean
//! sentences of bulk sets that the model is not trained on, and kept as two bit
//! sets: pairs seen at least `SEEN` times, and at least `COMMON` times.
//!
//! File (`stages/data/sentences/gap_pairs.bin`): `CGP1`, the table bits (u32,
//! little-endian), then the two bit sets as little-endian u64 words.

use super::features::WordInfo;
use super::weights::FormatError;

pub const PAIR_BITS: u32 = 20;
const SLOTS: usize = 1 << PAIR_BITS;
const WORDS: usize = SLOTS / 64;
/// Counts from which a pair is "seen" and "common".
const SEEN: u32 = 2;
const COMMON: u32 = 10;
const MAGIC: &[u8; 4] = b"CGP1";

/// The two bit sets, `seen` then `common`, one after the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairTable {
    bits: Vec<u64>,
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
            bits: vec![0; 2 * WORDS],
        }
    }

    /// 0 for a pair not seen, 1 seen, 2 common.
    #[inline]
    pub fn tier(&self, a: WordInfo, b: WordInfo) -> u8 {
        let s = slot(a, b);
        let bit = |base: usize| {
            self.bits
                .get(base + s / 64)
                .is_some_and(|w| w >> (s % 64) & 1 == 1)
        };
        u8::from(bit(0)) + u8::from(bit(WORDS))
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(8 + self.bits.len() * 8);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&PAIR_BITS.to_le_bytes());
        for w in &self.bits {
            out.extend_from_slice(&w.to_le_bytes());
        }
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
        if rest.len() != 2 * WORDS * 8 {
            return Err(FormatError::Truncated);
        }
        Ok(PairTable {
            bits: rest
                .chunks_exact(8)
                .map(|c| u64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
                .collect(),
        })
    }
}

/// Counts word pairs inside sentences, then makes the table.
#[derive(Debug, Clone)]
pub struct PairCounter {
    counts: Vec<u32>,
}

impl Default for PairCounter {
    fn default() -> Self {
        PairCounter {
            counts: vec![0; SLOTS],
        }
    }
}

impl PairCounter {
    /// Counts the pairs of neighbouring words in `sentence`.
    pub fn add(&mut self, sentence: &[WordInfo]) {
        for pair in sentence.windows(2) {
            if let Some(c) = self.counts.get_mut(slot(pair[0], pair[1])) {
                *c = c.saturating_add(1);
            }
        }
    }

    pub fn table(&self) -> PairTable {
        let mut t = PairTable::empty();
        for (s, &c) in self.counts.iter().enumerate() {
            if c >= SEEN {
                t.bits[s / 64] |= 1 << (s % 64);
            }
            if c >= COMMON {
                t.bits[WORDS + s / 64] |= 1 << (s % 64);
            }
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
        assert_eq!(PairTable::decode(&t.encode()), Ok(t));
    }
}
