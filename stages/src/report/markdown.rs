//! The report as Markdown, readable as plain text; links point at HTML
//! anchors written before each cited sentence.

use super::document::{Block, Inline};
use super::escape::{html, markdown as esc};

pub fn render(doc: &[Block]) -> String {
    let mut out = String::new();
    for block in doc {
        out.push_str(&block_md(block));
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn block_md(block: &Block) -> String {
    match block {
        Block::Title(t) => format!("# {}", esc(t)),
        Block::Heading {
            level,
            text,
            anchor,
        } => {
            let hashes = "#".repeat(usize::from((*level).clamp(2, 4)));
            match anchor {
                Some(a) => format!("<a id=\"{}\"></a>\n{hashes} {}", html(a), esc(text)),
                None => format!("{hashes} {}", esc(text)),
            }
        }
        Block::Paragraph(inlines) => inlines_md(inlines),
        Block::List(items) => items
            .iter()
            .map(|i| format!("- {}", inlines_md(i)))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Table { head, rows } => {
            let mut lines = vec![
                format!(
                    "| {} |",
                    head.iter().map(|h| esc(h)).collect::<Vec<_>>().join(" | ")
                ),
                format!("|{}", " --- |".repeat(head.len())),
            ];
            for r in rows {
                lines.push(format!(
                    "| {} |",
                    r.iter()
                        .map(|c| inlines_md(c))
                        .collect::<Vec<_>>()
                        .join(" | ")
                ));
            }
            lines.join("\n")
        }
        Block::Quote {
            anchor,
            text,
            lines,
        } => {
            let mut out = format!("<a id=\"{}\"></a>\n> “{}”", html(anchor), esc(text));
            for l in lines {
                out.push_str(&format!("\n>\n> {}", inlines_md(l)));
            }
            out
        }
        Block::Evidence {
            anchor,
            label,
            text,
        } => {
            format!(
                "<a id=\"{}\"></a>**{}** {}",
                html(anchor),
                esc(label),
                esc(text)
            )
        }
    }
}

fn inlines_md(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text(t) => esc(t),
            Inline::Strong(t) => format!("**{}**", esc(t)),
            Inline::Quoted(t) => format!("“{}”", esc(t)),
            Inline::Link { text, target, .. } => format!("[{}](#{})", esc(text), target),
            Inline::Tag(t) => format!("`{}`", t.replace('`', "'")),
        })
        .collect()
}
