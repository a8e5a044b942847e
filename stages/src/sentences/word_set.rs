//! A list of lower-case words asked about in any casing: the one membership test of
//! the layers after the gap model (credits, notices, echoed headlines), a binary
//! search in the sorted list with the asked word lower-cased as it is compared.

/// Lower-case words, sorted and without repeats.
#[derive(Debug, Default)]
pub struct WordSet(Vec<Vec<u8>>);

impl WordSet {
    /// The set of `words`, lower-cased.
    pub fn new(words: impl IntoIterator<Item = Vec<u8>>) -> WordSet {
        let mut words: Vec<Vec<u8>> = words
            .into_iter()
            .map(|mut w| {
                w.make_ascii_lowercase();
                w
            })
            .collect();
        words.sort_unstable();
        words.dedup();
        WordSet(words)
    }

    /// Adds `word`, lower-cased.
    pub fn insert(&mut self, mut word: Vec<u8>) {
        word.make_ascii_lowercase();
        if let Err(at) = self.0.binary_search(&word) {
            self.0.insert(at, word);
        }
    }

    /// Whether `w`, in any casing, is in the set.
    pub fn contains(&self, w: &[u8]) -> bool {
        self.0
            .binary_search_by(|x| x.iter().copied().cmp(w.iter().map(u8::to_ascii_lowercase)))
            .is_ok()
    }

    /// The words, sorted.
    #[cfg(test)]
    pub fn words(&self) -> &[Vec<u8>] {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_found_in_any_casing_and_only_whole() {
        let mut set = WordSet::new([b"Lorry".to_vec(), b"barn".to_vec(), b"barn".to_vec()]);
        set.insert(b"apple".to_vec());
        assert_eq!(set.words().len(), 3);
        for w in [&b"lorry"[..], b"LORRY", b"Barn", b"apple"] {
            assert!(set.contains(w), "{w:?}");
        }
        for w in [&b"lorr"[..], b"lorrys", b"", b"barn "] {
            assert!(!set.contains(w), "{w:?}");
        }
        assert!(!WordSet::default().contains(b"barn"));
    }
}
