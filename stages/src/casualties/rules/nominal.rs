//! `nominal_count`: a number counting casualty nouns: `6 deaths and 30 injuries`, `11
//! bodies`, `9 fatalities`, `the bodies of 4 climbers`, `the deaths of 12 people`; and
//! named people by the same nouns: `the death of Ana Ruiz`, `the body of Raul Dominguez`.

use super::phrase::hypothetical;
use super::View;
use crate::casualties::context;
use crate::casualties::extract::Mention;
use crate::casualties::lexicon;
use crate::casualties::lexicon::class;
use crate::casualties::numbers::number_at;
use crate::casualties::tokens::Kind;
use crate::records::Status;

fn noun_status(w: &str) -> Option<Status> {
    match w {
        "deaths" | "fatalities" | "bodies" | "corpses" | "death" | "fatality" | "body" => {
            Some(Status::Killed)
        }
        "injuries" | "injury" => Some(Status::Injured),
        _ => None,
    }
}

/// A rate rather than an event: `a year`, `each year`, `annually`, `per day`.
fn rate_after(v: &View<'_>, from: usize) -> bool {
    (from..from + 6).any(|i| {
        matches!(v.low(i), "annually" | "yearly" | "per")
            || (matches!(v.low(i), "a" | "each" | "every")
                && matches!(v.low(i + 1), "year" | "day" | "week" | "month"))
            // "one fatality every 320 million miles"
            || (v.low(i) == "every"
                && v.ctx.toks.get(i + 1).is_some_and(|t| {
                    matches!(t.kind, crate::casualties::tokens::Kind::Num { .. })
                }))
    })
}

/// The end of the words that describe dead bodies from `e` (`mutilated, headless`), when
/// `bodies` or `corpses` follows them; else `e`.
fn described_bodies(v: &View<'_>, e: usize) -> usize {
    let mut k = e;
    let mut words = 0;
    while words < 3 && v.ctx.lex.body_words.contains(v.low(k)) {
        words += 1;
        k += 1;
        if v.low(k) == "," && v.ctx.lex.body_words.contains(v.low(k + 1)) {
            k += 1;
        }
    }
    if words > 0 && matches!(v.low(k), "bodies" | "corpses") {
        k
    } else {
        e
    }
}

/// `bodies of water`, `a body of work`: a body that is no dead person.
fn bodies_of_things(v: &View<'_>, e: usize) -> bool {
    matches!(v.low(e), "bodies" | "body")
        && v.low(e + 1) == "of"
        && matches!(
            v.low(e + 2),
            "water" | "work" | "evidence" | "knowledge" | "research" | "law" | "literature"
        )
}

