//! Whether a capitalised phrase found where a casualty's name goes is a
//! person's name, and its tidy form: leading modifiers (`Six-year-old`,
//! `Canadian-born`) and sentence-initial function words (`Though`) are not
//! part of a name; a phrase ending in a place or organisation word (`City`,
//! `University`, `Journal`) is no person.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::lexicon::is_function_word;
use crate::data;

static NOT_PERSON_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    data::lines(include_str!("../../data/casualties/not_person_heads.txt")).collect()
});

/// Words ending a title before a name (`Vice President of Education Ana Lopez`).
static TITLE_TAILS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data::lines(include_str!("../../data/quotes/departments.txt")).collect());

/// The person's name in `phrase`, or `None` when the phrase names no person.
pub fn person_name(phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let first = words
        .iter()
        .position(|w| !is_modifier(w))
        .unwrap_or(words.len());
    let mut words = &words[first..];
    // An honorific (`Mr`, `Mrs.`, `Gen.`) is no part of the name.
    while words.len() > 1 && super::lexicon::LEX.is_honorific(&words[0].to_lowercase()) {
        words = &words[1..];
    }
    // A title's tail is dropped when a name of two words or more follows it.
    while words.len() > 2 && TITLE_TAILS.contains(words[0].to_lowercase().as_str()) {
        words = &words[1..];
    }
    let last = words.last()?;
    let head = last.trim_end_matches(['.', ',']).to_lowercase();
    if NOT_PERSON_HEADS.contains(head.as_str()) || last.contains('-') && last.ends_with("language")
    {
        return None;
    }
    Some(words.join(" "))
}

/// A name read from lower-cased text without the words of a description before it. An
/// ordinary word (one cased news writes lower-case, `common_word`, and that almost never
/// stands in a name, `not_surname`), a weekday or a month, that is no given name, is
/// dropped from the front while two words or more remain (`Saying Tom Reid` → `Tom Reid`,
/// `Monday Judith Permar` → `Judith Permar`; not `Dawn Sturgess`). A name of two words or
/// more with no given name, one of them an ordinary word, that ends in a word almost never
/// standing after a given name (no surname) is a description's words (`Navy Sergeant
/// Stationed`, `Student Volunteer Dedicated`: `None`). A
/// name with a particle (`bin`, `van`, `de`) stays as it is.
pub fn clean_lower(name: &str) -> Option<&str> {
    let bare = |w: &str| -> String {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // leading modifiers (`29-year-old`) are `person_name`'s to drop
    let mods = name.split(' ').take_while(|w| is_modifier(w)).count();
    let words: Vec<String> = name.split(' ').skip(mods).map(bare).collect();
    if words.iter().any(|w| super::groups::is_name_glue(w)) {
        return Some(name);
    }
    let given = |w: &str| crate::lexicon::given_name(w).is_some();
    let ordinary = |w: &str| {
        !given(w)
            && (crate::lexicon::common_word(w) && crate::lexicon::not_surname(w)
                || super::lexicon::is_weekday(w)
                || super::lexicon::LEX.months.contains(w))
    };
    let lead = words
        .iter()
        .take_while(|w| ordinary(w))
        .count()
        .min(words.len().saturating_sub(2));
    // a role or title before a given name and a surname is no part of the name (`drummer
    // lee rigby`, `granddaughter sorrell x`)
    let role = |w: &str| {
        use super::lexicon::{class, LEX};
        !given(w)
            && (LEX.class_of(w) & (class::PERSON | class::TITLE) != 0
                || super::groups::person_shaped(w))
    };
    let mut lead = lead;
    while words.len() - lead > 2
        && role(&words[lead])
        && words[lead + 1..].iter().all(|w| !ordinary(w) && !role(w))
    {
        lead += 1;
    }
    let rest = &words[lead..];
    let described = rest.len() >= 2
        && rest.iter().all(|w| !given(w))
        && rest.last().is_some_and(|w| crate::lexicon::not_surname(w))
        && rest.iter().any(|w| ordinary(w))
        // of two words, the first may be a given name the lists leave out for being a word
        // too (`mark warn`, `grant hill`): both must be ordinary words
        && (rest.len() > 2 || rest.iter().all(|w| ordinary(w)));
    if described {
        return None;
    }
    if lead == 0 {
        return Some(name);
    }
    let skip: usize = name.split(' ').take(mods + lead).map(|w| w.len() + 1).sum();
    name.get(skip..)
}

/// The words of an article, indexed by their lower-cased bare form, so that the full name
/// going with each lone surname is found without scanning the text again for each one (an
/// article of many named casualties would otherwise cost its length times their number).
pub struct Surnames<'a> {
    words: Vec<&'a str>,
    at: FxHashMap<String, Vec<usize>>,
}

