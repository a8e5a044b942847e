//! `partitive`: a part of the casualties named by a phrase, with what sets it apart:
//! `Of the 90 dead, 31 were Kenyan` (the total and the part), `Two of the injured were
//! children`, `Three of those killed were from Peru`.

use super::phrase::status_phrase;
use super::View;
use crate::casualties::extract::Mention;
use crate::casualties::lexicon::class;
use crate::casualties::nationality::{self, NatKind};
use crate::casualties::numbers::number_at;
use crate::records::Status;

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for k in 0..toks.len() {
        if toks[k].low != "of" {
            continue;
        }
        if attackers_part(v, k, out) {
            continue;
        }
        whole_told_by_clause(v, k, out);
        let Some((status, number, end)) = status_phrase(toks, k + 1) else {
            continue;
        };
        // "two of the injured were ...": the part before `of`
        if let Some(p) = v.item_ending(k).filter(|&p| v.items[p].partitive) {
            // ("two of the six people hurt in saturday's blast at the park were ...")
            let end = place_before_be(v, end);
            if let Some(count) = v.items[p].count {
                // what sets the part apart: a nationality or a person noun (`children`)
                // "were Kenyan", "came from Kenya"
                let be = matches!(v.low(end), "were" | "was" | "are" | "is")
                    || (matches!(v.low(end), "came" | "come" | "hailed")
                        && v.low(end + 1) == "from");
                let nat = nat_after(v, end + 1);
                let person = person_noun(v, end + 1);
                // or where they were from or came to harm: "fifteen of the dead were in
                // missouri", "two of the injured are from the same village"
                let place = matches!(v.low(end), "were" | "was" | "are" | "is")
                    && matches!(v.low(end + 1), "in" | "from");
                // (a part of the dead keeps its status: `five of the dead were shot`
                // tells how they died)
                let own = own_status(v, end).filter(|&o| status != Status::Killed || o == status);
                if let Some(own) = own {
                    // "nine of the wounded were in critical condition", "two of the
                    // injured later died": the part, with a status phrase of its own
                    let it = v.items[p].clone();
                    v.used[p] = true;
                    let mut m = v.mention(&it, count, own);
                    m.head = "part".into();
                    out.push(m);
                } else if be && (nat.is_some() || person.is_some() || place) {
                    let it = v.items[p].clone();
                    let mut m = v.mention(&it, count, status);
                    m.nat = nat.as_ref().map(|n| n.0.clone());
                    m.head = "part".into();
                    out.push(m);
                    if let Some(e) = nat.map(|n| n.1).or(person) {
                        more_parts(v, e, status, out);
                    }
                }
            }
            continue;
        }
        // "of the 90 dead, 31 were Kenyan", "of the 48 people hurt in the crash, nine were
        // children" (a short phrase of place or time before the comma)
        let end = short_phrase_end(v, end);
        if v.low(end) != "," {
            continue;
        }
        let Some(part) = v.item_at(end + 1) else {
            continue;
        };
        let Some(pcount) = v.items[part].count else {
            continue;
        };
        let pe = v.items[part].end;
        if !matches!(v.low(pe), "were" | "was" | "are" | "is") {
            continue;
        }
        // the total, unless another reading took it
        if let Some(n) = number {
            let total = v.item_at(k + 1).or_else(|| v.item_at(n));
            let taken = total.is_none_or(|t| v.used[t]);
            if !taken {
                if let Some(t) = total {
                    if let Some(m) = v.take(t, status) {
                        out.push(m);
                    }
                }
            } else if total.is_none() {
                if let Some(f) = crate::casualties::numbers::number_at(v.ctx.lex, toks, n) {
                    let pos = toks[n].start;
                    if !out.iter().any(|m| m.sentence == v.index && m.pos == pos) {
                        let mut m = v.mention(&Default::default(), f.count, status);
                        m.pos = pos;
                        m.head = "toll".into();
                        out.push(m);
                    }
                }
            }
        }
        let it = v.items[part].clone();
        v.used[part] = true;
        let nat = nat_after(v, pe + 1);
        let mut m = v.mention(&it, pcount, status);
        m.nat = nat.as_ref().map(|n| n.0.clone()).or(it.nat.clone());
        m.head = "part".into();
        out.push(m);
        if let Some(e) = nat.map(|n| n.1).or_else(|| person_noun(v, pe + 1)) {
            more_parts(v, e, status, out);
        }
    }
}

