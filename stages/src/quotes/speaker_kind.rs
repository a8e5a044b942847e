//! What a speaker can be. A candidate the attribution found may still be no one who
//! speaks: a pronoun's contraction taken as a name at a sentence's start (`I've`, `ll`
//! from `we ' ll`), a plural description read as a name (`Company Executives`), or a
//! place (`Syria`, `colorado`) given to a cue whose subject does not name it (`a second
//! senior official said`). An unnamed person described with an indefinite word (`a
//! senior official`, `one witness`) is someone new: a referent found far away whose name
//! the description does not share is not that person. Each check reads words the way a
//! lower-cased text writes them: a place or a pronoun is told by the word, not by its
//! capital.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::lexicon::{Flags, LEXICON};
use crate::data;

/// Endings of a pronoun's contraction (`ve`, `ll`).
static CONTRACTIONS: LazyLock<HashSet<String>> =
    LazyLock::new(|| data::lowercase(include_str!("../../data/quotes/contractions.txt")).collect());

/// US states (`colorado`), lowercased; with the country names of [`super::people::COUNTRIES`]
/// they are the places a speaker's name may be.
static US_STATES: LazyLock<HashSet<String>> =
    LazyLock::new(|| data::lowercase(include_str!("../../data/quotes/us_states.txt")).collect());

/// A country's or a US state's name (lowercased).
fn listed_place(name: &str) -> bool {
    super::people::COUNTRIES.contains(name) || US_STATES.contains(name)
}

/// Plural person nouns (`executives`, `officials`).
static PLURAL_PEOPLE: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    crate::lexicon::person_nouns()
        .filter_map(|(noun, singular)| (!singular).then_some(noun))
        .collect()
});

/// Words opening a description of someone not named before (`a`, `one`, `another`).
const INDEFINITE: &[&str] = &["a", "an", "one", "another"];

/// Heads of an unnamed person's description that never stand for a body (`a senior
/// official`, `a source`): the coreference reads `official` and `source` so too.
const PERSON_HEADS: &[&str] = &["official", "source"];

/// Whether `name`, the canonical name of the referent the cue's subject `mention`
/// resolved to (no mention: a running speaker), can be printed as the speaker.
pub fn may_speak(name: &str, mention: Option<&str>) -> bool {
    let words: Vec<String> = name.split_whitespace().map(fold).collect();
    if words.is_empty() {
        return false;
    }
    if words.iter().any(|w| is_contraction(w, words.len() == 1)) {
        return false;
    }
    if plural_description(&words) {
        return false;
    }
    let Some(mention) = mention else {
        return true;
    };
    // (the mention's words are read only for a place or an indefinite description)
    let place = is_place(&words);
    if !place && !far_from_description(mention) {
        return true;
    }
    let mention: Vec<String> = mention.split_whitespace().map(fold).collect();
    let shares = |w: &String| mention.contains(w);
    if place && !words.iter().all(shares) && !thing_pronoun(&mention) && !document(&mention) {
        return false;
    }
    if !place && !words.iter().any(shares) && !mention.iter().any(|m| is_acronym_of(m, &words)) {
        return false;
    }
    true
}

/// `the statement`, `a letter`: a document, whose author may be a country.
fn document(mention: &[String]) -> bool {
    mention
        .last()
        .is_some_and(|w| super::attribution::DOCUMENTS.contains(&w.as_str()))
}

/// Whether `word` (`nfl`, `d.h.s.`) is made of the first letters of the name's words
/// but its function words (`national football league`, `department of homeland
/// security`).
fn is_acronym_of(word: &str, name: &[String]) -> bool {
    let letters: String = word.chars().filter(|c| *c != '.').collect();
    let initials: String = name
        .iter()
        .filter(|w| !LEXICON.flags(w).has(Flags::FUNCTION))
        .filter_map(|w| w.chars().next())
        .collect();
    letters.len() >= 2 && letters == initials
}

/// Lowercased, with curly apostrophes folded and a trailing full stop or comma kept
/// (abbreviations such as `u.s.` are matched with their stops).
fn fold(word: &str) -> String {
    let lower = word.to_lowercase();
    if lower.contains('\u{2019}') {
        lower.replace('\u{2019}', "'")
    } else {
        lower
    }
}

/// `i've`, `we'll`, `she's` (a pronoun and an ending), or a lone ending (`ll`) when it is
/// the whole name.
fn is_contraction(word: &str, alone: bool) -> bool {
    if let Some((head, tail)) = word.split_once('\'') {
        return CONTRACTIONS.contains(tail)
            && (LEXICON.flags(head).has(Flags::PRONOUN) || head == "you");
    }
    alone && word.len() <= 2 && CONTRACTIONS.contains(word)
}

