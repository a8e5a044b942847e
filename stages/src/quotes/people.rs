//! The people (and bodies) an article, then a set, names: each with its name forms,
//! the fullest of which is canonical, its gender when a title or pronoun tells it,
//! and the roles it is described by.
//!
//! Two forms are one person when the shorter is a run of the longer's words that is
//! not just its first word (`May` and `Mrs May` are `Theresa May`; `Theresa` alone is
//! not). A short form that fits two people (`Singer`) is resolved by recency.

use std::cell::Cell;

use rustc_hash::{FxHashMap as FastMap, FxHashSet as FastSet};

use super::frame::{strip_possessive, Frame, Kind};
use super::lexicon::{pack_exact, pack_lowercase, with_lowercase, Flags, Gender, LEXICON};
use super::phrases::{
    capitalised_inside, classify, np_backward, past_form, singular, Mention, Possessor, Role,
};

#[derive(Debug, Clone, Default)]
pub struct Person<'a> {
    /// The fullest name as written, slices of an article's text.
    pub words: Vec<&'a str>,
    /// Every form seen, lowercase.
    forms: Vec<Key>,
    /// Every form was added by [`People::add_keyed`] from ASCII words, which tested
    /// them for a country's name and a given name.
    ascii_tested: bool,
    pub org: bool,
    pub gender: Option<Gender>,
    /// The gender came from the given-name list alone (`mel` listed male), which the
    /// article's own word (a title, a gendered role, `NAME said she`) overrides.
    pub listed_gender: bool,
    /// How often the article's own pronoun after the name's verb of saying said he, she
    /// (`Doe said she was ...`): the votes against a listed gender.
    said: [u16; 2],
    pub roles: Vec<Role>,
}

/// A name form: its lowercase words.
pub type Key = Vec<Word>;

/// A lowercase word of a name. Most are short ASCII words, packed into a number so
/// that keys cost no string per word to build, hash or compare.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Word {
    Short(u128),
    Long(String),
}

impl Word {
    /// The word `str::to_lowercase` makes of `word`.
    pub fn of(word: &str) -> Word {
        if let Some(k) = pack_lowercase(word) {
            return Word::Short(k);
        }
        // A non-ASCII word may lowercase to a short ASCII one (the Kelvin sign).
        let lower = word.to_lowercase();
        match pack_lowercase(&lower) {
            Some(k) => Word::Short(k),
            None => Word::Long(lower),
        }
    }
}

/// The key of a name as written.
pub fn key<S: AsRef<str>>(words: &[S]) -> Key {
    words.iter().map(|w| Word::of(w.as_ref())).collect()
}

impl Person<'_> {
    /// The name to print: as written, or title-cased when only seen in lowercase.
    pub fn display(&self) -> String {
        // A letter alone between a name's words is an initial (`George W. Bush`);
        // in lower-cased text the word after its stop has a sentence's capital.
        let initial = |k: usize| {
            (k > 0 || !self.org)
                && k + 1 < self.words.len()
                && self.words[k].chars().count() == 1
                && self.words[k].chars().all(char::is_alphabetic)
        };
        let lower = self.words.iter().all(|w| {
            !w.chars().any(char::is_uppercase) || w.chars().skip(1).all(|c| !c.is_uppercase())
        });
        // A single capitalised word with a dot is a web address (`Rajanews.com`).
        let address = self.words.len() == 1 && self.words[0].contains('.');
        let lower = lower
            && !address
            && self
                .words
                .iter()
                .enumerate()
                .skip(1)
                .all(|(k, w)| !w.starts_with(char::is_uppercase) || initial(k - 1));
        // A dotted abbreviation before more words keeps its last stop too (`U.S.
        // Geological Survey`; the stop is a token of its own).
        let dotted = |k: usize| {
            k + 1 < self.words.len()
                && self.words[k].contains('.')
                && self.words[k]
                    .split('.')
                    .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
        };
        let words = self.words.iter().enumerate().map(|(k, w)| {
            if initial(k) {
                format!("{}.", w.to_uppercase())
            } else if k > 0 && dotted_suffix(w) {
                // (`Bill Doe Jr.`: the suffix's stop is a token of its own)
                format!("{}.", if lower { title_case(w) } else { w.to_string() })
            } else if lower && k > 0 && ["ii", "iii", "iv"].contains(w) {
                // (`Frank Doe III`, not `Iii`; `Jr` keeps its one capital)
                w.to_uppercase()
            } else if dotted(k) {
                format!("{}.", if lower { title_case(w) } else { w.to_string() })
            } else if !lower
                || k > 0 && ["of", "and", "for", "the"].contains(w)
                // (`the Adeyemi family`: a family's noun stays small after its name)
                || self.org && k > 0 && k + 1 == self.words.len() && *w == "family"
            {
                // Joining words inside a body's name stay small (`Ministry of Defence`).
                w.to_string()
            } else {
                title_case(w)
            }
        });
        words.collect::<Vec<_>>().join(" ")
    }

    pub fn has_role(&self, heads: &[&str]) -> bool {
        self.roles.iter().any(|r| heads.contains(&r.head.as_str()))
    }
}

fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = matches!(c, '-' | '.' | ' ');
    }
    out
}

pub fn key_of(words: &[String]) -> Vec<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

/// Whether two lowercase name forms can be one person.
pub fn same_person(a: &[Word], b: &[Word]) -> bool {
    let (s, l) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if s.is_empty() {
        return false;
    }
    if s == l {
        return true;
    }
    // "donald roe" and "donald roe jr.": a given name and surname without the suffix
    // name the father as often as the son, so the two forms are kept apart (`roe`
    // alone may be either).
    let suffixed = |k: &[Word]| k.last().is_some_and(|w| SUFFIX_WORDS.contains(w));
    if s.len() >= 2 && suffixed(l) && !suffixed(s) {
        return false;
    }
    l.windows(s.len())
        .enumerate()
        .any(|(k, w)| w == s && (s.len() >= 2 || k > 0))
}

#[derive(Default)]
pub struct People<'a> {
    pub persons: Vec<Person<'a>>,
    /// Persons by the words of their forms, so a lookup checks only those sharing one:
    /// each word's last link in `links`.
    by_word: FastMap<Word, usize>,
    /// The persons of each word as linked lists in one vector, (person, next link),
    /// so that a new word costs no list of its own.
    links: Vec<(usize, usize)>,
    /// A buffer for [`People::matches`].
    scratch: Cell<Vec<usize>>,
}

/// The most name mentions a table is sized for before it is filled.
const PRESIZED_MENTIONS: usize = 4096;

/// The end of a list of [`People::links`].
const NO_LINK: usize = usize::MAX;

/// The persons a form can name, in table order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Matches {
    None,
    One(usize),
    Several(Vec<usize>),
}

impl Matches {
    pub fn as_slice(&self) -> &[usize] {
        match self {
            Matches::None => &[],
            Matches::One(one) => std::slice::from_ref(one),
            Matches::Several(ids) => ids,
        }
    }
}

impl<'a> People<'a> {
    /// An empty table sized for about `names` name mentions, so that building it
    /// does not grow its maps step by step.
    fn with_capacity(names: usize) -> People<'a> {
        // Sized for at most a few thousand mentions: a giant article's mentions
        // mostly repeat its people, and sizing for every one of 2.5 million
        // held 300 MB the table never used. Larger tables grow as needed.
        let names = names.min(PRESIZED_MENTIONS);
        People {
            persons: Vec::with_capacity(names),
            by_word: FastMap::with_capacity_and_hasher(names * 2, Default::default()),
            links: Vec::with_capacity(names * 2),
            scratch: Cell::default(),
        }
    }

    /// Gives back what the table was sized for and does not use, for a table kept while
    /// other texts are read (a window's, see `quotes::quotations_in_windows`).
    pub fn shrink_to_fit(&mut self) {
        self.persons.shrink_to_fit();
        self.by_word.shrink_to_fit();
        self.links.shrink_to_fit();
    }

    /// The persons a form can name.
    pub fn matches(&self, key: &[Word]) -> Matches {
        // The candidate list is kept between calls, so a lookup allocates nothing.
        let mut candidates = self.scratch.take();
        candidates.clear();
        for w in key {
            candidates.extend(self.ids_of(w));
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut exact = candidates
            .iter()
            .copied()
            .filter(|&p| self.persons[p].forms.iter().any(|f| f == key));
        let found = match (exact.next(), exact.next()) {
            (Some(one), None) => Matches::One(one),
            _ => {
                candidates.retain(|&p| self.persons[p].forms.iter().any(|f| same_person(f, key)));
                match candidates.as_slice() {
                    [] => Matches::None,
                    [one] => Matches::One(*one),
                    several => Matches::Several(several.to_vec()),
                }
            }
        };
        self.scratch.set(candidates);
        found
    }

    /// Adds a new person named by one mention, with that one form.
    pub fn push_name(&mut self, name: &NameSeen<'a>, key: Key) -> usize {
        self.push(Person {
            words: name.words.clone(),
            forms: vec![key],
            ascii_tested: false,
            org: name.org || is_country(&name.words),
            gender: name.gender,
            listed_gender: false,
            said: [0; 2],
            roles: name.roles.clone(),
        })
    }

    /// Adds a new person with its forms.
    fn push(&mut self, person: Person<'a>) -> usize {
        let id = self.persons.len();
        for form in &person.forms {
            self.index(form, id);
        }
        self.persons.push(person);
        id
    }

    /// The persons indexed under a word, most recently indexed first.
    fn ids_of(&self, w: &Word) -> impl Iterator<Item = usize> + '_ {
        let mut link = self.by_word.get(w).copied().unwrap_or(NO_LINK);
        std::iter::from_fn(move || {
            let &(id, next) = self.links.get(link)?;
            link = next;
            Some(id)
        })
    }

    fn index(&mut self, form: &[Word], id: usize) {
        for w in form {
            if self.ids_of(w).any(|known| known == id) {
                continue;
            }
            let new = self.links.len();
            match self.by_word.get_mut(w) {
                Some(last) => {
                    self.links.push((id, *last));
                    *last = new;
                }
                None => {
                    self.links.push((id, NO_LINK));
                    self.by_word.insert(w.clone(), new);
                }
            }
        }
    }

    /// [`People::add_keyed`] for a name as a mention gives it.
    #[cfg(test)]
    pub fn add(&mut self, name: &NameSeen<'a>) -> Option<usize> {
        self.add_keyed(
            &key(&name.words),
            &name.words,
            name.org,
            name.gender,
            &name.roles,
            [0; 2],
        )
    }

    /// Adds a form (`key`, the key of `words`); merges it into the one person it
    /// fits, else makes a new person. A form fitting several persons is left out
    /// (resolved by recency when read).
    fn add_keyed(
        &mut self,
        key: &[Word],
        words: &[&'a str],
        org: bool,
        gender: Option<Gender>,
        roles: &[Role],
        said: [u16; 2],
    ) -> Option<usize> {
        let found = self.matches(key);
        let ascii = words.iter().all(|w| w.is_ascii());
        let id = match found.as_slice() {
            [] => self.push(Person {
                ascii_tested: ascii,
                ..Person::default()
            }),
            [one] => *one,
            _ => return None,
        };
        // The key is copied only when it is a new form of the person.
        let known = self.persons[id].forms.iter().any(|f| f == key);
        if !known {
            self.index(key, id);
            self.persons[id].forms.push(key.to_vec());
        }
        let p = &mut self.persons[id];
        // A form already added here from ASCII words was tested as these words would be
        // (`is_country` and `given_gender` read ASCII words in any case, as the key
        // does): its answers are merged (`org` and `gender` are only ever set), so they
        // are not asked again.
        let tested = known && ascii && p.ascii_tested;
        p.ascii_tested &= ascii;
        if words.len() > p.words.len() {
            p.words = words.to_vec();
        }
        p.org |= org || !tested && is_country(words);
        if p.gender.is_none() {
            p.gender = gender;
            if p.gender.is_none() {
                p.gender = (!tested).then(|| given_gender(words)).flatten();
                p.listed_gender = p.gender.is_some();
            }
        }
        p.said[0] = p.said[0].saturating_add(said[0]);
        p.said[1] = p.said[1].saturating_add(said[1]);
        for r in roles {
            if !p.roles.contains(r) {
                p.roles.push(r.clone());
            }
        }
        Some(id)
    }
}

/// Country names (`Iran`, `United Kingdom`): a country speaks as a body, never as
/// `he` or `she`.
pub(super) static COUNTRIES: std::sync::LazyLock<FastSet<String>> =
    std::sync::LazyLock::new(|| crate::data::nationality_forms("country_name").collect());

/// The longest country name, in bytes.
static COUNTRY_LEN: std::sync::LazyLock<usize> =
    std::sync::LazyLock::new(|| COUNTRIES.iter().map(String::len).max().unwrap_or(0));

/// The first words of the country names (up to their first space), packed
/// ([`pack_lowercase`]): a name whose first word packs and is none of them is no country,
/// told without joining and lowercasing its words. (A first word that does not pack, not
/// ASCII or long, can only open a name whose first word does not pack either.)
static COUNTRY_FIRSTS: std::sync::LazyLock<FastSet<u128>> = std::sync::LazyLock::new(|| {
    COUNTRIES
        .iter()
        .filter_map(|c| c.split(' ').next().and_then(pack_lowercase))
        .collect()
});

fn is_country(words: &[&str]) -> bool {
    if words.is_empty() || words.len() > 4 {
        return false;
    }
    // (the key's first word is the first word's text up to a space, lowercased)
    let first = words[0].split(' ').next().and_then(pack_lowercase);
    if first.is_some_and(|k| !COUNTRY_FIRSTS.contains(&k)) {
        return false;
    }
    // `words.join(" ").to_lowercase()`, built once: ASCII words (most names) into a buffer
    // on the stack, lower-cased in place; a key longer than every country's is none.
    let len = words.iter().map(|w| w.len()).sum::<usize>() + words.len() - 1;
    if words.iter().all(|w| w.is_ascii()) {
        if len > *COUNTRY_LEN {
            return false;
        }
        let mut buf = [0u8; 128];
        if let Some(key) = buf.get_mut(..len) {
            let mut at = 0;
            for (k, w) in words.iter().enumerate() {
                if k > 0 {
                    key[at] = b' ';
                    at += 1;
                }
                key[at..at + w.len()].copy_from_slice(w.as_bytes());
                at += w.len();
            }
            key.make_ascii_lowercase();
            if let Ok(key) = std::str::from_utf8(key) {
                return COUNTRIES.contains(key);
            }
        }
    }
    let mut key = String::with_capacity(len + 1);
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            key.push(' ');
        }
        if w.is_ascii() {
            key.extend(w.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            key.push_str(&w.to_lowercase());
        }
    }
    COUNTRIES.contains(&key)
}

/// The usual gender of a person's given name (`Ana Ruiz`), when the name has a
/// surname too and the given name has one gender, and is no body's name after a person
/// (`Anne Frank House`, `John Radcliffe Hospital`).
fn given_gender(words: &[&str]) -> Option<Gender> {
    if words.len() > 2
        && words
            .last()
            .is_some_and(|w| super::lexicon::LEXICON.flags(w).has(Flags::ORG))
    {
        return None;
    }
    // A title or role kept before the name (`CEO John Stumpf`) is not its given name.
    let lead = words
        .iter()
        .take_while(|w| {
            let flags = super::lexicon::LEXICON.flags(w);
            (flags.has(Flags::TITLE) || flags.has(Flags::ROLE))
                && crate::lexicon::given_name(w).is_none()
        })
        .count();
    match &words[lead..] {
        // (`Hope Summers`: a given name that is also a word, before a surname)
        [first, _, ..] => crate::lexicon::given_name(first)
            .or_else(|| crate::lexicon::hyphenated_given_name(first))
            .or_else(|| crate::lexicon::word_given_name(first))
            .flatten(),
        _ => None,
    }
}

