//! `breakdown_list`: a total followed by its parts in an apposition that shares the total's
//! predicate: `All 40 people aboard, 36 passengers and four crew, died`, `12 people - 9
//! tourists and 3 guides - were hurt`, `the blast killed 20 people (15 soldiers and 5 civilians)`.

use super::View;
use crate::casualties::extract::Mention;
use crate::casualties::said_tail;

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let totals: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .filter_map(|(m, mention)| v.item_of(mention).map(|k| (m, k)))
        .collect();
    for (m, k) in totals {
        // the parts follow the group ("12 people, 9 tourists and 3 guides, died") or its
        // predicate ("11 people were killed, seven men and four women")
        let mut after = v.items[k].end;
        // (after a phrase of place the parts are counted groups, no names: `killed nine
        // people at a church in Arlen, South County, ...`)
        let mut placed_after = false;
        if !matches!(v.low(after), "," | "-" | "(" | ":") {
            let h = v.hits.partition_point(|h| h.start < after);
            if let Some(h) = v.hits.get(h).filter(|h| h.start <= after + 3) {
                after = h.end;
            }
            // "31 people died in the floods: 18 in ... and 13 in ...": a short phrase of
            // place or cause after the predicate
            if let Some(e) = place_phrase(v, after) {
                after = e;
                placed_after = true;
            }
        }
        let close = match v.low(after) {
            "," => ",",
            "-" => "-",
            "(" => ")",
            ":" => ".",
            _ => continue,
        };
        let first = v.item_at(after + 1);
        let named = first.is_some_and(|f| v.items[f].name.is_some());
        if placed_after && (first.is_none() || named) {
            continue;
        }
        let Some(first) = first else {
            // "two climbers, amy ross and ben cole, were killed" in lower-cased text
            let end = (after + 1..after + 10).find(|&i| v.low(i) == close);
            if let Some(names) = end.and_then(|e| v.plain_names(after + 1, e)) {
                let (status, nat) = (out[m].status, out[m].nat.clone());
                if names.len() as u64 <= out[m].count.value {
                    for (name, at) in names {
                        let mut p = v.named(name, at, status);
                        p.nat = nat.clone();
                        out.push(p);
                    }
                }
            }
            continue;
        };
        let mut parts = v.list_from(first);
        let mut last_end = parts.last().map_or(after, |&p| v.items[p].end);
        // "18 in the city and 13 in the valley": parts told by place
        let mut placed = false;
        if parts.len() < 2 {
            if let Some((by_place, end)) = by_place(v, first) {
                parts = by_place;
                last_end = end;
                placed = true;
            }
        }
        // (the last part may carry a short phrase of its own: `the driver and four
        // passengers of a church van`)
        if parts.len() >= 2 && !placed {
            if let Some(e) = own_phrase(v, last_end) {
                last_end = e;
            }
        }
        // the apposition closes right after the list (or before the sentence's closing
        // `, police said`), or (inside dashes or brackets) a little later, after its own
        // `among them ...`
        let at_end = last_end >= v.ctx.toks.len()
            || v.low(last_end) == "."
            || said_tail::closes_at(v.ctx.toks, last_end);
        // after the predicate, a list may close the sentence: "..., seven men and four women."
        let after_predicate = after > v.items[k].end;
        let closed = v.low(last_end) == close
            || (matches!(close, "." | "-") && at_end)
            || (close == "," && (after_predicate || placed) && at_end)
            || (matches!(close, "-" | ")") && (last_end..last_end + 12).any(|i| v.low(i) == close));
        let total = out[m].count.value;
        let sum: u64 = parts
            .iter()
            .map(|&p| v.items[p].count.map_or(0, |c| c.value))
            .sum();
        // "two climbers, Amy Ross and Ben Cole, ...": one name is a part too
        let few = parts.len() < 2 && (v.items[first].name.is_none() || close == ")");
        let named_part = parts.iter().any(|&p| v.items[p].name.is_some());
        if placed_after && (parts.len() < 2 || named_part) {
            continue;
        }
        if !closed || few || sum > total || parts.iter().any(|&p| v.used[p]) {
            continue;
        }
        let (status, nat) = (out[m].status, out[m].nat.clone());
        for p in parts {
            out.extend(v.take(p, status).map(|mut part| {
                // the parts of "29 Palestinians" are Palestinians too
                if part.nat.is_none() {
                    part.nat = nat.clone();
                }
                part
            }));
        }
        // "..., among them eight children and a pregnant woman -"
        let mut j = last_end;
        if v.low(j) == "," {
            j += 1;
        }
        let start = match (v.low(j), v.low(j + 1)) {
            ("including", _) => j + 1,
            ("among" | "of", "them" | "whom") => j + 2,
            _ => continue,
        };
        if let Some(first) = v.item_at(start) {
            for p in v.list_from(first) {
                out.extend(v.take(p, status).map(|mut part| {
                    if part.nat.is_none() {
                        part.nat = nat.clone();
                    }
                    part
                }));
            }
        }
    }
}

/// Prepositions that open the place of a part (`18 in the city`).
pub(super) fn place_word(w: &str) -> bool {
    matches!(
        w,
        "in" | "at" | "on" | "near" | "from" | "inside" | "outside"
    )
}

