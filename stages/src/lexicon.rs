//! The words about people that several stages read, from one data source
//! (`stages/data/people/`, sources and licences in its `SOURCE.md`): titles written
//! before a name with the gender and roles they imply, role nouns, party labels, and
//! given names with their usual gender, role nouns that say a gender, the person nouns
//! that head a counted group, and
//! the ordinary words that cased news writes lowercase (a name's end in lower-cased text).
//!
//! Quotes builds its word flags from [`TITLES`] and [`role_lines`]; reconcile strips
//! [`before_name_words`] from the front of names; casualties reads [`titles`] (a title
//! before a casualty's name and the roles it implies) and [`person_nouns`].

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use crate::data::lines;

/// Titles: `form | gender | roles` (gender `m`, `f` or empty; roles space-separated).
pub const TITLES: &str = include_str!("../data/people/titles.txt");
/// Role nouns, one per line (multi-word allowed); `a = b c` lines give synonyms.
pub const ROLES: &str = include_str!("../data/people/roles.txt");
/// Occupations that stand before a name as its role, one per line (derived from the bulk
/// corpus; see `SOURCE.md`).
const OCCUPATIONS: &str = include_str!("../data/people/occupations.txt");
const PARTY_LABELS: &str = include_str!("../data/people/party_labels.txt");
const GIVEN_NAMES: &str = include_str!("../data/people/given_names.tsv");
/// Given names that are ordinary words (`hope`, `grant`, `mark`), kept out of
/// [`GIVEN_NAMES`]; read only where an article shows a name (see `quotes::word_given`).
const WORD_GIVEN_NAMES: &str = include_str!("../data/people/word_given_names.tsv");
/// Words cased news writes lowercase, one per line (derived; see `SOURCE.md`).
const COMMON_WORDS: &str = include_str!("../data/people/common_words.txt");
/// Words that almost never stand in a person's name, read off the lower-cased bulk corpus.
const NOT_SURNAMES: &str = include_str!("../data/people/not_surnames.txt");
/// Role nouns that say their holder's gender: `noun<TAB>m|f`.
const GENDERED_ROLES: &str = include_str!("../data/people/gendered_roles.tsv");
/// Nouns by which news refers back to a named person (`the singer said`).
const EPITHETS: &str = include_str!("../data/people/epithets.txt");
/// Person nouns that head a counted group: `noun<TAB>sg|pl`.
const PERSON_NOUNS: &str = include_str!("../data/people/person_nouns.tsv");
/// Nouns for a child: `noun<TAB>gender<TAB>youngest<TAB>oldest`.
const CHILD_NOUNS: &str = include_str!("../data/people/child_nouns.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// One line of [`TITLES`].
#[derive(Debug, Clone)]
pub struct Title {
    pub form: &'static str,
    pub gender: Option<Gender>,
    pub roles: Vec<&'static str>,
}

fn gender(code: &str) -> Option<Gender> {
    match code {
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        _ => None,
    }
}

/// The titles, in file order.
pub fn titles() -> impl Iterator<Item = Title> {
    lines(TITLES).filter_map(|line| {
        let mut parts = line.split('|').map(str::trim);
        let form = parts.next().filter(|f| !f.is_empty())?;
        let gender = gender(parts.next().unwrap_or(""));
        let roles = parts.next().unwrap_or("").split_whitespace().collect();
        Some(Title {
            form,
            gender,
            roles,
        })
    })
}

/// One line of the role nouns ([`ROLES`], then the derived occupations).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleLine {
    /// A role noun of one or more words (`mayor`, `prime minister`).
    Role(&'static str),
    /// `a = b c`: role `a` (trimmed) answers descriptions headed by the words after `=`
    /// too (as written: `b c`).
    Synonyms(&'static str, &'static str),
}

/// The lines of the role nouns, in file order: those of [`ROLES`] (with their synonym
/// lines), then the derived occupations.
pub fn role_lines() -> impl Iterator<Item = RoleLine> {
    lines(ROLES)
        .chain(lines(OCCUPATIONS))
        .map(|l| match l.split_once('=') {
            Some((role, heads)) => RoleLine::Synonyms(role.trim(), heads),
            None => RoleLine::Role(l),
        })
}

/// The role nouns (`mayor`, `prime minister`), synonym lines left out.
pub fn role_nouns() -> impl Iterator<Item = &'static str> {
    role_lines().filter_map(|l| match l {
        RoleLine::Role(r) => Some(r),
        RoleLine::Synonyms(..) => None,
    })
}

