//! An experiment of the fourteenth round, for the trainer only (`train_boundaries
//! --segment-probe`): a second light classifier of the *piece* before a space rather
//! than the space, asked only where the gap model did not cut, after a plain word,
//! when the piece since the last end has at most `MAX_PIECE` words and the rules'
//! segment runs on for at least three more. Its features read the whole piece (its
//! words as a bag, its length, which word classes it holds, its first word, whether
//! it opens the text, whether a word of it comes again soon) and the opening after
//! the space (the next words' classes, how far a finite verb is). It is an averaged
//! perceptron of its own with a threshold of its own; nothing of it is shipped.

use super::features::{plain_word, word_infos, WordInfo};
use super::pairs::{word_class, PairTable};
use super::projection::Projected;
use super::GapModel;
use crate::sentences::lexicon::Lexicon;
use crate::sentences::splitter::split_by_rules;

/// The longest piece asked about, in words.
pub const MAX_PIECE: usize = 10;
const BITS: u32 = 18;

/// The candidate spaces of some articles: features, label, whether the gap model
/// cut there.
#[derive(Default)]
pub struct Candidates {
    features: Vec<Vec<u32>>,
    labels: Vec<bool>,
}

fn ix(slot: u64, value: u64) -> u32 {
    // (`BITS` is under 32: the index fits)
    super::features::slot_index::<BITS>(slot, value) as u32
}

impl Candidates {
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    pub fn positives(&self) -> usize {
        self.labels.iter().filter(|&&l| l).count()
    }

    /// Adds the candidate spaces of `p` (where the model did not cut), and counts
    /// into `base` the ends after a plain word that the rules and `model` find.
    pub fn add(
        &mut self,
        p: &Projected,
        model: &GapModel,
        pairs: &PairTable,
        lex: &Lexicon,
        base: &mut [usize; 3],
    ) {
        let mut segments = Vec::new();
        let (tokens, _) = split_by_rules(&p.text, lex, &mut segments);
        if tokens.len() != p.ends.len() {
            return;
        }
        let mut words = Vec::new();
        let lower = word_infos(&p.text, &tokens, &mut words);
        let rule_ends = super::train::word_ends(&tokens, &segments);
        let mut refined = segments.clone();
        model.refine(&p.text, &tokens, lex, &mut refined, 0);
        let model_ends = super::train::word_ends(&tokens, &refined);
        let known = |i: usize| p.known.as_ref().is_none_or(|k| k.get(i) == Some(&true));
        let mut start = 0;
        for i in 0..tokens.len().saturating_sub(1) {
            let gold = p.ends.get(i).copied().unwrap_or(false);
            if known(i) && plain_word(words[i]) {
                match (model_ends[i], gold) {
                    (true, true) => base[0] += 1,
                    (true, false) => base[1] += 1,
                    (false, true) => base[2] += 1,
                    _ => {}
                }
            }
            if model_ends[i] {
                start = i + 1;
                continue;
            }
            let seg_end = (i..tokens.len()).find(|&k| rule_ends[k]).unwrap_or(i);
            if !known(i) || !plain_word(words[i]) || i + 1 - start > MAX_PIECE || seg_end < i + 3 {
                continue;
            }
            self.features
                .push(piece_features(&words, start, i, lower, pairs));
            self.labels.push(gold);
        }
    }

    /// An averaged perceptron over the candidates, `epochs` passes in a fixed order.
    pub fn train(&self, epochs: usize) -> Vec<f32> {
        let n = 1usize << BITS;
        let (mut w, mut total, mut stamp) = (vec![0f32; n], vec![0f32; n], vec![0u64; n]);
        let mut t: u64 = 1;
        let mut order: Vec<usize> = (0..self.len()).collect();
        let mut seed: u64 = 0x5EED_2026;
        for _ in 0..epochs {
            for k in (1..order.len()).rev() {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                order.swap(k, (seed >> 33) as usize % (k + 1));
            }
            for &e in &order {
                let f = &self.features[e];
                let s: f32 = f.iter().map(|&j| w[j as usize]).sum();
                let y = if self.labels[e] { 1.0 } else { -1.0 };
                if y * s <= 0.0 {
                    for &j in f {
                        let j = j as usize;
                        total[j] += (t - stamp[j]) as f32 * w[j];
                        stamp[j] = t;
                        w[j] += y;
                    }
                }
                t += 1;
            }
        }
        for j in 0..n {
            total[j] += (t - stamp[j]) as f32 * w[j];
        }
        total.iter().map(|x| x / t as f32).collect()
    }

