//! A nationality the predicate gives a counted group after the group's own relative clause
//! of status: `The 9 sailors who drowned were all Ukrainian`, `two climbers who were killed
//! were Polish`. The group's mention, read from the clause, takes the nationality; a
//! nationality that does not end the clause gives none (`were Polish nationals working
//! abroad`).

use super::extract::Mention;
use super::groups::{Ctx, Item};
use super::lexicon::class;
use super::nationality::{self, NatKind};
use super::status::Hit;

pub fn read(ctx: &Ctx<'_>, hits: &[Hit], items: &[Item], index: usize, out: &mut [Mention]) {
    let toks = ctx.toks;
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    let counted = items
        .iter()
        .filter(|it| it.count.is_some() && it.name.is_none() && it.nat.is_none() && !it.perp);
    for it in counted {
        let q = it.end;
        if low(q) != "who" {
            continue;
        }
        // the clause: `who`, auxiliaries, one status phrase
        let Some(h) = hits.iter().find(|h| {
            h.start > q
                && h.start <= q + 3
                && toks[q + 1..h.start]
                    .iter()
                    .all(|t| ctx.lex.aux.contains(t.low))
        }) else {
            continue;
        };
        let mut j = h.end;
        if !matches!(low(j), "were" | "was" | "are" | "is") {
            continue;
        }
        j += 1;
        if matches!(low(j), "all" | "both") {
            j += 1;
        }
        let Some(n) = nationality::at(toks, j).filter(|n| n.kind != NatKind::Country) else {
            continue;
        };
        let mut e = j + n.len;
        if toks.get(e).is_some_and(|t| t.has(class::PERSON)) {
            e += 1;
        }
        if toks.get(e).is_some_and(|t| t.is_word()) {
            continue;
        }
        let Some(pos) = toks.get(it.start).map(|t| t.start) else {
            continue;
        };
        for m in out
            .iter_mut()
            .filter(|m| m.sentence == index && m.pos == pos && m.nat.is_none())
        {
            m.nat = Some(n.code());
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, K, V};

    #[test]
    fn a_nationality_after_the_groups_own_clause() {
        both(
            "The 12 fishermen who drowned were all Filipino, the owner said.",
            &[(V, K, Some("PH"), 12)],
        );
        both(
            "The two climbers who died were Polish nationals working abroad.",
            &[(V, K, None, 2)],
        );
    }
}
