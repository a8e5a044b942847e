//! A nickname in quotation marks inside a person's name: `Delroy “Tugboat” Ashcombe`,
//! `emeka " the engine " obi`. The marks cut the name in two; the given name before them
//! belongs to the surname after them, so that a later `Ashcombe said` is printed with the
//! full name. The nickname itself is no part of the name.

use super::frame::{Frame, Kind};
use super::lexicon::{Flags, LEXICON};
use super::people::NameMention;

/// The most words a nickname between marks holds (`the Engine`, `The Big Cat`).
const MAX_WORDS: usize = 3;

/// Joins the given name before a nickname to the mention of the name right after it, and
/// drops a mention that ended at that given name (`Boxer Delroy`).
pub fn join<'a>(f: &Frame<'a>, out: &mut Vec<NameMention<'a>>) {
    // (cheap test first: most articles hold no quotation right before a name)
    let joins: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .filter_map(|(m, mention)| given_before(f, mention.at, out).map(|g| (m, g)))
        .collect();
    if joins.is_empty() {
        return;
    }
    let mut dropped = Vec::new();
    for &(m, g) in &joins {
        let given = f.word(g);
        let mention = &mut out[m];
        mention.name.words.insert(0, given);
        mention.at = g;
        if mention.name.gender.is_none() && !mention.name.org {
            mention.name.gender = crate::lexicon::given_name(given).flatten();
        }
        dropped.extend(
            out.iter()
                .enumerate()
                .filter(|(k, other)| *k != m && ends_at(f, other, g))
                .map(|(k, _)| k),
        );
    }
    if dropped.is_empty() {
        return;
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !dropped.contains(&(k - 1))
    });
}

/// The token of the given name before a nickname that ends right before token `at`, when
/// token `at - 1` is a quotation of one to three plain words and token `at - 2` reads as a
/// given name: a known one, or in cased text a capitalised word that is no function word
/// and no owner; and no body's name follows.
fn given_before(f: &Frame<'_>, at: usize, out: &[NameMention<'_>]) -> Option<usize> {
    let q = at.checked_sub(1)?;
    let g = at.checked_sub(2)?;
    if !matches!(f.tokens[q].kind, Kind::Quote(_)) || f.tokens[g].kind != Kind::Word {
        return None;
    }
    if !plain_nickname(f, q) {
        return None;
    }
    // (a person's name after it, not a body's: `kim 'short and fat' north korea's media`)
    if out.iter().any(|m| m.at == at && m.name.org) {
        return None;
    }
    let word = f.word(g);
    // (not an owner: `Holt’s “Winter Light” Producer`)
    let owner = word.ends_with("'s") || word.ends_with("’s");
    let cased = !f.lowercase && f.tokens[g].capital && !f.tokens[g].has(Flags::FUNCTION);
    let known = crate::lexicon::given_name(word).is_some();
    (!owner && (known || cased)).then_some(g)
}

/// Whether quotation token `q` holds one to three words of letters only (a hyphen or an
/// apostrophe inside a word allowed), capitalised in cased text but for `the`, with no
/// function word or past form (a clause, not a nickname).
fn plain_nickname(f: &Frame<'_>, q: usize) -> bool {
    let t = &f.tokens[q];
    let Some(inner) = f.text.get(t.start()..t.end()) else {
        return false;
    };
    let inner = inner.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’')
    });
    let words: Vec<&str> = inner.split_whitespace().collect();
    // (no clause: `moldovan " wrongfully attacked " polito`, `" short and fat "`)
    let clause = |w: &&str| {
        !w.eq_ignore_ascii_case("the")
            && (LEXICON.flags(w).has(Flags::FUNCTION)
                || w.len() > 4 && w.ends_with("ed")
                || crate::lexicon::irregular_past(w))
    };
    (1..=MAX_WORDS).contains(&words.len())
        && !words.iter().any(clause)
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
                && w.chars().next().is_some_and(char::is_alphabetic)
        })
        && (f.lowercase
            || words
                .iter()
                .all(|w| w.eq_ignore_ascii_case("the") || w.starts_with(char::is_uppercase)))
}

/// Whether mention `m`'s last word is token `k`.
fn ends_at(f: &Frame<'_>, m: &NameMention<'_>, k: usize) -> bool {
    m.name
        .words
        .last()
        .is_some_and(|w| w.as_ptr() as usize == f.text.as_ptr() as usize + f.tokens[k].start())
}