/// Every word that may stand before a name without being part of it: the titles
/// (without a final full stop), the words of the role nouns, and `the`.
pub fn before_name_words() -> impl Iterator<Item = &'static str> {
    let titles = titles().map(|t| t.form.trim_end_matches('.'));
    let roles = role_nouns().flat_map(str::split_whitespace);
    titles.chain(roles).chain(std::iter::once("the"))
}

/// The person nouns (`soldiers`, `nurse`), each with whether it is singular.
pub fn person_nouns() -> impl Iterator<Item = (&'static str, bool)> {
    lines(PERSON_NOUNS).filter_map(|l| {
        let (w, n) = l.split_once('\t')?;
        Some((w.trim(), n.trim() == "sg"))
    })
}

/// A noun for a child (`boy`, `teenager`): the gender it says and the ages it covers.
#[derive(Debug, Clone, Copy)]
pub struct ChildNoun {
    pub gender: Option<Gender>,
    pub youngest: u32,
    pub oldest: u32,
}

static CHILD_NOUN_SET: LazyLock<HashMap<&'static str, ChildNoun>> = LazyLock::new(|| {
    lines(CHILD_NOUNS)
        .filter_map(|l| {
            let mut cols = l.split('\t').map(str::trim);
            let noun = cols.next()?;
            let gender = gender(cols.next()?);
            let youngest = cols.next()?.parse().ok()?;
            let oldest = cols.next()?.parse().ok()?;
            Some((
                noun,
                ChildNoun {
                    gender,
                    youngest,
                    oldest,
                },
            ))
        })
        .collect()
});

/// The child noun `noun` (any case, singular) is, if it is one.
pub fn child_noun(noun: &str) -> Option<ChildNoun> {
    ascii_lowercase(noun, |w| CHILD_NOUN_SET.get(w).copied()).flatten()
}

static LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| lines(PARTY_LABELS).collect());

/// Whether `word` (any case) is a party or side label (`Democrat`, `Tory`).
pub fn is_party_label(word: &str) -> bool {
    LABELS.iter().any(|l| l.eq_ignore_ascii_case(word))
}

static ROLE_GENDER: LazyLock<HashMap<&'static str, Gender>> = LazyLock::new(|| {
    lines(GENDERED_ROLES)
        .filter_map(|l| {
            let (w, g) = l.split_once('\t')?;
            Some((w.trim(), gender(g.trim())?))
        })
        .collect()
});

/// The gender a role noun (any case, singular) says its holder has (`sister`, `king`).
pub fn role_gender(role: &str) -> Option<Gender> {
    ascii_lowercase(role, |w| ROLE_GENDER.get(w).copied()).flatten()
}

/// Epithets, each with its kind.
static EPITHET_SET: LazyLock<HashMap<&'static str, Epithet>> = LazyLock::new(|| {
    lines(EPITHETS)
        .map(|l| match l.split_once('\t') {
            Some((w, kind)) if kind.trim() == "modified" => (w.trim(), Epithet::Office),
            _ => (l.trim(), Epithet::Fame),
        })
        .collect()
});

/// How a noun refers back to a named person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Epithet {
    /// What the person is known for (`singer`, `oscar-winner`): on its own.
    Fame,
    /// An office (`senator`): only with words before it (`the connecticut senator`); a
    /// bare `the senator` is the office's holder, named or not.
    Office,
}

/// The one-word epithets, lowercase (`model`, `rapper`, `senator`).
pub fn epithet_words() -> impl Iterator<Item = &'static str> {
    EPITHET_SET.keys().copied().filter(|w| !w.contains(' '))
}

