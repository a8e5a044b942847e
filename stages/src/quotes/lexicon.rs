//! The word lists of `stages/data/quotes/`, parsed once. Every single word maps to one
//! set of [`Flags`] so that classifying a token costs one hash lookup.

use std::sync::LazyLock;

use crate::data::lines;
pub use crate::lexicon::Gender;
use crate::lexicon::{role_lines, titles, RoleLine};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub use crate::packed::{pack_exact, pack_lowercase, pack_lowercase_bytes};

const CUES: &str = include_str!("../../data/quotes/cues.txt");
const GROUPS: &str = include_str!("../../data/quotes/groups.txt");
const SPOKES: &str = include_str!("../../data/quotes/spokes.txt");
const ORGS: &str = include_str!("../../data/quotes/organisations.txt");
const PRONOUNS: &str = include_str!("../../data/quotes/pronouns.txt");
const FUNCTION: &str = include_str!("../../data/quotes/function_words.txt");
const ADVERBS: &str = include_str!("../../data/quotes/adverbs.txt");
const MONTHS: &str = include_str!("../../data/quotes/months.txt");
const NAMING: &str = include_str!("../../data/quotes/naming.txt");
const CAPTION_MARKERS: &str = include_str!("../../data/quotes/caption_markers.txt");
/// Name particles written in lower case inside a name.
const PARTICLES: &str = include_str!("../../data/people/particles.txt");

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
    /// `a`, `an`, `the`, `another` ([`DETERMINERS`]).
    pub const DETERMINER: u16 = 1 << 11;
    /// `his`, `their` ([`POSSESSIVES`]).
    pub const POSSESSIVE: u16 = 1 << 12;
    /// `de`, `van` ([`PARTICLES`]).
    pub const PARTICLE: u16 = 1 << 13;
    /// A given name of the people lexicon (`ana`, `paul`).
    pub const GIVEN: u16 = 1 << 14;
    /// A caption or credit marker (`caption`, `copyright`, `playback`): page furniture
    /// that is no part of a name and that a speaker's phrase never reaches back over.
    pub const FURNITURE: u16 = 1 << 15;
    /// The bits that tell what a word is as written, not its stem: a possessive form
    /// (`the's`) is none of these.
    pub const AS_WRITTEN: u16 = Self::DETERMINER | Self::POSSESSIVE | Self::PARTICLE;

    pub fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }
}

const DETERMINERS: &[&str] = &["a", "an", "the", "another"];
const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "my", "our"];

/// Auxiliaries before a verb (`has`, `was`, `did`), from `auxiliaries.txt`.
pub static AUXILIARIES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lines(include_str!("../../data/quotes/auxiliaries.txt")).collect());

/// How a cue verb relates to its speaker.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CueKind {
    pub participle: bool,
    pub naming: bool,
    pub inverted: bool,
    pub passive: bool,
    /// Before `to` the verb says how something goes on, not that anyone speaks
    /// (`continued to receive`).
    pub aspect: bool,
    /// The bare form (`say`, `text`): the list also holds its `-s` form. After a
    /// quotation it takes a plural subject (`Q, say officials`), never one person.
    pub bare: bool,
    /// Its object is the one spoken to (`told the group`), not a reported clause.
    pub hearer: bool,
    /// The form is also a plural noun (`claims`, `comments`): after an owner it is one.
    pub noun: bool,
    /// An outlet passing on someone else's words (`the paper reports`): set off as an
    /// aside it names where they were read, not who spoke.
    pub relay: bool,
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
    flags: WordMap<Flags>,
    /// The short entries of `flags` again, in a table built for the lookup of every token.
    packed_flags: PackedFlags,
    cues: HashMap<&'static str, Vec<Cue>>,
    titles: WordMap<Title>,
    /// Multi-word roles by first word: the words after it.
    multi_roles: HashMap<&'static str, Vec<Vec<&'static str>>>,
    /// Words that start a multi-word role and are no role on their own (`foreign`).
    role_prefixes: HashSet<&'static str>,
    synonyms: HashMap<&'static str, Vec<&'static str>>,
    pronouns: WordMap<PronounKind>,
    /// Base forms whose plural ([`plural_of`]) the cue list tags as also a plural noun
    /// (`tweet` of `tweets`, `reply` of `replies`).
    noun_singulars: HashSet<String>,
}

