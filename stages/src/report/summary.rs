//! What the index and the CSV need of a set, kept small.

use serde::{Deserialize, Serialize};

use super::escape::{csv, url_segment};
use crate::reconcile::describe_count;
use crate::records::{Approx, Conflict, Figure, Reconciled, Role, Rule, Status};

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SetSummary {
    pub set: String,
    /// The title of the set's first article that has one.
    #[serde(default)]
    pub title: Option<String>,
    /// The earliest and latest article dates (`YYYY-MM-DD`), when articles carry them.
    #[serde(default)]
    pub first_date: Option<String>,
    #[serde(default)]
    pub last_date: Option<String>,
    pub articles: usize,
    /// Quoted utterances, and how many of them more than one article reports.
    pub quotes: usize,
    pub shared_quotes: usize,
    pub people: usize,
    pub conflicts: usize,
    pub victims_killed: Option<Headline>,
    pub victims_injured: Option<Headline>,
    pub victims_missing: Option<Headline>,
    /// One row per role × status × nationality (nationality `None` for the total).
    pub rows: Vec<CsvRow>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct Headline {
    pub value: u64,
    pub approx: Approx,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CsvRow {
    pub role: Role,
    pub status: Status,
    pub nationality: Option<String>,
    pub value: u64,
    pub approx: Approx,
    pub rule: Rule,
    /// How many articles state the figure (or its parts).
    pub articles: usize,
    /// The ids of those articles.
    #[serde(default)]
    pub article_ids: Vec<String>,
    /// The sentences the figure rests on, as `ARTICLE:N` (N counting from 1,
    /// as the report numbers them).
    #[serde(default)]
    pub evidence: Vec<String>,
    /// The values the articles give when they differ, with their articles.
    #[serde(default)]
    pub competing: Vec<Competing>,
    /// Whether those values can all hold at once (`at least 3` and `5`).
    #[serde(default)]
    pub compatible: bool,
}

/// One value the articles give for a figure they disagree on.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Competing {
    pub value: u64,
    pub approx: Approx,
    pub articles: Vec<String>,
}

const ROLES: [Role; 2] = [Role::Victim, Role::Perpetrator];
const STATUSES: [Status; 3] = [Status::Killed, Status::Injured, Status::Missing];

pub fn summary(rec: &Reconciled) -> SetSummary {
    let headline = |s: Status| {
        rec.casualties
            .victims
            .status(s)
            .and_then(|c| c.total.as_ref())
            .map(|t| Headline {
                value: t.value,
                approx: t.approx,
            })
    };
    let mut rows = Vec::new();
    for role in ROLES {
        for status in STATUSES {
            let Some(cell) = rec.casualties.role(role).status(status) else {
                continue;
            };
            let totals = cell.total.iter().map(|t| (None, t));
            let nats = cell
                .by_nationality
                .iter()
                .map(|(n, f)| (Some(n.clone()), f));
            for (nationality, fig) in totals.chain(nats) {
                let conflict = rec
                    .conflicts
                    .iter()
                    .find(|c| c.role == role && c.status == status && c.nationality == nationality);
                rows.push(row(role, status, nationality, fig, conflict));
            }
        }
    }
    let dates = rec.articles.iter().filter_map(|a| a.date.as_ref());
    SetSummary {
        set: rec.set.clone(),
        title: rec.articles.iter().find_map(|a| a.title.clone()),
        first_date: dates.clone().min().cloned(),
        last_date: dates.max().cloned(),
        articles: rec.articles.len(),
        quotes: rec.quotes.len(),
        shared_quotes: rec
            .quotes
            .iter()
            .filter(|q| q.sources.iter().any(|s| s.article != q.sources[0].article))
            .count(),
        people: rec.people.len(),
        conflicts: rec.conflicts.len(),
        victims_killed: headline(Status::Killed),
        victims_injured: headline(Status::Injured),
        victims_missing: headline(Status::Missing),
        rows,
    }
}

fn row(
    role: Role,
    status: Status,
    nationality: Option<String>,
    fig: &Figure,
    conflict: Option<&Conflict>,
) -> CsvRow {
    let mut article_ids: Vec<String> = fig.sources.iter().map(|s| s.article.clone()).collect();
    article_ids.sort();
    article_ids.dedup();
    let mut evidence: Vec<String> = Vec::new();
    for s in &fig.sources {
        for e in &s.evidence {
            let anchor = format!("{}:{}", s.article, e.sentence + 1);
            if !evidence.contains(&anchor) {
                evidence.push(anchor);
            }
        }
    }
    let competing = conflict
        .map(|c| {
            c.values
                .iter()
                .map(|v| {
                    let mut articles: Vec<String> =
                        v.sources.iter().map(|s| s.article.clone()).collect();
                    articles.sort();
                    articles.dedup();
                    Competing {
                        value: v.value,
                        approx: v.approx,
                        articles,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    CsvRow {
        role,
        status,
        nationality,
        value: fig.value,
        approx: fig.approx,
        rule: fig.rule,
        articles: article_ids.len(),
        article_ids,
        evidence,
        competing,
        compatible: conflict.is_some_and(|c| c.compatible),
    }
}

const CSV_HEAD: &str = "set,role,status,nationality,value,approx,rule,articles,article_ids,evidence,report,conflict,competing\n";

/// `out/casualties.csv`: one row per set × role × status × nationality; the
/// total's row has nationality `ALL`. A set without casualties has one row
/// of victims killed, 0, with rule `none`, so that no set goes missing.
pub fn casualties_csv(sets: &[SetSummary]) -> String {
    let mut out = String::from(CSV_HEAD);
    for s in sets {
        let link = |anchor: &str| format!("{}/report.html#{anchor}", url_segment(&s.set));
        if s.rows.is_empty() {
            let fields = [
                csv(&s.set),
                name(&Role::Victim),
                name(&Status::Killed),
                "ALL".into(),
                "0".into(),
                name(&Approx::Exact),
                "none".into(),
                "0".into(),
                String::new(),
                String::new(),
                csv(&link("casualties")),
                "no".into(),
                String::new(),
            ];
            out.push_str(&fields.join(","));
            out.push('\n');
        }
        for r in &s.rows {
            let competing: Vec<String> = r
                .competing
                .iter()
                .map(|c| {
                    format!(
                        "{} [{}]",
                        describe_count(c.value, c.approx),
                        c.articles.join(" ")
                    )
                })
                .collect();
            let fields = [
                csv(&s.set),
                name(&r.role),
                name(&r.status),
                csv(r.nationality.as_deref().unwrap_or("ALL")),
                r.value.to_string(),
                name(&r.approx),
                name(&r.rule),
                r.articles.to_string(),
                csv(&r.article_ids.join(";")),
                csv(&r.evidence.join(";")),
                csv(&link(&row_anchor(
                    r.role,
                    r.status,
                    r.nationality.as_deref(),
                ))),
                conflict_flag(r).into(),
                csv(&competing.join("; ")),
            ];
            out.push_str(&fields.join(","));
            out.push('\n');
        }
    }
    out
}

/// `yes` when the articles give values that cannot all hold, `compatible`
/// when they differ but can (`at least 3` and `5`), `no` when they agree.
fn conflict_flag(r: &CsvRow) -> &'static str {
    match (r.competing.is_empty(), r.compatible) {
        (true, _) => "no",
        (false, true) => "compatible",
        (false, false) => "yes",
    }
}

/// The anchor of a figure's row in the set's report: `victims-killed-all`, `victims-killed-gb`.
pub fn row_anchor(role: Role, status: Status, nationality: Option<&str>) -> String {
    format!(
        "{}-{}-{}",
        super::labels::role(role),
        super::labels::status(status),
        nationality.unwrap_or("all")
    )
    .to_lowercase()
}

/// The serialised (snake_case) name of a unit enum variant.
fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
