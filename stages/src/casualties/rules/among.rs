//! `among_included`: the casualties of a status named by a phrase, and the groups said to be
//! among or included in them: `Among the dead were A and B`, `A and B were among the 15
//! people killed`, `The injured included 14 Germans`, `Among those killed was NAME, a nurse`.

use super::phrase::{plain_name, status_phrase};
use super::View;
use crate::casualties::extract::Mention;
use crate::records::Status;

const RULE: &str = "among_included";

fn is_be(w: &str) -> bool {
    matches!(w, "were" | "was" | "are" | "is")
}

pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for k in 0..toks.len() {
        match toks[k].low {
            "among" => {
                let Some((status, _, end)) = status_phrase(toks, k + 1) else {
                    continue;
                };
                // "among the dead were A and B"
                let mut j = end;
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
                    if let Some(last) = v.item_ending(p - 1) {
                        for kk in v.list_to(last) {
                            out.extend(v.take(kk, status, RULE));
                        }
                    }
                }
            }
            "included" | "include" | "includes" => {
                // "the dead included", "those killed in the crash included"
                let found = (k.saturating_sub(6)..k).find_map(|s| {
                    status_phrase(toks, s).filter(|&(_, _, e)| e == k || v.low(e) == "in")
                });
                if let Some((status, _, _)) = found {
                    groups_after(v, k + 1, status, out);
                }
            }
            _ => {}
        }
    }
}

/// The list of groups or names starting at token `j`.
fn groups_after(v: &mut View<'_>, j: usize, status: Status, out: &mut Vec<Mention>) {
    if let Some(first) = v.item_at(j) {
        for kk in v.list_from(first) {
            out.extend(v.take(kk, status, RULE));
        }
    } else if let Some((name, _)) = plain_name(v.ctx, j) {
        let mut m = v.mention(
            &Default::default(),
            crate::records::Count {
                value: 1,
                approx: crate::records::Approx::Exact,
            },
            status,
            RULE,
        );
        m.name = Some(name);
        m.pos = v.ctx.toks.get(j).map_or(0, |t| t.start);
        out.push(m);
    }
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, I, K, V};

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
            "Six Chileans were also among those injured in the quake.",
            &[(V, I, Some("CL"), 6)],
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
