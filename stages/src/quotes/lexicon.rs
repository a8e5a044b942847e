//! The word lists of `stages/data/quotes/`, parsed once. Every single word maps to one
//! set of [`Flags`] so that classifying a token costs one hash lookup.

use std::sync::LazyLock;

use crate::data::lines;

use super::fasthash::FastMap as HashMap;

const CUES: &str = include_str!("../../data/quotes/cues.txt");
const TITLES: &str = include_str!("../../data/quotes/titles.txt");
const ROLES: &str = include_str!("../../data/quotes/roles.txt");
const GROUPS: &str = include_str!("../../data/quotes/groups.txt");
const SPOKES: &str = include_str!("../../data/quotes/spokes.txt");
const ORGS: &str = include_str!("../../data/quotes/organisations.txt");
const PRONOUNS: &str = include_str!("../../data/quotes/pronouns.txt");
const FUNCTION: &str = include_str!("../../data/quotes/function_words.txt");
const ADVERBS: &str = include_str!("../../data/quotes/adverbs.txt");
const MONTHS: &str = include_str!("../../data/quotes/months.txt");
const NAMING: &str = include_str!("../../data/quotes/naming.txt");

/// What a lowercase word is, as a bit set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags(pub u16);

impl Flags {
    pub const CUE: u16 = 1; // first word of a cue
    pub const TITLE: u16 = 1 << 1;
    pub const ROLE: u16 = 1 << 2; // a role noun, or the first word of a multi-word role
    pub const GROUP: u16 = 1 << 3;
    pub const SPOKES: u16 = 1 << 4;
    pub const ORG: u16 = 1 << 5;
    pub const PRONOUN: u16 = 1 << 6;
    pub const FUNCTION: u16 = 1 << 7;
    pub const ADVERB: u16 = 1 << 8;
    pub const MONTH: u16 = 1 << 9;
    /// Before `as`, makes the quoted words a name (`known as`).
    pub const NAMING: u16 = 1 << 10;

    pub fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }
}

/// How a cue verb relates to its speaker.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CueKind {
    pub participle: bool,
    pub naming: bool,
    pub inverted: bool,
    pub passive: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounKind {
    Male,
    Female,
    Plural,
    Thing,
    /// First person: the writer in narrative, the speaker inside a quotation.
    Self_,
}

#[derive(Debug, Clone, Default)]
pub struct Title {
    pub gender: Option<Gender>,
    pub roles: Vec<&'static str>,
}

/// A cue: its words after the first, and how it relates to the speaker.
#[derive(Debug, Clone)]
pub struct Cue {
    pub rest: Vec<&'static str>,
    pub kind: CueKind,
}

pub struct Lexicon {
    flags: HashMap<&'static str, Flags>,
    cues: HashMap<&'static str, Vec<Cue>>,
    titles: HashMap<&'static str, Title>,
    /// Multi-word roles by first word: the words after it.
    multi_roles: HashMap<&'static str, Vec<Vec<&'static str>>>,
    synonyms: HashMap<&'static str, Vec<&'static str>>,
    pronouns: HashMap<&'static str, PronounKind>,
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

impl Lexicon {
    fn load() -> Lexicon {
        let mut lex = Lexicon {
            flags: HashMap::default(),
            cues: HashMap::default(),
            titles: HashMap::default(),
            multi_roles: HashMap::default(),
            synonyms: HashMap::default(),
            pronouns: HashMap::default(),
        };
        for line in lines(CUES) {
            let mut words: Vec<&'static str> = line.split_whitespace().collect();
            let mut kind = CueKind::default();
            while let Some(last) = words.last() {
                match *last {
                    "participle" => kind.participle = true,
                    "naming" => kind.naming = true,
                    "inverted" => kind.inverted = true,
                    "passive" => kind.passive = true,
                    _ => break,
                }
                words.pop();
            }
            if let Some((first, rest)) = words.split_first() {
                lex.mark(first, Flags::CUE);
                lex.cues.entry(first).or_default().push(Cue {
                    rest: rest.to_vec(),
                    kind,
                });
            }
        }
        for line in lines(TITLES) {
            let mut parts = line.split('|').map(str::trim);
            let form = parts.next().unwrap_or("");
            let gender = match parts.next().unwrap_or("") {
                "m" => Some(Gender::Male),
                "f" => Some(Gender::Female),
                _ => None,
            };
            let roles = parts
                .next()
                .unwrap_or("")
                .split_whitespace()
                .collect::<Vec<_>>();
            if !form.is_empty() {
                lex.mark(form, Flags::TITLE);
                lex.titles.insert(form, Title { gender, roles });
            }
        }
        for line in lines(ROLES) {
            if let Some((left, right)) = line.split_once('=') {
                // Multi-word synonyms ("prime minister") are kept whole.
                lex.synonyms
                    .entry(left.trim())
                    .or_default()
                    .extend(join_multi(right));
                continue;
            }
            let words: Vec<&'static str> = line.split_whitespace().collect();
            if let Some((first, rest)) = words.split_first() {
                lex.mark(first, Flags::ROLE);
                if !rest.is_empty() {
                    lex.multi_roles
                        .entry(first)
                        .or_default()
                        .push(rest.to_vec());
                }
            }
        }
        for line in lines(GROUPS) {
            if let Some(first) = line.split_whitespace().next() {
                lex.mark(first, Flags::GROUP);
            }
        }
        for line in lines(SPOKES) {
            if let Some(first) = line.split_whitespace().next() {
                lex.mark(first, Flags::SPOKES);
            }
        }
        for w in lines(ORGS) {
            lex.mark(w, Flags::ORG);
        }
        for line in lines(PRONOUNS) {
            let mut parts = line.split('|').map(str::trim);
            let form = parts.next().unwrap_or("");
            let kind = match parts.next().unwrap_or("") {
                "m" => PronounKind::Male,
                "f" => PronounKind::Female,
                "plural" => PronounKind::Plural,
                "self" => PronounKind::Self_,
                _ => PronounKind::Thing,
            };
            lex.mark(form, Flags::PRONOUN);
            lex.pronouns.insert(form, kind);
        }
        for w in lines(FUNCTION) {
            lex.mark(w, Flags::FUNCTION);
        }
        for w in lines(ADVERBS) {
            lex.mark(w, Flags::ADVERB);
        }
        for w in lines(MONTHS) {
            lex.mark(w, Flags::MONTH);
        }
        for w in lines(NAMING) {
            lex.mark(w, Flags::NAMING);
        }
        lex
    }

