//! The casualties section of a report: for each role and status, charts of
//! what the articles report and a table of the figures kept, with conflicts
//! marked in the table, every source article linked, and the evidence shown
//! in context with the matched words marked.

use rustc_hash::FxHashMap as HashMap;

use super::charts::{self, Bar, Dot, DotRow, Point, Series};
use super::content::{cat, heading, Citations};
use super::document::{column, numeric, text, Block, Cell, Inline, Row};
use super::highlight::highlight;
use super::labels;
use super::summary::row_anchor;
use crate::reconcile::describe_count;
use crate::records::{
    Approx, Conflict, Figure, Reconciled, Role, Rule, SentenceRef, Statement, Status,
    StatusCasualties,
};

const STATUSES: [Status; 3] = [Status::Killed, Status::Injured, Status::Missing];
const ROLES: [Role; 2] = [Role::Victim, Role::Perpetrator];
/// Evidence lines shown in a figure's row; the rest are a link away.
const EVIDENCE_LINES: usize = 3;

/// One figure of the table: who it counts, the figure, and every statement
/// the articles make about it (the conflict's competing values included).
struct FigureView<'a> {
    who: String,
    /// `victims-killed-all`, `victims-killed-gb`: the row's anchor.
    id: String,
    /// The total, not a nationality's count.
    total: bool,
    fig: &'a Figure,
    conflict: Option<&'a Conflict>,
    statements: Vec<&'a Statement>,
}

pub fn section<'a>(rec: &'a Reconciled, cite: &mut Citations<'a>) -> Vec<Block> {
    let mut out = vec![heading(2, "Casualties", Some("casualties"))];
    let before: Context<'a> = rec
        .context
        .iter()
        .map(|c| ((c.article.as_str(), c.sentence), c.before.as_str()))
        .collect();
    out.extend(tolls_over_time(rec, cite));
    let mut any = false;
    for role in ROLES {
        for status in STATUSES {
            if let Some(cell) = rec.casualties.role(role).status(status) {
                any = true;
                out.extend(status_section(rec, role, status, cell, cite, &before));
            }
        }
    }
    if !any {
        out.push(Block::Paragraph(vec![text(
            "No article reports anyone killed, injured or missing.",
        )]));
    }
    out
}

/// The sentence before each cited sentence, by article and sentence index.
type Context<'a> = HashMap<(&'a str, usize), &'a str>;

/// One role and status: its dot plots and bars, its table, its named people.
fn status_section<'a>(
    rec: &'a Reconciled,
    role: Role,
    status: Status,
    cell: &'a StatusCasualties,
    cite: &mut Citations<'a>,
    before: &Context<'a>,
) -> Vec<Block> {
    let key = format!("{}-{}", labels::role(role), labels::status(status)).to_lowercase();
    let mut out = vec![heading(
        3,
        &format!("{} {}", labels::role(role), labels::status(status)),
        Some(&key),
    )];
    let mut figures = Vec::new();
    if let Some(total) = &cell.total {
        figures.push(view(rec, "Total".into(), None, total, role, status));
    }
    let mut nats: Vec<(&String, &Figure)> = cell.by_nationality.iter().collect();
    nats.sort_by(|a, b| b.1.value.cmp(&a.1.value).then(a.0.cmp(b.0)));
    for (code, fig) in &nats {
        figures.push(view(
            rec,
            labels::country(code),
            Some(code),
            fig,
            role,
            status,
        ));
    }
    // The total always; a nationality when its articles differ, so that a
    // long breakdown does not bury the page in charts.
    let plotted = figures.iter().filter(|f| f.total || f.conflict.is_some());
    for f in plotted {
        out.extend(dot_plot(f, status, cite));
    }
    if nats.len() >= 2 {
        let by_nationality = &figures[figures.len() - nats.len()..];
        out.push(nationality_bars(role, status, &key, by_nationality));
    }
    if !figures.is_empty() {
        let rows = figures
            .iter()
            .map(|f| figure_row(f, status, cite, before))
            .collect();
        out.push(Block::Table {
            head: vec![
                column("Who"),
                numeric("Count"),
                column("Articles say"),
                column("How chosen"),
                column("Evidence"),
            ],
            rows,
        });
    }
    if !cell.named_people.is_empty() {
        let mut line = vec![Inline::Strong("Named:".into())];
        for (i, p) in cell.named_people.iter().enumerate() {
            line.push(text(if i == 0 { " " } else { "; " }));
            line.push(text(p.name.clone()));
            if let Some(n) = &p.nationality {
                line.push(text(format!(" ({n})")));
            }
            line.push(text(" "));
            line.extend(cite.statements(&p.sources));
        }
        out.push(Block::Paragraph(line));
    }
    out
}

