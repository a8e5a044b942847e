//! A body's class noun and its near synonyms (`data/quotes/body_kinds.txt`): the words
//! that make a body named before one that `the force`, `the airline` may stand for.

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

const BODY_KINDS: &str = include_str!("../../data/quotes/body_kinds.txt");

static KINDS: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    crate::data::lines(BODY_KINDS)
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let class = words.next()?;
            Some((class, words.collect()))
        })
        .collect()
});

/// The words whose presence in a body's name makes it one of class `noun` (besides
/// `noun` itself); empty for a noun with no line.
pub fn kin_words(noun: &str) -> &'static [&'static str] {
    KINDS.get(noun).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::kin_words;

    #[test]
    fn a_force_is_named_by_its_police() {
        assert!(kin_words("force").contains(&"police"));
        assert!(kin_words("airline").contains(&"airways"));
        assert!(kin_words("company").is_empty());
        assert!(kin_words("zebra").is_empty());
    }
}
