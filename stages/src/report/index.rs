//! `out/index.html`: every set with its title, dates, headline figures and
//! flags, linking to its report. One static page; a few lines of script
//! make the columns sortable, and without them the table reads as it is,
//! in set order.

use super::content::shorten;
use super::escape::{html as esc, url_segment};
use super::html::STYLE;
use super::summary::{Headline, SetSummary};
use crate::reconcile::describe_count;

/// A set as the index lists it: its summary when it has a report, and what
/// the engine flags about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IndexEntry {
    pub set: String,
    pub summary: Option<SetSummary>,
    pub flags: Flags,
}

/// What the index flags about a set, beside its summary: not known from the
/// reconciled picture, the engine fills them in when it lists the set, from
/// the run or from the set's manifest. The warnings are the ones kept about
/// its input (the report lists them); the failed stages are those whose last
/// run failed (its figures then come from an earlier run, if any).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// How many warnings are kept about the set's input.
    pub warnings: usize,
    /// Stages whose last run on the set failed.
    pub failed: Vec<String>,
}

const INDEX_STYLE: &str = "body{max-width:84rem}th{white-space:nowrap}.tag,span.d{white-space:nowrap}td:first-child{min-width:14rem}\
td small{display:block;color:#666;font:12px sans-serif;overflow-wrap:anywhere}\
th.sort{cursor:pointer;user-select:none}th.sort::after{content:' \\2195';color:#999}\
th[aria-sort=ascending]::after{content:' \\2191';color:#333}th[aria-sort=descending]::after{content:' \\2193';color:#333}\
p.totals{font:14px/1.5 sans-serif;color:#333}";

/// Sorting by a column: each cell's `data-v` is its sort key (a number when
/// the column is numeric). The table is complete and in set order without it.
const SORT_SCRIPT: &str = "document.querySelectorAll('table.sortable th').forEach(function(th,i){\
th.classList.add('sort');th.tabIndex=0;th.title='Sort by this column';\
function go(){var t=th.closest('table'),b=t.tBodies[0],r=Array.prototype.slice.call(b.rows),\
d=th.getAttribute('aria-sort')==='ascending'?-1:1;\
t.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort')});\
th.setAttribute('aria-sort',d>0?'ascending':'descending');\
r.sort(function(x,y){var p=x.cells[i].dataset.v,q=y.cells[i].dataset.v,m=parseFloat(p),n=parseFloat(q);\
return d*(isNaN(m)||isNaN(n)?p.localeCompare(q):m-n)});r.forEach(function(x){b.appendChild(x)})}\
th.addEventListener('click',go);\
th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();go()}})});";

struct Col {
    title: &'static str,
    numeric: bool,
}

const COLUMNS: [Col; 10] = [
    Col {
        title: "Set",
        numeric: false,
    },
    Col {
        title: "Dates",
        numeric: false,
    },
    Col {
        title: "Articles",
        numeric: true,
    },
    Col {
        title: "Killed",
        numeric: true,
    },
    Col {
        title: "Injured",
        numeric: true,
    },
    Col {
        title: "Missing",
        numeric: true,
    },
    Col {
        title: "Conflicts",
        numeric: true,
    },
    Col {
        title: "Quotes (shared)",
        numeric: true,
    },
    Col {
        title: "People",
        numeric: true,
    },
    Col {
        title: "Flags",
        numeric: false,
    },
];