/// The plural the lexicon reads a base form's noun by: `-y` becomes `-ies`, any other
/// form takes `-s` (`reply`, `replies`; `tweet`, `tweets`).
fn plural_of(word: &str) -> String {
    match word.strip_suffix('y').filter(|s| !s.is_empty()) {
        Some(stem) => format!("{stem}ies"),
        None => format!("{word}s"),
    }
}

/// A word list looked up by words in any case. Listed words short enough are keyed
/// by their packed form ([`pack_lowercase`]): classifying a token then hashes one
/// number and compares no string.
struct WordMap<V> {
    short: HashMap<u128, V>,
    /// The other entries: long ones, and any that a lowercase word cannot equal.
    long: HashMap<&'static str, V>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            short: HashMap::default(),
            long: HashMap::default(),
        }
    }
}

impl<V: Default> WordMap<V> {
    fn entry(&mut self, word: &'static str) -> &mut V {
        match short_key(word) {
            Some(k) => self.short.entry(k).or_default(),
            None => self.long.entry(word).or_default(),
        }
    }
}

/// The packed key of a listed word. Only an entry already in lowercase can be met by
/// a lowercased word, so the others stay with the long entries.
fn short_key(word: &str) -> Option<u128> {
    pack_lowercase(word).filter(|_| !word.bytes().any(|b| b.is_ascii_uppercase()))
}

impl<V> WordMap<V> {
    fn insert(&mut self, word: &'static str, value: V) {
        match short_key(word) {
            Some(k) => self.short.insert(k, value),
            None => self.long.insert(word, value),
        };
    }

    /// The entry of `word` lowercased (`José` finds the listed `josé`).
    fn get(&self, word: &str) -> Option<&V> {
        if let Some(k) = pack_lowercase(word) {
            return self.short.get(&k);
        }
        let mut buf = [0u8; 32];
        crate::lexicon::lowercase_into(word, &mut buf).and_then(|w| self.long.get(w))
    }
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

impl Lexicon {
    /// Marks each one-word cue whose `-s` form (`says`, `replies`, `pushes`) is a cue
    /// too as a bare form.
    fn mark_bare_cues(&mut self) {
        let third_person = |w: &str| {
            let mut forms = vec![format!("{w}s"), format!("{w}es")];
            if let Some(stem) = w.strip_suffix('y') {
                forms.push(format!("{stem}ies"));
            }
            forms
        };
        let bare: Vec<&'static str> = self
            .cues
            .keys()
            .copied()
            .filter(|w| {
                third_person(w)
                    .iter()
                    .any(|s| self.cues.contains_key(s.as_str()))
            })
            .collect();
        for w in bare {
            if let Some(cues) = self.cues.get_mut(w) {
                for c in cues.iter_mut().filter(|c| c.rest.is_empty()) {
                    c.kind.bare = true;
                }
            }
        }
    }

    /// Marks the base form of each cue the list tags as also a plural noun (`tweet` of
    /// `tweets`): after an owner the base form can only be that noun (`roe's tweet`).
    fn mark_noun_singulars(&mut self) {
        let plurals: Vec<&'static str> = self
            .cues
            .iter()
            .filter(|(_, cues)| cues.iter().any(|c| c.kind.noun))
            .map(|(w, _)| *w)
            .collect();
        for plural in plurals {
            let bases = [
                plural.strip_suffix("ies").map(|s| format!("{s}y")),
                plural.strip_suffix('s').map(str::to_string),
            ];
            for base in bases.into_iter().flatten() {
                if plural_of(&base) == plural {
                    self.noun_singulars.insert(base);
                }
            }
        }
    }

