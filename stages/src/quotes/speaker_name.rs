//! The last look at a speaker's name before it is printed: a capitalised
//! sentence opener glued in front (`Besides`, `Thursday`, `As`), words run
//! together across a lost sentence break (`Tennessee.Shannon Trent`), or a
//! nationality adjective standing alone (`Iranian`) are not a name.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::lexicon::Flags;
use crate::data;

static NOT_NAME_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    data::lowercase(include_str!("../../data/quotes/function_words.txt"))
        .chain(data::lowercase(include_str!(
            "../../data/quotes/not_names.txt"
        )))
        .chain(data::lowercase(include_str!(
            "../../data/quotes/page_furniture.txt"
        )))
        .collect()
});

/// Page furniture (`Advertisement`, `More`), dropped from either end of a name.
static FURNITURE: LazyLock<HashSet<String>> = LazyLock::new(|| {
    data::lowercase(include_str!("../../data/quotes/page_furniture.txt")).collect()
});

/// Department words ending a title (`Secretary of State`) and country names
/// (`Prime Minister of the United Kingdom`), left in front of a full name.
static TITLE_TAILS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    data::lowercase(include_str!("../../data/quotes/departments.txt"))
        .chain(data::nationality_forms("country_name"))
        .collect()
});

/// Nationality adjectives (`French`, `Iranian`): a speaker of that one word is
/// a description the text did not resolve, not a name.
static ADJECTIVES: LazyLock<HashSet<String>> =
    LazyLock::new(|| data::nationality_forms("adjective").collect());

