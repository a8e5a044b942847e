//! What a sentence may refer back to, and the parts of it a sentence tells.
//!
//! The referent is the last counted group of victims: the unnamed victim groups counted
//! earlier in the same sentence (a clause after `;`), else those of the sentence just
//! before, with their status and nationality ([`referents`]). What breaks the link is that
//! none stands there: a sentence further back, a sentence told of another event (it
//! counts no group, so the one after it finds none), people counted with no casualty status
//! (rescued, arrested: never a victim group), or a part that is not smaller than the group
//! (the parts of one group add up to at most the group).
//!
//! The parts ([`counted_parts`]) are told by a counted subject that refers back, a copula
//! and a predicate that sets the part apart by kind or nationality, and may go on with more
//! parts in the same clause: `Three of them were Spanish and two were Brazilian`, `Four were
//! Indonesian and three were Filipino`, `Of those, five were members of staff`, `Five were
//! customers and two were shop workers`. A predicate with a fate or an act of its own
//! (`Two of them were arrested`, `Two were seriously hurt`) tells no part here: other
//! readings take a status phrase, and an act is no casualty. `All of them were Eritrean`
//! gives the whole group its nationality ([`whole_nationality`]).

use super::extract::{Described, Mention, State};
use super::groups::Ctx;
use super::lexicon::{class, is_be};
use super::nationality::{self, NatKind};
use super::numbers::number_at;
use super::tokens::Tok;
use crate::records::{Count, Role};

/// The groups a clause starting at token `s` (text offset `at`) of sentence `index` may
/// refer back to: the unnamed victim groups counted before it in its sentence, or, for
/// the sentence's first clause, those of the sentence just before.
pub fn referents(st: &State, out: &[Mention], index: usize, s: usize, at: usize) -> Vec<Described> {
    if s == 0 {
        return st
            .last_groups
            .iter()
            .filter(|g| g.sentence + 1 == index)
            .cloned()
            .collect();
    }
    out.iter()
        .filter(|m| {
            m.sentence == index
                && m.role == Role::Victim
                && m.name.is_none()
                && m.head != "part"
                && m.pos < at
        })
        .map(|m| Described::of(m, index))
        .collect()
}

/// A part of a group told by a counted subject and a predicate.
#[derive(Debug, Clone, PartialEq)]
pub struct Told {
    pub count: Count,
    /// The nationality the predicate gives (`were Spanish`), if any.
    pub nat: Option<String>,
    /// The token where the part's number stands.
    pub at: usize,
}

