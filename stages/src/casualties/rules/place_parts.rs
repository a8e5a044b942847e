//! `breakdown_list/parts`: the parts of a toll that the `breakdown_list` rule does not reach.
//! - parts told by place right after a predicate's counted object or subject, with no total
//!   before them: `flooding killed six in Harlow and four in Mossbridge` (each place a part;
//!   no sum is computed, as the answer sets count them);
//! - parts after a colon that closes a clause of casualties whose total is no counted group
//!   (`has claimed 19 lives: 12 in X and seven in Y`) or that has no total at all (`bodies
//!   were recovered on Friday: eight in the main shaft and three in a side tunnel`).
//!
//! The parts must close the sentence (or a `;` clause), every one counted and no part read
//! before; under a total they may not add up to more than it. A colon's clause with no total
//! gives its status by its last status phrase or by a noun of the dead (`bodies`, `deaths`),
//! never a threat or a denial; a colon with nothing of casualties before it (`won 19 seats:
//! 12 in the north and seven in the south`) gives nothing.

use super::{breakdown, View};
use crate::casualties::context;
use crate::casualties::extract::Mention;
use crate::casualties::rules::phrase::hypothetical;
use crate::records::Status;

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    coordinated(v, out);
    another_at_place(v, out);
    after_colon(v, out);
}

/// `six passengers died on the platform and another in an ambulance`, `killed two in the
/// street and another in a shop`: `another` with a place of its own after a counted group's
/// place is one more of the same status, closing the sentence with no verb.
fn another_at_place(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    let read: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .filter(|(_, m)| m.name.is_none())
        .filter_map(|(m, mention)| v.item_of(mention).map(|k| (m, k)))
        .collect();
    for (m, k) in read {
        let e = v.items[k].end;
        // the place follows the group (`killed two in the street`) or its predicate
        let j = if breakdown::place_word(v.low(e)) {
            e
        } else {
            match v.hits.iter().find(|h| h.start >= e && h.start <= e + 3) {
                Some(h) => h.end,
                None => continue,
            }
        };
        if !breakdown::place_word(v.low(j)) {
            continue;
        }
        let Some(and) = (j + 1..j + 8)
            .find(|&i| !toks.get(i).is_some_and(|t| t.is_word()) || v.low(i) == "and")
        else {
            continue;
        };
        if v.low(and) != "and"
            || v.low(and + 1) != "another"
            || !breakdown::place_word(v.low(and + 2))
        {
            continue;
        }
        let Some(stop) = (and + 3..and + 10)
            .find(|&i| matches!(v.low(i), "," | "and" | ";" | "." | ")" | "-" | ""))
        else {
            continue;
        };
        if !closes(v, stop) || !verbless(v, and + 2, stop) {
            continue;
        }
        let pos = toks.get(and + 1).map_or(0, |t| t.start);
        if out.iter().any(|o| o.sentence == v.index && o.pos == pos) {
            continue;
        }
        let one = crate::records::Count {
            value: 1,
            approx: crate::records::Approx::Exact,
        };
        let mut part = v.mention(&Default::default(), one, out[m].status);
        part.role = out[m].role;
        part.nat = out[m].nat.clone();
        part.pos = pos;
        out.push(part);
    }
}

/// Whether item `p` can be a part not yet read: counted, no name, no `two of`, unused.
fn free_part(v: &View<'_>, p: usize) -> bool {
    let it = &v.items[p];
    !v.used[p] && it.count.is_some() && it.name.is_none() && !it.partitive
}

/// Whether token `e` closes the parts: the sentence's end, a `;`, or the sentence's closing
/// attribution (`, police said.`).
fn closes(v: &View<'_>, e: usize) -> bool {
    matches!(v.low(e), "." | ";" | "") || crate::casualties::said_tail::closes_at(v.ctx.toks, e)
}