/// A name as one mention gives it.
#[derive(Debug, Clone)]
pub struct NameSeen<'a> {
    /// Slices of the text.
    pub words: Vec<&'a str>,
    pub org: bool,
    pub gender: Option<Gender>,
    pub roles: Vec<Role>,
}

impl<'a> NameSeen<'a> {
    /// Adds roles given beside the name (`his wife, Ewa,`; `Tom Hale, her brother,`);
    /// with `gendered`, a role that says its holder's gender gives the name one when
    /// nothing else has (`wife`: a later `he` is not Ewa).
    fn add_roles(&mut self, roles: impl IntoIterator<Item = Role>, gendered: bool) {
        for role in roles {
            // "The airline, Skyward Connect,": a name set beside a body's class noun is
            // a body's.
            if self.gender.is_none() && body_class(&role.head) {
                self.org = true;
            }
            if gendered && self.gender.is_none() && !self.org {
                self.gender = crate::lexicon::role_gender(&role.head);
            }
            self.roles.push(role);
        }
    }

    /// A body (organisation) known by these words, with no gender and no role.
    pub fn body(words: Vec<&'a str>) -> NameSeen<'a> {
        NameSeen {
            words,
            org: true,
            gender: None,
            roles: Vec::new(),
        }
    }

    /// [`NameSeen::from_mention`] for a mention no longer needed, moving its words.
    pub fn take(m: Mention<'a>) -> Option<NameSeen<'a>> {
        match m {
            Mention::Name {
                words,
                org,
                gender,
                roles,
            } => Some(NameSeen {
                words,
                org,
                gender,
                roles,
            }),
            _ => None,
        }
    }

    pub fn from_mention(m: &Mention<'a>) -> Option<NameSeen<'a>> {
        match m {
            Mention::Name { .. } => NameSeen::take(m.clone()),
            _ => None,
        }
    }
}

/// Whether a role's head is a body's class noun (`airline`, `union`) or a noun that
/// describes a body (`maker`, `carrier`), not a person's.
fn body_class(head: &str) -> bool {
    let flags = super::lexicon::LEXICON.flags(head);
    flags.has(Flags::ORG) && !flags.has(Flags::ROLE | Flags::TITLE)
        || super::body_kinds::is_epithet(head)
}

/// A name mention found in the frame.
#[derive(Debug, Clone)]
pub struct NameMention<'a> {
    /// First token of the phrase.
    pub at: usize,
    pub name: NameSeen<'a>,
    /// The key of the name's words.
    pub key: Key,
    /// Whether it is the subject of a verb (a candidate for later pronouns).
    pub subject: bool,
    /// The gender of a pronoun opening the clause its verb of saying reports (`Doe said
    /// she was`), see [`pronoun_after_cue`].
    pub said: Option<Gender>,
}

/// [`table_of_mentions`] for names without their keys.
#[cfg(test)]
pub fn table<'a>(mentions: &[&NameSeen<'a>]) -> People<'a> {
    let mut order: Vec<&NameSeen<'a>> = mentions.to_vec();
    order.sort_by_key(|n| std::cmp::Reverse(n.words.len()));
    let mut people = People::default();
    for n in order {
        people.add(n);
    }
    // Short forms that fit several people were left out; roles and genders of
    // unambiguous ones were merged above.
    people
}

/// A pronoun's gender as one vote (male, female).
fn votes(said: Option<Gender>) -> [u16; 2] {
    match said {
        Some(Gender::Male) => [1, 0],
        Some(Gender::Female) => [0, 1],
        _ => [0, 0],
    }
}

impl People<'_> {
    /// A gender from the given-name list alone yields to the article's own pronouns
    /// (`Mel Doe ... Doe said she was`) when they say the other gender at least twice
    /// (over the set's articles, for the set's table) and never the list's (a pronoun
    /// after `said` may be another person's: `Doe said he was driving too fast`).
    fn settle_listed_genders(&mut self) {
        for p in &mut self.persons {
            let Some(listed) = p.gender.filter(|_| p.listed_gender) else {
                continue;
            };
            let (own, other, flipped) = match listed {
                Gender::Male => (p.said[0], p.said[1], Gender::Female),
                Gender::Female => (p.said[1], p.said[0], Gender::Male),
            };
            if own == 0 && other >= 2 {
                p.gender = Some(flipped);
                p.listed_gender = false;
            }
        }
    }
}

/// Builds a table from an article's name mentions, longest forms first so that
/// short forms find the full name they belong to.
pub fn table_of_mentions<'a>(mentions: &[NameMention<'a>]) -> People<'a> {
    let mut order: Vec<&NameMention<'a>> = mentions.iter().collect();
    order.sort_by_key(|m| std::cmp::Reverse(m.name.words.len()));
    let mut people = People::with_capacity(order.len());
    for m in order {
        let n = &m.name;
        people.add_keyed(&m.key, &n.words, n.org, n.gender, &n.roles, votes(m.said));
    }
    people.settle_listed_genders();
    people
}

/// The table of a set from the persons of its articles' tables, each seen as a name
/// (its fullest words), in the same order as [`table_of_mentions`] takes mentions.
pub fn set_table<'p, 'a: 'p>(persons: impl Iterator<Item = &'p Person<'a>>) -> People<'a> {
    let mut order: Vec<&Person<'a>> = persons.collect();
    order.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
    let mut people = People::with_capacity(order.len());
    for p in order {
        // (a gender from the list alone is worked out again from the words, so an
        // article's own word for the same person, from another article, overrides it)
        let gender = p.gender.filter(|_| !p.listed_gender);
        people.add_keyed(&key(&p.words), &p.words, p.org, gender, &p.roles, p.said);
    }
    people.settle_listed_genders();
    people
}

/// The first token of the run of titles and role words just before token `i` (`met
/// Judge Ada Roe`, `and head coach Tom Vance`), staying after token `floor`; `i` when
/// there are none.
fn titles_before(f: &Frame<'_>, i: usize, floor: usize) -> usize {
    let mut k = i;
    while k > floor + 1 && f.tokens[k - 1].has(Flags::TITLE | Flags::ROLE) {
        k -= 1;
    }
    k
}

/// Words that may open a sentence before its subject: conjunctions and sentence
/// adverbs (`but roe said`, `later, roe told`, `and then roe left`).
const CLAUSE_OPENERS: &[&str] = &[
    "but",
    "and",
    "yet",
    "so",
    "still",
    "then",
    "later",
    "earlier",
    "meanwhile",
    "afterwards",
    "instead",
    "however",
];

/// Whether the tokens from `s0` up to `i` are one or two clause openers and commas
/// (`but`, `later ,`, `but then`), so that `i` opens the clause's subject.
fn after_clause_opener(f: &Frame<'_>, s0: usize, i: usize) -> bool {
    i > s0
        && i - s0 <= 3
        && f.word_in(s0, CLAUSE_OPENERS)
        && (s0 + 1..i).all(|k| f.tokens[k].is_punct(',') || f.word_in(k, CLAUSE_OPENERS))
}

/// Whether the word at `i` is the surname of a person's name found before (`out`),
/// followed by a verb, directly or after an interjected adverb.
fn surname_subject(f: &Frame<'_>, out: &[NameMention<'_>], i: usize) -> bool {
    let surname = |m: &NameMention<'_>| {
        m.name.words.len() >= 2
            && !m.name.org
            && m.name
                .words
                .last()
                .is_some_and(|w| strip_possessive(w).eq_ignore_ascii_case(f.word(i)))
    };
    (verb_follows(f, i + 1) || interjected_verb(f, i + 1) || described_verb(f, i + 1))
        && out.iter().any(surname)
}

/// Whether the tokens from `k` are a description set off by commas, opened by an
/// article or a person's relative pronoun, then a verb (`roe, a quiet man of few words,
/// jokes that`, `roe, the team's oldest player, said`, `roe, who led the campaign, spoke
/// next`).
fn described_verb(f: &Frame<'_>, k: usize) -> bool {
    if !f.tokens.get(k).is_some_and(|t| t.is_punct(','))
        || !f.word_in(k + 1, &["a", "an", "the", "who"])
    {
        return false;
    }
    let sentence = f.tokens[k].sentence();
    let limit = f.tokens.len().min(k + 16);
    let close = (k + 2..limit)
        .take_while(|&i| {
            let t = &f.tokens[i];
            t.sentence() == sentence && !matches!(t.kind, Kind::Quote(_) | Kind::Break)
        })
        .find(|&i| f.tokens[i].is_punct(','));
    close.is_some_and(|c| verb_follows(f, c + 1))
}

/// Sentence adverbs set off by commas between a subject and its verb (`roe, however,
/// said`).
const INTERJECTED: &[&str] = &["however", "though", "too", "meanwhile", "instead", "also"];

/// Whether the tokens from `k` are a comma, one interjected adverb, a comma, then a
/// verb.
fn interjected_verb(f: &Frame<'_>, k: usize) -> bool {
    f.tokens.get(k).is_some_and(|t| t.is_punct(','))
        && f.word_in(k + 1, INTERJECTED)
        && f.tokens.get(k + 2).is_some_and(|t| t.is_punct(','))
        && verb_follows(f, k + 3)
}

/// Whether the token at `k` (after skipping auxiliaries) is a verb, so the phrase
/// before it is a subject.
fn verb_follows(f: &Frame<'_>, mut k: usize) -> bool {
    k += day_phrase(f, k);
    let mut aux = false;
    while k < f.tokens.len() {
        let t = &f.tokens[k];
        if t.kind == Kind::Word && t.flags.has(Flags::ADVERB) && !t.capital {
            aux = true;
            k += 1;
            continue;
        }
        break;
    }
    if aux {
        return true;
    }
    let Some(t) = f.tokens.get(k) else {
        return false;
    };
    if t.kind != Kind::Word || t.capital || t.flags.has(Flags::FUNCTION) {
        return false;
    }
    let w = f.word(k);
    // "alan brooks read a statement": a word taking a determined object is a verb.
    // Lower-cased only: with capitals a name before an object noun is more often no
    // subject (a cased blind-sample pronoun went to such a name).
    let object = f.lowercase
        && f.tokens
            .get(k + 1)
            .is_some_and(|n| n.has(Flags::DETERMINER));
    // "Delta Freight executives over ...": a plural role noun, not a verb.
    let role_plural = || {
        let one = super::phrases::singular(w);
        t.flags.has(Flags::ROLE) || super::lexicon::LEXICON.flags(&one).has(Flags::ROLE)
    };
    t.flags.has(Flags::CUE)
        || object
        || w.ends_with("ed")
        // (`amara duvall met`, `paula reyes spent`: an irregular past form)
        || super::phrases::past_form(f, k)
        || (w.len() > 3
            && super::phrases::ends_as_plural(w)
            && !w.contains('\'')
            && !role_plural())
}

/// Whether a cue verb follows token `k`, after any auxiliaries (`Roe said`, `Roe has said`).
fn cue_follows(f: &Frame<'_>, mut k: usize) -> bool {
    while f
        .tokens
        .get(k)
        .is_some_and(|t| t.has(Flags::ADVERB) && !t.capital)
    {
        k += 1;
    }
    // (a whole cue: `grade point average` holds no `point out`; a verb that is a cue on
    // its own still shows a subject before it, `roe continues to fight`)
    f.tokens
        .get(k)
        .is_some_and(|t| t.has(Flags::CUE) && !t.capital)
        && (single_word_cue(f.word(k)) || super::attribution::cue_at(f, k).is_some())
}

/// Whether a word is a cue on its own (`says`, not only the start of `points out`).
fn single_word_cue(word: &str) -> bool {
    let mut buf = [0u8; 32];
    crate::lexicon::lowercase_into(word, &mut buf)
        .is_some_and(|w| LEXICON.cues(w).iter().any(|c| c.rest.is_empty()))
}

/// After a name ending at `end`: a role given in apposition (`, the council's
/// director,`), and the token after the apposition.
fn apposition(f: &Frame<'_>, end: usize) -> (Option<Role>, usize) {
    let k = end + 1;
    if !f.tokens.get(k).is_some_and(|t| t.is_punct(',')) {
        return (appointed_role(f, k), k);
    }
    let sentence = f.tokens[end].sentence();
    let limit = (k + 16).min(f.tokens.len());
    let Some(close) = (k + 1..limit).find(|&i| {
        let t = &f.tokens[i];
        t.sentence() != sentence
            || t.is_punct(',')
            || matches!(t.kind, Kind::Quote(_) | Kind::Break)
            || sentence_stop(f, i)
    }) else {
        return (None, k);
    };
    if !f.tokens[close].is_punct(',') && !f.tokens[close].is_punct('.') {
        return (None, k);
    }
    let first = k + 1;
    let Some(fw) = f.tokens.get(first) else {
        return (None, k);
    };
    // "Ruth Adler, 42,": an age, a role of its own (`the 42-year-old said`).
    if close == first + 1 {
        if let Some(age) = age_role(f.word(first)) {
            return (Some(age), k);
        }
    }
    // "Hana Kessler, who is chief executive of Brindle Foods,": the role a relative
    // clause's copula gives.
    if f.word_in(first, &["who"]) {
        return (copula_role(f, first + 1), k);
    }
    if fw.kind != Kind::Word {
        return (None, k);
    }
    let det = with_lowercase(f.word(first), |w| {
        ["a", "an", "the", "his", "her", "its", "their"].contains(&w)
    });
    // The role phrase ends at its role noun: "a reporter for the paper"; not at the
    // first word of a longer role that does not follow (`the first woman to hold it`).
    let Some(role_end) = (first..close)
        .rev()
        .find(|&i| f.tokens[i].has(Flags::ROLE) && !only_role_prefix_at(f, i))
        .map(|i| role_words_end(f, i))
    else {
        return (None, k);
    };
    if !(det || fw.flags.has(Flags::ROLE) || fw.capital) {
        return (None, k);
    }
    let Some(np) = np_backward(f, role_end, first) else {
        return (None, k);
    };
    // (an apposition closing its sentence leaves nothing after it for the name)
    let after = if f.tokens[close].is_punct('.') {
        close
    } else {
        close + 1
    };
    (role_of(f, np), after)
}

/// Whether token `i` is a full stop ending its sentence (`"...," said Ana Roe, a
/// nurse. "..."`): it closes an apposition as a comma does; a stop inside a phrase
/// (`the st. louis office`) does not.
fn sentence_stop(f: &Frame<'_>, i: usize) -> bool {
    f.tokens[i].is_punct('.')
        && f.tokens.get(i + 1).is_none_or(|n| {
            n.sentence() != f.tokens[i].sentence() || matches!(n.kind, Kind::Quote(_) | Kind::Break)
        })
}

/// A person's age given as a number in apposition (`Ruth Adler, 42,`), as the role
/// `42-year-old` that `the 42-year-old` names.
fn age_role(word: &str) -> Option<Role> {
    let years: u32 = word.parse().ok().filter(|_| word.len() <= 3)?;
    (1..=115).contains(&years).then(|| Role {
        head: format!("{years}-year-old"),
        possessor: Vec::new(),
    })
}

/// `is the chief executive of Brindle Foods`, `was a senator`, `became prime minister`,
/// `has been harbour master since 2011` from token `k`: the role a copula gives the
/// subject before it, when the phrase after the copula opens with the role (not `is the
/// son of the mayor`).
fn copula_role(f: &Frame<'_>, k: usize) -> Option<Role> {
    const COPULA: &[&str] = &["is", "was", "became", "becomes", "remains"];
    let mut first = if f.word_in(k, COPULA) {
        k + 1
    } else {
        perfect_copula(f, k)?
    };
    if f.word_in(first, &["now", "also", "still"]) {
        first += 1;
    }
    let limit = (first + 5).min(f.tokens.len());
    let run = (first..limit).take_while(|&j| {
        let t = &f.tokens[j];
        t.kind == Kind::Word && !f.word_in(j, &["of", "for", "at", "in", "and", "who"])
    });
    let role_end = run.filter(|&j| f.tokens[j].has(Flags::ROLE)).last()?;
    let np = np_backward(f, role_words_end(f, role_end), first)?;
    if np.0 != first {
        return None;
    }
    role_of(f, np)
}

