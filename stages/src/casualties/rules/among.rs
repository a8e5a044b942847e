//! `among_included`: the casualties of a status named by a phrase, and the groups said to be
//! among or included in them: `Among the dead were A and B`, `A and B were among the 15
//! people killed`, `The injured included 14 Germans`, `Among those killed was NAME, a nurse`.

use super::phrase::{counted_status_phrase, plain_name, status_phrase};
use super::View;
use crate::casualties::extract::Mention;
use crate::casualties::lexicon::is_be;
use crate::records::Status;

/// `one` or an ordinal before `of`: one member of the group after it.
fn is_one_of(w: &str) -> bool {
    matches!(
        w,
        "one" | "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "latest" | "last"
    )
}

/// How many words of a hedge stand at `j` before a number (`about`, `nearly`, `more than`,
/// `at least`): none when no hedge does.
fn hedge_len(v: &View<'_>, j: usize) -> usize {
    match (v.low(j), v.low(j + 1)) {
        ("more" | "fewer", "than") | ("at", "least") | ("up", "to") => 2,
        ("about" | "around" | "nearly" | "almost" | "some" | "roughly" | "approximately", _) => 1,
        _ => 0,
    }
}

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    // "The dead were three soldiers and a civilian", "The 14 injured were six students, ..."
    if let Some((status, _, end)) = status_phrase(toks, 0) {
        if is_be(v.low(end)) {
            groups_after(v, end + 1, status, out);
        }
    }
    // "Killed in the blast were four officers and a bystander": the status fronted
    if let Some(status) = super::phrase::status_word(v.low(0)) {
        let be = (1..9)
            .take_while(|&i| toks.get(i).is_some_and(|t| t.is_word()))
            .find(|&i| is_be(v.low(i)));
        if let Some(b) = be {
            groups_after(v, b + 1, status, out);
        }
    }
    for k in 0..toks.len() {
        // "A was one of the three people killed", "A was the second of those killed"
        if toks[k].low == "of" && k > 1 && is_one_of(v.low(k - 1)) {
            let mut p = k - 1;
            if v.low(p - 1) == "the" {
                p -= 1;
            }
            // "rick vale, one of two men slain in the attack": the apposition names its member
            let apposed = p > 1
                && v.low(p - 1) == ","
                && v.item_ending(p - 1)
                    .is_some_and(|g| v.items[g].name.is_some() && !v.items[g].lone);
            let plain = (p > 1 && v.low(p - 1) == "," && v.item_ending(p - 1).is_none())
                .then(|| plain_before(v, p - 1))
                .flatten();
            if apposed || plain.is_some() {
                // a short phrase of the dead or injured (`one of three passengers on a missing
                // plane` tells no fate of its own)
                let phrase = status_phrase(toks, k + 1)
                    .or_else(|| counted_status_phrase(toks, k + 1))
                    .filter(|&(status, _, end)| status != Status::Missing && end <= k + 6);
                if let Some((status, _, _)) = phrase {
                    if let Some((name, at)) = plain {
                        out.push(v.named(name, at, status));
                    } else if let Some(g) = v.item_ending(p - 1) {
                        out.extend(v.take(g, status));
                    }
                }
                continue;
            }
            if p > 1 && is_be(v.low(p - 1)) {
                // "was one of about 60 people injured": a hedge before the group's number
                let q = k + 1 + hedge_len(v, k + 1);
                let phrase = status_phrase(toks, q).or_else(|| counted_status_phrase(toks, q));
                if let Some((status, _, _)) = phrase {
                    // "NAME, 27, was one of ...": the named person before an apposition
                    if v.item_ending(p - 1).is_none() && v.low(p - 2) == "," {
                        if let Some(g) = named_before_apposition(v, p - 2) {
                            out.extend(v.take(g, status));
                        } else if let Some((name, at)) = (p.saturating_sub(12)..p - 2)
                            .rev()
                            .filter(|&c| v.low(c) == ",")
                            .find_map(|c| plain_before(v, c).filter(|&(_, at)| at < c))
                        {
                            // lower-cased: "mira holt, of canby, oregon, was one of ..."
                            out.push(v.named(name, at, status));
                        }
                        continue;
                    }
                    if let Some(last) = v.item_ending(p - 1) {
                        for kk in v.list_to(last) {
                            if v.items[kk].name.is_some() {
                                out.extend(v.take(kk, status));
                            }
                        }
                    }
                }
            }
            continue;
        }
        match toks[k].low {
            "among" => {
                // "among the dead", and "among 14 people injured" (a count for the article)
                let phrase =
                    status_phrase(toks, k + 1).or_else(|| counted_status_phrase(toks, k + 1));
                let Some((status, _, end)) = phrase else {
                    continue;
                };
                // "among the dead were A and B"
                let mut j = end;
                // "among the 40 people killed in the attack were": a short phrase of place
                // or time before the verb (`in friday's fire on mill street`: two at most)
                if matches!(v.low(j), "in" | "on" | "at" | "near" | "during") {
                    if let Some(b) = (j + 1..j + 10)
                        .take_while(|&i| toks.get(i).is_some_and(|t| t.is_word()))
                        .find(|&i| is_be(v.low(i)))
                    {
                        j = b;
                    }
                }
                if v.low(j) == "," {
                    j += 1;
                }
                if is_be(v.low(j)) {
                    j += 1;
                    if v.low(j) == "also" {
                        j += 1;
                    }
                    groups_after(v, j, status, out);
                }
                // "A and B were (also) among the dead"
                let mut p = k;
                if p > 0 && v.low(p - 1) == "also" {
                    p -= 1;
                }
                if p > 1 && is_be(v.low(p - 1)) {
                    // "two students, A and B, were among ...": the group and its names
                    let mut e = p - 1;
                    if v.low(e - 1) == "," {
                        e -= 1;
                    }
                    // "A Swiss woman in her 70s was among ...": an age phrase between the
                    // subject and the verb
                    let aged = v.item_ending(e).is_none().then(|| age_phrase_start(v, e));
                    if let Some(a) = aged.flatten() {
                        if let Some(g) = v.item_ending(a) {
                            out.extend(v.take(g, status));
                        }
                        continue;
                    }
                    // "Julia Brandt, a nurse from Hamm, was among ...", "NAME, 34, was ...":
                    // the named person before a describing apposition
                    if e < p - 1 {
                        if let Some(g) = named_before_apposition(v, e) {
                            out.extend(v.take(g, status));
                            continue;
                        }
                    }
                    if v.item_ending(e).is_none() && e < p - 1 {
                        names_in_apposition(v, e, status, out);
                    } else if let Some(last) = v.item_ending(e) {
                        let list = v.list_to(last);
                        let first = list.first().copied().unwrap_or(last);
                        let group = first
                            .checked_sub(1)
                            .filter(|&g| v.items[g].end + 1 == v.items[first].start)
                            .filter(|&g| v.low(v.items[g].end) == "," && e < p - 1);
                        for kk in group.into_iter().chain(list) {
                            out.extend(v.take(kk, status));
                        }
                    }
                }
            }
            "included" | "include" | "includes" => {
                // "the dead included", "those killed in the crash included"
                let found = (k.saturating_sub(6)..k).find_map(|s| {
                    // "those killed (in the crash | on Monday) included"
                    status_phrase(toks, s)
                        .filter(|&(_, _, e)| e <= k && toks[e..k].iter().all(|t| t.is_word()))
                });
                if let Some((status, _, _)) = found {
                    groups_after(v, k + 1, status, out);
                }
            }
            _ => {}
        }
    }
}

