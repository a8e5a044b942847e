//! The invariants every stage's records keep against their article's text:
//! offsets inside the text and on character boundaries, each `text` equal to
//! the slice its offsets name, sentences covering the text in order. Used by
//! the property tests and the fuzz targets.

use crate::records::{CasualtyFact, Quotation, Sentence};

fn slice<'t>(text: &'t str, start: usize, end: usize, what: &str) -> Result<&'t str, String> {
    if start > end || end > text.len() {
        return Err(format!("{what}: {start}..{end} outside 0..{}", text.len()));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!(
            "{what}: {start}..{end} not on character boundaries"
        ));
    }
    Ok(&text[start..end])
}

/// Sentences of one article: indices 0, 1, 2, ..., each text its slice, in
/// order, with only white space between and around them.
pub fn sentences(text: &str, sentences: &[Sentence]) -> Result<(), String> {
    let mut at = 0;
    for (i, s) in sentences.iter().enumerate() {
        if s.index != i {
            return Err(format!("sentence {i} has index {}", s.index));
        }
        if slice(text, s.start, s.end, "sentence")? != s.text {
            return Err(format!(
                "sentence {i}: text is not the slice {}..{}",
                s.start, s.end
            ));
        }
        if s.start < at {
            return Err(format!("sentence {i} starts before the previous one ends"));
        }
        if !text[at..s.start].trim().is_empty() {
            return Err(format!(
                "text skipped before sentence {i}: {:?}",
                &text[at..s.start]
            ));
        }
        at = s.end;
    }
    if !text[at..].trim().is_empty() {
        return Err(format!("text after the last sentence: {:?}", &text[at..]));
    }
    Ok(())
}

/// Quotations of one article: offsets valid, and the text is the slice less
/// the quotation marks of reopened stretches and the line breaks between
/// paragraphs (pieces are joined by one space).
pub fn quotes(text: &str, quotes: &[Quotation]) -> Result<(), String> {
    let bare = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && !is_quote_mark(*c))
            .collect()
    };
    for q in quotes {
        let span = slice(text, q.start, q.end, "quotation")?;
        if !span.contains([
            '\n', '`', '\'', '"', '‘', '’', '“', '”', '«', '»', '„', '‚', '‹', '›',
        ]) && q.text != span
        {
            return Err(format!(
                "quotation text {:?} is not its slice {span:?}",
                q.text
            ));
        }
        if bare(&q.text) != bare(span) {
            return Err(format!(
                "quotation text {:?} is not made of its slice {span:?}",
                q.text
            ));
        }
    }
    Ok(())
}

fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '“'
            | '”'
            | '„'
            | '‟'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '′'
            | '″'
    )
}

/// Casualty facts of one article: every evidence sentence is its slice.
pub fn casualties(text: &str, facts: &[CasualtyFact]) -> Result<(), String> {
    for f in facts {
        for e in &f.evidence {
            if slice(text, e.start, e.end, "evidence")? != e.text {
                return Err(format!("evidence {:?} is not its slice", e.text));
            }
        }
    }
    Ok(())
}
