//! Consistency checks on the reconciled casualties, each saying what it found:
//! a breakdown against its total (fewer is partial, not a conflict), a stated
//! number of countries against the breakdown, named people against the total.

use std::sync::LazyLock;

use crate::substrings::Substrings;

use super::casualties::{ROLES, STATUSES};
use super::figures::{cell_name, describe, lower, upper, with_separators};
use super::sentences::SentenceIndex;
use super::text::{fold, rows, words_of, WordMap};
use crate::records::{
    Approx, Casualties, Check, CheckKind, Outcome, SentenceRef, Statement, Status,
};

static STATUS_WORDS: LazyLock<WordMap<String, Status>> = LazyLock::new(|| {
    rows(include_str!("../../data/reconcile/status_words.tsv"))
        .filter_map(|(w, s)| {
            let status = match s {
                "killed" => Status::Killed,
                "injured" => Status::Injured,
                "missing" => Status::Missing,
                _ => return None,
            };
            Some((w.to_string(), status))
        })
        .collect()
});

/// Words that count countries in `people from 11 (different) countries`.
const COUNTRY_WORDS: [&str; 3] = ["countries", "nationalities", "nations"];
const BETWEEN_WORDS: [&str; 3] = ["different", "separate", "other"];

/// The country words in any letter case, to skip the many sentences without one
/// before tokenising them. `None` only if the automaton cannot be built.
static COUNTRY_FINDER: LazyLock<Option<Substrings>> =
    LazyLock::new(|| Substrings::new(&COUNTRY_WORDS));

pub fn run(casualties: &Casualties, sentences: &SentenceIndex) -> Vec<Check> {
    let mut out = Vec::new();
    for role in ROLES {
        for status in STATUSES {
            let Some(cell) = casualties.role(role).status(status) else {
                continue;
            };
            let Some(total) = &cell.total else { continue };
            if !cell.by_nationality.is_empty() {
                let sum: u64 = cell.by_nationality.values().map(|f| f.value).sum();
                let (outcome, message) = if sum < lower(total.value, total.approx) {
                    (
                        Outcome::Partial,
                        format!(
                            "{}: the breakdown by nationality ({}, {sum} in all) covers part of the {}; partial, not a conflict",
                            cell_name(role, status, None),
                            plural(cell.by_nationality.len(), "nationality", "nationalities"),
                            describe(total.value, total.approx)
                        ),
                    )
                } else if sum <= upper(total.value, total.approx) {
                    (
                        Outcome::Consistent,
                        format!(
                            "{}: the breakdown by nationality adds up to {}, matching the total",
                            cell_name(role, status, None),
                            with_separators(sum)
                        ),
                    )
                } else {
                    (
                        Outcome::Mismatch,
                        format!(
                            "{}: the breakdown by nationality adds up to {}, more than the total {}",
                            cell_name(role, status, None),
                            with_separators(sum),
                            describe(total.value, total.approx)
                        ),
                    )
                };
                out.push(Check {
                    kind: CheckKind::Breakdown,
                    outcome,
                    message,
                    role: Some(role),
                    status: Some(status),
                    sources: cell
                        .by_nationality
                        .values()
                        .flat_map(|f| f.sources.clone())
                        .collect(),
                });
            }
            if !cell.named.is_empty() {
                let n = cell.named.len() as u64;
                let (outcome, message) = if n <= upper(total.value, total.approx) {
                    let all =
                        if lower(total.value, total.approx) == n && total.approx == Approx::Exact {
                            "; all of them are named"
                        } else {
                            ""
                        };
                    (
                        Outcome::Consistent,
                        format!(
                            "{}: the {n} named ({}) fit within the total of {}{all}",
                            cell_name(role, status, None),
                            cell.named.join(", "),
                            describe(total.value, total.approx)
                        ),
                    )
                } else {
                    (
                        Outcome::Mismatch,
                        format!(
                            "{}: {n} people are named, more than the total of {}",
                            cell_name(role, status, None),
                            describe(total.value, total.approx)
                        ),
                    )
                };
                out.push(Check {
                    kind: CheckKind::NamedInTotal,
                    outcome,
                    message,
                    role: Some(role),
                    status: Some(status),
                    sources: cell
                        .named_people
                        .iter()
                        .flat_map(|p| p.sources.clone())
                        .collect(),
                });
            }
        }
    }
    out.extend(nationality_counts(casualties, sentences));
    out
}

