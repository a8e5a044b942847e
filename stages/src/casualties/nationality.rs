//! Nationality words (adjectives, person nouns, country names), looked up on tokens.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use super::lexicon::class;
use super::tokens::Tok;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NatKind {
    Adjective,
    PersonSg,
    PersonPl,
    Country,
}

#[derive(Debug, Clone, Copy)]
pub struct NatHit {
    pub code: [u8; 2],
    pub kind: NatKind,
    /// Tokens the form covers.
    pub len: usize,
}

impl NatHit {
    pub fn code(&self) -> String {
        String::from_utf8_lossy(&self.code).into_owned()
    }
    pub fn is_person(&self) -> bool {
        matches!(self.kind, NatKind::PersonSg | NatKind::PersonPl)
    }
}

struct Table {
    /// Lower-cased form, as its words joined by one space → (code, kind), best first.
    forms: HashMap<String, Vec<([u8; 2], NatKind)>>,
    /// First words of all forms, to turn most tokens away with one lookup.
    firsts: HashSet<String>,
    /// The word sequences that a longer form starts with (`south` for `south korean`),
    /// so that the search stops, without building longer keys, where no form goes on.
    continued: HashSet<String>,
    max_words: usize,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut forms: HashMap<String, Vec<([u8; 2], NatKind)>> = HashMap::default();
    let mut max_words = 1;
    let sources = [
        include_str!("../../data/casualties/nationalities.tsv"),
        include_str!("../../data/casualties/nationality_extra.tsv"),
    ];
    for src in sources {
        for line in src.lines() {
            if line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 3 || f[1].len() != 2 {
                continue;
            }
            let kind = match f[2].trim() {
                "adjective" => NatKind::Adjective,
                "person_sg" => NatKind::PersonSg,
                "person_pl" => NatKind::PersonPl,
                _ => NatKind::Country,
            };
            let b = f[1].as_bytes();
            let code = [b[0], b[1]];
            // forms are matched on tokens, so "U.S." must stay one token, "South Koreans" two
            let key = super::tokens::tokenize(f[0])
                .lows()
                .collect::<Vec<_>>()
                .join(" ");
            max_words = max_words.max(key.split(' ').count());
            let e = forms.entry(key).or_default();
            if !e.contains(&(code, kind)) {
                e.push((code, kind));
            }
        }
    }
    let firsts = forms
        .keys()
        .map(|k| k.split(' ').next().unwrap_or("").to_string())
        .collect();
    let mut continued = HashSet::default();
    for k in forms.keys() {
        let mut end = 0;
        while let Some(sp) = k[end..].find(' ') {
            end += sp;
            continued.insert(k[..end].to_string());
            end += 1;
        }
    }
    Table {
        forms,
        firsts,
        continued,
        max_words,
    }
});

/// The first words of all forms, each with whether it is a form by itself whose
/// entries all give one country code (so that `at` finds it on a lone token).
pub fn first_words() -> impl Iterator<Item = (&'static str, bool)> {
    let t: &'static Table = &TABLE;
    t.firsts.iter().map(move |w| {
        let alone = t
            .forms
            .get(w.as_str())
            .and_then(|v| v.first().map(|(code, _)| v.iter().all(|(c, _)| c == code)))
            .unwrap_or(false);
        (w.as_str(), alone)
    })
}

/// The nationality form starting at token `i`, longest first. Person nouns are preferred
/// over adjectives when a form is both (`Irish` stays an adjective unless nothing follows).
pub fn at(toks: &[Tok], i: usize) -> Option<NatHit> {
    let t = &*TABLE;
    let tok = toks.get(i)?;
    if !tok.is_word() || tok.class & class::NAT_FIRST == 0 {
        return None;
    }
    // "us" in lower case is nearly always the pronoun; callers allow it inside a counted group
    let mut joined = String::new();
    let mut best = None;
    for n in 0..t.max_words.min(toks.len() - i) {
        let w = &toks[i + n];
        if !w.is_word() {
            break;
        }
        // the one-word key is the token itself: no need to copy it
        let key: &str = if n == 0 {
            w.low
        } else {
            if n == 1 {
                joined.push_str(tok.low);
            }
            joined.push(' ');
            joined.push_str(w.low);
            &joined
        };
        let go_on = t.continued.contains(key);
        if let Some(v) = t.forms.get(key) {
            let kind_pref = |k: NatKind| match k {
                NatKind::PersonPl => 0,
                NatKind::PersonSg => 1,
                NatKind::Adjective => 2,
                NatKind::Country => 3,
            };
            if let Some(&(code, kind)) = v.iter().min_by_key(|(_, k)| kind_pref(*k)) {
                // one code only, or the form is ambiguous
                let codes_agree = v.iter().all(|(c, _)| *c == code);
                if codes_agree {
                    best = Some(NatHit {
                        code,
                        kind,
                        len: n + 1,
                    });
                }
            }
        }
        if !go_on {
            break;
        }
    }
    let hit = best?;
    if hit.len == 1 && tok.low == "us" && toks[i].start + 2 == toks[i].end && !tok.cap {
        // lower-case "us": only a country inside a group, which the caller decides
        return Some(NatHit {
            kind: NatKind::Adjective,
            ..hit
        });
    }
    Some(hit)
}

/// Whether the lower-case word `w` is a country's name by itself (`japan`, `syria`).
pub fn is_country_word(w: &str) -> bool {
    TABLE
        .forms
        .get(w)
        .is_some_and(|v| v.iter().any(|(_, k)| *k == NatKind::Country))
}

/// Whether `form` (one token) is a language or subject adjective as well as a nationality.
pub fn is_language(low: &str) -> bool {
    matches!(
        low,
        "spanish"
            | "french"
            | "german"
            | "chinese"
            | "english"
            | "italian"
            | "russian"
            | "arabic"
            | "japanese"
            | "portuguese"
            | "dutch"
            | "greek"
            | "korean"
            | "polish"
            | "turkish"
            | "swedish"
            | "hebrew"
            | "persian"
            | "latin"
            | "irish"
            | "welsh"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::casualties::tokens::tokenize;

    fn code(s: &str) -> Option<(String, NatKind, usize)> {
        let t = tokenize(s);
        at(&t.toks(&crate::casualties::lexicon::LEX), 0).map(|h| (h.code(), h.kind, h.len))
    }

    #[test]
    fn forms_from_data() {
        assert_eq!(code("Poles were").map(|c| c.0), Some("PL".into()));
        assert_eq!(code("Brits").map(|c| c.1), Some(NatKind::PersonPl));
        assert_eq!(
            code("South Koreans").map(|c| (c.0, c.2)),
            Some(("KR".into(), 2))
        );
        assert_eq!(code("U.S. soldiers").map(|c| c.0), Some("US".into()));
        assert_eq!(code("Holland").map(|c| c.0), Some("NL".into()));
        assert_eq!(code("Filipinos").map(|c| c.0), Some("PH".into()));
        assert_eq!(code("palestinians").map(|c| c.0), Some("PS".into()));
        assert_eq!(code("Congolese"), None);
        assert_eq!(code("teacher"), None);
    }
}
