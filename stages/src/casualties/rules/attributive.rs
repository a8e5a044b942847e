//! `verb_passive/attributive`: a status said of one person by an adjective before the
//! noun: `The slain officer, Paul Varga, 41, was a veteran`, `a dead man was found`, `the
//! injured driver`, `the missing fisherman`. The person named right after it in commas or
//! after `is`/`was` is that person.

use super::phrase;
use super::View;
use crate::casualties::context;
use crate::casualties::extract::Mention;
use crate::casualties::lexicon::class;
use crate::records::Status;

fn status_adjective(w: &str) -> Option<Status> {
    match w {
        "slain" | "murdered" | "dead" | "deceased" => Some(Status::Killed),
        "injured" | "wounded" => Some(Status::Injured),
        "missing" => Some(Status::Missing),
        _ => None,
    }
}

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for k in 1..toks.len() {
        let Some(status) = status_adjective(v.low(k)) else {
            continue;
        };
        if !matches!(v.low(k - 1), "the" | "a" | "an") {
            continue;
        }
        // a singular person noun, after at most one plain modifier (`the slain police officer`)
        let Some(hd) = (k + 1..k + 3).find(|&i| {
            toks.get(i).is_some_and(|t| t.has(class::PERSON_SG))
                && toks[k + 1..i]
                    .iter()
                    .all(|t| t.is_word() && !t.has(class::FUNCTION | class::AUX))
        }) else {
            continue;
        };
        // the noun is no possessor (`the dead man's car` still counts him; `the dead man's
        // son` does too), but a phrase another reading took is left to it
        let (from, to) = (toks[k - 1].start, toks[hd].end);
        if out
            .iter()
            .any(|m| m.sentence == v.index && m.pos >= from && m.pos < to)
        {
            continue;
        }
        if context::negated(toks, k, k) || phrase::hypothetical(toks, k) {
            continue;
        }
        let head = toks[hd].low.to_string();
        // "the slain officer, Paul Varga,", "the missing fisherman is Jonas Petraitis": the
        // name in commas or after a copula
        if matches!(v.low(hd + 1), "," | "is" | "was") {
            if let Some(g) = v.item_at(hd + 2).filter(|&g| v.items[g].name.is_some()) {
                if let Some(mut m) = v.take(g, status) {
                    m.head = head;
                    out.push(m);
                    continue;
                }
            }
            if let Some((name, _)) = phrase::plain_name(v.ctx, hd + 2)
                .filter(|_| crate::lexicon::given_name(v.low(hd + 2)).is_some())
            {
                let mut m = v.named(name, hd + 2, status);
                m.head = head;
                out.push(m);
                continue;
            }
        }
        let mut m = v.named(String::new(), k - 1, status);
        m.name = None;
        m.single = true;
        m.head = head;
        out.push(m);
    }
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, none, run, I, K, M, V};

    #[test]
    fn adjective_before_a_person() {
        for text in [
            "The slain officer, Paul Varga, 41, was a 12-year veteran of the force.",
            "the slain officer , paul varga , 41 , was a 12-year veteran of the force .",
        ] {
            let f = run(text);
            assert_eq!(f.len(), 1, "{f:?}");
            assert_eq!(
                f[0].name.as_deref().map(str::to_lowercase).as_deref(),
                Some("paul varga")
            );
        }
        both(
            "Hikers found a dead man near the summit.",
            &[(V, K, None, 1)],
        );
        both(
            "The injured driver was taken to hospital.",
            &[(V, I, None, 1)],
        );
        both(
            "Police said the missing diver is Omar Haddad.",
            &[(V, M, None, 1)],
        );
    }

    #[test]
    fn no_person_no_fact() {
        none("The dead battery left them stranded.");
        none("Officers said no injured person was found.");
    }
}
