//! The casualty constructions' view of the shared clause reader ([`crate::clauses`]): the
//! side clause or aside that stands between a subject and its status verb, stepped over in
//! token positions (`the crash, in which three teenagers died, happened`; `two climbers who
//! set out …, when …, are still missing`; `five people, a referee and four players, were
//! injured`; `corporal NAME, 24, who joined … and had served …, was killed`). The clause's
//! own facts are read by its own status phrases, as before.

use super::tokens::Tok;
use crate::clauses;

/// The token position where a side clause that ends right before token `p` opens (its
/// opening comma, dash or bracket, or its first word when none), if one does: reading
/// back from a status verb at `p` then goes on before the clause. Steps over the whole run
/// of adjacent clauses (`, 24, who joined …,`).
pub(super) fn opens_before(text: &str, toks: &[Tok], p: usize) -> Option<usize> {
    let last = toks.get(p.checked_sub(1)?)?;
    if !clauses::worth_reading(text) {
        return None;
    }
    let read = clauses::read(text);
    let span = read
        .stepped_over()
        .into_iter()
        .find(|r| r.end == last.end && r.start < last.start)?;
    let q = toks.partition_point(|t| t.start < span.start);
    (q < p && toks.get(q).is_some_and(|t| t.start == span.start)).then_some(q)
}
