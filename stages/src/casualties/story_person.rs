//! A dated death of the person an article is about: `NAME, 33, died in august 2017`,
//! `NAME was killed last year`. The date would make the sentence another event
//! (`context::other_event`); when the article names that person (by surname) in at least
//! two other places, the death is the story's own and the named mention stands. Only the
//! named mentions stand: a counted group of the same sentence stays another event's, and a
//! person named once (a relative's earlier death: `her father NAME died in 2009`) is left
//! out, as are sentences with a word of an earlier event of a series (`another`, `ago`)
//! and deaths dated by a bare year (`NAME died in 2003`: an obituary's history) or by a
//! year well before the latest year the article itself names (`NAME was killed on november
//! 22, 1963` in an article that goes on to 1992: history told again, not the story's death).

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

/// How many years before the article's latest year a sentence's year makes its death
/// history: a trial or an anniversary piece a few years on keeps the death as the story's.
const HISTORY_YEARS: u32 = 10;

/// The latest year (1900–2100, four digits standing as a whole word) the article names.
fn latest_year(text: &str) -> Option<u32> {
    let b = text.as_bytes();
    let mut best = None;
    let mut i = 0;
    while i + 4 <= b.len() {
        let Some(win) = b.get(i..i + 4) else { break };
        let before = i.checked_sub(1).and_then(|j| b.get(j));
        let after = b.get(i + 4);
        let edge = |c: Option<&u8>| c.is_none_or(|c| !c.is_ascii_alphanumeric());
        if win.iter().all(u8::is_ascii_digit) && edge(before) && edge(after) {
            let y = win.iter().fold(0u32, |a, d| a * 10 + u32::from(d - b'0'));
            if (1900..=2100).contains(&y) {
                best = best.max(Some(y));
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    best
}

/// Whether the sentence names a year at least [`HISTORY_YEARS`] before the latest year the
/// article names: the death it dates is history the article recalls.
fn old_year(ctx: &Ctx<'_>) -> bool {
    let oldest = ctx
        .toks
        .iter()
        .filter_map(|t| match t.kind {
            super::tokens::Kind::Num { value, whole: true } if super::context::is_year(t) => {
                Some(value)
            }
            _ => None,
        })
        .reduce(f64::min);
    oldest.is_some_and(|y| {
        latest_year(ctx.article).is_some_and(|l| y + f64::from(HISTORY_YEARS) <= f64::from(l))
    })
}

/// Whether the sentence dates something by a full date (`on november 22, 1963`) whose year
/// is at least [`HISTORY_YEARS`] before the latest year the article names: history, also
/// in the article's first sentences, where a full date is otherwise the story's own.
pub(super) fn old_full_date(ctx: &Ctx<'_>) -> bool {
    let toks = ctx.toks;
    let dated = |i: usize| {
        (1..=3).any(|k| {
            i.checked_sub(k)
                .and_then(|j| toks.get(j))
                .is_some_and(|t| t.has(super::lexicon::class::MONTH))
        })
    };
    // (the sentence's dated years first: the article is read only for a sentence holding one)
    let oldest = toks
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t.kind {
            super::tokens::Kind::Num { value, whole: true }
                if super::context::is_year(t) && dated(i) =>
            {
                Some(value)
            }
            _ => None,
        })
        .reduce(f64::min);
    oldest.is_some_and(|y| {
        latest_year(ctx.article).is_some_and(|l| y + f64::from(HISTORY_YEARS) <= f64::from(l))
    })
}

/// Whether a sentence taken for another event names, as an item, a person the article is
/// about, with no word of an earlier event of a series, no bare year and no year well
/// before the article's latest.
pub(super) fn dated_story(ctx: &Ctx<'_>, st: &State, items: &[Item]) -> bool {
    if ctx.toks.iter().any(|t| super::court::earlier_word(t.low)) || bare_year(ctx) || old_year(ctx)
    {
        return false;
    }
    items
        .iter()
        .filter_map(|it| it.name.as_deref())
        .any(|n| about(ctx, st, n))
}

#[cfg(test)]
mod tests {
    use super::{latest_year, stands_times};

    #[test]
    fn the_latest_whole_year_is_read() {
        assert_eq!(
            latest_year("on november 22, 1963. in 1992 and 2001"),
            Some(2001)
        );
        assert_eq!(latest_year("block 19631 and 2101 and route 1963a"), None);
        assert_eq!(latest_year("no years"), None);
    }

    #[test]
    fn whole_words_are_counted_without_case() {
        let text = "Nora Vance, 41, died. Vance's sister said vance was kind. Vancelot";
        assert!(stands_times(text, "vance", 3));
        assert!(!stands_times(text, "vance", 4));
        assert!(!stands_times(text, "nor", 1));
        assert!(!stands_times("ab", "abc", 1));
    }
}
