//! `out/index.html`: every set with its headline figures, linking to its report.

use super::escape::{html as esc, url_segment};
use super::html::STYLE;
use super::summary::{Flags, Headline, SetSummary};
use crate::reconcile::describe_count;

pub fn index_html(sets: &[SetSummary]) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!(
        "<title>corroborate — {} sets</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        sets.len()
    ));
    out.push_str(&format!(
        "<h1>corroborate — {} article sets</h1>\n<p>Each set's report gives the reconciled casualty figures with their sources, where articles disagree, and the quotations merged across articles. Casualty counts for spreadsheets: <a href=\"casualties.csv\">casualties.csv</a>.</p>\n",
        sets.len()
    ));
    out.push_str("<table><thead><tr><th>Set</th><th>Articles</th><th>Killed</th><th>Injured</th><th>Missing</th><th>Conflicts</th><th>Quotations (shared)</th><th>People</th><th>Flags</th></tr></thead><tbody>\n");
    for s in sets {
        out.push_str(&format!(
            "<tr><td><a href=\"{}/report.html\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{} ({})</td><td>{}</td><td>{}</td></tr>\n",
            url_segment(&s.set),
            esc(&s.set),
            s.articles,
            headline(s.victims_killed),
            headline(s.victims_injured),
            headline(s.victims_missing),
            s.conflicts,
            s.quotes,
            s.shared_quotes,
            s.people,
            flags(&s.flags)
        ));
    }
    out.push_str("</tbody></table>\n</body>\n</html>\n");
    out
}

fn headline(h: Option<Headline>) -> String {
    h.map(|h| esc(&describe_count(h.value, h.approx)))
        .unwrap_or_else(|| "–".into())
}

/// `failed: quotes; 2 warnings`, or nothing.
fn flags(f: &Flags) -> String {
    let mut parts = Vec::new();
    if !f.failed.is_empty() {
        parts.push(format!(
            "<strong>failed: {}</strong>",
            esc(&f.failed.join(", "))
        ));
    }
    if f.warnings > 0 {
        parts.push(format!(
            "{} warning{}",
            f.warnings,
            if f.warnings == 1 { "" } else { "s" }
        ));
    }
    parts.join("; ")
}
