//! Parts of the group the sentence before counted, told by a sentence opening with a
//! pronoun for it: `Twenty people died. Among them were six children.`, `Nine people
//! drowned. Two of them were children.`, `Six of them belonged to one family.` The part
//! takes the group's status; a sentence
//! after one that counted no victims tells no part (`Police questioned 30 fans. Among them
//! were two stewards.`).
//!
//! An anaphor naming the group by its words opens such a sentence too: `the foreigners` (or
//! `the foreign NOUN`) for a group described as foreign (`including 11 foreign guests. The
//! foreigners included five Italians and three Poles.`), `they included` for any group, and
//! `among the NOUN were` for a group counted by that noun (`43 passengers ... Among the
//! passengers were six Canadians`). Its parts are parts only, never a new total: together
//! they are at most the group, and a single part is smaller than it.

use super::back_ref;
use super::extract::{clause_starts, item_starting_at, list_fwd, Described, Mention, State};
use super::groups::{Ctx, Item};
use super::lexicon::{class, is_be};
use super::status::Hit;
use crate::records::{Approx, Count};

/// Whether a sentence's text may open with such a pronoun (`among them ...`, `two of them
/// ...`): the cheap test that lets a sentence with no status word be read for it.
pub fn opens(text: &str) -> bool {
    let starts = |p: &str| {
        text.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    if [
        "among them ",
        "among the ",
        "the foreigners ",
        "the foreign ",
        "they included ",
    ]
    .iter()
    .any(|p| starts(p))
    {
        return true;
    }
    let mut words = text.split_whitespace();
    let eq = |w: Option<&str>, p: &str| w.is_some_and(|w| w.eq_ignore_ascii_case(p));
    words.next().is_some()
        && eq(words.next(), "of")
        && match words.next() {
            Some(w) if w.eq_ignore_ascii_case("them") => true,
            Some(w) if w.eq_ignore_ascii_case("the") => words
                .next()
                .is_some_and(|w| group_noun(&w.to_ascii_lowercase())),
            _ => false,
        }
}

/// A noun after `of the` that names the group counted before by its fate: `seven of the
/// dead`, `two of the injured`.
fn group_noun(w: &str) -> bool {
    matches!(w, "dead" | "injured" | "wounded" | "victims" | "missing")
}

/// Where the words after `of` that refer back to the group end: `them`, or `the` and a
/// noun of its fate (`of the dead`).
fn group_ref<'a>(low: impl Fn(usize) -> &'a str, at: usize) -> Option<usize> {
    match low(at) {
        "them" => Some(at + 1),
        "the" if group_noun(low(at + 1)) => Some(at + 2),
        _ => None,
    }
}

/// The parts a sentence (or a clause after `;`, or a sentence the splitter left joined to
/// the one before) opening with `among them` + be, or `N of them` + be + a person noun,
/// tells of the group counted just before. `hits` are the sentence's status phrases (none
/// in a sentence read only for restating).
pub fn read(
    ctx: &Ctx<'_>,
    st: &State,
    hits: &[Hit],
    items: &[Item],
    index: usize,
    out: &mut Vec<Mention>,
) {
    let toks = ctx.toks;
    for s in clause_starts(toks) {
        let pronoun = parts_at(ctx, hits, items, s);
        let (parts, anaphor) = if pronoun.is_empty() {
            match named_group_parts(ctx, hits, items, s) {
                Some((parts, anaphor)) => (parts, Some(anaphor)),
                None => {
                    told_parts(ctx, st, index, s, out);
                    continue;
                }
            }
        } else {
            (pronoun, None)
        };
        let Some(largest) = parts
            .iter()
            .filter_map(|(it, _)| it.count)
            .map(|c| c.value)
            .max()
        else {
            continue;
        };
        let sum: u64 = parts
            .iter()
            .filter_map(|(it, _)| it.count)
            .map(|c| c.value)
            .sum();
        // the group: counted before in the sentence, else in the sentence before
        let groups = back_ref::referents(st, out, index, s, toks[s].start);
        let fits = |g: &&Described| match &anaphor {
            None => g.count > largest,
            // "they were 57 passengers and five crew": the whole group, told by its parts
            Some(Anaphor::TheyWere) => parts.len() > 1 && sum == g.count,
            Some(a) => a.names(g) && sum <= g.count && (parts.len() > 1 || sum < g.count),
        };
        let Some(group) = groups.iter().find(fits) else {
            continue;
        };
        let status = group.status;
        for (it, keep_head) in parts {
            let Some(count) = it.count else { continue };
            let pos = toks.get(it.start).map_or(0, |t| t.start);
            if out.iter().any(|m| m.sentence == index && m.pos == pos) {
                continue;
            }
            let mut m = Mention::of_item(it, count, status, index, pos);
            m.single = false;
            if !keep_head {
                m.head = "part".into();
            }
            m.rule = if anaphor.is_some() {
                "breakdown_list/anaphor"
            } else {
                "breakdown_list"
            };
            out.push(m);
        }
    }
}

