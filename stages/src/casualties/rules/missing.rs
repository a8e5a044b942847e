//! `missing` without the word on the group: `the fate of 22 miners remains unknown`, `the
//! whereabouts of 19 passengers are unknown`, `police listed eight people as missing`,
//! `searchers have yet to find six workers`.

use super::View;
use crate::casualties::extract::Mention;
use crate::records::Status;

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for k in 0..toks.len() {
        let group = match (v.low(k), v.low(k + 1)) {
            // "the fate of 22 miners ... unknown"
            ("fate" | "whereabouts", "of") => {
                let unknown = (k + 2..(k + 16).min(toks.len()))
                    .any(|i| matches!(v.low(i), "unknown" | "unclear"));
                v.item_at(k + 2).filter(|_| unknown)
            }
            // "listed eight people as missing"
            ("listed" | "lists" | "list", _) => v.item_at(k + 1).filter(|&g| {
                let e = v.items[g].end;
                v.low(e) == "as" && v.low(e + 1) == "missing"
            }),
            // "have yet to find six workers", "are still searching for 12 crew"
            ("yet", "to") if matches!(v.low(k + 2), "find" | "locate" | "recover") => {
                v.item_at(k + 3)
            }
            ("searching" | "looking", "for") => v.item_at(k + 2),
            _ => None,
        };
        if let Some(g) = group {
            // people counted by a person noun, not a bare number or the attackers sought
            let it = &v.items[g];
            if it.count.is_some_and(|c| c.value > 0) && !it.bare && !it.perp {
                out.extend(v.take(g, Status::Missing));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, M, V};

    #[test]
    fn fates_unknown() {
        both(
            "The fate of 14 fishermen remains unknown.",
            &[(V, M, None, 14)],
        );
        both(
            "The whereabouts of 9 hikers are still unknown.",
            &[(V, M, None, 9)],
        );
        both(
            "Police have listed six people as missing.",
            &[(V, M, None, 6)],
        );
        both(
            "Divers have yet to find three workers who vanished in the flood.",
            &[(V, M, None, 3)],
        );
    }
}
