//! Parts of a counted group told by number alone after `including` / `among them`, with no
//! noun of their own: by place (`killed 15 people, including four in Ohio and six in
//! Texas`, `at least 26 died, including 11 in the capital`) or by how badly they were hurt
//! (`20 were injured, including three critically`). Each part is a subset of the group and
//! takes its status.
//!
//! A part's phrase is a preposition of place and one to six plain words, none a number, a
//! possessive pronoun (`in their 20s`), a condition (`in critical condition`) or a part of
//! the body (`two in the head`), ending at `,` `and` `;` `.` `)` `-` or the sentence's end.
//! The parts must close the sentence or the clause (`,` `;` `)` `-` after the last); a
//! number that is the article alone (`a man in the car`) is no part.

use super::lexicon::Lexicon;
use super::numbers::number_at;
use super::tokens::{Kind, Tok};
use crate::records::Count;

/// The parts opening at token `start`: each part's count and the token where its number
/// opens. Empty when the tokens there are no such parts.
pub fn read(lex: &Lexicon, toks: &[Tok], start: usize) -> Vec<(Count, usize)> {
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    let mut parts = Vec::new();
    let mut k = start;
    loop {
        let Some(found) = number_at(lex, toks, k).filter(|f| !f.article) else {
            return Vec::new();
        };
        let e = found.end;
        let end = if severity(low(e)) {
            e + 1
        } else {
            match place_end(toks, e) {
                Some(end) => end,
                None => return Vec::new(),
            }
        };
        parts.push((found.count, k));
        // the next part follows `,` and/or `and`
        let mut next = end;
        if low(next) == "," {
            next += 1;
        }
        if low(next) == "and" {
            next += 1;
        }
        let more = next > end && number_at(lex, toks, next).is_some_and(|f| !f.article);
        if !more {
            // (the parts close the sentence or the clause)
            let closes = matches!(low(end), "" | "." | ";" | "," | ")" | "-" | "--" | "—");
            return if closes { parts } else { Vec::new() };
        }
        k = next;
    }
}

/// `seriously`, `critically`: how badly a part of the injured was hurt.
fn severity(w: &str) -> bool {
    matches!(
        w,
        "seriously" | "critically" | "severely" | "gravely" | "badly" | "slightly"
    )
}

/// Where a part's place (`in Virginia`, `at the school`) that opens at `j` ends: the token
/// after its last word.
fn place_end(toks: &[Tok], j: usize) -> Option<usize> {
    let first = toks.get(j)?;
    if !matches!(
        first.low,
        "in" | "at" | "on" | "near" | "inside" | "outside" | "across"
    ) {
        return None;
    }
    let end = (j + 1..(j + 8).min(toks.len() + 1)).find(|&i| {
        toks.get(i)
            .is_none_or(|t| !t.is_word() || matches!(t.low, "and" | "or"))
    })?;
    let words = &toks[j + 1..end];
    let plain = !words.is_empty()
        && words.iter().all(|t| {
            !matches!(t.kind, Kind::Num { .. })
                && !t.low.as_bytes().first().is_some_and(u8::is_ascii_digit)
                && !not_a_place(t.low)
        });
    plain.then_some(end)
}

/// Words that make a phrase after a part something other than its place: a possessive (`in
/// their 20s`, `in his car`), a condition, a part of the body, a time.
fn not_a_place(w: &str) -> bool {
    matches!(
        w,
        "their"
            | "his"
            | "her"
            | "its"
            | "condition"
            | "conditions"
            | "head"
            | "chest"
            | "leg"
            | "legs"
            | "arm"
            | "arms"
            | "back"
            | "neck"
            | "stomach"
            | "face"
            | "shoulder"
            | "hospital"
            | "custody"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "years"
            | "months"
            | "weeks"
            | "days"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::casualties::tokens::tokenize;

    fn parts(s: &str) -> Vec<u64> {
        let lex = &*crate::casualties::lexicon::LEX;
        let t = tokenize(s);
        let toks = t.toks(lex);
        read(lex, &toks, 0)
            .into_iter()
            .map(|(c, _)| c.value)
            .collect()
    }

    #[test]
    fn parts_by_place_and_by_severity() {
        assert_eq!(parts("four in ohio and six in texas."), [4, 6]);
        assert_eq!(parts("at least 26 in North Carolina."), [26]);
        assert_eq!(parts("three critically, two seriously"), [3, 2]);
    }

    #[test]
    fn no_parts() {
        assert!(parts("five in critical condition.").is_empty());
        assert!(parts("two in the head.").is_empty());
        assert!(parts("three in their 20s.").is_empty());
        assert!(parts("five in 2015.").is_empty());
        assert!(parts("a man in the car.").is_empty());
        // (a phrase longer than six words is no part's place)
        assert!(parts("five in the old quarter of the northern hill town.").is_empty());
    }
}
