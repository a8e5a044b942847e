//! Tolls over time: each dated article's count at its date, one series per
//! kind of toll, joined through the highest count reported on each date.

use std::collections::BTreeMap;

use super::scale::{short, Scale};
use super::svg::{push_num, Anchor, Svg};
use super::{label, WIDTH};
use crate::reconcile::describe_count;
use crate::records::Approx;
use crate::report::document::Block;

pub struct Series {
    /// `killed`.
    pub name: String,
    pub points: Vec<Point>,
}

pub struct Point {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub value: u64,
    pub approx: Approx,
    pub href: String,
    pub title: String,
}

const HEIGHT: u32 = 250;
const TOP: f64 = 44.0;
const BOTTOM: f64 = 206.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = WIDTH as f64 - 22.0;
const COLOURS: [&str; 3] = ["#b3261e", "#9a6a00", "#2f5f9e"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Days since 1970-01-01 of a `YYYY-MM-DD` date.
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.get(..2)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days-from-civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// `12 Mar`, from `2011-03-12`.
fn day_month(date: &str) -> String {
    let month = date
        .get(5..7)
        .and_then(|m| m.parse::<usize>().ok())
        .and_then(|m| MONTHS.get(m.wrapping_sub(1)))
        .copied()
        .unwrap_or("");
    let day = date
        .get(8..10)
        .map(|d| d.trim_start_matches('0'))
        .unwrap_or("");
    format!("{day} {month}")
}

/// The chart, or `None` when the points do not span two dates.
pub fn timeline(id: &str, title: &str, caption: &str, series: &[Series]) -> Option<Block> {
    let dated: Vec<(usize, i64, &Point)> = series
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            s.points
                .iter()
                .filter_map(move |p| Some((i, day_number(&p.date)?, p)))
        })
        .collect();
    let first = dated.iter().map(|d| d.1).min()?;
    let last = dated.iter().map(|d| d.1).max()?;
    if first == last {
        return None;
    }
    let summary = summary(series);
    let mut svg = Svg::new(id, WIDTH, HEIGHT, title, &summary);
    let largest = dated.iter().map(|d| d.2.value).max().unwrap_or(1);
    let scale = Scale::new(largest, BOTTOM, TOP);
    let x_of = |day: i64| LEFT + (RIGHT - LEFT) * ((day - first) as f64 / (last - first) as f64);
    for t in scale.ticks() {
        let y = scale.at(t);
        svg.line((LEFT, y), (RIGHT, y), "#e2e2e2", 1.0, false);
        svg.text(
            LEFT - 6.0,
            y + 4.0,
            Anchor::End,
            11,
            false,
            "#555",
            &short(t),
        );
    }
    svg.line((LEFT, BOTTOM), (RIGHT, BOTTOM), "#888", 1.0, false);
    date_ticks(&mut svg, &dated, &x_of);
    // Legend: a swatch of each series' shape with its name.
    let mut lx = LEFT;
    for (i, s) in series.iter().enumerate() {
        if s.points.is_empty() {
            continue;
        }
        let colour = COLOURS[i % COLOURS.len()];
        shape(&mut svg, i, lx + 5.0, 14.0, Approx::Exact, colour);
        svg.text(lx + 14.0, 18.0, Anchor::Start, 12, false, "", &s.name);
        lx += 24.0 + 7.0 * s.name.chars().count() as f64;
    }
    for (i, _) in series.iter().enumerate() {
        let colour = COLOURS[i % COLOURS.len()];
        let mut highest: BTreeMap<i64, u64> = BTreeMap::new();
        for (_, day, p) in dated.iter().filter(|d| d.0 == i) {
            let e = highest.entry(*day).or_insert(0);
            *e = (*e).max(p.value);
        }
        if highest.len() > 1 {
            let mut d = String::with_capacity(16 * highest.len());
            for (k, (day, v)) in highest.iter().enumerate() {
                d.push(if k == 0 { 'M' } else { 'L' });
                push_num(&mut d, x_of(*day));
                d.push(' ');
                push_num(&mut d, scale.at(*v));
            }
            svg.path(&d, "none", colour, 1.5);
        }
        for (_, day, p) in dated.iter().filter(|d| d.0 == i) {
            let (x, y) = (x_of(*day), scale.at(p.value));
            svg.link(&p.href, &p.title);
            shape(&mut svg, i, x, y, p.approx, colour);
            svg.end_link();
            let text = label(p.value, p.approx);
            if x > RIGHT - 40.0 {
                svg.text(x - 8.0, y - 6.0, Anchor::End, 11, false, colour, &text);
            } else {
                svg.text(x + 8.0, y - 6.0, Anchor::Start, 11, false, colour, &text);
            }
        }
    }
    Some(Block::Chart {
        caption: caption.to_string(),
        svg: svg.finish(),
        summary,
    })
}