/// `has been`, `had long been`, `have also been` from token `k`: the token after `been`.
fn perfect_copula(f: &Frame<'_>, k: usize) -> Option<usize> {
    if !f.word_in(k, &["has", "had", "have"]) {
        return None;
    }
    let mut been = k + 1;
    if f.word_in(been, &["long", "also", "now"]) {
        been += 1;
    }
    f.word_in(been, &["been"]).then_some(been + 1)
}

/// `Ann Reyes was appointed head coach`, `Tom Kell has been named chief executive`, `Ida
/// Moss was elected mayor`: the role a passive of appointing gives the name ending just
/// before `k`; or a copula's (`Hana Kessler is the chief executive`).
fn appointed_role(f: &Frame<'_>, k: usize) -> Option<Role> {
    const AUX: &[&str] = &["was", "is", "has", "had", "have", "been", "were"];
    const APPOINTED: &[&str] = &["appointed", "named", "elected", "hired", "promoted"];
    if let Some(role) = copula_role(f, k) {
        return Some(role);
    }
    // Asked after most names: the auxiliaries are all words of two to four letters.
    let short_word =
        |t: &super::frame::Token| t.kind == Kind::Word && (2..=4).contains(&(t.end() - t.start()));
    if !f.tokens.get(k).is_some_and(short_word) {
        return None;
    }
    let mut i = k;
    while i < k + 2 && f.word_in(i, AUX) {
        i += 1;
    }
    if i == k || !f.word_in(i, APPOINTED) {
        return None;
    }
    i += 1;
    if f.word_in(i, &["as", "to"]) {
        i += 1;
    }
    let first = i;
    let limit = (first + 4).min(f.tokens.len());
    let role_end = (first..limit)
        .take_while(|&j| f.tokens[j].kind == Kind::Word)
        .filter(|&j| f.tokens[j].has(Flags::ROLE))
        .last()?;
    role_of(f, np_backward(f, role_end, first)?)
}

/// The role a described phrase `np` gives (`the club's coach`: `coach` of `club`).
fn role_of(f: &Frame<'_>, np: (usize, usize)) -> Option<Role> {
    match classify(f, np.0, np.1) {
        Some(Mention::Description {
            head, possessor, ..
        }) => Some(Role {
            head: singular(&head),
            possessor: match possessor {
                Some(Possessor::Name(w)) => w,
                _ => Vec::new(),
            },
        }),
        _ => None,
    }
}

/// A role given just before a name, set off by a comma (`the governor, Paul Nemo`).
pub(super) fn role_before(f: &Frame<'_>, at: usize) -> Option<Role> {
    let comma = at.checked_sub(1)?;
    if !f.tokens[comma].is_punct(',') {
        return None;
    }
    let s0 = f.sentence_first(f.tokens[comma].sentence());
    let mut np = np_backward(f, comma.checked_sub(1)?, s0)?;
    // "The chief executive of Vortex Airlines, Mark Tanner", "a spokeswoman for the
    // ministry, Lucia Brandt", "A doctor at the field clinic, Mara Feld": the role
    // before the phrase that places it.
    // A place after `at` or `with` opens with a determiner (`at the field clinic`): `a
    // teacher at Corrin Hill, Tessaly,` names a place's region, not the teacher.
    let mut phrased = false;
    let placed = f.word_in(np.0.wrapping_sub(1), &["at", "with"])
        && f.word_in(np.0, &["the", "a", "an", "his", "her", "its", "their"]);
    if np.0 >= s0 + 2 && (placed || f.word_in(np.0 - 1, &["of", "for"])) {
        if let Some(role) = np_backward(f, np.0 - 2, s0) {
            if has_role_word(f, role) || (role.0..=role.1).any(|i| f.tokens[i].has(Flags::SPOKES)) {
                np = role;
                phrased = true;
            }
        }
    }
    // Lower-cased, "the headteacher" may read as a body's name; before an apposed name
    // it is a role.
    if f.lowercase && f.tokens[np.0].has(Flags::DETERMINER) && np.1 > np.0 {
        if let Some(Mention::Name { words, .. }) = classify(f, np.0, np.1) {
            let head = words.last().map(|w| singular(&w.to_lowercase()))?;
            return Some(Role {
                head,
                possessor: Vec::new(),
            });
        }
    }
    match classify(f, np.0, np.1)? {
        // (a spokesman is a role only with the body he speaks for: `a spokeswoman for
        // the ministry, Lucia Brandt`, not `a spokesman, Tom Hale`)
        Mention::Description {
            head,
            possessor,
            definite,
            group: false,
            spokes,
            plural: false,
            ..
        } if (definite || has_role_word(f, np) || phrased) && (!spokes || phrased) => Some(Role {
            head: singular(&head),
            possessor: match possessor {
                Some(Possessor::Name(w)) => w,
                _ => Vec::new(),
            },
        }),
        _ => None,
    }
}

fn has_role_word(f: &Frame<'_>, np: (usize, usize)) -> bool {
    (np.0..=np.1).any(|i| f.tokens[i].has(Flags::ROLE) || f.tokens[i].has(Flags::TITLE))
}

/// Every name mention of the frame, in order.
pub fn name_mentions<'a>(f: &Frame<'a>) -> Vec<NameMention<'a>> {
    let mut out = Vec::new();
    if f.lowercase {
        lowercase_mentions(f, &mut out);
    } else {
        cased_mentions(f, &mut out);
    }
    super::nickname::join(f, &mut out);
    for m in &mut out {
        trim_weekdays(&mut m.name.words);
        cut_at_repeat(&mut m.name.words);
    }
    // "The American luge team": a nationality adjective alone names nobody, unless it
    // is a cue's subject the article also writes as a surname (`gen. mark a. welsh
    // iii` ... `welsh said`).
    let cue_next = |end: usize| f.tokens.get(end + 1).is_some_and(|t| t.has(Flags::CUE));
    // "By Ana Roe", "Illustration by Ana Roe for ...": a credit line names no one the
    // story tells of.
    out.retain(|m| !super::credit::credited(f, m.at));
    out.retain(|m| match m.name.words.as_slice() {
        [] => false,
        // (`Jr` alone, after a comma, names nobody)
        [one] if generational_suffix(one) => false,
        [one] => {
            !super::speaker_name::is_adjective(one)
                || last_token(f, m).is_some_and(|end| cue_next(end) && surname_elsewhere(f, end))
        }
        _ => true,
    });
    if f.lowercase {
        out.iter_mut().for_each(|m| drop_epithet(f, m));
    }
    for m in &mut out {
        m.key = key(&m.name.words);
        if let Some(end) = last_token(f, m) {
            // "..., said Gordy Sheer, the team's director": the speaker of a tag is the
            // subject of its clause; "said Mr Wilson had been": the reported clause's
            // subject is not.
            if m.at > 0 && saying_before(f, m.at - 1) {
                m.subject = !starts_clause(f, end + 1);
            }
            // "Owen Pryce, who led the search, said": the subject of a cue; "said to
            // Roe, who in turn asked": the subject of a relative clause.
            // (asked only of a name not yet a subject: the tests only ever add one)
            m.subject = m.subject
                || cue_after_name(f, end) && !object_before_apposition(f, m.at, end)
                || addressee_then_who(f, m.at, end)
                || passive_agent(f, m.at);
        }
        // "he said the owner, tomas brandt, had fled": the name apposed to a reported
        // clause's subject is no subject a later `he` takes.
        m.subject = m.subject && !apposed_in_reported_clause(f, m.at);
        // "Dana Vell, who followed Mara Quint, used": the object inside a relative
        // clause set off by commas is no subject a later `he` or `she` takes.
        m.subject = m.subject && !object_in_relative(f, m.at);
        if let Some(end) = last_token(f, m) {
            m.said = pronoun_after_cue(f, end).filter(|_| !m.name.org);
        }
        // "a spokeswoman for Harlow Brothers": the name of a body.
        m.name.org |= m.at >= 2
            && f.tokens[m.at - 2].has(Flags::SPOKES)
            && f.word_in(m.at - 1, &["for", "from"]);
    }
    if f.lowercase {
        out.retain(|m| plausible_lowercase_name(f, m));
    } else {
        trim_headline_runs(f, &mut out);
    }
    out
}

/// In lower-cased text, `the carmaker tordal said`, `the charity hopewell warned`: a
/// noun that describes a body without naming one (`body_epithets.txt`) after a determiner
/// and before a word that is no ordinary word describes the body the rest names.
fn drop_epithet(f: &Frame<'_>, m: &mut NameMention<'_>) {
    let [first, second, ..] = m.name.words.as_slice() else {
        return;
    };
    // (a mention read back from its verb starts at its determiner; others after it)
    let at = if f.tokens.get(m.at).is_some_and(|t| t.has(Flags::DETERMINER)) {
        m.at + 1
    } else {
        m.at
    };
    let determined = at > 0 && f.tokens[at - 1].has(Flags::DETERMINER) && f.word(at) == *first;
    // (the word lower-cased and made singular, an allocation, only after a determiner)
    if determined
        && super::body_kinds::is_epithet(&singular(&first.to_lowercase()))
        && !crate::lexicon::common_word(strip_possessive(second))
    {
        m.name.words.remove(0);
        m.at = at + 1;
        m.name.org = true;
    }
}

/// Singular person nouns (`man`, `woman`, `resident`): a run of words ending in one is a
/// description, no name.
static SINGULAR_PEOPLE: std::sync::LazyLock<FastSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::lexicon::person_nouns()
            .filter_map(|(noun, singular)| singular.then_some(noun))
            .collect()
    });

/// Whether `word` (any case) is a singular person noun (`farmer`, `tenant`).
pub(super) fn singular_person_noun(word: &str) -> bool {
    with_lowercase(word, |w| SINGULAR_PEOPLE.contains(w))
}

/// In lower-cased text, whether a person's name read from position alone looks like one:
/// a longer name opens with a given name or a word that is no ordinary word, and holds no
/// past form after it (not `weakness ellison`, `old blog`, `tsa informed`; still `guy
/// pearce`, `rielle hunter`); a single ordinary word names someone only right before a
/// verb of saying (`young said`). Bodies' names are not judged here.
fn plausible_lowercase_name(f: &Frame<'_>, m: &NameMention<'_>) -> bool {
    if m.name.org {
        return true;
    }
    // "the central valley man says", "a local woman told": words before a singular
    // person noun describe someone; they are no name (but `tom baker`, `dr. ana cook`:
    // with a given name or after a title the noun is a surname).
    if let [_, .., last] = m.name.words.as_slice() {
        let titled = m.at > 0 && f.tokens[m.at - 1].has(Flags::TITLE);
        if !titled
            && with_lowercase(strip_possessive(last), |w| SINGULAR_PEOPLE.contains(w))
            && !m
                .name
                .words
                .iter()
                .any(|w| crate::lexicon::given_name(w).is_some())
        {
            return false;
        }
    }
    let ordinary = |w: &str| crate::lexicon::common_word(strip_possessive(w));
    let given = |w: &str| crate::lexicon::given_name(w).is_some();
    match m.name.words.as_slice() {
        [] => false,
        // (not a letter left by a contraction: `i ' m with the people`)
        [one] if one.chars().count() < 2 => false,
        [one] => {
            given(one)
                || !ordinary(one)
                || last_token(f, m).is_some_and(|end| ordinary_surname_speaks(f, m.at, end))
        }
        [first, rest @ ..] => {
            let body = rest
                .last()
                .is_some_and(|w| super::lexicon::LEXICON.flags(w).has(Flags::ORG));
            // (`will foster`: a modal opens a name only where its position said so)
            let modal = super::speaker_name::is_name_modal(first);
            // (`gen. mark a. welsh`: after a title an ordinary word opens a name too)
            let titled = m.at < f.tokens.len() && f.tokens[m.at].has(Flags::TITLE)
                || m.at > 0 && f.tokens[m.at - 1].has(Flags::TITLE)
                || m.at > 1
                    && f.tokens[m.at - 1].is_punct('.')
                    && f.tokens[m.at - 2].has(Flags::TITLE);
            // (`hope summers spoke`: a given name that is a word, marked where the article
            // shows a name)
            let marked = f.tokens.get(m.at).is_some_and(|t| t.has(Flags::GIVEN));
            body || (given(first) || marked || modal || titled || !ordinary(first))
                && !rest
                    .iter()
                    // (`saeed`, `majeed`: names end in `-eed` more often than verbs)
                    .any(|w| !given(w) && w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed"))
        }
    }
}

/// `young said`: a single ordinary word names a person only as the subject of a finite
/// verb of saying (not `wasted no time claiming credit`, nor `to dismiss reports`), and only
/// where the article writes it elsewhere as a surname, after a given name or a title
/// (`neil young`, `mr. young`): without capitals nothing else tells `young` from `size`.
fn ordinary_surname_speaks(f: &Frame<'_>, at: usize, end: usize) -> bool {
    let finite = super::attribution::cue_at(f, end + 1).is_some_and(|c| !c.kind.participle);
    let after_to = at > 0 && f.word_in(at - 1, &["to"]);
    finite && !after_to && surname_elsewhere(f, end)
}

/// Whether the word at `i` also stands after a given name or a title elsewhere in the
/// frame (middle initials between: `mark a. welsh`).
pub(super) fn surname_elsewhere(f: &Frame<'_>, i: usize) -> bool {
    let w = strip_possessive(f.word(i));
    let before = |k: usize| {
        let mut p = k.checked_sub(1)?;
        while p >= 2 && f.tokens[p].is_punct('.') && f.initial_at(p - 1) {
            p -= 2;
        }
        // (`dr. best`: a title's stop)
        if p >= 1 && f.tokens[p].is_punct('.') && f.tokens[p - 1].has(Flags::TITLE) {
            p -= 1;
        }
        Some(p)
    };
    // The whole frame is scanned: the length and the flags before a word are tested
    // first, the word itself only when they allow it (`strip_possessive` takes off 0, 2
    // or 4 bytes).
    let n = w.len();
    (1..f.tokens.len()).any(|k| {
        let t = &f.tokens[k];
        k != i
            && t.kind == Kind::Word
            && matches!(t.end() - t.start(), l if l == n || l == n + 2 || l == n + 4)
            && before(k).is_some_and(|p| f.tokens[p].has(Flags::GIVEN | Flags::TITLE))
            && strip_possessive(f.word(k)).eq_ignore_ascii_case(w)
    })
}

/// Whether the mention names who speaks in its sentence: the subject of a cue
/// (`Roe said`, `Roe, who led the search, said`) or the speaker of a tag
/// (`..., said Roe, the team's director`).
pub fn speaks(f: &Frame<'_>, m: &NameMention<'_>) -> bool {
    let Some(end) = last_token(f, m) else {
        return false;
    };
    m.at > 0 && saying_before(f, m.at - 1) && !starts_clause(f, end + 1) || cue_after_name(f, end)
}

/// `Doe said she was ...`, `Doe told reporters that he ...`: the gender of the pronoun
/// that opens the reported clause right after a name's verb of saying (and its hearer, or
/// `that`), which is the name's own: the article says the person's gender there.
fn pronoun_after_cue(f: &Frame<'_>, end: usize) -> Option<Gender> {
    let cue = end + 1;
    if !f.tokens.get(cue).is_some_and(|t| t.has(Flags::CUE)) {
        return None;
    }
    let mut k = cue + 1;
    // (`told reporters he`, `told the court she`: a hearer of up to three words)
    if f.word_in(cue, &["told"]) {
        let hearer = (k..k + 3).take_while(|&j| {
            f.tokens.get(j).is_some_and(|t| t.kind == Kind::Word) && !f.word_in(j, &["he", "she"])
        });
        k += hearer.count();
    }
    if f.word_in(k, &["that"]) {
        k += 1;
    }
    // (the pronoun is the clause's subject: a verb follows, not `said he` as a tag; or
    // the pronoun carries its verb, `said she'd`, `said he's`)
    const FEMALE: &[&str] = &["she'd", "she's", "she'll", "she’d", "she’s", "she’ll"];
    const MALE: &[&str] = &["he'd", "he's", "he'll", "he’d", "he’s", "he’ll"];
    let verb = f.tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Word);
    if verb && f.word_in(k, &["she"]) || f.word_in(k, FEMALE) {
        Some(Gender::Female)
    } else if verb && f.word_in(k, &["he"]) || f.word_in(k, MALE) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The token of the last word of a mention's name.
fn last_token(f: &Frame<'_>, m: &NameMention<'_>) -> Option<usize> {
    let last = m.name.words.last()?;
    let offset = (last.as_ptr() as usize).checked_sub(f.text.as_ptr() as usize)?;
    let k = (m.at..f.tokens.len().min(m.at + 16)).find(|&k| f.tokens[k].start() == offset)?;
    Some(k + usize::from(suffix_stop(f, k)))
}

/// Whether token `k` is a generational suffix with its stop after it (`Jr.`): the stop
/// belongs to the name, so what follows the name starts after it.
fn suffix_stop(f: &Frame<'_>, k: usize) -> bool {
    f.tokens.get(k + 1).is_some_and(|t| {
        t.is_punct('.') && t.start() == f.tokens[k].end() && generational_suffix(f.word(k))
    })
}

/// Whether a verb starts at token `k` (`had`, `was`, `would`, or a verb by its form),
/// so that a name before it is the subject of a clause of its own.
fn starts_clause(f: &Frame<'_>, k: usize) -> bool {
    f.word_in(k, CLAUSE_AUX) || verb_follows(f, k)
}

/// Auxiliaries and forms of `be` and `have` that open a clause after a name.
const CLAUSE_AUX: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "did",
    "does", "might", "may", "can",
];

