//! `reconcile.v1`: merges the articles of a set into one picture — the people
//! and their name forms, one entry per utterance, the casualty figures an
//! editor would print (with the rule that chose each), the conflicts between
//! articles, and consistency checks.

mod articles;
mod casualties;
mod checks;
mod context;
mod figures;
mod matching;
mod names;
mod people;
mod quotes;
mod sentences;
mod text;

use std::collections::BTreeMap;

use crate::params::Params;
use crate::records::{CasualtyFact, Quotation, Reconciled, RecordKind, Records, Sentence};
use crate::registry::StageSpec;
use crate::stage::{Scope, Stage, StageError, StageInput};

pub use figures::describe as describe_count;

pub fn spec() -> StageSpec {
    StageSpec {
        kind: "reconcile.v1",
        scope: Scope::Set,
        needs: &[
            RecordKind::Quotes,
            RecordKind::Casualties,
            RecordKind::Sentences,
        ],
        provides: RecordKind::Reconciled,
        params: &[],
        build: |_: &Params| Ok(Box::new(Reconcile)),
    }
}

pub struct Reconcile;

impl Stage for Reconcile {
    fn run(&self, input: &StageInput<'_>) -> Result<Records, StageError> {
        let rec = reconcile(
            input.set,
            input.quotes()?,
            input.casualties()?,
            input.sentences()?,
        );
        Ok(Records::Reconciled(Box::new(rec)))
    }
}

/// The reconciled picture of one set.
pub fn reconcile(
    set: &str,
    quotes: &[Quotation],
    facts: &[CasualtyFact],
    sentences: &[Sentence],
) -> Reconciled {
    let index = sentences::SentenceIndex::new(sentences);
    let names = names::NameClusters::build(people::names(quotes, facts));
    let articles = articles::describe(&index);
    let dates: BTreeMap<String, String> = articles
        .iter()
        .filter_map(|a| Some((a.article.clone(), a.date.clone()?)))
        .collect();
    let merged = quotes::merge(quotes, &names, &index);
    let people = people::list(quotes, facts, &names, &merged);
    let picture = casualties::reconcile(facts, &names, &dates);
    let mut checks = picture.checks;
    checks.extend(checks::run(&picture.casualties, &index));
    let mut rec = Reconciled {
        set: set.to_string(),
        articles,
        people,
        quotes: merged,
        casualties: picture.casualties,
        conflicts: picture.conflicts,
        checks,
        context: Vec::new(),
    };
    rec.context = context::preceding(&rec, &index);
    rec
}
