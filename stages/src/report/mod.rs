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
    set_report_with_warnings(rec, &[])
}

/// The set's report, with warnings about its input (files left out, empty
/// articles: what the reconciled picture cannot show) listed under the
/// overview. The engine passes the warnings it keeps for the set.
pub fn set_report_with_warnings(rec: &Reconciled, warnings: &[String]) -> Vec<ReportFile> {
    let mut doc = content::build(rec);
    if !warnings.is_empty() {
        let at = doc.len().min(2);
        let section = [
            document::Block::Heading {
                level: 2,
                text: "Warnings about the input".into(),
                anchor: Some("warnings".into()),
            },
            document::Block::List(
                warnings
                    .iter()
                    .map(|w| vec![document::text(w.as_str())])
                    .collect(),
            ),
        ];
        doc.splice(at..at, section);
    }
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