/// Whether a cue verb follows the name ending at `end`, directly or after a phrase set
/// off by commas (`Owen Pryce, who led the search, said`).
fn cue_after_name(f: &Frame<'_>, end: usize) -> bool {
    let k = end + 1;
    if !f.tokens.get(k).is_some_and(|t| t.is_punct(',')) {
        return cue_follows(f, k);
    }
    // "Ed Roe, the head of security at a hotel, 40 miles south of the city, said": up to
    // three phrases set off by commas, each of at most 16 tokens.
    // Only the first may be a clause (`who led the search`); the later ones are
    // phrases of place or measure (`40 miles south of the city`, `a town of 900`).
    let mut open = k;
    for n in 0..3 {
        let limit = f.tokens.len().min(open + 16);
        let close = (open + 1..limit)
            .take_while(|&i| !matches!(f.tokens[i].kind, Kind::Quote(_) | Kind::Break))
            .find(|&i| f.tokens[i].is_punct(','));
        let Some(c) = close else {
            return false;
        };
        if n > 0 && !place_or_measure(f, open + 1, c) {
            return false;
        }
        if cue_follows(f, c + 1) {
            return true;
        }
        open = c;
    }
    false
}

/// Whether the tokens `from..to` read as a phrase of place or measure set off by commas:
/// opened by an article, a number, an approximation or `of`/`from`, with no verb of a
/// clause; or a state's or country's name of one or two words.
fn place_or_measure(f: &Frame<'_>, from: usize, to: usize) -> bool {
    const OPENERS: &[&str] = &[
        "about", "some", "nearly", "roughly", "around", "just", "near", "of", "from",
    ];
    // "ana roe, 61, of naples, fla., said": a town's state or country, one or two
    // words (an abbreviation's stop kept), is a place too.
    let state = to - from <= 3
        && (from..to).all(|i| {
            let t = &f.tokens[i];
            t.is_punct('.') || t.kind == Kind::Word && !t.has(Flags::FUNCTION | Flags::CUE)
        });
    if state {
        return true;
    }
    let opens = f.tokens.get(from).is_some_and(|t| {
        t.kind == Kind::Word
            && (t.has(Flags::DETERMINER)
                || f.word(from)
                    .bytes()
                    .next()
                    .is_some_and(|b| b.is_ascii_digit())
                || f.word_in(from, OPENERS))
    });
    opens && !(from..to).any(|i| f.word_in(i, CLAUSE_AUX) || f.tokens[i].has(Flags::CUE))
}

/// `a hotel in Davao, 40 miles south of the capital, said`: a preposition's object
/// before an apposition is not the subject of the cue after it; the apposition hangs on
/// the phrase the object ends.
fn object_before_apposition(f: &Frame<'_>, at: usize, end: usize) -> bool {
    let comma = f.tokens.get(end + 1).is_some_and(|t| t.is_punct(','));
    let mut k = at;
    if k > 0 && f.tokens[k - 1].has(Flags::DETERMINER) {
        k -= 1;
    }
    comma && k > 0 && f.word_in(k - 1, PREPOSITIONS)
}

/// `that view was contested by Ana Roe`: the agent of a passive verb is the one who acts,
/// a candidate for the next `he` or `she` as a subject is.
fn passive_agent(f: &Frame<'_>, at: usize) -> bool {
    if at < 3 || !f.word_in(at - 1, &["by"]) {
        return false;
    }
    // (verbs of answering and judging a view, not `owned by`, `produced by`)
    const RESPONSE: &[&str] = &[
        "contested",
        "disputed",
        "criticized",
        "criticised",
        "rejected",
        "challenged",
        "questioned",
        "condemned",
        "denounced",
        "echoed",
        "praised",
        "welcomed",
        "defended",
        "dismissed",
        "countered",
        "rebutted",
    ];
    let participle = f.word_in(at - 2, RESPONSE);
    let be = |i: usize| f.word_in(i, &["was", "were", "is", "are", "been", "being"]);
    participle && (at.saturating_sub(5)..at - 2).any(be)
}

/// Whether the name at `at` is set off by a comma after a phrase that a verb of saying
/// opens, itself after its subject (`he said the owner, NAME, had`; not the inverted tag
/// `", said the owner, NAME.`, where the name speaks).
fn apposed_in_reported_clause(f: &Frame<'_>, at: usize) -> bool {
    if at < 3 || !f.tokens[at - 1].is_punct(',') {
        return false;
    }
    let s0 = f.sentence_first(f.tokens[at - 1].sentence());
    let Some(np) = np_backward(f, at - 2, s0) else {
        return false;
    };
    // (`said that the owner, NAME,` too)
    let mut verb = np.0;
    if verb > s0 && f.word_in(verb - 1, &["that"]) {
        verb -= 1;
    }
    verb > s0 + 1
        && saying_before(f, verb - 1)
        && f.tokens[verb - 2].kind == Kind::Word
        && !f.tokens[np.0].has(Flags::PRONOUN)
}

/// Whether token `i` opens its sentence or a clause joined by a comma and a
/// conjunction (`..., but NAME, who ..., used`).
fn opens_clause(f: &Frame<'_>, i: usize, sentence_start: usize) -> bool {
    i == sentence_start
        || i >= sentence_start + 2
            && f.word_in(i - 1, &["but", "and", "while", "yet"])
            && f.tokens[i - 2].is_punct(',')
}

/// How far (in tokens) a relative clause set off by commas may run.
const RELATIVE_LENGTH: usize = 24;

/// Whether the tokens from `k` are a relative clause set off by commas, then a verb
/// (`irina kolar , who joined in may , stayed`): the name before it is the subject.
fn relative_then_verb(f: &Frame<'_>, k: usize) -> bool {
    if !f.tokens.get(k).is_some_and(|t| t.is_punct(',')) || !f.word_in(k + 1, &["who", "whose"]) {
        return false;
    }
    let sentence = f.tokens[k].sentence();
    let end = f.tokens.len().min(k + RELATIVE_LENGTH);
    (k + 2..end)
        .take_while(|&j| {
            f.tokens[j].sentence() == sentence && !matches!(f.tokens[j].kind, Kind::Quote(_))
        })
        .find(|&j| f.tokens[j].is_punct(','))
        .is_some_and(|j| verb_follows(f, j + 1))
}

/// How far back (in tokens) [`object_in_relative`] looks for the relative pronoun.
const RELATIVE_REACH: usize = 8;

/// Whether the name at `at` follows a comma, a relative pronoun and at least one word
/// of its clause, with no punctuation between (`Vell, who followed NAME`, `Vell, whose
/// sister NAME`): inside a relative clause, not the main clause's subject.
fn object_in_relative(f: &Frame<'_>, at: usize) -> bool {
    let s0 = f.sentence_first(f.tokens[at.min(f.tokens.len().saturating_sub(1))].sentence());
    let floor = at.saturating_sub(RELATIVE_REACH).max(s0 + 1);
    let mut k = at;
    while k > floor {
        k -= 1;
        let t = &f.tokens[k];
        if t.kind != Kind::Word {
            return false;
        }
        if f.word_in(k, &["who", "whom", "whose"]) {
            // (at least one word between: `, who NAME` is no object; `, whose NAME`
            // owns the clause's subject, `whose sister NAME`)
            return (k + 1 < at || f.word_in(k, &["whose"])) && f.tokens[k - 1].is_punct(',');
        }
    }
    false
}

/// Prepositions whose object is no subject of the verb after it.
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "of", "for", "by", "with", "from", "into", "about", "after", "before",
];

/// `she said to Roe, who in turn asked`, `he told Roe, who`: the one spoken to, then
/// the subject of a relative clause, is the next to speak. (After other words a `,
/// who` may hang on the phrase's head: `a merchant of Pichilemu, who`.)
fn addressee_then_who(f: &Frame<'_>, at: usize, end: usize) -> bool {
    let who =
        f.tokens.get(end + 1).is_some_and(|t| t.is_punct(',')) && f.word_in(end + 2, &["who"]);
    let spoken_to = |k: usize| f.tokens[k].has(Flags::CUE);
    who && at >= 1
        && (spoken_to(at - 1) || at >= 2 && f.word_in(at - 1, &["to"]) && spoken_to(at - 2))
}

/// Whether the word at `i` is a verb of saying whose subject follows it (`said`,
/// `added`), not one whose object does (`told`, `asked`).
/// The verbs of saying `saying_before` knows.
const SAYING: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "explained",
    "continued",
    "wrote",
    "recalled",
    "noted",
    "insisted",
    "stated",
];

/// Whether a word of `len` bytes may be one of [`SAYING`].
fn saying_length(len: usize) -> bool {
    matches!(len, 4..=6 | 8 | 9)
}

fn saying_before(f: &Frame<'_>, i: usize) -> bool {
    let t = &f.tokens[i];
    if t.kind != Kind::Word || t.capital {
        return false;
    }
    // Many words have none of the list's lengths (4, 5, 6, 8 or 9 bytes): tested
    // before comparing them one by one.
    let w = f.word(i);
    saying_length(w.len()) && SAYING.iter().any(|s| w.eq_ignore_ascii_case(s))
}

/// A run with a word twice is headlines run together (`Trump Donald John Trump
/// Airstrikes`): the name is the stretch ending at the repeated word.
fn cut_at_repeat(words: &mut Vec<&str>) {
    let repeat = (1..words.len()).find_map(|j| {
        let i = words[..j]
            .iter()
            .position(|w| w.eq_ignore_ascii_case(words[j]))?;
        Some((i, j))
    });
    if let Some((i, j)) = repeat {
        words.truncate(j + 1);
        words.drain(..=i);
    }
}

/// Days of the week at either end of a name are a time, not part of it
/// (`Thursday Trump`, `reporters Thursday`).
/// Whether a word is a day of the week.
fn weekday(w: &str) -> bool {
    // Only ASCII `d`, `a` and `y` lowercase to those letters, and lowercasing maps them
    // to `day` whatever comes before: a word ends in `day` lowercased exactly when its
    // last three bytes are `day` in some casing, told without lowercasing it, and before
    // the word list (most words do not).
    let bytes = w.as_bytes();
    bytes.len() >= 3
        && bytes[bytes.len() - 3..].eq_ignore_ascii_case(b"day")
        && super::lexicon::LEXICON.flags(w).has(Flags::MONTH)
}

/// The length of a day's phrase at `k` between a subject and its verb (`ana roe on
/// monday issued`, `on tuesday morning said`), else 0.
fn day_phrase(f: &Frame<'_>, k: usize) -> usize {
    const PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];
    // (the cheap test first: this is asked before every verb test)
    if !f.word_in(k, &["on"])
        || !f.tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Word)
        || !weekday(f.word(k + 1))
    {
        return 0;
    }
    if f.word_in(k + 2, PARTS) {
        3
    } else {
        2
    }
}

fn trim_weekdays(words: &mut Vec<&str>) {
    while words.last().is_some_and(|w| weekday(w)) {
        words.pop();
    }
    let lead = words.iter().take_while(|w| weekday(w)).count();
    words.drain(..lead);
}

/// A long capitalised run opening a sentence may carry a headline's or a menu's
/// words before a name (`Dear Matt Damon`, `Share Tweet Matt Damon`): when it is seen
/// once and its tail is a name seen on its own, the tail is the name. A headline's words
/// may follow a name too (`Kevin Rourke Comes Out`): when its head is a name seen on its
/// own and an ordinary word follows it, the head is the name.
fn trim_headline_runs(f: &Frame<'_>, mentions: &mut [NameMention]) {
    // Every cut is decided on the keys as found, then made: (mention, words dropped at
    // the start, words kept).
    let mut cuts: Vec<(usize, usize, usize)> = Vec::new();
    {
        let mut count: FastMap<&[Word], usize> = FastMap::default();
        for m in mentions.iter() {
            *count.entry(m.key.as_slice()).or_default() += 1;
        }
        for (k, m) in mentions.iter().enumerate() {
            let key = &m.key;
            let initial = f.sentence_first(f.tokens[m.at].sentence()) == m.at;
            if !initial || key.len() < 3 || count.get(key.as_slice()) != Some(&1) {
                continue;
            }
            if let Some(cut) = (1..key.len() - 1).find(|&c| count.contains_key(&key[c..])) {
                cuts.push((k, cut, key.len() - cut));
            } else if let Some(keep) = (2..key.len()).find(|&c| {
                count.contains_key(&key[..c])
                    && m.name.words[c..]
                        .iter()
                        .any(|w| crate::lexicon::common_word(strip_possessive(w)))
            }) {
                cuts.push((k, 0, keep));
            }
        }
    }
    for (k, cut, keep) in cuts {
        let m = &mut mentions[k];
        m.name.words.drain(..cut);
        m.key.drain(..cut);
        m.name.words.truncate(keep);
        m.key.truncate(keep);
    }
}

/// A set of words as written. Short words are kept packed ([`pack_exact`]), so that
/// building and asking the set hashes a number rather than a string.
#[derive(Default)]
struct WordSet<'a> {
    short: FastSet<u128>,
    long: FastSet<&'a str>,
}

impl<'a> WordSet<'a> {
    fn insert(&mut self, word: &'a str) {
        match pack_exact(word) {
            Some(k) => self.short.insert(k),
            None => self.long.insert(word),
        };
    }

    fn contains(&self, word: &str) -> bool {
        match pack_exact(word) {
            Some(k) => self.short.contains(&k),
            None => self.long.contains(word),
        }
    }
}

