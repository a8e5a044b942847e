use serde::{Deserialize, Serialize};

/// One sentence or stand-alone segment (heading, label line) of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub article: String,
    /// 0-based position within the article.
    pub index: usize,
    pub start: usize,
    pub end: usize,
    /// Equals `text[start..end]` of the normalised article.
    pub text: String,
    #[serde(default)]
    pub kind: SegmentKind,
    /// 0-based paragraph the sentence belongs to.
    #[serde(default)]
    pub paragraph: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    /// A sentence of running text.
    #[default]
    Body,
    /// A heading or subheading: a short line without final punctuation.
    Heading,
    /// Anything else standing alone: datelines, bylines, labels, captions.
    Other,
}