/// Where an age phrase ending before token `e` opens: `in her 70s`, `in his early
/// twenties`, `in their late teens`.
fn age_phrase_start(v: &View<'_>, e: usize) -> Option<usize> {
    let mut i = e.checked_sub(1)?;
    let w = v.low(i);
    let decade = matches!(
        w,
        "teens"
            | "twenties"
            | "thirties"
            | "forties"
            | "fifties"
            | "sixties"
            | "seventies"
            | "eighties"
            | "nineties"
    ) || w
        .strip_suffix('s')
        .is_some_and(|d| d.len() == 2 && d.ends_with('0') && d.bytes().all(|c| c.is_ascii_digit()));
    if !decade {
        return None;
    }
    i = i.checked_sub(1)?;
    if matches!(v.low(i), "early" | "mid" | "late") {
        i = i.checked_sub(1)?;
    }
    if !matches!(v.low(i), "his" | "her" | "their") {
        return None;
    }
    i = i.checked_sub(1)?;
    (v.low(i) == "in").then_some(i)
}

/// The named item before an apposition that closes with the comma at token `e` and names
/// nobody itself (`Julia Brandt, a nurse from Hamm,`, `julia brandt, 34,`).
fn named_before_apposition(v: &View<'_>, e: usize) -> Option<usize> {
    // the comma after the name: the nearest one, or an earlier one when a place with commas
    // of its own follows the name (`tom reyes, of dunford, ohio, was ...`)
    let open = (e.saturating_sub(10)..e)
        .rev()
        .filter(|&c| v.low(c) == ",")
        .find(|&c| v.item_ending(c).is_some_and(|g| v.items[g].name.is_some()))?;
    let g = v.item_ending(open)?;
    let apposition_names = v
        .items
        .iter()
        .any(|it| it.name.is_some() && it.start > open && it.end <= e);
    (v.items[g].name.is_some() && !apposition_names).then_some(g)
}

