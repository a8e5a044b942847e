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

/// `they were NAME, 34, and NAME, 29`: the group the sentence before counted, named by a
/// copula opening the sentence. Gives where the copula stands (names follow it) when a
/// name does (`named_at`); how many names there must be is the group's count, checked by
/// the naming reader.
pub fn group_copula(toks: &[Tok<'_>], named_at: impl Fn(usize) -> bool) -> Option<usize> {
    (low(toks, 0) == "they" && matches!(low(toks, 1), "were" | "are") && named_at(2)).then_some(1)
}

/// A word that sets a person apart from the one described before (`NAME was also hurt`,
/// `another rider, NAME`), or that tells of another event (`in a separate crash`).
fn another_person(w: &str) -> bool {
    matches!(
        w,
        "also" | "another" | "too" | "second" | "other" | "separate" | "both" | "fellow"
    )
}

/// `A jockey was injured when her horse fell. NAME, 24, was treated in hospital ...`: the
/// one person the sentence before described unnamed, named as the subject of this
/// sentence with the same status. Gives that sentence and status (the described mention
/// gives way to the named one) when the sentence before counted that one person alone,
/// this sentence names one victim, opening it as its subject (the name's next word no
/// auxiliary: `NAME had moved out` tells no fate of its own), and counts no other, and no
/// word sets the named one apart. The named one takes the nationality the description gave.
pub fn described_named(
    toks: &[Tok<'_>],
    st: &State,
    index: usize,
    out: &mut [Mention],
) -> Option<(usize, crate::records::Status)> {
    let first = toks.first()?;
    if toks
        .get(1)
        .is_none_or(|t| t.is_word() && t.has(class::AUX | class::FUNCTION))
    {
        return None;
    }
    let mut here = out
        .iter_mut()
        .filter(|m| m.sentence == index && m.role == Role::Victim);
    let (Some(named), None) = (here.next(), here.next()) else {
        return None;
    };
    if named.name.is_none() || named.pos != first.start || named.count.value != 1 {
        return None;
    }
    let before: Vec<&Described> = st
        .last_groups
        .iter()
        .filter(|g| g.sentence + 1 == index)
        .collect();
    let [g] = before.as_slice() else {
        return None;
    };
    if g.count != 1 || g.status != named.status || toks.iter().any(|t| another_person(t.low)) {
        return None;
    }
    if named.nat.is_none() {
        named.nat.clone_from(&g.nat);
    }
    Some((g.sentence, g.status))
}

/// The perpetrators a sentence counts as a group of more than one (`three robbers
/// stormed a bank`), which a part told in the next sentence may refer back to.
pub fn perpetrator_group(items: &[super::groups::Item]) -> Option<u64> {
    items
        .iter()
        .filter(|it| it.perp && it.name.is_none())
        .filter_map(|it| it.count)
        .map(|c| c.value)
        .find(|&n| n > 1)
}

/// Whether a sentence's text opens with `WORD of them` (`one of them was shot dead`): the
/// cheap test before a sentence the stage did not read is looked at for the perpetrators
/// it counted ([`perpetrators_counted`]).
pub fn opens_of_them(text: &str) -> bool {
    let mut words = text.split_whitespace();
    words.next().is_some()
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && words
            .next()
            .is_some_and(|w| w.trim_end_matches(',').eq_ignore_ascii_case("them"))
}

/// The perpetrators a sentence the stage read for nothing else counts as a group of more
/// than one (`three robbers stormed a bank`): a number right before a perpetrator noun.
pub fn perpetrators_counted(lex: &super::lexicon::Lexicon, text: &str) -> Option<u64> {
    let tokens = super::tokens::tokenize(text);
    let toks = tokens.toks(lex);
    (0..toks.len()).find_map(|i| {
        let f = number_at(lex, &toks, i).filter(|f| !f.article && f.start == i)?;
        let noun = toks.get(f.end)?;
        (f.count.value > 1 && lex.perpetrators.contains(noun.low)).then_some(f.count.value)
    })
}

/// `Three robbers stormed a bank. One of them was shot dead by a guard and another was
/// wounded.`: parts of the perpetrators the sentence before counted (and no victims),
/// told by a subject referring back (`one of them`, `two of the gunmen` is read
/// within the sentence) with a passive or a predicate of its own, and `another` / `the
/// other(s)` after it: those mentions are perpetrators. A part as large as the group, or
/// parts adding up to more, break the link.
pub fn perpetrator_parts(ctx: &Ctx<'_>, st: &State, index: usize, out: &mut [Mention]) {
    let toks = ctx.toks;
    let Some((at, n)) = st.last_perps else {
        return;
    };
    if at + 1 != index || st.last_groups.iter().any(|g| g.sentence + 1 == index) {
        return;
    }
    let Some(f) = number_at(ctx.lex, toks, 0).filter(|f| !f.article && f.start == 0) else {
        return;
    };
    if low(toks, f.end) != "of" || low(toks, f.end + 1) != "them" {
        return;
    }
    // a passive or a predicate of its own, not an act (`one of them shot a guard`)
    if !matches!(
        low(toks, f.end + 2),
        "was" | "were" | "died" | "had" | "has" | "have" | "later" | "is" | "are"
    ) {
        return;
    }
    let start_of = |pos: usize| toks.iter().position(|t| t.start == pos);
    let other = |k: usize| {
        k > 0
            && matches!(low(toks, k - 1), "and" | "," | ";")
            && (low(toks, k) == "another"
                || (low(toks, k) == "the" && matches!(low(toks, k + 1), "other" | "others")))
    };
    let parts: Vec<usize> = (0..out.len())
        .filter(|&i| {
            let m = &out[i];
            m.sentence == index
                && m.role == Role::Victim
                && m.name.is_none()
                && start_of(m.pos).is_some_and(|k| k == 0 || other(k))
        })
        .collect();
    let sum: u64 = parts.iter().map(|&i| out[i].count.value).sum();
    if parts.is_empty() || sum > n || (parts.len() == 1 && sum >= n) {
        return;
    }
    for i in parts {
        out[i].role = Role::Perpetrator;
    }
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

    #[test]
    fn a_group_named_by_a_copula() {
        let text = "Two walkers died on the fells. They were Ada Lund, 34, and Max Orr, 29.";
        let mut got: Vec<_> = keys(text).into_iter().map(|k| k.3).collect();
        got.sort_unstable();
        assert_eq!(got, [1, 1, 2]);
        // too few names for the group: no member named
        let text = "Two walkers died on the fells. They were Ada Lund's parents.";
        assert_eq!(keys(text).len(), 1);
    }

    #[test]
    fn parts_of_perpetrators_counted_before() {
        let text =
            "Three robbers raided a bank. One of them was shot dead and another was wounded.";
        let roles: Vec<_> = keys(text).into_iter().map(|k| k.0).collect();
        assert_eq!(roles, [Role::Perpetrator, Role::Perpetrator]);
        assert!(super::opens_of_them("one of them was shot dead ."));
        assert!(!super::opens_of_them("One of the guards was shot dead."));
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
