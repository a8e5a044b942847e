//! Number words (`twenty-one`, `three hundred`, `a dozen`) and their values, from one
//! data file (`stages/data/numbers.tsv`) that casualties, reconcile, quotes and the
//! report read.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use crate::data::lines;

/// How a number word combines with the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    /// `zero` … `nineteen`: added.
    Unit,
    /// `twenty` … `ninety`: added.
    Tens,
    /// `dozen`, `hundred`, `thousand`, …: multiplies what precedes.
    Scale,
}

static TABLE: LazyLock<HashMap<&'static str, (u64, NumKind)>> = LazyLock::new(|| {
    lines(include_str!("../data/numbers.tsv"))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let word = cols.next()?;
            let value = cols.next()?.parse().ok()?;
            let kind = match cols.next()? {
                "tens" => NumKind::Tens,
                "scale" => NumKind::Scale,
                _ => NumKind::Unit,
            };
            Some((word, (value, kind)))
        })
        .collect()
});

/// Every number word (lowercase) with its value and kind.
pub fn table() -> &'static HashMap<&'static str, (u64, NumKind)> {
    &TABLE
}

/// The value and kind of one lowercase number word.
pub fn lookup(word: &str) -> Option<(u64, NumKind)> {
    TABLE.get(word).copied()
}

/// Whether a lowercase word counts more than one: a number word of two or more
/// (`three`, `twenty`, `hundred`) or a scale word's plural (`dozens`, `thousands`).
pub fn counts_several(word: &str) -> bool {
    lookup(word).is_some_and(|(v, _)| v >= 2)
        || word
            .strip_suffix('s')
            .and_then(lookup)
            .is_some_and(|(_, kind)| kind == NumKind::Scale)
}

/// A number being read word by word: `three hundred twenty` → 320, `two dozen` → 24,
/// `one million two hundred thousand` → 1,200,000.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    total: u64,
    current: u64,
}

impl Tally {
    /// Adds one number word; `false` (and nothing changed) when it is none.
    pub fn push(&mut self, word: &str) -> bool {
        let Some((v, kind)) = lookup(word) else {
            return false;
        };
        match kind {
            NumKind::Unit | NumKind::Tens => self.current = self.current.saturating_add(v),
            NumKind::Scale if v >= 1000 => {
                self.total = self
                    .total
                    .saturating_add(self.current.max(1).saturating_mul(v));
                self.current = 0;
            }
            NumKind::Scale => self.current = self.current.max(1).saturating_mul(v),
        }
        true
    }

    /// The part below the last thousand-or-more scale word (`three hundred` in
    /// `two thousand three hundred`).
    pub fn below_thousands(&self) -> u64 {
        self.current
    }

    /// The number read so far.
    pub fn value(&self) -> u64 {
        self.total.saturating_add(self.current)
    }
}

/// The value of a run of number words, or `None` if one is no number word.
pub fn value_of<'a>(words: impl IntoIterator<Item = &'a str>) -> Option<u64> {
    let mut count = Tally::default();
    for w in words {
        if !count.push(w) {
            return None;
        }
    }
    Some(count.value())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_runs_of_number_words() {
        assert_eq!(value_of(["three", "hundred", "twenty"]), Some(320));
        assert_eq!(value_of(["two", "dozen"]), Some(24));
        assert_eq!(value_of(["dozen"]), Some(12));
        assert_eq!(
            value_of(["one", "million", "two", "hundred", "thousand"]),
            Some(1_200_000)
        );
        assert_eq!(value_of(["twenty", "one"]), Some(21));
        assert_eq!(value_of(["three", "people"]), None);
    }

    #[test]
    fn several_is_two_or_more_or_a_plural_scale() {
        for w in ["two", "twelve", "twenty", "hundred", "dozens", "thousands"] {
            assert!(counts_several(w), "{w}");
        }
        for w in ["one", "zero", "tens", "ones", "people"] {
            assert!(!counts_several(w), "{w}");
        }
    }
}
