//! A dated death of the person an article is about: `NAME, 33, died in august 2017`,
//! `NAME was killed last year`. The date would make the sentence another event
//! (`context::other_event`); when the article names that person (by surname) in at least
//! two other places, the death is the story's own and the named mention stands. Only the
//! named mentions stand: a counted group of the same sentence stays another event's, and a
//! person named once (a relative's earlier death: `her father NAME died in 2009`) is left
//! out, as are sentences with a word of an earlier event of a series (`another`, `ago`)
//! and deaths dated by a bare year (`NAME died in 2003`: an obituary's history).

use super::extract::{surname, State};
use super::groups::{Ctx, Item};

/// How many times the article names a person by surname for the death to be the story's.
const TIMES: usize = 3;

/// Whether `word` (lower case) stands as a whole word at least `n` times in `text`, letters
/// compared without case.
fn stands_times(text: &str, word: &str, n: usize) -> bool {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    if w.is_empty() || w.len() > t.len() {
        return false;
    }
    let edge = |i: Option<usize>| {
        i.and_then(|i| t.get(i))
            .is_none_or(|c| !c.is_ascii_alphanumeric())
    };
    let mut seen = 0;
    for (i, win) in t.windows(w.len()).enumerate() {
        if win.eq_ignore_ascii_case(w) && edge(i.checked_sub(1)) && edge(Some(i + w.len())) {
            seen += 1;
            if seen >= n {
                return true;
            }
        }
    }
    false
}

/// Whether `name` (as the article's fullest form) is a person the article is about: a
/// surname of three letters or more named at least [`TIMES`] times.
pub(super) fn about(ctx: &Ctx<'_>, st: &State, name: &str) -> bool {
    let last = surname(&st.fullest(name));
    last.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && stands_times(ctx.article, &last, TIMES)
}

/// Whether a year stands bare after `in`, `of` or `since` (`died in 2003`): a death dated by
/// its year alone is told as history (an obituary's, a biography's), one dated by its month
/// or day (`in august 2017`, `june 14`) or by `last year` as the story's own.
fn bare_year(ctx: &Ctx<'_>) -> bool {
    let toks = ctx.toks;
    (1..toks.len()).any(|i| {
        super::context::is_year(&toks[i]) && matches!(toks[i - 1].low, "in" | "of" | "since")
    })
}

/// Whether a sentence taken for another event names, as an item, a person the article is
/// about, with no word of an earlier event of a series and no bare year.
pub(super) fn dated_story(ctx: &Ctx<'_>, st: &State, items: &[Item]) -> bool {
    if ctx.toks.iter().any(|t| super::court::earlier_word(t.low)) || bare_year(ctx) {
        return false;
    }
    items
        .iter()
        .filter_map(|it| it.name.as_deref())
        .any(|n| about(ctx, st, n))
}

#[cfg(test)]
mod tests {
    use super::stands_times;

    #[test]
    fn whole_words_are_counted_without_case() {
        let text = "Nora Vance, 41, died. Vance's sister said vance was kind. Vancelot";
        assert!(stands_times(text, "vance", 3));
        assert!(!stands_times(text, "vance", 4));
        assert!(!stands_times(text, "nor", 1));
        assert!(!stands_times("ab", "abc", 1));
    }
}
