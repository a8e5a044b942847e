//! `corroborate status`: the state of every (set, stage) output and of each
//! set's report, as a summary
//! line per state (as `dvc status` does), the full list, or JSON for scripts.

use std::collections::BTreeSet;

use crate::color::{self, Paint};
use crate::execute::{ReportStep, SetReport, StageOutcome};

/// The state of one stage's output for one set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum State {
    UpToDate,
    Stale,
    Missing,
    Failed,
    Blocked,
}

impl State {
    pub const ALL: [State; 5] = [
        State::UpToDate,
        State::Stale,
        State::Missing,
        State::Failed,
        State::Blocked,
    ];

    pub fn label(self) -> &'static str {
        match self {
            State::UpToDate => "up to date",
            State::Stale => "stale",
            State::Missing => "missing",
            State::Failed => "failed",
            State::Blocked => "blocked",
        }
    }

    fn paint(self) -> Paint {
        match self {
            State::UpToDate => Paint::Good,
            State::Stale | State::Missing => Paint::Warn,
            State::Failed | State::Blocked => Paint::Bad,
        }
    }

    /// The label as a JSON key: `up_to_date`.
    pub fn key(self) -> String {
        self.label().replace(' ', "_")
    }
}

/// One line of the full list.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub set: &'a str,
    pub stage: &'a str,
    pub state: State,
    pub why: Option<String>,
}

/// The state a dry run's outcome stands for; `None` for stages not looked at.
pub fn classify(outcome: &StageOutcome) -> Option<(State, Option<String>)> {
    Some(match outcome {
        StageOutcome::UpToDate => (State::UpToDate, None),
        StageOutcome::WouldRun { why } if why == "never run" || why == "new set" => {
            (State::Missing, Some(why.clone()))
        }
        StageOutcome::WouldRun { why } => match why.strip_prefix("failed last time: ") {
            Some(error) => (State::Failed, Some(error.to_string())),
            None => (State::Stale, Some(why.clone())),
        },
        StageOutcome::MayRun { upstream } => (
            State::Stale,
            Some(format!(
                "{upstream} would rerun first; this reruns only if that output changes"
            )),
        ),
        StageOutcome::Blocked { why } => (State::Blocked, Some(why.clone())),
        StageOutcome::Failed { error } => (State::Failed, Some(error.clone())),
        StageOutcome::Ran { .. } | StageOutcome::NotSelected => return None,
    })
}

/// The state a dry run's report step stands for; `None` when the set has no report.
pub fn classify_report(step: &ReportStep) -> Option<(State, Option<String>)> {
    Some(match step {
        ReportStep::None => return None,
        ReportStep::UpToDate | ReportStep::Written { .. } => (State::UpToDate, None),
        ReportStep::Would { why } if why == "never rendered" => (State::Missing, Some(why.clone())),
        ReportStep::Would { why } => (State::Stale, Some(why.clone())),
        ReportStep::May { upstream } => (
            State::Stale,
            Some(format!(
                "{upstream} would rerun first; this reruns only if that output changes"
            )),
        ),
        ReportStep::NotWritten { why } => (State::Failed, Some(why.clone())),
    })
}

/// Every (set, stage) entry of a dry run, in set then pipeline order, each
/// set's report after its stages.
pub fn entries<'a>(stages: &[&'a str], reports: &'a [SetReport]) -> Vec<Entry<'a>> {
    let mut out = Vec::new();
    for r in reports {
        for (stage, outcome) in stages.iter().zip(&r.stages) {
            if let Some((state, why)) = classify(outcome) {
                out.push(Entry {
                    set: &r.set,
                    stage,
                    state,
                    why,
                });
            }
        }
        if let Some((state, why)) = classify_report(&r.report_step) {
            out.push(Entry {
                set: &r.set,
                stage: "report",
                state,
                why,
            });
        }
    }
    out
}

/// Whether everything is up to date (`status` exits 0 then, 1 otherwise, as `make -q`).
pub fn all_up_to_date(entries: &[Entry]) -> bool {
    entries.iter().all(|e| e.state == State::UpToDate)
}

