//! Real bulk-style text labelled by its full text: some articles of the corpus's full
//! sets (`mnlb-*`, from the Multi-News test split) are also in the bulk corpus, as it
//! renders them (lower-cased, lines joined, page furniture kept). Their bulk versions
//! are found by shared runs of words near the opening (`Openings`), and the segment
//! ends of the projected full text are carried onto the bulk version's words where
//! the two texts agree word for word (`carry_labels`); elsewhere the label of a
//! space is unknown (`Projected::known`), so the bulk version's own furniture, which
//! the full text lacks, teaches nothing either way.

use std::collections::HashMap;

use super::projection::Projected;

/// Words in a run that must be shared for a bulk article to vote for a full one.
const RUN: usize = 6;
/// How many of the full text's first words are indexed, and how many of the bulk
/// text's first words vote.
const FULL_WORDS: usize = 400;
const BULK_WORDS: usize = 60;
/// At most this many words of either text are aligned (the bulk corpus keeps about
/// 500 words per set).
const ALIGN_WORDS: usize = 1500;

/// A word as both texts are compared: lower-cased.
fn key(word: &str) -> String {
    word.to_lowercase()
}

fn run_hash(words: &[String]) -> u64 {
    // FNV-1a over the words and a separator: the same on every run.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for b in w.bytes().chain(std::iter::once(0)) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The runs of `RUN` words near the openings of the full texts, by the index of the
/// full text they are in.
#[derive(Debug, Default)]
pub struct Openings {
    runs: HashMap<u64, Vec<usize>>,
}

impl Openings {
    /// Indexes the projected full texts `texts` (in order: the indexes `best` gives).
    pub fn of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Openings {
        let mut runs: HashMap<u64, Vec<usize>> = HashMap::new();
        for (n, text) in texts.into_iter().enumerate() {
            let words: Vec<String> = text.split(' ').take(FULL_WORDS).map(key).collect();
            for run in words.windows(RUN) {
                let v = runs.entry(run_hash(run)).or_default();
                if v.last() != Some(&n) {
                    v.push(n);
                }
            }
        }
        Openings { runs }
    }

    /// The full text that a bulk text is a version of, and the share of its opening's
    /// runs that text holds: the one with most runs (the first on a tie), if it holds
    /// at least half.
    pub fn best(&self, bulk: &str) -> Option<(usize, f64)> {
        let words: Vec<String> = bulk.split_whitespace().take(BULK_WORDS).map(key).collect();
        let runs = words.len().checked_sub(RUN - 1).filter(|&n| n > 0)?;
        let mut votes: HashMap<usize, usize> = HashMap::new();
        for run in words.windows(RUN) {
            for &n in self.runs.get(&run_hash(run)).map_or(&[][..], |v| v) {
                *votes.entry(n).or_default() += 1;
            }
        }
        let (n, v) = votes
            .into_iter()
            .max_by_key(|&(n, v)| (v, std::cmp::Reverse(n)))?;
        let share = v as f64 / runs as f64;
        (share >= 0.5).then_some((n, share))
    }
}

/// The bulk text `bulk` (words separated by whitespace) labelled with the segment ends
/// of `full` (a projected full text) where both agree: the space after a bulk word is
/// known when it and the next word are matched to two neighbouring words of the full
/// text (a longest common subsequence of the lower-cased words), and ends where the
/// full text's first of the two does. `lower` writes the bulk text wholly in lower case.
pub fn carry_labels(full: &Projected, bulk: &str, lower: bool) -> Projected {
    let text: String = if lower {
        bulk.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        bulk.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let b: Vec<String> = text.split(' ').map(key).collect();
    let f: Vec<String> = full.text.split(' ').map(key).collect();
    let (nb, nf) = (b.len().min(ALIGN_WORDS), f.len().min(ALIGN_WORDS));
    let matched = common_subsequence(&b[..nb], &f[..nf]);
    let mut ends = vec![false; b.len()];
    let mut known = vec![false; b.len()];
    for j in 0..b.len().saturating_sub(1) {
        if let (Some(Some(x)), Some(Some(y))) = (matched.get(j), matched.get(j + 1)) {
            if *y == x + 1 {
                known[j] = true;
                ends[j] = full.ends.get(*x).copied().unwrap_or(false);
            }
        }
    }
    Projected {
        text,
        ends,
        known: Some(known),
    }
}

/// For each word of `a`, the word of `b` it is matched to in a longest common
/// subsequence of the two (ties broken the same way on every run).
fn common_subsequence(a: &[String], b: &[String]) -> Vec<Option<usize>> {
    let (n, m) = (a.len(), b.len());
    // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
    let width = m + 1;
    let mut lengths = vec![0u16; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lengths[i * width + j] = if a[i] == b[j] {
                lengths[(i + 1) * width + j + 1] + 1
            } else {
                lengths[(i + 1) * width + j].max(lengths[i * width + j + 1])
            };
        }
    }
    let mut out = vec![None; n];
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i] == b[j] {
            out[i] = Some(j);
            i += 1;
            j += 1;
        } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_carry_where_the_words_agree() {
        let full = Projected {
            text: "storm warning the river rose on monday . residents left".into(),
            ends: vec![
                false, true, false, false, false, false, false, true, false, true,
            ],
            known: None,
        };
        let bulk = "image copyright ap storm warning the river rose on monday . Residents left";
        let p = carry_labels(&full, bulk, false);
        let words: Vec<&str> = p.text.split(' ').collect();
        let at = |w: &str| words.iter().position(|x| *x == w).expect("a word");
        let known = p.known.expect("partly known");
        assert!(p.ends[at("warning")] && known[at("warning")]);
        assert!(!p.ends[at("river")] && known[at("river")]);
        assert!(p.ends[at(".")]);
        // The furniture the full text lacks is not labelled.
        assert!(!known[at("copyright")] && !known[at("ap")]);
    }

    #[test]
    fn a_bulk_opening_finds_its_full_text() {
        let fulls = [
            "the council met on monday and voted to close the old bridge over the river",
            "storm warning the river rose on monday in newtown , officials said on tuesday",
        ];
        let o = Openings::of(fulls);
        let got = o.best("Storm warning the river rose on monday in newtown , officials said");
        assert_eq!(got.map(|g| g.0), Some(1));
        assert_eq!(
            o.best("a text about something else entirely with no shared run"),
            None
        );
    }
}
