//! `verb_active` (relatives lost): someone lost family members in the event: `lost both
//! parents and his sister in the crash`, `she lost two sons in the attack`.

use super::View;
use crate::casualties::extract::Mention;
use crate::casualties::numbers::number_at;
use crate::records::{Approx, Count, Status};

/// A relative noun and whether it is plural.
fn kin(w: &str) -> Option<bool> {
    match w {
        "parents" | "brothers" | "sisters" | "sons" | "daughters" | "children" | "grandparents"
        | "grandchildren" | "siblings" | "relatives" | "cousins" => Some(true),
        "father" | "mother" | "brother" | "sister" | "son" | "daughter" | "husband" | "wife"
        | "grandmother" | "grandfather" | "uncle" | "aunt" | "fiance" | "fiancee" | "child"
        | "baby" | "cousin" | "nephew" | "niece" => Some(false),
        _ => None,
    }
}

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for k in 0..toks.len() {
        if !matches!(v.low(k), "lost" | "loses" | "losing") {
            continue;
        }
        let mut j = k + 1;
        loop {
            // "both parents", "two sons", "his sister", "her husband and two children"
            let (count, end) = match v.low(j) {
                "both" => (Some(2), j + 1),
                // told of someone else: "my" is mostly a quoted grief, not a count
                "his" | "her" | "their" => (None, j + 1),
                _ => match number_at(v.ctx.lex, toks, j).filter(|f| !f.article) {
                    Some(f) => (Some(f.count.value), f.end),
                    None => return,
                },
            };
            let Some(plural) = kin(v.low(end)) else {
                break;
            };
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
                Status::Killed,
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
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, none, K, V};

    #[test]
    fn relatives_lost() {
        both(
            "The girl lost both parents and her brother in the crash.",
            &[(V, K, None, 2), (V, K, None, 1)],
        );
        both("He lost three sons in the attack.", &[(V, K, None, 3)]);
    }

    #[test]
    fn other_losses_are_nothing() {
        none("She lost her job and two houses after the storm.");
        none("\"I just lost my son,\" she said.");
    }
}
