//! `perpetrator`: an attacker who died by their own attack, told as a further object of the
//! killing: `The bomber killed 8 people and himself`, `the gunmen killed 3 guards and then
//! themselves`.

use super::View;
use crate::casualties::extract::Mention;
use crate::casualties::lexicon::Voice;
use crate::records::{Approx, Count, Role, Status};

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
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
        if !killing
            || out.iter().rev().take(32).any(|m| {
                m.sentence == v.index && m.role == Role::Perpetrator && m.status == Status::Killed
            })
        {
            continue;
        }
        out.push(Mention {
            role: Role::Perpetrator,
            status: Status::Killed,
            nat: None,
            count: Count {
                value: 1,
                approx: Approx::Exact,
            },
            name: None,
            head: String::new(),
            desc: String::new(),
            single: true,
            sentence: v.index,
            pos: toks[k].start,
            rule: "",
            part: None,
            lone: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, K, P, V};

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
}