/// Where a part's own short phrase opening at `j` ends (`of a church van`, `in the second
/// car`): before the `,` or `.` that follows it within six words, all plain words (no
/// number, no status phrase).
fn own_phrase(v: &View<'_>, j: usize) -> Option<usize> {
    if !(place_word(v.low(j)) || v.low(j) == "of") {
        return None;
    }
    let toks = v.ctx.toks;
    let end = (j + 1..j + 7).find(|&i| matches!(v.low(i), "," | "." | ""))?;
    let plain = toks.get(j + 1..end)?.iter().all(|t| t.is_word());
    let hit = v.hits.iter().any(|h| h.start > j && h.start < end);
    (plain && !hit && end > j + 1).then_some(end)
}

/// Where a short phrase of place or cause opening at `j` (`in the floods`, `at the
/// factory`) ends: before the `,` `:` `-` or `(` that follows it within six words, with no
/// other punctuation, number or status phrase inside.
fn place_phrase(v: &View<'_>, j: usize) -> Option<usize> {
    if !(place_word(v.low(j)) || matches!(v.low(j), "after" | "during" | "when")) {
        return None;
    }
    let toks = v.ctx.toks;
    let end = (j + 1..j + 7).find(|&i| matches!(v.low(i), "," | "-" | "(" | ":" | "." | ""))?;
    // (a number that names, `on route 9`, is part of the place)
    let plain = (j + 1..end).all(|i| {
        toks[i].is_word()
            || (matches!(toks[i].kind, crate::casualties::tokens::Kind::Num { .. })
                && v.ctx.lex.designators.contains(v.low(i - 1)))
    });
    let hit = v.hits.iter().any(|h| h.start > j && h.start < end);
    (plain && !hit && end > j + 1 && v.low(end) != ".").then_some(end)
}

/// Parts told by place from item `first` on: `18 in X and 13 in Y`, `five at the school,
/// two at the market and one in the street`. Each part is a counted group with its place;
/// gives the parts and where the last one's place ends.
pub(super) fn by_place(v: &View<'_>, first: usize) -> Option<(Vec<usize>, usize)> {
    let mut parts = Vec::new();
    let mut k = first;
    let mut end;
    loop {
        let it = v.items.get(k)?;
        if it.count.is_none() || it.partitive || !place_word(v.low(it.end)) {
            return None;
        }
        parts.push(k);
        // the place runs to the next `,`, `and`, close or the sentence's end
        end = (it.end + 1..it.end + 8)
            .find(|&i| matches!(v.low(i), "," | "and" | ";" | "." | ")" | "-" | ""))?;
        let mut next = end;
        if v.low(next) == "," {
            next += 1;
        }
        if v.low(next) == "and" {
            next += 1;
        }
        // (a name inside the place, `in Tarvel`, is passed over)
        match v.item_at(next) {
            Some(n) if next > end && n > k => k = n,
            _ => break,
        }
    }
    (parts.len() >= 2).then_some((parts, end))
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, I, K, V};

    #[test]
    fn parts_inherit_the_total_nationality() {
        both(
            "Officials said 35 Afghans - 15 police officers and 20 civilians, among them six children - were killed.",
            &[
                (V, K, Some("AF"), 35),
                (V, K, Some("AF"), 15),
                (V, K, Some("AF"), 20),
                (V, K, Some("AF"), 6),
            ],
        );
    }

    #[test]
    fn parts_after_a_dash_at_the_end() {
        both(
            "The bus crash killed 13 people - nine pupils and four teachers.",
            &[(V, K, None, 13), (V, K, None, 9), (V, K, None, 4)],
        );
    }

    #[test]
    fn parts_after_the_predicate() {
        both(
            "Nine people were killed, five men and four women.",
            &[(V, K, None, 9), (V, K, None, 5), (V, K, None, 4)],
        );
        both(
            "The blast injured 12 people: 8 workers and 4 visitors.",
            &[(V, I, None, 12), (V, I, None, 8), (V, I, None, 4)],
        );
    }

    #[test]
    fn parts_by_place() {
        both(
            "Twenty people died in the storms: 12 in the north and 8 in the capital.",
            &[(V, K, None, 20), (V, K, None, 12), (V, K, None, 8)],
        );
        both(
            "The quake injured 40 people, 25 in Tarvel and 15 in two nearby villages.",
            &[(V, I, None, 40), (V, I, None, 25), (V, I, None, 15)],
        );
    }

    #[test]
    fn parts_before_the_attribution() {
        both(
            "Seven people were injured: five in the bus and two in the car, police said.",
            &[(V, I, None, 7), (V, I, None, 5), (V, I, None, 2)],
        );
        both(
            "Six people died in the crash on Route 9, the driver and five passengers of a van, according to the coroner.",
            &[(V, K, None, 6), (V, K, None, 1), (V, K, None, 5)],
        );
        // parts that add up to more than the total are no breakdown
        both(
            "Seven people were injured: five in the bus and four in the car, police said.",
            &[(V, I, None, 7)],
        );
    }

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