/// The copula closing a phrase of place or time that opens at `end` (`in saturday's blast
/// at the park were`: nine plain words at most), else `end` itself.
fn place_before_be(v: &View<'_>, end: usize) -> usize {
    if !matches!(v.low(end), "in" | "on" | "at" | "near" | "during") {
        return end;
    }
    let toks = v.ctx.toks;
    (end + 1..(end + 10).min(toks.len()))
        .take_while(|&i| toks[i].is_word())
        .find(|&i| matches!(v.low(i), "were" | "was" | "are" | "is"))
        .unwrap_or(end)
}

/// The comma closing a short phrase of place, time or cause that opens at `end` (`in the
/// crash`, `on the north face`, `from the ambush`, `in the grenade attack on the rally`: nine
/// plain words at most, as [`place_before_be`]), else `end` itself.
fn short_phrase_end(v: &View<'_>, end: usize) -> usize {
    let opens = matches!(
        v.low(end),
        "in" | "on" | "at" | "near" | "during" | "from" | "after" | "following" | "since"
    );
    if !opens {
        return end;
    }
    let toks = v.ctx.toks;
    (end + 1..(end + 10).min(toks.len()))
        .find(|&i| !toks[i].is_word())
        .filter(|&c| v.low(c) == ",")
        .unwrap_or(end)
}

/// The status of a predicate right after a partitive subject that ends at `end`, past a
/// copula or a time adverb (`were in critical condition`, `later died`, `have since died`).
fn own_status(v: &View<'_>, end: usize) -> Option<Status> {
    use crate::casualties::lexicon::Voice;
    let lead = |w: &str| {
        matches!(
            w,
            "were"
                | "was"
                | "are"
                | "is"
                | "remain"
                | "remains"
                | "remained"
                | "have"
                | "has"
                | "had"
                | "later"
                | "since"
                | "subsequently"
                | "also"
                | "still"
        )
    };
    let mut j = end;
    while j < end + 2 && lead(v.low(j)) {
        j += 1;
    }
    v.hits
        .iter()
        .find(|h| h.start == j && matches!(h.voice, Voice::Pred | Voice::Verb))
        .map(|h| h.status)
}

/// `One of the gunmen was killed`, `Two of the robbers were injured`: a part of a group named
/// by its noun, with a status of its own; attackers by their noun.
fn attackers_part(v: &View<'_>, k: usize, out: &mut Vec<Mention>) -> bool {
    use crate::casualties::lexicon::class;
    let toks = v.ctx.toks;
    let Some(p) = v.item_ending(k).filter(|&p| v.items[p].partitive) else {
        return false;
    };
    let Some(count) = v.items[p].count else {
        return false;
    };
    if !matches!(
        v.low(k + 1),
        "the" | "those" | "these" | "our" | "their" | "his" | "her" | "its" | "my" | "your"
    ) {
        return false;
    }
    // the head, after at most two plain modifiers: "the team members", "our officers",
    // "the ship's crew"
    let plain = |t: &crate::casualties::tokens::Tok| {
        t.is_word() && !t.has(class::FUNCTION | class::AUX | class::TRIGGER_START | class::NUMBER)
    };
    let Some(hd) = (k + 2..k + 5).find(|&i| {
        toks.get(i)
            .is_some_and(|t| t.has(class::PERSON | class::PERPETRATOR))
            && toks[k + 2..i].iter().all(plain)
    }) else {
        return false;
    };
    let head = &toks[hd];
    let mut j = hd + 1;
    // "the passengers and crew (members)"
    if v.low(j) == "and" && toks.get(j + 1).is_some_and(|t| t.has(class::PERSON)) {
        j += 2;
        if v.low(j) == "members" {
            j += 1;
        }
    }
    let verb_at = j;
    while toks
        .get(j)
        .is_some_and(|t| t.has(class::AUX) || t.low.ends_with("ly"))
    {
        j += 1;
    }
    // an auxiliary before the status (`was killed`), or a predicate (`died`); not an
    // active verb, whose object is the casualty (`one of the gunmen killed a guard`)
    let Some(h) = v.hits.iter().find(|h| {
        h.start == j && (j > verb_at || h.voice == crate::casualties::lexicon::Voice::Pred)
    }) else {
        return false;
    };
    if crate::casualties::context::negated(toks, h.start, k) {
        return false;
    }
    let mut m = v.mention(&Default::default(), count, h.status);
    if head.has(class::PERPETRATOR) {
        m.role = crate::records::Role::Perpetrator;
    }
    m.head = "part".into();
    m.pos = toks[v.items[p].start].start;
    out.push(m);
    true
}