/// Whether the tokens from `a` to `b` hold no verb: the places of parts are phrases, not
/// clauses (`and two in the hospital were treated for shock` is no part).
fn verbless(v: &View<'_>, a: usize, b: usize) -> bool {
    let verb = |i: usize| {
        matches!(
            v.low(i),
            "were" | "was" | "are" | "is" | "had" | "have" | "has" | "been" | "be" | "being"
        )
    };
    !(a..b).any(verb) && !v.hits.iter().any(|h| h.start >= a && h.start < b)
}

/// Pushes the parts with the status and, where a part states none, the nationality given.
fn push_parts(
    v: &mut View<'_>,
    parts: &[usize],
    status: Status,
    nat: Option<&String>,
    out: &mut Vec<Mention>,
) {
    for &p in parts {
        if let Some(mut part) = v.take(p, status) {
            if part.nat.is_none() {
                part.nat = nat.cloned();
            }
            out.push(part);
        }
    }
}

/// `killed six in Harlow and four in Mossbridge`: the first place's group was read with the
/// predicate; the groups of the further places are parts of the same statement.
fn coordinated(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let read: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .filter(|(_, m)| m.name.is_none())
        .filter_map(|(m, mention)| v.item_of(mention).map(|k| (m, k)))
        .collect();
    for (m, k) in read {
        let parts = match breakdown::by_place(v, k) {
            Some((parts, end)) if closes(v, end) && verbless(v, v.items[k].end, end) => parts,
            Some(_) => continue,
            None => match after_predicate_place(v, k) {
                Some(parts) => parts,
                None => continue,
            },
        };
        let rest = &parts[1..];
        if rest.is_empty() || !rest.iter().all(|&p| free_part(v, p)) {
            continue;
        }
        let (status, nat) = (out[m].status, out[m].nat.clone());
        push_parts(v, rest, status, nat.as_ref(), out);
    }
}

/// `nine hikers were hurt in Orrin and two in the lower valley`: the subject `k`, its
/// predicate and the predicate's place, then `and` a group with a place of its own (or
/// several) closing the sentence. Gives `k` and the further groups.
fn after_predicate_place(v: &View<'_>, k: usize) -> Option<Vec<usize>> {
    let toks = v.ctx.toks;
    let e = v.items[k].end;
    let h = v.hits.iter().find(|h| h.start >= e && h.start <= e + 3)?;
    let j = h.end;
    if !breakdown::place_word(v.low(j)) {
        return None;
    }
    let and =
        (j + 1..j + 8).find(|&i| !toks.get(i).is_some_and(|t| t.is_word()) || v.low(i) == "and")?;
    if v.low(and) != "and" {
        return None;
    }
    let first = v.item_at(and + 1)?;
    let end = v.items[first].end;
    if !breakdown::place_word(v.low(end)) {
        return None;
    }
    let mut parts = vec![k];
    match breakdown::by_place(v, first) {
        Some((more, stop)) if closes(v, stop) && verbless(v, end, stop) => parts.extend(more),
        Some(_) => return None,
        None => {
            let stop = (end + 1..end + 8)
                .find(|&i| matches!(v.low(i), "," | "and" | ";" | "." | ")" | "-" | ""))?;
            if !closes(v, stop) || !verbless(v, end, stop) {
                return None;
            }
            parts.push(first);
        }
    }
    Some(parts)
}