/// The parts of [`back_ref::counted_parts`] a clause opening at `s` tells of the group it
/// refers back to (`four were indonesian and three were filipino`), or that group's
/// nationality (`all of them were eritrean`, one mention restating the group).
fn told_parts(ctx: &Ctx<'_>, st: &State, index: usize, s: usize, out: &mut Vec<Mention>) {
    let toks = ctx.toks;
    let Some(first) = toks.get(s) else {
        return;
    };
    let groups = back_ref::referents(st, out, index, s, first.start);
    if let Some(nat) = back_ref::whole_nationality(ctx, s) {
        // the one group referred back to, of more than one person
        if let [g] = groups.as_slice() {
            if g.count > 1 && g.nat.is_none() {
                let count = Count {
                    value: g.count,
                    approx: Approx::Exact,
                };
                let it = Item {
                    count: Some(count),
                    head: g.head.clone(),
                    nat: Some(nat),
                    ..Item::default()
                };
                let mut m = Mention::of_item(&it, count, g.status, index, first.start);
                m.single = false;
                m.rule = super::extract::RESTATED;
                out.push(m);
            }
        }
        return;
    }
    let parts = back_ref::counted_parts(ctx, s);
    let largest = parts.iter().map(|p| p.count.value).max().unwrap_or(0);
    let sum: u64 = parts.iter().map(|p| p.count.value).sum();
    // the group they are parts of: the first the parts fit, each smaller and all together
    // at most the group
    let Some(group) = groups.iter().find(|g| largest < g.count && sum <= g.count) else {
        return;
    };
    for p in parts {
        let pos = toks.get(p.at).map_or(0, |t| t.start);
        if out.iter().any(|m| m.sentence == index && m.pos == pos) {
            continue;
        }
        let it = Item {
            count: Some(p.count),
            nat: p.nat,
            head: "part".into(),
            ..Item::default()
        };
        let mut m = Mention::of_item(&it, p.count, group.status, index, pos);
        m.single = false;
        m.rule = "breakdown_list/next";
        out.push(m);
    }
}

/// How an opening names the group its parts belong to.
enum Anaphor<'t> {
    /// `the foreigners`, `the foreign tourists`: a group described as foreign.
    Foreign,
    /// `among the passengers were`: a group counted by that noun.
    Noun(&'t str),
    /// `they included`: any group counted before.
    They,
    /// `they were`: a list adding up to the group counted before.
    TheyWere,
}

impl Anaphor<'_> {
    fn names(&self, g: &Described) -> bool {
        match self {
            Anaphor::Foreign => g
                .desc
                .split_whitespace()
                .any(|w| matches!(w, "foreign" | "foreigners")),
            Anaphor::Noun(n) => g.head == *n,
            Anaphor::They | Anaphor::TheyWere => true,
        }
    }
}

