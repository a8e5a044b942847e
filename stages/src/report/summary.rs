//! What the index and the CSV need of a set, kept small.

use serde::{Deserialize, Serialize};

use super::escape::csv;
use crate::records::{Approx, Figure, Reconciled, Role, Rule, Status};

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SetSummary {
    pub set: String,
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
    /// Flags the engine adds when it lists the set in the index (not known
    /// from the reconciled picture): warnings kept about its input, and the
    /// stages that failed on its last run (its figures then come from an
    /// earlier run).
    #[serde(default, skip_serializing_if = "Flags::is_empty")]
    pub flags: Flags,
}

/// See [`SetSummary::flags`].
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    #[serde(default)]
    pub warnings: usize,
    #[serde(default)]
    pub failed: Vec<String>,
}

impl Flags {
    pub fn is_empty(&self) -> bool {
        self.warnings == 0 && self.failed.is_empty()
    }
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
                rows.push(row(role, status, nationality, fig));
            }
        }
    }
    SetSummary {
        set: rec.set.clone(),
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
        flags: Flags::default(),
    }
}

fn row(role: Role, status: Status, nationality: Option<String>, fig: &Figure) -> CsvRow {
    let mut articles: Vec<&str> = fig.sources.iter().map(|s| s.article.as_str()).collect();
    articles.sort();
    articles.dedup();
    CsvRow {
        role,
        status,
        nationality,
        value: fig.value,
        approx: fig.approx,
        rule: fig.rule,
        articles: articles.len(),
    }
}

/// `out/casualties.csv`: one row per set × role × status × nationality; the
/// total's row has nationality `ALL`.
pub fn casualties_csv(sets: &[SetSummary]) -> String {
    let mut out = String::from("set,role,status,nationality,value,approx,rule,articles\n");
    for s in sets {
        for r in &s.rows {
            let fields = [
                csv(&s.set),
                name(&r.role),
                name(&r.status),
                csv(r.nationality.as_deref().unwrap_or("ALL")),
                r.value.to_string(),
                name(&r.approx),
                name(&r.rule),
                r.articles.to_string(),
            ];
            out.push_str(&fields.join(","));
            out.push('\n');
        }
    }
    out
}

/// The serialised (snake_case) name of a unit enum variant.
fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
