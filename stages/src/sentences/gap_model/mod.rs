//! A light trained model of the segment ends that punctuation does not show, for text
//! in the bulk corpus's style (lower-cased, paragraph breaks lost): a heading glued to
//! the text after it, a run of headline bullets, a credit line before the first
//! sentence. The rules split first; the model then looks at every space inside each
//! of their segments and cuts where its score passes its threshold. It is used only
//! on lowercased text, so normally cased text is split by the rules alone.
//!
//! The model is linear over hashed features (`features`), trained as an averaged
//! perceptron (`train`, the mean of three shuffled orders) on full-text articles
//! split by the rules and turned into the bulk style (`projection`), and on copies of
//! them with the page furniture the full texts lack put in (`projection::
//! with_furniture`: headline bullets, a dateline after them, captions, credits);
//! some features read a table of which words follow each other inside sentences of
//! the bulk corpus and how often words start and end them (`pairs`, counted by
//! `self_labels::count_pairs`). Spaces in a run of headline bullets or in a labelled
//! caption (`features::Pieces::block`) have weights and a threshold of their own,
//! so that the sentence ends without `.` that these teach stay there.
//! `stages/examples/train_boundaries.rs` retrains it and writes
//! `stages/data/sentences/gap_model.bin` (`weights`) and `gap_pairs.bin` (`pairs`).

pub mod features;
pub mod pairs;
pub mod projection;
pub mod self_labels;
pub mod train;
pub mod weights;

use std::sync::LazyLock;

use features::{
    gap_class, is_candidate, pair_features, prefix_features, rest_features, word_infos, Gap,
    PairView, Pieces, WordInfo, TABLE_BITS,
};
use pairs::PairTable;
use weights::{FormatError, Weights};

use super::lexicon::Lexicon;
use super::segment_kind::{self, Placement};
use super::splitter::Segment;
use super::token::Token;

static SHIPPED: LazyLock<GapModel> = LazyLock::new(|| {
    // A file that does not decode leaves the rules alone (a test checks it decodes).
    GapModel::from_parts(
        include_bytes!("../../../data/sentences/gap_model.bin"),
        include_bytes!("../../../data/sentences/gap_pairs.bin"),
    )
    .unwrap_or_else(|_| GapModel::never())
});

pub struct GapModel {
    weights: Weights,
    pairs: PairTable,
}

impl GapModel {
    /// The model shipped in `stages/data/sentences/gap_model.bin`.
    pub fn shipped() -> &'static GapModel {
        &SHIPPED
    }

    /// The model of the weights file `weights` and the word-pair file `pairs`.
    pub fn from_parts(weights: &[u8], pairs: &[u8]) -> Result<GapModel, FormatError> {
        Ok(GapModel {
            weights: Weights::decode(weights, TABLE_BITS)?,
            pairs: PairTable::decode(pairs)?,
        })
    }

    /// What the word-pair table says about the space of `gap`.
    #[inline]
    pub fn pair_view(&self, words: &[WordInfo], gap: Gap) -> PairView {
        PairView::of(&self.pairs, words, gap)
    }

    /// A model that never cuts.
    fn never() -> GapModel {
        GapModel {
            weights: Weights {
                table: vec![0.0; features::TABLE_SIZE],
                thresholds: [f32::INFINITY; features::CLASSES],
                margins: [[0.0; 2]; features::CLASSES],
            },
            pairs: PairTable::empty(),
        }
    }

    /// Whether a segment ends at `gap`: the same as the score of all its features
    /// passing the threshold of the space's kind, except that a space whose first
    /// features, or all but the pair features, score too low to pass (by the
    /// margins measured on the training data) is dismissed without the others.
    #[inline]
    pub fn ends(&self, words: &[WordInfo], gap: Gap) -> bool {
        let table = &self.weights.table;
        let class = gap_class(words, gap);
        let threshold = self.weights.thresholds[class];
        let margins = self.weights.margins[class];
        let weight = |k: usize| table.get(k).copied().unwrap_or(0.0);
        let mut s = 0.0;
        for k in prefix_features(words, gap) {
            s += weight(k);
        }
        if s + margins[0] <= threshold {
            return false;
        }
        for k in rest_features(words, gap) {
            s += weight(k);
        }
        if s + margins[1] <= threshold {
            return false;
        }
        for k in pair_features(words, gap, self.pair_view(words, gap)) {
            s += weight(k);
        }
        s > threshold
    }

    /// The whole score of the space of `gap` and its threshold (for diagnostics: what
    /// `ends` decides from, without the early tests).
    pub fn score(&self, words: &[WordInfo], gap: Gap) -> (f32, f32) {
        let table = &self.weights.table;
        let mut s = 0.0;
        features::for_each_feature(words, gap, self.pair_view(words, gap), |k| {
            s += table.get(k).copied().unwrap_or(0.0);
        });
        (s, self.weights.thresholds[gap_class(words, gap)])
    }

    /// The thresholds of the kinds of space.
    pub fn thresholds(&self) -> [f32; features::CLASSES] {
        self.weights.thresholds
    }

    /// Cuts the segments `segments[from..]` of `text` (whose words are `tokens`)
    /// where the model finds a segment end. Pieces get their kind as stand-alone
    /// lines of lowercased text.
    pub fn refine(
        &self,
        text: &str,
        tokens: &[Token],
        lex: &Lexicon,
        segments: &mut Vec<Segment>,
        from: usize,
    ) {
        let mut words = Vec::with_capacity(tokens.len());
        let lower_only = word_infos(text, tokens, &mut words);
        let rules: Vec<Segment> = segments.drain(from..).collect();
        let mut t = 0;
        let mut pieces = Pieces::default();
        for seg in rules {
            while tokens.get(t).is_some_and(|k| k.start < seg.start) {
                t += 1;
            }
            let first = t;
            while tokens.get(t).is_some_and(|k| k.end <= seg.end) {
                t += 1;
            }
            pieces.begin(&words, first, true);
            let before = segments.len();
            for i in first..t.saturating_sub(1) {
                let gap = Gap {
                    i,
                    piece_start: pieces.start,
                    prev_start: pieces.prev,
                    seg_last: t - 1,
                    lower_only,
                    block: pieces.block,
                };
                if is_candidate(&words, gap) && self.ends(&words, gap) {
                    segments.push(piece_of(text, tokens, pieces.start, i, seg, lex));
                    pieces.begin(&words, i + 1, false);
                }
            }
            if segments.len() == before {
                segments.push(seg);
            } else {
                segments.push(piece_of(text, tokens, pieces.start, t - 1, seg, lex));
            }
        }
    }
}

