//! `aboard`: the people on a craft that vanished: `The plane vanished with 88 people on
//! board`, `a ferry carrying 40 passengers went missing`, `the plane was carrying 132
//! passengers and crew, and none survived`. (`All 40 aboard died` is a
//! counted group with `aboard` read by `groups`.)

use super::View;
use crate::casualties::extract::Mention;
use crate::casualties::lexicon::Voice;
use crate::records::Status;

/// Words saying a craft was lost without saying what became of those on it.
fn vanished(w: &str) -> bool {
    matches!(
        w,
        "vanished"
            | "disappeared"
            | "missing"
            | "vanishes"
            | "disappears"
            | "disappearance"
            | "crashed"
            | "sank"
            | "capsized"
            | "ditched"
    )
}

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    // "went down", "has gone down" count as a loss too
    let went_down = |i: usize| {
        v.low(i) == "down" && i > 0 && matches!(v.low(i - 1), "went" | "gone" | "goes" | "go")
    };
    // "... carrying 132 passengers and crew, and none survived": saying that nobody
    // survived tells the loss too.
    let survived = || (0..toks.len()).find(|&i| matches!(toks[i].low, "survived" | "survives"));
    let Some(lost) = (0..toks.len())
        .find(|&i| vanished(toks[i].low) || went_down(i))
        .or_else(|| survived().filter(|_| no_survivors(v)))
    else {
        return;
    };
    // a crash whose dead or survivors the sentence tells is read by other rules
    if v.hits.iter().any(|h| h.status != Status::Missing) {
        return;
    }
    // "... sank; 40 are still missing": the missing are counted apart from those aboard;
    // so are they when `missing` is the only loss the sentence tells and its subject is
    // not the craft's load ("carrying 312 people; 287 were rescued and 25 are missing";
    // not "a plane carrying 6 people went missing", nor a craft's own number before a
    // verb of its loss, "flight 388 disappeared with 73 people on board")
    let carried = |it: &crate::casualties::groups::Item| {
        it.start > 0 && matches!(v.low(it.start - 1), "with" | "carrying")
    };
    let counted_missing = v.hits.iter().any(|h| {
        v.items.iter().any(|it| {
            it.count.is_some()
                && it.end <= h.start
                && h.start - it.end <= 3
                && (h.start != lost || (v.low(lost) == "missing" && !carried(it)))
        })
    });
    if counted_missing {
        return;
    }
    let gone_without_trace = matches!(
        toks[lost].low,
        "vanished" | "disappeared" | "vanishes" | "disappears"
    );
    // whether the sentence says nobody came through, asked once
    let mut dead = None;
    for (k, t) in toks.iter().enumerate() {
        if !matches!(t.low, "with" | "carrying") {
            continue;
        }
        // the craft's loss is told in the same clause, before or after
        if lost.abs_diff(k) > 12 {
            continue;
        }
        let Some(g) = v.item_at(k + 1) else {
            continue;
        };
        let it = &v.items[g];
        let on_board = matches!(v.low(it.end), "aboard" | "onboard")
            || (v.low(it.end) == "on" && v.low(it.end + 1) == "board")
            || it.desc.ends_with("aboard")
            || it.desc.ends_with("on board")
            || matches!(it.head.as_str(), "passengers" | "crew")
            // "a plane carrying four people vanished": those a craft carried when it vanished
            // (not when it crashed or sank, read by the rules for the dead)
            || (t.low == "carrying" && gone_without_trace);
        if it.name.is_none() && on_board {
            let status = if *dead.get_or_insert_with(|| no_survivors(v)) {
                Status::Killed
            } else {
                Status::Missing
            };
            out.extend(v.take(g, status));
        }
    }
}

/// Whether the sentence says nobody came through: `no one survived`, `nobody survived`,
/// `none of them survived`, `there were no survivors`. Then those on a lost craft are dead,
/// not missing.
fn no_survivors(v: &View<'_>) -> bool {
    let n = v.ctx.toks.len();
    (0..n).any(|k| {
        let nobody = match (v.low(k), v.low(k + 1)) {
            ("no", "one") | ("none", "of") => Some(k + 2),
            ("nobody" | "none" | "no-one", _) => Some(k + 1),
            _ => None,
        };
        if let Some(start) = nobody {
            // "none of them survived", "no one on board is thought to have survived";
            // not "no one knows how many survived"
            let filler = |w: &str| {
                matches!(
                    w,
                    "of" | "them"
                        | "those"
                        | "on"
                        | "board"
                        | "aboard"
                        | "onboard"
                        | "is"
                        | "was"
                        | "thought"
                        | "believed"
                        | "reported"
                        | "known"
                        | "to"
                        | "has"
                        | "have"
                        | "had"
                )
            };
            let mut j = start;
            while j < n && j < k + 8 && filler(v.low(j)) {
                j += 1;
            }
            return matches!(v.low(j), "survived" | "survives");
        }
        // "there were no survivors", "there are no survivors"
        v.low(k) == "there"
            && matches!(v.low(k + 1), "were" | "are" | "was")
            && v.low(k + 2) == "no"
            && v.low(k + 3) == "survivors"
    })
}