/// A verb that takes lives: `has claimed 17 lives`, `claimed the lives of 18 people`,
/// `cost the life of a nurse`.
fn takes_lives(w: &str) -> bool {
    matches!(
        w,
        "claimed" | "claiming" | "claim" | "claims" | "took" | "taken" | "cost" | "costing"
    )
}

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    let lex = v.ctx.lex;
    let mut i = 0;
    while i < toks.len() {
        let Some(f) = number_at(lex, toks, i) else {
            i += 1;
            continue;
        };
        // "6 deaths", "11 more bodies", "nine road fatalities"
        let mut e = f.end;
        if matches!(
            v.low(e),
            "more" | "further" | "other" | "confirmed" | "reported"
        ) {
            e += 1;
        }
        // "three storm-related deaths", "two weather-related injuries": an event as the
        // cause before the noun (`event_causes.txt`; not `31,000 gun-related deaths`)
        let cause = v.low(e).strip_suffix("-related").unwrap_or("");
        if lex.event_causes.contains(cause) {
            e += 1;
        }
        // "eight serious injuries", "two minor injuries": words that describe injuries
        // (`wound_words.txt`) before the noun of injuries only
        if lex.wound_words.contains(v.low(e)) && matches!(v.low(e + 1), "injuries" | "injury") {
            e += 1;
        }
        // "three Israeli fatalities": a nationality adjective before the noun
        let nat = crate::casualties::nationality::at(toks, e)
            .filter(|h| h.kind != crate::casualties::nationality::NatKind::Country);
        if let Some(h) = nat {
            e += h.len;
        }
        // "nine mutilated bodies", "18 charred, headless bodies": words that describe the
        // dead (`body_words.txt`) before the noun of bodies only
        e = described_bodies(v, e);
        // a singular noun counts one: "a friend's 2000 death" is a year
        let singular = matches!(v.low(e), "death" | "fatality" | "body" | "injury");
        let status = noun_status(v.low(e))
            .filter(|_| !singular || f.count.value == 1)
            .filter(|_| !bodies_of_things(v, e));
        // "has claimed 17 lives", "took 9 lives"
        let lives = v.low(e) == "lives" && (i.saturating_sub(2)..i).any(|p| takes_lives(v.low(p)));
        let status = status.or(lives.then_some(Status::Killed));
        if let Some(status) = status.filter(|_| !f.article) {
            let free = !out
                .iter()
                .rev()
                .take(32)
                .any(|m| m.sentence == v.index && m.pos == toks[i].start);
            if free && !cancelled(v, i, e + 1) {
                let mut m = v.mention(&Default::default(), f.count, status);
                m.pos = toks[i].start;
                m.nat = nat.map(|h| h.code());
                out.push(m);
            }
        }
        i = f.end.max(i + 1);
    }
    // "the death of Ana Ruiz", "the killing of lena ortiz", "the bodies of Ana Ruiz and Tom
    // Bell": named people killed
    for k in 1..toks.len() {
        let body = matches!(v.low(k), "body" | "bodies" | "remains");
        // "claimed the lives of 18 people", "cost the life of a nurse"
        let lives = matches!(v.low(k), "lives" | "life")
            && (k.saturating_sub(2)..k).any(|p| takes_lives(v.low(p)));
        let death = lives
            || matches!(
                v.low(k),
                "death"
                    | "deaths"
                    | "killing"
                    | "killings"
                    | "murder"
                    | "murders"
                    | "slaying"
                    | "slayings"
            )
            // "the fatal shooting of NAME": an attack's noun told as deadly
            || (matches!(v.low(k), "shooting" | "stabbing" | "beating")
                && matches!(v.low(k - 1), "fatal"));
        if v.low(k) == "disappearance" && v.low(k + 1) == "of" && !cancelled(v, k, k + 2) {
            disappeared(v, k + 2, out);
            continue;
        }
        if !((body || death) && v.low(k + 1) == "of") || cancelled(v, k, k + 2) {
            continue;
        }
        match v.item_at(k + 2).or_else(|| modified_name(v, k + 2)) {
            // "the death of Ana Ruiz", "the killing of more than 800 protesters"; a body
            // counted by number is read below
            // (`the deaths of 3-year-old twins` names nobody: after a plural noun, a name of
            // one word is a group's noun)
            Some(first)
                if death
                    && v.low(k).ends_with('s')
                    && v.items[first]
                        .name
                        .as_ref()
                        .is_some_and(|n| !n.contains(' ')) => {}
            // "the death of mr roe's mother-in-law": the possessive names another person
            Some(first)
                if v.items[first].name.as_ref().is_some_and(|n| {
                    n.ends_with("'s") || n.ends_with("’s") || n.ends_with("'S")
                }) || matches!(v.low(v.items[first].end), "'s" | "’s") =>
            {
                if death && !v.low(k).ends_with('s') {
                    out.push(one_unnamed_death(v, toks[k].start));
                }
            }
            Some(first) if death => {
                let (named, end) = (v.items[first].name.is_some(), v.items[first].end);
                out.extend(v.take(first, Status::Killed));
                if named {
                    more_people(v, end, out);
                }
            }
            // "the body of a man was recovered", "found the body of a 60-year-old woman":
            // one unnamed person, introduced by `a`, found dead
            Some(first)
                if v.low(k) == "body"
                    && !matches!(v.low(k - 1), "upper" | "lower" | "whole" | "entire")
                    && v.items[first].article
                    && v.items[first].name.is_none()
                    && !v.items[first].head.is_empty() =>
            {
                out.extend(v.take(first, Status::Killed));
            }
            Some(first) => {
                for g in v.list_from(first) {
                    if v.items[g].name.is_some() && !v.items[g].lone {
                        out.extend(v.take(g, Status::Killed));
                    }
                }
            }
            None => {
                // "the death of mr roe's mother-in-law" in lower-cased text: the one a
                // possessive names, unnamed
                let possessive = (k + 2..k + 5).find(|&m| {
                    toks.get(m)
                        .is_some_and(|t| t.low.ends_with("'s") || t.low.ends_with("’s"))
                        && toks[k + 2..m].iter().all(|t| t.is_word())
                });
                // (not a country's: `the death of japan's misao okawa`)
                let country = |m: usize| {
                    toks[k + 2..m].is_empty()
                        && toks[m]
                            .low
                            .strip_suffix("'s")
                            .is_some_and(crate::casualties::nationality::is_country_word)
                };
                if let Some(m) = possessive.filter(|&m| !country(m)) {
                    // the possessed is a person: a person noun, title or a word shaped like
                    // one, after an age or `former` (`74-year old mother-in-law`, `former
                    // roommate`; not `great old turtle`, `rss feed organizer`)
                    let mut q = m + 1;
                    while toks.get(q).is_some_and(|t| {
                        crate::casualties::groups::is_age(t.low)
                            || t.low.ends_with("-year")
                            || matches!(t.low, "old" | "former" | "late" | "young" | "baby")
                    }) {
                        q += 1;
                    }
                    let person = toks.get(q).is_some_and(|t| {
                        t.has(
                            crate::casualties::lexicon::class::PERSON
                                | crate::casualties::lexicon::class::TITLE,
                        ) || crate::casualties::groups::person_shaped(t.low)
                    });
                    if death && !v.low(k).ends_with('s') && person {
                        out.push(one_unnamed_death(v, toks[k].start));
                    }
                    continue;
                }
                // lower-cased text: plain names, after a body only one opening with a
                // known given name (not `the remains of ancient walls`)
                let mut j = k + 2;
                // (`the deaths of 3-year-old twins`: after a plural noun, an age opens no
                // plain name; `the death of 94-year-old hope ruller` does)
                if v.low(k).ends_with('s') && crate::casualties::groups::is_age(v.low(j)) {
                    continue;
                }
                // "the killing of briton tom reid": a nationality noun before the plain
                // name tells the person's (not an adjective or a country: `south africa's`)
                let mut nat = crate::casualties::nationality::at(toks, j)
                    .filter(|h| {
                        h.kind == crate::casualties::nationality::NatKind::PersonSg
                            && super::phrase::plain_name(v.ctx, j + h.len).is_some()
                    })
                    .map(|h| {
                        j += h.len;
                        h.code()
                    });
                while let Some((name, end)) = super::phrase::plain_name(v.ctx, j) {
                    if body && crate::lexicon::given_name(v.low(j)).is_none() {
                        break;
                    }
                    let mut m = v.named(name, j, Status::Killed);
                    m.nat = nat.take();
                    out.push(m);
                    if death {
                        more_people(v, end, out);
                        break;
                    }
                    if !(body && matches!(v.low(end), "and" | ",")) {
                        break;
                    }
                    j = end + 1;
                }
            }
        }
    }
    possessed(v, out);
    // "the bodies of 4 climbers", "the deaths of 12 people"
    for k in 1..toks.len() {
        let status = match (v.low(k), v.low(k + 1)) {
            ("bodies" | "deaths", "of") => noun_status(v.low(k)),
            _ => None,
        };
        let Some(status) = status else { continue };
        if let Some(g) = v.item_at(k + 2) {
            if !cancelled(v, k, v.items[g].end) && v.items[g].name.is_none() {
                // "the deaths of 20 children and 6 adults": each group of the list
                for m in v.list_from(g) {
                    if v.items[m].name.is_none() && v.items[m].count.is_some() {
                        out.extend(v.take(m, status));
                    }
                }
            }
        }
    }
}