fn view<'a>(
    rec: &'a Reconciled,
    who: String,
    nationality: Option<&str>,
    fig: &'a Figure,
    role: Role,
    status: Status,
) -> FigureView<'a> {
    let conflict = rec
        .conflicts
        .iter()
        .find(|c| c.role == role && c.status == status && c.nationality.as_deref() == nationality);
    // The statements of this very figure: for a total, those giving a total
    // (a sum of parts cites the parts, which are not counts of the whole).
    let own = |s: &&Statement| s.nationality.as_deref() == nationality;
    let mut statements: Vec<&Statement> = fig.sources.iter().filter(own).collect();
    for v in conflict.iter().flat_map(|c| &c.values) {
        for s in v.sources.iter().filter(own) {
            if !statements.iter().any(|t| same_statement(t, s)) {
                statements.push(s);
            }
        }
    }
    FigureView {
        who,
        id: row_anchor(role, status, nationality),
        total: nationality.is_none(),
        fig,
        conflict,
        statements,
    }
}

fn same_statement(a: &Statement, b: &Statement) -> bool {
    a.article == b.article && a.value == b.value && a.approx == b.approx && a.evidence == b.evidence
}

impl<'a> FigureView<'a> {
    /// The statements to cite for the figure: its own, or for a figure derived
    /// from parts (a sum), the parts'.
    fn cited(&self) -> Vec<&'a Statement> {
        if self.statements.is_empty() {
            self.fig.sources.iter().collect()
        } else {
            self.statements.clone()
        }
    }
}

/// Whether the articles' counts cannot all hold at once.
fn disputed(f: &FigureView<'_>) -> bool {
    f.conflict.is_some_and(|c| !c.compatible)
}

fn figure_row<'a>(
    f: &FigureView<'a>,
    status: Status,
    cite: &mut Citations<'a>,
    before: &Context<'_>,
) -> Row {
    let fig = f.fig;
    let mut count = vec![Inline::Strong(describe_count(fig.value, fig.approx))];
    let mut class = None;
    if let Some(c) = f.conflict {
        let tag = if c.compatible {
            "compatible"
        } else {
            "conflict"
        };
        count.push(text(" "));
        count.push(Inline::Tag(tag.into()));
        if !c.compatible {
            class = Some("conflict");
        }
    }
    let how = match fig.rule {
        Rule::SingleReport | Rule::Agreement => vec![Inline::Tag(labels::rule(fig.rule).into())],
        _ => vec![
            Inline::Tag(labels::rule(fig.rule).into()),
            text(format!(" {}", cite.relabel(&fig.why))),
        ],
    };
    Row {
        id: Some(f.id.clone()),
        cells: vec![
            Cell::new(vec![text(f.who.clone())]),
            Cell {
                inlines: count,
                class,
            },
            Cell::new(articles_say(f, cite)),
            Cell::new(how),
            Cell::new(evidence(f, status, cite, before)),
        ],
    }
}

/// Each value the articles give with the articles giving it: `13 — A1 · 3 — A3, A4`,
/// every article linked to the sentence it states the value in.
fn articles_say<'a>(f: &FigureView<'a>, cite: &mut Citations<'a>) -> Vec<Inline> {
    let statements = f.cited();
    let mut values: Vec<(u64, Approx, Vec<&'a Statement>)> = Vec::new();
    for s in &statements {
        let value = if f.statements.is_empty() {
            (f.fig.value, f.fig.approx)
        } else {
            (s.value, s.approx)
        };
        match values.iter_mut().find(|v| (v.0, v.1) == value) {
            Some(v) => v.2.push(s),
            None => values.push((value.0, value.1, vec![s])),
        }
    }
    let mut out = Vec::new();
    for (i, (value, approx, sources)) in values.iter().enumerate() {
        if i > 0 {
            out.push(text(" · "));
        }
        if !f.statements.is_empty() {
            out.push(text(format!("{} — ", describe_count(*value, *approx))));
        } else {
            out.push(text("from "));
        }
        let mut seen: Vec<&str> = Vec::new();
        for s in sources {
            if seen.contains(&s.article.as_str()) {
                continue;
            }
            if !seen.is_empty() {
                out.push(text(", "));
            }
            seen.push(&s.article);
            let label = cite.article_label(&s.article);
            out.push(match s.evidence.first() {
                Some(e) => cite.link_sentence(&s.article, e, label),
                None => Inline::Link {
                    text: label,
                    target: cite.article_anchor(&s.article),
                    title: s.article.clone(),
                },
            });
        }
    }
    out
}