fn cased_mentions<'a>(f: &Frame<'a>, out: &mut Vec<NameMention<'a>>) {
    let n = f.tokens.len();
    // Words written with a capital inside sentences: a sentence's first word is a
    // name only if it is one of these or a verb follows it ("Suddenly, ..." is not).
    let mut inside = WordSet::default();
    for i in 0..n {
        if f.tokens[i].kind == Kind::Word && capitalised_inside(f, i) {
            inside.insert(super::frame::strip_possessive(f.word(i)));
        }
    }
    let mut i = 0;
    while i < n {
        let t = &f.tokens[i];
        let opener = |k: usize| {
            let t = &f.tokens[k];
            // Cheap tests first: this is asked of every token.
            if t.kind != Kind::Word || !t.capital || f.sentence_first(t.sentence()) != k {
                return false;
            }
            // Small words, adverbs and gerunds open sentences without being part of
            // a name ("Sometimes Cruz said", "Becoming Cruz Hooper").
            let word = f.word(k);
            let small = t.flags.has(Flags::FUNCTION) || t.flags.has(Flags::ADVERB);
            // (an ordinary word's `-ing` or `-ly`: not `Mei-Ling`, `Fleming`, `Beverly`)
            let gerund = word.len() > 5
                && word.ends_with("ing")
                && !word.contains('-')
                && crate::lexicon::common_word(word);
            let adverb = word.len() > 5 && crate::lexicon::ly_word(word);
            // "Cyclist Marta Lindqvist crossed": a sentence's first word, capitalised only
            // as its start, before a given name that is no ordinary word and a surname,
            // is a description (roles and titles are read as such elsewhere).
            let described = || {
                // (a surname after the given name: `Mark Kelly said` keeps its `Mark`)
                !t.has(Flags::GIVEN | Flags::TITLE | Flags::ROLE | Flags::ORG)
                    && !super::speaker_name::is_name_modal(word)
                    && f.tokens.get(k + 1).is_some_and(|n| {
                        n.capital
                            && n.has(Flags::GIVEN)
                            && !crate::lexicon::common_word(f.word(k + 1))
                    })
                    && f.tokens
                        .get(k + 2)
                        .is_some_and(|n| n.kind == Kind::Word && n.capital)
            };
            (small || gerund || adverb || described())
                && !inside.contains(super::frame::strip_possessive(word))
                && !modal_name_subject(f, k)
        };
        // (the closure's first tests, asked here: most tokens are no capitalised word)
        if t.kind == Kind::Word && t.capital && opener(i) {
            i += 1;
            continue;
        }
        // Cheap tests first: most tokens are not capitalised words.
        let starts = t.kind == Kind::Word
            && t.capital
            && !is_web_address(f.word(i))
            && (!t.flags.has(Flags::FUNCTION)
                || capitalised_inside(f, i)
                || modal_name_subject(f, i))
            && !t.flags.has(Flags::PRONOUN)
            && !t.flags.has(Flags::FURNITURE)
            && !is_date(f, i);
        if !starts {
            i += 1;
            continue;
        }
        // The capitalised run; it ends after a possessive word.
        let mut end = i;
        while end + 1 < n {
            let w = f.word(end);
            if w.ends_with("'s") || w.ends_with("’s") {
                break;
            }
            let nx = &f.tokens[end + 1];
            let cap = nx.kind == Kind::Word
                && capitalised_inside(f, end + 1)
                && !nx.flags.has(Flags::FURNITURE);
            if cap {
                end += 1;
            } else if let Some(words) = joiner_len(f, end + 1) {
                end += words + 1;
            } else {
                break;
            }
        }
        if suffix_stop(f, end) {
            end += 1;
        }
        let sentence_start = f.sentence_first(t.sentence());
        if i == sentence_start
            && end == i
            && !inside.contains(super::frame::strip_possessive(f.word(i)))
            && !cue_follows(f, i + 1)
            && !f.tokens[i].has(Flags::GIVEN)
        {
            i += 1;
            continue;
        }
        let mut first = np_backward(f, end, sentence_start).map_or(i, |np| np.0.min(i));
        while first < i && opener(first) {
            first += 1;
        }
        // "Amara Duvall met Henrik Sollie": a phrase reaching back over a name found
        // before does not make this one the sentence's opening subject.
        let behind_name = out.last().is_some_and(|m| m.at >= first && m.at < i);
        // "Judge Ada Roe jailed Tom Vance", "Judge Ada Roe and Judge Tom Vance": past a
        // word that is no name's, title's or role's, the phrase is this name and the
        // titles and roles just before it: Vance holds none of Roe's, and is mentioned
        // where his name stands (not `Acme Corp chief executive Tom Vance`, whose
        // owner the phrase keeps).
        if behind_name {
            let floor = out.last().map_or(0, |m| m.at);
            let own = titles_before(f, i, floor);
            let gap = &f.tokens[own - 1];
            // (a function word inside a body's name is no such word: `Centre for
            // Coastal Safety` stays one name)
            let past = gap.kind == Kind::Word
                && !gap.capital
                && (f.word(own - 1) == "and" || !gap.flags.has(Flags::FUNCTION));
            if own > floor + 1 && past {
                first = own;
            }
        }
        // "gathered in Kessara, a town": one word after a preposition of place is a
        // place, no one a pronoun or a quotation could refer to.
        let place = first == end
            && first > 0
            && f.word_in(
                first - 1,
                &["in", "near", "outside", "across", "throughout"],
            );
        // (a place is not classified at all: its reading would be dropped)
        if let Some(m) = (!place).then(|| classify(f, first, end)).flatten() {
            if let Some(mut name) = NameSeen::take(m) {
                let (role, after) = apposition(f, end);
                // (asked once: the same answer serves both tests)
                let before = role_before(f, first);
                let role_given = before.is_some();
                name.add_roles(role, true);
                // "to his ailing mother, Stephen Colbert returned": a role before the
                // name says its gender only when the apposition closes after the name.
                name.add_roles(before, apposition_closes(f, end));
                // "The director, Maria Lopez, disputed": the comma closes an apposition.
                let closes = f.tokens.get(after).is_some_and(|t| t.is_punct(',')) && role_given;
                let subject = !possessive(f.word(end))
                    && (first == sentence_start && !behind_name
                        || verb_follows(f, after)
                        || closes && verb_follows(f, after + 1)
                        || opens_clause(f, first, sentence_start)
                            && relative_then_verb(f, end + 1));
                out.push(NameMention {
                    at: first,
                    name,
                    key: Key::new(),
                    subject,
                    said: None,
                });
            }
        }
        i = end + 1;
    }
}

/// Whether the word at `k` is a modal that is also a given name (`will`, `may`).
fn name_modal(f: &Frame<'_>, k: usize) -> bool {
    f.tokens.get(k).is_some_and(|t| t.kind == Kind::Word)
        && super::speaker_name::is_name_modal(f.word(k))
}

/// Whether a cue verb at `k` has a form no modal takes (`said`, `told`, `says`): `will
/// foster said` names Will Foster, `will voters say` asks a question.
fn finite_cue(f: &Frame<'_>, k: usize) -> bool {
    f.tokens.get(k).is_some_and(|t| t.has(Flags::CUE))
        && with_lowercase(f.word(k), |w| {
            w.ends_with('d') || w.ends_with('s') || w == "told" || w == "wrote"
        })
}

/// `Will Foster said`, `may lin told`: a name-modal opening its clause (the sentence's
/// start or after a comma or a role word), one word, then a finite cue verb.
fn modal_name_subject(f: &Frame<'_>, k: usize) -> bool {
    let opens = |k: usize| {
        k == f.sentence_first(f.tokens[k].sentence())
            || k > 0
                && (f.tokens[k - 1].is_punct(',')
                    || f.tokens[k - 1].has(Flags::ROLE)
                    || f.tokens[k - 1].has(Flags::TITLE))
    };
    name_modal(f, k)
        && opens(k)
        && f.tokens.get(k + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.has(Flags::FUNCTION)
                && !t.has(Flags::PRONOUN)
                && !t.has(Flags::CUE)
        })
        && finite_cue(f, k + 2)
}

/// A one-word phrase before a cue verb after a name-modal that opens the clause takes the
/// modal in as the given name (`will foster said`).
fn modal_name_before(f: &Frame<'_>, np: (usize, usize), floor: usize) -> (usize, usize) {
    if np.0 == np.1 && np.0 > floor && modal_name_subject(f, np.0 - 1) {
        (np.0 - 1, np.1)
    } else {
        np
    }
}

/// `Example.com`: a capitalised word with a dot and lower case letters.
fn is_web_address(word: &str) -> bool {
    word.contains('.') && word.contains(|c: char| c.is_lowercase())
}

/// [`generational_suffix`]'s words as keys.
static SUFFIX_WORDS: std::sync::LazyLock<Vec<Word>> = std::sync::LazyLock::new(|| {
    ["jr", "sr", "ii", "iii", "iv"]
        .iter()
        .map(|w| Word::of(w))
        .collect()
});

/// Generational suffixes written after a surname (`jr`, `sr`, `ii`, `iii`, `iv`): a
/// part of the name in any casing (`frank doe iii`, `john roe jr.`).
pub fn generational_suffix(word: &str) -> bool {
    ["jr", "sr", "ii", "iii", "iv"]
        .iter()
        .any(|s| word.eq_ignore_ascii_case(s))
}

/// The generational suffixes written with a stop (`Jr.`, `Sr.`): an abbreviation, whose
/// stop the display keeps.
pub fn dotted_suffix(word: &str) -> bool {
    word.eq_ignore_ascii_case("jr") || word.eq_ignore_ascii_case("sr")
}

fn possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// How many tokens from `i` join two capitalised runs of a name, when they do: an
/// abbreviation's stop (`Mr.`), `of`/`and` (`Bank of England`), or one or two of a name's
/// particles before a capital (`Vera de Souza`, `Lotte van der Berg`, `Maria de la Cruz`).
fn joiner_len(f: &Frame<'_>, i: usize) -> Option<usize> {
    let t = f.tokens.get(i)?;
    f.tokens.get(i + 1)?;
    let capital = |k: usize| {
        f.tokens
            .get(k)
            .is_some_and(|n| n.kind == Kind::Word && n.capital)
    };
    if t.is_punct('.') {
        // (`Dr. Kofi`, not `Jr. stressed`)
        let p = &f.tokens[i - 1];
        return (p.end() == t.start()
            && f.is_abbreviation(i - 1)
            && !generational_suffix(f.word(i - 1))
            && capital(i + 1))
        .then_some(1);
    }
    let small = |k: usize| {
        f.tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && !t.capital)
    };
    if !small(i) {
        return None;
    }
    let w = f.word(i);
    if w == "of" || w == "and" {
        let and_function = w == "and" && f.tokens[i + 1].flags.has(Flags::FUNCTION);
        // (`Petra Holub and Jan Novak`: two people; `Procter and Gamble` stays one body)
        let and_person = w == "and" && f.tokens[i + 1].has(Flags::GIVEN) && capital(i + 2);
        // (`Judge Rowena Hale and Judge Ezra Quint`: a title and a given name after `and`
        // open a second person's name; `Freedom and Justice Party` stays one body)
        let and_titled = w == "and"
            && f.tokens[i + 1].has(Flags::TITLE)
            && capital(i + 2)
            && f.tokens[i + 2].has(Flags::GIVEN);
        return (capital(i + 1) && !and_function && !and_person && !and_titled).then_some(1);
    }
    if !t.has(Flags::PARTICLE) {
        return None;
    }
    if capital(i + 1) {
        return Some(1);
    }
    (small(i + 1) && f.tokens[i + 1].has(Flags::PARTICLE) && capital(i + 2)).then_some(2)
}

/// `May 3`, `on Monday`: a date, not a name.
fn is_date(f: &Frame<'_>, i: usize) -> bool {
    if !f.tokens[i].flags.has(Flags::MONTH) {
        return false;
    }
    let digit = |k: usize| {
        f.tokens.get(k).is_some_and(|t| {
            t.kind == Kind::Word && f.word(k).starts_with(|c: char| c.is_ascii_digit())
        })
    };
    let before = i.checked_sub(1).is_some_and(|p| {
        f.tokens[p].kind == Kind::Word
            && with_lowercase(f.word(p), |w| {
                [
                    "on", "in", "since", "until", "last", "next", "by", "of", "this",
                ]
                .contains(&w)
            })
    });
    digit(i + 1) || before || i > 0 && digit(i - 1)
}

/// Names in lowercased text: words after a role noun (`defense secretary ash carter`),
/// and a sentence's first words before a role in apposition (`Colvin, an american
/// reporter, ...`).
/// A name mention of lower-cased text, with no gender of its own.
/// Whether a hyphenated word may be a name's word in lower-cased text: two or three
/// parts of letters, none of them an ordinary word (`obi-eze`, `xiu-ling`,
/// `al-rashid`; not `well-known`, `anti-war`, `so-called`, `e-mail`).
fn hyphenated_name(word: &str) -> bool {
    let parts = word.split('-').count();
    (2..=3).contains(&parts)
        && word.split('-').all(|p| {
            p.chars().count() >= 2
                && p.chars().all(char::is_alphabetic)
                && !crate::lexicon::common_word(p)
        })
}

/// Whether the name ending at token `end` is followed by what closes an apposition
/// before it (`his wife, Ewa, waited`, `said his wife, Ewa.`), not by its verb.
fn apposition_closes(f: &Frame<'_>, end: usize) -> bool {
    f.tokens.get(end + 1).is_none_or(|t| {
        t.is_punct(',') || t.is_punct('.') || matches!(t.kind, Kind::Quote(_) | Kind::Break)
    })
}

fn lower_mention<'a>(
    at: usize,
    words: Vec<&'a str>,
    org: bool,
    roles: Vec<Role>,
    subject: bool,
) -> NameMention<'a> {
    let mut name = NameSeen {
        words,
        org,
        gender: None,
        roles: Vec::new(),
    };
    name.add_roles(roles, true);
    NameMention {
        at,
        name,
        key: Key::new(),
        subject,
        said: None,
    }
}

