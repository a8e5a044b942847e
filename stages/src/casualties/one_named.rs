//! One member of a group counted just before, named in a sentence of its own: `Two men
//! died in the fire. The first was named as NAME.`, `One was identified as NAME, a nurse.`,
//! `The other victim has been named as NAME.`, `One of them was named as NAME.` The member
//! takes the group's status (killed, injured or missing as the group was told).
//!
//! The opener is the subject of `named` / `identified ... as`: `the` + an ordinal or
//! `other` (and at most one person noun), or `one` / `another` (`of them`), then only
//! auxiliaries and adverbs. The group is the last one of victims the text counted, of at
//! least two people, at most as many sentences back as it has members (each sentence after
//! it may name one), and never more than three. No test reads capital letters.

use super::extract::Described;
use super::lexicon::{class, is_be};
use super::tokens::Tok;
use crate::records::Status;

/// The words after `the` that pick one member of a group.
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "other", "eldest", "youngest", "elder",
    "younger", "older",
];

/// How many sentences back the group may have been counted, at most.
const REACH: usize = 3;

/// Whether the words before `k` (the `named` / `identified` of `named as`) are a member
/// opener and its auxiliaries: `the first was`, `the other man has been`, `one of them was
/// later`, `another was`.
pub fn opens_member(toks: &[Tok<'_>], k: usize) -> bool {
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    let mut at = match low(0) {
        "the" if ORDINALS.contains(&low(1)) => 2,
        "one" | "another" => 1,
        _ => return false,
    };
    if low(at) == "of" && matches!(low(at + 1), "them" | "those") {
        at += 2;
    } else if toks.get(at).is_some_and(|t| t.has(class::PERSON)) {
        at += 1;
    }
    if at >= k {
        return false;
    }
    let aux = |t: &Tok<'_>| {
        t.has(class::AUX)
            || matches!(
                t.low,
                "was" | "is" | "has" | "had" | "have" | "been" | "since"
            )
            || (t.low.len() > 4 && t.low.ends_with("ly") && t.is_word())
    };
    toks.get(at..k).is_some_and(|w| w.iter().all(aux))
}

/// The parts a member of a counted group may have had in the event (`the driver`, `the
/// pilot`), by which the sentence after picks one of them out: `Two men died when their car
/// hit a tree. The driver was named as NAME.`
const MEMBER_ROLES: &[&str] = &[
    "driver",
    "passenger",
    "pilot",
    "co-pilot",
    "rider",
    "pillion",
    "skipper",
    "helmsman",
];

/// Groups counted by a word that says nothing of the part each member had, so a member's
/// role may pick one out (`two men`, `three people`), unlike `two pedestrians` (whose
/// driver was no member).
fn plain_group(head: &str) -> bool {
    super::merge::generic(head)
        || matches!(
            head,
            "men" | "women" | "boys" | "girls" | "teenagers" | "youths" | "friends" | "brothers"
        )
}

/// Whether the words before `k` are `the` + a member's role ([`MEMBER_ROLES`]) and its
/// auxiliaries (`the driver was named as`, `the pilot has been identified as`), picking out
/// one of `last`, a group counted by a plain word ([`plain_group`]).
pub fn opens_role_member(toks: &[Tok<'_>], k: usize, last: Option<&Described>) -> bool {
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    if low(0) != "the" || !MEMBER_ROLES.contains(&low(1)) || k < 3 {
        return false;
    }
    last.is_some_and(|g| plain_group(&g.head))
        && toks.get(2..k).is_some_and(|w| {
            w.iter().all(|t| {
                t.has(class::AUX) || is_be(t.low) || matches!(t.low, "has" | "had" | "been")
            })
        })
}

/// The status the group `last` gives a member named in sentence `index`: a group of at
/// least two, counted at most its size (and [`REACH`]) sentences before.
pub fn group_status(last: Option<&Described>, index: usize) -> Option<Status> {
    let last = last?;
    let back = index.checked_sub(last.sentence)?;
    let reach = usize::try_from(last.count).unwrap_or(usize::MAX).min(REACH);
    (last.count >= 2 && back >= 1 && back <= reach).then_some(last.status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::casualties::lexicon::LEX;
    use crate::casualties::tokens::tokenize;

    /// `read` over the tokens of `text` and the position of its `named` / `identified`.
    fn at_naming_verb<R>(text: &str, read: impl FnOnce(&[Tok<'_>], usize) -> R) -> R {
        let t = tokenize(text);
        let toks = t.toks(&LEX);
        let k = toks
            .iter()
            .position(|t| matches!(t.low, "named" | "identified"))
            .unwrap_or(0);
        read(&toks, k)
    }

    fn opens(text: &str) -> bool {
        at_naming_verb(text, opens_member)
    }

    #[test]
    fn member_openers() {
        assert!(opens("The first was named as Ann Bell"));
        assert!(opens("the other man has been named as ann bell"));
        assert!(opens("One of them was later identified as Ann Bell"));
        assert!(opens("another was named as ann bell"));
    }

    #[test]
    fn other_subjects_are_no_member() {
        assert!(!opens("The suspect was named as Ann Bell"));
        assert!(!opens("Police named the first as Ann Bell"));
        assert!(!opens("The first report named him as Ann Bell"));
        assert!(!opens(
            "One witness who saw the crash identified him as Ann Bell"
        ));
    }

    fn group(sentence: usize, count: u64) -> Described {
        Described {
            sentence,
            status: Status::Killed,
            count,
            head: String::new(),
            desc: String::new(),
            nat: None,
        }
    }

    fn role_opens(text: &str, head: &str) -> bool {
        let g = Described {
            head: head.into(),
            ..group(1, 2)
        };
        at_naming_verb(text, |toks, k| opens_role_member(toks, k, Some(&g)))
    }

    #[test]
    fn a_member_picked_out_by_role() {
        assert!(role_opens("The driver was named as Ann Bell", "men"));
        assert!(role_opens(
            "the pilot has been identified as ann bell",
            "people"
        ));
        assert!(!role_opens(
            "The driver was named as Ann Bell",
            "pedestrians"
        ));
        assert!(!role_opens("The lorry driver was named as Ann Bell", "men"));
        assert!(!role_opens(
            "The driver of the van was named as Ann Bell",
            "men"
        ));
        assert!(!role_opens("The officer was named as Ann Bell", "men"));
    }

    #[test]
    fn reach_of_a_group() {
        assert_eq!(group_status(Some(&group(2, 2)), 3), Some(Status::Killed));
        assert_eq!(group_status(Some(&group(2, 2)), 4), Some(Status::Killed));
        assert_eq!(group_status(Some(&group(2, 2)), 5), None);
        assert_eq!(group_status(Some(&group(2, 1)), 3), None);
        assert_eq!(group_status(Some(&group(2, 40)), 6), None);
        assert_eq!(group_status(Some(&group(2, 4)), 2), None);
        assert_eq!(group_status(None, 2), None);
    }
}
