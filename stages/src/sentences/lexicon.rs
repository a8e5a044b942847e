//! The word lists the splitter consults, loaded once from `stages/data/sentences/`
//! (see its README for what each list means and how case is matched).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// How an abbreviation behaves when its dot is followed by more text on the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Stands before a name or item (`Mr`, `Gen`, `vs`): never ends a sentence mid-line.
    BeforeName,
    /// Stands before a number (`No`, `p`): no end before a digit.
    BeforeNumber,
    /// A time of day (`a.m`): see `boundary` for when it ends a sentence.
    Time,
    /// Anything else (`Inc`, `etc`, `Calif`): ends a sentence before a capital.
    General,
}

/// Classes of an abbreviation written with an upper-case and a lower-case first letter.
#[derive(Debug, Clone, Copy, Default)]
struct ByCase {
    upper: Option<AbbrevClass>,
    lower: Option<AbbrevClass>,
}

/// The splitter's word lists. Keys are stored lower-cased (ASCII); lookups lower-case
/// into a small stack buffer so that no lookup allocates.
#[derive(Debug, Clone)]
pub struct Lexicon {
    abbreviations: HashMap<String, ByCase>,
    starters: HashSet<String>,
    speech_verbs: HashSet<String>,
    after_time: HashSet<String>,
    fronting: HashSet<String>,
    agencies: HashSet<String>,
}

/// Longest word the lists hold; longer words are in none of them.
const MAX_KEY: usize = 32;

static DEFAULT: LazyLock<Lexicon> = LazyLock::new(Lexicon::builtin);

fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

fn lower_set(data: &'static str) -> HashSet<String> {
    entries(data).map(|e| e.to_ascii_lowercase()).collect()
}

impl Lexicon {
    /// The built-in lists, parsed once.
    pub fn default_ref() -> &'static Lexicon {
        &DEFAULT
    }

    fn builtin() -> Lexicon {
        let mut lex = Lexicon {
            abbreviations: HashMap::default(),
            starters: lower_set(include_str!("../../data/sentences/sentence_starters.txt")),
            speech_verbs: lower_set(include_str!("../../data/sentences/speech_verbs.txt")),
            after_time: lower_set(include_str!("../../data/sentences/words_after_time.txt")),
            fronting: lower_set(include_str!(
                "../../data/sentences/fronting_prepositions.txt"
            )),
            agencies: lower_set(include_str!("../../data/sentences/news_agencies.txt")),
        };
        // The first list to name an abbreviation decides its class.
        let lists = [
            (
                include_str!("../../data/sentences/abbreviations_before_name.txt"),
                AbbrevClass::BeforeName,
            ),
            (
                include_str!("../../data/sentences/abbreviations_before_number.txt"),
                AbbrevClass::BeforeNumber,
            ),
            (
                include_str!("../../data/sentences/abbreviations_of_time.txt"),
                AbbrevClass::Time,
            ),
            (
                include_str!("../../data/sentences/abbreviations.txt"),
                AbbrevClass::General,
            ),
        ];
        for (data, class) in lists {
            for entry in entries(data) {
                lex.add_abbreviation(entry, class);
            }
        }
        lex
    }

    /// The built-in lists plus extra abbreviations from the stage's parameters.
    pub fn with_extra(general: &[String], before_name: &[String]) -> Lexicon {
        let mut lex = DEFAULT.clone();
        for (words, class) in [
            (before_name, AbbrevClass::BeforeName),
            (general, AbbrevClass::General),
        ] {
            for w in words {
                let w = w.trim().trim_end_matches('.');
                // A user's entry is meant for both spellings and overrides the lists.
                lex.set_abbreviation(w, class, true);
                lex.set_abbreviation(w, class, false);
            }
        }
        lex
    }

    fn add_abbreviation(&mut self, entry: &str, class: AbbrevClass) {
        let upper = entry.chars().next().is_some_and(char::is_uppercase);
        let slot = self
            .abbreviations
            .entry(entry.to_ascii_lowercase())
            .or_default();
        let side = if upper {
            &mut slot.upper
        } else {
            &mut slot.lower
        };
        if side.is_none() {
            *side = Some(class);
        }
    }

    fn set_abbreviation(&mut self, entry: &str, class: AbbrevClass, upper: bool) {
        if entry.is_empty() {
            return;
        }
        let slot = self
            .abbreviations
            .entry(entry.to_ascii_lowercase())
            .or_default();
        if upper {
            slot.upper = Some(class);
        } else {
            slot.lower = Some(class);
        }
    }

    /// The class of `word` (written without its final dot) if it is an abbreviation.
    /// With `any_case` (lowercased text) the case of the first letter is not compared.
    pub fn abbreviation(&self, word: &str, any_case: bool) -> Option<AbbrevClass> {
        let by_case = with_lower(word, |k| self.abbreviations.get(k).copied())??;
        if any_case {
            return by_case.upper.or(by_case.lower);
        }
        if word.chars().next().is_some_and(char::is_uppercase) {
            by_case.upper
        } else {
            by_case.lower
        }
    }

    pub fn is_starter(&self, word: &str) -> bool {
        contains(&self.starters, word)
    }

    pub fn is_speech_verb(&self, word: &str) -> bool {
        contains(&self.speech_verbs, word)
    }

    pub fn continues_time(&self, word: &str) -> bool {
        contains(&self.after_time, word)
    }

    pub fn is_fronting_preposition(&self, word: &str) -> bool {
        contains(&self.fronting, word)
    }

    /// Whether `name` (words separated by single spaces) is a news agency.
    pub fn is_agency(&self, name: &str) -> bool {
        contains(&self.agencies, name)
    }
}

