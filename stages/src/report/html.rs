//! The report as one static HTML page: plain HTML with inline CSS, no
//! scripts, nothing fetched from the network.

use super::document::{Block, Column, Inline, Row};
use super::escape::html_into as esc;

pub const STYLE: &str = "body{font:16px/1.5 Georgia,'Times New Roman',serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1d;background:#fdfdfb}\
h1{font-size:1.8rem;border-bottom:3px solid #1d1d1d;padding-bottom:.3rem;overflow-wrap:anywhere}\
h2{font-size:1.35rem;margin-top:2.2rem;border-bottom:1px solid #bbb}\
h3{font-size:1.1rem;margin-top:1.4rem}\
table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.95rem}\
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}\
th{background:#eee}\
th.num,td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\
td strong{font-size:1.1rem}\
td.conflict{background:#fbe9e9;box-shadow:inset 4px 0 #b3261e}\
tr:target{outline:3px solid #f0c000}\
a{color:#0645ad;text-decoration:none}a:hover{text-decoration:underline}\
.tag{display:inline-block;font:12px/1.4 sans-serif;padding:0 .35rem;border-radius:3px;background:#e4e4e4;color:#333}\
.tag-conflict,.tag-mismatch,.tag-failed{background:#f6d5d5;color:#7a1010}\
.tag-partial,.tag-compatible,.tag-note,.tag-warning{background:#fbefc9;color:#6b4c00}\
.tag-consistent{background:#d8efd6;color:#1e5a1a}\
mark{background:#ffe27a;color:inherit;padding:0 .1em;border-radius:2px}\
.before{color:#6b6b6b}\
.ev-line{display:block;margin:.15rem 0;font-size:.9rem}\
blockquote{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #8a8a8a;background:#f4f4f1}\
blockquote p.q{font-size:1.05rem;margin:.2rem 0 .4rem}\
blockquote p.src{margin:.1rem 0;font-size:.9rem;color:#444}\
p.ev{margin:.25rem 0;font-size:.92rem}p.ev:target,blockquote:target{background:#fff3b0}\
p.ev span.label{font:12px sans-serif;color:#666;margin-right:.4rem}\
figure.chart{margin:1rem 0;max-width:36rem}figure.chart svg{width:100%;height:auto;display:block}\
figcaption{font:13px/1.4 sans-serif;color:#444;margin-top:.3rem}\
svg text{font-family:sans-serif;fill:#1d1d1d}\
footer{margin-top:3rem;padding-top:.6rem;border-top:1px solid #bbb;font:12px/1.5 sans-serif;color:#555;overflow-wrap:anywhere}\
@media (max-width:40rem){body{margin:1rem auto;padding:0 .6rem}h1{font-size:1.4rem}\
table,thead,tbody,tr,th,td{display:block}thead{position:absolute;left:-9999px}\
tr{border:1px solid #ccc;margin:0 0 .7rem;padding:.2rem 0}td{border:0;border-bottom:1px solid #eee;padding:.25rem .5rem}\
td.num{text-align:left}td:empty{display:none}\
td[data-label]{position:relative;padding-left:7.4rem;min-height:1.2rem}\
td[data-label]::before{content:attr(data-label);position:absolute;left:.5rem;top:.35rem;width:6.4rem;font:11px/1.3 sans-serif;text-transform:uppercase;letter-spacing:.03em;color:#666;white-space:normal;overflow-wrap:anywhere}}";