/// `a, b, c and 4 more`.
fn some_names<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    const SHOWN: usize = 3;
    let names: Vec<&str> = names.into_iter().collect();
    let mut text = names
        .iter()
        .take(SHOWN)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > SHOWN {
        text.push_str(&format!(" and {} more", names.len() - SHOWN));
    }
    text
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// One line per state that occurs, with counts, then one for warnings.
pub fn summary(entries: &[Entry], reports: &[SetReport]) -> Vec<String> {
    let mut lines = Vec::new();
    for state in State::ALL {
        let of: Vec<&Entry> = entries.iter().filter(|e| e.state == state).collect();
        if of.is_empty() {
            continue;
        }
        let sets: BTreeSet<&str> = of.iter().map(|e| e.set).collect();
        let mut line = format!(
            "{}  {} in {}",
            color::out(&format!("{:<10}", state.label()), state.paint()),
            plural(of.len(), "output", "outputs"),
            plural(sets.len(), "set", "sets"),
        );
        if state != State::UpToDate {
            line.push_str(&format!(": {}", some_names(sets.iter().copied())));
        }
        lines.push(line);
    }
    let warned: Vec<&SetReport> = reports
        .iter()
        .filter(|r| !r.kept_warnings.is_empty())
        .collect();
    if !warned.is_empty() {
        let n: usize = warned.iter().map(|r| r.kept_warnings.len()).sum();
        lines.push(format!(
            "{}  {} in {}: {}",
            color::out(&format!("{:<10}", "warnings"), Paint::Warn),
            n,
            plural(warned.len(), "set", "sets"),
            some_names(warned.iter().map(|r| r.set.as_str()))
        ));
    }
    if entries.is_empty() {
        lines.push("no sets in the input folder".to_string());
    }
    lines
}

/// The full list: one line per set and stage, the reason in full (a
/// multi-line error continues on indented lines), then each set's warnings.
pub fn full_list(entries: &[Entry], reports: &[SetReport]) -> Vec<String> {
    let set_width = entries
        .iter()
        .map(|e| e.set.chars().count())
        .max()
        .unwrap_or(0);
    let width = entries.iter().map(|e| e.stage.len()).max().unwrap_or(0);
    let mut lines = Vec::new();
    for e in entries {
        let state = match &e.why {
            Some(why) if e.state != State::Missing => format!("{} ({why})", e.state.label()),
            _ => e.state.label().to_string(),
        };
        let mut parts = state.lines();
        lines.push(format!(
            "{:set_width$}  {:width$}  {}",
            e.set,
            e.stage,
            parts.next().unwrap_or_default()
        ));
        for more in parts {
            lines.push(format!("{:set_width$}  {:width$}    {more}", "", ""));
        }
    }
    for r in reports {
        for w in &r.kept_warnings {
            lines.push(format!("{:set_width$}  warning: {w}", r.set));
        }
    }
    lines
}

/// The status as one JSON document for scripts.
pub fn json(entries: &[Entry], reports: &[SetReport]) -> serde_json::Value {
    let counts: serde_json::Map<String, serde_json::Value> = State::ALL
        .iter()
        .map(|s| {
            let n = entries.iter().filter(|e| e.state == *s).count();
            (s.key(), n.into())
        })
        .collect();
    let outputs: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| {
            serde_json::json!({
                "set": e.set,
                "stage": e.stage,
                "state": e.state.key(),
                "why": e.why,
            })
        })
        .collect();
    let warnings: Vec<serde_json::Value> = reports
        .iter()
        .flat_map(|r| {
            r.kept_warnings
                .iter()
                .map(|w| serde_json::json!({"set": r.set, "warning": w}))
        })
        .collect();
    serde_json::json!({
        "sets": reports.len(),
        "up_to_date": all_up_to_date(entries),
        "counts": counts,
        "outputs": outputs,
        "warnings": warnings,
    })
}