fn low<'t>(toks: &'t [Tok<'t>], i: usize) -> &'t str {
    toks.get(i).map_or("", |t| t.low)
}

/// A word naming a group by its fate after `of the`: `of the dead`, `of the injured`.
pub fn fate_noun(w: &str) -> bool {
    matches!(w, "dead" | "injured" | "wounded" | "victims" | "missing")
}

/// Where the words after `of` that refer back to the group end: `them`, `those` (only
/// before a comma: `of those rescued` names another group), or `the` and a noun of its fate.
fn reference_end(toks: &[Tok], at: usize) -> Option<usize> {
    match low(toks, at) {
        "them" => Some(at + 1),
        "those" if low(toks, at + 1) == "," => Some(at + 1),
        "the" if fate_noun(low(toks, at + 1)) => Some(at + 2),
        _ => None,
    }
}

/// The parts a clause opening at `s` tells: a counted subject that refers back (`three of
/// them`, `of those, five`, or a number alone opening the sentence), a copula and a
/// predicate that sets the part apart, then any further `and N were ...` of the clause.
pub fn counted_parts(ctx: &Ctx<'_>, s: usize) -> Vec<Told> {
    let toks = ctx.toks;
    let lex = ctx.lex;
    let number = |i: usize| number_at(lex, toks, i).filter(|f| !f.article && f.start == i);
    // the subject: where its number stands and where the copula should follow
    let subject = if low(toks, s) == "of" {
        // "of them, five were ...", "of those, five were ..."
        reference_end(toks, s + 1)
            .filter(|&e| low(toks, e) == ",")
            .and_then(|e| number(e + 1).map(|f| (e + 1, f.count, f.end)))
    } else {
        number(s).and_then(|f| {
            if low(toks, f.end) == "of" {
                // "three of them were ...", "four of the injured were ..."
                reference_end(toks, f.end + 1).map(|e| (s, f.count, e))
            } else {
                // "four were indonesian": a number alone, only opening the sentence
                (s == 0).then_some((s, f.count, f.end))
            }
        })
    };
    let Some((at, count, be)) = subject else {
        return Vec::new();
    };
    if !is_be(low(toks, be)) {
        return Vec::new();
    }
    let Some((nat, mut e)) = predicate(ctx, be + 1) else {
        return Vec::new();
    };
    let mut parts = vec![Told { count, nat, at }];
    // "... and two were brazilian", "..., one was the driver"
    loop {
        let mut k = e;
        if low(toks, k) == "," {
            k += 1;
        }
        if low(toks, k) == "and" {
            k += 1;
        }
        let Some(f) = number(k).filter(|_| k > e) else {
            break;
        };
        if !is_be(low(toks, f.end)) {
            break;
        }
        let Some((nat, next)) = predicate(ctx, f.end + 1) else {
            break;
        };
        parts.push(Told {
            count: f.count,
            nat,
            at: k,
        });
        e = next;
    }
    parts
}

/// The predicate after a copula at `j` that sets a part apart, ending its clause: a
/// nationality (`spanish`, `slovaks`, `ukrainian contract workers`), a person noun within
/// three words (`children`, `shop workers`, `the driver`, `members of staff`), or where
/// they came from (`from the same village`). Gives the nationality and the end.
fn predicate(ctx: &Ctx<'_>, j: usize) -> Option<(Option<String>, usize)> {
    let toks = ctx.toks;
    let mut j = j;
    if matches!(low(toks, j), "all" | "also") {
        j += 1;
    }
    if matches!(low(toks, j), "a" | "an" | "the") {
        j += 1;
    }
    let plain = |t: &Tok| t.is_word() && !t.has(class::FUNCTION | class::AUX | class::NUMBER);
    // a person noun within `n` plain words from `i`
    let person_within = |i: usize, n: usize| {
        (i..i + n)
            .map_while(|k| toks.get(k).filter(|t| plain(t)).map(|t| (k, t)))
            .find(|(_, t)| t.has(class::PERSON))
            .map(|(k, t)| (k, t.has(class::PERPETRATOR)))
    };
    let (nat, e) = if let Some(h) = nationality::at(toks, j).filter(|h| h.kind != NatKind::Country)
    {
        let e = j + h.len;
        let e = person_within(e, 3).map_or(e, |(k, _)| k + 1);
        (Some(h.code()), e)
    } else if low(toks, j) == "from" {
        // "from the same village": to the clause's end
        let e = (j + 1..toks.len())
            .find(|&k| !toks[k].is_word() || toks[k].low == "and")
            .unwrap_or(toks.len());
        (None, e)
    } else {
        let (k, perp) = person_within(j, 3)?;
        if perp {
            return None;
        }
        let mut e = k + 1;
        // "members of staff", "residents of the home"
        if low(toks, e) == "of" {
            let mut f = e + 1;
            if low(toks, f) == "the" {
                f += 1;
            }
            if toks.get(f).is_some_and(plain) {
                e = f + 1;
            }
        }
        (None, e)
    };
    // "customers at the shop", "pupils from one school": a phrase of place to the
    // clause's end
    let e = if super::lexicon::is_preposition(low(toks, e)) {
        (e + 1..toks.len())
            .find(|&k| !toks[k].is_word() || toks[k].low == "and")
            .unwrap_or(toks.len())
    } else {
        e
    };
    let ends = toks.get(e).is_none_or(|t| !t.is_word() || t.low == "and");
    ends.then_some((nat, e))
}

/// `all of them were eritrean`, `they were both polish`: the nationality of the whole
/// group referred back to, the clause opening at `s` ending there.
pub fn whole_nationality(ctx: &Ctx<'_>, s: usize) -> Option<String> {
    let toks = ctx.toks;
    let j = match (low(toks, s), low(toks, s + 1), low(toks, s + 2)) {
        ("all" | "both", "of", "them") if is_be(low(toks, s + 3)) => s + 4,
        ("they", b, "all" | "both") if is_be(b) => s + 3,
        _ => return None,
    };
    let h = nationality::at(toks, j).filter(|h| h.kind != NatKind::Country)?;
    let mut e = j + h.len;
    if toks.get(e).is_some_and(|t| t.has(class::PERSON)) {
        e += 1;
    }
    toks.get(e).is_none_or(|t| !t.is_word()).then(|| h.code())
}

/// Whether a sentence's text may open with such a subject (`four were ...`, `of those,
/// ...`, `all of them were ...`, `they were ...`): the cheap test that lets a sentence
/// with no status word be read for it.
pub fn opens(text: &str, numbers: impl Fn(&str) -> bool) -> bool {
    let mut words = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase);
    let (Some(a), Some(b)) = (words.next(), words.next()) else {
        return false;
    };
    let number = |w: &str| {
        w.bytes().all(|c| c.is_ascii_digit() || c == b',')
            || numbers(w.split('-').next().unwrap_or(w))
    };
    match (a.as_str(), b.as_str()) {
        ("of", "them" | "those") => text.contains(','),
        ("all" | "both", "of") => words.next().is_some_and(|w| w == "them"),
        ("they", "were" | "are") => true,
        (a, "were" | "was") => number(a),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::opens;
    use crate::casualties::tests::{bulk, keys, I, K, V};
    use crate::records::{Role, Status};

    fn sorted(text: &str) -> Vec<(Role, Status, Option<String>, u64)> {
        let mut k = keys(text);
        k.sort_by(|a, b| (a.3, &a.2).cmp(&(b.3, &b.2)));
        k
    }

    fn facts(
        want: &[(Role, Status, Option<&str>, u64)],
    ) -> Vec<(Role, Status, Option<String>, u64)> {
        want.iter()
            .map(|&(r, s, n, c)| (r, s, n.map(str::to_string), c))
            .collect()
    }

    #[test]
    fn parts_told_in_the_next_sentence() {
        let text =
            "Five skiers died in an avalanche near Orsa. Three were Swiss and two were Italian.";
        let want = facts(&[
            (V, K, Some("IT"), 2),
            (V, K, Some("CH"), 3),
            (V, K, None, 5),
        ]);
        assert_eq!(sorted(text), want);
        assert_eq!(sorted(&bulk(text)), want);
        let text =
            "Nine guests were hurt when a balcony fell in Lisle. Of those, four were children.";
        let want = facts(&[(V, I, None, 4), (V, I, None, 9)]);
        assert_eq!(sorted(text), want);
        assert_eq!(sorted(&bulk(text)), want);
    }

    #[test]
    fn what_breaks_the_link() {
        // no victims counted before, a part as large as the group, an act of its own
        for text in [
            "Twenty walkers were rescued from the fells. Four were children.",
            "Three people were hurt in a brawl at Dunmere. Five were teenagers.",
            "Three men were hurt in a brawl at Dunmere. Two of them were arrested.",
        ] {
            let parts: Vec<_> = keys(text).into_iter().filter(|k| k.3 != 3).collect();
            assert!(parts.is_empty(), "{text:?} gave {parts:?}");
        }
    }

    fn numbers(w: &str) -> bool {
        matches!(w, "one" | "two" | "three" | "four" | "five" | "twenty")
    }

    #[test]
    fn openings_that_refer_back() {
        assert!(opens("Four were Indonesian.", numbers));
        assert!(opens("four were indonesian .", numbers));
        assert!(opens("12 were pupils.", numbers));
        assert!(opens("Twenty-three were pupils.", numbers));
        assert!(opens("Of those, five were members of staff.", numbers));
        assert!(opens("of those , five were members of staff .", numbers));
        assert!(opens("All of them were Eritrean.", numbers));
        assert!(opens("they were all eritrean .", numbers));
        assert!(opens("They were six pilgrims and two drivers.", numbers));
        assert!(!opens("Of those rescued many were children.", numbers));
        assert!(!opens("Police were called.", numbers));
        assert!(!opens("Many were children.", numbers));
    }
}