/// Sentences stating how many countries the casualties came from, against the breakdown.
fn nationality_counts(casualties: &Casualties, sentences: &SentenceIndex) -> Vec<Check> {
    let mut out = Vec::new();
    // Each stated count is checked against a victims cell; without one no
    // sentence can yield a check, so reading every sentence can be skipped.
    if STATUSES
        .iter()
        .all(|st| casualties.victims.status(*st).is_none())
    {
        return out;
    }
    for (article, list) in sentences.articles() {
        for s in list {
            let Some((count, status)) = countries_stated(&s.text) else {
                continue;
            };
            let victims = &casualties.victims;
            let cell = match status {
                Some(st) => victims.status(st).map(|c| (st, c)),
                None => STATUSES.iter().find_map(|st| {
                    victims
                        .status(*st)
                        .filter(|c| !c.by_nationality.is_empty())
                        .map(|c| (*st, c))
                }),
            };
            let Some((status, cell)) = cell else { continue };
            let listed = cell.by_nationality.len() as u64;
            let (outcome, message) = if listed == 0 {
                (
                    Outcome::Note,
                    format!("{article} says the victims came from {count} countries; no article gives their nationalities"),
                )
            } else if listed == count {
                (
                    Outcome::Consistent,
                    format!(
                        "{article} says the victims came from {count} countries; the breakdown lists {listed} nationalities"
                    ),
                )
            } else {
                (
                    Outcome::Mismatch,
                    format!(
                        "{article} says the victims came from {count} countries, but the breakdown lists {listed} nationalities"
                    ),
                )
            };
            out.push(Check {
                kind: CheckKind::NationalityCount,
                outcome,
                message,
                role: Some(crate::records::Role::Victim),
                status: Some(status),
                sources: vec![Statement {
                    article: article.to_string(),
                    value: count,
                    approx: Approx::Exact,
                    nationality: None,
                    evidence: vec![SentenceRef {
                        sentence: s.index,
                        text: s.text.clone(),
                    }],
                }],
            });
        }
    }
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `(11, Some(Injured))` for "People from 11 different countries were injured".
pub fn countries_stated(sentence: &str) -> Option<(u64, Option<Status>)> {
    let folded = fold_naming_countries(sentence)?;
    let toks: Vec<&str> = words_of(&folded).collect();
    let at = toks.iter().position(|t| COUNTRY_WORDS.contains(t))?;
    let mut i = at.checked_sub(1)?;
    if BETWEEN_WORDS.contains(&toks[i]) {
        i = i.checked_sub(1)?;
    }
    let word = toks[i];
    let count = word.parse::<u64>().ok().or_else(|| {
        // a number word below a hundred (`eleven`, `a dozen`); no scale word alone
        crate::number_words::lookup(word)
            .map(|(v, _)| v)
            .filter(|&v| v < 100)
    })?;
    if count < 2 {
        return None;
    }
    let status = toks.iter().find_map(|t| STATUS_WORDS.get(*t).copied());
    Some((count, status))
}

/// The folded sentence, or `None` when it cannot hold a country word: its
/// words are pieces of its folded text, so a folded text without one cannot.
/// Folding ASCII text only lowers its case, which the finder ignores, so most
/// sentences are rejected without folding.
fn fold_naming_countries(sentence: &str) -> Option<String> {
    let Some(finder) = COUNTRY_FINDER.as_ref() else {
        return Some(fold(sentence));
    };
    if sentence.is_ascii() && !finder.is_match(sentence) {
        return None;
    }
    let folded = fold(sentence);
    finder.is_match(&folded).then_some(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_stated_number_of_countries() {
        assert_eq!(
            countries_stated("Tourists from nine different countries were injured in the blast."),
            Some((9, Some(Status::Injured)))
        );
        assert_eq!(
            countries_stated("Delegates from 14 nations met."),
            Some((14, None))
        );
        assert_eq!(countries_stated("The countries met."), None);
        assert_eq!(
            countries_stated("Visitors from FIVE NATIONS were hurt."),
            Some((5, Some(Status::Injured)))
        );
        assert_eq!(
            countries_stated("Fans from three Nätions were hurt."),
            Some((3, Some(Status::Injured)))
        );
    }
}
