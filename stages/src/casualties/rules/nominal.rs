//! `nominal_count`: a number counting casualty nouns: `6 deaths and 30 injuries`, `11
//! bodies`, `9 fatalities`, `the bodies of 4 climbers`, `the deaths of 12 people`.

use super::phrase::hypothetical;
use super::View;
use crate::casualties::context;
use crate::casualties::extract::Mention;
use crate::casualties::numbers::number_at;
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
        // "three Israeli fatalities": a nationality adjective before the noun
        let nat = crate::casualties::nationality::at(toks, e)
            .filter(|h| h.kind != crate::casualties::nationality::NatKind::Country);
        if let Some(h) = nat {
            e += h.len;
        }
        // a singular noun counts one: "a friend's 2000 death" is a year
        let singular = matches!(v.low(e), "death" | "fatality" | "body" | "injury");
        let status = noun_status(v.low(e)).filter(|_| !singular || f.count.value == 1);
        // "has claimed 17 lives", "took 9 lives"
        let lives = v.low(e) == "lives"
            && (i.saturating_sub(2)..i).any(|p| {
                matches!(
                    v.low(p),
                    "claimed" | "claiming" | "claim" | "took" | "taken" | "cost" | "costing"
                )
            });
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
    // "the death of Ana Ruiz", "the killing of lena ortiz": one named person killed
    for k in 1..toks.len() {
        if !(matches!(
            v.low(k),
            "death" | "killing" | "killings" | "murder" | "murders" | "slaying"
        ) && v.low(k + 1) == "of")
        {
            continue;
        }
        if cancelled(v, k, k + 2) {
            continue;
        }
        match v.item_at(k + 2) {
            // "the death of Ana Ruiz", "the killing of more than 800 protesters"
            Some(g) => out.extend(v.take(g, Status::Killed)),
            None => {
                if let Some((name, _)) = super::phrase::plain_name(v.ctx, k + 2) {
                    out.push(v.named(name, k + 2, Status::Killed));
                }
            }
        }
    }
    // "the bodies of 4 climbers", "the deaths of 12 people"
    for k in 1..toks.len() {
        let status = match (v.low(k), v.low(k + 1)) {
            ("bodies" | "deaths", "of") => noun_status(v.low(k)),
            _ => None,
        };
        let Some(status) = status else { continue };
        if let Some(g) = v.item_at(k + 2) {
            if !cancelled(v, k, v.items[g].end) && v.items[g].name.is_none() {
                out.extend(v.take(g, status));
            }
        }
    }
}

fn cancelled(v: &View<'_>, start: usize, end: usize) -> bool {
    let toks = v.ctx.toks;
    hypothetical(toks, start) || context::negated(toks, start, start) || rate_after(v, end)
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
    fn the_death_of_a_named_person() {
        for text in [
            "Police are investigating the death of Ana Ruiz.",
            "police are investigating the death of ana ruiz .",
        ] {
            let facts = crate::casualties::tests::run(text);
            assert!(
                facts.iter().any(|f| f.name.as_deref() == Some("Ana Ruiz")),
                "{text:?}: {facts:?}"
            );
        }
    }

    #[test]
    fn rates_and_threats_are_nothing() {
        none("The disease causes 40,000 deaths a year.");
        none("Officials fear there could be 200 deaths.");
        none("He faces a charge over his partner's 1999 death.");
        none("The system records one fatality every 90 million miles.");
    }
}