/// The sentences a figure rests on, one for each value the articles give
/// first, each after the sentence before it, with the number and casualty
/// word marked.
fn evidence<'a>(
    f: &FigureView<'a>,
    status: Status,
    cite: &mut Citations<'a>,
    before: &Context<'_>,
) -> Vec<Inline> {
    let statements = f.cited();
    // One sentence per value first, then the rest in order.
    let mut picked: Vec<(&'a Statement, &'a SentenceRef)> = Vec::new();
    let mut values: Vec<(u64, Approx)> = Vec::new();
    for pass in 0..2 {
        for s in &statements {
            for e in &s.evidence {
                let fresh_value = !values.contains(&(s.value, s.approx));
                let fresh = !picked
                    .iter()
                    .any(|(p, pe)| p.article == s.article && pe.sentence == e.sentence);
                if fresh && (pass == 1 || fresh_value) {
                    values.push((s.value, s.approx));
                    picked.push((s, e));
                }
            }
        }
    }
    let mut out = Vec::new();
    for (s, e) in picked.iter().take(EVIDENCE_LINES) {
        let label = cite.sentence_label(&s.article, e.sentence);
        let mut line = vec![cite.link_sentence(&s.article, e, label), text(" ")];
        if let Some(b) = before.get(&(s.article.as_str(), e.sentence)) {
            line.push(Inline::Muted(b.to_string()));
            line.push(text(" "));
        }
        line.extend(highlight(&e.text, s.value, status));
        out.push(Inline::Line(line));
    }
    if picked.len() > EVIDENCE_LINES {
        let rest: Vec<Inline> = picked[EVIDENCE_LINES..]
            .iter()
            .flat_map(|(s, e)| {
                let label = cite.sentence_label(&s.article, e.sentence);
                [text(" "), cite.link_sentence(&s.article, e, label)]
            })
            .collect();
        let mut line = vec![text(format!("and {} more:", picked.len() - EVIDENCE_LINES))];
        line.extend(rest);
        out.push(Inline::Line(line));
    }
    out
}

/// The count each article states, when more than one article speaks to the figure.
fn dot_plot<'a>(f: &FigureView<'a>, status: Status, cite: &mut Citations<'a>) -> Option<Block> {
    let mut rows: Vec<DotRow> = Vec::new();
    let mut statements = f.statements.clone();
    statements.sort_by_key(|s| (cite.pos(&s.article), s.value));
    for s in statements {
        let label = cite.article_label(&s.article);
        let (href, title) = cite.statement_target(s);
        let dot = Dot {
            value: s.value,
            approx: s.approx,
            href,
            title,
        };
        match rows.iter_mut().find(|r| r.label == label) {
            Some(r) => r.dots.push(dot),
            None => rows.push(DotRow {
                href: cat(&["#", &cite.article_anchor(&s.article)]),
                label,
                dots: vec![dot],
            }),
        }
    }
    if rows.len() < 2 {
        return None;
    }
    let what = format!("{} {}", f.who, labels::status(status));
    let kept = Some((f.fig.value, f.fig.approx));
    let key = "Dashed line: the figure kept. Hollow: approximate; arrow: at least / at most.";
    let caption = match f.conflict {
        Some(c) if !c.compatible => format!(
            "The count each article gives — {what}. The articles disagree: red dots cannot hold with the figure kept. {key}"
        ),
        Some(_) => format!(
            "The count each article gives — {what}. Amber dots differ from the figure kept but can hold with it. {key}"
        ),
        None => format!("The count each article gives — {what}. {key}"),
    };
    Some(charts::dot_plot(
        &format!("dots-{}", f.id),
        &format!("The count each article gives: {what}"),
        &caption,
        &rows,
        kept,
        disputed(f),
    ))
}

fn nationality_bars(role: Role, status: Status, key: &str, figures: &[FigureView<'_>]) -> Block {
    let bars: Vec<Bar> = figures
        .iter()
        .map(|f| Bar {
            label: f.who.clone(),
            value: f.fig.value,
            approx: f.fig.approx,
            disputed: disputed(f),
        })
        .collect();
    let what = format!("{} {}", labels::role(role), labels::status(status)).to_lowercase();
    charts::bars(
        &format!("bars-{key}"),
        &format!("{} by nationality", capitalise(&what)),
        &format!(
            "{} by nationality, as kept in the table below. Lighter bars: approximate figures.",
            capitalise(&what)
        ),
        &bars,
    )
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Victims' tolls as the dated articles give them, when they span two dates or more.
fn tolls_over_time<'a>(rec: &'a Reconciled, cite: &mut Citations<'a>) -> Option<Block> {
    let dates: HashMap<&str, &str> = rec
        .articles
        .iter()
        .filter_map(|a| Some((a.article.as_str(), a.date.as_deref()?)))
        .collect();
    if dates.len() < 2 {
        return None;
    }
    let mut series = Vec::new();
    for status in STATUSES {
        let Some(cell) = rec.casualties.victims.status(status) else {
            continue;
        };
        let Some(total) = &cell.total else {
            continue;
        };
        let f = view(rec, "Total".into(), None, total, Role::Victim, status);
        let mut points = Vec::new();
        for s in &f.statements {
            let Some(date) = dates.get(s.article.as_str()) else {
                continue;
            };
            let (href, title) = cite.statement_target(s);
            points.push(Point {
                date: date.to_string(),
                value: s.value,
                approx: s.approx,
                href,
                title,
            });
        }
        series.push(Series {
            name: labels::status(status).to_string(),
            points,
        });
    }
    charts::timeline(
        "tolls-over-time",
        "Victims' tolls over time, as the dated articles report them",
        "Victims' tolls over time: each dot is one article's count on its date; the line joins the highest count reported on each date. Hollow: approximate.",
        &series,
    )
}
