//! A toll stated as a noun phrase and a verb of change or a copula: `the number of fans
//! injured in the crush has risen to 64`, `the number of people still missing stands at 12`,
//! `the count of miners killed is now 31`. The phrase is a toll noun (`number`, `count`,
//! `tally`) of a plural person noun before its status word, with the status word's own
//! phrase (a place, a time, an event) as the gap; the value follows the clause's first verb
//! of change or standing (`has risen to`, `rose to`, `climbed to`, `reached`, `stands at`,
//! `is now`); the toll noun may also stand right before the status word (`the number
//! injured in the fire has risen to 31`). Without a person noun (`the number of visitors
//! has risen to 64`) or a status word (`the number of seats stands at 12`) no toll is read.

use super::groups::Ctx;
use super::lexicon::class;
use super::nationality::{self, NatKind};
use super::status::Hit;
use super::toll_value::{self, Reading};
use crate::records::Count;

/// Words that may stand between the person noun and its status word (`people still
/// missing`, `soldiers confirmed dead`).
fn between(w: &str) -> bool {
    matches!(
        w,
        "still" | "now" | "confirmed" | "reported" | "known" | "officially" | "believed"
    )
}

/// A noun a toll is told by: `number`, `count`, `tally`.
fn is_toll_noun(w: &str) -> bool {
    matches!(w, "number" | "count" | "tally")
}

/// The nationality (of a demonym noun: `the number of Israelis wounded`) and the value of
/// the toll whose status word is the hit `h`, if `h` closes such a toll phrase.
pub fn counted_noun(ctx: &Ctx<'_>, h: &Hit) -> Option<(Option<String>, Count)> {
    let toks = ctx.toks;
    let mut p = h.start.checked_sub(1)?;
    while between(toks[p].low) {
        p = p.checked_sub(1)?;
    }
    let noun = &toks[p];
    // `the number injured in the fire has risen to 31`, `the number still missing stands
    // at 12`: the toll noun right before the status word, which is its head
    if is_toll_noun(noun.low) && p.checked_sub(1).is_some_and(|d| toks[d].low == "the") {
        return changed_value(ctx, h.end).map(|count| (None, count));
    }
    let demonym = nationality::at(toks, p).filter(|n| n.kind == NatKind::PersonPl && n.len == 1);
    let plural_person = noun.has(class::PERSON) && !noun.has(class::PERSON_SG);
    if demonym.is_none() && !plural_person {
        return None;
    }
    let of = p.checked_sub(1)?;
    let head = of.checked_sub(1)?;
    if toks[of].low != "of" || !is_toll_noun(toks[head].low) {
        return None;
    }
    let count = changed_value(ctx, h.end)?;
    Some((demonym.map(|n| n.code()), count))
}

/// The number after the first verb of change or standing in the clause from `from`:
/// `has risen to 64`, `stands at 12`, `is now 31`, `reached 26`, `has topped 100` (more
/// than 100), read by the stage's one toll reader ([`toll_value::read`]).
fn changed_value(ctx: &Ctx<'_>, from: usize) -> Option<Count> {
    toll_value::read(ctx, from, false, Reading::PHRASE).map(|(count, _)| count)
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, keys, none, I, K, M, V};

    #[test]
    fn a_person_noun_its_status_and_a_verb_of_change() {
        both(
            "The number of fans injured in the crush at the stadium has risen to 64, organisers said.",
            &[(V, I, None, 64)],
        );
        both(
            "The number of people still missing stands at 12.",
            &[(V, M, None, 12)],
        );
        both(
            "The number of miners killed in the blast on Monday is now 31.",
            &[(V, K, None, 31)],
        );
    }

    #[test]
    fn the_toll_noun_right_before_its_status_word() {
        both(
            "The number injured in the fire at the holiday camp has risen to 27, firefighters said.",
            &[(V, I, None, 27)],
        );
        both(
            "The number still missing after the landslide stands at nine.",
            &[(V, M, None, 9)],
        );
        // (a number of people, no toll noun: `a number injured` counts nothing)
        none("A number injured in the scuffle were treated at the scene.");
        none("The number killed could rise to 40.");
    }

    #[test]
    fn no_toll_without_a_person_or_a_status() {
        none("The number of visitors has risen to 64.");
        none("The number of seats stands at 12.");
        // a forecast is no toll
        assert!(keys("The number of people injured could rise to 40.").is_empty());
    }
}