/// `..., 48 of whom were injured`, `At least 60 of them drowned`, `..., all of whom died`:
/// a part (or all) of the group just named, with the status its own predicate gives.
pub fn of_whom(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for k in 1..toks.len() {
        if !(v.low(k) == "of" && matches!(v.low(k + 1), "whom" | "them")) {
            continue;
        }
        // the status: the first status phrase after, within the clause
        let Some(h) = v.hits.iter().find(|h| {
            h.start > k + 1 && h.start <= k + 6 && toks[k + 2..h.start].iter().all(|t| t.is_word())
        }) else {
            nationals_of_them(v, k, out);
            continue;
        };
        let status = if h.voice == crate::casualties::lexicon::Voice::Presumed {
            Status::Missing
        } else {
            h.status
        };
        if crate::casualties::context::negated(toks, h.start, k) {
            continue;
        }
        let count = if v.low(k - 1) == "all" {
            // "all of whom": the whole group before
            let before = v
                .items
                .iter()
                .rposition(|it| it.end < k && it.count.is_some());
            match before {
                Some(g) if !v.used[g] => {
                    out.extend(v.take(g, status));
                }
                _ => {}
            }
            continue;
        } else {
            match v.item_ending(k).and_then(|p| v.items[p].count) {
                Some(c) => c,
                None => continue,
            }
        };
        let pos = v.item_ending(k).map_or(k, |p| v.items[p].start);
        if out
            .iter()
            .rev()
            .take(8)
            .any(|m| m.sentence == v.index && m.pos == toks[pos].start)
        {
            continue;
        }
        let mut m = v.mention(&Default::default(), count, status);
        m.head = "part".into();
        m.pos = toks[pos].start;
        // "three attackers, two of whom were killed": a part of attackers is attackers
        let whole = (pos >= 1 && toks[pos - 1].is_punct(','))
            .then(|| v.item_ending(pos - 1))
            .flatten();
        if whole.is_some_and(|g| v.items[g].perp) {
            m.role = crate::records::Role::Perpetrator;
        }
        out.push(m);
    }
}

/// `twenty people were hurt; 15 of them were austrian`: a part of the group counted before
/// in the sentence, set apart by its nationality, with that group's status.
fn nationals_of_them(v: &mut View<'_>, k: usize, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    if !matches!(v.low(k + 2), "were" | "was" | "are" | "is") {
        return;
    }
    let Some((code, e)) = nat_after(v, k + 3).filter(|_| v.low(k + 3) != "from") else {
        return;
    };
    if toks.get(e).is_some_and(|t| t.is_word() && t.low != "and") {
        return;
    }
    let Some(part) = v.item_ending(k) else {
        return;
    };
    let Some(count) = v.items[part].count else {
        return;
    };
    let at = toks[v.items[part].start].start;
    // the group: the last unnamed victims counted before, more than the part
    let Some(group) = out.iter().rev().find(|m| {
        m.sentence == v.index
            && m.pos < at
            && m.role == crate::records::Role::Victim
            && m.name.is_none()
            && m.count.value > count.value
    }) else {
        return;
    };
    let status = group.status;
    let mut m = v.mention(&Default::default(), count, status);
    m.head = "part".into();
    m.pos = at;
    m.nat = Some(code);
    out.push(m);
    more_parts(v, e, status, out);
}

