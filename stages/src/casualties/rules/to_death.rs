//! `verb_active/to_death`: a verb of violence, its object, then the outcome: `stabbed three
//! people to death`, `shooting two of his neighbours to death`, `shot 17-year-old leon marsh
//! 16 times to his death`, `beat a guard to death`. The object is killed, not injured (a
//! bare `stabbed` or `shot` before it reads as injured), whatever the verb's form.

use super::phrase::hypothetical;
use super::View;
use crate::casualties::context;
use crate::casualties::extract::Mention;
use crate::casualties::lexicon::class;
use crate::casualties::numbers::number_at;
use crate::records::Status;

/// Verbs of violence that take an object before `to death`.
fn violent(w: &str) -> bool {
    matches!(
        w,
        "shot"
            | "shoot"
            | "shoots"
            | "shooting"
            | "stabbed"
            | "stab"
            | "stabs"
            | "stabbing"
            | "beat"
            | "beats"
            | "beaten"
            | "beating"
            | "strangled"
            | "strangling"
            | "choked"
            | "choking"
            | "bludgeoned"
            | "bludgeoning"
            | "hacked"
            | "hacking"
            | "kicked"
            | "kicking"
            | "stomped"
            | "stomping"
            | "battered"
            | "battering"
            | "clubbed"
            | "stoned"
            | "stoning"
            | "burned"
            | "burning"
            | "crushed"
            | "crushing"
            | "mauled"
            | "mauling"
            | "trampled"
            | "starved"
            | "starving"
            | "tortured"
            | "torturing"
            | "shocked"
    )
}

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for k in 1..toks.len() {
        // "to death", "to his death", "to their deaths"; after a shooting, "dead" (`shot
        // nine people dead`)
        let dead = v.low(k) == "dead";
        if v.low(k) != "to" && !dead {
            continue;
        }
        let death = dead
            || v.low(k + 1) == "death"
            || (matches!(v.low(k + 1), "his" | "her" | "their")
                && matches!(v.low(k + 2), "death" | "deaths"));
        if !death {
            continue;
        }
        // "... 16 times to his death"
        let mut e = k;
        if e >= 2 && v.low(e - 1) == "times" {
            if let Some(n) = (e.saturating_sub(4)..e - 1)
                .find(|&n| number_at(v.ctx.lex, toks, n).is_some_and(|f| f.end == e - 1))
            {
                e = n;
            }
        }
        // the object ends right before, or is a part: `three of the children`, `one of his
        // victims` (the group after `of` no item of its own)
        let part = || {
            let g = v
                .items
                .iter()
                .rposition(|it| it.end < e && it.end + 5 >= e)?;
            let it = &v.items[g];
            (it.partitive && v.low(it.end) == "of" && toks[it.end..e].iter().all(|t| t.is_word()))
                .then_some(g)
        };
        let Some(last) = v.item_ending(e).or_else(part) else {
            if !dead {
                plain_object(v, e, out);
            }
            continue;
        };
        let list = v.list_to(last);
        let start = v.items[list[0]].start;
        let shooting = |w: &str| matches!(w, "shot" | "shoot" | "shoots" | "shooting");
        if start == 0 || !violent(v.low(start - 1)) || dead && !shooting(v.low(start - 1)) {
            continue;
        }
        let verb = start - 1;
        if context::negated(toks, verb, verb) || hypothetical(toks, verb) {
            continue;
        }
        for g in list {
            let it = &v.items[g];
            // `stabbed the officer to death` names someone told of before
            if it.definite && it.name.is_none() {
                continue;
            }
            let Some(count) = it.count else { continue };
            let pos = toks.get(it.start).map_or(0, |t| t.start);
            // read by the clause reader as injured (`stabbed three people`): killed
            if let Some(m) = out
                .iter_mut()
                .find(|m| m.sentence == v.index && m.pos == pos)
            {
                m.status = Status::Killed;
                continue;
            }
            if v.used[g] {
                continue;
            }
            v.used[g] = true;
            // a part (`two of his children`) is counted by its own number here
            out.push(v.mention(it, count, Status::Killed));
        }
    }
}

/// In lower-cased text, a plain name as the object, perhaps after an age: `shot 17-year-old
/// leon marsh 16 times to his death` (the age alone may have been read as one injured).
fn plain_object(v: &mut View<'_>, e: usize, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    if !v.ctx.lower {
        return;
    }
    // two or three words no word list knows, right before `to death` or `N times`
    let plain = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.is_word()
                && !matches!(t.kind, crate::casualties::tokens::Kind::Num { .. })
                && !t.has(class::LISTED)
        })
    };
    let Some(s) = [e.saturating_sub(2), e.saturating_sub(3)]
        .into_iter()
        .find(|&s| s > 0 && (s..e).all(plain) && !plain(s - 1))
    else {
        return;
    };
    let Some(text) = v.ctx.text.get(toks[s].start..toks[e - 1].end) else {
        return;
    };
    let name = crate::casualties::person_name::title_words(text);
    let from = if s > 0 && crate::casualties::groups::is_age(v.low(s - 1)) {
        s - 1
    } else {
        s
    };
    if from == 0 || !violent(v.low(from - 1)) {
        return;
    }
    let verb = from - 1;
    if context::negated(toks, verb, verb) || hypothetical(toks, verb) {
        return;
    }
    let at = |i: usize| toks.get(i).map_or(0, |t| t.start);
    // the object read as one injured: any mention between the verb and `to death`
    if let Some(m) = out.iter_mut().find(|m| {
        m.sentence == v.index && m.status == Status::Injured && (at(verb)..at(e)).contains(&m.pos)
    }) {
        m.status = Status::Killed;
        m.name.get_or_insert(name);
        return;
    }
    out.push(v.named(name, s, Status::Killed));
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{keys, I, K, V};

    #[test]
    fn an_object_done_to_death_is_killed() {
        for text in [
            "He stabbed three people to death.",
            "he stabbed three people to death .",
            "She is accused of shooting three people to death.",
            "The nanny stabbed three of the children to death.",
            "the nanny stabbed three of the children to death .",
        ] {
            assert_eq!(keys(text), vec![(V, K, None, 3)], "{text}");
        }
        assert_eq!(
            keys("He is accused of shooting two men to death and wounding four others."),
            vec![(V, K, None, 2), (V, I, None, 4)]
        );
        // after a shooting, `dead` is the outcome too (not after a stabbing: `stabbed two
        // guards, dead …` is no such phrase)
        assert_eq!(
            keys("The sniper shot six soldiers dead at the checkpoint."),
            vec![(V, K, None, 6)]
        );
        assert_eq!(
            keys("the sniper shot six soldiers dead at the checkpoint ."),
            vec![(V, K, None, 6)]
        );
        // not done: threats and denials
        assert!(keys("He threatened to beat two guards to death.").is_empty());
        assert!(keys("He denied stabbing two men to death.").is_empty());
    }
}