    fn scores(&self, w: &[f32]) -> Vec<f32> {
        self.features
            .iter()
            .map(|f| f.iter().map(|&j| w[j as usize]).sum())
            .collect()
    }

    /// The threshold of best F-beta of the cuts among these candidates.
    pub fn best_threshold(&self, w: &[f32], beta: f64) -> f32 {
        let mut s: Vec<(f32, bool)> = self
            .scores(w)
            .into_iter()
            .zip(self.labels.clone())
            .collect();
        s.sort_by(|a, b| b.0.total_cmp(&a.0));
        let pos = self.positives() as f64;
        let (mut tp, mut fp, mut best, mut at) = (0.0, 0.0, -1.0, f32::INFINITY);
        let b2 = beta * beta;
        for (score, label) in s {
            if label {
                tp += 1.0;
            } else {
                fp += 1.0;
            }
            let p = tp / (tp + fp);
            let r = if pos > 0.0 { tp / pos } else { 0.0 };
            let f = if p + r > 0.0 {
                (1.0 + b2) * p * r / (b2 * p + r)
            } else {
                0.0
            };
            if f > best {
                best = f;
                at = score - 1e-6;
            }
        }
        at
    }

    /// (true cuts, false cuts) above `threshold`.
    pub fn cuts(&self, w: &[f32], threshold: f32) -> (usize, usize) {
        let mut out = (0, 0);
        for (s, &l) in self.scores(w).into_iter().zip(&self.labels) {
            if s > threshold {
                if l {
                    out.0 += 1;
                } else {
                    out.1 += 1;
                }
            }
        }
        out
    }
}

/// The features of the piece of words `start..=i` and the opening after it.
fn piece_features(
    words: &[WordInfo],
    start: usize,
    i: usize,
    lower: bool,
    pairs: &PairTable,
) -> Vec<u32> {
    let len = (i + 1 - start) as u64;
    let at = |k: usize| words.get(k).copied().unwrap_or_default();
    let class = |k: usize| u64::from(words.get(k).map_or(15, |&w| pairs.class(w)));
    let mut f = vec![ix(0, 0), ix(1, len), ix(19, u64::from(lower) << 4 | len)];
    let mut left_classes = 0u64;
    for k in start..=i {
        let h = at(k).hash;
        f.push(ix(2, h));
        f.push(ix(3, h ^ ((i - k).min(3) as u64).rotate_left(50)));
        left_classes |= 1 << class(k);
    }
    let (w0, w1, w2) = (at(i), at(i + 1), at(i + 2));
    f.push(ix(4, at(start).hash));
    f.push(ix(5, w0.hash));
    f.push(ix(6, w1.hash));
    f.push(ix(7, w1.hash ^ w2.hash.rotate_left(17)));
    f.push(ix(8, w0.hash ^ w1.hash.rotate_left(17)));
    f.push(ix(9, left_classes));
    f.push(ix(10, left_classes << 4 | len));
    let (c1, c2, c3, c4) = (class(i + 1), class(i + 2), class(i + 3), class(i + 4));
    f.push(ix(11, c1 << 8 | c2 << 4 | c3));
    f.push(ix(12, (c1 << 4 | c2) << 4 | len));
    let right_verb = (1..=4u64)
        .find(|&d| {
            matches!(
                class(i + d as usize) as u8,
                word_class::AUX | word_class::VERB
            )
        })
        .unwrap_or(0);
    let left_verb = left_classes & (1 << word_class::AUX | 1 << word_class::VERB) != 0;
    f.push(ix(13, right_verb << 4 | u64::from(left_verb) << 1));
    f.push(ix(20, (right_verb << 4 | c4) << 8 | left_classes));
    let tier = if plain_word(w1) {
        u64::from(pairs.tier(w0, w1))
    } else {
        3
    };
    let (e, s) = (pairs.rates(w0).end, pairs.rates(w1).start);
    f.push(ix(14, tier << 8 | u64::from(e) << 4 | u64::from(s)));
    f.push(ix(15, tier << 4 | len));
    let opens = start == 0;
    let before_plain = start > 0 && plain_word(at(start - 1));
    f.push(ix(16, u64::from(opens) << 4 | len));
    f.push(ix(17, u64::from(before_plain) << 1 | u64::from(opens)));
    let repeat = (start..=i).any(|k| {
        pairs.class(at(k)) == 0
            && plain_word(at(k))
            && (i + 1..(i + 31).min(words.len())).any(|j| words[j].hash == at(k).hash)
    });
    f.push(ix(18, u64::from(repeat) << 4 | len));
    f.push(ix(
        21,
        u64::from(repeat) << 8 | (left_classes & 0xffff) << 1 | u64::from(opens),
    ));
    f
}