/// The kind of epithet a noun (any case, singular) is, if it is one.
pub fn epithet(noun: &str) -> Option<Epithet> {
    let kind = |w: &str| {
        if w.ends_with("-winner") {
            return Some(Epithet::Fame);
        }
        EPITHET_SET.get(w).copied()
    };
    if noun.contains(' ') {
        // ("prime minister": a multi-word office, read whole)
        return kind(noun);
    }
    ascii_lowercase(noun, kind).flatten()
}

/// A table of `name<TAB>gender` lines, lowercase names to their usual gender (`None`: used
/// for both).
fn gendered_names(text: &'static str) -> HashMap<&'static str, Option<Gender>> {
    lines(text)
        .map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next().unwrap_or("").trim();
            (name, gender(cols.next().unwrap_or("").trim()))
        })
        .filter(|(n, _)| !n.is_empty())
        .collect()
}

/// Given names, lowercase, to their usual gender.
static GIVEN: LazyLock<HashMap<&'static str, Option<Gender>>> =
    LazyLock::new(|| gendered_names(GIVEN_NAMES));

/// Given names that are ordinary words, lowercase, to their usual gender.
static WORD_GIVEN: LazyLock<HashMap<&'static str, Option<Gender>>> =
    LazyLock::new(|| gendered_names(WORD_GIVEN_NAMES));

/// Whether `word` (any case) is a given name that is also an ordinary word (`hope`,
/// `grant`), and its usual gender. Not a name by itself: only the article's own evidence
/// makes it one.
pub fn word_given_name(word: &str) -> Option<Option<Gender>> {
    // (asked of most short words of a frame: a word that packs, ASCII of at most 15 bytes,
    // is found by its packed lowercase among the names' own, with no lowercase copy and
    // no string hash; the same answer, a packed word being its lowercase bytes and length)
    if let Some(key) = crate::packed::pack_lowercase(word) {
        return WORD_GIVEN_PACKED.get(&key).copied();
    }
    ascii_lowercase(word, |w| WORD_GIVEN.get(w).copied()).flatten()
}

/// The names of [`WORD_GIVEN`] that pack ([`crate::packed::pack_lowercase`]) and have no
/// capital (which no lowercased word would match), by packed form.
static WORD_GIVEN_PACKED: LazyLock<HashMap<u128, Option<Gender>>> = LazyLock::new(|| {
    WORD_GIVEN
        .iter()
        .filter(|(n, _)| !n.bytes().any(|b| b.is_ascii_uppercase()))
        .filter_map(|(n, g)| crate::packed::pack_lowercase(n).map(|k| (k, *g)))
        .collect()
});

/// The length in bytes of the longest given name that is an ordinary word: a longer word is
/// none of them (a cheap test before the lookup).
/// A filter of [`word_given_name`]'s names by their first two letters, for a caller that
/// asks of many words: read it once ([`word_given_filter`]), then ask
/// [`WordGivenFilter::may_be`] before the lookup.
#[derive(Debug, Clone, Copy)]
pub struct WordGivenFilter {
    /// For each first letter `a`..`z`, the second letters (bit 0 `a`) that some name
    /// has after it.
    second: [u32; 26],
}

impl WordGivenFilter {
    /// False only where [`word_given_name`] is `None`: a word opening with two ASCII
    /// letters that open no name. (Lowercasing keeps an ASCII letter where it stands,
    /// so such a word's lowercase opens with the same two letters; any other word may
    /// be a name.)
    pub fn may_be(&self, word: &[u8]) -> bool {
        match word {
            [a, b, ..] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                let first = usize::from(a.to_ascii_lowercase() - b'a');
                let second = b.to_ascii_lowercase() - b'a';
                self.second[first] & (1 << second) != 0
            }
            _ => true,
        }
    }
}