/// Labels under the axis for the dates that carry points, leaving out those
/// that would overlap the one before; the year under the first.
fn date_ticks(svg: &mut Svg, dated: &[(usize, i64, &Point)], x_of: &impl Fn(i64) -> f64) {
    let mut days: BTreeMap<i64, &str> = BTreeMap::new();
    for (_, day, p) in dated {
        days.entry(*day).or_insert(p.date.as_str());
    }
    let mut last_x = f64::NEG_INFINITY;
    for (k, (day, date)) in days.iter().enumerate() {
        let x = x_of(*day);
        svg.line((x, BOTTOM), (x, BOTTOM + 4.0), "#888", 1.0, false);
        if x - last_x < 52.0 {
            continue;
        }
        last_x = x;
        svg.text(
            x,
            BOTTOM + 17.0,
            Anchor::Middle,
            11,
            false,
            "#555",
            &day_month(date),
        );
        if k == 0 {
            let year = date.get(..4).unwrap_or("");
            svg.text(x, BOTTOM + 31.0, Anchor::Middle, 11, false, "#555", year);
        }
    }
}

/// Series 0 is drawn with circles, 1 with squares, 2 with diamonds, so the
/// series tell apart without colour; hollow when the count is approximate.
fn shape(svg: &mut Svg, series: usize, x: f64, y: f64, approx: Approx, colour: &str) {
    let fill = if approx == Approx::About {
        "#fff"
    } else {
        colour
    };
    match series % 3 {
        0 => svg.circle(x, y, 5.0, fill, colour),
        1 => svg.path(
            &corner_path(x - 4.5, y - 4.5, "h9v9h-9Z"),
            fill,
            colour,
            2.0,
        ),
        _ => svg.path(
            &corner_path(x, y - 6.0, "l6 6l-6 6l-6 -6Z"),
            fill,
            colour,
            2.0,
        ),
    }
}

/// `M<x> <y>` and then `rest`: a shape drawn from one corner.
fn corner_path(x: f64, y: f64, rest: &str) -> String {
    let mut d = String::with_capacity(16 + rest.len());
    d.push('M');
    push_num(&mut d, x);
    d.push(' ');
    push_num(&mut d, y);
    d.push_str(rest);
    d
}

fn summary(series: &[Series]) -> String {
    let parts: Vec<String> = series
        .iter()
        .filter(|s| !s.points.is_empty())
        .map(|s| {
            let mut points: Vec<&Point> = s.points.iter().collect();
            points.sort_by(|a, b| a.date.cmp(&b.date).then(a.value.cmp(&b.value)));
            let list: Vec<String> = points
                .iter()
                .map(|p| format!("{} on {}", describe_count(p.value, p.approx), p.date))
                .collect();
            format!("{}: {}", s.name, list.join(", "))
        })
        .collect();
    format!("{}.", parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_count_days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(day_number("2011-13-01"), None);
        assert_eq!(day_number("soon"), None);
        assert_eq!(day_month("2011-03-02"), "2 Mar");
    }
}
