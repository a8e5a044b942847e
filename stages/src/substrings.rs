//! Whether a text holds any of a few dozen substrings, ASCII letters in either case, as
//! `aho_corasick`'s `is_match` answers it, from a dense table of its own: the casualty
//! stage's sentence prefilter and reconcile's country words. Every sentence of every
//! article is passed through the first, nearly all without a match: one class load, one
//! transition load and a compare per byte (where the general search loop spent about
//! three times that), by byte classes (letters folded) and one state that every match
//! enters and never leaves.

/// A dense Aho–Corasick automaton over byte classes that stops at the first match.
pub struct Substrings {
    /// `trans[row + class]`: the next state's row, where a state's row is its number
    /// times the number of classes.
    trans: Vec<u32>,
    /// Each byte's class: the patterns' bytes (ASCII letters folded) one each, the
    /// other bytes class 0.
    class: [u8; 256],
    /// The match state's row.
    matched: u32,
}

/// How many bytes [`Substrings::is_match`] reads between two looks for the match state.
const RUN: usize = 16;

/// The state every match enters and never leaves: the search stops there.
const MATCHED: u16 = 1;
const ROOT: u16 = 0;

impl Substrings {
    /// The matcher of `patterns` (ASCII letters in any case match either case); `None`
    /// for an empty pattern (which every text, even an empty one, would hold), or more
    /// states than a `u16` numbers.
    pub fn new(patterns: &[&str]) -> Option<Substrings> {
        if patterns.iter().any(|p| p.is_empty()) {
            return None;
        }
        let fold = |b: u8| b.to_ascii_lowercase();
        let mut class = [0u8; 256];
        let mut classes = 1usize;
        for p in patterns {
            for &b in p.as_bytes() {
                let b = fold(b);
                if class[usize::from(b)] == 0 {
                    class[usize::from(b)] = u8::try_from(classes).ok()?;
                    classes += 1;
                }
            }
        }
        for b in b'A'..=b'Z' {
            class[usize::from(b)] = class[usize::from(b.to_ascii_lowercase())];
        }
        // The trie: state 0 the root, 1 the match state, then one per prefix.
        let mut goto: Vec<Vec<Option<u16>>> = vec![vec![None; classes]; 2];
        let mut output = vec![false, true];
        for p in patterns {
            let mut s = usize::from(ROOT);
            for &b in p.as_bytes() {
                let c = usize::from(class[usize::from(fold(b))]);
                s = match goto[s][c] {
                    Some(next) => usize::from(next),
                    None => {
                        let next = u16::try_from(goto.len()).ok()?;
                        goto.push(vec![None; classes]);
                        output.push(false);
                        goto[s][c] = Some(next);
                        usize::from(next)
                    }
                };
            }
            output[s] = true;
        }
        // Failure links breadth first; each state's transitions are completed from its
        // failure state's, which is shallower and so done before it.
        let n = goto.len();
        let mut trans = vec![ROOT; n * classes];
        let mut fail = vec![ROOT; n];
        let mut queue = std::collections::VecDeque::new();
        for c in 0..classes {
            if let Some(next) = goto[usize::from(ROOT)][c] {
                trans[c] = next;
                queue.push_back(next);
            }
        }
        while let Some(s) = queue.pop_front() {
            let s = usize::from(s);
            let f = usize::from(fail[s]);
            output[s] |= output[f];
            for c in 0..classes {
                match goto[s][c] {
                    Some(next) => {
                        fail[usize::from(next)] = trans[f * classes + c];
                        trans[s * classes + c] = next;
                        queue.push_back(next);
                    }
                    None => trans[s * classes + c] = trans[f * classes + c],
                }
            }
        }
        // The match state is never left (its row, never filled above, is all root).
        for t in &mut trans[usize::from(MATCHED) * classes..(usize::from(MATCHED) + 1) * classes] {
            *t = MATCHED;
        }
        // A transition into a state that ends a pattern goes to the match state instead;
        // each state is kept as the index of its row, saving a multiply per byte.
        let trans = trans
            .iter()
            .map(|&t| {
                let t = if output[usize::from(t)] { MATCHED } else { t };
                u32::from(t) * classes as u32
            })
            .collect();
        Some(Substrings {
            trans,
            class,
            matched: u32::from(MATCHED) * classes as u32,
        })
    }

    /// Whether `text` holds any of the patterns.
    #[inline]
    pub fn is_match(&self, text: &str) -> bool {
        // The match state is never left: it is looked for once per run of bytes, not
        // after each byte.
        let mut row = 0;
        for run in text.as_bytes().chunks(RUN) {
            for &b in run {
                let c = usize::from(self.class[usize::from(b)]);
                match self.trans.get(row + c) {
                    Some(&next) => row = next as usize,
                    None => return false,
                }
            }
            if row == self.matched as usize {
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasickBuilder;

    #[test]
    fn answers_as_aho_corasick_does() {
        let patterns = [
            "kill",
            "dead",
            "death",
            "pc",
            "no-one survived",
            "own li",
            "own life",
            "bodies",
            "body of",
            "sgt",
            "lives",
            "hospital",
            "hurt",
        ];
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build(patterns)
            .expect("builds");
        let ours = Substrings::new(&patterns).expect("builds");
        let texts = [
            "",
            "k",
            "nothing here at all",
            "Three were KILLED on Monday",
            "the dea th toll",
            "a deadline passed",
            "an npc said",
            "No-One Survived the crash",
            "no one survived",
            "took his own lif",
            "took his own life",
            "the body ofx",
            "bod of",
            "a SgT. major",
            "livestock",
            "hospitall",
            "ähurt",
            "hur t",
            "pPc",
            "deatk kil",
        ];
        for t in texts {
            assert_eq!(ours.is_match(t), ac.is_match(t), "{t:?}");
        }
        // every suffix of a text that matches late, so that failure links are exercised
        let long = "a the body bo bod bodi bodie own l own li sg sgt";
        for k in 0..long.len() {
            let t = &long[k..];
            assert_eq!(ours.is_match(t), ac.is_match(t), "{t:?}");
        }
    }
}
