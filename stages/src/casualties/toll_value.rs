//! The value a running toll is given after its verb or linking word: `has risen to 64`,
//! `stands at 12`, `is now 31`, `reached 26`, `has topped 100` (more than 100). One reader
//! for both toll readings of the stage, told apart by a [`Reading`]:
//!
//! - [`Reading::TRIGGER`], after a toll trigger (`the death toll rose to 56`, `the dead now
//!   number 40`): any linking word (`to`, `at`, `is`, `of`, `reached`, `:`) may be followed
//!   by the number, a word that is not the number is read past; the clause also ends at
//!   `with` and `and`; a count of things (`40 vehicles`) is no toll.
//! - [`Reading::PHRASE`], after a toll phrase's status word (`the number of fans injured
//!   in the crush has risen to 64`): the clause's first verb of change or standing decides,
//!   its number right after it (or after its `to` / `at`) or no toll; a unit after the
//!   number (`12 miles`, `3 p.m.`, `40 percent`) is no toll either.
//!
//! Either reading ends at a stop, a semicolon, `said`, or a forecast (`could rise to 100`).

use super::groups::Ctx;
use super::numbers::number_at;
use crate::records::{Approx, Count};

/// How a toll's value is read: where its clause ends, how far the reader goes, which
/// words lead to the number and which words after the number say it counts no people.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reading {
    /// Words after the start the reader looks at.
    pub reach: usize,
    /// The clause also ends at `with` and `and` (`rose to 56 with dozens hurt`).
    pub ends_at_conjunction: bool,
    /// The clause also ends at a future or a hedge (`will`, `feared`, `likely`).
    pub ends_at_future: bool,
    /// The first verb of change or standing decides (else any linking word may lead).
    pub first_verb: bool,
    /// A unit after the number (a distance, `percent`, a time of day) makes it no toll
    /// (else only a count of things does: `40 vehicles`).
    pub units: bool,
}

impl Reading {
    /// After a toll trigger (`death toll`, `the dead now number`).
    pub const TRIGGER: Reading = Reading {
        reach: 14,
        ends_at_conjunction: true,
        ends_at_future: false,
        first_verb: false,
        units: false,
    };
    /// After a toll named by its event (`raising the death toll from the latest sinking of
    /// migrants off the coast to 117`): a trigger's reading that goes further.
    pub const TRIGGER_FAR: Reading = Reading {
        reach: 24,
        ..Reading::TRIGGER
    };
    /// After the status word of a toll phrase (`the number of people still missing`).
    pub const PHRASE: Reading = Reading {
        reach: 20,
        ends_at_conjunction: false,
        ends_at_future: true,
        first_verb: true,
        units: true,
    };

    fn ends(&self, w: &str) -> bool {
        matches!(
            w,
            "said" | "says" | "could" | "might" | "may" | "would" | "expected"
        ) || (self.ends_at_conjunction && matches!(w, "with" | "and"))
            || (self.ends_at_future && matches!(w, "will" | "feared" | "likely"))
    }

    /// What the word `w` asks for next.
    fn role(&self, w: &str) -> Want {
        if self.first_verb {
            match w {
                "risen" | "rose" | "rises" | "rise" | "climbed" | "climbs" | "jumped"
                | "increased" | "grown" | "grew" | "fallen" | "fell" | "dropped" | "revised"
                | "stands" | "stood" | "stand" => Want::Preposition,
                "reached" | "reaches" | "hit" | "totals" | "totalled" | "totaled" | "is"
                | "was" | "are" | "were" | "topped" | "tops" | "passed" | "exceeded"
                | "surpassed" => Want::Number,
                _ => Want::Any,
            }
        } else {
            match w {
                "to" | "at" | "is" | "was" | "of" | "stands" | "stood" | "reached" | "reaches"
                | "reaching" | "topped" | "tops" | "passed" | "exceeded" | "surpassed" | "hit"
                | "now" | "be" | ":" | "-" | "are" => Want::Number,
                _ => Want::Any,
            }
        }
    }
}

/// What the reader waits for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    /// Any word: a verb or linking word is looked for.
    Any,
    /// The `to` / `at` of a verb of change or standing (`risen to`, `stands at`).
    Preposition,
    /// The number.
    Number,
}

