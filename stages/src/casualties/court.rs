//! A killing of a named person behind a court story: `convicted in 2004 of killing NAME`,
//! `the hearing for the october 2011 killing of NAME`, `... was found guilty. farrow killed
//! NAME, 17, in march 2013`. The date would make it another event (`context::other_event`);
//! beside a word of a legal proceeding (`court_words.txt`) in the sentence, or in an earlier
//! sentence of the article, it is the killing the story is about.

use super::groups::{Ctx, Item};
use super::lexicon::class;

/// Words that tell of an earlier event of a series, or of time long past: the date is
/// history there whatever the court words say (`a separate 2009 killing`, `years ago`).
pub(super) fn earlier_word(w: &str) -> bool {
    matches!(
        w,
        "another" | "other" | "previous" | "earlier" | "separate" | "ago" | "war"
    )
}

/// Whether token `k` holds a word of a legal proceeding.
pub(super) fn court_word(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.toks
        .get(k)
        .is_some_and(|t| t.is_word() && t.has(class::COURT))
}

/// The token of the killing word a named item is the object of (`killing NAME`, `killed
/// NAME, 17`, `the 2011 killing of 9-year-old NAME`), within four tokens before it, and
/// whether it is a verb.
fn killing_of(ctx: &Ctx<'_>, it: &Item) -> Option<(usize, bool)> {
    let toks = ctx.toks;
    let from = it.start.saturating_sub(4);
    let mut k = it.start;
    while k > from {
        k -= 1;
        let t = &toks[k];
        if !t.is_word() {
            return None;
        }
        if t.has(class::KILL_VERB) && k + 1 == it.start {
            return Some((k, true));
        }
        if t.low == "of"
            && k > 0
            && (ctx.lex.death_nouns.contains(toks[k - 1].low)
                || matches!(
                    toks[k - 1].low,
                    "deaths" | "killings" | "shooting" | "beheading"
                ))
        {
            return Some((k - 1, false));
        }
        if t.has(class::FUNCTION) && t.low != "of" {
            return None;
        }
    }
    None
}

/// Whether a sentence that `other_event` took for another event tells the killing of a
/// named person a court story is about: the named object of a killing, a word of a legal
/// proceeding before the killing in the sentence, or in an earlier sentence
/// (`court_before`) when a killing verb tells it (`farrow killed NAME, 17, in march 2013`;
/// not `the death of his father NAME in 2011`, a death that need be no killing), and no
/// word of an earlier event of a series.
pub fn behind(ctx: &Ctx<'_>, items: &[Item], court_before: bool) -> bool {
    let toks = ctx.toks;
    if toks.iter().any(|t| earlier_word(t.low)) {
        return false;
    }
    items.iter().filter(|it| it.name.is_some()).any(|it| {
        killing_of(ctx, it)
            .is_some_and(|(at, verb)| (court_before && verb) || (0..at).any(|k| court_word(ctx, k)))
    })
}

/// Whether the sentence holds a word of a legal proceeding.
pub fn told(ctx: &Ctx<'_>) -> bool {
    (0..ctx.toks.len()).any(|k| court_word(ctx, k))
}