/// The filter of the names' first two letters (see [`WordGivenFilter`]).
pub fn word_given_filter() -> WordGivenFilter {
    static FILTER: LazyLock<WordGivenFilter> = LazyLock::new(|| {
        let mut second = [0u32; 26];
        for name in WORD_GIVEN.keys() {
            let low = name.to_lowercase();
            match low.as_bytes() {
                [a, b, ..] if a.is_ascii_lowercase() && b.is_ascii_lowercase() => {
                    second[usize::from(a - b'a')] |= 1 << (b - b'a');
                }
                // (a name of one letter: any word opening with it)
                [a] if a.is_ascii_lowercase() => second[usize::from(a - b'a')] = u32::MAX,
                // (no word opening with two ASCII letters lowercases to it)
                _ => {}
            }
        }
        WordGivenFilter { second }
    });
    *FILTER
}

pub fn longest_word_given_name() -> usize {
    static LONGEST: LazyLock<usize> =
        LazyLock::new(|| WORD_GIVEN.keys().map(|k| k.len()).max().unwrap_or(0));
    *LONGEST
}

/// The given names (lowercase) with their usual gender.
pub fn given_names() -> impl Iterator<Item = (&'static str, Option<Gender>)> {
    GIVEN.iter().map(|(n, g)| (*n, *g))
}

static COMMON: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| lines(COMMON_WORDS).collect());

/// Whether `word` (any case) is an ordinary word, one that cased news writes lowercase in
/// the middle of a sentence far more often than capitalised (`outside`, `incident`): in
/// lower-cased text, the capital letter's equal for telling a name's end.
pub fn common_word(word: &str) -> bool {
    ascii_lowercase(word, |w| COMMON.contains(w)).unwrap_or(false)
}

/// Irregular past forms (`data/quotes/irregular_past.txt`, which the sentence stage's gap
/// model also reads as its verb class, and `irregular_past_more.txt`, which it does not).
static IRREGULAR_PAST: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    lines(include_str!("../data/quotes/irregular_past.txt"))
        .chain(lines(include_str!(
            "../data/quotes/irregular_past_more.txt"
        )))
        .collect()
});

/// Whether `word` (any case) is an irregular past form of a verb (`spent`, `fled`).
pub fn irregular_past(word: &str) -> bool {
    word.len() <= 10 && ascii_lowercase(word, |w| IRREGULAR_PAST.contains(w)).unwrap_or(false)
}

static NOT_SURNAME: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| lines(NOT_SURNAMES).collect());

/// Whether `word` (any case) is almost never a word of a person's name: news writes it
/// after a given name or a title, or before `said`, in under 2.5 % of its uses (`new`,
/// `fresh`, `tearful`; not `brown`, `king`, `young`). In lower-cased text it ends a name
/// that has its given name and surname already (`said jon doe fresh from ...`).
pub fn not_surname(word: &str) -> bool {
    ascii_lowercase(word, |w| NOT_SURNAME.contains(w)).unwrap_or(false)
}

/// Whether `word` (any case) is a word in `-ly` made from an ordinary word
/// (`specifically` from `specific`, `flatly` from `flat`, `happily` from `happy`): an
/// adverb, or an adjective such as `elderly`, never a name's word whatever the casing.
/// (`kelly`, `emily`, `family` are made from no ordinary word.)
pub fn ly_word(word: &str) -> bool {
    if word.len() < 5 || !word.ends_with("ly") || given_name(word).is_some() {
        return false;
    }
    // Whether `stem` + `end` is an ordinary word, spelled on the stack.
    let common = |stem: &str, end: &str| {
        let mut buf = [0u8; 32];
        let n = stem.len() + end.len();
        n <= buf.len() && {
            buf[..stem.len()].copy_from_slice(stem.as_bytes());
            buf[stem.len()..n].copy_from_slice(end.as_bytes());
            std::str::from_utf8(&buf[..n]).is_ok_and(|w| COMMON.contains(w))
        }
    };
    ascii_lowercase(word, |w| {
        // `entertainment weekly`, `the daily`: a period's adjective names publications.
        if PERIODICALS.contains(&w) {
            return false;
        }
        let stem = &w[..w.len() - 2];
        // Suffixes that make adverbs of adjectives and participles, whatever the stem
        // (`ecstatically`, `incessantly`, `reportedly`); no surname ends so.
        let adverb_suffix = w.len() >= 7 && ADVERB_SUFFIXES.iter().any(|s| w.ends_with(s));
        adverb_suffix
            || COMMON.contains(stem)
            || w.strip_suffix("ally").is_some_and(|s| COMMON.contains(s))
            // `happily`, `simply`, `probably`, `truly`: from `happy`, `simple`,
            // `probable`, `true`.
            || w.strip_suffix("ily").is_some_and(|s| common(s, "y"))
            || common(stem, "le")
            || common(stem, "e")
    })
    .unwrap_or(false)
}