/// The piece of `seg` from word `first` to word `last`.
fn piece_of(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    seg: Segment,
    lex: &Lexicon,
) -> Segment {
    let start = tokens.get(first).map_or(seg.start, |t| t.start);
    let end = tokens.get(last).map_or(seg.end, |t| t.end);
    let at = Placement {
        whole_line: true,
        line_is_paragraph: false,
        dateline: false,
        lowercased: true,
    };
    Segment {
        start,
        end,
        kind: segment_kind::classify(text.get(start..end).unwrap_or(""), at, lex),
        paragraph: seg.paragraph,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{split, split_by_rules};
    use super::*;

    fn texts(text: &str, segments: &[Segment]) -> Vec<String> {
        segments
            .iter()
            .map(|s| text[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn wholly_lowercase_text_is_cut_at_sentence_ends() {
        let text = "the council met on monday and voted to close the old bridge over the \
                    river for repairs. the mayor said the work would take most of next year \
                    and cost more than expected. residents were told to use the ferry \
                    instead, which will run every half hour from the north bank.";
        let got = texts(text, &split(text, Lexicon::default_ref()));
        assert_eq!(got.len(), 3, "{got:#?}");
        assert!(got[1].starts_with("the mayor"), "{got:#?}");
    }

    #[test]
    fn a_photo_credit_opening_bulk_text_stands_alone() {
        let text = "Image copyright getty images image caption the old bridge in winter \
                    the council met on monday and voted to close the old bridge over the \
                    river for repairs. The mayor said the work would take most of next year.";
        let got = texts(text, &split(text, Lexicon::default_ref()));
        assert_eq!(got[0], "Image copyright getty images", "{got:#?}");
    }

    #[test]
    fn normally_cased_text_is_left_to_the_rules() {
        let text = "Storm Warning\n\nThe river rose on Monday in Newtown, officials said. \
                    Residents of Ashby Road were told to leave by noon. The Mayor, Ann Lee, \
                    said the council would open the school hall to anyone who needs a bed";
        let lex = Lexicon::default_ref();
        let mut rules = Vec::new();
        split_by_rules(text, lex, &mut rules);
        assert_eq!(split(text, lex), rules);
    }

    #[test]
    fn shipped_model_decodes() {
        let model = GapModel::from_parts(
            include_bytes!("../../../data/sentences/gap_model.bin"),
            include_bytes!("../../../data/sentences/gap_pairs.bin"),
        )
        .expect("shipped model decodes");
        assert!(model.thresholds().iter().all(|t| t.is_finite()));
    }
}
