//! A last step for lowercased text, after the gap model and the other layers: a
//! segment that ends at an abbreviation's stop and a segment after it that opens with
//! a joining conjunction (`and`, `or`, `nor`) are one sentence (`envoys of the u.k. |
//! And their hosts met on friday`, `from 300 b.c. | And a.d. 90`, `tarvik
//! corp. | And ollen inc.`). The rules cut there because lowercased text
//! capitalises the word after every dot, so the capital says nothing, and `And` is a
//! word that opens sentences after a real end. After a time (`a.m.`, `p.m.`), which
//! ends sentences often (`it was 7 a.m. And he was gone`), only a number after the
//! conjunction joins (`from 4: 05 p.m. And 4: 50 p.m.`). The rules' own cuts are
//! left as they are, so the gap model is trained and run on the same segments as
//! before.

use super::boundary::{is_dotted, is_single_letter};
use super::lexicon::{AbbrevClass, Lexicon};
use super::segment_kind;
use super::splitter::Segment;

/// Conjunctions that join words or phrases of one sentence.
const JOINING: &[&str] = &["and", "or", "nor"];

/// Joins each segment of `segments[from..]` of lowercased `text` that ends at an
/// abbreviation's stop to the next one where that opens with a joining conjunction,
/// inside one paragraph.
pub fn join_after_abbreviations(
    text: &str,
    lex: &Lexicon,
    segments: &mut Vec<Segment>,
    from: usize,
) {
    let joins = |a: &Segment, b: &Segment| {
        a.paragraph == b.paragraph
            && text
                .get(a.start..a.end)
                .zip(text.get(b.start..b.end))
                .is_some_and(|(a, b)| joined(a, b, lex))
    };
    let any = segments
        .get(from..)
        .is_some_and(|rest| rest.windows(2).any(|w| joins(&w[0], &w[1])));
    if !any {
        return;
    }
    let rest: Vec<Segment> = segments.drain(from..).collect();
    let mut open: Option<Segment> = None;
    for seg in rest {
        open = Some(match open {
            Some(a) if joins(&a, &seg) => {
                segment_kind::lowercased_piece(text, a.start, seg.end, a, lex)
            }
            Some(a) => {
                segments.push(a);
                seg
            }
            None => seg,
        });
    }
    segments.extend(open);
}

/// Whether segment text `a`, ending at an abbreviation's stop, and `b`, opening with
/// a joining conjunction, are one sentence.
fn joined(a: &str, b: &str, lex: &Lexicon) -> bool {
    let mut next = b.split_ascii_whitespace();
    let Some(first) = next.next() else {
        return false;
    };
    if !JOINING.iter().any(|j| j.eq_ignore_ascii_case(first)) {
        return false;
    }
    let Some(core) = a
        .rsplit(|c: char| c.is_ascii_whitespace())
        .next()
        .and_then(|w| w.strip_suffix('.'))
    else {
        return false;
    };
    if core.is_empty() || core.ends_with('.') {
        return false;
    }
    match lex.abbreviation(core, true) {
        Some(AbbrevClass::Time) => next
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())),
        Some(_) => true,
        None => is_dotted(core) || is_single_letter(core),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joins(a: &str, b: &str) -> bool {
        joined(a, b, Lexicon::default_ref())
    }

    #[test]
    fn a_joining_conjunction_after_an_abbreviation_goes_on() {
        assert!(joins("troops of the u.s.", "And their allies came"));
        assert!(joins(
            "the oil fields of 4 b.c.",
            "Or older, the guide said."
        ));
        assert!(joins("shares of harlow corp.", "And venn inc. fell."));
        assert!(joins("robbed between 9 p.m.", "And 10 p.m. On sunday."));
    }

    #[test]
    fn other_ends_stay() {
        // A time before a word: `And` opens the next sentence.
        assert!(!joins("the alarm rang at 7 a.m.", "And nobody woke up."));
        // A plain word's stop, another opening word, a closing quotation.
        assert!(!joins("the talks ended.", "And then the rain came."));
        assert!(!joins(
            "the envoy flew back to the u.s.",
            "The talks go on."
        ));
        assert!(!joins("he said \" we left the u.s. \"", "And he laughed."));
        // An ellipsis.
        assert!(!joins("the talks went on...", "And on."));
    }
}