/// Endings of adverbs made from adjectives and participles (`-ically`, `-ously`,
/// `-edly`); a word in `-ly` that ends so is made from an ordinary word even when its
/// stem is too rare to be listed.
const ADVERB_SUFFIXES: &[&str] = &[
    "ically",
    "ently",
    "antly",
    "ously",
    "ively",
    "fully",
    "lessly",
    "ably",
    "ibly",
    "edly",
    "ingly",
    "ately",
    "iously",
    "istically",
];

/// Adjectives of a period in `-ly`, which name publications (`entertainment weekly`).
const PERIODICALS: &[&str] = &[
    "hourly",
    "nightly",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "yearly",
];

/// Whether `word` (any case) is a known given name, and its usual gender.
pub fn given_name(word: &str) -> Option<Option<Gender>> {
    ascii_lowercase(word, |w| GIVEN.get(w).copied()).flatten()
}

/// Whether `word` (any case) is a given name joined by a hyphen from two given names
/// (`lars-erik`, `anne-marie`, `jean-luc`), and its usual gender: the first name's, or the
/// second's when the first has none. (`rhys-hopkins` is a surname: `hopkins` is no given
/// name.)
pub fn hyphenated_given_name(word: &str) -> Option<Option<Gender>> {
    let (first, second) = word.split_once('-')?;
    if first.len() < 2 || second.len() < 2 || second.contains('-') {
        return None;
    }
    let a = given_name(first)?;
    let b = given_name(second)?;
    // (two names of different genders, `jean-luc` by the census's `jean`: none known)
    Some(match (a, b) {
        (Some(x), Some(y)) if x != y => None,
        _ => a.or(b),
    })
}

/// `f` of a word lowercased on the stack; `None` for an over-long one (no list holds
/// those).
fn ascii_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> Option<T> {
    let mut buf = [0u8; 32];
    lowercase_into(word, &mut buf).map(f)
}

/// Lowercases a word into `buf` (`None` for an over-long one), without copying one
/// already in lower case.
pub fn lowercase_into<'b>(word: &'b str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() {
        return None;
    }
    // A word already in lower case (most are) is its own lower case: no copy, and no
    // UTF-8 check of one.
    if bytes
        .iter()
        .all(|&b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return Some(word);
    }
    if !word.is_ascii() {
        return lower_unicode(word);
    }
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