/// `the disappearance of Ana Ruiz`, `the disappearance of missing teen lena ortiz`: a person
/// named after the noun (from token `j`) is missing; a group counted there is left to the
/// clause reader, a lone surname to nobody.
fn disappeared(v: &mut View<'_>, mut j: usize, out: &mut Vec<Mention>) {
    if v.low(j) == "missing" {
        j += 1;
    }
    match v.item_at(j) {
        Some(first) => {
            if v.items[first].name.is_some() && !v.items[first].lone {
                out.extend(v.take(first, Status::Missing));
            }
        }
        None => {
            if let Some((name, _)) = super::phrase::plain_name(v.ctx, j) {
                out.push(v.named(name, j, Status::Missing));
            }
        }
    }
}

/// `Ana Ruiz's death`, `eric garner's july 2014 death`, `tom reid's body was found`: a
/// person named by a possessive before a noun of death. A surname alone (`Ruiz's death`)
/// stands only with the full name the article gives (see `article_facts`).
fn possessed(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for k in 1..toks.len() {
        let next = v.low(k + 1);
        let noun = match v.low(k) {
            // not `death threats`, `death penalty`; not `Reid's murder trial`, `Reid's
            // killing of his wife` (Reid the killer), nor a verb with its object
            // (`Dominik's killing them softly`, a title): `possessed.tsv`
            w @ ("death" | "murder" | "killing" | "slaying") => !possessed_next(v, w, next),
            // `Reid's body was found`, not `Reid's body language`, `a body of work`
            "body" => {
                possessed_next(v, "body", next) || toks.get(k + 1).is_none_or(|t| !t.is_word())
            }
            _ => false,
        };
        if !noun || cancelled(v, k, k + 1) {
            continue;
        }
        // a date or a describing word between: `july 2014 death`, `sudden death`
        let mut p = k - 1;
        while p > 0
            && k - p <= 3
            && toks.get(p).is_some_and(|t| {
                t.has(class::MONTH)
                    || matches!(t.kind, Kind::Num { .. })
                    || matches!(
                        t.low,
                        "untimely" | "tragic" | "sudden" | "apparent" | "suspicious" | "violent"
                    )
            })
        {
            p -= 1;
        }
        let t = &toks[p];
        let Some(stem) = t
            .low
            .strip_suffix("'s")
            .or_else(|| t.low.strip_suffix("’s"))
        else {
            continue;
        };
        let stem_ok = stem.len() >= 3
            && stem.chars().all(|c| c.is_alphabetic() || c == '-')
            && (t.cap || v.ctx.lower)
            && !known_word(v, stem);
        if !stem_ok {
            continue;
        }
        // the words of the name before the possessive
        let mut s = p;
        while s > 0 && p - s < 2 {
            let w = &toks[s - 1];
            let name_word = w.is_word()
                && (w.cap || v.ctx.lower)
                && !matches!(w.kind, Kind::Num { .. })
                && w.low
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '.')
                && !w.has(class::NOT_NAME)
                && !known_word(v, w.low);
            if !name_word {
                break;
            }
            s -= 1;
        }
        let full = v.ctx.text.get(toks[s].start..t.end).unwrap_or("");
        let Some(text) = ["'s", "’s", "'S", "’S"]
            .iter()
            .find_map(|e| full.strip_suffix(e))
        else {
            continue;
        };
        let name = if v.ctx.lower {
            crate::casualties::person_name::title_words(text)
        } else {
            text.to_string()
        };
        let mut m = v.named(name, s, Status::Killed);
        m.lone = s == p;
        out.push(m);
    }
}

