//! A small writer of static SVG: shapes and text with coordinates printed at a
//! fixed precision, so the same chart is always the same bytes.

use crate::report::escape::html_into as esc;

/// Where a text's `x` is: at its start, middle or end.
#[derive(Clone, Copy)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

pub struct Svg {
    out: String,
}

/// A coordinate with one decimal, without a trailing `.0`.
#[cfg(test)]
pub fn num(v: f64) -> String {
    let mut out = String::with_capacity(8);
    push_num(&mut out, v);
    out
}

/// Appends [`num`]`(v)`: `{:.1}` of `v` (`0` for a value that is not finite) without a
/// trailing `.0`, and `0` for a negative value that rounds to zero. Written by hand
/// where the rounding is beyond doubt (see [`tenths`]), by `{:.1}` itself elsewhere.
pub fn push_num(out: &mut String, v: f64) {
    let v = if v.is_finite() { v } else { 0.0 };
    match tenths(v) {
        Some(0) => out.push('0'),
        Some(k) => {
            if k < 0 {
                out.push('-');
            }
            let k = k.unsigned_abs();
            out.push_str(itoa::Buffer::new().format(k / 10));
            if k % 10 != 0 {
                out.push('.');
                out.push(char::from(b'0' + (k % 10) as u8));
            }
        }
        None => {
            let s = format!("{v:.1}");
            match s.strip_suffix(".0") {
                Some("-0") => out.push('0'),
                Some(whole) => out.push_str(whole),
                None => out.push_str(&s),
            }
        }
    }
}

/// `v` in tenths, rounded as `{:.1}` rounds it (to the nearest tenth of its exact value),
/// when the product `v * 10` leaves no doubt: `|v|` under a million, where the product is
/// off the exact one by under 1e-9, and its fraction more than 1e-6 from a half, where
/// an error that small cannot move it across one. `None` otherwise (ties and near-ties,
/// large values), for the caller to format exactly.
fn tenths(v: f64) -> Option<i64> {
    if v.abs() >= 1e6 {
        return None;
    }
    let scaled = v * 10.0;
    let floor = scaled.floor();
    let frac = scaled - floor;
    if (frac - 0.5).abs() <= 1e-6 {
        return None;
    }
    // |floor| is under 1e7: the conversion is exact.
    Some(floor as i64 + i64::from(frac > 0.5))
}

/// Appends `<name>="<num(v)>"` with a space before it.
fn attr_num(out: &mut String, name: &str, v: f64) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    push_num(out, v);
    out.push('"');
}

/// Appends `<name>="<value>"` with a space before it; `value` is written as given.
fn attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    out.push_str(value);
    out.push('"');
}

impl Svg {
    /// An SVG of `width` × `height` user units that scales to its container,
    /// named for assistive technology by `title` and `desc`. A group, not an
    /// image, so that its text labels and links stay reachable.
    pub fn new(id: &str, width: u32, height: u32, title: &str, desc: &str) -> Svg {
        let mut out = String::with_capacity(4096);
        let mut n = itoa::Buffer::new();
        let (width, height) = (n.format(width).to_string(), n.format(height).to_string());
        out.push_str("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
        out.push_str(&width);
        out.push(' ');
        out.push_str(&height);
        out.push('"');
        attr(&mut out, "width", &width);
        attr(&mut out, "height", &height);
        out.push_str(" role=\"group\" aria-labelledby=\"");
        out.push_str(id);
        out.push_str("-t ");
        out.push_str(id);
        out.push_str("-d\" id=\"");
        out.push_str(id);
        out.push_str("\"><title id=\"");
        out.push_str(id);
        out.push_str("-t\">");
        esc(&mut out, title);
        out.push_str("</title><desc id=\"");
        out.push_str(id);
        out.push_str("-d\">");
        esc(&mut out, desc);
        out.push_str("</desc>");
        Svg { out }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        x: f64,
        y: f64,
        anchor: Anchor,
        size: u32,
        bold: bool,
        fill: &str,
        s: &str,
    ) {
        let anchor = match anchor {
            Anchor::Start => "",
            Anchor::Middle => " text-anchor=\"middle\"",
            Anchor::End => " text-anchor=\"end\"",
        };
        let weight = if bold { " font-weight=\"bold\"" } else { "" };
        let out = &mut self.out;
        out.push_str("<text");
        attr_num(out, "x", x);
        attr_num(out, "y", y);
        attr(out, "font-size", itoa::Buffer::new().format(size));
        out.push_str(anchor);
        out.push_str(weight);
        if !fill.is_empty() {
            out.push_str(" style=\"fill:");
            out.push_str(fill);
            out.push('"');
        }
        out.push('>');
        esc(&mut self.out, s);
        self.out.push_str("</text>");
    }

    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str) {
        let out = &mut self.out;
        out.push_str("<rect");
        attr_num(out, "x", x);
        attr_num(out, "y", y);
        attr_num(out, "width", w.max(0.0));
        attr_num(out, "height", h.max(0.0));
        attr(out, "fill", fill);
        out.push_str("/>");
    }

