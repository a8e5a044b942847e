//! The report as one static HTML page: plain HTML with inline CSS, no
//! scripts, nothing fetched from the network.

use super::document::{Block, Inline};
use super::escape::html as esc;

pub const STYLE: &str = "body{font:16px/1.5 Georgia,'Times New Roman',serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1d;background:#fdfdfb}\
h1{font-size:1.8rem;border-bottom:3px solid #1d1d1d;padding-bottom:.3rem}\
h2{font-size:1.35rem;margin-top:2.2rem;border-bottom:1px solid #bbb}\
h3{font-size:1.1rem;margin-top:1.4rem}\
table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.95rem}\
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}\
th{background:#eee}\
td strong{font-size:1.1rem}\
a{color:#0645ad;text-decoration:none}a:hover{text-decoration:underline}\
.tag{display:inline-block;font:12px/1.4 sans-serif;padding:0 .35rem;border-radius:3px;background:#e4e4e4;color:#333}\
.tag-conflict,.tag-mismatch{background:#f6d5d5;color:#7a1010}\
.tag-partial,.tag-compatible,.tag-note{background:#fbefc9;color:#6b4c00}\
.tag-consistent{background:#d8efd6;color:#1e5a1a}\
blockquote{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #8a8a8a;background:#f4f4f1}\
blockquote p.q{font-size:1.05rem;margin:.2rem 0 .4rem}\
blockquote p.src{margin:.1rem 0;font-size:.9rem;color:#444}\
p.ev{margin:.25rem 0;font-size:.92rem}p.ev:target,blockquote:target{background:#fff3b0}\
p.ev span.label{font:12px sans-serif;color:#666;margin-right:.4rem}";

pub fn render(doc: &[Block]) -> String {
    let title = doc
        .iter()
        .find_map(|b| match b {
            Block::Title(t) => Some(t.as_str()),
            _ => None,
        })
        .unwrap_or("report");
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!(
        "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(title)
    ));
    out.push_str("<p><a href=\"../index.html\">← all sets</a></p>\n");
    for block in doc {
        out.push_str(&block_html(block));
        out.push('\n');
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn block_html(block: &Block) -> String {
    match block {
        Block::Title(t) => format!("<h1>{}</h1>", esc(t)),
        Block::Heading {
            level,
            text,
            anchor,
        } => {
            let level = (*level).clamp(2, 4);
            match anchor {
                Some(a) => format!("<h{level} id=\"{}\">{}</h{level}>", esc(a), esc(text)),
                None => format!("<h{level}>{}</h{level}>", esc(text)),
            }
        }
        Block::Paragraph(inlines) => format!("<p>{}</p>", inlines_html(inlines)),
        Block::List(items) => {
            let items: String = items
                .iter()
                .map(|i| format!("<li>{}</li>", inlines_html(i)))
                .collect();
            format!("<ul>{items}</ul>")
        }
        Block::Table { head, rows } => {
            let head: String = head
                .iter()
                .map(|h| format!("<th>{}</th>", esc(h)))
                .collect();
            let rows: String = rows
                .iter()
                .map(|r| {
                    let cells: String = r
                        .iter()
                        .map(|c| format!("<td>{}</td>", inlines_html(c)))
                        .collect();
                    format!("<tr>{cells}</tr>")
                })
                .collect();
            format!("<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        }
        Block::Quote {
            anchor,
            text,
            lines,
        } => {
            let lines: String = lines
                .iter()
                .map(|l| format!("<p class=\"src\">{}</p>", inlines_html(l)))
                .collect();
            format!(
                "<blockquote id=\"{}\"><p class=\"q\">“{}”</p>{lines}</blockquote>",
                esc(anchor),
                esc(text)
            )
        }
        Block::Evidence {
            anchor,
            label,
            text,
        } => format!(
            "<p class=\"ev\" id=\"{}\"><span class=\"label\">{}</span>{}</p>",
            esc(anchor),
            esc(label),
            esc(text)
        ),
    }
}

fn inlines_html(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text(t) => esc(t),
            Inline::Strong(t) => format!("<strong>{}</strong>", esc(t)),
            Inline::Quoted(t) => format!("“{}”", esc(t)),
            Inline::Link {
                text,
                target,
                title,
            } => format!(
                "<a href=\"#{}\" title=\"{}\">{}</a>",
                esc(target),
                esc(title),
                esc(text)
            ),
            Inline::Tag(t) => format!("<span class=\"tag tag-{}\">{}</span>", esc(t), esc(t)),
        })
        .collect()
}