fn lowercase_mentions<'a>(f: &Frame<'a>, out: &mut Vec<NameMention<'a>>) {
    let n = f.tokens.len();
    // Worked out for every token: one mask test for the flags, and the word's bytes
    // read once (`-` and the contractions' marks are ASCII or whole UTF-8 sequences, so
    // byte tests say what the `str` tests said).
    const NOT_PLAIN: u16 = Flags::FUNCTION
        | Flags::CUE
        | Flags::ADVERB
        | Flags::ROLE
        | Flags::TITLE
        | Flags::PRONOUN
        | Flags::FURNITURE;
    let plain_now = |t: &super::frame::Token| {
        if t.kind != Kind::Word || t.flags.0 & NOT_PLAIN != 0 {
            return false;
        }
        // (the word's bytes without the `str` slice's boundary tests; the word as text
        // only for the two rare tests that read it so)
        let w = f
            .text
            .as_bytes()
            .get(t.start()..t.end())
            .unwrap_or_default();
        let word = || f.text.get(t.start()..t.end()).unwrap_or_default();
        // (the cheap tests first; the last byte tells which endings to compare)
        let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
            return true;
        };
        !first.is_ascii_digit()
            // "obama didn't say": a contraction is no name word.
            && !(last == b't' && (w.ends_with(b"n't") || w.ends_with("n’t".as_bytes())))
            // "trump specifically denied": an adverb in `-ly` is no name word.
            && !(last == b'y' && w.ends_with(b"ly") && crate::lexicon::ly_word(word()))
            // (a plain loop: `contains` calls memchr, which costs more on short words)
            && (w.iter().all(|&b| b != b'-') || hyphenated_name(word()))
    };
    // Each token's answer, worked out once for all (nearly every token is asked about,
    // most twice or more, and most are answered by the mask test).
    let known: Vec<bool> = f.tokens.iter().map(plain_now).collect();
    let plain = |k: usize| known.get(k).copied().unwrap_or(false);
    let mut i = 0;
    while i < n {
        let t = &f.tokens[i];
        let role = t.kind == Kind::Word
            && (t.flags.has(Flags::TITLE)
                || t.flags.has(Flags::ROLE) && !only_role_prefix_at(f, i));
        // "the foreign ministry", "the city council", "the ministry of water": a body
        // named by its noun (and the `of` phrase naming it).
        let body = lowercase_body(f, i, &plain)
            .map(|first| {
                // "the valley police service": a second body's noun closes the name.
                let i = if f.tokens.get(i + 1).is_some_and(|t| t.has(Flags::ORG)) && plain(i + 1) {
                    i + 1
                } else {
                    i
                };
                (first, place_after_body(f, i, &plain).unwrap_or(i))
            })
            .or_else(|| lowercase_body_of(f, i, &plain).map(|last| (i, last)))
            .or_else(|| sentence_initial_body(f, i, &plain).map(|last| (i, last)));
        if let Some((first, last)) = body {
            out.push(lower_mention(
                first,
                (first..=last).map(|k| f.word(k)).collect(),
                true,
                Vec::new(),
                verb_follows(f, last + 1),
            ));
            i = last + 1;
            continue;
        }
        let sentence_start = f.sentence_first(t.sentence());
        // "colvin reported": the word before a cue verb names a subject; not the
        // object of a preposition (`who in turn asked`, `at length explained`).
        // (nor after `to`: `took to facebook to dismiss reports` is an infinitive's verb.)
        let after_preposition = |np: &(usize, usize)| {
            np.0 > 0 && (f.word_in(np.0 - 1, PREPOSITIONS) || f.word_in(np.0 - 1, &["to"]))
        };
        // Not a link label (`advertisement continue reading the main story` is page
        // furniture, no `continue` done by `advertisement`).
        let cue_next = f.tokens.get(i + 1).is_some_and(|n| n.has(Flags::CUE))
            && !super::attribution::continue_reading(f, i + 1);
        if plain(i) && cue_next {
            if let Some(np) = np_backward(f, i, sentence_start)
                .filter(|np| !after_preposition(np))
                .map(|np| modal_name_before(f, np, sentence_start))
            {
                if let Some(name) = classify(f, np.0, np.1).and_then(NameSeen::take) {
                    out.push(NameMention {
                        at: np.0,
                        name,
                        key: Key::new(),
                        subject: true,
                        said: None,
                    });
                    i += 1;
                    continue;
                }
            }
        }
        // "a spokeswoman for harlow brothers said": the words after a spokesman's
        // `for`, up to a verb or punctuation, name a body.
        let for_spokes =
            i >= 2 && f.tokens[i - 2].has(Flags::SPOKES) && f.word_in(i - 1, &["for", "from"]);
        if for_spokes && plain(i) {
            let mut k = i;
            while k < n && k - i < 4 && plain(k) && !past_form(f, k) {
                k += 1;
            }
            let closed = f.tokens.get(k).is_none_or(|t| {
                matches!(t.kind, Kind::Punct(_) | Kind::Break) || t.has(Flags::CUE)
            });
            if closed {
                out.push(lower_mention(
                    i,
                    (i..k).map(|j| f.word(j)).collect(),
                    true,
                    Vec::new(),
                    false,
                ));
                i = k;
                continue;
            }
        }
        // ", said bram visser , the team's director": two or three plain words after
        // a verb of saying, closed by punctuation, are its subject's name.
        // (`said will brandon ,`: a modal that is also a given name opens the name here.)
        let modal_first = !plain(i) && super::phrases::modal_name_after_cue(f, i);
        if i > 0 && (plain(i) || modal_first) && saying_before(f, i - 1) {
            let mut k = i;
            let mut words = 0;
            while k < n
                && words < 3
                && (plain(k) || k == i && modal_first)
                && !f.tokens[k].has(Flags::MONTH)
            {
                // "said neil h. macbride", "said declan p. j. ferris": initials and
                // their stops stay inside and count as no name word; so do particles
                // ("said pieter j. van der lind").
                if k > i && f.initial_at(k) {
                    k += 2;
                    continue;
                }
                if !(k > i && f.tokens[k].has(Flags::PARTICLE)) {
                    words += 1;
                }
                k += 1;
            }
            let closed = f
                .tokens
                .get(k)
                .is_none_or(|t| matches!(t.kind, Kind::Punct(_) | Kind::Break));
            if words >= 2 && closed {
                if let Some(mut name) = classify(f, i, k - 1).and_then(NameSeen::take) {
                    // ", said tobias lindgren , a ranger at the park .": the role in
                    // apposition is his, for `the ranger said` later.
                    name.add_roles(apposition(f, k - 1).0, true);
                    out.push(NameMention {
                        at: i,
                        name,
                        key: Key::new(),
                        subject: true,
                        said: None,
                    });
                    i = k;
                    continue;
                }
            }
        }
        if role {
            // (after the whole of a multi-word role: `harbour master ines quarles`)
            let mut k = role_words_end(f, i) + 1;
            if k < n && f.tokens[k].is_punct('.') {
                k += 1;
            }
            let start = k;
            // "a witness helped the driver": a verb with its object after the role
            // noun, not a name.
            // "officers arrested joel banda": a past verb before a given name (its
            // object) is no first name of the role holder.
            // "officers stopped arjun mehra": an ordinary past form is a verb too.
            // "the president reveled in": a past form before a small word is a verb too.
            let verb_then_given = start + 1 < n
                && past_form(f, start)
                && !f.tokens[start].has(Flags::GIVEN)
                && (f.tokens[start + 1].has(Flags::GIVEN)
                    || f.tokens[start + 1].has(Flags::FUNCTION)
                    || crate::lexicon::common_word(f.word(start)));
            if start < n && plain(start) && (verb_before_object(f, start) || verb_then_given) {
                i = start;
                continue;
            }
            // ("his wife ilaria ran the bakery": an ordinary word taking an object is a
            // verb; `president barack obama this week` keeps its surname)
            let verb = |k: usize| {
                past_form(f, k)
                    || verb_before_object(f, k) && crate::lexicon::common_word(f.word(k))
            };
            // "chief dan ortiz visited": a given name takes one surname. "attorney mark l.
            // webb": middle initials and their stops are no name word.
            let mut words = 0;
            // ("mayor david a. bowers": the initial `a.` is no plain word, the article.)
            while k < n && words < 2 {
                if k > start && f.initial_at(k) && plain(k + 2) {
                    k += 2;
                    continue;
                }
                if !plain(k) || k > start && verb(k) {
                    break;
                }
                // "mayor bill de blasio ordered", "mayor anna van der berg": particles
                // before the surname are no name word of the two.
                if k > start && f.tokens[k].has(Flags::PARTICLE) && k + 1 < n && plain(k + 1) {
                    k += 1;
                    continue;
                }
                words += 1;
                k += 1;
            }
            // "district attorney frank doe iii carefully detailed": a generational
            // suffix closes the holder's name.
            if k > start + 1 && k < n && generational_suffix(f.word(k)) {
                k += 1;
            }
            if k > start && !(k < n && f.tokens[k].has(Flags::ROLE)) {
                let end = k - 1;
                if let Some(np) = np_backward(f, end, sentence_start) {
                    if let Some(name) = classify(f, np.0, np.1).and_then(NameSeen::take) {
                        let (role, after) = apposition(f, end);
                        // "the head of the clinic , dr. kofi mensah , said": a titled
                        // name set off by commas after a role noun is the role
                        // holder's, and the comma after it closes the apposition, when
                        // a cue or a verb of issuing follows (not `his son , sgt. roe ,
                        // died`: the subject of a speaking verb only; nor after a body,
                        // `provided by the navy , capt. roe ,`).
                        let before =
                            role_before(f, i).filter(|r| LEXICON.flags(&r.head).has(Flags::ROLE));
                        let closes = before.is_some()
                            && f.tokens.get(after).is_some_and(|t| t.is_punct(','))
                            && super::attribution::speaks_or_issues(f, after + 1);
                        let mut name = name;
                        name.add_roles(role, true);
                        name.add_roles(before, apposition_closes(f, end));
                        out.push(NameMention {
                            at: np.0,
                            name,
                            key: Key::new(),
                            subject: verb_follows(f, after) || closes && verb_follows(f, after + 1),
                            said: None,
                        });
                    }
                }
                i = k;
                continue;
            }
        } else if let Some(role) = apposed_after_role(f, i, &plain) {
            // "the president , adaeze obi , addressed": two words set off by commas
            // after a role are the role holder's name.
            out.push(lower_mention(
                i,
                vec![f.word(i), f.word(i + 1)],
                false,
                vec![role],
                verb_follows(f, i + 3),
            ));
            i += 2;
            continue;
        } else if t.has(Flags::GIVEN)
            && plain(i)
            // (`st peter's basilica`: an owner's given name ends there)
            && !possessive(f.word(i))
            && i + 1 < n
            // (`mark a. welsh`: an initial that is also a word, the article `a`)
            && (plain(i + 1) && !verb_after_given(f, i + 1)
                || f.initial_at(i + 1) && plain(i + 3))
        {
            // "paul nemo", "ana maria costa": given names, then one more word.
            // ("neil h. macbride": a middle initial and its stop come before it.)
            // ("declan p. j. ferris", "pieter j. van der lind": initials in a row, then
            // particles before the surname.)
            let mut end = i + 1;
            while f.initial_at(end) && end + 2 < n && plain(end + 2) {
                end += 2;
            }
            while f.tokens[end].has(Flags::PARTICLE) && end + 1 < n && plain(end + 1) {
                end += 1;
            }
            // "ines lessa ferraz from the university": after a second word that is no
            // given name, a third name word only where a name closes right after it: a
            // mark, a cue, or a word that follows names (`from`, `of`, `and`, `who`), not
            // one that follows verbs (`ana roe swears that`, `ana roe awoke to`); and
            // never a word in `-s`, which is more often a verb there (`ana roe sobs .`).
            let third_closes = !crate::lexicon::common_word(f.word(end))
                && f.tokens.get(end + 2).is_none_or(|t| match t.kind {
                    Kind::Punct(c) => matches!(c, ',' | '.' | ';' | ':' | ')' | '!' | '?'),
                    Kind::Quote(_) | Kind::Break => true,
                    Kind::Word => {
                        t.has(Flags::CUE)
                            || f.word_in(end + 2, &["from", "of", "at", "in", "with", "and", "who"])
                    }
                })
                && !f.word(end + 1).ends_with('s')
                // (a given name there opens the next name: `carlo ruiz laura`; a word
                // glued to the next by a lost space is none: `roe in'the`)
                && f.tokens.get(end + 1).is_some_and(|t| !t.has(Flags::GIVEN))
                && f.word(end + 1)
                    .bytes()
                    .all(|b| b.is_ascii_alphabetic() || b == b'-' || b >= 0x80);
            if (f.tokens[end].has(Flags::GIVEN) || third_closes)
                // (`amanda lowell's new album`: an owner's name ends at its possessive)
                && !possessive(f.word(end))
                && end + 1 < n
                && plain(end + 1)
                && !past_form(f, end + 1)
                && !verb_before_object(f, end + 1)
                // "heather lind incident": an ordinary word is no third name; nor is
                // one that almost never stands in a name (`gina lane tearful`).
                && !crate::lexicon::common_word(f.word(end + 1))
                && !crate::lexicon::not_surname(f.word(end + 1))
            {
                end += 1;
            }
            // "frank doe iii", "john roe sr.": a generational suffix closes the name.
            if end + 1 < n && !possessive(f.word(end)) && generational_suffix(f.word(end + 1)) {
                end += 1;
            }
            let words = (i..=end)
                .filter(|&k| f.tokens[k].kind == Kind::Word)
                .map(|k| strip_possessive(f.word(k)))
                .collect();
            let (role, after) = apposition(f, end);
            // (asked once: the same answer serves both tests)
            let before = role_before(f, i);
            // "the director , maria lopez , disputed": the comma closes an apposition.
            let closes = f.tokens.get(after).is_some_and(|t| t.is_punct(',')) && before.is_some();
            // "tariq roe and his sister noor waited": a name opening its sentence before
            // `and` heads a coordinated subject, the first a later `he` may take.
            let coordinated = i == sentence_start && after == end + 1 && f.word_in(after, &["and"]);
            let mut m = lower_mention(
                i,
                words,
                false,
                role.into_iter().collect(),
                verb_follows(f, after)
                    || closes && verb_follows(f, after + 1)
                    || coordinated
                    || opens_clause(f, i, sentence_start) && relative_then_verb(f, end + 1),
            );
            m.name.add_roles(before, apposition_closes(f, end));
            out.push(m);
            i = end + 1;
            continue;
        } else if t.kind == Kind::Word
            && plain(i)
            && i > sentence_start
            && (after_clause_opener(f, sentence_start, i) || after_closed_quotation(f, i))
            && surname_subject(f, out, i)
        {
            // "but wubbels stood by ...", "later, wubbels said": after a conjunction or
            // a sentence adverb opening the sentence. "... in that position now." roe
            // objected to this": lower-cased, a sentence after a quotation ending in a
            // stop opens with no capital, so the frame reads it on; the surname of a name
            // met before, then a verb, is its subject there too.
            out.push(lower_mention(i, vec![f.word(i)], false, Vec::new(), true));
            i += 1;
            continue;
        } else if i == sentence_start && t.kind == Kind::Word && plain(i) {
            // "wubbels plans to ...", "wubbels, however, said ...": a sentence opened by
            // the surname of a name met before, then a verb, has that person as its
            // subject.
            if surname_subject(f, out, i) {
                out.push(lower_mention(i, vec![f.word(i)], false, Vec::new(), true));
                i += 1;
                continue;
            }
            let mut end = i;
            while end + 1 < n && end - i < 2 && plain(end + 1) {
                end += 1;
            }
            // "rashid khan , 45 , lost ...": an age in apposition marks a person.
            if end > i && aged(f, end) {
                out.push(lower_mention(
                    i,
                    (i..=end).map(|k| f.word(k)).collect(),
                    false,
                    Vec::new(),
                    verb_follows(f, end + 4),
                ));
                i = end + 1;
                continue;
            }
            // "mateo silva scored twice": two plain words opening a sentence, then a
            // verb, are a person's name as subject (a plural or possessive second word
            // reads as a common noun: "local residents reported").
            if lower_subject_name(f, i, &plain) {
                out.push(lower_mention(
                    i,
                    vec![f.word(i), f.word(i + 1)],
                    false,
                    Vec::new(),
                    true,
                ));
                i += 2;
                continue;
            }
            if let (Some(role), after) = apposition(f, end) {
                let words = (i..=end).map(|k| f.word(k)).collect();
                out.push(lower_mention(
                    i,
                    words,
                    false,
                    vec![role],
                    verb_follows(f, after),
                ));
                i = end + 1;
                continue;
            }
        }
        i += 1;
    }
}

