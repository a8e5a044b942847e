//! `perpetrator`: an attacker who died by their own attack, told as a further object of the
//! killing: `The bomber killed 8 people and himself`, `the gunmen killed 3 guards and then
//! themselves`; or as the object pronoun of the police's killing when the attacker is the
//! single person told before it: `the gunman shot two guards before police killed him`.

use super::View;
use crate::casualties::extract::{attacker_before, attacker_mention, is_force, Mention};
use crate::casualties::lexicon::Voice;
use crate::records::{Role, Status};

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    by_force(v, out);
    himself_too(v, out);
    let toks = v.ctx.toks;
    for k in 1..toks.len() {
        if !matches!(v.low(k), "himself" | "herself" | "themselves") {
            continue;
        }
        let mut p = k - 1;
        if v.low(p) == "then" && p > 0 {
            p -= 1;
        }
        if !matches!(v.low(p), "and" | ",") {
            continue;
        }
        // an active killing before, in this clause
        let killing = v.hits.iter().any(|h| {
            h.start < p
                && h.status == Status::Killed
                && matches!(h.voice, Voice::Active | Voice::Verb)
                && toks[h.end..p]
                    .iter()
                    .all(|t| !t.is_punct(';') && !t.is_punct('.'))
        });
        if killing {
            push_once(v, out, Status::Killed, toks[k].start);
        }
    }
}

/// The attacker's own death or injury, unless the sentence told it already.
fn push_once(v: &View<'_>, out: &mut Vec<Mention>, status: Status, pos: usize) {
    let told = out
        .iter()
        .rev()
        .take(32)
        .any(|m| m.sentence == v.index && m.role == Role::Perpetrator && m.status == status);
    if !told {
        out.push(attacker_mention(status, v.index, pos));
    }
}

/// Whether the sentence told, before byte `pos`, of someone killing or wounding others (a
/// group read as the object of an active verb): that someone is the attacker a later
/// `police shot him` or `and was himself wounded` is about.
fn attacked_before(v: &View<'_>, out: &[Mention], pos: usize) -> bool {
    out.iter()
        .rev()
        .take_while(|m| m.sentence == v.index)
        .any(|m| m.rule == "verb_active" && m.role == Role::Victim && m.pos < pos)
}

/// `… shot nine shoppers dead and was himself shot dead by officers`: a passive killing or
/// wounding after `and was himself` shares the subject of the active killing before it, the
/// attacker. (`the gunman was himself hurt`, with its subject, is read by the clause reader.)
fn himself_too(v: &View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for h in v.hits {
        if !matches!(h.status, Status::Killed | Status::Injured)
            || !matches!(h.voice, Voice::Verb)
            || h.start < 3
        {
            continue;
        }
        let mut p = h.start;
        while p > 0 && v.low(p - 1).len() > 4 && v.low(p - 1).ends_with("ly") {
            p -= 1;
        }
        let shared = p >= 3
            && matches!(v.low(p - 1), "himself" | "herself" | "themselves")
            && matches!(v.low(p - 2), "was" | "were")
            && v.low(p - 3) == "and";
        let pos = toks[h.start].start;
        if shared && attacked_before(v, out, pos) {
            push_once(v, out, h.status, pos);
        }
    }
}

/// `before police killed him`, `troops later wounded her`: an active killing or wounding
/// by the police whose object is `him`/`her`, the attacker told before in the sentence
/// (a person read as such, or the subject of a killing or wounding told before it:
/// `the 17-year-old wounded four people, then injured a woman, before police shot him`).
fn by_force(v: &View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for h in v.hits {
        if !matches!(h.status, Status::Killed | Status::Injured)
            || !matches!(h.voice, Voice::Active | Voice::Verb)
            || !matches!(v.low(h.end), "him" | "her")
        {
            continue;
        }
        let mut s = h.start;
        while s > 0 && matches!(v.low(s - 1), "later" | "then" | "eventually" | "finally") {
            s -= 1;
        }
        let force = s > 0 && (is_force(v.low(s - 1)) || v.low(s - 1) == "forces");
        if !force {
            continue;
        }
        let told = toks.iter().take(s).any(|t| matches!(t.low, "he" | "she"));
        let pos = toks.get(h.end).map_or(0, |t| t.start);
        if !attacker_before(toks, v.items, s - 1) && (told || !attacked_before(v, out, pos)) {
            continue;
        }
        push_once(
            v,
            out,
            killed_after(v, h.end + 1).unwrap_or(h.status),
            toks.get(h.end).map_or(0, |t| t.start),
        );
    }
}

/// `shot him dead`, `beat her to death`: words after the object that make a wounding
/// verb a killing.
fn killed_after(v: &View<'_>, k: usize) -> Option<Status> {
    let dead = v.low(k) == "dead" || v.to_death_at(k);
    dead.then_some(Status::Killed)
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, bulk, keys, none, I, K, P, V};

    #[test]
    fn killed_and_himself() {
        both(
            "The gunman killed 4 students and himself.",
            &[(V, K, None, 4), (P, K, None, 1)],
        );
        both(
            "a suicide bomber killed 15 worshippers and himself .",
            &[(V, K, None, 15), (P, K, None, 1)],
        );
    }

    #[test]
    fn police_killed_him_after_the_attacker() {
        both(
            "The gunman shot dead two guards before police killed him.",
            &[(V, K, None, 2), (P, K, None, 1)],
        );
        // `shot him dead`: the words after the pronoun make the wounding a killing
        both(
            "A gunman stabbed three shoppers at the market before officers shot him dead.",
            &[(V, I, None, 3), (P, K, None, 1)],
        );
        both(
            "The attacker wounded two guards before police shot him.",
            &[(V, I, None, 2), (P, I, None, 1)],
        );
        // `him` told after a person who is no attacker: no attacker's death
        none("A neighbour saw the boy before police killed him.");
        // the one who wounded others before, though a victim stands nearer the pronoun
        both(
            "The teenager wounded three tourists on the tram, then injured a cyclist, before officers shot him dead.",
            &[(V, I, None, 3), (V, I, None, 1), (P, K, None, 1)],
        );
    }

    #[test]
    fn and_was_himself_wounded() {
        both(
            "The sniper had shot four people to death on the bridge and was himself fatally shot by troops.",
            &[(V, K, None, 4), (P, K, None, 1)],
        );
        // the sentence's first subject is not the one `and was himself` is about
        both(
            "An official said the agency learned of it only after the sniper had shot four people to death on the bridge last week and was himself fatally shot by troops.",
            &[(V, K, None, 4), (P, K, None, 1)],
        );
        both(
            "The gunman was himself wounded in the exchange of fire.",
            &[(P, I, None, 1)],
        );
        // no killing by the subject before: a helper hurt too is no attacker
        for t in ["A nurse treated the driver and was herself injured by the falling beam."] {
            for t in [t.to_string(), bulk(t)] {
                assert!(keys(&t).iter().all(|k| k.0 != P), "{t:?}");
            }
        }
    }

    #[test]
    fn a_pronoun_after_the_attacker_only_when_no_other_is_told() {
        both(
            "The bomber killed six people at the market; he was injured by the blast.",
            &[(V, K, None, 6), (P, I, None, 1)],
        );
        // `he` told before the attacker is someone else
        for t in ["He shielded pupils from the gunman when he was shot."] {
            for t in [t.to_string(), bulk(t)] {
                assert!(keys(&t).iter().all(|k| k.0 != P), "{t:?}");
            }
        }
    }
}
