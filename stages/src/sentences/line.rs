//! One line of a paragraph as the boundary rules see it: its words and what is known
//! about the text they come from.

use super::lexicon::Lexicon;
use super::token::{is_closer, is_opener, is_terminal, Token};

pub struct Line<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub lex: &'a Lexicon,
    /// The text is lowercased (see `casing`).
    pub lowercased: bool,
    /// The line is the first of the text, where datelines and credits stand.
    pub opens_text: bool,
}

impl<'a> Line<'a> {
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The `i`th word, or `""` past the end.
    pub fn word(&self, i: usize) -> &'a str {
        match self.tokens.get(i) {
            Some(t) => self.text.get(t.start..t.end).unwrap_or(""),
            None => "",
        }
    }
}

/// A word stripped of opening marks and of trailing punctuation, for list look-ups:
/// `“However,` → `However`, `(It's)` → `It's`.
pub fn bare(word: &str) -> &str {
    word.trim_start_matches(is_opener)
        .trim_end_matches(|c: char| is_closer(c) || is_terminal(c) || matches!(c, ',' | ';' | ':'))
}

/// Whether `word` is the pronoun `I`, alone or contracted (`I'm`, `I’ve`).
pub fn is_pronoun_i(word: &str) -> bool {
    let w = bare(word);
    w == "I" || ((w.starts_with("I'") || w.starts_with("I’")) && w.len() <= 6)
}

/// Whether `word` is a dash standing alone (`—`, `–`, `-`, `--`).
pub fn is_dash(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| matches!(c, '—' | '–' | '-' | '―' | '‒'))
}

/// [`is_dash`] on a word's bytes (false when they are no UTF-8).
pub fn is_dash_bytes(word: &[u8]) -> bool {
    std::str::from_utf8(word).is_ok_and(is_dash)
}

/// Runs `f` on `text` taken as the first line of a text, for tests of the rules.
#[cfg(test)]
pub fn with_line<T>(text: &str, lowercased: bool, f: impl FnOnce(&Line<'_>) -> T) -> T {
    let (mut tokens, mut lines) = (Vec::new(), Vec::new());
    super::token::tokenize_text(text, &mut tokens, &mut lines);
    let line = Line {
        text,
        tokens: &tokens,
        lex: Lexicon::default_ref(),
        lowercased,
        opens_text: true,
    };
    f(&line)
}
