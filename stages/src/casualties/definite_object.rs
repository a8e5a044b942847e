//! One person told by `the` and a singular person noun as the object of an active status
//! verb: `the lorry hit a wall, killing the driver`, `accused of killing the night watchman`,
//! `wounding the captain`. The clause reader leaves a definite object out unless it is an
//! attacker or listed beside a count (`killing the driver and all eight passengers`); this
//! says when it stands alone as one victim: `the` (not `his`/`her`, whose kin have their
//! own rule), a singular person noun as its head, no name, no attacker, and no item earlier
//! in the sentence with the same head (`a guard was shot; the gunman then killed the guard`
//! counts the guard once). The verb tells a done deed (`killed`, `killing`, `shot dead`; not
//! `kill`, nor after `may` or `whether`, nor a possibility `rules::phrase::hypothetical`
//! knows), and an injury only by a verb of injury (`wounding the guard`): `shot the
//! teenager` or `stabbed the clerk` often tell a death the article gives elsewhere.

use super::extract::Mention;
use super::groups::{Ctx, Item};
use super::rules::phrase::hypothetical;
use super::status::Hit;
use crate::records::Status;

/// The rule of a mention read here.
pub(super) const RULE: &str = "verb_active/definite";

/// `killing the driver` in an article that names a victim of the same role and status: the
/// description is most likely that person (`the top commander` of a named commander, `the
/// girl …, NAME`), so the unnamed mention is dropped rather than counted once more.
pub(super) fn drop_described_named(mentions: &mut Vec<Mention>) {
    let named: Vec<_> = mentions
        .iter()
        .filter(|m| m.name.is_some())
        .map(|m| (m.role, m.status))
        .collect();
    mentions
        .retain(|m| !(m.rule == RULE && m.name.is_none() && named.contains(&(m.role, m.status))));
}

/// Whether `items[k]`, a definite object of the active status verb `h`, is one victim of
/// its own.
pub(super) fn lone_victim(ctx: &Ctx<'_>, items: &[Item], k: usize, h: &Hit) -> bool {
    let Some(it) = items.get(k) else {
        return false;
    };
    if !it.definite || it.name.is_some() || it.perp || it.head.is_empty() {
        return false;
    }
    let toks = ctx.toks;
    let opens_the = toks.get(it.start).is_some_and(|t| t.low == "the");
    let singular = ctx.lex.people.get(it.head.as_str()) == Some(&true);
    let verb = toks.get(h.start..h.end).unwrap_or_default();
    let done = verb.iter().any(|t| {
        t.low.ends_with("ed") || t.low.ends_with("ing") || matches!(t.low, "shot" | "slew")
    });
    let injury_verb = verb.iter().any(|t| {
        matches!(
            t.low,
            "wounding" | "wounded" | "injuring" | "injured" | "hurting" | "hurt"
        )
    });
    let status_told = match h.status {
        Status::Killed => true,
        Status::Injured => injury_verb,
        Status::Missing => false,
    };
    // (a doubt may stand a clause away: `would have caused the beam to fall, injuring the
    // passenger`, `couldn't possibly have taken and killed the child`)
    let doubted = hypothetical(toks, h.start)
        || (h.start.saturating_sub(12)..h.start).any(|i| {
            matches!(
                toks[i].low,
                "may" | "whether" | "you" | "would" | "could" | "couldn" | "if" | "might"
            )
        });
    opens_the
        && singular
        && done
        && status_told
        && !doubted
        && !items[..k].iter().any(|o| o.head == it.head)
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{keys, K, P, V};

    #[test]
    fn a_definite_person_object_is_one_victim() {
        for text in [
            "The lorry hit a wall, killing the driver.",
            "the lorry hit a wall , killing the driver .",
            "He is accused of killing the night watchman.",
        ] {
            assert_eq!(keys(text), vec![(V, K, None, 1)], "{text}");
        }
    }

    #[test]
    fn no_victim_from_a_repeated_head_an_attacker_or_a_thing() {
        assert_eq!(
            keys("Police shot and killed the gunman."),
            vec![(P, K, None, 1)]
        );
        assert_eq!(
            keys("A guard was shot dead before the gunman killed the guard."),
            vec![(V, K, None, 1)]
        );
        assert!(keys("The storm killed the engine.").is_empty());
        assert_eq!(
            keys("Ada Brook, 30, was shot dead in Tarn. The gunman fled after killing the nurse."),
            vec![(V, K, None, 1)]
        );
        assert!(keys("Nobody knows whether the strike killed the commander.").is_empty());
        assert!(keys("Neighbours said he shot the teenager in the yard.").is_empty());
        assert!(keys(
            "A faster lorry would have pushed the wall onto the cab, injuring the driver."
        )
        .is_empty());
    }
}