fn contains(set: &HashSet<String>, word: &str) -> bool {
    with_lower(word, |k| set.contains(k)).unwrap_or(false)
}

/// Calls `f` with the ASCII-lower-cased `word`, or returns `None` when the word is
/// longer than any key.
fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> T) -> Option<T> {
    let bytes = word.as_bytes();
    if bytes.len() > MAX_KEY {
        return None;
    }
    let mut buf = [0u8; MAX_KEY];
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    // ASCII lower-casing keeps UTF-8 valid; the check is only for the type system.
    std::str::from_utf8(&buf[..bytes.len()]).ok().map(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_letter_case_selects_the_entry() {
        let lex = Lexicon::default_ref();
        assert_eq!(
            lex.abbreviation("p", false),
            Some(AbbrevClass::BeforeNumber)
        );
        assert_eq!(lex.abbreviation("P", false), None);
        assert_eq!(lex.abbreviation("Mass", false), Some(AbbrevClass::General));
        assert_eq!(lex.abbreviation("mass", false), None);
        assert_eq!(lex.abbreviation("mass", true), Some(AbbrevClass::General));
        assert_eq!(lex.abbreviation("MR", false), Some(AbbrevClass::BeforeName));
    }

    #[test]
    fn the_first_list_naming_an_abbreviation_wins() {
        let lex = Lexicon::default_ref();
        assert_eq!(
            lex.abbreviation("Sec", false),
            Some(AbbrevClass::BeforeName)
        );
        assert_eq!(lex.abbreviation("a.m", false), Some(AbbrevClass::Time));
    }

    #[test]
    fn extra_abbreviations_match_either_case() {
        let lex = Lexicon::with_extra(&["Approx.".into()], &["Insp".into(), "".into()]);
        assert_eq!(
            lex.abbreviation("approx", false),
            Some(AbbrevClass::General)
        );
        assert_eq!(
            lex.abbreviation("Approx", false),
            Some(AbbrevClass::General)
        );
        assert_eq!(
            lex.abbreviation("insp", false),
            Some(AbbrevClass::BeforeName)
        );
    }

    #[test]
    fn long_words_are_in_no_list() {
        let lex = Lexicon::default_ref();
        assert!(!lex.is_starter(&"a".repeat(100)));
        assert!(lex.is_starter("however"));
        assert!(lex.is_agency("associated press"));
    }
}
