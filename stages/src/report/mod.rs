//! Reports rendered from reconciled sets: `report.md` and `report.html` per
//! set, `index.html` listing all sets, and `casualties.csv` for spreadsheets.
//!
//! Pure functions: the engine writes the files. The index and the CSV are
//! built from [`SetSummary`] values, which the engine can keep for every set of
//! a large corpus without holding the sets themselves.

mod content;
mod document;
mod escape;
mod html;
mod index;
mod labels;
mod markdown;
mod summary;

use crate::records::Reconciled;

pub use index::index_html;
pub use summary::{casualties_csv, summary, CsvRow, Flags, Headline, SetSummary};

/// A file to write inside `out/<set>/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFile {
    pub name: String,
    pub contents: String,
}

/// The set's report as `report.md` and `report.html`.
pub fn set_report(rec: &Reconciled) -> Vec<ReportFile> {
    let doc = content::build(rec);
    vec![
        ReportFile {
            name: "report.md".into(),
            contents: markdown::render(&doc),
        },
        ReportFile {
            name: "report.html".into(),
            contents: html::render(&doc),
        },
    ]
}

#[cfg(test)]
mod tests;