    fn mark(&mut self, word: &'static str, bit: u16) {
        self.flags.entry(word).or_default().0 |= bit;
    }

    /// The flags of a word, given in any case.
    pub fn flags(&self, word: &str) -> Flags {
        let mut buf = [0u8; 32];
        match lower_ascii(word, &mut buf) {
            Some(w) => self.flags.get(w).copied().unwrap_or_default(),
            None => Flags::default(),
        }
    }

    /// The cues starting with `first` (lowercase).
    pub fn cues(&self, first: &str) -> &[Cue] {
        self.cues.get(first).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn title(&self, word: &str) -> Option<&Title> {
        let mut buf = [0u8; 32];
        lower_ascii(word, &mut buf).and_then(|w| self.titles.get(w))
    }

    /// Multi-word roles starting with `first` (lowercase): the words after it.
    pub fn multi_roles(&self, first: &str) -> &[Vec<&'static str>] {
        self.multi_roles
            .get(first)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Roles that also answer a description headed by `head`.
    pub fn synonyms(&self, head: &str) -> &[&'static str] {
        self.synonyms.get(head).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn pronoun(&self, word: &str) -> Option<PronounKind> {
        let mut buf = [0u8; 32];
        lower_ascii(word, &mut buf).and_then(|w| self.pronouns.get(w).copied())
    }
}

/// Splits a synonym list into roles, keeping known two-word roles together.
fn join_multi(list: &'static str) -> Vec<&'static str> {
    let words: Vec<&'static str> = list.split_whitespace().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if i + 1 < words.len() && TWO_WORD_HEADS.contains(&words[i]) {
            // Both words are slices of one line; take the span between them.
            let start = words[i].as_ptr() as usize - list.as_ptr() as usize;
            let end = words[i + 1].as_ptr() as usize - list.as_ptr() as usize + words[i + 1].len();
            out.push(&list[start..end]);
            i += 2;
        } else {
            out.push(words[i]);
            i += 1;
        }
    }
    out
}

/// First words of the two-word roles that synonym lists may name.
const TWO_WORD_HEADS: &[&str] = &["prime", "vice", "chief", "home", "foreign"];

/// Lowercases an ASCII word into `buf`; `None` for non-ASCII or over-long words, which
/// no word list holds.
pub fn lower_ascii<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_get_their_flags() {
        let lex = &*LEXICON;
        assert!(lex.flags("Said").has(Flags::CUE));
        assert!(lex.flags("MP").has(Flags::ROLE));
        assert!(lex.flags("Mrs").has(Flags::TITLE));
        assert!(lex.flags("Police").has(Flags::ORG));
        assert!(lex.flags("the").has(Flags::FUNCTION));
        assert!(!lex.flags("Cleverly").has(Flags::ROLE));
        assert_eq!(
            lex.title("mrs").and_then(|t| t.gender),
            Some(Gender::Female)
        );
        assert_eq!(lex.pronoun("She"), Some(PronounKind::Female));
        assert!(lex.synonyms("leader").contains(&"prime minister"));
        assert!(lex.cues("according").iter().any(|c| c.kind.inverted));
        assert!(lex.cues("adding").iter().any(|c| c.kind.participle));
    }
}
