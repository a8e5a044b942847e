//! Words the report uses for codes: country names, rules, outcomes.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::records::{MergeReason, Outcome, Role, Rule, Status};

static COUNTRIES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    include_str!("../../data/reconcile/countries.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .collect()
});

/// `United Kingdom (GB)`, or the code alone when unknown.
pub fn country(code: &str) -> String {
    match COUNTRIES.get(code) {
        Some(name) => format!("{name} ({code})"),
        None => code.to_string(),
    }
}

pub fn role(role: Role) -> &'static str {
    match role {
        Role::Victim => "Victims",
        Role::Perpetrator => "Perpetrators",
    }
}

pub fn status(status: Status) -> &'static str {
    match status {
        Status::Killed => "killed",
        Status::Injured => "injured",
        Status::Missing => "missing",
    }
}

pub fn rule(rule: Rule) -> &'static str {
    match rule {
        Rule::SingleReport => "single report",
        Rule::Agreement => "reports agree",
        Rule::MostPrecise => "most precise of compatible reports",
        Rule::LaterReport => "later report",
        Rule::LargerWithReason => "larger figure, with reason",
        Rule::LeadFigure => "figure in an article's lead",
        Rule::SumOfParts => "sum of parts",
        Rule::BreakdownExceedsTotal => "breakdown exceeds stated total",
        Rule::NamedCount => "named people counted",
    }
}

pub fn outcome(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Consistent => "consistent",
        Outcome::Partial => "partial",
        Outcome::Mismatch => "mismatch",
        Outcome::Note => "note",
    }
}

pub fn merge(reason: MergeReason) -> &'static str {
    match reason {
        MergeReason::Identical => "identical",
        MergeReason::Misspelt => "misspelt",
        MergeReason::Fragment => "fragment",
        MergeReason::Reworded => "reworded",
        MergeReason::Continuation => "continuation",
    }
}