/// Further parts sharing the first one's status, the verb often left out: `, three
/// Mexican, two Irish and one Swiss`, `, seven were Japanese, one was from India`.
fn more_parts(v: &mut View<'_>, mut e: usize, status: Status, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    loop {
        let mut j = e;
        match (v.low(j), v.low(j + 1)) {
            (",", "and") => j += 2,
            ("," | "and", _) => j += 1,
            _ => return,
        }
        let Some(f) = number_at(v.ctx.lex, toks, j) else {
            return;
        };
        let mut k = f.end;
        if toks.get(k).is_some_and(|t| t.has(class::PERSON)) {
            k += 1;
        }
        if matches!(v.low(k), "were" | "was" | "are" | "is") {
            k += 1;
        }
        // "and two were contractors": a part set apart by a person noun only
        let (nat, end) = match nat_after(v, k) {
            Some((nat, end)) => (Some(nat), end),
            None if k > f.end => match person_noun(v, k) {
                Some(e) => (None, e),
                None => return,
            },
            None => return,
        };
        if let Some(g) = v.item_at(j) {
            v.used[g] = true;
        }
        let mut m = v.mention(&Default::default(), f.count, status);
        m.nat = nat;
        m.head = "part".into();
        m.pos = toks[j].start;
        out.push(m);
        e = end;
    }
}

/// The end of a short noun phrase at `j` headed by a person noun: `soldiers`, `aid workers`.
fn person_noun(v: &View<'_>, j: usize) -> Option<usize> {
    (j..j + 3)
        .map_while(|i| v.ctx.toks.get(i).filter(|t| t.is_word()).map(|t| (i, t)))
        .find(|(_, t)| t.has(class::PERSON))
        .map(|(i, _)| i + 1)
}

/// The nationality said of a part and where it ends: `Kenyan`, `Kenyans`, `from Kenya`,
/// `all Kenyan`.
fn nat_after(v: &View<'_>, j: usize) -> Option<(String, usize)> {
    let toks = v.ctx.toks;
    if v.low(j) == "from" {
        return nationality::at(toks, j + 1)
            .filter(|h| h.kind == NatKind::Country)
            .map(|h| (h.code(), j + 1 + h.len));
    }
    let j = if matches!(v.low(j), "all" | "also") {
        j + 1
    } else {
        j
    };
    if let Some(h) = nationality::at(toks, j).filter(|h| h.kind != NatKind::Country) {
        // "Kenyan citizens", "Kenyan nationals"
        let mut e = j + h.len;
        if toks.get(e).is_some_and(|t| t.has(class::PERSON)) {
            e += 1;
        }
        return Some((h.code(), e));
    }
    let g = v.item_at(j)?;
    v.items[g].nat.clone().map(|n| (n, v.items[g].end))
}