impl<'a> Surnames<'a> {
    pub fn new(text: &'a str) -> Self {
        let words: Vec<&str> = text.split_whitespace().collect();
        let mut at: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, w) in words.iter().enumerate().skip(1) {
            let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            at.entry(bare.to_lowercase()).or_default().push(i);
        }
        Surnames { words, at }
    }

    /// The full name (`Yitzhak Amsalem`) the text gives for a lone `surname`: the surname
    /// right after a first name. In cased text the first name is capitalised and does not
    /// start a sentence; in lower-cased text it is a word no word list knows.
    pub fn full_name(&self, surname: &str, lower: bool) -> Option<String> {
        let words = &self.words;
        for &i in self.at.get(&surname.to_lowercase())? {
            let bare = words[i].trim_end_matches(|c: char| !c.is_alphanumeric());
            let first = words[i - 1];
            if !first.chars().all(char::is_alphabetic) || first.len() < 2 {
                continue;
            }
            let starts_sentence = i < 2 || words[i - 2].ends_with(['.', '!', '?', '"']);
            let low = first.to_lowercase();
            let plain = !is_modifier_low(&low)
                && super::lexicon::LEX.class_of(&low) == 0
                && !matches!(
                    low.as_str(),
                    "said" | "says" | "told" | "by" | "from" | "as"
                );
            // a sentence's first word is a first name only if it is a known given name
            let cased = first.chars().next().is_some_and(char::is_uppercase)
                && (!starts_sentence || crate::lexicon::given_name(first).is_some());
            if plain && (cased || lower) {
                let full = format!("{first} {bare}");
                let full = if lower { title_words(&full) } else { full };
                return person_name(&full).filter(|n| n.contains(' '));
            }
        }
        None
    }
}

/// [`Surnames::full_name`] over `text`, for one surname.
#[cfg(test)]
pub fn full_name_in(text: &str, surname: &str, lower: bool) -> Option<String> {
    Surnames::new(text).full_name(surname, lower)
}

/// Each word of a name from lower-cased text with a capital (`ana ruiz` → `Ana Ruiz`).
pub fn title_words(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word before a name that is not part of it.
fn is_modifier(word: &str) -> bool {
    is_modifier_low(&word.to_lowercase())
}

/// [`is_modifier`] for a word already in lower case (a token's `low`).
pub fn is_modifier_low(low: &str) -> bool {
    is_function_word(low)
        || matches!(
            low,
            "though" | "although" | "when" | "while" | "after" | "before"
        )
        || (low.contains('-')
            && (low.ends_with("-old")
                || low.ends_with("-born")
                || low.ends_with("-based")
                || low.ends_with("-year")))
}

#[cfg(test)]
mod full_name_tests {
    use super::full_name_in;

    #[test]
    fn a_surname_finds_its_first_name() {
        let text = "Next door, Ilan Dorfman, 24, slept. Mr. Dorfman was killed.";
        assert_eq!(
            full_name_in(text, "Dorfman", false).as_deref(),
            Some("Ilan Dorfman")
        );
        let text = "police said ilan dorfman was inside . dorfman died .";
        assert_eq!(
            full_name_in(text, "dorfman", true).as_deref(),
            Some("Ilan Dorfman")
        );
        assert_eq!(
            full_name_in("Dorfman said so. Dorfman left.", "Dorfman", false),
            None
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_keep_their_names() {
        assert_eq!(person_name("Maria Lopez").as_deref(), Some("Maria Lopez"));
        assert_eq!(
            person_name("John Smith Jr.").as_deref(),
            Some("John Smith Jr.")
        );
    }

    #[test]
    fn modifiers_before_a_name_are_dropped() {
        assert_eq!(
            person_name("Seven-year-old Tom Reed").as_deref(),
            Some("Tom Reed")
        );
        assert_eq!(
            person_name("Irish-born Ann Kelly").as_deref(),
            Some("Ann Kelly")
        );
        assert_eq!(person_name("Though Kelly").as_deref(), Some("Kelly"));
    }

    #[test]
    fn a_title_tail_before_a_name_is_dropped() {
        assert_eq!(
            person_name("Education Ana Lopez").as_deref(),
            Some("Ana Lopez")
        );
        assert_eq!(person_name("Health Lopez").as_deref(), Some("Health Lopez"));
    }

    #[test]
    fn places_and_organisations_are_not_people() {
        for phrase in [
            "Springfield City",
            "Lakeside University",
            "River County",
            "Daily Journal",
            "Harbour Airport",
            "Main Street",
        ] {
            assert_eq!(person_name(phrase), None, "{phrase}");
        }
    }
}
