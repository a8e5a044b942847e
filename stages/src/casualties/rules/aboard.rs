//! `aboard`: the people on a craft that vanished: `The plane vanished with 88 people on
//! board`, `a ferry carrying 40 passengers went missing`. (`All 40 aboard died` is a
//! counted group with `aboard` read by `groups`.)

use super::View;
use crate::casualties::extract::Mention;
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
    let Some(lost) = (0..toks.len()).find(|&i| vanished(toks[i].low) || went_down(i)) else {
        return;
    };
    // a crash whose dead or survivors the sentence tells is read by other rules
    if v.hits.iter().any(|h| h.status != Status::Missing) {
        return;
    }
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
            || matches!(it.head.as_str(), "passengers" | "crew");
        if it.name.is_none() && on_board {
            out.extend(v.take(g, Status::Missing));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, none, M, V};

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
    fn landed_safely_is_nothing() {
        none("The jet landed with 150 people on board.");
    }
}