/// Whether token `i` follows a quotation whose words end in a stop (`"... now." roe`).
fn after_closed_quotation(f: &Frame<'_>, i: usize) -> bool {
    let Some(q) = i.checked_sub(1).and_then(|k| f.tokens.get(k)) else {
        return false;
    };
    matches!(q.kind, Kind::Quote(_))
        && f.text
            .get(q.start()..q.end())
            .map(|s| s.trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»".contains(c)))
            .is_some_and(|s| s.ends_with(['.', '!', '?', '…']))
}

/// The role before two plain words at `i` closed by a comma (`the president , ana
/// obi ,`), when the words are not a given name (those take the given-name path).
fn apposed_after_role(f: &Frame<'_>, i: usize, plain: &dyn Fn(usize) -> bool) -> Option<Role> {
    let closes = f.tokens.get(i + 2).is_some_and(|t| t.is_punct(','));
    if !closes || f.tokens[i].has(Flags::GIVEN) || !plain(i) || !plain(i + 1) {
        return None;
    }
    role_before(f, i)
}

/// Whether the two words at `i` (a sentence's first) read as a name before its verb.
fn lower_subject_name(f: &Frame<'_>, i: usize, plain: &dyn Fn(usize) -> bool) -> bool {
    let n = f.tokens.len();
    if i + 2 >= n
        || !plain(i)
        || !plain(i + 1)
        || f.tokens[i + 1].sentence() != f.tokens[i].sentence()
    {
        return false;
    }
    // (a hyphenated name's parts are read as its words: `obi-eze`, `mei-ling`)
    let common = |k: usize| {
        let w = f.word(k);
        // (not a compound participle: `ozone-depleting`, `state-owned`)
        let hyphenated = hyphenated_name(w)
            && !w
                .split('-')
                .any(|p| p.len() > 5 && (p.ends_with("ing") || p.ends_with("ed")));
        w.contains('\'')
            || w.len() < 2
            || !hyphenated && ["ly", "ing", "ed"].iter().any(|s| w.ends_with(s))
            || !hyphenated && !w.chars().all(char::is_alphabetic)
    };
    let second = f.word(i + 1);
    // "local residents reported": a plural second word is a common noun, unless the
    // article writes it alone before a verb of saying later (`grant rivers arrived ...
    // rivers added`).
    let plural = super::phrases::ends_as_plural(second) && !speaks_alone_later(f, i + 1);
    // "tariq roe and his sister noor waited": the first of a coordinated subject whose
    // second is someone of the first's (`his`, `her`, `their`).
    let with_kin = f.word_in(i + 2, &["and"]) && f.word_in(i + 3, &["his", "her", "their"]);
    !common(i)
        && !common(i + 1)
        && !plural
        && (auxiliary(f, i + 2)
            || with_kin
            || !f.tokens[i + 2].has(Flags::FUNCTION) && verb_follows(f, i + 2))
}

/// Whether the word at `k` stands alone before a verb of saying in the next few hundred
/// tokens (`" ... , " rivers added`): a surname the article repeats as a speaker.
fn speaks_alone_later(f: &Frame<'_>, k: usize) -> bool {
    let word = f.word(k);
    let end = f.tokens.len().min(k + 400);
    (k + 2..end).any(|j| {
        f.tokens[j].kind == Kind::Word
            && f.word(j).eq_ignore_ascii_case(word)
            && f.tokens.get(j + 1).is_some_and(|t| t.has(Flags::CUE))
            && f.tokens[j - 1].kind != Kind::Word
    })
}

/// Whether the word at `k` is an auxiliary before a verb (`has run`, `was seen`).
fn auxiliary(f: &Frame<'_>, k: usize) -> bool {
    // (`did not hold back`, `has never said`: a negation between is no object)
    let negation =
        |t: &super::frame::Token, j: usize| t.kind == Kind::Word && f.word_in(j, &["not", "never"]);
    f.tokens
        .get(k + 1)
        .is_some_and(|t| t.kind == Kind::Word && !t.has(Flags::FUNCTION) || negation(t, k + 1))
        && f.word_in(k, &super::lexicon::AUXILIARIES)
}

/// Whether `, NUMBER ,` follows token `end` (an age in apposition).
fn aged(f: &Frame<'_>, end: usize) -> bool {
    let t = |k: usize| f.tokens.get(k);
    t(end + 1).is_some_and(|x| x.is_punct(','))
        && t(end + 2).is_some_and(|x| {
            x.kind == Kind::Word && f.word(end + 2).bytes().all(|b| b.is_ascii_digit())
        })
        && t(end + 3).is_some_and(|x| x.is_punct(','))
}

/// Whether the word at `k`, right after a given name, is its verb and no surname: an
/// ordinary word in the past (`hailey used the time`, `carla moved`) or a present form in
/// `-s` before its object (`maria keeps a`). Surnames that are words (`young`, `rich`)
/// are no verb forms.
fn verb_after_given(f: &Frame<'_>, k: usize) -> bool {
    crate::lexicon::common_word(f.word(k)) && super::phrases::past_verb(f, k)
        || super::phrases::s_form_before_object(f, k)
        || s_form_before_bare_object(f, k)
}

/// `idris draws crowds`, `kofi sells cars`: a present form in `-s` of an ordinary word
/// (listed itself or too rare to be), right before an ordinary word that is no cue,
/// is a verb taking a bare object, no surname. (`tom banks said`, `ana brooks , 40 ,`:
/// a cue or a mark after the word leaves it a surname.)
fn s_form_before_bare_object(f: &Frame<'_>, k: usize) -> bool {
    const NOT_OBJECT: u16 = Flags::CUE
        | Flags::FUNCTION
        | Flags::ADVERB
        | Flags::ROLE
        | Flags::TITLE
        | Flags::PRONOUN
        | Flags::GIVEN
        | Flags::FURNITURE;
    let Some(next) = f.tokens.get(k + 1) else {
        return false;
    };
    next.kind == Kind::Word
        && !next.has(NOT_OBJECT)
        && !f.tokens[k].has(Flags::GIVEN | Flags::ORG | Flags::ROLE | Flags::TITLE)
        && super::phrases::ordinary_s_form(f.word(k))
        && (crate::lexicon::common_word(f.word(k + 1))
            || super::phrases::ordinary_s_form(f.word(k + 1)))
}

/// Whether the word at `k` reads as a verb taking an object (`matt damon attends a
/// screening`, `stephen johnson lost his job`): a cue, or a word (no given name)
/// before a determiner or possessive.
fn verb_before_object(f: &Frame<'_>, k: usize) -> bool {
    let w = f.word(k);
    let object = f.word_in(
        k + 1,
        &[
            "a", "an", "the", "her", "his", "their", "its", "this", "that",
        ],
    ) && !f.initial_at(k + 1);
    // (`gen. mark a. welsh`: `a.` with its stop is a middle initial, no article)
    f.tokens[k].has(Flags::CUE) || object && w.len() > 2 && !f.tokens[k].has(Flags::GIVEN)
}

/// Whether the role word at `i` only starts a multi-word role it does not complete
/// (`foreign` before `ministry`, not before `secretary`).
fn only_role_prefix_at(f: &Frame<'_>, i: usize) -> bool {
    with_lowercase(f.word(i), |w| {
        super::lexicon::LEXICON.only_role_prefix(w)
            && !super::lexicon::LEXICON.multi_roles(w).iter().any(|rest| {
                rest.iter().enumerate().all(|(k, r)| {
                    f.tokens
                        .get(i + 1 + k)
                        .is_some_and(|t| t.kind == Kind::Word)
                        && f.word(i + 1 + k).eq_ignore_ascii_case(r)
                })
            })
    })
}

/// The last token of the multi-word role whose first word is at `i` (`harbour` of
/// `harbour master`), else `i`: a role phrase ends there, not at its first word.
fn role_words_end(f: &Frame<'_>, i: usize) -> usize {
    with_lowercase(f.word(i), |w| {
        super::lexicon::LEXICON
            .multi_roles(w)
            .iter()
            .filter(|rest| {
                rest.iter().enumerate().all(|(k, r)| {
                    f.tokens
                        .get(i + 1 + k)
                        .is_some_and(|t| t.kind == Kind::Word)
                        && f.word(i + 1 + k).eq_ignore_ascii_case(r)
                })
            })
            .map(|rest| i + rest.len())
            .max()
            .unwrap_or(i)
    })
}

/// In lower-cased text, a body named by a definite phrase ending in a body's noun
/// with one or two words before it (`the foreign ministry`, `at dunmore city
/// hospital`): the first of those words.
fn lowercase_body(f: &Frame<'_>, i: usize, plain: &dyn Fn(usize) -> bool) -> Option<usize> {
    let t = &f.tokens[i];
    if !t.has(Flags::ORG) || i < 2 {
        return None;
    }
    let modifier = |k: usize| plain(k) || only_role_prefix_at(f, k);
    let widen = |max: usize, title: bool| {
        let mut first = i;
        while first > 0
            && i - first < max
            && (modifier(first - 1) || title && f.tokens[first - 1].has(Flags::TITLE))
        {
            first -= 1;
        }
        first
    };
    // Two words at most; up to four with a titled person's possessive among them (`at
    // king henry viii's hospital`, `queen mary's college`, `king's park school`), not
    // a common noun's or a place's (`the country's main tourism agency`).
    let wide = widen(4, true);
    let personal = (wide..i).any(|k| {
        let w = f.word(k);
        let possessive = w.ends_with("'s") || w.ends_with("’s");
        possessive && (wide..=k).any(|j| f.tokens[j].has(Flags::TITLE))
    });
    let mut first = if personal { wide } else { widen(2, false) };
    // "the marlow fire and rescue service": one or two plain words, `and`, then the
    // words before the noun, after the determiner.
    if !personal && first < i && first >= 3 && f.word_in(first - 1, &["and"]) {
        let and = first - 1;
        let mut k = and;
        // (not `picking up the cause and guided police`: no verb's past form on either side)
        let word = |k: usize| modifier(k) && !past_form(f, k);
        while k > 0 && and - k < 2 && word(k - 1) {
            k -= 1;
        }
        let after_and = (first..i).all(|k| !past_form(f, k));
        if after_and && k < and && k > 0 && f.tokens[k - 1].has(Flags::DETERMINER) {
            first = k;
        }
    }
    // "the kestrel bay coastguard", "the corran valley mountain rescue team": up to four
    // words when `the` opens them, none a given name, a verb's past form, a cue or a
    // number, the first a word cased news writes with a capital (a place's, not `the
    // latest`, `the militant`), no possessive (`the country's`) and no nationality.
    if !personal && first + 2 == i && first >= 2 && !f.tokens[first - 1].has(Flags::DETERMINER) {
        let word = |k: usize| {
            modifier(k)
                && !past_form(f, k)
                && !f.tokens[k].has(Flags::CUE | Flags::GIVEN)
                && !f.word(k).starts_with(|c: char| c.is_ascii_digit())
        };
        let opens_name = |k: usize| {
            let w = f.word(k);
            !crate::lexicon::common_word(w)
                && strip_possessive(w).len() == w.len()
                && !super::speaker_name::is_adjective(w)
                && (first..i).all(|j| !f.tokens[j].has(Flags::GIVEN))
        };
        let mut k = first;
        while k > 1 && first - k < 2 && word(k - 1) {
            k -= 1;
            if f.word_in(k - 1, &["the"]) {
                if opens_name(k) {
                    first = k;
                }
                break;
            }
        }
    }
    let det = first.checked_sub(1)?;
    // "worked at dunmore city hospital": a place's preposition opens the name too.
    let opens = f.tokens[det].has(Flags::DETERMINER) || f.word_in(det, &["at", "from"]);
    // (`the syrian military`: a nationality adjective and an ordinary noun describe, as
    // `classify` reads them)
    let described = || first + 1 == i && super::phrases::nationality_description(f, &[first, i]);
    (first < i && opens && !described()).then_some(first)
}

/// In lower-cased text, a body named with no determiner as the subject that opens a
/// sentence (`hollowfield district council has closed`, `greenvale utilities apologised`):
/// a word news writes with a capital (no ordinary word, given name or nationality alone),
/// at most one more plain word, a body's noun (not an outlet's; `police` too, though it is
/// a role's noun) or a word that makes a body's name one of a class (`rovers`, `athletic`:
/// `body_kinds`), and a verb after it (an auxiliary or a past form): the noun's position. Not `frozen foods sold well` (an ordinary first word), nor
/// `harwick council tax rose` (no verb after the noun).
fn sentence_initial_body(f: &Frame<'_>, i: usize, plain: &dyn Fn(usize) -> bool) -> Option<usize> {
    let t = &f.tokens[i];
    if t.kind != Kind::Word || f.sentence_first(t.sentence()) != i {
        return None;
    }
    let word = |k: usize| {
        k < f.tokens.len()
            && plain(k)
            && !past_form(f, k)
            && !f.tokens[k].has(Flags::CUE | Flags::GIVEN | Flags::ORG)
            && strip_possessive(f.word(k)).len() == f.word(k).len()
    };
    // (not a participle, `breaking news ...`)
    let w = f.word(i);
    if !word(i)
        || crate::lexicon::common_word(w)
        || w.ends_with("ing")
        || !w.chars().all(char::is_alphabetic)
    {
        return None;
    }
    // "dunmere athletic have parted", "brindmoor rovers have sacked": a word that makes a
    // body's name one of a class (a club's `rovers`) ends the name as a body's noun does.
    let kin =
        |k: usize| k < f.tokens.len() && with_lowercase(f.word(k), super::body_kinds::is_kin_word);
    let mut noun = i + 1;
    while noun - i <= 2 && word(noun) && !kin(noun) {
        noun += 1;
    }
    let head = f.tokens.get(noun)?;
    // (an outlet's name, `ridgeline news reported`, opens credit lines more often)
    let media = || super::body_kinds::is_media_head(&f.word(noun).to_lowercase());
    // ("dunhallow police said": a body's noun that is also a role's, `police`, heads a
    // name here as well)
    let head_plain = plain(noun) || head.has(Flags::ORG) && head.has(Flags::ROLE);
    let body_head = head.has(Flags::ORG) || kin(noun);
    if noun - i > 2 || head.kind != Kind::Word || !body_head || !head_plain || media() {
        return None;
    }
    // (`british police said`: a nationality and a body's noun describe, as `classify`
    // reads them)
    let described = noun == i + 1 && super::phrases::nationality_description(f, &[i, noun]);
    // ("brindmoor rovers have sacked", "harlow police are appealing": a body takes a
    // plural auxiliary as well)
    let plural_auxiliary = f.word_in(noun + 1, &["have", "are", "were"])
        && f.tokens
            .get(noun + 2)
            .is_some_and(|t| t.kind == Kind::Word && !t.has(Flags::FUNCTION));
    let verb = auxiliary(f, noun + 1)
        || plural_auxiliary
        || f.tokens
            .get(noun + 1)
            .is_some_and(|n| !n.has(Flags::FUNCTION))
            && verb_follows(f, noun + 1);
    (!described && verb).then_some(noun)
}

/// In lower-cased text, `the public health agency of norland said`: the `of` phrase
/// after a body's noun at `i` that names its place, one or two plain words closed by
/// punctuation, a cue or a verb's past form: the last of them.
fn place_after_body(f: &Frame<'_>, i: usize, plain: &dyn Fn(usize) -> bool) -> Option<usize> {
    if !f.lowercase || !f.word_in(i + 1, &["of"]) {
        return None;
    }
    let word = |k: usize| {
        k < f.tokens.len() && plain(k) && !f.tokens[k].has(Flags::CUE) && !past_form(f, k)
    };
    if !word(i + 2) {
        return None;
    }
    let last = if word(i + 3) { i + 3 } else { i + 2 };
    let last = coordinated_of_end(f, last, &word).unwrap_or(last);
    // (a past form closes it too: `the agency of norland found`; not any word a verb
    // may follow, `the payment network of harlow brothers last year`)
    let closed = f
        .tokens
        .get(last + 1)
        .is_none_or(|t| matches!(t.kind, Kind::Punct(_) | Kind::Break) || t.has(Flags::CUE))
        || past_form(f, last + 1);
    closed.then_some(last)
}

/// In lower-cased text, `the ministry of water`: a body's noun right after `the`, then
/// `of` and one or two plain words (no verb's past form, no cue): the last of them.
fn lowercase_body_of(f: &Frame<'_>, i: usize, plain: &dyn Fn(usize) -> bool) -> Option<usize> {
    let t = &f.tokens[i];
    if !f.lowercase || !t.has(Flags::ORG) || i < 1 || !f.word_in(i - 1, &["the"]) {
        return None;
    }
    if !f.word_in(i + 1, &["of"]) {
        return None;
    }
    let word = |k: usize| {
        k < f.tokens.len() && plain(k) && !f.tokens[k].has(Flags::CUE) && !past_form(f, k)
    };
    if !word(i + 2) {
        return None;
    }
    let last = if word(i + 3) { i + 3 } else { i + 2 };
    Some(coordinated_of_end(f, last, &word).unwrap_or(last))
}

/// In lower-cased text, `the university of science and technology said`: the `of`
/// phrase of a body's name ending at `last` goes on over `and` and one or two more plain
/// words when the phrase is closed right after them (punctuation, a cue, a verb's past
/// form): the last of them. Not a person's given name after `and` (`the university of
/// leeds and ana ruiz said` names two speakers), nor a group's or a role's noun (`dr. roe
/// of the university of harlow and colleagues studied`), nor a word the phrase had
/// before `and` (`of new york and new jersey`: a repeated word reads as headlines run
/// together, so the name is left as before).
fn coordinated_of_end(f: &Frame<'_>, last: usize, word: &dyn Fn(usize) -> bool) -> Option<usize> {
    let after = |k: usize| {
        word(k)
            && !f.tokens[k].has(Flags::GIVEN | Flags::GROUP | Flags::ROLE)
            && !(last.saturating_sub(1)..=last).any(|j| f.word(j).eq_ignore_ascii_case(f.word(k)))
    };
    if !f.word_in(last + 1, &["and"]) || !after(last + 2) {
        return None;
    }
    let end = if after(last + 3) { last + 3 } else { last + 2 };
    let closed = f
        .tokens
        .get(end + 1)
        .is_none_or(|t| matches!(t.kind, Kind::Punct(_) | Kind::Break) || t.has(Flags::CUE))
        || past_form(f, end + 1);
    closed.then_some(end)
}

/// Whether the name mention `m` is set off by an apposition that describes the person
/// (`Karl Osei, chair of neurology`, `Lena Frick, a nurse`, `Omar Dane, 45,`, `Ana Ruiz,
/// who runs the shelter`): the text introduces them.
pub fn introduced(f: &Frame<'_>, m: &NameMention<'_>) -> bool {
    // A person is introduced by a full name; one word is as often a place
    // (`Benghazi, a focal point of unrest,`).
    let Some(last) = m.name.words.last().filter(|_| m.name.words.len() >= 2) else {
        return false;
    };
    let end = (m.at..(m.at + m.name.words.len() + 3).min(f.tokens.len()))
        .find(|&k| f.tokens[k].kind == Kind::Word && strip_possessive(f.word(k)) == *last);
    let Some(end) = end else {
        return false;
    };
    if !f.tokens.get(end + 1).is_some_and(|t| t.is_punct(',')) {
        return false;
    }
    f.tokens.get(end + 2).is_some_and(|t| {
        let w = f.word(end + 2);
        t.kind == Kind::Word
            && (t.has(Flags::DETERMINER)
                || t.has(Flags::POSSESSIVE)
                || t.has(Flags::ROLE)
                || w.bytes().all(|b| b.is_ascii_digit())
                || w.eq_ignore_ascii_case("who"))
    })
}

/// Pronouns used as subjects (`she added`, `he was`) before token `end`, for resolving in
/// order.
pub fn subject_pronouns(f: &Frame<'_>, end: usize) -> Vec<usize> {
    (0..f.tokens.len().min(end))
        .filter(|&i| {
            let t = &f.tokens[i];
            t.kind == Kind::Word
                && t.flags.has(Flags::PRONOUN)
                && ["he", "she", "they"]
                    .iter()
                    .any(|p| f.word(i).eq_ignore_ascii_case(p))
                && (verb_follows(f, i + 1)
                    // "He and his team have ...": a pronoun opening a joined subject.
                    || f.sentence_first(t.sentence()) == i && f.word_in(i + 1, &["and"]))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{marks::find_marks, pairing::pair};
    use super::*;

    fn names(text: &str) -> Vec<(String, bool)> {
        let quotes = pair(text, &find_marks(text));
        let f = Frame::build(text, &quotes);
        name_mentions(&f)
            .into_iter()
            .map(|m| (m.name.words.join(" "), m.subject))
            .collect()
    }

    #[test]
    fn a_name_inside_a_relative_clause_is_no_subject() {
        for text in [
            "Dana Vell, who followed Mara Quint backstage, used the moment.",
            "dana vell, who followed mara quint backstage, used the moment.",
        ] {
            let got = names(text);
            let subject = |first: &str| {
                got.iter()
                    .find(|(n, _)| n.to_lowercase().starts_with(first))
                    .map(|(_, s)| *s)
            };
            assert_eq!(subject("dana"), Some(true), "{text}: {got:?}");
            assert_eq!(subject("mara"), Some(false), "{text}: {got:?}");
        }
        // (the relative clause's own subject stays one: `NAME, who ...` hangs on it)
        let got = names("Tomas Weller met Ivo Brandt, who had flown in.");
        assert!(got.iter().any(|(n, _)| n == "Tomas Weller"), "{got:?}");
        assert!(
            got.iter().all(|(n, s)| n != "Tomas Weller" || *s),
            "{got:?}"
        );
    }

    #[test]
    fn every_saying_verb_passes_the_length_test() {
        for w in SAYING {
            assert!(saying_length(w.len()), "{w}");
        }
        assert!(!saying_length("told".len() + 3));
    }

    #[test]
    fn country_keys_are_the_joined_lowercase_words() {
        assert!(is_country(&["United", "Kingdom"]));
        assert!(is_country(&["IRAN"]));
        assert!(!is_country(&["United", "Kingdoms"]));
        assert!(!is_country(&[]));
        let long = ["Republic"; 20];
        for words in [
            &["Côte", "d'Ivoire"][..],
            &["ÉGYPTE"],
            &["new", "Zealand"],
            &["Trinidad", "and", "Tobago"],
            &["the", "Democratic", "Republic", "of", "the", "Congo"],
            &long,
        ] {
            let reference = COUNTRIES.contains(&words.join(" ").to_lowercase());
            assert_eq!(is_country(words), reference, "{words:?}");
        }
        // Every country of up to four words passes the test of its first word, in
        // either casing; a person's name does not.
        for country in COUNTRIES.iter() {
            for written in [country.clone(), country.to_ascii_uppercase()] {
                let words: Vec<&str> = written.split(' ').collect();
                assert_eq!(is_country(&words), words.len() <= 4, "{written}");
            }
        }
        assert!(!is_country(&["Ana", "Ruiz"]));
        assert!(!is_country(&["o ' grady"]));
    }

    #[test]
    fn weekdays_are_told_as_the_word_list_tells_them() {
        for w in [
            "Monday",
            "SUNDAY",
            "wednesday",
            "day",
            "today",
            "Holiday",
            "Mayday",
            "Ana",
            "",
            "DAY",
            "Dïay",
            "MONDAY’s",
        ] {
            let reference = LEXICON.flags(w).has(Flags::MONTH) && w.to_lowercase().ends_with("day");
            assert_eq!(weekday(w), reference, "{w}");
        }
        assert!(weekday("Friday"));
        assert!(!weekday("Friend"));
    }

    #[test]
    fn finds_names_and_subjects() {
        let found =
            names("Yesterday Jane Doe met Bob Stone in Leeds. Mrs Doe said the talks went well.");
        // (`met`, an irregular past form, makes Jane Doe its subject)
        assert!(found.contains(&("Jane Doe".to_string(), true)));
        assert!(found.contains(&("Bob Stone".to_string(), false)));
        assert!(found.contains(&("Doe".to_string(), true)));
        assert!(found.iter().all(|(n, _)| n != "Yesterday Jane Doe"));
    }

    #[test]
    fn a_name_after_a_verb_is_no_subject() {
        let found = names("Amara Duvall met Henrik Sollie on Friday. “It went well,” she said.");
        assert!(found.contains(&("Amara Duvall".to_string(), true)));
        assert!(found.contains(&("Henrik Sollie".to_string(), false)));
    }

    #[test]
    fn a_name_apposed_to_a_reported_subject_is_no_subject() {
        for text in [
            "Lena Ortiz spoke on Monday. She said the owner, Tomas Brandt, had fled.",
            "lena ortiz spoke on monday . she said that the owner , tomas brandt , had fled .",
        ] {
            let found = names(text);
            assert!(
                found
                    .iter()
                    .any(|(n, s)| n.eq_ignore_ascii_case("tomas brandt") && !s),
                "{text}: {found:?}"
            );
        }
        // The inverted tag's name speaks: `", said the manager, NAME.`
        let quotes = Vec::new();
        let text = "The deal was done. \"Good,\" said the manager, Osric Pennant.";
        let f = Frame::build(text, &quotes);
        let at = (0..f.tokens.len()).find(|&k| f.word(k) == "Osric");
        assert!(at.is_some_and(|at| !apposed_in_reported_clause(&f, at)));
    }

    #[test]
    fn a_middle_initial_that_is_the_article_stays_in_a_role_holder_name() {
        let text = "the council met on monday . mayor david a. bowers apologized to all of them .";
        let quotes = Vec::new();
        let f = Frame::build(text, &quotes);
        assert!(f.lowercase);
        let m = name_mentions(&f);
        let names: Vec<String> = m.iter().map(|m| m.name.words.join(" ")).collect();
        assert!(
            names
                .iter()
                .any(|n| n.starts_with("david") && n.ends_with("bowers")),
            "{names:?}"
        );
    }

    #[test]
    fn dates_are_not_names() {
        let found = names("The suit was filed May 3 in court and heard on Monday.");
        assert!(found.iter().all(|(n, _)| n != "May" && n != "Monday"));
    }

    #[test]
    fn apposition_gives_a_role() {
        let quotes = Vec::new();
        let text = "Ana Ruiz, the town's mayor, said the roads were shut.";
        let f = Frame::build(text, &quotes);
        let m = name_mentions(&f);
        assert_eq!(m[0].name.roles[0].head, "mayor");
        assert!(m[0].subject);
    }

    #[test]
    fn an_appointment_gives_a_role() {
        let quotes = Vec::new();
        for text in [
            "Ana Ruiz was appointed head coach in May.",
            "ana ruiz has been named as head coach of the team .",
        ] {
            let f = Frame::build(text, &quotes);
            let m = name_mentions(&f);
            assert_eq!(m[0].name.roles[0].head, "coach", "{text}");
        }
        let f = Frame::build("Ana Ruiz was named in the lawsuit.", &quotes);
        assert!(name_mentions(&f)[0].name.roles.is_empty());
    }

    #[test]
    fn a_perfect_copula_gives_a_role() {
        let quotes = Vec::new();
        for text in [
            "Ivo Marek has been the head coach of the club since 2019.",
            "Ivo Marek, who has been coach at the club since 2019, said little.",
            "ivo marek , who has long been harbour master at orvik , said little .",
        ] {
            let f = Frame::build(text, &quotes);
            let m = name_mentions(&f);
            let heads: Vec<&str> = m[0].name.roles.iter().map(|r| r.head.as_str()).collect();
            assert!(
                heads
                    .iter()
                    .any(|h| h.ends_with("coach") || h.ends_with("master")),
                "{text}: {heads:?}"
            );
        }
        // (not the role of whom the phrase is about)
        let f = Frame::build(
            "Ivo Marek has been a fierce opponent of the mayor.",
            &quotes,
        );
        assert!(name_mentions(&f)[0]
            .name
            .roles
            .iter()
            .all(|r| r.head != "mayor"));
    }

    #[test]
    fn a_role_placed_by_at_before_a_name_is_its_role() {
        let quotes = Vec::new();
        for text in [
            "A nurse at the river camp, Ilse Marrow, dressed the burns.",
            "a nurse at the river camp , ilse marrow , dressed the burns .",
        ] {
            let f = Frame::build(text, &quotes);
            let m = name_mentions(&f);
            let held = m
                .iter()
                .any(|m| m.name.roles.iter().any(|r| r.head == "nurse"));
            assert!(held, "{text}");
        }
    }

    #[test]
    fn short_forms_join_the_full_name() {
        let seen = |w: &[&'static str]| NameSeen {
            words: w.to_vec(),
            org: false,
            gender: None,
            roles: Vec::new(),
        };
        let a = seen(&["Doe"]);
        let b = seen(&["Jane", "Doe"]);
        let c = seen(&["Jane"]);
        let people = table(&[&a, &b, &c]);
        assert_eq!(people.persons.len(), 2);
        assert_eq!(people.persons[0].display(), "Jane Doe");
    }

    #[test]
    fn an_initial_keeps_its_stop_and_a_bulk_capital_after_it_is_no_casing() {
        let seen = |w: &[&'static str]| NameSeen {
            words: w.to_vec(),
            org: false,
            gender: None,
            roles: Vec::new(),
        };
        let bulk = seen(&["neil", "h", "Macbride"]);
        let cased = seen(&["George", "W", "Bush"]);
        let people = table(&[&bulk, &cased]);
        let shown: Vec<String> = people.persons.iter().map(Person::display).collect();
        assert!(shown.contains(&"Neil H. Macbride".to_string()), "{shown:?}");
        assert!(shown.contains(&"George W. Bush".to_string()), "{shown:?}");
        let x = seen(&["Bob", "Stone"]);
        let y = seen(&["Amy", "Stone"]);
        let z = seen(&["Stone"]);
        let people = table(&[&z, &x, &y]);
        assert_eq!(people.matches(&key(&z.words)).as_slice().len(), 2);
    }

    #[test]
    fn lowercase_names_after_roles() {
        let text = "the minister said on monday that the talks would go on and on. \
                    officials said defense secretary ash carter said the plan was ready for the vote.";
        let quotes = Vec::new();
        let f = Frame::build(text, &quotes);
        assert!(f.lowercase);
        let m = name_mentions(&f);
        assert!(m.iter().any(|m| m.name.words.join(" ") == "ash carter"));
    }

    #[test]
    fn a_body_opening_a_lowercased_sentence_is_named_without_a_determiner() {
        let bodies = |text: &str| -> Vec<String> {
            let quotes = Vec::new();
            let f = Frame::build(text, &quotes);
            assert!(f.lowercase);
            name_mentions(&f)
                .into_iter()
                .filter(|m| m.name.org)
                .map(|m| m.name.words.join(" "))
                .collect()
        };
        let text = "the lights went out on the east side on monday night . \
                    tarnwick borough council has closed the footbridge over the river .";
        assert!(bodies(text).contains(&"tarnwick borough council".to_string()));
        let text = "pellbrook utilities apologised for the burst main on monday .";
        assert_eq!(bodies(text), ["pellbrook utilities"]);
        // An ordinary first word, or no verb after the noun: no body.
        assert!(bodies("frozen foods sold well over the winter and spring .").is_empty());
        assert!(bodies("tarnwick council tax rose by four per cent this year .").is_empty());
    }

    #[test]
    fn a_body_s_epithet_before_a_lowercased_name_is_dropped() {
        let text = "the insurer haldane said on monday it would cut premiums for drivers .";
        let quotes = Vec::new();
        let f = Frame::build(text, &quotes);
        let m = name_mentions(&f);
        assert!(m
            .iter()
            .any(|m| m.name.org && m.name.words.join(" ") == "haldane"));
        assert!(!m.iter().any(|m| m.name.words.join(" ").contains("insurer")));
    }

    #[test]
    fn a_spaced_apostrophe_after_o_stays_inside_the_name() {
        // The bulk corpus spaces every apostrophe: `o ' grady` is one name word.
        let text = "the team lost on sunday and the fans were angry at the referee. \
                    coach kerry o ' grady said the team would recover by the spring.";
        let quotes = Vec::new();
        let f = Frame::build(text, &quotes);
        assert!(f.lowercase);
        let m = name_mentions(&f);
        let names: Vec<String> = m.iter().map(|m| m.name.words.join(" ")).collect();
        assert!(names.contains(&"kerry o ' grady".to_string()), "{names:?}");
        // `10 o ' clock` is one word too, and no name.
        let text = "the match began at 10 o ' clock and the fans were angry at the referee.";
        let f = Frame::build(text, &quotes);
        assert!(name_mentions(&f).is_empty());
    }
}