/// The parts after a colon: by place (`12 in X and seven in Y`) or a list of groups (`nine
/// passengers and three deckhands`), closing the sentence.
fn after_colon(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for c in 1..toks.len() {
        if v.low(c) != ":" {
            continue;
        }
        let Some(first) = v.item_at(c + 1) else {
            continue;
        };
        let start = v.items[first].start;
        let parts = match breakdown::by_place(v, first) {
            Some((parts, end)) if closes(v, end) && verbless(v, start, end) => parts,
            Some(_) => continue,
            None => {
                let list = v.list_from(first);
                let end = list.last().map_or(0, |&p| v.items[p].end);
                if list.len() < 2 || !closes(v, end) || !verbless(v, start, end) {
                    continue;
                }
                list
            }
        };
        if !parts.iter().all(|&p| free_part(v, p)) {
            continue;
        }
        // the clause before the colon
        let open = (0..c)
            .rev()
            .find(|&i| matches!(v.low(i), ";" | ":" | "."))
            .map_or(0, |i| i + 1);
        let (from, to) = (toks[open].start, toks[c].start);
        let total = out.iter().rposition(|m| {
            m.sentence == v.index && m.name.is_none() && m.pos >= from && m.pos < to
        });
        let sum: u64 = parts
            .iter()
            .filter_map(|&p| v.items[p].count)
            .map(|c| c.value)
            .sum();
        let (status, nat) = match total {
            Some(t) if sum <= out[t].count.value => (out[t].status, out[t].nat.clone()),
            Some(_) => continue,
            None => match clause_status(v, open, c) {
                Some(s) => (s, None),
                None => continue,
            },
        };
        push_parts(v, &parts, status, nat.as_ref(), out);
    }
}

/// The status of the clause from token `open` to the colon at `c` when it counts no group:
/// its last status phrase, else a plural noun of the dead; none under a threat or denial.
fn clause_status(v: &View<'_>, open: usize, c: usize) -> Option<Status> {
    let toks = v.ctx.toks;
    let fact = |at: usize| !hypothetical(toks, at) && !context::negated(toks, at, open);
    if let Some(h) = v.hits.iter().rev().find(|h| h.start >= open && h.end <= c) {
        return fact(h.start).then_some(h.status);
    }
    (open..c)
        .find(|&i| matches!(v.low(i), "bodies" | "deaths" | "fatalities" | "corpses"))
        .filter(|&i| fact(i))
        .map(|_| Status::Killed)
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, none, I, K, M, V};

    #[test]
    fn places_after_the_predicate_are_parts() {
        both(
            "Heavy rain killed five in Corlan and three in Tebbit Vale.",
            &[(V, K, None, 5), (V, K, None, 3)],
        );
        both(
            "Nine hikers were hurt in Orrin and two in the lower valley.",
            &[(V, I, None, 9), (V, I, None, 2)],
        );
    }

    #[test]
    fn parts_after_a_colon_under_a_toll() {
        both(
            "The fever has claimed 23 lives: 15 in the capital and eight in the port.",
            &[(V, K, None, 23), (V, K, None, 15), (V, K, None, 8)],
        );
    }

    #[test]
    fn parts_after_a_colon_with_no_total() {
        both(
            "Bodies were pulled from the river on Sunday: four near the weir and two at the mill.",
            &[(V, K, None, 4), (V, K, None, 2)],
        );
        both(
            "Climbers went missing in the storm: three on the north face and two in the gully.",
            &[(V, M, None, 3), (V, M, None, 2)],
        );
    }

    #[test]
    fn colons_with_nothing_of_casualties_give_nothing() {
        none("The party won 19 seats: 12 in the north and seven in the south.");
        none("Turnout rose in two wards: 600 in Elmfield and 450 in Corran.");
        none("The storm could have killed many: 40 in the camp and 20 on the road.");
    }

    #[test]
    fn another_with_a_place_of_its_own() {
        both(
            "Six climbers died on the ridge and another in the valley below.",
            &[(V, K, None, 6), (V, K, None, 1)],
        );
        both(
            "Four people were hurt at the depot and another at the station was questioned.",
            &[(V, I, None, 4)],
        );
    }

    #[test]
    fn a_clause_after_the_place_is_no_part() {
        both(
            "Four people were killed in the raid and two in the hospital were treated for shock.",
            &[(V, K, None, 4)],
        );
    }

    #[test]
    fn parts_above_the_total_are_not_parts() {
        both(
            "The blast killed 6 people: 5 in the hall and 4 in the yard.",
            &[(V, K, None, 6)],
        );
    }
}
