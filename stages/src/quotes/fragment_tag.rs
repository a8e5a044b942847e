//! A quoted fragment inside a sentence whose tag closes the sentence: `The city will
//! get "enhanced defensive capabilities" to rebuild, the ministry said on Friday.`
//!
//! The attribution rules look for a cue before a fragment or right after it; here the
//! tag stands after the sentence's last comma: `, NP [aux] CUE ...` or `, CUE NP`.

use super::attribution::{cue_at, Attribution};
use super::frame::{Frame, Kind};
use super::phrases::{classify, np_forward};

/// Auxiliaries between a tag's subject and its cue (`has told`, `had said`).
const AUX: &[&str] = &["has", "have", "had", "was", "were", "is", "also"];

/// The attribution given by a tag closing the sentence of the quotation at token `t`:
/// after a comma that follows the quotation (the last one first), or right after the
/// quotation when its words end with a comma (`"...," the statement from the network,
/// Southern Cross Austereo, said`).
pub fn sentence_tag(f: &Frame<'_>, t: usize) -> Option<Attribution> {
    let (_, s_end) = f.sentence_range(f.tokens[t].sentence());
    let ceil = s_end.min(f.tokens.len());
    let commas: Vec<usize> = (t + 1..ceil)
        .take_while(|&i| !matches!(f.tokens[i].kind, Kind::Quote(_) | Kind::Break))
        .filter(|&i| f.tokens[i].is_punct(','))
        .collect();
    let span = &f.text[f.tokens[t].start()..f.tokens[t].end()];
    let own_comma = span
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',')
        .ends_with(',');
    let mut starts: Vec<usize> = commas.iter().rev().map(|&c| c + 1).collect();
    if own_comma {
        starts.push(t + 1);
    }
    starts.into_iter().find_map(|j| tag_at(f, j, ceil))
}

/// A tag starting at token `j`: `CUE NP` or `NP [, apposition ,] [aux] CUE`.
fn tag_at(f: &Frame<'_>, j: usize, ceil: usize) -> Option<Attribution> {
    if j >= ceil {
        return None;
    }
    if let Some(c) = cue_at(f, j) {
        if c.kind.participle || c.kind.naming {
            return None;
        }
        let np = np_forward(f, c.end + 1, ceil)?;
        classify(f, np.0, np.1)?;
        return Some(cued(f, np, c.start, c.end));
    }
    // The phrase reader may give up on a lower-cased phrase before a cue; then the
    // words up to a cue within five are the phrase.
    let mut np = np_forward(f, j, ceil).or_else(|| {
        let cue = (j + 1..ceil.min(j + 6))
            .take_while(|&i| f.tokens[i].kind == Kind::Word)
            .find(|&i| cue_at(f, i).is_some())?;
        Some((j, cue - 1))
    })?;
    // Lower-cased, a phrase may stop short of its head (`the state | department
    // said`): up to two more words before the cue join it.
    let is_aux = |i: usize| AUX.iter().any(|a| f.word(i).eq_ignore_ascii_case(a));
    for _ in 0..2 {
        let k = np.1 + 1;
        if k < ceil && f.tokens[k].kind == Kind::Word && cue_at(f, k).is_none() && !is_aux(k) {
            np.1 = k;
        }
    }
    let mut k = np.1 + 1;
    // `the statement from the network, Southern Cross Austereo, said`.
    if k < ceil && f.tokens[k].is_punct(',') {
        k = if cue_at(f, k + 1).is_some() {
            k + 1
        } else {
            (k + 1..ceil.min(k + 8)).find(|&i| f.tokens[i].is_punct(','))? + 1
        };
    }
    while k < ceil && is_aux(k) {
        k += 1;
    }
    let c = cue_at(f, k)?;
    if c.kind.participle || c.kind.naming {
        return None;
    }
    classify(f, np.0, np.1)?;
    Some(cued(f, np, c.start, c.end))
}

fn cued(f: &Frame<'_>, np: (usize, usize), c0: usize, c1: usize) -> Attribution {
    Attribution::Cued {
        mention: Some(np),
        cue: Some(f.text[f.tokens[c0].start()..f.tokens[c1].end()].to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::marks::find_marks;
    use super::super::pairing::pair;
    use super::*;

    fn tag(text: &str) -> Option<String> {
        let spans = pair(text, &find_marks(text));
        let f = Frame::build(text, &spans);
        match sentence_tag(&f, *f.quote_token.first()?)? {
            Attribution::Cued {
                mention: Some((s, e)),
                ..
            } => Some(text[f.tokens[s].start()..f.tokens[e].end()].to_string()),
            _ => None,
        }
    }

    #[test]
    fn the_tag_closing_the_sentence() {
        assert_eq!(
            tag("Kiev will get “better radar” to guard its coast, the ministry said."),
            Some("the ministry".into())
        );
        assert_eq!(
            tag("kiev will get \" better radar \" to guard its coast, said the ministry ."),
            Some("the ministry".into())
        );
        assert_eq!(
            tag("The pair “will not return,” a statement from the owner, Tidal Radio, said."),
            Some("Tidal Radio".into())
        );
        assert_eq!(
            tag("Kiev will get “better radar” to guard its coast."),
            None
        );
    }
}