/// In lower-cased text, a plain name of two or three words ending at the comma `c`, opening
/// with a known given name, at the sentence's start or after a function word (`belonged to
/// ansel moyo,`; not `with its aquarium damaged,`).
fn plain_before(v: &View<'_>, c: usize) -> Option<(String, usize)> {
    [c.checked_sub(3), c.checked_sub(2)]
        .into_iter()
        .flatten()
        .find_map(|s| {
            let (name, end) = super::phrase::plain_name(v.ctx, s)?;
            let opens = s == 0
                || v.ctx.toks[s - 1].has(crate::casualties::lexicon::class::FUNCTION)
                || !v.ctx.toks[s - 1].is_word();
            let given = crate::lexicon::given_name(v.low(s)).is_some();
            (end == c && opens && given).then_some((name, s))
        })
}

/// `two students, lena ortiz and sam kohl,` ending at token `e` in lower-cased text: the
/// group before the comma and the plain names after it.
fn names_in_apposition(v: &mut View<'_>, e: usize, status: Status, out: &mut Vec<Mention>) {
    let Some(g) = (0..v.items.len())
        .rev()
        .find(|&g| v.items[g].end < e && v.low(v.items[g].end) == ",")
    else {
        return;
    };
    let Some(names) = v.plain_names(v.items[g].end + 1, e) else {
        return;
    };
    out.extend(v.take(g, status));
    for (name, at) in names {
        out.push(v.named(name, at, status));
    }
}

/// Whether item `b` describes the person named by item `a` just before it: `NAME, a
/// teacher` (one comma between, `b` a single person with an article and no name).
fn described(v: &View<'_>, a: usize, b: usize) -> bool {
    let (x, y) = (&v.items[a], &v.items[b]);
    x.name.is_some() && y.name.is_none() && y.article && y.start == x.end + 1 && v.low(x.end) == ","
}

