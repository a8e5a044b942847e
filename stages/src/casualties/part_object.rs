//! A part of a group as the object of an active status verb: `killed two of his
//! neighbours`, `killing one of them`, `injured four of the 30 miners`. The part (`two of`)
//! is the count; the group after `of` (a determiner and a person noun, a counted group, or
//! `them`) says who they were and must be people.

use super::groups::{Ctx, Item};
use super::lexicon::class;
use super::nationality::{self, NatKind};

/// The group a part names after its `of`.
pub struct Whole {
    /// The person noun, lower case, or empty for `them`.
    pub head: String,
    pub nat: Option<String>,
    pub perp: bool,
    /// The group's item, when it is one (`the 30 miners`).
    pub item: Option<usize>,
}

/// Words that open a group known to the reader: `the`, `his`, `their`.
fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "his" | "her" | "its" | "their" | "our" | "my" | "your" | "these"
    )
}

/// The people after the `of` of the partitive item `part`, if they are people.
pub fn whole(ctx: &Ctx<'_>, items: &[Item], part: &Item) -> Option<Whole> {
    let toks = ctx.toks;
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    if !part.partitive || part.count.is_none() || low(part.end) != "of" {
        return None;
    }
    let w = part.end + 1;
    // "a group of six cyclists, killing one of them": `them` are people counted before
    if low(w) == "them" {
        let told = items
            .iter()
            .any(|it| it.end <= part.start && !it.head.is_empty() && !it.partitive);
        return told.then_some(Whole {
            head: String::new(),
            nat: None,
            perp: false,
            item: None,
        });
    }
    // "four of the 30 miners": a counted group
    if let Some(k) = items.iter().position(|it| it.start == w) {
        let it = &items[k];
        if it.partitive || it.bare || it.name.is_some() || it.head.is_empty() {
            return None;
        }
        return Some(Whole {
            head: it.head.clone(),
            nat: it.nat.clone(),
            perp: it.perp,
            item: Some(k),
        });
    }
    // "two of his neighbours", "three of the young american climbers": a determiner, a few
    // modifiers and a plural person noun
    if !determiner(low(w)) {
        return None;
    }
    let mut nat = None;
    let mut k = w + 1;
    while k < toks.len() && k <= w + 4 {
        let t = &toks[k];
        if !t.is_word() || t.has(class::FUNCTION | class::AUX | class::NON_PERSON) {
            return None;
        }
        if let Some(h) = nationality::at(toks, k).filter(|h| h.kind != NatKind::Country) {
            nat = Some(h.code());
            if h.kind == NatKind::PersonPl {
                return Some(Whole {
                    head: toks[k + h.len - 1].low.to_string(),
                    nat,
                    perp: false,
                    item: None,
                });
            }
            k += h.len;
            continue;
        }
        let plural_next = toks
            .get(k + 1)
            .is_some_and(|n| n.has(class::PERSON | class::PERPETRATOR));
        if t.has(class::PERSON) && !t.has(class::PERSON_SG) && !plural_next {
            return Some(Whole {
                head: t.low.to_string(),
                nat,
                perp: false,
                item: None,
            });
        }
        let plural = t.low.ends_with('s') || t.low.ends_with("men");
        if t.has(class::PERPETRATOR) && plural && !plural_next {
            return Some(Whole {
                head: t.low.to_string(),
                nat,
                perp: true,
                item: None,
            });
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, I, K, P, V};

    #[test]
    fn part_of_a_group_as_object() {
        both(
            "A rockfall on Monday killed two of the climbers on the ridge.",
            &[(V, K, None, 2)],
        );
        both(
            "The bus hit a group of eight pupils, injuring three of them.",
            &[(V, I, None, 3)],
        );
        both(
            "Soldiers shot dead two of the gunmen at the gate.",
            &[(P, K, None, 2)],
        );
    }

    #[test]
    fn animals_and_next_clauses_are_no_part() {
        both("The storm killed four of their goats.", &[]);
        both(
            "The fire killed five people, one of the firemen said.",
            &[(V, K, None, 5)],
        );
    }
}
