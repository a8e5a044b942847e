//! What a segment is: running text, a heading, or other furniture (datelines, date
//! lines, bylines, labels, captions, credits, separators).

use super::lexicon::Lexicon;
use super::splitter::Segment;
use super::token::{is_closer, is_terminal, Token};
use crate::records::SegmentKind;

/// Where a segment stands, as far as its kind depends on it.
#[derive(Debug, Clone, Copy)]
pub struct Placement {
    /// The segment is a whole line.
    pub whole_line: bool,
    /// Its line is a whole paragraph (no single line breaks join it to others).
    pub line_is_paragraph: bool,
    /// It was cut off as a dateline or credit.
    pub dateline: bool,
    pub lowercased: bool,
}

/// Lines without final punctuation longer than this are captions, not headings.
const MAX_HEADING_WORDS: usize = 20;
/// Date lines and bylines are short.
const MAX_LINE_WORDS: usize = 8;

/// The piece of `seg` from byte `start` to byte `end`, with its kind as a stand-alone
/// line of lowercased text (a cut the gap model or the furniture layer made).
pub fn lowercased_piece(
    text: &str,
    start: usize,
    end: usize,
    seg: super::splitter::Segment,
    lex: &Lexicon,
) -> super::splitter::Segment {
    let at = Placement {
        whole_line: true,
        line_is_paragraph: false,
        dateline: false,
        lowercased: true,
    };
    super::splitter::Segment {
        start,
        end,
        kind: classify(text.get(start..end).unwrap_or(""), at, lex),
        paragraph: seg.paragraph,
    }
}

pub fn classify(text: &str, at: Placement, lex: &Lexicon) -> SegmentKind {
    if at.dateline {
        return SegmentKind::Other;
    }
    if !at.whole_line {
        return SegmentKind::Body;
    }
    let open = text.trim_end_matches(is_closer);
    if open.ends_with(is_terminal) {
        return SegmentKind::Body;
    }
    // (`split(' ').count()`, the pieces between spaces, by the spaces' bytes)
    let words = text.bytes().filter(|&b| b == b' ').count() + 1;
    let furniture = text.ends_with(':')
        || (text.starts_with('(') && text.ends_with(')'))
        || !text.chars().any(char::is_alphanumeric)
        || (words == 1 && (text.contains('@') || text.contains("://") || text.starts_with("www.")))
        || (words <= MAX_LINE_WORDS && is_date_line(text, lex))
        || (words <= MAX_LINE_WORDS && text.starts_with("By "))
        || (words <= MAX_LINE_WORDS && is_credit_line(text));
    if furniture {
        SegmentKind::Other
    } else if at.line_is_paragraph && !at.lowercased && words <= MAX_HEADING_WORDS {
        SegmentKind::Heading
    } else {
        SegmentKind::Other
    }
}

/// `Jane Roe/Wire Photos`: names around a slash, none in lower case.
fn is_credit_line(text: &str) -> bool {
    text.contains('/')
        && text
            .split(' ')
            .all(|w| !w.chars().next().is_some_and(char::is_lowercase))
}

/// `Saturday, February 27, 2010`, `March 3`: a month or day name and a number.
fn is_date_line(text: &str, lex: &Lexicon) -> bool {
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    has_digit
        && text
            .split(' ')
            .map(|w| w.trim_end_matches([',', '.']))
            .any(|w| w.chars().next().is_some_and(char::is_uppercase) && lex.continues_time(w))
}

/// Cuts the segments `segments[from..]` of lowercased `text` at byte cuts `(end, next)`, in
/// increasing order: a piece ends at `end` and the next starts at `next` (equal for a cut
/// between two bytes; `next` past `end` drops the space between them). A cut at a
/// segment's start, or before the piece it would end, changes nothing. The layers that
/// cut a segment at a byte they found (glued sentences, headline source tails) share it.
pub fn cut_at_bytes(
    text: &str,
    lex: &Lexicon,
    segments: &mut Vec<Segment>,
    from: usize,
    cuts: &[(usize, usize)],
) {
    if cuts.is_empty() {
        return;
    }
    let rest: Vec<Segment> = segments.drain(from..).collect();
    let mut c = cuts.iter().copied().peekable();
    for seg in rest {
        let mut start = seg.start;
        while let Some((end, next)) = c.next_if(|&(_, next)| next < seg.end) {
            if end > start {
                segments.push(lowercased_piece(text, start, end, seg, lex));
                start = next;
            }
        }
        segments.push(if start == seg.start {
            seg
        } else {
            lowercased_piece(text, start, seg.end, seg, lex)
        });
    }
}

/// Cuts the segments `segments[from..]` of lowercased `text` (whose words are `tokens`) so
/// that a piece starts at each word index in `cuts` (any order, repeats allowed); a cut at a
/// segment's first word, or at a word outside every segment, changes nothing. The layers
/// that read furniture inside a segment (credits, notices) share it.
pub fn cut_before_words(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    segments: &mut Vec<Segment>,
    from: usize,
    mut cuts: Vec<usize>,
) {
    if cuts.is_empty() {
        return;
    }
    cuts.sort_unstable();
    cuts.dedup();
    let rest: Vec<Segment> = segments.drain(from..).collect();
    let mut c = cuts.iter().copied().peekable();
    for seg in rest {
        let mut start = seg.start;
        while let Some(k) = c.next_if(|&k| tokens.get(k).is_some_and(|t| t.start < seg.end)) {
            let (Some(before), Some(after)) =
                (k.checked_sub(1).and_then(|j| tokens.get(j)), tokens.get(k))
            else {
                continue;
            };
            if before.end > start && after.start > seg.start {
                segments.push(lowercased_piece(text, start, before.end, seg, lex));
                start = after.start;
            }
        }
        segments.push(if start == seg.start {
            seg
        } else {
            lowercased_piece(text, start, seg.end, seg, lex)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str, line_is_paragraph: bool) -> SegmentKind {
        let at = Placement {
            whole_line: true,
            line_is_paragraph,
            dateline: false,
            lowercased: false,
        };
        classify(text, at, Lexicon::default_ref())
    }

    #[test]
    fn kinds_of_lines() {
        assert_eq!(kind("A short sentence.", true), SegmentKind::Body);
        assert_eq!(kind("“Quoted in full.”", true), SegmentKind::Body);
        assert_eq!(kind("Rivers and roads", true), SegmentKind::Heading);
        assert_eq!(kind("Local Paper:", true), SegmentKind::Other);
        assert_eq!(kind("Tuesday, March 4, 2014", true), SegmentKind::Other);
        assert_eq!(kind("By Ann Example", true), SegmentKind::Other);
        assert_eq!(kind("(Jo Doe/Photo Agency)", true), SegmentKind::Other);
        assert_eq!(kind("***", true), SegmentKind::Other);
        assert_eq!(kind("Jo Doe/Wire", true), SegmentKind::Other);
        assert_eq!(kind("someone@example.org", true), SegmentKind::Other);
        assert_eq!(
            kind("A caption joined to its paragraph", false),
            SegmentKind::Other
        );
    }
}
