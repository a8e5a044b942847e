//! Training the gap model: examples from projected articles, an averaged
//! perceptron over them in a fixed-seed order (so the same data gives the same
//! weights), a threshold chosen on other data, and the counts to report.

use super::features::{
    for_each_feature, gap_class, is_candidate, margin_group, plain_word, word_infos, Gap, PairView,
    Pieces, WordInfo, CLASSES, MARGIN_GROUPS, PREFIX, REST, TABLE_SIZE,
};
use super::pairs::PairTable;
use super::projection::Projected;
use super::weights::Weights;
use super::GapModel;
use crate::sentences::lexicon::Lexicon;
use crate::sentences::splitter::{split_by_rules, Segment};
use crate::sentences::token::Token;

/// Every space inside a segment of the rules, with its features and whether a
/// segment of the original ended there.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Examples {
    features: Vec<u32>,
    offsets: Vec<usize>,
    labels: Vec<bool>,
    classes: Vec<u8>,
    /// Each example's group for the early tests' margins (`features::margin_group`).
    groups: Vec<u8>,
}

impl Examples {
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    pub fn positives(&self) -> usize {
        self.labels.iter().filter(|&&l| l).count()
    }

    /// Adds the gaps of one projected article; `false` (and nothing added) when its
    /// words do not line up with its labels.
    pub fn add(&mut self, p: &Projected, lex: &Lexicon, pairs: &PairTable) -> bool {
        let Some(art) = Article::of(p, lex) else {
            return false;
        };
        let mut pieces = Pieces::default();
        for (first, last) in art.rule_spans() {
            pieces.begin(&art.words, first, true);
            for i in first..last {
                // Segments of the original start after each of its ends.
                if i > first && p.ends.get(i - 1).copied().unwrap_or(false) {
                    pieces.begin(&art.words, i, false);
                }
                let gap = Gap {
                    i,
                    piece_start: pieces.start,
                    prev_start: pieces.prev,
                    seg_last: last,
                    lower_only: art.lower_only,
                    block: pieces.block,
                };
                let known = p.known.as_ref().is_none_or(|k| k.get(i) == Some(&true));
                if !known || !is_candidate(&art.words, gap) {
                    continue;
                }
                self.offsets.push(self.features.len());
                let view = PairView::of(pairs, &art.words, gap);
                for_each_feature(&art.words, gap, view, |k| self.features.push(k as u32));
                self.labels.push(p.ends.get(i).copied().unwrap_or(false));
                let class = gap_class(&art.words, gap);
                self.classes.push(class as u8);
                let w0 = art.words.get(i).copied().unwrap_or_default();
                self.groups.push(margin_group(w0, class) as u8);
            }
        }
        true
    }

    fn features_of(&self, n: usize) -> &[u32] {
        let start = self.offsets.get(n).copied().unwrap_or(0);
        let end = self
            .offsets
            .get(n + 1)
            .copied()
            .unwrap_or(self.features.len());
        self.features.get(start..end).unwrap_or(&[])
    }

    fn score(&self, table: &[f32], n: usize) -> f32 {
        self.features_of(n)
            .iter()
            .map(|&k| table.get(k as usize).copied().unwrap_or(0.0))
            .sum()
    }

    /// The threshold with the best F1 (recall weighted by `beta`) on these
    /// examples of the kind of space `class`, among the scores at the spaces.
    pub fn best_threshold(&self, table: &[f32], class: usize, beta: f32) -> f32 {
        let mut scored: Vec<(f32, bool)> = (0..self.len())
            .filter(|&n| usize::from(self.classes[n]) == class)
            .map(|n| (self.score(table, n), self.labels[n]))
            .collect();
        let total = scored.iter().filter(|s| s.1).count() as f32;
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        let (mut tp, mut best, mut best_t) = (0f32, -1f32, f32::INFINITY);
        let b2 = beta * beta;
        for (k, &(s, label)) in scored.iter().enumerate() {
            tp += f32::from(u8::from(label));
            let next_differs = scored.get(k + 1).is_none_or(|n| n.0 < s);
            if !next_differs || s <= 0.0 && tp == 0.0 {
                continue;
            }
            let p = tp / (k + 1) as f32;
            let r = if total > 0.0 { tp / total } else { 0.0 };
            let f = if p + r > 0.0 {
                (1.0 + b2) * p * r / (b2 * p + r)
            } else {
                0.0
            };
            if f > best {
                best = f;
                let below = scored.get(k + 1).map_or(s - 1.0, |n| n.0);
                best_t = (s + below) / 2.0;
            }
        }
        best_t
    }
}