pub fn index_html(sets: &[IndexEntry]) -> String {
    let mut out = String::with_capacity(1024 + 600 * sets.len());
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!(
        "<title>corroborate — {} sets</title>\n<style>{STYLE}{INDEX_STYLE}</style>\n</head>\n<body>\n",
        sets.len()
    ));
    out.push_str(&format!(
        "<h1>corroborate — {} article sets</h1>\n<p>Each set's report gives the reconciled casualty figures with their sources, where articles disagree, and the quotations merged across articles. Casualty figures for spreadsheets, with the articles and sentences behind each: <a href=\"casualties.csv\">casualties.csv</a>.</p>\n",
        sets.len()
    ));
    out.push_str(&totals(sets));
    out.push_str("<table class=\"sortable\"><thead><tr>");
    for c in &COLUMNS {
        let class = if c.numeric { " class=\"num\"" } else { "" };
        out.push_str(&format!("<th{class} scope=\"col\">{}</th>", esc(c.title)));
    }
    out.push_str("</tr></thead><tbody>\n");
    for e in sets {
        row(&mut out, e);
    }
    out.push_str("</tbody></table>\n<script>");
    out.push_str(SORT_SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// One line of counts over the corpus, above the table.
fn totals(sets: &[IndexEntry]) -> String {
    let with = |f: &dyn Fn(&IndexEntry) -> bool| sets.iter().filter(|e| f(e)).count();
    let articles: usize = sets
        .iter()
        .filter_map(|e| e.summary.as_ref())
        .map(|s| s.articles)
        .sum();
    format!(
        "<p class=\"totals\">{} sets · {} articles · {} with casualty figures · {} with conflicts · {} failed · {} with warnings · {} without a report</p>\n",
        sets.len(),
        articles,
        with(&|e| e.summary.as_ref().is_some_and(|s| !s.rows.is_empty())),
        with(&|e| e.summary.as_ref().is_some_and(|s| s.conflicts > 0)),
        with(&|e| !e.flags.failed.is_empty()),
        with(&|e| e.flags.warnings > 0),
        with(&|e| e.summary.is_none()),
    )
}

fn row(out: &mut String, e: &IndexEntry) {
    let cell = |out: &mut String, col: usize, sort: &str, html: &str| {
        let c = &COLUMNS[col];
        let class = if c.numeric { " class=\"num\"" } else { "" };
        out.push_str(&format!(
            "<td{class} data-label=\"{}\" data-v=\"{}\">{html}</td>",
            esc(c.title),
            esc(sort)
        ));
    };
    out.push_str("<tr>");
    let title = e.summary.as_ref().and_then(|s| s.title.as_deref());
    let name = match (&e.summary, title) {
        (Some(_), Some(t)) => format!(
            "<a href=\"{}/report.html\" title=\"{}\">{}</a><small>{}</small>",
            url_segment(&e.set),
            esc(t),
            esc(&shorten(t, TITLE_CHARS)),
            esc(&e.set)
        ),
        (Some(_), None) => format!(
            "<a href=\"{}/report.html\">{}</a>",
            url_segment(&e.set),
            esc(&e.set)
        ),
        (None, _) => esc(&e.set),
    };
    cell(out, 0, &e.set.to_lowercase(), &name);
    let Some(s) = &e.summary else {
        for col in 1..9 {
            cell(out, col, "-1", "");
        }
        cell(out, 9, &flag_key(e), &flags(e));
        out.push_str("</tr>\n");
        return;
    };
    let dates = match (&s.first_date, &s.last_date) {
        (Some(a), Some(b)) if a != b => {
            format!(
                "<span class=\"d\">{}</span> – <span class=\"d\">{}</span>",
                esc(a),
                esc(b)
            )
        }
        (Some(a), _) => format!("<span class=\"d\">{}</span>", esc(a)),
        _ => String::new(),
    };
    cell(out, 1, s.first_date.as_deref().unwrap_or(""), &dates);
    cell(out, 2, &s.articles.to_string(), &s.articles.to_string());
    for (col, h) in [
        (3, s.victims_killed),
        (4, s.victims_injured),
        (5, s.victims_missing),
    ] {
        let key = h
            .map(|h| h.value.to_string())
            .unwrap_or_else(|| "-1".into());
        cell(out, col, &key, &headline(h));
    }
    cell(out, 6, &s.conflicts.to_string(), &s.conflicts.to_string());
    cell(
        out,
        7,
        &s.quotes.to_string(),
        &format!("{} ({})", s.quotes, s.shared_quotes),
    );
    cell(out, 8, &s.people.to_string(), &s.people.to_string());
    cell(out, 9, &flag_key(e), &flags(e));
    out.push_str("</tr>\n");
}

/// Sorts failures first, then warnings, then conflicts.
fn flag_key(e: &IndexEntry) -> String {
    let conflicts = e.summary.as_ref().map_or(0, |s| s.conflicts);
    let missing = usize::from(e.summary.is_none());
    let warnings = e.flags.warnings.min(99);
    (e.flags.failed.len() * 1_000_000 + missing * 100_000 + warnings * 1_000 + conflicts.min(999))
        .to_string()
}

fn flags(e: &IndexEntry) -> String {
    let mut out = Vec::new();
    if !e.flags.failed.is_empty() {
        out.push(format!(
            "<span class=\"tag tag-failed\" title=\"the last run of these stages failed\">failed: {}</span>",
            esc(&e.flags.failed.join(", "))
        ));
    }
    if e.summary.is_none() {
        out.push("<span class=\"tag tag-failed\">no report</span>".to_string());
    }
    if e.flags.warnings > 0 {
        let n = e.flags.warnings;
        let plural = if n == 1 { "" } else { "s" };
        // The report lists them; a set without one has nowhere to link to.
        let title = if e.summary.is_some() {
            "warnings about the input, listed in the set's report"
        } else {
            "warnings about the input"
        };
        out.push(format!(
            "<span class=\"tag tag-warning\" title=\"{title}\">{n} warning{plural}</span>"
        ));
    }
    if let Some(s) = e.summary.as_ref().filter(|s| s.conflicts > 0) {
        out.push(format!(
            "<a class=\"tag tag-conflict\" href=\"{}/report.html#conflicts\">{} conflict{}</a>",
            url_segment(&s.set),
            s.conflicts,
            if s.conflicts == 1 { "" } else { "s" }
        ));
    }
    out.join(" ")
}

/// A title in the index is cut to this many characters.
const TITLE_CHARS: usize = 90;

fn headline(h: Option<Headline>) -> String {
    h.map(|h| esc(&describe_count(h.value, h.approx)))
        .unwrap_or_else(|| "–".into())
}
