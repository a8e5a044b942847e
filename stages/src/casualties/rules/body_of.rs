//! `nominal_count/body_of`: the body or remains of named people: `The body of Raul
//! Dominguez, 35, was found`, `the bodies of Ana Ruiz and Tom Bell were recovered`. A body
//! counted by number (`the bodies of 4 climbers`) is `nominal_count`'s.

use super::phrase::{self, hypothetical};
use super::View;
use crate::casualties::context;
use crate::casualties::extract::Mention;
use crate::records::Status;

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for k in 0..toks.len() {
        if !(matches!(v.low(k), "body" | "bodies" | "remains") && v.low(k + 1) == "of") {
            continue;
        }
        if hypothetical(toks, k) || context::negated(toks, k, k) {
            continue;
        }
        if let Some(first) = v.item_at(k + 2) {
            for g in v.list_from(first) {
                if v.items[g].name.is_some() && !v.items[g].lone {
                    out.extend(v.take(g, Status::Killed));
                }
            }
            continue;
        }
        // lower-cased text: plain names opening with a known given name (`ines faro and
        // karl weber`), not `the remains of ancient walls`
        let mut j = k + 2;
        while let Some((name, end)) = phrase::plain_name(v.ctx, j) {
            if crate::lexicon::given_name(v.low(j)).is_none() {
                break;
            }
            out.push(v.named(name, j, Status::Killed));
            if !(matches!(v.low(end), "and" | ",")) {
                break;
            }
            j = end + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{none, run};
    use crate::records::Status;

    fn named(text: &str) -> Vec<(Status, Option<String>)> {
        let mut got: Vec<_> = run(text).into_iter().map(|f| (f.status, f.name)).collect();
        got.sort();
        got
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
