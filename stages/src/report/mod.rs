//! Reports rendered from reconciled sets: `report.md` and `report.html` per
//! set, `index.html` listing all sets, and `casualties.csv` for spreadsheets.
//!
//! Pure functions: the engine writes the files. The index and the CSV are
//! built from [`SetSummary`] values, which the engine can keep for every set of
//! a large corpus without holding the sets themselves.
//!
//! `content` builds a small document model (`document`) that `html` and
//! `markdown` write out; `casualties` is the casualty section (tables and
//! charts); `charts` draws static SVG (bars, dots, timeline); `highlight` finds
//! the number and casualty word again in a cited sentence; `index` and
//! `summary` are the index page and the CSV. A `Stamp` (version, stage kinds
//! and parameters) comes from the engine.

mod casualties;
mod charts;
mod content;
mod document;
mod escape;
mod highlight;
mod html;
mod index;
mod labels;
mod markdown;
mod summary;

use crate::records::Reconciled;

pub use index::{index_html, Flags, IndexEntry};
pub use summary::{casualties_csv, summary, Competing, CsvRow, Headline, SetSummary};

/// A file to write inside `out/<set>/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFile {
    pub name: String,
    pub contents: String,
}

/// What made a report, printed at its foot: the program's version and each
/// stage with its kind, code fingerprint and parameters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stamp {
    pub version: String,
    pub stages: Vec<StageStamp>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StageStamp {
    pub name: String,
    /// `casualties.v1@1a2b...`, or an external stage's command.
    pub kind: String,
    /// The parameters as JSON (`{}` for the defaults).
    pub params: String,
}

impl Stamp {
    /// One line: `corroborate 0.1.0 · report code 1a2b3c4d · normalise: normalise.v1@..., defaults; ...`.
    pub fn describe(&self) -> String {
        // Written piece by piece (no `format!`): every report's footer says it.
        let mut out = String::with_capacity(80 + 64 * self.stages.len());
        out.push_str("Made by corroborate ");
        out.push_str(if self.version.is_empty() {
            "(unknown version)"
        } else {
            &self.version
        });
        out.push_str(" · report code ");
        out.push_str(short_code(crate::registry::report_fingerprint()));
        for (i, s) in self.stages.iter().enumerate() {
            out.push_str(if i == 0 { " · stages: " } else { "; " });
            let params = if s.params.is_empty() || s.params == "{}" {
                "default parameters"
            } else {
                &s.params
            };
            out.push_str(&s.name);
            out.push_str(" (");
            // `casualties.v1@1a2b3c4d`: a kind with its code fingerprint cut to 8 characters.
            match s.kind.split_once('@') {
                Some((k, code)) => {
                    out.push_str(k);
                    out.push('@');
                    out.push_str(short_code(code));
                }
                None => out.push_str(&s.kind),
            }
            out.push_str(", ");
            out.push_str(params);
            out.push(')');
        }
        out
    }
}

fn short_code(code: &str) -> &str {
    code.get(..8).unwrap_or(code)
}

/// The set's report as `report.md` and `report.html`.
pub fn set_report(rec: &Reconciled, stamp: &Stamp) -> Vec<ReportFile> {
    set_report_with_warnings(rec, stamp, &[])
}

/// The set's report, with warnings about its input (files left out, empty
/// articles: what the reconciled picture cannot show) listed under the
/// overview. The engine passes the warnings it keeps for the set.
pub fn set_report_with_warnings(
    rec: &Reconciled,
    stamp: &Stamp,
    warnings: &[String],
) -> Vec<ReportFile> {
    let mut files = Vec::new();
    let made: Result<(), std::convert::Infallible> =
        each_report_file(rec, stamp, warnings, |name, contents| {
            files.push(ReportFile {
                name: name.into(),
                contents,
            });
            Ok(())
        });
    match made {
        Ok(()) => files,
        Err(never) => match never {},
    }
}

/// The files of [`set_report_with_warnings`], handed to `take` one at a time as each is
/// rendered, so that a caller writing them holds one file's text at a time (a 100 MB
/// article's report is some 180 MB of text). Stops at the first error `take` returns.
pub fn each_report_file<E>(
    rec: &Reconciled,
    stamp: &Stamp,
    warnings: &[String],
    mut take: impl FnMut(&'static str, String) -> Result<(), E>,
) -> Result<(), E> {
    let mut doc = content::build(rec, stamp);
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
    take("report.md", markdown::render(&doc))?;
    take("report.html", html::render(&doc))
}

#[cfg(test)]
mod tests;
