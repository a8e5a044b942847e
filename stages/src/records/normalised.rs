use serde::{Deserialize, Serialize};

/// One article after the normalise stage. Paragraphs are separated by exactly
/// one blank line (`"\n\n"`); inside a paragraph white space is folded to single
/// spaces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NormalisedArticle {
    pub article: String,
    pub text: String,
    /// Captions of embedded media markup removed from the body text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub captions: Vec<Caption>,
    /// What normalisation changed, counted by kind.
    #[serde(default)]
    pub changes: Changes,
    /// Problems with the input that did not stop processing (bad encoding, empty file).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// A caption taken out of media markup such as `%image(..., alt="...")`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Caption {
    /// The markup's kind (`image`, `video`, ...).
    pub media: String,
    /// The caption text, normalised like body text.
    pub text: String,
    /// Byte offset in the normalised text where the markup stood.
    pub at: usize,
}

/// Counts of what normalisation changed; all zero for clean input.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changes {
    #[serde(default)]
    pub decoded_as_windows_1252: bool,
    #[serde(default)]
    pub byte_order_mark: bool,
    #[serde(default)]
    pub mojibake_repaired: usize,
    #[serde(default)]
    pub spaces_replaced: usize,
    #[serde(default)]
    pub controls_removed: usize,
    #[serde(default)]
    pub markup_removed: usize,
    #[serde(default)]
    pub nfc_changed: bool,
    /// `�?` repaired to `”` (a closing quotation mark lost to a bad decoding).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub lost_quotes_repaired: usize,
    /// `�?` left as it was because no quotation was open there.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub lost_quotes_flagged: usize,
    /// HTML character references decoded (`&amp;` to `&`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub entities_decoded: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}
