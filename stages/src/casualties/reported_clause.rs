//! Where a reported clause opens: the word right after a verb of saying (`police said tom
//! reid was killed`), or after `that` when a verb of saying, confirming or learning stands
//! before it (`officials confirmed that tom reid died`, `friends learned that reid had
//! been killed`). The word there is the reported clause's first, so a person named there is
//! its subject, as one opening the sentence is.

use super::tokens::Tok;

/// Verbs after which `that` opens a reported clause (a past or present form).
const REPORTING_BEFORE_THAT: &[&str] = &[
    "said",
    "says",
    "say",
    "confirmed",
    "confirms",
    "announced",
    "announces",
    "reported",
    "reports",
    "learned",
    "learnt",
    "believe",
    "believes",
    "believed",
    "stated",
    "states",
    "added",
    "revealed",
    "revealing",
    "saying",
    "confirming",
];

/// Whether token `i` opens a clause reported by a verb of saying: right after `said`,
/// `says` or `say`, or right after `that` when one of [`REPORTING_BEFORE_THAT`] precedes
/// it. Never the sentence's first word (that opens a clause of its own anyway).
pub fn opens_reported_clause(toks: &[Tok<'_>], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let low = |k: usize| toks.get(k).map_or("", |t| t.low);
    let before = low(i - 1);
    if matches!(before, "said" | "says" | "say") {
        return true;
    }
    before == "that" && i >= 2 && REPORTING_BEFORE_THAT.contains(&low(i - 2))
}

#[cfg(test)]
mod tests {
    use super::opens_reported_clause;
    use crate::casualties::lexicon::LEX;
    use crate::casualties::tokens::tokenize;

    fn opens_at(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let toks = tokens.toks(&LEX);
        let i = toks
            .iter()
            .position(|t| t.low == word)
            .unwrap_or(usize::MAX);
        opens_reported_clause(&toks, i)
    }

    #[test]
    fn a_verb_of_saying_or_that_after_one_opens_the_clause() {
        assert!(opens_at("police said tom reid was killed", "tom"));
        assert!(opens_at("officials confirmed that reid died", "reid"));
        assert!(opens_at(
            "friends learned that reid had been struck",
            "reid"
        ));
    }

    #[test]
    fn that_after_another_word_or_the_first_word_opens_nothing() {
        assert!(!opens_at("the car that reid was driving crashed", "reid"));
        assert!(!opens_at("reid was killed", "reid"));
        assert!(!opens_at("police told reid he was free", "reid"));
    }
}