/// An adverb read past before the number (`is currently 15`, `risen sharply to 64`).
fn adverb(w: &str) -> bool {
    matches!(w, "now" | "still" | "already" | "currently" | "officially")
        || (w.len() > 4
            && w.ends_with("ly")
            && !matches!(w, "only" | "early" | "family" | "italy" | "july" | "ally"))
}

/// A verb that passes its value (`topped 100`: more than 100).
fn topping(w: &str) -> bool {
    matches!(w, "topped" | "tops" | "passed" | "exceeded" | "surpassed")
}

/// The toll's value read from `from` as `reading` says, and the end of its number;
/// `linked` when the word before `from` already leads to the number (`the dead now number
/// 40`).
pub(crate) fn read(
    ctx: &Ctx<'_>,
    from: usize,
    linked: bool,
    reading: Reading,
) -> Option<(Count, usize)> {
    let toks = ctx.toks;
    let mut want = if linked { Want::Number } else { Want::Any };
    let mut topped = false;
    let end = toks.len().min(from + reading.reach);
    for k in from..end {
        let t = &toks[k];
        let w = t.low;
        if t.is_punct(';') || t.is_punct('.') || reading.ends(w) {
            return None;
        }
        match want {
            Want::Number => {
                if let Some(f) = number_at(ctx.lex, toks, k).filter(|f| !f.article) {
                    let after = toks.get(f.end).map_or("", |t| t.low);
                    if !no_people(ctx, after, reading.units) {
                        let mut c = f.count;
                        if topped && c.approx == Approx::Exact {
                            c.approx = Approx::MoreThan;
                        }
                        return Some((c, f.end));
                    }
                    if reading.first_verb {
                        return None;
                    }
                } else if adverb(w) {
                    continue;
                } else if reading.first_verb {
                    return None;
                }
            }
            Want::Preposition => {
                // `risen sharply to 64`, `stands at 12`, `revised upward to 58`
                if adverb(w) || matches!(w, "upward" | "upwards") {
                    continue;
                }
                if matches!(w, "to" | "at") {
                    want = Want::Number;
                    continue;
                }
                return None;
            }
            Want::Any => {}
        }
        want = reading.role(w);
        topped |= topping(w);
    }
    None
}

/// Whether the word after a number says it counts no people: a thing (`40 vehicles`), and
/// with `units` a distance, a share or a time (`12 miles`, `40 percent`, `3 p.m.`).
fn no_people(ctx: &Ctx<'_>, after: &str, units: bool) -> bool {
    ctx.lex.non_people.contains(after)
        || (units
            && (ctx.lex.distance_units.contains(after)
                || matches!(after, "percent" | "per" | "%" | "a.m." | "p.m." | ":")))
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, keys, none, I, K, M, V};
    use crate::records::Approx;

    #[test]
    fn after_a_trigger_any_linking_word_leads() {
        both(
            "The death toll from the ferry fire rose to 56, the coastguard said.",
            &[(V, K, None, 56)],
        );
        both(
            "The death toll in the valley is currently 15.",
            &[(V, K, None, 15)],
        );
        // the clause ends at `with` / `and` before any number
        assert!(!keys("The death toll rose with the water and reached 30.")
            .iter()
            .any(|k| k.3 == 30));
    }

    #[test]
    fn after_a_toll_phrase_the_first_verb_decides() {
        both(
            "The number of hikers missing on the ridge stands at seven.",
            &[(V, M, None, 7)],
        );
        both(
            "The number of workers injured in the blast has risen sharply to 44.",
            &[(V, I, None, 44)],
        );
        // a verb whose number does not follow, a unit after the number, a forecast
        none("The number of guests injured at the hotel is unclear, but reached 12 by noon.");
        none("The number of walkers injured on the trail stood at 3 p.m. on Friday.");
        none("The number of riders injured will rise to 20.");
    }

    #[test]
    fn a_passed_value_is_more_than_it() {
        let facts = crate::casualties::tests::run("The death toll from the storm has topped 200.");
        assert!(facts
            .iter()
            .any(|f| f.count.value == 200 && f.count.approx == Approx::MoreThan));
    }
}
