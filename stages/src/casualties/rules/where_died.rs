//! `verb_passive/where_died`: a person taken somewhere who died there: `The driver was taken
//! to hospital, where he died`, `Medics rushed the boy to a clinic, where he was pronounced
//! dead`. The trip to hospital reads as an injury; the clause after `where` tells that the
//! same person died, so the person is counted once, as killed.

use super::View;
use crate::casualties::extract::Mention;
use crate::records::Status;

/// Words between the pronoun and the dying: `where he later died`, `where she was
/// pronounced dead`.
fn between(w: &str) -> bool {
    matches!(
        w,
        "later" | "then" | "eventually" | "subsequently" | "soon" | "was" | "were" | "had"
    )
}

/// How many words the auxiliaries and adverbs between the pronoun and the dying may be.
const BETWEEN_WORDS: usize = 3;

/// How many words before `where` the carrying verb may stand.
const VERB_REACH: usize = 12;

/// How many words may stand between the carrying verb and the person it carries (`Lee
/// was rushed`, `took the boy to`).
const PERSON_REACH: usize = 2;

/// The number the pronoun after `where` gives its person: one (`he`, `she`) or several
/// (`they`); none for another word.
fn pronoun_one(w: &str) -> Option<bool> {
    match w {
        "he" | "she" => Some(true),
        "they" => Some(false),
        _ => None,
    }
}

/// How many words an apposition between a named subject and its carrying verb may hold
/// (`Lee, 45, of the 300 block of Main Street, was taken`).
const APPOSITION_WORDS: usize = 12;

/// Whether an apposition in commas and only auxiliaries or adverbs stand between a name
/// ending at `e` and the carrying verb at `c`: `Lee, 45, was taken to ...`, `Lee, of Dorran,
/// was rushed to ...`. The apposition holds no verb's clause of its own (no `who`, no
/// status word), so the name is the verb's subject.
fn apposed_subject(v: &View<'_>, e: usize, c: usize) -> bool {
    if v.low(e) != "," || c <= e + 2 || c - e > APPOSITION_WORDS + 2 {
        return false;
    }
    let Some(close) = (e + 1..c).rev().find(|&q| v.low(q) == ",") else {
        return false;
    };
    let toks = v.ctx.toks;
    close > e + 1
        && (close + 1..c).all(|q| {
            toks[q].is_word() && (v.ctx.lex.aux.contains(v.low(q)) || v.low(q).ends_with("ly"))
        })
}

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for h in v.hits.iter().filter(|h| h.status == Status::Killed) {
        // "where he died": the pronoun, a few auxiliaries or adverbs, then the dying
        let mut a = h.start;
        while a > 0 && between(v.low(a - 1)) && h.start - a < BETWEEN_WORDS {
            a -= 1;
        }
        if a < 2 || v.low(a - 2) != "where" {
            continue;
        }
        let Some(one) = pronoun_one(v.low(a - 1)) else {
            continue;
        };
        let w = a - 2;
        // the carrying verb (`carry_verbs.txt`) of the same sentence, a few words before `where`
        let Some(c) = (w.saturating_sub(VERB_REACH)..w)
            .rev()
            .find(|&k| v.ctx.lex.carry_verbs.contains(v.low(k)))
        else {
            continue;
        };
        let fits = |value: u64| if one { value == 1 } else { value > 1 };
        let at = toks[w].start;
        // the person carried is already read as injured (`was taken to hospital`)
        if let Some(m) = out.iter_mut().rev().find(|m| {
            m.sentence == v.index
                && m.pos < at
                && m.status == Status::Injured
                && fits(m.count.value)
        }) {
            m.status = Status::Killed;
            continue;
        }
        // or named as the carrying verb's subject or object and not read yet: `Lee was
        // rushed to ...`, `paramedics took Lee to ...`
        let near = |k: usize| {
            let it = &v.items[k];
            // (a comma right after the person closes an apposition: the name the
            // apposition describes is the subject, not a place inside it)
            // (or the person's own apposition, which an opening name's item runs over)
            let own = toks[it.start..it.end].iter().any(|t| t.is_punct(','));
            (it.end <= c
                && c - it.end <= PERSON_REACH
                && (own || (it.end..c).all(|q| v.low(q) != ",")))
                || (it.start > c && it.start - c <= PERSON_REACH && it.end < w)
                || (it.name.is_some() && apposed_subject(v, it.end, c))
        };
        let Some(k) = (0..v.items.len())
            .rev()
            .find(|&k| near(k) && v.items[k].count.is_some_and(|n| fits(n.value)) && !v.used[k])
        else {
            continue;
        };
        if let Some(m) = v.take(k, Status::Killed) {
            out.push(m);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, bulk, keys, none, I, K, V};

    #[test]
    fn carried_then_died_is_killed() {
        for text in [
            "The boy was taken to a hospital, where he was pronounced dead.",
            "the boy was taken to a hospital , where he was pronounced dead .",
            "A cyclist was rushed to hospital, where she later died.",
        ] {
            assert_eq!(keys(text), vec![(V, K, None, 1)], "{text}");
        }
        both(
            "Two climbers were airlifted to hospital, where they died.",
            &[(V, K, None, 2)],
        );
    }

    #[test]
    fn a_named_subject_before_its_apposition() {
        let text = "Neil Varga, 45, was taken to Mercy Hospital, where he died.";
        assert_eq!(keys(text), vec![(V, K, None, 1)]);
        assert_eq!(keys(&bulk(text)), vec![(V, K, None, 1)]);
        // a name before a clause of its own is no subject of the carrying verb
        let f = crate::casualties::tests::run(
            "Neil Varga, a neighbour, said a man was taken to hospital, where he died.",
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].name, None);
    }

    #[test]
    fn other_clauses_after_where_stay_injuries() {
        // the person carried is not the one who died, or nobody died
        assert_eq!(
            keys("A nurse was taken to hospital, where she was treated for burns."),
            vec![(V, I, None, 1)]
        );
        assert_eq!(
            keys("Three men were taken to hospital, where he was pronounced dead."),
            vec![(V, I, None, 3)]
        );
        none("The suspect was taken to the station, where he was questioned.");
    }
}
