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
pub fn num(v: f64) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let s = format!("{:.1}", v);
    match s.strip_suffix(".0") {
        Some("-0") => "0".into(),
        Some(whole) => whole.to_string(),
        None => s,
    }
}

impl Svg {
    /// An SVG of `width` × `height` user units that scales to its container,
    /// named for assistive technology by `title` and `desc`. A group, not an
    /// image, so that its text labels and links stay reachable.
    pub fn new(id: &str, width: u32, height: u32, title: &str, desc: &str) -> Svg {
        let mut out = String::with_capacity(4096);
        out.push_str(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"group\" aria-labelledby=\"{id}-t {id}-d\" id=\"{id}\">"
        ));
        out.push_str(&format!("<title id=\"{id}-t\">"));
        esc(&mut out, title);
        out.push_str(&format!("</title><desc id=\"{id}-d\">"));
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
        let fill = if fill.is_empty() {
            String::new()
        } else {
            format!(" style=\"fill:{fill}\"")
        };
        self.out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"{size}\"{anchor}{weight}{fill}>",
            num(x),
            num(y)
        ));
        esc(&mut self.out, s);
        self.out.push_str("</text>");
    }

    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str) {
        self.out.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\"/>",
            num(x),
            num(y),
            num(w.max(0.0)),
            num(h.max(0.0))
        ));
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
        self.out.push_str(&format!(
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{stroke}\" stroke-width=\"{}\"{dash}/>",
            num(from.0),
            num(from.1),
            num(to.0),
            num(to.1),
            num(width)
        ));
    }

    /// A path from `d`, already formatted with [`num`].
    pub fn path(&mut self, d: &str, fill: &str, stroke: &str, width: f64) {
        self.out.push_str(&format!(
            "<path d=\"{d}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{}\"/>",
            num(width)
        ));
    }

    pub fn circle(&mut self, cx: f64, cy: f64, r: f64, fill: &str, stroke: &str) {
        self.out.push_str(&format!(
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\"/>",
            num(cx),
            num(cy),
            num(r)
        ));
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
}