/// The speaker's name as it should be printed, or `None` when nothing of it is a name.
pub fn tidy(name: &str) -> Option<String> {
    // Words glued across a lost sentence break: keep what follows the break.
    let name = match glued_break(name) {
        Some(at) => &name[at..],
        None => name,
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    // Page furniture and descriptors in front (`Nine-year-old`, `President-elect`) or
    // furniture behind (`More`) are not the name.
    // A modal that is also a given name (`Will Brandon`, `May Lin`) stays when a word
    // follows it: the mention finder took it into the name by its position.
    let first = words.iter().enumerate().position(|(k, w)| {
        let lower = w.to_lowercase();
        (!NOT_NAME_WORDS.contains(&lower) || k + 1 < words.len() && is_name_modal(&lower))
            && !descriptor(w)
    })?;
    let last = words
        .iter()
        .rposition(|w| !FURNITURE.contains(&w.to_lowercase()))?;
    let mut words = &words[first..=last.max(first)];
    // "Farmer Ana Rhys-Parry", "Mother-of-three Gemma Rawcliffe": a description opening
    // the name.
    if described_name(words) {
        words = &words[1..];
    }
    // "State John Kerry", "United Kingdom Tony Blair": keep the two-word name after a title's tail.
    // (Not a dotted abbreviation opening a body's name: `U.K. Water Board`.)
    for take in (1..words.len().saturating_sub(1)).rev() {
        if !words[take - 1].ends_with('.')
            && TITLE_TAILS.contains(&words[..take].join(" ").to_lowercase())
        {
            words = &words[take..];
            break;
        }
    }
    if words.len() == 1 && (is_adjective(words[0]) || crate::lexicon::is_party_label(words[0])) {
        return None;
    }
    // "share this story 52 share email": what is left without a letter names nobody.
    if !words.iter().any(|w| w.chars().any(char::is_alphabetic)) {
        return None;
    }
    Some(words.join(" "))
}

/// Modals that are also given names (`will`, `may`): a name's first word only by its
/// position (after a verb of saying, before a surname and a cue verb), never by the word.
pub fn is_name_modal(word: &str) -> bool {
    word.eq_ignore_ascii_case("will") || word.eq_ignore_ascii_case("may")
}

/// A hyphenated descriptor before a name: an age (`Nine-year-old`) or a title-elect.
fn descriptor(word: &str) -> bool {
    ends_with_ignore_case(word, "-old") || ends_with_ignore_case(word, "-elect")
}

/// Whether `word` ends with the ASCII `suffix` in any case, without lowercasing it.
pub fn ends_with_ignore_case(word: &str, suffix: &str) -> bool {
    let (w, s) = (word.as_bytes(), suffix.as_bytes());
    w.len() >= s.len() && w[w.len() - s.len()..].eq_ignore_ascii_case(s)
}

/// Whether `count` is a number word a family descriptor ends with (`three` of
/// `mother-of-three`): a unit of the shared number words, one or more.
fn family_count(count: &str) -> bool {
    crate::number_words::lookup(&count.to_ascii_lowercase())
        .is_some_and(|(v, kind)| v >= 1 && kind == crate::number_words::NumKind::Unit)
}

/// Whether `words` open with a description of the person the rest names: a singular person
/// noun that is no given name (`Farmer`, `Tenant`, `Rescuer`) before a known given name
/// and more (not `Cook County Medical Examiner`), or a family descriptor
/// (`Mother-of-three`) before two or more words that are no ordinary words.
fn described_name(words: &[&str]) -> bool {
    let [first, rest @ ..] = words else {
        return false;
    };
    let Some(next) = rest.first() else {
        return false;
    };
    let family = first.split_once("-of-").is_some_and(|(noun, count)| {
        super::people::singular_person_noun(noun)
            && (count.bytes().all(|b| b.is_ascii_digit()) || family_count(count))
    });
    let noun =
        super::people::singular_person_noun(first) && crate::lexicon::given_name(first).is_none();
    // (a body's word names a body: `Official KCNA News Agency`)
    let body = |w: &&str| super::lexicon::LEXICON.flags(w).has(Flags::ORG);
    // (a noun before a known given name only: `Cook County Medical Examiner`)
    rest.len() >= 2
        && !rest.iter().any(body)
        && (noun && crate::lexicon::given_name(next).is_some()
            || family && !rest.iter().any(|w| crate::lexicon::common_word(w)))
}

/// Whether `word` (any case) is a nationality adjective (`Iranian`).
pub fn is_adjective(word: &str) -> bool {
    super::lexicon::with_lowercase(word, |w| ADJECTIVES.contains(w))
}

/// Byte offset just after a `.` standing between a lowercase and an uppercase letter, with
/// a word of at least three letters before it and two after it (the shape the tokenizer's
/// glued stop asks for: `Down.We`, not the degree in `Ph.D`).
fn glued_break(name: &str) -> Option<usize> {
    let b = name.as_bytes();
    let letters_before = |i: usize| {
        b[..i]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .count()
    };
    (1..b.len().saturating_sub(2))
        .rev()
        .find(|&i| {
            b[i] == b'.'
                && b[i - 1].is_ascii_lowercase()
                && b[i + 1].is_ascii_uppercase()
                && b[i + 2].is_ascii_alphabetic()
                && letters_before(i) >= 3
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_pass_unchanged() {
        for name in [
            "Jane Roe",
            "Ban Ki-moon",
            "George H.W. Bush",
            "J.K. Rowling",
            "Riverside Police",
        ] {
            assert_eq!(tidy(name).as_deref(), Some(name));
        }
    }

    #[test]
    fn a_degree_after_a_name_is_no_glued_sentence_break() {
        assert_ne!(tidy("Jeffery Ross Ph.D").as_deref(), Some("D"));
        assert_eq!(glued_break("Ph.D"), None);
        assert_eq!(glued_break("fell Down.We"), Some("fell Down.".len()));
    }

    #[test]
    fn sentence_openers_are_not_part_of_a_name() {
        assert_eq!(tidy("Besides Jane Roe").as_deref(), Some("Jane Roe"));
        assert_eq!(tidy("Thursday Roe").as_deref(), Some("Roe"));
        assert_eq!(tidy("As Roe").as_deref(), Some("Roe"));
        assert_eq!(tidy("Read"), None);
        assert_eq!(tidy("Story Continued Below"), None);
        // (an approximation before a number: `nearly 1,000 shops says`)
        assert_eq!(tidy("Nearly 1"), None);
        assert_eq!(tidy("Nearly Jane Roe").as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn the_tail_of_a_title_is_not_part_of_the_name() {
        assert_eq!(tidy("State Jane Roe").as_deref(), Some("Jane Roe"));
        assert_eq!(tidy("United Kingdom Jane Roe").as_deref(), Some("Jane Roe"));
        assert_eq!(tidy("Health Jane").as_deref(), Some("Health Jane"));
        assert_eq!(
            tidy("State Department").as_deref(),
            Some("State Department")
        );
    }

    #[test]
    fn a_lost_sentence_break_is_cut() {
        assert_eq!(tidy("Ohio.Jane Roe").as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn page_furniture_and_descriptors_are_dropped() {
        assert_eq!(tidy("Advertisement Ana Ruiz").as_deref(), Some("Ana Ruiz"));
        assert_eq!(tidy("Loading Video").as_deref(), None);
        assert_eq!(tidy("Story Highlights").as_deref(), None);
        assert_eq!(tidy("City Council More").as_deref(), Some("City Council"));
        assert_eq!(tidy("Nine-year-old Tom Ash").as_deref(), Some("Tom Ash"));
        assert_eq!(
            tidy("Farmer Ana Rhys-Parry").as_deref(),
            Some("Ana Rhys-Parry")
        );
        assert_eq!(
            tidy("Cook County Medical Examiner").as_deref(),
            Some("Cook County Medical Examiner")
        );
        assert_eq!(tidy("tenant jolene marsh").as_deref(), Some("jolene marsh"));
        assert_eq!(
            tidy("Mother-of-three Ana Kowalczyk").as_deref(),
            Some("Ana Kowalczyk")
        );
        assert_eq!(
            tidy("Father-of-2 Ana Kowalczyk").as_deref(),
            Some("Ana Kowalczyk")
        );
        // (a body's name, a given name that is a noun, a two-word name)
        assert_eq!(
            tidy("Student Loan Company").as_deref(),
            Some("Student Loan Company")
        );
        assert_eq!(tidy("Guy de Vries").as_deref(), Some("Guy de Vries"));
        assert_eq!(tidy("Farmer Jones").as_deref(), Some("Farmer Jones"));
        assert_eq!(
            tidy("Official Norpress News Agency").as_deref(),
            Some("Official Norpress News Agency")
        );
        assert_eq!(tidy("Democrat").as_deref(), None);
        assert_eq!(tidy("Theresa May").as_deref(), Some("Theresa May"));
        assert_eq!(tidy("River News Now").as_deref(), Some("River News Now"));
    }

    #[test]
    fn a_lone_nationality_adjective_is_no_speaker() {
        assert_eq!(tidy("Iranian"), None);
        assert_eq!(tidy("French"), None);
        assert_eq!(tidy("French Embassy").as_deref(), Some("French Embassy"));
    }
}
