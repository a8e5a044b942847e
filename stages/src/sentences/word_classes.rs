//! The words of `word_classes.txt` (determiners, pronouns, auxiliaries, common finite verbs,
//! prepositions, conjunctions), lower-case: the one reader the layers after the gap model
//! (credits, notices, echoed headlines) take their lists from; it reads the headline
//! layer's `headline_words.txt`, of the same form, too.

const DATA: &str = include_str!("../../data/sentences/word_classes.txt");

/// The words of the named classes (`det`, `pron`, `aux`, `verb`, `prep`, `conj`), or of every
/// class when `classes` is empty, lower-case, in the file's order.
pub fn words_of(classes: &[&str]) -> Vec<Vec<u8>> {
    class_words(DATA, classes)
}

/// The words of the named classes of `data`, a file of `class word...` lines (as
/// `word_classes.txt`), or of every class when `classes` is empty, lower-case, in the
/// file's order.
pub fn class_words(data: &'static str, classes: &[&str]) -> Vec<Vec<u8>> {
    crate::data::lines(data)
        .filter_map(|line| line.split_once(char::is_whitespace))
        .filter(|(class, _)| classes.is_empty() || classes.contains(class))
        .flat_map(|(_, words)| words.split_whitespace())
        .map(|w| w.to_ascii_lowercase().into_bytes())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_is_within_all_words() {
        let all = words_of(&[]);
        let det = words_of(&["det"]);
        assert!(!det.is_empty());
        assert!(det.iter().all(|w| all.contains(w)));
        assert!(all.len() > words_of(&["det", "pron"]).len());
    }
}