    pub fn line(
        &mut self,
        from: (f64, f64),
        to: (f64, f64),
        stroke: &str,
        width: f64,
        dashed: bool,
    ) {
        let dash = if dashed {
            " stroke-dasharray=\"4 3\""
        } else {
            ""
        };
        let out = &mut self.out;
        out.push_str("<line");
        attr_num(out, "x1", from.0);
        attr_num(out, "y1", from.1);
        attr_num(out, "x2", to.0);
        attr_num(out, "y2", to.1);
        attr(out, "stroke", stroke);
        attr_num(out, "stroke-width", width);
        out.push_str(dash);
        out.push_str("/>");
    }

    /// A path from `d`, already formatted with [`num`].
    pub fn path(&mut self, d: &str, fill: &str, stroke: &str, width: f64) {
        let out = &mut self.out;
        out.push_str("<path");
        attr(out, "d", d);
        attr(out, "fill", fill);
        attr(out, "stroke", stroke);
        attr_num(out, "stroke-width", width);
        out.push_str("/>");
    }

    pub fn circle(&mut self, cx: f64, cy: f64, r: f64, fill: &str, stroke: &str) {
        let out = &mut self.out;
        out.push_str("<circle");
        attr_num(out, "cx", cx);
        attr_num(out, "cy", cy);
        attr_num(out, "r", r);
        attr(out, "fill", fill);
        attr(out, "stroke", stroke);
        out.push_str(" stroke-width=\"2\"/>");
    }

    /// Opens a link inside the page around what follows, with a tooltip.
    pub fn link(&mut self, href: &str, title: &str) {
        self.out.push_str("<a href=\"");
        esc(&mut self.out, href);
        self.out.push_str("\"><title>");
        esc(&mut self.out, title);
        self.out.push_str("</title>");
    }

    pub fn end_link(&mut self) {
        self.out.push_str("</a>");
    }

    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_fixed_and_text_is_escaped() {
        assert_eq!(num(3.0), "3");
        assert_eq!(num(2.26), "2.3");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(f64::NAN), "0");
        let mut s = Svg::new("c1", 100, 50, "A <b>", "d & e");
        s.text(1.0, 2.0, Anchor::End, 12, false, "", "x<y");
        let out = s.finish();
        assert!(out.contains("<title id=\"c1-t\">A &lt;b&gt;</title>"));
        assert!(out.contains("text-anchor=\"end\""));
        assert!(out.contains(">x&lt;y</text>"));
        assert!(out.ends_with("</svg>"));
    }

    /// The definition [`push_num`] keeps: `{:.1}` without a trailing `.0`, `-0` as `0`.
    fn num_by_format(v: f64) -> String {
        let v = if v.is_finite() { v } else { 0.0 };
        let s = format!("{:.1}", v);
        match s.strip_suffix(".0") {
            Some("-0") => "0".into(),
            Some(whole) => whole.to_string(),
            None => s,
        }
    }

    #[test]
    fn numbers_by_hand_equal_numbers_by_format() {
        let mut values: Vec<f64> = vec![
            0.0,
            -0.0,
            0.05,
            -0.05,
            0.25,
            -0.25,
            0.75,
            2.45,
            1e6,
            -1e6,
            999_999.95,
            1e300,
            f64::INFINITY,
            f64::MIN_POSITIVE,
        ];
        // Steps of a thousandth and of a quarter (exact ties) around zero.
        values.extend((-300_000..300_000).map(|i| f64::from(i) / 1000.0));
        values.extend((-4000..4000).map(|i| f64::from(i) * 0.25));
        // Sums and products like a chart's coordinates.
        for i in 0..2000 {
            let a = f64::from(i);
            values.extend([
                52.0 + 344.0 * (a / 1999.0),
                a * 30.0 + 15.0 + 4.5,
                a / 7.0 - 6.0,
            ]);
        }
        // Scattered bit patterns (an LCG), kept to the finite ones.
        let mut x = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..200_000 {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let v = f64::from_bits(x);
            values.push(v);
            values.push((x >> 11) as f64 / (1u64 << 40) as f64 - 4096.0);
        }
        for v in values {
            let mut got = String::new();
            push_num(&mut got, v);
            assert_eq!(got, num_by_format(v), "{v:e}");
        }
    }
}
