//! A small document model: the report's content is built once (see
//! `content.rs`) and written out as Markdown and as HTML by two renderers.

/// A run of text inside a block.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Strong(String),
    /// Quoted words, shown in quotation marks.
    Quoted(String),
    /// A link inside the page; `title` is shown on hover.
    Link {
        text: String,
        target: String,
        title: String,
    },
    /// A small label for a judgement: `partial`, `conflict`, `ok`.
    Tag(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Title(String),
    /// Level 2 for sections, 3 below them.
    Heading {
        level: u8,
        text: String,
        anchor: Option<String>,
    },
    Paragraph(Vec<Inline>),
    List(Vec<Vec<Inline>>),
    Table {
        head: Vec<String>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    /// A quotation with its attribution lines under it.
    Quote {
        anchor: String,
        text: String,
        lines: Vec<Vec<Inline>>,
    },
    /// A sentence that numbers and quotations link to.
    Evidence {
        anchor: String,
        label: String,
        text: String,
    },
}

pub fn text(s: impl Into<String>) -> Inline {
    Inline::Text(s.into())
}
