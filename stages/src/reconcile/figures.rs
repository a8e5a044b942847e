//! Choosing one figure among the articles' statements, the way a careful
//! editor would, and saying which rule chose it:
//!
//! - one value, or every report agreeing: that value;
//! - values that can all hold at once (`at least 3`, `at least 6`): the most precise;
//! - values that cannot: the latest dated article's, when the articles are dated;
//! - otherwise the larger, for a stated reason (tolls grow as reports come in).
//!
//! The values not chosen are kept as a conflict.

use std::collections::BTreeMap;

use crate::records::{Approx, CompetingValue, Conflict, Figure, Role, Rule, Statement, Status};

/// The range of true values a statement allows.
pub fn lower(value: u64, approx: Approx) -> u64 {
    match approx {
        Approx::Exact | Approx::AtLeast => value,
        Approx::MoreThan => value.saturating_add(1),
        Approx::About => value.saturating_sub(tolerance(value)),
        Approx::AtMost => 0,
    }
}

pub fn upper(value: u64, approx: Approx) -> u64 {
    match approx {
        Approx::Exact | Approx::AtMost => value,
        Approx::About => value.saturating_add(tolerance(value)),
        Approx::AtLeast | Approx::MoreThan => u64::MAX,
    }
}

/// How far `about N` may stray: a tenth, at least one.
fn tolerance(value: u64) -> u64 {
    (value / 10).max(1)
}

/// Whether every value can be true at once: their ranges (`about 40`, `more than 30`) overlap.
pub fn values_compatible(values: &[CompetingValue]) -> bool {
    let lo = values
        .iter()
        .map(|v| lower(v.value, v.approx))
        .max()
        .unwrap_or(0);
    let hi = values
        .iter()
        .map(|v| upper(v.value, v.approx))
        .min()
        .unwrap_or(0);
    lo <= hi
}

pub fn describe(value: u64, approx: Approx) -> String {
    let prefix = match approx {
        Approx::Exact => "",
        Approx::About => "about ",
        Approx::AtLeast => "at least ",
        Approx::AtMost => "at most ",
        Approx::MoreThan => "more than ",
    };
    format!("{prefix}{}", with_separators(value))
}

/// `150000` as `150,000`, as an editor prints a count.
pub fn with_separators(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod separator_tests {
    use super::*;

    #[test]
    fn counts_are_printed_with_thousands_separators() {
        assert_eq!(describe(150_000, Approx::MoreThan), "more than 150,000");
        assert_eq!(describe(999, Approx::Exact), "999");
        assert_eq!(describe(1_234_567, Approx::About), "about 1,234,567");
    }
}

/// What is being counted, for messages: `victims killed`, `perpetrators injured (GB)`.
pub fn cell_name(role: Role, status: Status, nationality: Option<&str>) -> String {
    let role = match role {
        Role::Victim => "victims",
        Role::Perpetrator => "perpetrators",
    };
    let status = status_word(status);
    match nationality {
        Some(n) => format!("{role} {status} ({n})"),
        None => format!("{role} {status}, total"),
    }
}

pub fn status_word(status: Status) -> &'static str {
    match status {
        Status::Killed => "killed",
        Status::Injured => "injured",
        Status::Missing => "missing",
    }
}

