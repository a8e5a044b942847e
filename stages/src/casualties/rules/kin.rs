//! `verb_active` (relatives): someone lost family members in the event (`lost both
//! parents and his sister in the crash`, `she lost two sons in the attack`), or killed or
//! injured them (`a man shot and killed his wife`, `stabbed her husband to death`): a
//! relative named by a possessive is a person of its own, where `killed the officer`
//! names someone told of before.

use super::phrase::hypothetical;
use super::View;
use crate::casualties::context;
use crate::casualties::extract::Mention;
use crate::casualties::groups::is_age;
use crate::casualties::lexicon::Voice;
use crate::casualties::numbers::number_at;
use crate::records::{Approx, Count, Status};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Nouns of a person told of through a possessive (`data/casualties/possessed_people.tsv`):
/// whether each is plural.
static POSSESSED: LazyLock<HashMap<&'static str, bool>> = LazyLock::new(|| {
    crate::data::lines(include_str!(
        "../../../data/casualties/possessed_people.tsv"
    ))
    .filter_map(|l| l.split_once('\t'))
    .map(|(w, n)| (w, n.trim() == "pl"))
    .collect()
});

/// A relative noun, or another noun of a person told of through a possessive (`his
/// neighbour`, `her colleague`), and whether it is plural.
pub(super) fn kin(w: &str) -> Option<bool> {
    POSSESSED.get(w).copied()
}

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for k in 0..toks.len() {
        if matches!(v.low(k), "lost" | "loses" | "losing") {
            relatives(v, k + 1, Status::Killed, true, out);
        }
    }
}

/// `shot and killed his wife`, `killed his 14-year-old son`, `stabbed her husband to death`,
/// `injured his mother`: a casualty verb whose object is a relative named by a possessive
/// with no number (a counted one, `killed his two sons`, is read by the clause reader).
pub fn object(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for h in v.hits {
        // past forms only: the present and the gerund tell plots and habits more than
        // events (`thugs who kill his wife`, `killing his own son`)
        if h.voice != Voice::Verb || h.status == Status::Missing {
            continue;
        }
        let j = h.end;
        if !matches!(v.low(j), "his" | "her" | "their") {
            continue;
        }
        if context::negated(toks, h.start, h.start) || hypothetical(toks, h.start) {
            continue;
        }
        // "stabbed her husband to death": the object between the verb and its result
        let to_death = (j + 1..toks.len().min(j + 5))
            .find(|&e| kin(v.low(e)).is_some())
            .is_some_and(|e| v.to_death_at(e + 1));
        // a bare `shot` or `stabbed` does not say whether the relative lived
        let bare = h.end == h.start + 1 && matches!(v.low(h.start), "shot" | "stabbed");
        if bare && !to_death {
            continue;
        }
        let status = if to_death { Status::Killed } else { h.status };
        relatives(v, j, status, false, out);
    }
}

