//! Repairs closing quotation marks lost to a bad decoding.
//!
//! `”` is the bytes `E2 80 9D` in UTF-8; read as Windows-1252 the last byte has no
//! character, and some web pages then carry `�?` (the replacement character and a
//! question mark) where the mark stood while the opening `“` survived. The pattern is
//! repaired to `”` where it is unambiguous: a double quotation is open at that point
//! of the paragraph. Elsewhere (nothing open, or the paragraph has no quotation) it is
//! left as it is and counted as flagged, for a human to look at.

use crate::records::Changes;

const LOST: &str = "\u{FFFD}?";

/// Repairs `�?` in `text` (paragraphs separated by blank lines), counting repairs and
/// the occurrences left because they were ambiguous.
pub fn repair(text: String, changes: &mut Changes) -> String {
    if !text.contains(LOST) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut open = false;
    let mut rest = text.as_str();
    while let Some(c) = rest.chars().next() {
        if rest.starts_with(LOST) {
            if open {
                out.push('”');
                changes.lost_quotes_repaired += 1;
                open = false;
            } else {
                out.push_str(LOST);
                changes.lost_quotes_flagged += 1;
            }
            rest = &rest[LOST.len()..];
            continue;
        }
        match c {
            '“' => open = true,
            '”' => open = false,
            '"' => open = !open,
            '\n' if starts_blank_line(&rest[1..]) => open = false,
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Whether `rest` (just after a line break) is a blank line: a paragraph ends here.
fn starts_blank_line(rest: &str) -> bool {
    rest.chars()
        .find(|c| !matches!(c, ' ' | '\t' | '\r'))
        .is_none_or(|c| c == '\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (String, Changes) {
        let mut c = Changes::default();
        (repair(text.to_string(), &mut c), c)
    }

    #[test]
    fn closing_mark_after_an_open_quotation_is_repaired() {
        let (t, c) = run("He called it “a farce.\u{FFFD}? Then he left.");
        assert_eq!(t, "He called it “a farce.” Then he left.");
        assert_eq!((c.lost_quotes_repaired, c.lost_quotes_flagged), (1, 0));
    }

    #[test]
    fn question_before_the_lost_mark_is_kept() {
        let (t, _) = run("She asked “why now?\u{FFFD}? and sat down.");
        assert_eq!(t, "She asked “why now?” and sat down.");
    }

    #[test]
    fn several_quotations_in_one_paragraph() {
        let (t, c) = run("It was “slow\u{FFFD}? and “late,\u{FFFD}? she said.");
        assert_eq!(t, "It was “slow” and “late,” she said.");
        assert_eq!(c.lost_quotes_repaired, 2);
    }

    #[test]
    fn nothing_open_is_flagged_not_changed() {
        let (t, c) = run("A price of 5\u{FFFD}? was paid.\n\n“Open\u{FFFD}? here.");
        assert_eq!(t, "A price of 5\u{FFFD}? was paid.\n\n“Open” here.");
        assert_eq!((c.lost_quotes_repaired, c.lost_quotes_flagged), (1, 1));
    }

    #[test]
    fn an_open_quotation_does_not_carry_over_a_paragraph_end() {
        let (t, c) = run("“Never closed\n\nplain\u{FFFD}? text");
        assert_eq!(t, "“Never closed\n\nplain\u{FFFD}? text");
        assert_eq!(c.lost_quotes_flagged, 1);
    }
}