/// The figure chosen among `statements` (all of one cell), and the conflict
/// when they differ. `dates` maps article ids to `YYYY-MM-DD`.
pub fn choose(
    statements: Vec<Statement>,
    role: Role,
    status: Status,
    nationality: Option<&str>,
    dates: &BTreeMap<String, String>,
) -> Option<(Figure, Option<Conflict>)> {
    let values = distinct_values(statements);
    let articles = |v: &CompetingValue| {
        let mut a: Vec<&str> = v.sources.iter().map(|s| s.article.as_str()).collect();
        a.sort();
        a.dedup();
        a.join(", ")
    };
    if values.len() <= 1 {
        let only = values.into_iter().next()?;
        let n_articles = {
            let mut a: Vec<&str> = only.sources.iter().map(|s| s.article.as_str()).collect();
            a.sort();
            a.dedup();
            a.len()
        };
        let (rule, why) = if n_articles > 1 {
            (Rule::Agreement, format!("all {n_articles} reports agree"))
        } else {
            (
                Rule::SingleReport,
                format!("only {} gives this figure", articles(&only)),
            )
        };
        return Some((figure(&only, rule, why), None));
    }
    let listing = values
        .iter()
        .map(|v| format!("{} ({})", describe(v.value, v.approx), articles(v)))
        .collect::<Vec<_>>()
        .join("; ");
    let compatible = values_compatible(&values);
    let (chosen, rule, why) = if compatible {
        let best = most_precise(&values);
        (
            best,
            Rule::MostPrecise,
            format!("the reports differ but can all be true ({listing}); the most precise is kept"),
        )
    } else if let Some((best, date)) = latest(&values, dates) {
        (
            best,
            Rule::LaterReport,
            format!("the reports disagree ({listing}); the latest dated report ({date}) is kept"),
        )
    } else if let Some(best) = lead_figure(&values) {
        (
            best,
            Rule::LeadFigure,
            format!(
                "the reports disagree ({listing}) by more than {SPREAD}-fold, too much for one growing count, so they likely count different things; the figure in an article's lead is kept"
            ),
        )
    } else {
        let best = largest(&values);
        let reason = match status {
            Status::Killed | Status::Injured => {
                "counts grow as reports come in, so without dates the largest figure is taken as the latest"
            }
            Status::Missing => "without dates the largest figure is kept so that nobody reported missing is dropped",
        };
        (
            best,
            Rule::LargerWithReason,
            format!("the reports disagree ({listing}); {reason}"),
        )
    };
    let chosen_value = values[chosen].clone();
    let fig = figure(&chosen_value, rule, why.clone());
    let conflict = Conflict {
        what: cell_name(role, status, nationality),
        role,
        status,
        nationality: nationality.map(str::to_string),
        compatible,
        values,
        chosen: Some(chosen_value),
        rule,
        why,
    };
    Some((fig, Some(conflict)))
}

pub fn figure(v: &CompetingValue, rule: Rule, why: String) -> Figure {
    Figure {
        value: v.value,
        approx: v.approx,
        rule,
        why,
        sources: v.sources.clone(),
    }
}

/// Statements grouped by the value they give, in order of first appearance.
pub fn distinct_values(statements: Vec<Statement>) -> Vec<CompetingValue> {
    let mut values: Vec<CompetingValue> = Vec::new();
    for s in statements {
        match values
            .iter_mut()
            .find(|v| v.value == s.value && v.approx == s.approx)
        {
            Some(v) => v.sources.push(s),
            None => values.push(CompetingValue {
                value: s.value,
                approx: s.approx,
                sources: vec![s],
            }),
        }
    }
    values
}

/// The narrowest range; ties to the higher floor, then the most sources.
fn most_precise(values: &[CompetingValue]) -> usize {
    let width =
        |v: &CompetingValue| upper(v.value, v.approx).saturating_sub(lower(v.value, v.approx));
    (0..values.len())
        .min_by(|&a, &b| {
            let (va, vb) = (&values[a], &values[b]);
            width(va)
                .cmp(&width(vb))
                .then(lower(vb.value, vb.approx).cmp(&lower(va.value, va.approx)))
                .then(vb.sources.len().cmp(&va.sources.len()))
                .then(a.cmp(&b))
        })
        .unwrap_or(0)
}

/// Values further apart than this are not one count growing over time.
const SPREAD: u64 = 3;
/// Sentences at the top of an article that make its lead.
const LEAD_SENTENCES: usize = 3;

