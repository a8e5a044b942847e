//! The count each article reports, one row per article on a shared axis: dots
//! that do not line up are articles that disagree.

use super::scale::{short, Scale};
use super::svg::{push_num, Anchor, Svg};
use super::{label, WIDTH};
use crate::reconcile::describe_count;
use crate::records::Approx;
use crate::report::document::Block;

/// One article's row.
pub struct DotRow {
    /// `A1`.
    pub label: String,
    /// Link to the article in the page (`#a1`).
    pub href: String,
    pub dots: Vec<Dot>,
}

/// One count an article states, linked to the sentence it is read from.
pub struct Dot {
    pub value: u64,
    pub approx: Approx,
    pub href: String,
    /// Hover text: the sentence.
    pub title: String,
}

const TOP: f64 = 34.0;
const ROW: f64 = 30.0;
const PLOT_LEFT: f64 = 52.0;
const PLOT_RIGHT: f64 = WIDTH as f64 - 24.0;
const AXIS_ROOM: f64 = 30.0;
const AGREES: &str = "#1d1d1d";
const DIFFERS: &str = "#b3261e";
/// A value that differs from the kept one but can hold with it (`at least 116` and `1,442`).
const COMPATIBLE: &str = "#9a6a00";

/// A dot plot of the counts in `rows`, with the kept figure as a dashed line.
/// Dots off the kept figure are red when the values are `disputed` (cannot
/// all hold), amber when they can.
pub fn dot_plot(
    id: &str,
    title: &str,
    caption: &str,
    rows: &[DotRow],
    kept: Option<(u64, Approx)>,
    disputed: bool,
) -> Block {
    let differs = if disputed { DIFFERS } else { COMPATIBLE };
    let summary = summary(rows, kept);
    let height = (TOP + ROW * rows.len() as f64 + AXIS_ROOM).ceil() as u32;
    let mut svg = Svg::new(id, WIDTH, height, title, &summary);
    let largest = rows
        .iter()
        .flat_map(|r| r.dots.iter().map(|d| d.value))
        .chain(kept.map(|k| k.0))
        .max()
        .unwrap_or(1);
    let scale = Scale::new(largest, PLOT_LEFT, PLOT_RIGHT);
    let axis_y = TOP + ROW * rows.len() as f64;
    for t in scale.ticks() {
        let x = scale.at(t);
        svg.line((x, TOP - 4.0), (x, axis_y), "#e2e2e2", 1.0, false);
        svg.text(
            x,
            axis_y + 16.0,
            Anchor::Middle,
            11,
            false,
            "#555",
            &short(t),
        );
    }
    svg.line(
        (PLOT_LEFT, axis_y),
        (PLOT_RIGHT, axis_y),
        "#888",
        1.0,
        false,
    );
    if let Some((value, approx)) = kept {
        let x = scale.at(value);
        svg.line((x, TOP - 16.0), (x, axis_y), "#555", 1.5, true);
        let text = format!("kept {}", label(value, approx));
        let anchor = if x > PLOT_RIGHT - 40.0 {
            Anchor::End
        } else if x < PLOT_LEFT + 40.0 {
            Anchor::Start
        } else {
            Anchor::Middle
        };
        svg.text(x, TOP - 20.0, anchor, 12, false, "#333", &text);
    }
    for (i, row) in rows.iter().enumerate() {
        let y = TOP + ROW * i as f64 + ROW / 2.0;
        svg.line((PLOT_LEFT, y), (PLOT_RIGHT, y), "#f0f0f0", 1.0, false);
        svg.link(&row.href, &row.label);
        svg.text(4.0, y + 4.5, Anchor::Start, 13, true, "#0645ad", &row.label);
        svg.end_link();
        let mut drawn: Vec<(u64, Approx)> = Vec::new();
        for d in &row.dots {
            if drawn.contains(&(d.value, d.approx)) {
                continue;
            }
            drawn.push((d.value, d.approx));
            let x = scale.at(d.value);
            let colour = match kept {
                Some(k) if k != (d.value, d.approx) => differs,
                _ => AGREES,
            };
            svg.link(&d.href, &d.title);
            mark(&mut svg, x, y, d.approx, colour);
            svg.end_link();
            // Beside the dot, clear of the kept line and of the arrow: to
            // the right, or to the left near the right edge.
            let arrow = |right: bool| {
                let points_right = matches!(d.approx, Approx::AtLeast | Approx::MoreThan);
                let points_left = d.approx == Approx::AtMost;
                if (right && points_right) || (!right && points_left) {
                    7.0
                } else {
                    0.0
                }
            };
            let (lx, anchor) = if x > PLOT_RIGHT - 60.0 {
                (x - 10.0 - arrow(false), Anchor::End)
            } else {
                (x + 10.0 + arrow(true), Anchor::Start)
            };
            let text = label(d.value, d.approx);
            svg.text(lx, y + 4.0, anchor, 12, false, colour, &text);
        }
    }
    Block::Chart {
        caption: caption.to_string(),
        svg: svg.finish(),
        summary,
    }
}

/// A dot shaped by how the count is qualified: filled when exact, hollow when
/// approximate, with an arrow for a floor (`at least`) or a ceiling (`at most`).
fn mark(svg: &mut Svg, x: f64, y: f64, approx: Approx, colour: &str) {
    let fill = if approx == Approx::About {
        "#fff"
    } else {
        colour
    };
    svg.circle(x, y, 5.5, fill, colour);
    let arrow = |dir: f64| {
        let mut d = String::with_capacity(40);
        for (cmd, px, py) in [
            ('M', x + dir * 8.0, y - 4.5),
            ('L', x + dir * 14.0, y),
            ('L', x + dir * 8.0, y + 4.5),
        ] {
            d.push(cmd);
            push_num(&mut d, px);
            d.push(' ');
            push_num(&mut d, py);
        }
        d.push('Z');
        d
    };
    match approx {
        Approx::AtLeast | Approx::MoreThan => svg.path(&arrow(1.0), colour, "none", 0.0),
        Approx::AtMost => svg.path(&arrow(-1.0), colour, "none", 0.0),
        Approx::Exact | Approx::About => {}
    }
}

fn summary(rows: &[DotRow], kept: Option<(u64, Approx)>) -> String {
    let mut parts: Vec<String> = rows
        .iter()
        .map(|r| {
            let mut values: Vec<String> = Vec::new();
            for d in &r.dots {
                let v = describe_count(d.value, d.approx);
                if !values.contains(&v) {
                    values.push(v);
                }
            }
            format!("{} reports {}", r.label, values.join(" and "))
        })
        .collect();
    if let Some((v, a)) = kept {
        parts.push(format!("kept {}", describe_count(v, a)));
    }
    format!("{}.", parts.join("; "))
}
