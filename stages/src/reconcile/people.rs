//! The people list: one entry per person or organisation quoted or named as a
//! casualty, with every name form the articles use (`James Cleverly`,
//! `Mr Cleverly`, `The Tory MP`) and which articles use it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use super::names::NameClusters;
use super::text::{fold, words, WordSet};
use crate::records::{CasualtyFact, NameForm, Person, Quotation, ReconciledQuote};

static PRONOUNS: LazyLock<WordSet<String>> =
    LazyLock::new(|| words(include_str!("../../data/reconcile/pronouns.txt")));

/// Every name in the set that may denote a person: speakers and named casualties.
pub fn names<'a>(
    quotes: &'a [Quotation],
    facts: &'a [CasualtyFact],
) -> impl Iterator<Item = &'a str> {
    quotes
        .iter()
        .filter_map(|q| q.speaker.as_deref())
        .chain(facts.iter().filter_map(|f| f.name.as_deref()))
}

pub fn list(
    quotes: &[Quotation],
    facts: &[CasualtyFact],
    names: &NameClusters,
    merged: &[ReconciledQuote],
) -> Vec<Person> {
    // person -> form -> articles
    let mut forms: BTreeMap<usize, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    let mut add = |id: usize, form: &str, article: &str| {
        let form = form.trim();
        if form.is_empty() || PRONOUNS.contains(&fold(form)) {
            return;
        }
        forms
            .entry(id)
            .or_default()
            .entry(form.to_string())
            .or_default()
            .insert(article.to_string());
    };
    for q in quotes {
        let Some(id) = q.speaker.as_deref().and_then(|s| names.id(s)) else {
            continue;
        };
        if let Some(s) = &q.speaker {
            add(id, s, &q.article);
        }
        if let Some(m) = &q.mention {
            add(id, m, &q.article);
        }
    }
    for f in facts {
        if let Some(id) = f.name.as_deref().and_then(|n| names.id(n)) {
            if let Some(n) = &f.name {
                add(id, n, &f.article);
            }
        }
    }
    let mut people: Vec<Person> = forms
        .into_iter()
        .map(|(id, forms)| {
            let name = names.display(id).to_string();
            Person {
                quotes: merged
                    .iter()
                    .filter(|q| q.speaker.as_deref() == Some(name.as_str()))
                    .count(),
                name,
                forms: forms
                    .into_iter()
                    .map(|(form, articles)| NameForm {
                        form,
                        articles: articles.into_iter().collect(),
                    })
                    .collect(),
            }
        })
        .collect();
    people.sort_by(|a, b| b.quotes.cmp(&a.quotes).then_with(|| a.name.cmp(&b.name)));
    people
}