/// The one value stated in an article's lead, when the values are too far apart
/// to be one growing count.
fn lead_figure(values: &[CompetingValue]) -> Option<usize> {
    let lo = values.iter().map(|v| v.value).min()?;
    let hi = values.iter().map(|v| v.value).max()?;
    if hi <= lo.saturating_mul(SPREAD) {
        return None;
    }
    let in_lead = |v: &CompetingValue| {
        v.sources
            .iter()
            .any(|s| s.evidence.iter().any(|e| e.sentence < LEAD_SENTENCES))
    };
    let leads: Vec<usize> = (0..values.len()).filter(|&i| in_lead(&values[i])).collect();
    match leads.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The highest floor; ties to an exact value, then the earliest.
fn largest(values: &[CompetingValue]) -> usize {
    (0..values.len())
        .max_by(|&a, &b| {
            let (va, vb) = (&values[a], &values[b]);
            lower(va.value, va.approx)
                .cmp(&lower(vb.value, vb.approx))
                .then((va.approx == Approx::Exact).cmp(&(vb.approx == Approx::Exact)))
                .then(b.cmp(&a))
        })
        .unwrap_or(0)
}

/// The value of the single latest dated article, when every statement's article is dated.
fn latest(values: &[CompetingValue], dates: &BTreeMap<String, String>) -> Option<(usize, String)> {
    let mut dated: Vec<(&String, usize)> = Vec::new();
    for (i, v) in values.iter().enumerate() {
        for s in &v.sources {
            dated.push((dates.get(&s.article)?, i));
        }
    }
    let newest = dated.iter().map(|(d, _)| *d).max()?;
    let mut at_newest: Vec<usize> = dated
        .iter()
        .filter(|(d, _)| *d == newest)
        .map(|(_, i)| *i)
        .collect();
    at_newest.sort();
    at_newest.dedup();
    let oldest = dated.iter().map(|(d, _)| *d).min()?;
    if at_newest.len() != 1 || oldest == newest {
        return None;
    }
    Some((at_newest[0], newest.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(article: &str, value: u64, approx: Approx) -> Statement {
        Statement {
            article: article.into(),
            value,
            approx,
            nationality: None,
            evidence: vec![],
        }
    }

    fn pick(statements: Vec<Statement>, dates: &[(&str, &str)]) -> (Figure, Option<Conflict>) {
        let dates = dates
            .iter()
            .map(|(a, d)| (a.to_string(), d.to_string()))
            .collect();
        choose(statements, Role::Victim, Status::Killed, None, &dates).expect("a figure")
    }

    #[test]
    fn agreement_has_no_conflict() {
        let (f, c) = pick(
            vec![st("a", 3, Approx::Exact), st("b", 3, Approx::Exact)],
            &[],
        );
        assert_eq!((f.value, f.rule), (3, Rule::Agreement));
        assert_eq!(f.sources.len(), 2);
        assert!(c.is_none());
    }

    #[test]
    fn compatible_values_keep_the_most_precise() {
        let (f, c) = pick(
            vec![st("a", 3, Approx::AtLeast), st("b", 6, Approx::AtLeast)],
            &[],
        );
        assert_eq!(
            (f.value, f.approx, f.rule),
            (6, Approx::AtLeast, Rule::MostPrecise)
        );
        assert!(c
            .as_ref()
            .is_some_and(|c| c.compatible && c.values.len() == 2));
        let (f, _) = pick(
            vec![
                st("a", 1300, Approx::MoreThan),
                st("b", 1442, Approx::Exact),
            ],
            &[],
        );
        assert_eq!((f.value, f.approx), (1442, Approx::Exact));
        let (f, _) = pick(
            vec![st("a", 40, Approx::About), st("b", 42, Approx::Exact)],
            &[],
        );
        assert_eq!(f.value, 42);
    }

    #[test]
    fn disagreement_with_dates_keeps_the_later_report() {
        let (f, c) = pick(
            vec![st("a", 248, Approx::Exact), st("b", 213, Approx::Exact)],
            &[("a", "2020-01-01"), ("b", "2020-01-03")],
        );
        assert_eq!((f.value, f.rule), (213, Rule::LaterReport));
        assert!(c.is_some_and(|c| !c.compatible && c.chosen.map(|v| v.value) == Some(213)));
    }

    #[test]
    fn far_apart_values_keep_the_lead_figure() {
        let mut lead = st("b", 13, Approx::Exact);
        lead.evidence.push(crate::records::SentenceRef {
            sentence: 0,
            text: "Thirteen die in floods".into(),
        });
        let (f, c) = pick(vec![st("a", 10000, Approx::Exact), lead], &[]);
        assert_eq!((f.value, f.rule), (13, Rule::LeadFigure));
        assert!(c.is_some());
    }

    #[test]
    fn disagreement_without_dates_keeps_the_larger_with_a_reason() {
        let (f, c) = pick(
            vec![
                st("a", 213, Approx::Exact),
                st("b", 224, Approx::Exact),
                st("c", 248, Approx::Exact),
                st("d", 250, Approx::MoreThan),
            ],
            &[("a", "2020-01-01")],
        );
        assert_eq!(
            (f.value, f.approx, f.rule),
            (250, Approx::MoreThan, Rule::LargerWithReason)
        );
        assert!(f.why.contains("grow"));
        assert_eq!(c.map(|c| c.values.len()), Some(4));
    }
}
