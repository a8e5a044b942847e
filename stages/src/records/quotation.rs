use serde::{Deserialize, Serialize};

/// One quotation in an article, with who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quotation {
    pub article: String,
    /// The quoted words without the quotation marks; the paragraphs of a quotation
    /// running over several paragraphs are joined by one space.
    pub text: String,
    /// Canonical name of the speaker (the fullest name the set gives), or null.
    pub speaker: Option<String>,
    /// The words that name the speaker where the quotation is attributed (`She`, `Mrs May`).
    #[serde(default)]
    pub mention: Option<String>,
    pub kind: QuoteKind,
    /// The speech verb of the attribution (`said`, `added`, `told`).
    #[serde(default)]
    pub cue: Option<String>,
    /// Byte offsets of the quoted words (first paragraph's start to last paragraph's end).
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quoted utterance.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
}
