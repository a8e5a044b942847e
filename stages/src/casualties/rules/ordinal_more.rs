//! `verb_passive/ordinal_more`: one more person of a group just counted, named by an
//! ordinal, the noun and often the auxiliary left out: `Two soldiers were killed and a third
//! wounded`, `three people died and a fourth is missing`, `two hikers were rescued, but a
//! third was found dead`.

use super::View;
use crate::casualties::context;
use crate::casualties::extract::Mention;
use crate::casualties::lexicon::{class, Voice};
use crate::casualties::tokens::Kind;
use crate::records::{Approx, Count};

fn is_ordinal(w: &str) -> bool {
    matches!(
        w,
        "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
    )
}

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for k in 1..toks.len() {
        // the cheap test first: `another`, or `a` + an ordinal
        let w = toks[k].low;
        if !(w == "another" || (toks[k - 1].low == "a" && is_ordinal(w))) {
            continue;
        }
        if let Some(m) = object_after_and(v, out, k) {
            out.push(m);
            continue;
        }
        let coordinated = k >= 2 && matches!(v.low(k - 2), "and" | "but");
        if !(v.low(k - 1) == "a" && is_ordinal(v.low(k)) && coordinated) {
            continue;
        }
        // a group counted before it in the sentence, whose role the one more shares
        // ("two attackers were killed and a third wounded"); a group counted with no
        // casualty ("two hikers were rescued, but a third was found dead") gives none.
        let role = out
            .iter()
            .rev()
            .find(|m| m.sentence == v.index && m.pos < toks[k].start)
            .map(|m| m.role);
        let counted = v
            .items
            .iter()
            .any(|it| it.end + 1 < k && it.count.is_some());
        if role.is_none() && !counted {
            continue;
        }
        let mut j = k + 1;
        while toks
            .get(j)
            .is_some_and(|t| v.ctx.lex.aux.contains(t.low) || t.low.ends_with("ly"))
        {
            j += 1;
        }
        // "a third was found dead": a verb of finding before the status word (its
        // trigger may open at the auxiliary).
        if matches!(
            v.low(j),
            "found" | "reported" | "confirmed" | "declared" | "pronounced"
        ) {
            j += 1;
        }
        let Some(h) = v
            .hits
            .iter()
            .find(|h| h.start > k && h.start <= j && h.end > j)
        else {
            continue;
        };
        if context::negated(toks, h.start, k) {
            continue;
        }
        let one = Count {
            value: 1,
            approx: Approx::Exact,
        };
        let mut m = v.mention(&Default::default(), one, h.status);
        if let Some(role) = role {
            m.role = role;
        }
        m.pos = toks[k - 1].start;
        out.push(m);
    }
}

/// One more of a group an active verb counted, as the object of a second verb after `and`:
/// `shot dead two gunmen and wounded a third`, `killing one person and injuring another.`
/// The one more is `a` + an ordinal or `another` right after the verb, ending the clause
/// (not `a third time`, `another 14`, `another man`), and takes the role of the casualty
/// counted before it in the sentence.
fn object_after_and(v: &View<'_>, out: &[Mention], k: usize) -> Option<Mention> {
    let toks = v.ctx.toks;
    let verb_end = match v.low(k) {
        "another" => k,
        w if is_ordinal(w) && k >= 1 && v.low(k - 1) == "a" => k - 1,
        _ => return None,
    };
    let h = v.hits.iter().find(|h| {
        h.end == verb_end
            && matches!(h.voice, Voice::Active | Voice::Verb)
            && h.start > 0
            && v.low(h.start - 1) == "and"
    })?;
    let ends = toks.get(k + 1).is_none_or(|t| {
        matches!(t.kind, Kind::Punct(_)) || (t.is_word() && t.has(class::FUNCTION))
    });
    if !ends {
        return None;
    }
    let before = out
        .iter()
        .rev()
        .find(|m| m.sentence == v.index && m.pos < toks[h.start].start)?;
    let one = Count {
        value: 1,
        approx: Approx::Exact,
    };
    let mut m = v.mention(&Default::default(), one, h.status);
    m.role = before.role;
    m.pos = toks[verb_end].start;
    Some(m)
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, none, I, K, M, P, V};

    #[test]
    fn one_more_of_the_group() {
        both(
            "Two soldiers were killed and a third wounded.",
            &[(V, K, None, 2), (V, I, None, 1)],
        );
        both(
            "Three fishermen drowned and a fourth is still missing.",
            &[(V, K, None, 3), (V, M, None, 1)],
        );
        both(
            "Two climbers were rescued unharmed, but a third was found dead.",
            &[(V, K, None, 1)],
        );
        none("Two climbers were rescued, but a third was not found.");
        both(
            "Two gunmen were killed and a third was wounded.",
            &[(P, K, None, 2), (P, I, None, 1)],
        );
        none("He came a third time and was turned away.");
    }

    #[test]
    fn one_more_as_the_object_of_a_second_verb() {
        both(
            "Troops shot dead three gunmen and wounded a fourth.",
            &[(P, K, None, 3), (P, I, None, 1)],
        );
        both(
            "The van hit a bus stop, killing one man and injuring another.",
            &[(V, K, None, 1), (V, I, None, 1)],
        );
        none("The striker scored twice and added a third in the second half.");
    }
}