/// `two of the 11 miners who died were brothers`: the whole a part is taken from, counted
/// and given its status by its own relative clause, is a fact of its own beside the part
/// (`of` at `k`; the part before it). Not under a threat or a denial, and not when the
/// sentence already gave the same count and status.
fn whole_told_by_clause(v: &mut View<'_>, k: usize, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    if v.low(k + 1) != "the" || v.item_ending(k).is_none_or(|p| !v.items[p].partitive) {
        return;
    }
    let Some(f) = number_at(v.ctx.lex, toks, k + 2).filter(|f| !f.article) else {
        return;
    };
    // the counted noun, up to two words (`miners`, `coal miners`), a person noun
    let Some(e) = person_noun(v, f.end).filter(|&e| e <= f.end + 2) else {
        return;
    };
    if !matches!(v.low(e), "who" | "that") {
        return;
    }
    let Some(h) = v.hits.iter().find(|h| h.start > e && h.start <= e + 3) else {
        return;
    };
    let status = h.status;
    let pos = toks.get(k + 2).map_or(0, |t| t.start);
    if super::phrase::hypothetical(toks, h.start)
        || crate::casualties::context::negated(toks, h.start, e)
        || out.iter().any(|m| {
            m.sentence == v.index
                && (m.pos == pos || (m.status == status && m.count.value == f.count.value))
        })
    {
        return;
    }
    let mut m = v.mention(&Default::default(), f.count, status);
    m.pos = pos;
    out.push(m);
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, none, I, K, P, V};

    #[test]
    fn total_and_part_after_a_phrase_of_place() {
        both(
            "Of the 30 people hurt in the pile-up, eleven were children.",
            &[(V, I, None, 30), (V, I, None, 11)],
        );
        none("Of the 30 people questioned in the inquiry, eleven were children.");
        // a longer phrase, or one of cause (`from`, `after`)
        both(
            "Of the 41 people hurt in the bus crash on the coast road, nine were pupils.",
            &[(V, I, None, 41), (V, I, None, 9)],
        );
        both(
            "Of the 18 dead from the landslide, six were children.",
            &[(V, K, None, 18), (V, K, None, 6)],
        );
        none(
            "Of the 41 people questioned after the bus crash on the coast road, nine were pupils.",
        );
    }

    #[test]
    fn total_and_part() {
        both(
            "Of the 64 dead, 20 were Brazilian.",
            &[(V, K, None, 64), (V, K, Some("BR"), 20)],
        );
        both(
            "Of the 37 victims, 12 were Norwegians.",
            &[(V, K, None, 37), (V, K, Some("NO"), 12)],
        );
        both(
            "Of those injured, 5 were from Portugal.",
            &[(V, I, Some("PT"), 5)],
        );
    }

    #[test]
    fn parts_share_the_verb() {
        both(
            "Of those killed, 30 passengers were Canadian, three Mexican and one Swiss.",
            &[
                (V, K, Some("CA"), 30),
                (V, K, Some("MX"), 3),
                (V, K, Some("CH"), 1),
            ],
        );
        both(
            "Five of the victims were Greek, two were Turkish and one was from Norway.",
            &[
                (V, K, Some("GR"), 5),
                (V, K, Some("TR"), 2),
                (V, K, Some("NO"), 1),
            ],
        );
        both(
            "Two of the wounded were Danish and one was Polish.",
            &[(V, I, Some("DK"), 2), (V, I, Some("PL"), 1)],
        );
    }

    #[test]
    fn parts_of_a_group_told_before() {
        both(
            "Five Canadians were killed in the blast. Two of those killed were soldiers, and three were aid workers.",
            &[(V, K, Some("CA"), 5), (V, K, Some("CA"), 2), (V, K, Some("CA"), 3)],
        );
    }

    #[test]
    fn of_whom_and_of_them() {
        both(
            "The coach was carrying 60 pupils, 12 of whom were injured.",
            &[(V, I, None, 12)],
        );
        both(
            "The trawler had 20 men on board, all of whom drowned.",
            &[(V, K, None, 20)],
        );
        none_of(
            "The coach was carrying 60 pupils, 12 of whom were injured.",
            60,
        );
        // a part of the attackers is attackers
        both(
            "Police said there were four gunmen, two of whom were later killed.",
            &[(P, K, None, 2)],
        );
    }

    fn none_of(text: &str, value: u64) {
        for t in [text.to_string(), crate::casualties::tests::bulk(text)] {
            let facts = crate::casualties::tests::run(&t);
            assert!(
                facts.iter().all(|f| f.count.value != value),
                "{t:?}: {facts:?}"
            );
        }
    }

    #[test]
    fn part_before_a_place() {
        both(
            "Three of those killed in the blast at the depot were firefighters.",
            &[(V, K, None, 3)],
        );
        both(
            "Two of the eight people hurt in Friday's crash on the bypass were teenagers.",
            &[(V, I, None, 2), (V, I, None, 8)],
        );
    }

    #[test]
    fn part_with_a_status_of_its_own() {
        both(
            "Nine of the wounded were in critical condition.",
            &[(V, I, None, 9)],
        );
        both(
            "Two of the injured later died in hospital.",
            &[(V, K, None, 2)],
        );
        both("Three of the hurt have since died.", &[(V, K, None, 3)]);
        // a part of the dead is not made injured by how they died
        let shot = crate::casualties::tests::run("Five of the dead were shot in the village.");
        assert!(shot.iter().all(|f| f.status != I), "{shot:?}");
        // a part of a group that is no casualty: nothing
        none_of("Two of the passengers were questioned by police.", 2);
    }

    #[test]
    fn part_of_the_attackers() {
        both("One of the bombers was killed.", &[(P, K, None, 1)]);
        both("Two of the hostages were injured.", &[(V, I, None, 2)]);
    }

    #[test]
    fn part_first() {
        both("Three of the injured were toddlers.", &[(V, I, None, 3)]);
        both(
            "Forty of the dead came from Chile.",
            &[(V, K, Some("CL"), 40)],
        );
        both(
            "Two of those killed were Brazilian.",
            &[(V, K, Some("BR"), 2)],
        );
    }

    #[test]
    fn the_whole_told_by_its_own_clause() {
        both(
            "Three of the 14 pilgrims who died were sisters from Ardle.",
            &[(V, K, None, 14), (V, K, None, 3)],
        );
        none("Six of the 10 players who scored were strikers.");
    }
}
