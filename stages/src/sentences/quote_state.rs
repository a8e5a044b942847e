//! Whether a straight double quote opens or closes. Typographic quotes say which they
//! are, and a straight quote attached to one side of a word says it by its position
//! (`"Yes` opens, `yes."` closes). A straight quote standing alone between spaces, as
//! in text with spaced-out punctuation (`he said " i will go . "`), can only be told by
//! whether a quotation is open at that point, which this tracks word by word.

use super::token::is_closer;

#[derive(Debug, Clone, Copy, Default)]
pub struct QuoteState {
    open: bool,
}

/// The role of a word made only of quotes and other marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detached {
    Opening,
    Closing,
}

impl QuoteState {
    /// Updates the state with `word`, the next word of the paragraph.
    /// Runs on every word, so it looks at the first and last byte before anything else;
    /// only straight quotes at a word's edges change the state.
    #[inline]
    pub fn advance(&mut self, word: &str) {
        let bytes = word.as_bytes();
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return;
        };
        if first != b'"' && last != b'"' {
            return;
        }
        if let Some(role) = self.detached(word) {
            self.open = role == Detached::Opening;
            return;
        }
        // The last straight quote decides: first in the word it opens (`"Yes`), later it
        // closes (`yes."`, `"Yes",`).
        self.open = bytes.iter().rposition(|&b| b == b'"') == Some(0);
    }

    /// If `word` is a straight double quote standing apart from any letters (maybe with
    /// punctuation: `",`), whether it opens or closes given the state before it.
    pub fn detached(&self, word: &str) -> Option<Detached> {
        if !word.contains('"') || word.chars().any(char::is_alphanumeric) {
            return None;
        }
        Some(if self.open {
            Detached::Closing
        } else {
            Detached::Opening
        })
    }

    /// Whether `word`, coming next, only closes what came before: closing brackets,
    /// closing typographic quotes, or a straight quote that closes an open quotation.
    pub fn closes(&self, word: &str) -> bool {
        if word.is_empty() || !word.chars().all(|c| is_closer(c) || c == '"') {
            return false;
        }
        if word.contains('"') {
            return self.detached(word) == Some(Detached::Closing);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(words: &[&str]) -> QuoteState {
        let mut q = QuoteState::default();
        for w in words {
            q.advance(w);
        }
        q
    }

    #[test]
    fn detached_quotes_alternate() {
        let q = run(&["he", "said", "\"", "we", "go"]);
        assert!(q.closes("\""));
        let q = run(&["he", "said", "\"", "we", "go", "\""]);
        assert!(!q.closes("\""));
    }

    #[test]
    fn an_attached_quote_sets_the_state_by_its_side() {
        let q = run(&["\"first.", "\"second"]);
        assert!(q.closes("\""));
        let q = run(&["\"done.\""]);
        assert!(!q.closes("\""));
    }

    #[test]
    fn brackets_and_typographic_closers_always_close() {
        let q = QuoteState::default();
        assert!(q.closes(")"));
        assert!(q.closes("”"));
        assert!(!q.closes("word"));
        assert!(!q.closes(""));
    }
}
