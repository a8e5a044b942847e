//! `along_with`: a group joined to a casualty clause after it: `The two gunmen died in the
//! firefight, along with a soldier`, `Nine miners were hurt, together with their foreman`.

use super::View;
use crate::casualties::extract::Mention;

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for (k, t) in toks.iter().enumerate() {
        if !(matches!(t.low, "along" | "together") && v.low(k + 1) == "with") {
            continue;
        }
        // the status of the clause it is joined to: the last mention before it
        let before = t.start;
        let Some(status) = out
            .iter()
            .rev()
            .find(|m| m.sentence == v.index && m.pos < before)
            .map(|m| m.status)
        else {
            continue;
        };
        if let Some(first) = v.item_at(k + 2) {
            for g in v.list_from(first) {
                out.extend(v.take(g, status));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, K, P, V};

    #[test]
    fn joined_group() {
        both(
            "The three attackers died in the raid, along with a police officer.",
            &[(P, K, None, 3), (V, K, None, 1)],
        );
        both(
            "Four climbers were killed, along with two local guides.",
            &[(V, K, None, 4), (V, K, None, 2)],
        );
    }
}
