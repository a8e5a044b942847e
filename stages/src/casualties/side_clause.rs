//! The casualty constructions' view of the shared clause reader ([`crate::clauses`]): the
//! side clause or aside that stands between a subject and its status verb, stepped over in
//! token positions (`the crash, in which three teenagers died, happened`; `two climbers who
//! set out …, when …, are still missing`; `five people, a referee and four players, were
//! injured`; `corporal NAME, 24, who joined … and had served …, was killed`). The clause's
//! own facts are read by its own status phrases, as before.
//!
//! The reader reads a sentence once, at its first lookup ([`SideClauses`], held by the
//! sentence's [`super::groups::Ctx`]): the subject search asks at every step back.

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
            let mut spans: Vec<Range<usize>> =
                clauses::read(text).list.iter().map(|c| c.outer()).collect();
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

/// The token position where a side clause that ends right before token `p` opens (its
/// opening comma, dash or bracket, or its first word when none), if one does and `subject`
/// holds there (`subject_ends`: the token positions where a subject may end, `subject`'s
/// positions among them): reading back from a status verb at `p` then goes on before the clause. In a
/// run of adjacent clauses (`, 24, who joined …,`; `…, the inventor of …,`), the nearest
/// opening where `subject` holds is taken, so a name in commas before the verb is not lost
/// to a clause before it.
pub(super) fn opens_before(
    side: &SideClauses,
    text: &str,
    toks: &[Tok],
    p: usize,
    subject_ends: impl Iterator<Item = usize>,
    subject: impl Fn(usize) -> bool,
) -> Option<usize> {
    let last = toks.get(p.checked_sub(1)?)?;
    // (the sentence is read only when a clause can stand there: a subject ending where a
    // clause may open, at a comma, bracket or dash or an opener word (`in which`, `two of
    // whom` a word or two on); and a clause can end only at its closing comma, bracket or
    // dash, or, a relative one, at a word before the main clause's verb)
    let opener = |j: usize| toks.get(j).is_some_and(|t| clauses::opens_clause(t.low));
    let may_open = |e: usize| {
        e + 1 < p
            && (matches!(toks[e].kind, Kind::Punct(',' | '(' | '[' | '-'))
                || (e..(e + 3).min(p)).any(opener))
    };
    let mut ends = subject_ends;
    if !ends.any(may_open) {
        return None;
    }
    let closed = matches!(last.kind, Kind::Punct(',' | ')' | ']' | '-'));
    if !closed && !(0..p).any(opener) {
        return None;
    }
    let spans = side.spans(text);
    let mut i = spans.iter().rposition(|r| r.end == last.end)?;
    let mut end = last.end;
    loop {
        let span = &spans[i];
        if span.end < end || span.start >= last.start {
            return None; // not adjacent, or no clause before the verb's last word
        }
        let q = toks.partition_point(|t| t.start < span.start);
        if q < p && toks.get(q).is_some_and(|t| t.start == span.start) && subject(q) {
            return Some(q);
        }
        end = span.start;
        i = i.checked_sub(1)?;
    }
}
