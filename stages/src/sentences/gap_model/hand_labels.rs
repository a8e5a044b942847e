//! Real bulk-style openings labelled by hand (the blind check's windows,
//! `eval/blind/sentences/labels*.jsonl`) as training data for the gap model. A label
//! file gives, for an article of the bulk corpus, the byte offsets of its raw text
//! where a segment ends (each at a space), the offsets where an end is optional, and
//! the end of the labelled window: only the spaces inside the window are known, and
//! the optional ones are not, so the text after the window teaches nothing either way.

use super::super::lexicon::Lexicon;
use super::super::splitter::split_by_rules;
use super::projection::Projected;

/// One labelled window of an article: byte offsets into its raw text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Window {
    /// Where a segment ends (at a space).
    pub ends: Vec<usize>,
    /// Where an end may be or not (counts neither way).
    pub optional: Vec<usize>,
    /// Where the labelled part stops; the spaces from here on are unknown.
    pub end: usize,
}

/// For each offset of `raw` in `offsets`, the byte offset in `text` after the same
/// number of whitespace-separated words (`None` where `text` has fewer): `normalise`
/// changes bytes inside words (`&amp;` -> `&`), not how many there are.
fn map_by_words(raw: &str, text: &str, offsets: &[usize]) -> Vec<Option<usize>> {
    let ends_of = |s: &str| -> Vec<usize> {
        let mut out = Vec::new();
        let mut in_word = false;
        for (i, c) in s.char_indices() {
            if c.is_whitespace() {
                if in_word {
                    out.push(i);
                }
                in_word = false;
            } else {
                in_word = true;
            }
        }
        if in_word {
            out.push(s.len());
        }
        out
    };
    let (raw_ends, text_ends) = (ends_of(raw), ends_of(text));
    offsets
        .iter()
        .map(|&o| {
            let words = raw_ends.partition_point(|&e| e <= o);
            words.checked_sub(1).and_then(|w| text_ends.get(w)).copied()
        })
        .collect()
}

/// The normalised article `text` (of the raw text `raw`) with the labels of
/// `window`: for each of the rules' words, whether a segment ends with it, and
/// whether that is known (the word ends at a space inside the window, not at an
/// optional end). `None` when the text has no words.
pub fn label_window(raw: &str, text: &str, window: &Window, lex: &Lexicon) -> Option<Projected> {
    let mut segments = Vec::new();
    let (tokens, _) = split_by_rules(text, lex, &mut segments);
    if tokens.is_empty() {
        return None;
    }
    let ends: Vec<usize> = map_by_words(raw, text, &window.ends)
        .into_iter()
        .flatten()
        .collect();
    let optional: Vec<usize> = map_by_words(raw, text, &window.optional)
        .into_iter()
        .flatten()
        .collect();
    // The window's end falls at or after a word's end; the last word wholly
    // inside it is the last known.
    let limit = map_by_words(raw, text, &[window.end])
        .first()
        .copied()
        .flatten()
        .unwrap_or(0);
    let bytes = text.as_bytes();
    let at_space = |o: usize| bytes.get(o).is_some_and(u8::is_ascii_whitespace);
    let mut labels = Vec::with_capacity(tokens.len());
    let mut known = Vec::with_capacity(tokens.len());
    for t in &tokens {
        labels.push(ends.contains(&t.end));
        // A word ending inside a run of letters and marks (`done.then`) has no
        // space to carry a label: its end is unknown.
        known.push(t.end < limit && at_space(t.end) && !optional.contains(&t.end));
    }
    Some(Projected {
        text: text.to_string(),
        ends: labels,
        known: Some(known),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_labels_its_spaces_only() {
        let raw = "storm warning the river rose on monday &amp; tuesday . Residents left early . \
                   more text after the window";
        let text = raw.replace("&amp;", "&");
        let at = |w: &str| raw.find(w).map(|k| k + w.len()).unwrap_or(0);
        let window = Window {
            ends: vec![at("warning"), at("tuesday .")],
            optional: vec![at("left")],
            end: at("early ."),
        };
        let p = label_window(raw, &text, &window, Lexicon::default_ref()).expect("words");
        let words: Vec<&str> = p.text.split(' ').collect();
        assert_eq!(words.len(), p.ends.len());
        let known = p.known.expect("partly known");
        let pos = |w: &str| words.iter().position(|x| *x == w).unwrap_or(usize::MAX);
        assert!(p.ends[pos("warning")] && known[pos("warning")]);
        assert!(!p.ends[pos("river")] && known[pos("river")]);
        // After the decoded entity the offsets still line up.
        assert!(p.ends[pos("tuesday") + 1]);
        assert!(!known[pos("left")]);
        // The window's end and the text after it are unknown.
        assert!(!known[pos("early") + 1] && !known[pos("after")]);
    }
}
