//! A per-word model of "this word is part of a name", learned from where cased news
//! writes capitals: for each word, its mid-sentence uses in the cased news sets and the
//! smoothed share of them written capitalised (`data/people/name_caps.tsv`, derived by
//! `scripts/derive_name_caps.py`; see `data/people/SOURCE.md`).
//!
//! Lower-cased text has no capitals to show where a person's name ends; the model carries
//! the cased text's over (`announced` 1 %, `young` 6 %, `hall` 86 %, `johnson` 97 %).
//! A word the sets never wrote mid-sentence often enough has no entry and the model says
//! nothing of it.

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use crate::data::lines;

const NAME_CAPS: &str = include_str!("../data/people/name_caps.tsv");

/// Fewest mid-sentence uses, none capitalised, for the model to call a word ordinary.
pub const MIN_USES: u32 = 8;

/// What the cased news sets show of one word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NameCaps {
    /// Mid-sentence uses.
    pub uses: u32,
    /// Of them, written capitalised.
    pub capitalised: u32,
    /// Smoothed share of those written capitalised.
    pub share: f32,
}

static MODEL: LazyLock<HashMap<&'static str, NameCaps>> = LazyLock::new(|| {
    lines(NAME_CAPS)
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let word = cols.next()?;
            let uses = cols.next()?.parse().ok()?;
            let capitalised = cols.next()?.parse().ok()?;
            let share = cols.next()?.parse().ok()?;
            Some((
                word,
                NameCaps {
                    uses,
                    capitalised,
                    share,
                },
            ))
        })
        .collect()
});

/// The model's entry for `word` (any case), if the sets wrote it mid-sentence enough.
pub fn name_caps(word: &str) -> Option<NameCaps> {
    let mut buf = [0u8; 32];
    let lower = crate::lexicon::lowercase_into(word, &mut buf)?;
    MODEL.get(lower).copied()
}

/// Whether the model calls `word` an ordinary word, never a name's: at least
/// [`MIN_USES`] mid-sentence uses and not one of them capitalised (`became` 0 of 65,
/// `takes` 0 of 30). A word the sets do capitalise now and then stays a possible name's
/// (`young` 6 of 115, `love` 2 of 63): a share cut lower than one use in ten would keep
/// the first out only by its count.
pub fn ordinary(word: &str) -> bool {
    name_caps(word).is_some_and(|c| c.uses >= MIN_USES && c.capitalised == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_data_parses() {
        let rows = lines(NAME_CAPS).count();
        assert_eq!(MODEL.len(), rows);
        assert!(MODEL
            .values()
            .all(|c| c.capitalised <= c.uses && (0.0..=1.0).contains(&c.share)));
    }

    #[test]
    fn verbs_are_ordinary_and_surnames_are_not() {
        assert!(ordinary("announced"));
        assert!(ordinary("Said"));
        assert!(!ordinary("johnson"));
        assert!(!ordinary("hall"));
        // (capitalised now and then: a surname's word too)
        assert!(!ordinary("young"));
        // (unseen: the model says nothing)
        assert_eq!(name_caps("zzyzxq"), None);
        assert!(!ordinary("zzyzxq"));
    }
}