/// The rest of a list of the named dead after `the deaths of NAME`, `e` the end of the first
/// name: `, 38, of westtown; james shore, 40; and lena marie voss`, `, his 61-year-old wife,
/// janet reid, and their son, matt reid`. A list is closed by `and`: people after a comma
/// count only when one comes after `and` (not `the death of his wife, vera holt, 30,
/// officials announced`); a person introduced by `a` is no list member (`and a third man,
/// NAME`, who was charged).
/// One unnamed person killed, read at byte `pos` (`the death of roe's mother-in-law`).
fn one_unnamed_death(v: &View<'_>, pos: usize) -> Mention {
    let one = crate::records::Count {
        value: 1,
        approx: crate::records::Approx::Exact,
    };
    let mut m = v.mention(&Default::default(), one, Status::Killed);
    m.pos = pos;
    m
}

fn more_people(v: &mut View<'_>, e: usize, out: &mut Vec<Mention>) {
    let mut pending = Vec::new();
    list_after(v, e, &mut pending, out);
}

fn list_after(v: &mut View<'_>, mut e: usize, pending: &mut Vec<Mention>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    // a list whose members hold commas of their own is cut by semicolons
    let semi = (e..toks.len()).any(|i| v.low(i) == ";");
    for _ in 0..12 {
        // an age after the name: ", 38"
        if v.low(e) == ","
            && toks
                .get(e + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Num { .. }))
        {
            e += 2;
        }
        let mut j = if semi {
            match (e..toks.len()).find(|&i| v.low(i) == ";") {
                Some(s) => s + 1,
                None => return,
            }
        } else {
            // a place after the name: ", of dayton,"
            if v.low(e) == "," && matches!(v.low(e + 1), "of" | "from") {
                match (e + 2..toks.len().min(e + 6)).find(|&i| v.low(i) == ",") {
                    Some(c) => e = c,
                    None => return,
                }
            }
            match (v.low(e), v.low(e + 1)) {
                (",", "and") => e + 2,
                (",", _) | ("and", _) => e + 1,
                _ => return,
            }
        };
        let closing = v.low(j) == "and" || v.low(j.wrapping_sub(1)) == "and";
        if v.low(j) == "and" {
            j += 1;
        }
        let named_item = |v: &View<'_>, j: usize| {
            v.item_at(j).filter(|&g| {
                let it = &v.items[g];
                it.name.is_some()
                    && !it.lone
                    && !it.article
                    && !matches!(v.low(it.start), "a" | "an")
                    && !v.used[g]
            })
        };
        let mut add = |m: Option<Mention>, pending: &mut Vec<Mention>| {
            pending.extend(m);
            if closing {
                out.append(pending);
            }
        };
        // "his 61-year-old wife, Janet Reid" read as one named group
        if let Some(g) = named_item(v, j) {
            e = v.items[g].end;
            let m = v.take(g, Status::Killed);
            add(m, pending);
            continue;
        }
        // "his 61-year-old wife, janet reid": a relative's noun, then the name
        if matches!(v.low(j), "his" | "her" | "their") {
            let mut r = j + 1;
            if crate::casualties::groups::is_age(v.low(r)) {
                r += 1;
            }
            if super::kin::kin(v.low(r)) != Some(false) || v.low(r + 1) != "," {
                return;
            }
            j = r + 2;
        }
        if let Some(g) = named_item(v, j) {
            e = v.items[g].end;
            let m = v.take(g, Status::Killed);
            add(m, pending);
            continue;
        }
        if crate::casualties::groups::is_age(v.low(j)) {
            j += 1;
        }
        let Some((name, end)) = super::phrase::plain_name(v.ctx, j) else {
            return;
        };
        add(Some(v.named(name, j, Status::Killed)), pending);
        e = end;
    }
}