/// The relatives listed from token `j` (`both parents and his sister`), each a mention
/// with `status`; numbered ones only when `counted` (else the clause reader has them).
fn relatives(
    v: &mut View<'_>,
    mut j: usize,
    status: Status,
    counted: bool,
    out: &mut Vec<Mention>,
) {
    let toks = v.ctx.toks;
    loop {
        // "both parents", "two sons", "his sister", "her husband and two children"
        let (count, mut end) = match v.low(j) {
            "both" if counted => (Some(2), j + 1),
            // told of someone else: "my" is mostly a quoted grief, not a count
            "his" | "her" | "their" => (None, j + 1),
            _ if !counted => return,
            _ => match number_at(v.ctx.lex, toks, j).filter(|f| !f.article) {
                Some(f) => (Some(f.count.value), f.end),
                None => return,
            },
        };
        // "his 14-year-old son", "her estranged husband"
        while is_age(v.low(end)) || matches!(v.low(end), "estranged" | "former" | "own") {
            end += 1;
        }
        let Some(plural) = kin(v.low(end)) else {
            return;
        };
        if !counted && number_at(v.ctx.lex, toks, j + 1).is_some_and(|f| !f.article) {
            return;
        }
        // "killed his son, Ethan,": the relative and the given name are one named item, the
        // fact named (unless a reading took it already)
        if let Some(g) = v.item_at(j).filter(|&g| v.items[g].name.is_some()) {
            if let Some(m) = v.take(g, status) {
                out.push(m);
            }
            return;
        }
        // "killed her husband, Cody Roe,": the apposed name is the fact (read later)
        if !counted && v.low(end + 1) == "," && apposed_name(v, end + 2) {
            return;
        }
        // "killed her husband Cody Roe": the name right after the noun is the fact too
        if !counted
            && (v
                .item_at(end + 1)
                .is_some_and(|g| v.items[g].name.is_some())
                || super::phrase::plain_name(v.ctx, end + 1)
                    .is_some_and(|(_, e)| toks.get(e).is_none_or(|t| !t.is_word())))
        {
            return;
        }
        let value = match (count, plural) {
            (Some(c), _) => c,
            (None, false) => 1,
            (None, true) if v.low(end) == "parents" => 2,
            (None, true) => break,
        };
        let mut m = v.mention(
            &Default::default(),
            Count {
                value,
                approx: Approx::Exact,
            },
            status,
        );
        m.head = v.low(end).to_string();
        m.pos = toks[j].start;
        out.push(m);
        j = end + 1;
        match v.low(j) {
            "and" => j += 1,
            "," if v.low(j + 1) == "and" => j += 2,
            _ => break,
        }
    }
}

/// Whether a person's name starts at token `j` and runs to a comma or the sentence's end.
fn apposed_name(v: &View<'_>, j: usize) -> bool {
    if v.item_at(j).is_some_and(|g| v.items[g].name.is_some()) {
        return true;
    }
    let n = v.ctx.toks.len();
    let stop = (j..n.min(j + 5))
        .find(|&e| matches!(v.low(e), "," | "." | ";"))
        .unwrap_or(n.min(j + 5));
    stop > j && v.plain_names(j, stop).is_some()
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, keys, none, I, K, V};

    #[test]
    fn relatives_lost() {
        both(
            "The girl lost both parents and her brother in the crash.",
            &[(V, K, None, 2), (V, K, None, 1)],
        );
        both("He lost three sons in the attack.", &[(V, K, None, 3)]);
    }

    #[test]
    fn relatives_killed_or_injured() {
        both("A man killed his wife at their home.", &[(V, K, None, 1)]);
        both(
            "A man shot and killed his 14-year-old son, police said.",
            &[(V, K, None, 1)],
        );
        both(
            "A woman stabbed her husband to death, prosecutors said.",
            &[(V, K, None, 1)],
        );
        both(
            "The man shot and wounded his mother during an argument.",
            &[(V, I, None, 1)],
        );
        // counted relatives are the clause reader's, named ones the apposition's
        both("A man killed his two sons on Sunday.", &[(V, K, None, 2)]);
        for text in [
            "Cal Berrow killed his wife Ona Berrow on Monday.",
            "Cal Berrow shot dead his wife, Ona Berrow, 40, on Monday.",
        ] {
            assert_eq!(keys(text), vec![(V, K, None, 1)], "{text}");
        }
        none("He threatened to kill his wife.");
        none("He did not kill his brother.");
    }

    #[test]
    fn people_told_of_through_a_possessive() {
        both(
            "A man shot and killed his neighbour during a dispute.",
            &[(V, K, None, 1)],
        );
        both(
            "She stabbed and wounded her former boss.",
            &[(V, I, None, 1)],
        );
        none("He said he would kill his colleague.");
        none("She lost her colleagues' support after the vote.");
    }

    #[test]
    fn other_losses_are_nothing() {
        none("She lost her job and two houses after the storm.");
        none("\"I just lost my son,\" she said.");
    }
}
