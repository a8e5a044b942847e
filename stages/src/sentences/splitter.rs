//! Walks a text paragraph by paragraph and line by line, word by word, and cuts it
//! into segments where `boundary` says a sentence ends, where a list item starts,
//! and at every line break.

use super::boundary;
use super::casing;
use super::furniture::Furniture;
use super::gap_model::features::{framed_word_infos_marking, WordInfo};
use super::gap_model::GapModel;
use super::lexicon::Lexicon;
use super::line::Line;
use super::list_marker::{self, Marker};
use super::quote_state::QuoteState;
use super::segment_kind::{self, Placement};
use super::token::{may_end_sentence, tokenize_text, LineSpan, Token};
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
/// Lowercased text (the bulk corpus's style) is then cut further where the gap
/// model finds a segment end that punctuation does not show, and at web-page
/// furniture (`furniture`).
pub fn split_into(text: &str, lex: &Lexicon, out: &mut Vec<Segment>) {
    split_into_with_model(text, lex, GapModel::shipped(), out);
}

/// Like [`split`], with `model` in place of the shipped gap model: the whole
/// splitter (rules, model, furniture, notices, credits, echoed headlines) for a
/// model being trained (`train_boundaries --leave-one-part-out`).
pub fn split_with_model(text: &str, lex: &Lexicon, model: &GapModel) -> Vec<Segment> {
    let mut out = Vec::new();
    split_into_with_model(text, lex, model, &mut out);
    out
}

fn split_into_with_model(text: &str, lex: &Lexicon, model: &GapModel, out: &mut Vec<Segment>) {
    // The buffers of the thread's earlier calls, or new ones if (as cannot happen)
    // they are in use.
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            split_with(text, lex, model, out, &mut scratch);
            scratch.trim();
        }
        Err(_) => split_with(text, lex, model, out, &mut Scratch::default()),
    });
}

/// Buffers that [`split_into`] reuses from call to call.
#[derive(Default)]
struct Scratch {
    tokens: Vec<Token>,
    lines: Vec<LineSpan>,
    framed: Vec<WordInfo>,
    rules: Vec<Segment>,
    candidates: Vec<usize>,
}

impl Scratch {
    /// Lets go of buffers grown large by a long text, so that one long text does
    /// not keep its memory for the rest of the run.
    fn trim(&mut self) {
        /// Words kept room for: a long news article's.
        const KEEP: usize = 1 << 16;
        if self.tokens.capacity() > KEEP {
            *self = Scratch::default();
        }
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

fn split_with(
    text: &str,
    lex: &Lexicon,
    model: &GapModel,
    out: &mut Vec<Segment>,
    scratch: &mut Scratch,
) {
    let from = out.len();
    let Scratch {
        tokens,
        lines,
        framed,
        rules,
        candidates,
    } = scratch;
    let lowercased = split_by_rules_into(text, lex, out, tokens, lines);
    if lowercased {
        let furniture = Furniture::shipped();
        let lower_only =
            framed_word_infos_marking(text, tokens, framed, |h| furniture.may_start(h), candidates);
        model.refine_words(text, tokens, lex, out, from, framed, lower_only, rules);
        let words = framed.get(1..framed.len().saturating_sub(2)).unwrap_or(&[]);
        furniture.cut_at(text, tokens, words, lex, out, from, candidates);
        super::notices::cut_notices(text, tokens, lex, out, from);
        super::credits::cut_credits(text, tokens, lex, out, from, candidates);
        super::furniture::cut_glued(text, lex, out, from);
        let common = |k: usize| {
            let (Some(&a), Some(&b)) = (k.checked_sub(1).and_then(|j| words.get(j)), words.get(k))
            else {
                return false;
            };
            model.common_pair(a, b)
        };
        super::headline::cut_echoed_headlines(text, tokens, words, lex, out, from, common);
        super::source_tail::cut_source_tails(text, lex, out, from);
        super::abbreviation_join::join_after_abbreviations(text, lex, out, from);
    }
}

/// Splits `text` by the rules alone, appending to `out`; returns its words and
/// whether it is lowercased.
pub fn split_by_rules(text: &str, lex: &Lexicon, out: &mut Vec<Segment>) -> (Vec<Token>, bool) {
    let mut tokens = Vec::new();
    let lowercased = split_by_rules_into(text, lex, out, &mut tokens, &mut Vec::new());
    (tokens, lowercased)
}

/// [`split_by_rules`] into buffers: the words in `tokens`, their lines in `lines`
/// (both cleared first); returns whether the text is lowercased.
fn split_by_rules_into(
    text: &str,
    lex: &Lexicon,
    out: &mut Vec<Segment>,
    tokens: &mut Vec<Token>,
    lines: &mut Vec<LineSpan>,
) -> bool {
    tokens.clear();
    lines.clear();
    // About one word per six bytes of news text.
    tokens.reserve(text.len() / 5 + 1);
    tokenize_text(text, tokens, lines);
    let lowercased = casing::is_lowercased(text, tokens, lines);
    let mut paragraph = 0;
    let mut quotes = QuoteState::default();
    for (n, span) in lines.iter().enumerate() {
        let starts_paragraph = span.breaks_before >= 2;
        if starts_paragraph && n > 0 {
            paragraph += 1;
            quotes = QuoteState::default();
        }
        let ends_paragraph = match lines.get(n + 1) {
            Some(next) => next.breaks_before >= 2,
            None => true,
        };
        let line = Line {
            text,
            tokens: tokens.get(span.first..span.end).unwrap_or(&[]),
            lex,
            lowercased,
            opens_text: n == 0,
        };
        let ctx = LineContext {
            line_is_paragraph: starts_paragraph && ends_paragraph,
            paragraph,
        };
        split_line(&line, &ctx, &mut quotes, out);
    }
    lowercased
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
    let bytes = line.text.as_bytes();
    while i < n {
        // Most words are plain words inside a segment: nothing to decide, skip them
        // on two bytes.
        if i > seg + 1 && expected.is_none() {
            if let Some(t) = line.tokens.get(i) {
                let first = bytes.get(t.start).copied().unwrap_or(0);
                let last = bytes.get(t.end.wrapping_sub(1)).copied().unwrap_or(0);
                if !may_matter(first, last) && !boundary::near_line_start(i, seg) {
                    i += 1;
                    continue;
                }
            }
        }
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
        if !boundary::worth_a_look(line, i, seg) {
            i += 1;
            continue;
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

/// Whether a word with these first and last bytes can open a list item, change the
/// quotation state or end a sentence.
#[inline]
fn may_matter(first: u8, last: u8) -> bool {
    first == b'"' || first == 0xE2 || may_end_sentence(last)
}

fn is_bare_bullet(word: &str) -> bool {
    list_marker::starts_with_bullet(word)
        && list_marker::parse(word).is_none()
        && word.chars().count() == 1
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
