//! The report as Markdown, readable as plain text; links point at HTML
//! anchors written before each cited sentence.

use super::document::{Block, Inline};
use super::escape::{html_into as html, markdown_into as esc};

pub fn render(doc: &[Block]) -> String {
    let mut out = String::with_capacity(8 * 1024);
    for block in doc {
        block_md(&mut out, block);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Appends the HTML anchor `<a id="..."></a>` that links in the page point at.
fn anchor_md(out: &mut String, anchor: &str) {
    out.push_str("<a id=\"");
    html(out, anchor);
    out.push_str("\"></a>");
}

fn block_md(out: &mut String, block: &Block) {
    match block {
        Block::Title(t) => {
            out.push_str("# ");
            esc(out, t);
        }
        Block::Heading {
            level,
            text,
            anchor,
        } => {
            if let Some(a) = anchor {
                anchor_md(out, a);
                out.push('\n');
            }
            for _ in 0..(*level).clamp(2, 4) {
                out.push('#');
            }
            out.push(' ');
            esc(out, text);
        }
        Block::Paragraph(inlines) => inlines_md(out, inlines),
        Block::List(items) => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str("- ");
                inlines_md(out, item);
            }
        }
        Block::Table { head, rows } => {
            out.push_str("| ");
            for (i, h) in head.iter().enumerate() {
                if i > 0 {
                    out.push_str(" | ");
                }
                esc(out, &h.title);
            }
            out.push_str(" |\n|");
            for h in head {
                out.push_str(if h.numeric { " ---: |" } else { " --- |" });
            }
            for row in rows {
                out.push_str("\n| ");
                if let Some(id) = &row.id {
                    anchor_md(out, id);
                }
                for (i, cell) in row.cells.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" | ");
                    }
                    inlines_md(out, &cell.inlines);
                }
                out.push_str(" |");
            }
        }
        Block::Quote {
            anchor,
            text,
            lines,
        } => {
            anchor_md(out, anchor);
            out.push_str("\n> “");
            esc(out, text);
            out.push('”');
            for line in lines {
                out.push_str("\n>\n> ");
                inlines_md(out, line);
            }
        }
        Block::Evidence {
            anchor,
            label,
            text,
        } => {
            anchor_md(out, anchor);
            out.push_str("**");
            esc(out, label);
            out.push_str("** ");
            esc(out, text);
        }
        Block::Chart {
            caption, summary, ..
        } => {
            out.push_str("*Chart: ");
            esc(out, caption);
            out.push_str("* ");
            esc(out, summary);
        }
        Block::Footer(inlines) => {
            out.push_str("---\n\n");
            inlines_md(out, inlines);
        }
    }
}

fn inlines_md(out: &mut String, inlines: &[Inline]) {
    for (i, inline) in inlines.iter().enumerate() {
        match inline {
            Inline::Text(t) => esc(out, t),
            Inline::Strong(t) => {
                out.push_str("**");
                esc(out, t);
                out.push_str("**");
            }
            Inline::Quoted(t) => {
                out.push('“');
                esc(out, t);
                out.push('”');
            }
            Inline::Link { text, target, .. } => {
                out.push('[');
                esc(out, text);
                out.push_str("](#");
                out.push_str(target);
                out.push(')');
            }
            Inline::Mark(t) => {
                out.push_str("**");
                esc(out, t);
                out.push_str("**");
            }
            Inline::Muted(t) => {
                out.push('_');
                esc(out, t);
                out.push('_');
            }
            Inline::Line(inner) => {
                if i > 0 {
                    out.push_str("<br>");
                }
                inlines_md(out, inner);
            }
            Inline::Tag(t) => {
                out.push('`');
                out.push_str(&t.replace('`', "'"));
                out.push('`');
            }
        }
    }
}