impl Examples {
    /// For each of these examples that the whole score keeps, how far the features
    /// of each early test (`GapModel::ends`) fall short of the threshold: the
    /// prefix's, then all but the pair features; for the spaces of margin group
    /// `group` (`features::margin_group`).
    pub fn shortfalls(
        &self,
        table: &[f32],
        thresholds: [f32; CLASSES],
        group: usize,
    ) -> [Vec<f32>; 2] {
        let weight = |k: &u32| table.get(*k as usize).copied().unwrap_or(0.0);
        let mut out = [Vec::new(), Vec::new()];
        for n in (0..self.len()).filter(|&n| usize::from(self.groups[n]) == group) {
            let features = self.features_of(n);
            let mut s = 0f32;
            let mut early = [0f32; 2];
            for (j, k) in features.iter().enumerate() {
                if j == PREFIX {
                    early[0] = s;
                }
                if j == PREFIX + REST {
                    early[1] = s;
                }
                s += weight(k);
            }
            let threshold = thresholds
                .get(usize::from(self.classes[n]))
                .copied()
                .unwrap_or(0.0);
            if s > threshold {
                out[0].push(threshold - early[0]);
                out[1].push(threshold - early[1]);
            }
        }
        out
    }
}

/// The margin of the early test that keeps the share `keep` of the spaces with
/// these shortfalls (all of them with `keep` 1).
pub fn margin_keeping(mut shortfalls: Vec<f32>, keep: f64) -> f32 {
    shortfalls.sort_by(f32::total_cmp);
    let n = shortfalls.len();
    let k = ((n as f64 * keep).ceil() as usize).clamp(1, n.max(1)) - 1;
    let margin = shortfalls.get(k).copied().unwrap_or(0.0).max(0.0);
    // A little more than the shortfall, so that one equal to it passes.
    margin + margin * 1e-3 + 1e-3
}

/// An averaged perceptron over `ex`, `epochs` passes, each in an order shuffled
/// from `seed`. The thresholds are left at 0 and the margins infinite (no early test).
pub fn train(ex: &Examples, epochs: usize, seed: u64) -> Weights {
    train_with(ex, epochs, seed, None)
}

/// Like [`train`], but with `rate` some: averaged logistic regression (stochastic
/// gradient steps of that size on the log loss) instead of the perceptron.
pub fn train_with(ex: &Examples, epochs: usize, seed: u64, rate: Option<f32>) -> Weights {
    let mut w = vec![0f32; TABLE_SIZE];
    // Sum of every update times the step it was made at, for the average.
    let mut u = vec![0f64; TABLE_SIZE];
    let mut step = 1f64;
    let mut order: Vec<usize> = (0..ex.len()).collect();
    let mut rng = seed | 1;
    for _ in 0..epochs {
        for k in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(k, (rng % (k as u64 + 1)) as usize);
        }
        for &n in &order {
            let y = if ex.labels[n] { 1f32 } else { -1f32 };
            let score = ex.score(&w, n);
            let change = match rate {
                // The log loss's gradient: the label less the predicted chance.
                Some(r) => r * (f32::from(u8::from(ex.labels[n])) - 1.0 / (1.0 + (-score).exp())),
                None if y * score <= 0.0 => y,
                None => 0.0,
            };
            if change != 0.0 {
                for &k in ex.features_of(n) {
                    let k = k as usize;
                    w[k] += change;
                    u[k] += step * f64::from(change);
                }
            }
            step += 1.0;
        }
    }
    let table = w
        .iter()
        .zip(&u)
        .map(|(&w, &u)| (f64::from(w) - u / step) as f32)
        .collect();
    Weights {
        table,
        thresholds: [0.0; CLASSES],
        margins: [[f32::INFINITY; 2]; MARGIN_GROUPS],
    }
}

/// Segment ends found and missed, counted over spaces between words.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub true_pos: usize,
    pub false_pos: usize,
    pub false_neg: usize,
}

impl Counts {
    pub fn add(&mut self, predicted: bool, gold: bool) {
        match (predicted, gold) {
            (true, true) => self.true_pos += 1,
            (true, false) => self.false_pos += 1,
            (false, true) => self.false_neg += 1,
            (false, false) => {}
        }
    }

    pub fn precision(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_pos)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_neg)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// How the rules alone and the rules with `model` find the segment ends of one
/// projected article: (the model's cuts inside the rules' segments, every end
/// with the model, every end by the rules alone; every end with the model at spaces
/// after a plain word). Spaces whose label is unknown (`Projected::known`) are not
/// counted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Evaluation {
    pub model: Counts,
    pub with_model: Counts,
    pub rules_alone: Counts,
    pub after_plain_word: Counts,
}

