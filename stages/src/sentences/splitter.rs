//! Walks a text paragraph by paragraph and line by line, word by word, and cuts it
//! into segments where `boundary` says a sentence ends, where a list item starts,
//! and at every line break.

use super::boundary;
use super::casing;
use super::lexicon::Lexicon;
use super::line::Line;
use super::list_marker::{self, Marker};
use super::quote_state::QuoteState;
use super::segment_kind::{self, Placement};
use super::token::{tokenize, Token};
use crate::records::SegmentKind;

/// One sentence or stand-alone segment: byte offsets into the text, trimmed of
/// surrounding white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub kind: SegmentKind,
    /// 0-based paragraph (paragraphs are separated by blank lines).
    pub paragraph: usize,
}

/// Splits `text` into segments, in order. Covers every non-space character.
pub fn split(text: &str, lex: &Lexicon) -> Vec<Segment> {
    let mut out = Vec::new();
    split_into(text, lex, &mut out);
    out
}

/// Like [`split`], appending to `out` (reuse it to avoid allocating per call).
pub fn split_into(text: &str, lex: &Lexicon, out: &mut Vec<Segment>) {
    let lowercased = casing::is_lowercased(text);
    let mut tokens: Vec<Token> = Vec::new();
    let mut paragraph = 0;
    let mut in_paragraph = false;
    let mut prev_blank = true;
    let mut quotes = QuoteState::default();
    let mut opens_text = true;
    let mut lines = lines_with_offsets(text).peekable();
    while let Some((base, line_text)) = lines.next() {
        tokens.clear();
        tokenize(line_text, base, &mut tokens);
        if tokens.is_empty() {
            if in_paragraph {
                paragraph += 1;
                in_paragraph = false;
                quotes = QuoteState::default();
            }
            prev_blank = true;
            continue;
        }
        let next_blank = lines
            .peek()
            .map_or(true, |(_, l)| l.bytes().all(|b| b.is_ascii_whitespace()));
        let line = Line {
            text,
            tokens: &tokens,
            lex,
            lowercased,
            opens_text,
        };
        let ctx = LineContext {
            line_is_paragraph: prev_blank && next_blank,
            paragraph,
        };
        split_line(&line, &ctx, &mut quotes, out);
        prev_blank = false;
        in_paragraph = true;
        opens_text = false;
    }
}

fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split('\n').map(move |l| {
        let at = offset;
        offset += l.len() + 1;
        (at, l)
    })
}

struct LineContext {
    line_is_paragraph: bool,
    paragraph: usize,
}

fn split_line(line: &Line<'_>, ctx: &LineContext, quotes: &mut QuoteState, out: &mut Vec<Segment>) {
    let n = line.len();
    let mut seg = 0;
    let mut expected: Option<Marker> = None;
    let mut i = 0;
    while i < n {
        let word = line.word(i);
        if i > seg
            && (list_marker::starts_with_bullet(word)
                || (expected.is_some() && list_marker::parse(word) == expected))
        {
            emit(line, ctx, seg, i - 1, false, out);
            seg = i;
            expected = None;
            continue;
        }
        quotes.advance(word);
        let opening = i == seg || (i == seg + 1 && is_bare_bullet(line.word(seg)));
        if opening {
            if let Some(marker) = list_marker::parse(word) {
                // A list marker opens its item; its dot ends nothing.
                expected = marker.next();
                i += 1;
                continue;
            }
        }
        let step = boundary::after(line, i, seg, quotes);
        for k in i + 1..=step.last {
            quotes.advance(line.word(k));
        }
        if step.ends {
            emit(line, ctx, seg, step.last, step.dateline, out);
            seg = step.last + 1;
            expected = None;
        }
        i = step.last + 1;
    }
    if seg < n {
        emit(line, ctx, seg, n - 1, false, out);
    }
}

fn is_bare_bullet(word: &str) -> bool {
    list_marker::starts_with_bullet(word) && list_marker::parse(word).is_none() && word.chars().count() == 1
}

fn emit(
    line: &Line<'_>,
    ctx: &LineContext,
    first: usize,
    last: usize,
    dateline: bool,
    out: &mut Vec<Segment>,
) {
    let (Some(a), Some(b)) = (line.tokens.get(first), line.tokens.get(last)) else {
        return;
    };
    let text = line.text.get(a.start..b.end).unwrap_or("");
    let at = Placement {
        whole_line: first == 0 && last + 1 == line.len(),
        line_is_paragraph: ctx.line_is_paragraph,
        dateline,
        lowercased: line.lowercased,
    };
    out.push(Segment {
        start: a.start,
        end: b.end,
        kind: segment_kind::classify(text, at, line.lex),
        paragraph: ctx.paragraph,
    });
}