    fn load() -> Lexicon {
        let mut lex = Lexicon {
            flags: WordMap::default(),
            packed_flags: PackedFlags::default(),
            cues: HashMap::default(),
            titles: WordMap::default(),
            multi_roles: HashMap::default(),
            role_prefixes: HashSet::default(),
            synonyms: HashMap::default(),
            pronouns: WordMap::default(),
            noun_singulars: HashSet::default(),
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
                    "aspect" => kind.aspect = true,
                    "hearer" => kind.hearer = true,
                    "noun" => kind.noun = true,
                    "relay" => kind.relay = true,
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
        lex.mark_bare_cues();
        lex.mark_noun_singulars();
        for t in titles() {
            lex.mark(t.form, Flags::TITLE);
            lex.titles.insert(
                t.form,
                Title {
                    gender: t.gender,
                    roles: t.roles,
                },
            );
        }
        let mut single_roles = Vec::new();
        for line in role_lines() {
            let line = match line {
                RoleLine::Role(line) => line,
                RoleLine::Synonyms(left, right) => {
                    // Multi-word synonyms ("prime minister") are kept whole.
                    lex.synonyms
                        .entry(left)
                        .or_default()
                        .extend(join_multi(right));
                    continue;
                }
            };
            let words: Vec<&'static str> = line.split_whitespace().collect();
            for words in with_office_to_come(words) {
                if let Some((first, rest)) = words.split_first() {
                    lex.mark(first, Flags::ROLE);
                    if rest.is_empty() {
                        single_roles.push(*first);
                    } else {
                        lex.multi_roles
                            .entry(first)
                            .or_default()
                            .push(rest.to_vec());
                    }
                }
            }
        }
        for first in lex.multi_roles.keys() {
            if !single_roles.contains(first) {
                lex.role_prefixes.insert(first);
            }
        }
        for (name, _) in crate::lexicon::given_names() {
            lex.mark(name, Flags::GIVEN);
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
        // Lists of one word a line, each word marked with its list's flag.
        for (list, bit) in [
            (FUNCTION, Flags::FUNCTION),
            (ADVERBS, Flags::ADVERB),
            (MONTHS, Flags::MONTH),
            (NAMING, Flags::NAMING),
            (CAPTION_MARKERS, Flags::FURNITURE),
            (PARTICLES, Flags::PARTICLE),
        ] {
            for w in lines(list) {
                lex.mark(w, bit);
            }
        }
        // Small closed lists, asked of every word of a noun phrase: as flags they cost
        // nothing more once the token is classified.
        for (list, bit) in [
            (DETERMINERS, Flags::DETERMINER),
            (POSSESSIVES, Flags::POSSESSIVE),
        ] {
            for &w in list {
                lex.mark(w, bit);
            }
        }
        lex.packed_flags = PackedFlags::new(&lex.flags.short);
        lex
    }

    fn mark(&mut self, word: &'static str, bit: u16) {
        self.flags.entry(word).0 |= bit;
    }

    /// The flags of a word, given in any case.
    #[inline]
    pub fn flags(&self, word: &str) -> Flags {
        match pack_lowercase(word) {
            Some(k) => self.packed_flags.get(k),
            None => self.long_flags(word),
        }
    }

    /// [`Lexicon::flags`] of a word given by its bytes (a whole word of a text, so UTF-8):
    /// the tokenizer's lookup, with no slicing of the text for it.
    #[inline]
    pub fn flags_of_bytes(&self, word: &[u8]) -> Flags {
        match pack_lowercase_bytes(word) {
            Some(k) => self.packed_flags.get(k),
            None => std::str::from_utf8(word).map_or(Flags::default(), |w| self.long_flags(w)),
        }
    }

    /// [`Lexicon::flags`] of a word that is not packed (long or not ASCII): kept out of
    /// line, so that the lookup of a packed word, made for every token, stays small.
    #[cold]
    #[inline(never)]
    fn long_flags(&self, word: &str) -> Flags {
        self.flags.get(word).copied().unwrap_or_default()
    }

    /// Whether the lower-cased cue form `word` is the base form of a cue the list tags as
    /// also a plural noun (`tweet`, `reply`).
    pub fn singular_of_noun(&self, word: &str) -> bool {
        self.noun_singulars.contains(word)
    }

    /// The cues starting with `first` (lowercase).
    pub fn cues(&self, first: &str) -> &[Cue] {
        self.cues.get(first).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn title(&self, word: &str) -> Option<&Title> {
        self.titles.get(word)
    }

    /// Multi-word roles starting with `first` (lowercase): the words after it.
    pub fn multi_roles(&self, first: &str) -> &[Vec<&'static str>] {
        self.multi_roles
            .get(first)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Whether `first` (lowercase) starts a multi-word role and is none on its own.
    pub fn only_role_prefix(&self, first: &str) -> bool {
        self.role_prefixes.contains(first)
    }

    /// Roles that also answer a description headed by `head`.
    pub fn synonyms(&self, head: &str) -> &[&'static str] {
        self.synonyms.get(head).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn pronoun(&self, word: &str) -> Option<PronounKind> {
        self.pronouns.get(word).copied()
    }
}

/// The flags of the packed words ([`pack_lowercase`]), for the lookup made for every
/// token of every article: an open-addressing table of (key, flags) slots and a bit filter
/// before it. A word is most often in no list; its filter bit, in a few kilobytes that
/// stay in cache, then answers without reading the table. A listed word's key and flags
/// share a slot, so that a hit reads one cache line, not one in each of two arrays.
#[derive(Default)]
struct PackedFlags {
    /// Slot keys and their flags, key `0` for an empty slot (no packed word is `0`: its
    /// length is in it).
    slots: Vec<(u128, Flags)>,
    /// One bit per filter position, set for the listed words.
    filter: Vec<u64>,
    /// log2 of the slot count.
    bits: u32,
}

/// Filter positions: 2^16 bits, 8 KB.
const FILTER_BITS: u32 = 16;

impl PackedFlags {
    fn new(words: &HashMap<u128, Flags>) -> PackedFlags {
        // At most half of the slots full: a probe sequence stays short, and the table
        // (32 bytes a slot) small enough to stay mostly in cache.
        let bits = (words.len().max(1) * 2)
            .next_power_of_two()
            .trailing_zeros();
        let mut table = PackedFlags {
            slots: vec![(0, Flags::default()); 1 << bits],
            filter: vec![0; 1 << (FILTER_BITS - 6)],
            bits,
        };
        // In key order, so that the table is the same at every run.
        let mut entries: Vec<(u128, Flags)> = words.iter().map(|(k, f)| (*k, *f)).collect();
        entries.sort_by_key(|(k, _)| *k);
        for (key, flags) in entries {
            if key == 0 {
                continue;
            }
            let h = mix(key);
            let f = filter_at(h);
            table.filter[f / 64] |= 1 << (f % 64);
            let mask = table.slots.len() - 1;
            let mut slot = table.slot(h);
            while table.slots[slot].0 != 0 {
                slot = (slot + 1) & mask;
            }
            table.slots[slot] = (key, flags);
        }
        table
    }

    fn slot(&self, h: u64) -> usize {
        (h >> (64 - self.bits)) as usize
    }

    fn get(&self, key: u128) -> Flags {
        let h = mix(key);
        let f = filter_at(h);
        if self
            .filter
            .get(f / 64)
            .is_none_or(|w| w & (1 << (f % 64)) == 0)
        {
            return Flags::default();
        }
        let mask = self.slots.len().wrapping_sub(1);
        let mut slot = self.slot(h);
        while let Some(&(k, flags)) = self.slots.get(slot) {
            if k == key {
                return flags;
            }
            if k == 0 {
                break;
            }
            slot = (slot + 1) & mask;
        }
        Flags::default()
    }
}

/// A 64-bit hash of a packed word: both halves folded and multiplied (Fibonacci hashing);
/// the top bits pick the slot, the low ones the filter bit.
fn mix(key: u128) -> u64 {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    folded.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

fn filter_at(h: u64) -> usize {
    ((h >> 20) & ((1 << FILTER_BITS) - 1)) as usize
}

/// A role's words, and the same role not yet taken up: `president-elect`,
/// `prime minister-designate` (the suffix joins the last word, as the tokenizer keeps
/// hyphenated words whole). Built once, when the lexicon is.
fn with_office_to_come(words: Vec<&'static str>) -> Vec<Vec<&'static str>> {
    let mut out = Vec::with_capacity(3);
    if let Some((last, head)) = words.split_last() {
        for suffix in ["-elect", "-designate"] {
            let form: &'static str = Box::leak(format!("{last}{suffix}").into_boxed_str());
            out.push(head.iter().copied().chain([form]).collect());
        }
    }
    out.insert(0, words);
    out
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

/// Calls `use_it` with `word` as `str::to_lowercase` makes it, without allocating for
/// the usual short ASCII word.
pub fn with_lowercase<R>(word: &str, use_it: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    match crate::lexicon::lowercase_into(word, &mut buf) {
        Some(lower) => use_it(lower),
        None => use_it(&word.to_lowercase()),
    }
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
        // derived occupations are roles too; occupations that are surnames are not
        assert!(lex.flags("curator").has(Flags::ROLE));
        assert!(!lex.flags("farmer").has(Flags::ROLE));
        assert!(lex.flags("The").has(Flags::DETERMINER));
        assert!(lex.flags("THEIR").has(Flags::POSSESSIVE));
        assert!(lex.flags("van").has(Flags::PARTICLE));
        assert!(!lex.flags("then").has(Flags::DETERMINER));
        assert_eq!(
            lex.title("mrs").and_then(|t| t.gender),
            Some(Gender::Female)
        );
        assert_eq!(lex.pronoun("She"), Some(PronounKind::Female));
        assert!(lex.synonyms("leader").contains(&"prime minister"));
        assert!(lex.cues("according").iter().any(|c| c.kind.inverted));
        assert!(lex.cues("adding").iter().any(|c| c.kind.participle));
    }

    #[test]
    fn base_forms_of_plural_nouns_are_marked() {
        let lex = &*LEXICON;
        assert!(lex.singular_of_noun("tweet"));
        assert!(lex.singular_of_noun("reply"));
        assert!(lex.singular_of_noun("claim"));
        assert!(!lex.singular_of_noun("say"));
        assert!(!lex.singular_of_noun("tweets"));
        assert_eq!(plural_of("reply"), "replies");
        assert_eq!(plural_of("tweet"), "tweets");
        assert_eq!(plural_of("y"), "ys");
    }

    #[test]
    fn the_packed_table_answers_as_the_word_map() {
        let lex = &*LEXICON;
        for (k, f) in &lex.flags.short {
            assert_eq!(lex.packed_flags.get(*k), *f);
        }
        for w in ["zzyzx", "qwerty", "Said", "the", "a", "", "x1", "unlisted"] {
            assert_eq!(
                lex.flags(w),
                lex.flags.get(w).copied().unwrap_or_default(),
                "{w}"
            );
        }
    }

    #[test]
    fn packed_words_are_lowercased_ascii() {
        let bytes = |w: &str| pack_lowercase(w).map(u128::to_le_bytes);
        let mut said = [0u8; 16];
        said[..4].copy_from_slice(b"said");
        said[15] = 4;
        assert_eq!(bytes("SaId"), Some(said));
        assert_eq!(pack_lowercase("@[`{"), pack_lowercase("@[`{"));
        assert_ne!(pack_lowercase("@[`{"), pack_lowercase("`{`{"));
        assert_eq!(pack_lowercase("AZaz09-'.&"), pack_lowercase("azaz09-'.&"));
        assert_ne!(pack_lowercase("a"), pack_lowercase("a\0"));
        assert_eq!(pack_lowercase("Zürich"), None);
        assert_eq!(pack_lowercase("abcdefghijklmnop"), None);
        for n in 0..=15 {
            let w = &"ABCDEFGHIJKLMNO"[..n];
            let mut expect = [0u8; 16];
            expect[..n].copy_from_slice(&b"abcdefghijklmno"[..n]);
            expect[15] = n as u8;
            assert_eq!(bytes(w), Some(expect), "{w}");
        }
        for b in 0u8..0x80 {
            let w = char::from(b).to_string();
            let expect = char::from(b.to_ascii_lowercase()).to_string();
            assert_eq!(pack_lowercase(&w), pack_lowercase(&expect));
            assert_eq!(bytes(&w).map(|p| p[0]), Some(b.to_ascii_lowercase()));
        }
    }
}
