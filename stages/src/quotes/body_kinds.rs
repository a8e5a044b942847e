//! A body's class noun and its near synonyms (`data/quotes/body_kinds.txt`): the words
//! that make a body named before one that `the force`, `the airline` may stand for; and
//! the nouns that describe a body without naming one (`data/quotes/body_epithets.txt`).

use std::sync::LazyLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

const BODY_KINDS: &str = include_str!("../../data/quotes/body_kinds.txt");
const BODY_EPITHETS: &str = include_str!("../../data/quotes/body_epithets.txt");
const MEDIA_HEADS: &str = include_str!("../../data/quotes/media_heads.txt");

static MEDIA: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(MEDIA_HEADS).collect());

/// Whether `noun` (lower case) is the last word of a broadcaster's or a paper's name
/// (`news`, `herald`; `data/quotes/media_heads.txt`).
pub fn is_media_head(noun: &str) -> bool {
    MEDIA.contains(noun)
}

static EPITHETS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| crate::data::lines(BODY_EPITHETS).collect());

/// Whether `noun` (lower case, singular) describes a firm or another body without naming
/// one (`maker`, `carrier`): a name set beside it is a body's.
pub fn is_epithet(noun: &str) -> bool {
    EPITHETS.contains(noun)
}

static KINDS: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    crate::data::lines(BODY_KINDS)
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let class = words.next()?;
            Some((class, words.collect()))
        })
        .collect()
});

static KIN: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| KINDS.values().flatten().copied().collect());

/// Whether `word` (lower case) makes a body's name one of some class (`police`, `rovers`,
/// `athletic`, `infirmary`): a name may end in it though no body's word marks it.
pub fn is_kin_word(word: &str) -> bool {
    KIN.contains(word)
}

/// The words whose presence in a body's name makes it one of class `noun` (besides
/// `noun` itself); empty for a noun with no line.
pub fn kin_words(noun: &str) -> &'static [&'static str] {
    KINDS.get(noun).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::{is_epithet, kin_words};

    #[test]
    fn a_maker_describes_a_body_and_a_producer_does_not() {
        assert!(is_epithet("maker"));
        assert!(is_epithet("carrier"));
        assert!(!is_epithet("producer"));
        assert!(!is_epithet("spokesman"));
    }

    #[test]
    fn a_force_is_named_by_its_police() {
        assert!(kin_words("force").contains(&"police"));
        assert!(kin_words("airline").contains(&"airways"));
        assert!(kin_words("hospital").contains(&"infirmary"));
        assert!(super::is_media_head("herald"));
        assert!(!super::is_media_head("council"));
        assert!(kin_words("club").contains(&"rovers"));
        assert!(!kin_words("club").contains(&"city"));
        assert!(kin_words("company").is_empty());
        assert!(kin_words("zebra").is_empty());
        assert!(super::is_kin_word("athletic"));
        assert!(super::is_kin_word("police"));
        assert!(!super::is_kin_word("city"));
    }
}
