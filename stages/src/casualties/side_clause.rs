//! The casualty constructions' view of the shared clause reader ([`crate::clauses`]): the
//! side clause or aside that stands between a subject and its status verb, stepped over in
//! token positions (`the crash, in which three teenagers died, happened`; `two climbers who
//! set out …, when …, are still missing`; `five people, a referee and four players, were
//! injured`; `corporal NAME, 24, who joined … and had served …, was killed`). The clause's
//! own facts are read by its own status phrases, as before.
//!
//! The reader reads a sentence once, at its first lookup ([`SideClauses`], held by the
//! sentence's [`super::groups::Ctx`]): the subject search asks at every step back.

use super::groups::Item;
use super::tokens::{Kind, Tok};
use crate::clauses;
use std::cell::OnceCell;
use std::ops::Range;

/// The outer spans of one sentence's outermost side clauses (a clause inside another left
/// out), in order, read at the first lookup and kept for the sentence's other lookups; most
/// sentences need none.
#[derive(Debug, Default)]
pub(super) struct SideClauses(OnceCell<Vec<Range<usize>>>);

impl SideClauses {
    fn spans(&self, text: &str) -> &[Range<usize>] {
        self.0.get_or_init(|| {
            if !clauses::worth_reading(text) {
                return Vec::new();
            }
            // (not a bracket: after a group it holds a share, a name in a cast, a
            // translation — `226 men ( 6 percent ) had died` — rather than an aside the
            // subject is read across; paired dashes are kept)
            let mut spans: Vec<Range<usize>> = clauses::read(text)
                .list
                .iter()
                .filter(|c| {
                    !text
                        .get(c.outer())
                        .is_some_and(|o| o.starts_with(['(', '[']))
                })
                .map(|c| c.outer())
                .collect();
            spans.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
            let mut top: Vec<Range<usize>> = Vec::with_capacity(spans.len());
            for r in spans {
                if top.last().is_none_or(|t| r.end > t.end) {
                    top.push(r);
                }
            }
            top
        })
    }
}

/// How far back from the verb a subject is looked for across side clauses, in tokens (a
/// bound, so that a run-on paragraph read as one sentence stays linear).
const REACH: usize = 80;

/// The token position where a side clause that ends right before token `p` opens (its
/// opening comma, dash or bracket, or its first word when none), if one does and an item of
/// `items` (in order of their end) ends there: reading back from a status verb at `p` then
/// goes on before the clause. In a run of adjacent clauses (`, 24, who joined …,`; `…, the
/// inventor of …,`), the nearest opening with an item before it is taken, so a name in
/// commas before the verb is not lost to a clause before it.
pub(super) fn opens_before(
    side: &SideClauses,
    text: &str,
    toks: &[Tok],
    p: usize,
    items: &[Item],
) -> Option<usize> {
    let last = toks.get(p.checked_sub(1)?)?;
    let from = p.saturating_sub(REACH);
    let ends_at = |q: usize| {
        let i = items.partition_point(|it| it.end < q);
        items.get(i).is_some_and(|it| it.end == q)
    };
    // (the sentence is read only when a clause can stand there: an item ending where a
    // clause may open, at a comma, bracket or dash or an opener word (`in which`, `two of
    // whom` a word or two on); and a clause can end only at its closing comma, bracket or
    // dash, or, a relative one, at a word before the main clause's verb)
    let opener = |j: usize| toks.get(j).is_some_and(|t| clauses::opens_clause(t.low));
    let may_open = |e: usize| {
        e + 1 < p
            && (matches!(toks[e].kind, Kind::Punct(',' | '(' | '[' | '-'))
                || (e..(e + 3).min(p)).any(opener))
    };
    let first = items.partition_point(|it| it.end < from);
    if !items[first..]
        .iter()
        .take_while(|it| it.end + 1 < p)
        .any(|it| may_open(it.end))
    {
        return None;
    }
    let closed = matches!(last.kind, Kind::Punct(',' | ')' | ']' | '-'));
    if !closed && !(from..p).any(opener) {
        return None;
    }
    let spans = side.spans(text);
    // (the outermost clauses neither hold one another: their ends are in order too)
    let mut i = spans.partition_point(|r| r.end < last.end);
    if spans.get(i).is_none_or(|r| r.end != last.end) {
        return None;
    }
    let mut end = last.end;
    loop {
        let span = &spans[i];
        if span.end < end || span.start >= last.start {
            return None; // not adjacent, or no clause before the verb's last word
        }
        let q = toks.partition_point(|t| t.start < span.start);
        if q < from {
            return None;
        }
        if q < p && toks.get(q).is_some_and(|t| t.start == span.start) && ends_at(q) {
            return Some(q);
        }
        end = span.start;
        i = i.checked_sub(1)?;
    }
}
