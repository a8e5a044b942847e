//! The sentence before each sentence that a casualty figure, conflict or
//! check cites, so the report can show a number in its context.

use std::collections::BTreeSet;

use super::sentences::SentenceIndex;
use crate::records::{Reconciled, SentenceContext, Statement};

pub fn preceding<'a>(rec: &'a Reconciled, index: &SentenceIndex<'_>) -> Vec<SentenceContext> {
    let mut cited: BTreeSet<(&'a str, usize)> = BTreeSet::new();
    let mut add = |statements: &'a [Statement]| {
        for s in statements {
            for e in &s.evidence {
                cited.insert((s.article.as_str(), e.sentence));
            }
        }
    };
    for role in [&rec.casualties.victims, &rec.casualties.perpetrators] {
        for cell in [&role.killed, &role.injured, &role.missing]
            .into_iter()
            .flatten()
        {
            for fig in cell.total.iter().chain(cell.by_nationality.values()) {
                add(&fig.sources);
            }
            for p in &cell.named_people {
                add(&p.sources);
            }
        }
    }
    for c in &rec.conflicts {
        for v in &c.values {
            add(&v.sources);
        }
    }
    for c in &rec.checks {
        add(&c.sources);
    }
    cited
        .into_iter()
        .filter_map(|(article, sentence)| {
            let list = index.article(article);
            // an article's sentences are in reading order, so sorted by index
            let at = list.binary_search_by_key(&sentence, |s| s.index).ok()?;
            let before = list.get(at.checked_sub(1)?)?;
            Some(SentenceContext {
                article: article.to_string(),
                sentence,
                before: before.text.clone(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reconcile::sentences::tests::sent;

    #[test]
    fn gives_the_sentence_before_each_cited_one() {
        let sentences = vec![sent(0, 0, "A storm hit.", 0), sent(1, 13, "Two died.", 0)];
        let index = SentenceIndex::new(&sentences);
        let mut rec = Reconciled::default();
        rec.conflicts.push(crate::records::Conflict {
            what: "victims killed, total".into(),
            role: crate::records::Role::Victim,
            status: crate::records::Status::Killed,
            nationality: None,
            compatible: false,
            values: vec![crate::records::CompetingValue {
                value: 2,
                approx: crate::records::Approx::Exact,
                sources: vec![Statement {
                    article: "a".into(),
                    value: 2,
                    approx: crate::records::Approx::Exact,
                    nationality: None,
                    evidence: vec![
                        crate::records::SentenceRef {
                            sentence: 1,
                            text: "Two died.".into(),
                        },
                        crate::records::SentenceRef {
                            sentence: 0,
                            text: "A storm hit.".into(),
                        },
                    ],
                }],
            }],
            chosen: None,
            rule: crate::records::Rule::SingleReport,
            why: String::new(),
        });
        let ctx = preceding(&rec, &index);
        assert_eq!(ctx.len(), 1);
        assert_eq!(
            (ctx[0].sentence, ctx[0].before.as_str()),
            (1, "A storm hit.")
        );
    }
}