/// Whether `possessed.tsv` pairs the noun `noun` with the word `next` after it.
fn possessed_next(v: &View<'_>, noun: &str, next: &str) -> bool {
    v.ctx
        .lex
        .possessed_next
        .get(noun)
        .is_some_and(|words| words.contains(next))
}

/// A word some list knows, or one ordinary text writes lower-case: no name's word.
fn known_word(v: &View<'_>, w: &str) -> bool {
    crate::lexicon::common_word(w)
        || lexicon::is_function_word(w)
        || v.ctx.lex.people.contains_key(w)
        || v.ctx.lex.perpetrators.contains(w)
}

/// A named person after a singular person noun and at most one plain modifier before it:
/// `the death of local nurse Ana Ruiz`, `of college student peter lund` (`the bodies of
/// victims of Flight 8501` is not one: `victims` is plural and `of` is not a modifier).
fn modified_name(v: &View<'_>, at: usize) -> Option<usize> {
    let toks = v.ctx.toks;
    let plain = |m: usize| {
        toks.get(m)
            .is_some_and(|t| t.is_word() && !matches!(t.kind, Kind::Num { .. }))
            && !lexicon::is_function_word(v.low(m))
    };
    (at + 1..=at + 3).find_map(|j| {
        // the person noun is the word before the name, or the item's own first word when
        // the item holds it (`teacher Mara Voss`); a title opening the item is one too
        // (`of police lt. aldo ferrante`, `of brenford police Lt. Aldo Ferrante`); three
        // modifiers only before a title
        let sg = |m: usize| v.ctx.lex.people.get(v.low(m)) == Some(&true);
        let title = toks.get(j).is_some_and(|t| t.has(class::TITLE));
        let role = (j <= at + 2 && (sg(j - 1) || sg(j))) || title;
        let g = v.item_at(j)?;
        (role && (at..j).all(plain) && v.items[g].name.is_some() && !v.items[g].lone).then_some(g)
    })
}