/// A name of at most two words ending in a plural person noun (`passengers`, `company
/// executives`): a description of several people, not one speaker's name. (A body's
/// longer name may end so, `federation of teachers`; a collective noun, `police`, `crew`,
/// is a body's voice; a party's members, a corps and a firm, `senate democrats`, `royal
/// marines`, `harlow brothers`, are a body.)
fn plural_description(words: &[String]) -> bool {
    let plural = |w: &str| {
        PLURAL_PEOPLE.contains(w)
            && w.ends_with('s')
            && !CORPS.contains(&w)
            && !crate::lexicon::is_party_label(w)
    };
    match words {
        [only] => plural(only),
        [first, last] => plural(last) && !LEXICON.flags(first).has(Flags::GIVEN),
        _ => false,
    }
}

/// Plural person nouns that name a corps (`the marines said`) or end a firm's name
/// (`Harlow Brothers`).
const CORPS: &[&str] = &[
    "marines", "guards", "rangers", "brothers", "sisters", "sons",
];

/// The whole name is a country or a US state that is not also a given name (`georgia`,
/// `jordan` may be a person's).
fn is_place(words: &[String]) -> bool {
    let listed = match words {
        [one] => listed_place(one.trim_end_matches(',')),
        _ => words.len() <= 4 && listed_place(words.join(" ").trim_end_matches(',')),
    };
    listed && !words.iter().any(|w| LEXICON.flags(w).has(Flags::GIVEN))
}

/// `it`, `they`: a pronoun that may stand for a country.
fn thing_pronoun(mention: &[String]) -> bool {
    matches!(mention, [w] if w == "it" || w == "they")
}

/// An indefinite description of an unnamed person: `a second senior official`, `one
/// source`.
fn far_from_description(mention: &str) -> bool {
    let mut words = mention.split_whitespace();
    let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
        return false;
    };
    INDEFINITE.iter().any(|w| w.eq_ignore_ascii_case(first))
        && PERSON_HEADS.iter().any(|w| w.eq_ignore_ascii_case(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_speak() {
        assert!(may_speak("Jane Roe", Some("jane roe")));
        assert!(may_speak("Jane Roe", Some("she")));
        assert!(may_speak("Jane Roe", None));
        assert!(may_speak("Riverside Police", Some("police")));
    }

    #[test]
    fn a_pronouns_contraction_is_no_speaker() {
        assert!(!may_speak("I've", Some("I've")));
        assert!(!may_speak("we'll", Some("we'll")));
        assert!(!may_speak("Ll", Some("ll")));
        assert!(may_speak("O'Hara", Some("O'Hara")));
        assert!(may_speak("D'Souza", None));
    }

    #[test]
    fn a_plural_description_is_no_speaker() {
        assert!(!may_speak("Company Executives", Some("company executives")));
        assert!(!may_speak("Airline Officials", None));
        assert!(!may_speak("passengers", Some("several passengers")));
        assert!(may_speak("Police", Some("police")));
        assert!(may_speak("Royal Marines", None));
        assert!(may_speak("Harlow Brothers", Some("the company")));
        assert!(may_speak("American Federation of Teachers", None));
        assert!(may_speak("Senate Democrats", Some("senate democrats")));
    }

    #[test]
    fn a_place_speaks_only_when_the_subject_names_it() {
        assert!(!may_speak("Syria", Some("A second senior official")));
        assert!(!may_speak("Colorado", Some("he")));
        assert!(!may_speak("u.s.", Some("the company")));
        assert!(may_speak("Syria", Some("syria")));
        assert!(may_speak("Syria", Some("it")));
        assert!(may_speak("Syria", None));
        // a place's name that is also a given name stays a possible person
        assert!(may_speak("Georgia", Some("she")));
    }

    #[test]
    fn an_indefinite_description_takes_no_far_referent() {
        assert!(!may_speak("Harbour Authority", Some("a senior official")));
        assert!(!may_speak("Tom Ash", Some("one source")));
        assert!(may_speak("Harbour Authority", Some("a harbour official")));
        assert!(may_speak("Harbour Authority", Some("the official")));
        assert!(may_speak("Tom Ash", Some("a spokesman")));
        assert!(may_speak("Harbour Safety Board", Some("an hsb official")));
        assert!(may_speak(
            "Department of Harbour Safety",
            Some("a senior dhs official")
        ));
        assert!(!may_speak(
            "Department of Harbour Safety",
            Some("a senior hsb official")
        ));
        assert!(may_speak("Moldova", Some("the statement")));
    }
}