/// The parts a clause opening at `s` with an anaphor for a group tells, and the anaphor:
/// `the foreigners included five Italians and three Poles`, `the foreign victims were two
/// Germans and a Swiss`, `they included 43 passengers and four crew members`, `among the
/// passengers were six Canadians`.
fn named_group_parts<'i, 't>(
    ctx: &Ctx<'t>,
    hits: &[Hit],
    items: &'i [Item],
    s: usize,
) -> Option<(Vec<(&'i Item, bool)>, Anaphor<'t>)> {
    let toks = ctx.toks;
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    let include = |w: &str| matches!(w, "included" | "include" | "includes");
    let (anaphor, list_at) = match (low(s), low(s + 1), low(s + 2)) {
        ("the", "foreigners", v) if include(v) || is_be(v) => (Anaphor::Foreign, s + 3),
        ("the", "foreign", _) if toks.get(s + 2).is_some_and(|t| t.has(class::PERSON)) => {
            let v = low(s + 3);
            if !(include(v) || is_be(v)) {
                return None;
            }
            (Anaphor::Foreign, s + 4)
        }
        ("they", v, _) if include(v) => (Anaphor::They, s + 2),
        ("they", v, _) if is_be(v) => (Anaphor::TheyWere, s + 2),
        ("among", "the", _) if is_be(low(s + 3)) && toks[s + 2].has(class::PERSON) => {
            (Anaphor::Noun(toks[s + 2].low), s + 4)
        }
        _ => return None,
    };
    let first = item_starting_at(items, list_at)?;
    let parts: Vec<(&Item, bool)> = list_fwd(ctx, hits, items, first)
        .into_iter()
        .map(|k| &items[k])
        .take_while(|it| {
            it.name.is_none() && !it.perp && it.count.is_some() && !it.partitive && !it.bare
        })
        .map(|it| (it, true))
        .collect();
    (!parts.is_empty()).then_some((parts, anaphor))
}

/// The parts a clause opening at `s` tells, each with whether it keeps its own noun:
/// `among them were six children and two teachers`, `two of them were children`.
fn parts_at<'i>(ctx: &Ctx<'_>, hits: &[Hit], items: &'i [Item], s: usize) -> Vec<(&'i Item, bool)> {
    let toks = ctx.toks;
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    let counted = |it: &&Item| it.name.is_none() && !it.perp && it.count.is_some();
    let item_at = |at: usize| {
        item_starting_at(items, at)
            .map(|k| &items[k])
            .filter(counted)
    };
    let mut parts: Vec<(&Item, bool)> = Vec::new();
    if low(s) == "among" && low(s + 1) == "them" && is_be(low(s + 2)) {
        if let Some(first) = item_starting_at(items, s + 3) {
            let members = list_fwd(ctx, hits, items, first)
                .into_iter()
                .map(|k| &items[k]);
            parts.extend(
                members
                    .take_while(|it| counted(it) && !it.partitive && !it.bare)
                    .map(|it| (it, true)),
            );
        }
    } else if let Some(it) = item_at(s).filter(|it| it.partitive) {
        let after = (low(it.end) == "of")
            .then(|| group_ref(low, it.end + 1))
            .flatten();
        if let Some(b) = after.filter(|&b| is_be(low(b))) {
            let mut j = b + 1;
            if matches!(low(j), "all" | "also" | "a" | "an") {
                j += 1;
            }
            // a person noun within three words (`young children`), ending the clause
            let noun = (j..j + 3)
                .map_while(|i| toks.get(i).filter(|t| t.is_word()).map(|t| (i, t)))
                .find(|(_, t)| t.has(class::PERSON));
            if let Some((n, t)) = noun {
                if !t.has(class::PERPETRATOR) && !toks.get(n + 1).is_some_and(|t| t.is_word()) {
                    parts.push((it, false));
                }
            } else if low(j) == "from" {
                // "two of them were from the same village"
                parts.push((it, false));
            }
        } else if after.is_some_and(|b| belonging(low(b), low(b + 1))) {
            // "six of them belonged to one family", "four of them came from the town",
            // "seven of the dead belonged to one family"
            parts.push((it, false));
        }
    }
    parts
}

/// A predicate that sets a part of a group apart by where or whom its members belong to,
/// without a fate of its own: `belonged to`, `came from`, `lived in`, `worked for`.
fn belonging(verb: &str, prep: &str) -> bool {
    matches!(
        (verb, prep),
        ("belonged" | "belong" | "belongs", "to")
            | ("came" | "come" | "hailed", "from")
            | ("lived", "in")
            | ("worked", "for" | "at" | "in")
    )
}

#[cfg(test)]
mod tests {
    use super::opens;

    #[test]
    fn openings_with_a_pronoun_for_the_group() {
        assert!(opens("Among them were four pupils."));
        assert!(opens("among them were four pupils ."));
        assert!(opens("Three of them were pupils."));
        assert!(opens("12 of them were pupils."));
        assert!(opens("Seven of the dead belonged to one family."));
        assert!(opens("two of the injured were children ."));
        assert!(!opens("Two of the houses were empty."));
        assert!(opens("The foreigners included two Danes."));
        assert!(opens("they included 43 passengers ."));
        assert!(opens("Among the passengers were six Canadians."));
        assert!(!opens("The pupils were among them."));
        assert!(!opens("Many said most of them were pupils."));
    }
}
