//! `breakdown_list`: a total followed by its parts in an apposition that shares the total's
//! predicate: `All 40 people aboard, 36 passengers and four crew, died`, `12 people - 9
//! tourists and 3 guides - were hurt`, `the blast killed 20 people (15 soldiers and 5 civilians)`.

use super::View;
use crate::casualties::extract::Mention;

const RULE: &str = "breakdown_list";

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let totals: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .filter_map(|(m, mention)| v.item_of(mention).map(|k| (m, k)))
        .collect();
    for (m, k) in totals {
        let after = v.items[k].end;
        let close = match v.low(after) {
            "," => ",",
            "-" => "-",
            "(" => ")",
            ":" => ".",
            _ => continue,
        };
        let Some(first) = v.item_at(after + 1) else {
            continue;
        };
        let parts = v.list_from(first);
        let last_end = parts.last().map_or(after, |&p| v.items[p].end);
        let closed = v.low(last_end) == close || (close == "." && last_end >= v.ctx.toks.len());
        let total = out[m].count.value;
        let sum: u64 = parts
            .iter()
            .map(|&p| v.items[p].count.map_or(0, |c| c.value))
            .sum();
        if !closed || parts.len() < 2 || sum > total || parts.iter().any(|&p| v.used[p]) {
            continue;
        }
        let status = out[m].status;
        for p in parts {
            out.extend(v.take(p, status, RULE));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, I, K, V};

    #[test]
    fn total_then_parts() {
        both(
            "All 30 people aboard, 26 passengers and four crew members, were killed.",
            &[(V, K, None, 30), (V, K, None, 26), (V, K, None, 4)],
        );
        both(
            "Eleven people - eight tourists and three guides - were injured.",
            &[(V, I, None, 11), (V, I, None, 8), (V, I, None, 3)],
        );
    }
}