pub fn render(doc: &[Block]) -> String {
    let title = doc
        .iter()
        .find_map(|b| match b {
            Block::Title(t) => Some(t.as_str()),
            _ => None,
        })
        .unwrap_or("report");
    let mut out = String::with_capacity(16 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>");
    esc(&mut out, title);
    out.push_str("</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n");
    out.push_str("<p><a href=\"../index.html\">← all sets</a></p>\n");
    for block in doc {
        block_html(&mut out, block);
        out.push('\n');
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// Appends `<tag>` + escaped `text` + `</tag>`.
fn element(out: &mut String, open: &str, text: &str, close: &str) {
    out.push_str(open);
    esc(out, text);
    out.push_str(close);
}

fn block_html(out: &mut String, block: &Block) {
    match block {
        Block::Title(t) => element(out, "<h1>", t, "</h1>"),
        Block::Heading {
            level,
            text,
            anchor,
        } => {
            let level = char::from(b'0' + (*level).clamp(2, 4));
            out.push_str("<h");
            out.push(level);
            if let Some(a) = anchor {
                out.push_str(" id=\"");
                esc(out, a);
                out.push('"');
            }
            out.push('>');
            esc(out, text);
            out.push_str("</h");
            out.push(level);
            out.push('>');
        }
        Block::Paragraph(inlines) => {
            out.push_str("<p>");
            inlines_html(out, inlines);
            out.push_str("</p>");
        }
        Block::List(items) => {
            out.push_str("<ul>");
            for item in items {
                out.push_str("<li>");
                inlines_html(out, item);
                out.push_str("</li>");
            }
            out.push_str("</ul>");
        }
        Block::Table { head, rows } => table(out, head, rows),
        Block::Quote {
            anchor,
            text,
            lines,
        } => {
            element(out, "<blockquote id=\"", anchor, "\"><p class=\"q\">“");
            esc(out, text);
            out.push_str("”</p>");
            for line in lines {
                out.push_str("<p class=\"src\">");
                inlines_html(out, line);
                out.push_str("</p>");
            }
            out.push_str("</blockquote>");
        }
        Block::Evidence {
            anchor,
            label,
            text,
        } => {
            element(
                out,
                "<p class=\"ev\" id=\"",
                anchor,
                "\"><span class=\"label\">",
            );
            esc(out, label);
            out.push_str("</span>");
            esc(out, text);
            out.push_str("</p>");
        }
        Block::Chart { caption, svg, .. } => {
            out.push_str("<figure class=\"chart\">");
            out.push_str(svg);
            element(out, "<figcaption>", caption, "</figcaption></figure>");
        }
        Block::Footer(inlines) => {
            out.push_str("<footer>");
            inlines_html(out, inlines);
            out.push_str("</footer>");
        }
    }
}

/// A table whose cells carry their column's name (`data-label`), so that on a
/// narrow screen each row reads as a card of labelled lines.
fn table(out: &mut String, head: &[Column], rows: &[Row]) {
    out.push_str("<table><thead><tr>");
    for h in head {
        let open = if h.numeric {
            "<th class=\"num\">"
        } else {
            "<th>"
        };
        element(out, open, &h.title, "</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr");
        if let Some(id) = &row.id {
            element(out, " id=\"", id, "\"");
        }
        out.push('>');
        for (i, cell) in row.cells.iter().enumerate() {
            let col = head.get(i);
            let mut classes: Vec<&str> = Vec::new();
            if col.is_some_and(|c| c.numeric) {
                classes.push("num");
            }
            classes.extend(cell.class);
            out.push_str("<td");
            if !classes.is_empty() {
                out.push_str(" class=\"");
                out.push_str(&classes.join(" "));
                out.push('"');
            }
            if let Some(c) = col.filter(|c| !c.title.is_empty()) {
                element(out, " data-label=\"", &c.title, "\"");
            }
            out.push('>');
            inlines_html(out, &cell.inlines);
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

fn inlines_html(out: &mut String, inlines: &[Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => esc(out, t),
            Inline::Strong(t) => element(out, "<strong>", t, "</strong>"),
            Inline::Quoted(t) => element(out, "“", t, "”"),
            Inline::Link {
                text,
                target,
                title,
            } => {
                element(out, "<a href=\"#", target, "\" title=\"");
                esc(out, title);
                out.push_str("\">");
                esc(out, text);
                out.push_str("</a>");
            }
            Inline::Tag(t) => {
                element(out, "<span class=\"tag tag-", t, "\">");
                esc(out, t);
                out.push_str("</span>");
            }
            Inline::Mark(t) => element(out, "<mark>", t, "</mark>"),
            Inline::Muted(t) => element(out, "<span class=\"before\">", t, "</span>"),
            Inline::Line(inner) => {
                out.push_str("<span class=\"ev-line\">");
                inlines_html(out, inner);
                out.push_str("</span>");
            }
        }
    }
}
