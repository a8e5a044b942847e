//! Horizontal bars: one per category, its name above the bar so that long
//! names keep the whole width on a phone.

use super::svg::{Anchor, Svg};
use super::{label, WIDTH};
use crate::records::Approx;
use crate::report::document::Block;

pub struct Bar {
    pub label: String,
    pub value: u64,
    pub approx: Approx,
    /// The articles disagree on this value.
    pub disputed: bool,
}

const ROW: f64 = 40.0;
const LEFT: f64 = 4.0;
/// Room after the longest bar for its value.
const VALUE_ROOM: f64 = 86.0;
const BAR: &str = "#3d5f8f";

/// A bar chart of `bars`, in the order given.
pub fn bars(id: &str, title: &str, caption: &str, bars: &[Bar]) -> Block {
    let summary = bars
        .iter()
        .map(|b| {
            format!(
                "{}: {}{}",
                b.label,
                crate::reconcile::describe_count(b.value, b.approx),
                if b.disputed { " (disputed)" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let height = (ROW * bars.len() as f64 + 8.0).ceil() as u32;
    let mut svg = Svg::new(id, WIDTH, height, title, &summary);
    let largest = bars.iter().map(|b| b.value).max().unwrap_or(1);
    // The longest bar takes the width; its value is printed beside every bar.
    let scale_x = |v: u64| {
        let full = f64::from(WIDTH) - VALUE_ROOM - LEFT;
        LEFT + full * (v as f64 / largest.max(1) as f64)
    };
    for (i, b) in bars.iter().enumerate() {
        let top = ROW * i as f64;
        svg.text(LEFT, top + 15.0, Anchor::Start, 13, false, "", &b.label);
        let end = scale_x(b.value).max(LEFT + 2.0);
        let fill = if b.approx == Approx::Exact {
            BAR
        } else {
            "#7f98bd"
        };
        svg.rect(LEFT, top + 20.0, end - LEFT, 14.0, fill);
        if b.disputed {
            let right = f64::from(WIDTH) - 4.0;
            svg.text(
                right,
                top + 15.0,
                Anchor::End,
                12,
                true,
                "#a11d1d",
                "disputed",
            );
        }
        let value = label(b.value, b.approx);
        svg.text(end + 5.0, top + 32.0, Anchor::Start, 13, true, "", &value);
    }
    Block::Chart {
        caption: caption.to_string(),
        svg: svg.finish(),
        summary,
    }
}
