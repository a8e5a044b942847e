//! A quotation standing alone as its sentence, whose speaker the next sentence names by
//! pointing back at it: `“Q.” That was how Ana Roe described the night`, `“Q.” That was
//! the view of Ana Roe, who …`, `“Q.” The warning came on Monday from Ana Roe`. The
//! nouns that say what the quotation was (`view`, `warning`) are `verdict_nouns.txt`.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::frame::{Frame, Kind};
use super::lexicon::Flags;
use super::phrases::{classify, np_forward, Mention};
use crate::data;

static NOUNS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    data::lowercase(include_str!("../../data/quotes/verdict_nouns.txt")).collect()
});

/// How far after `the` of `That was the view of` the `of` may stand (`the considered
/// view of`).
const OF_WITHIN: usize = 4;

/// How far after `came` the `from` may stand (`came on Monday evening from`).
const FROM_WITHIN: usize = 8;

/// The name phrase (token range) of the person the sentence after quotation token `t`
/// names as its speaker, when the quotation is all of its sentence.
pub fn speaker_after(f: &Frame<'_>, t: usize) -> Option<(usize, usize)> {
    let (_, s1) = f.sentence_range(f.tokens[t].sentence());
    // (a full stop after the closing mark still leaves the quotation alone)
    if !(t + 1..s1).all(|k| f.tokens[k].is_punct('.') || f.tokens[k].kind == Kind::Break) {
        return None;
    }
    let n0 = (s1..f.tokens.len()).find(|&k| f.tokens[k].kind != Kind::Break)?;
    let (_, n1) = f.sentence_range(f.tokens[n0].sentence());
    // (`was`: `this is how X ...` opens what follows, a post or a picture)
    if f.word_in(n0, &["that", "this"]) && f.word_in(n0 + 1, &["was"]) {
        // "That was how Ana Roe described …"
        if f.word_in(n0 + 2, &["how"]) {
            return person(f, n0 + 3, n1);
        }
        // "That was the view of Ana Roe"
        if f.word_in(n0 + 2, &["the"]) {
            let of = (n0 + 3..(n0 + 3 + OF_WITHIN).min(n1)).find(|&k| f.word_in(k, &["of"]))?;
            let noun = (n0 + 3..of).any(|k| verdict_noun(f, k));
            return if noun { person(f, of + 1, n1) } else { None };
        }
        return None;
    }
    // "The warning came on Monday from Ana Roe"
    if f.word_in(n0, &["the"]) && verdict_noun(f, n0 + 1) && f.word_in(n0 + 2, &["came"]) {
        let from = (n0 + 3..(n0 + 3 + FROM_WITHIN).min(n1))
            .take_while(|&k| f.tokens[k].kind == Kind::Word)
            .find(|&k| f.word_in(k, &["from"]))?;
        return person(f, from + 1, n1);
    }
    None
}

/// Whether token `k` is a word of [`NOUNS`].
fn verdict_noun(f: &Frame<'_>, k: usize) -> bool {
    f.tokens.get(k).is_some_and(|t| t.kind == Kind::Word)
        && super::lexicon::with_lowercase(f.word(k), |w| NOUNS.contains(w))
}

/// The phrase from token `first` when it names someone (not a description: `That was how
/// the council saw it` names no one here; coreference is left to tags).
fn person(f: &Frame<'_>, first: usize, ceil: usize) -> Option<(usize, usize)> {
    let np = np_forward(f, first, ceil)?;
    // (a person's name: `badly united` is no one)
    let named = matches!(
        classify(f, np.0, np.1),
        Some(Mention::Name { org: false, .. })
    );
    (named && !f.tokens[np.0].has(Flags::ADVERB)).then_some(np)
}