impl Evaluation {
    pub fn add_article(&mut self, model: &GapModel, p: &Projected, lex: &Lexicon) -> bool {
        let Some(art) = Article::of(p, lex) else {
            return false;
        };
        let mut refined = art.segments.clone();
        model.refine(&p.text, &art.tokens, lex, &mut refined, 0);
        let rule_ends = art.ends_of(&art.segments);
        let model_ends = art.ends_of(&refined);
        // The text's last word ends a segment however it is split.
        for i in 0..art.tokens.len().saturating_sub(1) {
            if p.known.as_ref().is_some_and(|k| k.get(i) != Some(&true)) {
                continue;
            }
            let gold = p.ends.get(i).copied().unwrap_or(false);
            self.rules_alone.add(rule_ends[i], gold);
            self.with_model.add(model_ends[i], gold);
            if art.words.get(i).is_some_and(|&w| plain_word(w)) {
                self.after_plain_word.add(model_ends[i], gold);
            }
            if !rule_ends[i] {
                self.model.add(model_ends[i], gold);
            }
        }
        true
    }

    /// Like [`Evaluation::add_article`], but every end is that of the whole
    /// splitter as shipped ([`crate::sentences::split`]: rules, the built-in model,
    /// the furniture layer), counted into `with_model` and `after_plain_word`; with
    /// `misses`, the article with its ends marked (`|` the label's, `{C}` the
    /// splitter's, `{?}` unknown), for reading.
    pub fn add_article_split(
        &mut self,
        p: &Projected,
        lex: &Lexicon,
        misses: Option<&mut String>,
    ) -> bool {
        self.add_article_split_by(GapModel::shipped(), p, lex, misses)
    }

    /// Like [`Evaluation::add_article_split`], with `model` in the splitter in place
    /// of the shipped one ([`crate::sentences::split_with_model`]).
    pub fn add_article_split_by(
        &mut self,
        model: &GapModel,
        p: &Projected,
        lex: &Lexicon,
        mut misses: Option<&mut String>,
    ) -> bool {
        let Some(art) = Article::of(p, lex) else {
            return false;
        };
        let ends = art.ends_of(&crate::sentences::split_with_model(&p.text, lex, model));
        let rule_ends = art.ends_of(&art.segments);
        for (i, t) in art.tokens.iter().enumerate() {
            let last = i + 1 == art.tokens.len();
            let known = p.known.as_ref().is_none_or(|k| k.get(i) == Some(&true));
            let gold = p.ends.get(i).copied().unwrap_or(false);
            if let Some(out) = misses.as_deref_mut() {
                out.push_str(p.text.get(t.start..t.end).unwrap_or(""));
                if !known {
                    out.push_str("{?}");
                } else if gold {
                    out.push('|');
                }
                if ends[i] {
                    out.push_str("{C}");
                }
                out.push(' ');
            }
            if last || !known {
                continue;
            }
            self.rules_alone.add(rule_ends[i], gold);
            self.with_model.add(ends[i], gold);
            if art.words.get(i).is_some_and(|&w| plain_word(w)) {
                self.after_plain_word.add(ends[i], gold);
            }
        }
        true
    }
}

/// A projected article as the rules split it.
struct Article {
    tokens: Vec<Token>,
    words: Vec<WordInfo>,
    lower_only: bool,
    segments: Vec<Segment>,
}

impl Article {
    fn of(p: &Projected, lex: &Lexicon) -> Option<Article> {
        let mut segments = Vec::new();
        let (tokens, _) = split_by_rules(&p.text, lex, &mut segments);
        if tokens.len() != p.ends.len() {
            return None;
        }
        let mut words = Vec::new();
        let lower_only = word_infos(&p.text, &tokens, &mut words);
        Some(Article {
            tokens,
            words,
            lower_only,
            segments,
        })
    }

    /// The first and last word of each of the rules' segments.
    fn rule_spans(&self) -> Vec<(usize, usize)> {
        spans_of(&self.ends_of(&self.segments))
    }

    /// For each word, whether one of `segments` ends with it.
    fn ends_of(&self, segments: &[Segment]) -> Vec<bool> {
        word_ends(&self.tokens, segments)
    }
}

/// For each of `tokens`, whether one of `segments` (in order) ends with it.
pub(super) fn word_ends(tokens: &[Token], segments: &[Segment]) -> Vec<bool> {
    let mut ends = vec![false; tokens.len()];
    let mut s = segments.iter().peekable();
    for (i, t) in tokens.iter().enumerate() {
        while s.next_if(|g| g.end < t.end).is_some() {}
        if s.peek().is_some_and(|g| g.end == t.end) {
            ends[i] = true;
        }
    }
    ends
}

/// The first and last word of each run of words that an end closes (the last run
/// closed by the last word).
pub(super) fn spans_of(ends: &[bool]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut first = 0;
    for (i, &e) in ends.iter().enumerate() {
        if e {
            spans.push((first, i));
            first = i + 1;
        }
    }
    if first < ends.len() {
        spans.push((first, ends.len() - 1));
    }
    spans
}
