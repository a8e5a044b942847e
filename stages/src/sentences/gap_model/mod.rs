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

pub mod aligned;
pub mod features;
pub mod hand_labels;
pub mod pairs;
pub mod projection;
pub mod segment_probe;
pub mod self_labels;
pub mod train;
pub mod weights;

use std::sync::LazyLock;

use features::{
    candidate_after, framed_word_infos, gap_class, pair_features, prefix_sum_of, rest_sum, window,
    word_infos, Dense, Gap, PairView, Pieces, SpaceKind, VerbScan, WordInfo, SHAPE_KINDS,
    TABLE_BITS, TABLE_SIZE,
};
use pairs::PairTable;
use weights::{FormatError, Weights};

use super::boundary::lowercased_name_dot;
use super::furniture::gallop;
use super::lexicon::Lexicon;
use super::segment_kind;
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
    /// The weights, one per index a feature can have (so that looking one up
    /// needs no bounds check).
    table: Box<[f32; TABLE_SIZE]>,
    /// The weights of the features of few values, by value (`features::Dense`).
    dense: Box<Dense>,
    /// Threshold, margins and salt by kind of space (`features::SpaceKind`), by the
    /// shape of the word before the space and whether it is in a bullet run
    /// (`features::shape_kind`).
    kinds: [SpaceKind; SHAPE_KINDS],
    thresholds: [f32; features::CLASSES],
    pairs: PairTable,
}