/// The list of groups or names starting at token `j`.
fn groups_after(v: &mut View<'_>, j: usize, status: Status, out: &mut Vec<Mention>) {
    if let Some(first) = v.item_at(j) {
        let list = v.loose_list_from(first);
        for (n, &kk) in list.iter().enumerate() {
            // "NAME, a teacher": a description after a name is that person, no one else
            if n > 0 && described(v, list[n - 1], kk) {
                v.used[kk] = true;
                continue;
            }
            out.extend(v.take(kk, status));
        }
    } else if let Some((name, _)) = plain_name(v.ctx, j) {
        out.push(v.named(name, j, status));
    }
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, keys, I, K, V};

    #[test]
    fn a_named_person_before_a_describing_apposition() {
        for text in [
            "Ines Farah, a nurse from Tolle, was among those who died.",
            "ines farah , 34 , was among those killed .",
        ] {
            assert_eq!(keys(text), vec![(V, K, None, 1)], "{text:?}");
        }
        // one person, not the name and its description
        assert_eq!(
            keys("Ines Farah, a nurse, was among the dead."),
            vec![(V, K, None, 1)]
        );
    }

    #[test]
    fn one_of_a_hedged_toll() {
        for text in [
            "Mira Castellan was one of about 40 people injured in the collapse.",
            "Mira Castellan was one of more than 40 people injured in the collapse.",
        ] {
            let f = crate::casualties::tests::run(text);
            assert!(
                f.iter()
                    .any(|f| f.name.as_deref() == Some("Mira Castellan") && f.status == I),
                "{text}: {f:?}"
            );
        }
        // mourners are no casualties
        assert!(keys("Ada Brink was one of about 200 mourners at the funeral.").is_empty());
    }

    #[test]
    fn those_who_did_the_killing_are_no_status_phrase() {
        // the 40 killed are victims; the attacker among the attackers is not one
        assert_eq!(
            keys("Tarek Nour, 26, was among the attackers who killed 40 people."),
            vec![(V, K, None, 40)]
        );
    }

    #[test]
    fn a_person_with_an_age_phrase_among() {
        both(
            "A Danish man in his 60s was among four people hurt in the crash.",
            &[(V, I, Some("DK"), 1), (V, I, None, 4)],
        );
    }

    #[test]
    fn among_before_and_after() {
        both(
            "Among the dead were three Belgians and an Austrian.",
            &[(V, K, Some("BE"), 3), (V, K, Some("AT"), 1)],
        );
        both(
            "Among the injured are 12 schoolchildren.",
            &[(V, I, None, 12)],
        );
        both(
            "Two Finns were among the 31 people killed.",
            &[(V, K, Some("FI"), 2), (V, K, None, 31)],
        );
        both(
            "Four Danes were among 22 people hurt.",
            &[(V, I, Some("DK"), 4), (V, I, None, 22)],
        );
        both(
            "Six Chileans were also among those injured in the quake.",
            &[(V, I, Some("CL"), 6)],
        );
    }

    #[test]
    fn group_with_names_among() {
        both(
            "Two nurses, Lena Ortiz and Sam Kohl, were among those taken hostage and killed.",
            &[(V, K, None, 2), (V, K, None, 1)],
        );
    }

    #[test]
    fn the_dead_were() {
        both(
            "The dead were two farmers and a teacher.",
            &[(V, K, None, 2), (V, K, None, 1)],
        );
    }

    #[test]
    fn among_after_a_longer_place() {
        both(
            "Among those killed in Monday's fire on Quay Street was a baker.",
            &[(V, K, None, 1)],
        );
        both(
            "Among the injured at the match in the city stadium were two stewards.",
            &[(V, I, None, 2)],
        );
    }

    #[test]
    fn fronted_status() {
        both(
            "Killed in the crash were three nurses and a driver.",
            &[(V, K, None, 3), (V, K, None, 1)],
        );
    }

    #[test]
    fn included() {
        both(
            "The wounded included 7 Spaniards.",
            &[(V, I, Some("ES"), 7)],
        );
        both(
            "Those killed in the collapse included four firefighters.",
            &[(V, K, None, 4)],
        );
        both(
            "Others killed on Monday included two sisters in the old town, three guards of the bank, and four other men.",
            &[(V, K, None, 2), (V, K, None, 3), (V, K, None, 4)],
        );
        both(
            "The victims included two Mexican students.",
            &[(V, K, Some("MX"), 2)],
        );
    }

    #[test]
    fn among_names() {
        let facts =
            crate::casualties::tests::run("Among those killed was Lena Ortiz, a pharmacist.");
        assert!(
            facts
                .iter()
                .any(|f| f.name.as_deref() == Some("Lena Ortiz")),
            "{facts:?}"
        );
        let facts =
            crate::casualties::tests::run("among those killed was lena ortiz , a pharmacist .");
        assert!(
            facts
                .iter()
                .any(|f| f.name.as_deref() == Some("Lena Ortiz")),
            "{facts:?}"
        );
    }
}
