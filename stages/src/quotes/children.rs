//! A named child called back by a noun for a child: `12-year-old Tobin Vasko … the boy
//! told …`, `Lune Okafor, 14, … the teenager had never raced`. The noun names the child
//! last named with an age it covers (`child_nouns.tsv`) and of a gender it allows; not when
//! two such children were named, nor when someone new was brought in by the same noun
//! since (`a boy of nine was also on the boat`).

use super::coref::{Referent, Resolver};
use super::frame::{Frame, Kind};
use crate::lexicon::{child_noun, Gender};

/// How many tokens back a child named stays the one a noun for a child may name.
const REACH: usize = 400;

/// The children named so far in an article: where, who, at what age.
#[derive(Default)]
pub struct Children {
    seen: Vec<(usize, Referent, u32)>,
}

impl Children {
    /// Records a name at token `at` when an age is given with it: right before it
    /// (`12-year-old NAME`, `17-year-old, NAME`) or as a role (`NAME, 14,`).
    pub fn note(&mut self, f: &Frame<'_>, at: usize, ages: &[&str], r: &Referent) {
        let age = age_before(f, at).or_else(|| ages.iter().find_map(|h| years(h)));
        if let Some(age) = age {
            self.seen.push((at, r.clone(), age));
        }
    }

    /// The child that `the NOUN` at token `at` names, if one alone fits.
    pub fn named_by(
        &self,
        f: &Frame<'_>,
        resolver: &mut Resolver<'_, '_>,
        noun: &str,
        at: usize,
    ) -> Option<Referent> {
        let kind = child_noun(noun)?;
        let mut found: Option<(usize, Referent)> = None;
        for (pos, r, age) in self.seen.iter().rev() {
            if *pos >= at {
                continue;
            }
            if at - pos > REACH {
                break;
            }
            if !(kind.youngest..=kind.oldest).contains(age)
                || !fits(resolver.gender(r), kind.gender)
            {
                continue;
            }
            match &found {
                None => found = Some((*pos, r.clone())),
                // Two children the noun fits: it names neither.
                Some((_, first)) if first != r => return None,
                Some(_) => {}
            }
        }
        let (pos, r) = found?;
        (!indefinite_between(f, pos, at, noun)).then_some(r)
    }
}

fn fits(gender: Option<Gender>, wanted: Option<Gender>) -> bool {
    match (gender, wanted) {
        (Some(g), Some(w)) => g == w,
        _ => true,
    }
}

/// The age of an `N-year-old` word (`12-year-old`), any case.
fn years(word: &str) -> Option<u32> {
    let digits = word.strip_suffix("-year-old")?;
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// An age written right before the name at token `at`, with or without a comma, or
/// opening the mention itself (the mention may start at the age).
fn age_before(f: &Frame<'_>, at: usize) -> Option<u32> {
    let word_at = |i: usize| (f.tokens[i].kind == Kind::Word).then(|| f.word(i));
    if let Some(age) = word_at(at).and_then(years) {
        return Some(age);
    }
    let prev = at.checked_sub(1)?;
    if let Some(age) = word_at(prev).and_then(years) {
        return Some(age);
    }
    if f.tokens[prev].is_punct(',') {
        return word_at(prev.checked_sub(1)?).and_then(years);
    }
    None
}

/// Whether `a NOUN`, `another NOUN`, `one NOUN` or `a second NOUN` stands between the
/// tokens `from` and `to`: someone new the noun names.
fn indefinite_between(f: &Frame<'_>, from: usize, to: usize, noun: &str) -> bool {
    const OPENERS: &[&str] = &["a", "an", "another", "one"];
    (from + 1..to).any(|i| {
        f.tokens[i].kind == Kind::Word
            && f.word(i).eq_ignore_ascii_case(noun)
            && (f.word_in(i - 1, OPENERS) || i >= 2 && f.word_in(i - 2, OPENERS))
    })
}