impl GapModel {
    /// The model shipped in `stages/data/sentences/gap_model.bin`.
    pub fn shipped() -> &'static GapModel {
        &SHIPPED
    }

    /// The model of the weights file `weights` and the word-pair file `pairs`.
    pub fn from_parts(weights: &[u8], pairs: &[u8]) -> Result<GapModel, FormatError> {
        let Weights {
            table,
            thresholds,
            margins,
        } = Weights::decode(weights, TABLE_BITS)?;
        let table: Box<[f32; TABLE_SIZE]> = table
            .into_boxed_slice()
            .try_into()
            .map_err(|_| FormatError::Index)?;
        Ok(GapModel {
            kinds: SpaceKind::by_shape(&SpaceKind::all(thresholds, margins)),
            dense: Dense::of(&table),
            table,
            thresholds,
            pairs: PairTable::decode(pairs)?,
        })
    }

    /// Whether `a` then `b` are plain words the word-pair table saw often side by side
    /// inside clean sentences (tier 2).
    pub fn common_pair(&self, a: WordInfo, b: WordInfo) -> bool {
        features::plain_pair(a, b) && self.pairs.tier(a, b) >= 2
    }

    /// What the word-pair table says about the space of `gap`.
    #[inline]
    pub fn pair_view(&self, words: &[WordInfo], gap: Gap) -> PairView {
        PairView::of(&self.pairs, words, gap)
    }

    /// A model that never cuts.
    fn never() -> GapModel {
        let table = Box::new([0.0; TABLE_SIZE]);
        GapModel {
            kinds: SpaceKind::by_shape(&SpaceKind::all(
                [f32::INFINITY; features::CLASSES],
                [[0.0; 2]; features::MARGIN_GROUPS],
            )),
            dense: Dense::of(&table),
            table,
            thresholds: [f32::INFINITY; features::CLASSES],
            pairs: PairTable::empty(),
        }
    }

    /// Whether a segment ends at `gap`: the same as the score of all its features
    /// passing the threshold of the space's kind, except that a space whose first
    /// features, or all but the pair features, score too low to pass (by the
    /// margins measured on the training data) is dismissed without the others.
    #[inline]
    pub fn ends(&self, words: &[WordInfo], gap: Gap) -> bool {
        let mut scan = VerbScan::default();
        self.ends_around(words, features::around(words, gap.i), gap, &mut scan)
    }

    /// [`GapModel::ends`], told the words around the space (`features::window`).
    #[inline(always)]
    /// `scan` carries the verbs before the space (`features::VerbScan`): the spaces of
    /// a text are asked about in order.
    fn ends_around(
        &self,
        words: &[WordInfo],
        around: [WordInfo; 4],
        gap: Gap,
        scan: &mut VerbScan,
    ) -> bool {
        let table = &*self.table;
        let k = &self.kinds[features::shape_kind(around[1], gap.block) & (SHAPE_KINDS - 1)];
        let s = prefix_sum_of(table, &self.dense, around, gap, k.kind, k.salt, 0.0);
        if s + k.margins[0] <= k.threshold {
            return false;
        }
        self.ends_after_prefix(words, gap, s, k.threshold, k.margins, scan)
    }

    /// The rest of [`GapModel::ends`] for a space whose first features scored `s`.
    #[inline(never)]
    fn ends_after_prefix(
        &self,
        words: &[WordInfo],
        gap: Gap,
        mut s: f32,
        threshold: f32,
        margins: [f32; 2],
        scan: &mut VerbScan,
    ) -> bool {
        let table = &*self.table;
        s = rest_sum(table, &self.dense, words, gap, s);
        if s + margins[1] <= threshold {
            return false;
        }
        let view = PairView::told(
            &self.pairs,
            words,
            gap,
            scan.before(&self.pairs, words, gap),
        );
        for k in pair_features(words, gap, view) {
            s += table[k];
        }
        s > threshold
    }

    /// The whole score of the space of `gap` and its threshold (for diagnostics: what
    /// `ends` decides from, without the early tests).
    pub fn score(&self, words: &[WordInfo], gap: Gap) -> (f32, f32) {
        let table = &*self.table;
        let mut s = 0.0;
        features::for_each_feature(words, gap, self.pair_view(words, gap), |k| {
            s += table.get(k).copied().unwrap_or(0.0);
        });
        (s, self.thresholds[gap_class(words, gap)])
    }

    /// Whether the word-pair table takes the space between words `a` and `b` of
    /// `text` for a space inside a sentence: the pair was seen inside sentences of
    /// the bulk corpus, or `a` ends under 1 % of the sentences it is in.
    pub fn joins(&self, text: &str, a: Token, b: Token) -> bool {
        let mut w = Vec::with_capacity(2);
        word_infos(text, &[a, b], &mut w);
        match (w.first(), w.get(1)) {
            (Some(&x), Some(&y)) => self.pairs.tier(x, y) > 0 || self.pairs.rates(x).end == 1,
            _ => true,
        }
    }

    /// The thresholds of the kinds of space.
    pub fn thresholds(&self) -> [f32; features::CLASSES] {
        self.thresholds
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
        let mut framed = Vec::new();
        let lower_only = framed_word_infos(text, tokens, &mut framed);
        let mut rules = Vec::new();
        self.refine_words(
            text, tokens, lex, segments, from, &framed, lower_only, &mut rules,
        );
    }

    /// [`GapModel::refine`] told the words' `WordInfo`s, `framed` as by
    /// `features::framed_word_infos` (which returned `lower_only`); `rules` is a
    /// buffer for the rules' segments.
    #[allow(clippy::too_many_arguments)]
    pub fn refine_words(
        &self,
        text: &str,
        tokens: &[Token],
        lex: &Lexicon,
        segments: &mut Vec<Segment>,
        from: usize,
        framed: &[WordInfo],
        lower_only: bool,
        rules: &mut Vec<Segment>,
    ) {
        let words = framed.get(1..framed.len().saturating_sub(2)).unwrap_or(&[]);
        rules.clear();
        rules.extend(segments.drain(from..));
        let mut t = 0;
        let mut pieces = Pieces::default();
        let mut scan = VerbScan::default();
        for &seg in rules.iter() {
            let first = gallop(tokens, t, |k| k.start < seg.start);
            t = gallop(tokens, first, |k| k.end <= seg.end);
            pieces.begin(words, first, true);
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
                let Some(around) = window(framed, i) else {
                    break;
                };
                if candidate_after(around[1], lower_only)
                    && self.ends_around(words, around, gap, &mut scan)
                    && !(lower_only && name_dot(text, tokens, i, lex))
                {
                    segments.push(piece_of(text, tokens, pieces.start, i, seg, lex));
                    pieces.begin(words, i + 1, false);
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

/// Whether, in wholly lower-case text, word `i` ends in the dot of a title or an
/// initial that the next word's name continues (`boundary::lowercased_name_dot`).
fn name_dot(text: &str, tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    let word = |k: usize| {
        tokens
            .get(k)
            .and_then(|t| text.get(t.start..t.end))
            .unwrap_or("")
    };
    lowercased_name_dot(lex, word(i), word(i + 1))
}

/// The piece of `seg` from word `first` to word `last`.
pub(in crate::sentences) fn piece_of(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    seg: Segment,
    lex: &Lexicon,
) -> Segment {
    let start = tokens.get(first).map_or(seg.start, |t| t.start);
    let end = tokens.get(last).map_or(seg.end, |t| t.end);
    segment_kind::lowercased_piece(text, start, end, seg, lex)
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
    fn framed_words_give_the_decisions_of_the_reference_features() {
        let texts = [
            "story highlights the vote was close the count went on all night paris, france \
             ( cnn ) it was a long night. Officials said the result would come monday",
            "the council met on monday and voted to close the bridge the mayor said the work \
             would take a year. residents were told to use the ferry instead what next?",
        ];
        let model = GapModel::shipped();
        let mut tokens = Vec::new();
        let mut lines = Vec::new();
        let mut framed = Vec::new();
        let mut checked = 0;
        for text in texts {
            tokens.clear();
            lines.clear();
            crate::sentences::token::tokenize_text(text, &mut tokens, &mut lines);
            let lower_only = framed_word_infos(text, &tokens, &mut framed);
            let words = &framed[1..framed.len() - 2];
            assert_eq!(words.len(), tokens.len());
            for block in [false, true] {
                for piece_start in [0, 3] {
                    for i in piece_start..tokens.len() - 1 {
                        let gap = Gap {
                            i,
                            piece_start,
                            prev_start: 0,
                            seg_last: tokens.len() - 1,
                            lower_only,
                            block,
                        };
                        let around = window(&framed, i).expect("a window");
                        assert_eq!(around, features::around(words, i));
                        let (score, threshold) = model.score(words, gap);
                        let fast = model.ends_around(words, around, gap, &mut VerbScan::default());
                        assert_eq!(fast, model.ends(words, gap));
                        assert_eq!(threshold, model.thresholds[gap_class(words, gap)]);
                        // The early tests only dismiss spaces the whole score rejects
                        // or that the margins say to.
                        if fast {
                            assert!(score > threshold);
                        }
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 100);
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