fn cancelled(v: &View<'_>, start: usize, end: usize) -> bool {
    let toks = v.ctx.toks;
    hypothetical(toks, start) || context::negated(toks, start, start) || rate_after(v, end)
}

#[cfg(test)]
mod named_tests {
    use crate::casualties::tests::{none, run};
    use crate::records::Status;

    fn named(text: &str) -> Vec<(Status, Option<String>)> {
        let mut got: Vec<_> = run(text).into_iter().map(|f| (f.status, f.name)).collect();
        got.sort();
        got
    }

    #[test]
    fn lists_of_the_named_dead() {
        for text in [
            "He was charged in the deaths of Ada Lorne, 40, of Kell; Bo Sten, 38; and Cy Mott, 61.",
            "he was charged in the deaths of ada lorne , 40 , of kell ; bo sten , 38 ; and cy mott , 61 .",
            "he was charged in the deaths of ada lorne, his 30-year-old wife, bo lorne, and their son, cy lorne .",
        ] {
            assert_eq!(run(text).len(), 3, "{text}");
        }
        // no closing `and`: the words after the comma are no second person
        for text in [
            "he was held in the death of his wife , ada lorne , 30 , officials announced .",
            "they were convicted in the murder of ada lorne and a third man , bo sten , was freed .",
        ] {
            assert_eq!(run(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn bodies_of_named_people() {
        for text in [
            "The body of Raul Dominguez, 35, was found on Sunday.",
            "the body of raul dominguez , 35 , was found on sunday .",
        ] {
            assert_eq!(
                named(text),
                vec![(Status::Killed, Some("Raul Dominguez".to_string()))],
                "{text}"
            );
        }
        for text in [
            "The bodies of Ana Ruiz and Tom Bell were recovered from the river.",
            "the bodies of ana ruiz and tom bell were recovered from the river .",
        ] {
            let two = named(text);
            assert_eq!(two.len(), 2, "{two:?}");
        }
    }

    #[test]
    fn no_body_of_a_group_or_thing() {
        none("The body of the car was crushed.");
        none("The governing body of the sport met on Monday.");
        none("the remains of ancient walls were found under the car park .");
    }
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, none, I, K, V};

    #[test]
    fn casualty_nouns() {
        both(
            "The crash caused 3 deaths and 19 injuries.",
            &[(V, K, None, 3), (V, I, None, 19)],
        );
        both("Divers have recovered 23 bodies.", &[(V, K, None, 23)]);
        both("The storm has claimed 12 lives.", &[(V, K, None, 12)]);
        both(
            "The fever has claimed the lives of 23 children.",
            &[(V, K, None, 23)],
        );
        both(
            "The blast cost the lives of at least four miners.",
            &[(V, K, None, 4)],
        );
        // a life's work, not a life taken
        let work = crate::casualties::tests::run("The fire took the life work of 3 artists.");
        assert!(work.is_empty(), "{work:?}");
        both(
            "Officials reported four Greek fatalities.",
            &[(V, K, Some("GR"), 4)],
        );
        both(
            "He is charged over the killing of 40 protesters.",
            &[(V, K, None, 40)],
        );
        both("There were 7 fatalities on the road.", &[(V, K, None, 7)]);
        both(
            "Police found the bodies of five migrants.",
            &[(V, K, None, 5)],
        );
    }

    #[test]
    fn words_that_describe_the_dead_before_bodies() {
        both(
            "Divers found six badly decomposed bodies in the flooded cellar.",
            &[(V, K, None, 6)],
        );
        both(
            "Farmers came upon 14 charred, headless bodies beside the quarry road.",
            &[(V, K, None, 14)],
        );
        // a describing word of no dead body; bodies of water
        none("The charter names four governing bodies.");
        none("The reserve holds three bodies of water and a forest.");
    }

    #[test]
    fn the_death_of_a_named_person() {
        for text in [
            "Police are investigating the death of Ana Ruiz.",
            "police are investigating the death of ana ruiz .",
            "Protests followed the fatal shooting of Ana Ruiz, 24, on Friday.",
        ] {
            let facts = crate::casualties::tests::run(text);
            assert!(
                facts.iter().any(|f| f.name.as_deref() == Some("Ana Ruiz")),
                "{text:?}: {facts:?}"
            );
        }
    }

    #[test]
    fn a_verb_after_the_named_dead_ends_the_name() {
        for (text, name) in [
            (
                "the death of nina alvarez prompted an inquiry .",
                "Nina Alvarez",
            ),
            (
                "the killing of tomas berg shocked the village .",
                "Tomas Berg",
            ),
            (
                "the death of anna brown left her family in shock .",
                "Anna Brown",
            ),
            // a third word that is no ordinary verb stays the surname
            (
                "the death of mary ann reed was confirmed .",
                "Mary Ann Reed",
            ),
            // (an ordinary word that is no past form stays too)
            (
                "the body of sarah jane long , 41 , was found .",
                "Sarah Jane Long",
            ),
        ] {
            let facts = crate::casualties::tests::run(text);
            assert!(
                facts.iter().any(|f| f.name.as_deref() == Some(name)),
                "{text:?}: {facts:?}"
            );
        }
    }

    #[test]
    fn a_noun_of_death_ending_the_text_names_no_one() {
        for text in ["they mourned the death of", "police said the killing of"] {
            let facts = crate::casualties::tests::run(text);
            assert!(
                facts.iter().all(|f| f.name.is_none()),
                "{text:?}: {facts:?}"
            );
        }
    }

    #[test]
    fn a_title_after_modifiers_opens_the_named_dead() {
        for text in [
            "Three men are sought in the killing of Brenford police Lt Aldo Ferrante.",
            "three men are sought in the killing of brenford police lt aldo ferrante .",
            "they mourned the death of county jail sgt aldo ferrante on monday .",
        ] {
            let facts = crate::casualties::tests::run(text);
            let names: Vec<_> = facts.iter().map(|f| f.name.as_deref()).collect();
            assert_eq!(names, vec![Some("Aldo Ferrante")], "{text:?}: {facts:?}");
        }
        // a comma ends the modifiers: the officer who speaks is nobody's victim (the unit
        // helper cuts sentences at `. `: the titles here go without their stop)
        none("Reporters asked about the killing of stray dogs, police Lt Aldo Ferrante said.");
    }

    #[test]
    fn rates_and_threats_are_nothing() {
        none("The disease causes 40,000 deaths a year.");
        none("Officials fear there could be 200 deaths.");
        none("He faces a charge over his partner's 1999 death.");
        none("The system records one fatality every 90 million miles.");
    }
}
