//! A sentence's closing attribution: `, police said.`, `, troopers told the station.`,
//! `, said the fire chief.`, `, according to the sheriff's office.` A list of parts or a
//! phrase that closes the sentence may stand before one (`seven were hurt: four in the van
//! and three in the car, police said`).

use super::tokens::{Kind, Tok};

/// Verbs that attribute what the sentence says to a source.
fn speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "reported"
            | "reports"
            | "confirmed"
            | "confirms"
            | "added"
            | "stated"
            | "announced"
            | "wrote"
    )
}

/// Whether the tokens from `j` are `,` and an attribution that runs to the sentence's end:
/// a speech verb within its first seven words with no number before it, or `according to`.
pub fn closes_at(toks: &[Tok<'_>], j: usize) -> bool {
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    if low(j) != "," {
        return false;
    }
    let end = (j + 1..toks.len())
        .find(|&i| !toks[i].is_word() && !matches!(toks[i].kind, Kind::Num { .. }))
        .unwrap_or(toks.len());
    if (end < toks.len() && low(end) != ".") || end > j + 14 || end == j + 1 {
        return false;
    }
    if low(j + 1) == "according" && low(j + 2) == "to" {
        return true;
    }
    let verb = (j + 1..end.min(j + 8)).find(|&i| speech_verb(low(i)));
    verb.is_some_and(|v| (j + 1..v).all(|i| toks[i].is_word()))
}

#[cfg(test)]
mod tests {
    use super::closes_at;
    use crate::casualties::tokens::Tokens;

    fn closes(text: &str) -> bool {
        let mut t = Tokens::default();
        let r = t.push(text);
        t.classify(&crate::casualties::lexicon::LEX);
        let mut toks = Vec::new();
        t.toks_in(r, &mut toks);
        let j = toks.iter().position(|x| x.low == ",").unwrap_or(usize::MAX);
        closes_at(&toks, j)
    }

    #[test]
    fn attributions_close() {
        assert!(closes("four in the van, police said."));
        assert!(closes("four in the van, troopers told the station."));
        assert!(closes("four in the van, said the fire chief"));
        assert!(closes("four in the van, according to the county coroner."));
    }

    #[test]
    fn other_clauses_do_not() {
        assert!(!closes(
            "four in the van, and three more were taken to hospital."
        ));
        assert!(!closes(
            "four in the van, which was towed away, police said."
        ));
        assert!(!closes("four in the van, 12 people said."));
        assert!(!closes("four in the van, officials hope."));
    }
}