/// [`lowercase_into`] of a word that is not ASCII: itself when it has no capital
/// (`josé`, as lower-cased text writes it); `None` otherwise. (Capitalised, `José` is
/// marked a name by its capital; looking it up as a given name too moved the pronouns
/// of cased text to things named after people, `Agustín Ross Balcony`.)
#[cold]
fn lower_unicode(word: &str) -> Option<&str> {
    (!word.chars().any(char::is_uppercase)).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_given_filter_lets_every_name_through() {
        let filter = word_given_filter();
        for name in WORD_GIVEN.keys() {
            assert!(filter.may_be(name.as_bytes()), "{name}");
            assert!(filter.may_be(name.to_uppercase().as_bytes()), "{name}");
        }
        // Where it stops a word, the lookup finds none either.
        let words = lines(COMMON_WORDS).chain(["Hope", "GRANT", "x", "\u{c9}mile", "o'hope"]);
        for w in words {
            if !filter.may_be(w.as_bytes()) {
                assert_eq!(word_given_name(w), None, "{w}");
            }
        }
        assert!(!filter.may_be(b"the"));
    }

    #[test]
    fn epithets_are_listed_or_end_in_winner() {
        assert_eq!(epithet("Singer"), Some(Epithet::Fame));
        assert_eq!(epithet("oscar-winner"), Some(Epithet::Fame));
        assert_eq!(epithet("man"), None);
        assert_eq!(epithet("source"), None);
        assert_eq!(epithet("senator"), Some(Epithet::Office));
        assert_eq!(epithet("prime minister"), Some(Epithet::Office));
    }

    #[test]
    fn ly_words_are_made_from_ordinary_words() {
        for w in [
            "specifically",
            "Flatly",
            "happily",
            "simply",
            "truly",
            "repeatedly",
        ] {
            assert!(ly_word(w), "{w}");
        }
        // Names and nouns in `-ly` come from no ordinary word.
        for w in [
            "kelly", "Emily", "family", "assembly", "rally", "beverly", "only", "weekly",
        ] {
            assert!(!ly_word(w), "{w}");
        }
    }

    #[test]
    fn ordinary_words_are_common_and_names_are_not() {
        for w in ["outside", "Outside", "incident", "stopped", "the"] {
            assert!(common_word(w), "{w}");
        }
        for w in ["karimi", "mehra", "arjun", "brown", "king", ""] {
            assert!(!common_word(w), "{w}");
        }
    }

    #[test]
    fn given_names_reach_beyond_the_census() {
        for w in ["arjun", "wojciech", "recep", "noor", "paul"] {
            assert!(given_name(w).is_some(), "{w}");
        }
        for w in ["brooklyn", "muslim", "will", "outside"] {
            assert!(given_name(w).is_none(), "{w}");
        }
    }

    #[test]
    fn hyphenated_given_names_join_two_given_names() {
        assert_eq!(hyphenated_given_name("lars-erik"), Some(Some(Gender::Male)));
        assert!(hyphenated_given_name("Anne-Marie").is_some());
        for w in [
            "rhys-hopkins",
            "lars",
            "well-known",
            "lars-",
            "-erik",
            "a-b",
        ] {
            assert!(hyphenated_given_name(w).is_none(), "{w}");
        }
    }

    #[test]
    fn titles_carry_gender_and_roles() {
        let mrs = titles().find(|t| t.form == "mrs").expect("mrs");
        assert_eq!(mrs.gender, Some(Gender::Female));
        let gov = titles().find(|t| t.form == "governor").expect("governor");
        assert_eq!(gov.roles, vec!["governor"]);
    }

    #[test]
    fn role_lines_are_roles_or_synonyms() {
        let lines: Vec<RoleLine> = role_lines().collect();
        assert!(lines.contains(&RoleLine::Role("prime minister")));
        let tory = lines
            .iter()
            .find_map(|l| match l {
                RoleLine::Synonyms("tory", heads) => Some(heads.trim()),
                _ => None,
            })
            .expect("tory");
        assert_eq!(tory, "conservative");
        assert!(role_nouns().all(|r| !r.contains('=')));
    }

    #[test]
    fn before_name_words_hold_titles_and_roles() {
        let words: Vec<&str> = before_name_words().collect();
        for w in ["mr", "dr", "mayor", "prime", "minister", "the", "sheriff"] {
            assert!(words.contains(&w), "{w}");
        }
    }

    #[test]
    fn given_names_with_gender() {
        assert_eq!(given_name("Ana"), Some(Some(Gender::Female)));
        assert_eq!(given_name("paul"), Some(Some(Gender::Male)));
        // Ordinary words are left out of the list.
        assert_eq!(given_name("will"), None);
        assert_eq!(given_name("rose"), None);
        assert_eq!(given_name("the"), None);
    }

    #[test]
    fn person_nouns_with_number() {
        let nouns: Vec<(&str, bool)> = person_nouns().collect();
        assert!(nouns.contains(&("soldiers", false)));
        assert!(nouns.contains(&("nurse", true)));
    }

    #[test]
    fn party_labels() {
        assert!(is_party_label("Democrat"));
        assert!(is_party_label("tory"));
        assert!(!is_party_label("Ana"));
    }
}
