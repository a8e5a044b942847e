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
    /// Words of a cited sentence that a figure was read from (the number, the casualty word).
    Mark(String),
    /// Text shown muted: the sentence before a cited one.
    Muted(String),
    /// Inlines on a line of their own inside a table cell.
    Line(Vec<Inline>),
}

/// One cell of a table, with a class for cells that need a reader's eye.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    pub inlines: Vec<Inline>,
    /// `conflict` marks a figure the articles disagree on.
    pub class: Option<&'static str>,
}

impl Cell {
    pub fn new(inlines: Vec<Inline>) -> Cell {
        Cell {
            inlines,
            class: None,
        }
    }
}

/// A table row; `id` makes the row a link target.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    pub id: Option<String>,
    pub cells: Vec<Cell>,
}

impl Row {
    pub fn new(cells: Vec<Vec<Inline>>) -> Row {
        Row {
            id: None,
            cells: cells.into_iter().map(Cell::new).collect(),
        }
    }
}

/// A column heading; numeric columns are right-aligned.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    pub numeric: bool,
}

pub fn column(title: &str) -> Column {
    Column {
        title: title.into(),
        numeric: false,
    }
}

pub fn numeric(title: &str) -> Column {
    Column {
        title: title.into(),
        numeric: true,
    }
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
        head: Vec<Column>,
        rows: Vec<Row>,
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
    /// A chart as inline SVG, with a caption; `summary` says in words what it
    /// shows, for text renderers.
    Chart {
        caption: String,
        svg: String,
        summary: String,
    },
    /// The closing line: what made the report.
    Footer(Vec<Inline>),
}

pub fn text(s: impl Into<String>) -> Inline {
    Inline::Text(s.into())
}