/// `carrying 132 passengers and 7 crew, crashed, killing everyone on board`, `None of the
/// 120 passengers aboard survived`, `injuring all of them`: everyone on the craft.
pub fn everyone(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    // "none of the 120 passengers aboard survived"
    for k in 0..toks.len() {
        if v.low(k) == "none" && v.low(k + 1) == "of" {
            if let Some(g) = v.item_at(k + 2) {
                let e = v.items[g].end;
                if matches!(v.low(e), "survived" | "survive")
                    || (v.low(e) == "have" && v.low(e + 1) == "survived")
                {
                    out.extend(v.take(g, Status::Killed));
                }
            }
        }
    }
    // "killing everyone on board", "injuring all of them"
    for h in v.hits {
        if !matches!(h.voice, Voice::Active | Voice::Verb) {
            continue;
        }
        let e = h.end;
        let all = matches!(
            (v.low(e), v.low(e + 1), v.low(e + 2)),
            (
                "everyone" | "everybody" | "all",
                "on" | "aboard" | "onboard",
                _
            ) | ("all", "of", "them")
                | ("all", "those", "aboard" | "on")
        );
        if !all {
            continue;
        }
        // the groups the craft carried, told in the sentence before the verb
        let carried: Vec<usize> = (0..v.items.len())
            .filter(|&g| {
                let it = &v.items[g];
                it.end <= h.start
                    && it.start > 0
                    && matches!(v.low(it.start - 1), "carrying" | "with" | "and")
                    && it.name.is_none()
            })
            .collect();
        for g in carried {
            out.extend(v.take(g, h.status));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, none, I, K, M, V};

    #[test]
    fn carrying_people_when_none_survived() {
        both(
            "The jet was carrying 61 passengers and crew, and none survived.",
            &[(V, K, None, 61)],
        );
        none("The coach was carrying 30 pupils, and all of them survived.");
    }

    #[test]
    fn lost_with_people_aboard() {
        both(
            "The trawler vanished with 14 people aboard.",
            &[(V, M, None, 14)],
        );
        both(
            "A small plane carrying 5 passengers disappeared over the lake.",
            &[(V, M, None, 5)],
        );
        both(
            "The airliner went down with 112 people on board.",
            &[(V, M, None, 112)],
        );
        both(
            "The ferry capsized with 95 people on board.",
            &[(V, M, None, 95)],
        );
        both(
            "The airliner went missing on Sunday with 120 people on board.",
            &[(V, M, None, 120)],
        );
    }

    #[test]
    fn missing_counted_apart_from_those_aboard() {
        both(
            "The boat was carrying 60 migrants when it capsized; 12 remain missing.",
            &[(V, M, None, 12)],
        );
        both(
            "The trawler sank with 9 crew on board; four are still missing.",
            &[(V, M, None, 4)],
        );
        both(
            "The barge was carrying 40 workers; 33 were rescued and 7 are missing.",
            &[(V, M, None, 7)],
        );
        both(
            "Flight KL 212 disappeared over the gulf with 58 people on board.",
            &[(V, M, None, 58)],
        );
    }

    #[test]
    fn lost_with_people_aboard_and_no_survivors() {
        both(
            "The barge sank with 12 people on board; nobody survived.",
            &[(V, K, None, 12)],
        );
        both(
            "The helicopter crashed with four people aboard, and none of them survived.",
            &[(V, K, None, 4)],
        );
        both(
            "The plane went down with 9 passengers on board; there were no survivors.",
            &[(V, K, None, 9)],
        );
        // still missing: survival is unknown
        both(
            "The boat capsized with 30 people aboard; no one knows how many survived.",
            &[(V, M, None, 30)],
        );
    }

    #[test]
    fn everyone_aboard() {
        both(
            "The jet, carrying 98 passengers and 6 crew, hit a hill, killing everyone on board.",
            &[(V, K, None, 98), (V, K, None, 6)],
        );
        both(
            "None of the 70 passengers aboard survived.",
            &[(V, K, None, 70)],
        );
        both(
            "A van carrying 9 farmworkers rolled over, injuring all of them.",
            &[(V, I, None, 9)],
        );
    }

    #[test]
    fn landed_safely_is_nothing() {
        none("The jet landed with 150 people on board.");
    }
}
