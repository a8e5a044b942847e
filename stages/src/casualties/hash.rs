//! A fast hasher for the short lower-case words the lexicons are keyed by (SipHash, the
//! standard one, costs more than the lookups it guards). Not for untrusted keys at scale:
//! the lexicons are fixed, and only lookups, never insertions, take input words.

use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a over the key's bytes.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type Build = BuildHasherDefault<Fnv>;
pub type Map<K, V> = std::collections::HashMap<K, V, Build>;
pub type Set<K> = std::collections::HashSet<K, Build>;
