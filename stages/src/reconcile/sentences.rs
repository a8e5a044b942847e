//! The set's sentences by article, for finding the sentences under a
//! quotation and the paragraph an offset falls in.

use std::collections::BTreeMap;

use crate::records::{Sentence, SentenceRef};

/// Most sentences cited for one quotation; a speech running over many
/// paragraphs is cited by its opening ones.
const MAX_EVIDENCE: usize = 6;

pub struct SentenceIndex<'a> {
    by_article: BTreeMap<&'a str, Vec<&'a Sentence>>,
}

impl<'a> SentenceIndex<'a> {
    pub fn new(sentences: &'a [Sentence]) -> SentenceIndex<'a> {
        let mut by_article: BTreeMap<&str, Vec<&Sentence>> = BTreeMap::new();
        for s in sentences {
            by_article.entry(s.article.as_str()).or_default().push(s);
        }
        for list in by_article.values_mut() {
            list.sort_by_key(|s| (s.start, s.index));
        }
        SentenceIndex { by_article }
    }

    pub fn article(&self, article: &str) -> &[&'a Sentence] {
        self.by_article
            .get(article)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    pub fn articles(&self) -> impl Iterator<Item = (&'a str, &[&'a Sentence])> + '_ {
        self.by_article.iter().map(|(a, s)| (*a, s.as_slice()))
    }

    /// The sentences overlapping the byte range `start..end` of an article.
    pub fn covering(&self, article: &str, start: usize, end: usize) -> Vec<SentenceRef> {
        let list = self.article(article);
        let first = list.partition_point(|s| s.end <= start);
        list[first..]
            .iter()
            .take_while(|s| s.start < end.max(start + 1))
            .take(MAX_EVIDENCE)
            .map(|s| SentenceRef {
                sentence: s.index,
                text: s.text.clone(),
            })
            .collect()
    }

    /// The paragraph holding byte `offset` of an article (the nearest sentence's).
    pub fn paragraph_at(&self, article: &str, offset: usize) -> Option<usize> {
        let list = self.article(article);
        let i = list.partition_point(|s| s.end <= offset);
        list.get(i).or_else(|| list.last()).map(|s| s.paragraph)
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::records::SegmentKind;

    pub(in crate::reconcile) fn sent(
        index: usize,
        start: usize,
        text: &str,
        paragraph: usize,
    ) -> Sentence {
        Sentence {
            article: "a".into(),
            index,
            start,
            end: start + text.len(),
            text: text.into(),
            kind: SegmentKind::Body,
            paragraph,
        }
    }

    #[test]
    fn finds_covering_sentences_and_paragraphs() {
        let s = vec![
            sent(0, 0, "One two.", 0),
            sent(1, 9, "Three four.", 0),
            sent(2, 22, "Five.", 1),
        ];
        let idx = SentenceIndex::new(&s);
        let refs = idx.covering("a", 4, 14);
        assert_eq!(refs.iter().map(|r| r.sentence).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(idx.paragraph_at("a", 23), Some(1));
        assert_eq!(idx.paragraph_at("a", 500), Some(1));
        assert!(idx.covering("missing", 0, 3).is_empty());
    }
}
