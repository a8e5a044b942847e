//! Charts drawn as static SVG inside the report: no script, nothing fetched.
//! Each chart names itself (`<title>`, `<desc>`), labels its marks with text,
//! and scales to the width of a phone.

mod bars;
mod dots;
mod scale;
mod svg;
mod timeline;

pub use bars::{bars, Bar};
pub use dots::{dot_plot, Dot, DotRow};
pub use timeline::{timeline, Point, Series};

use crate::records::Approx;

/// Width of every chart in user units; the page scales it to fit.
const WIDTH: u32 = 420;

/// A short mark of how a figure is qualified, for chart labels.
fn qualifier(approx: Approx) -> &'static str {
    match approx {
        Approx::Exact => "",
        Approx::About => "~",
        Approx::AtLeast => "≥",
        Approx::AtMost => "≤",
        Approx::MoreThan => ">",
    }
}

/// `~1,400`, `≥13`, `222,570`: a value as a label next to its mark, in full
/// (a rounded label would claim a figure no article gave).
fn label(value: u64, approx: Approx) -> String {
    format!(
        "{}{}",
        qualifier(approx),
        crate::reconcile::describe_count(value, Approx::Exact)
    )
}
