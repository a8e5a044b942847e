//! The words of a cited sentence that a figure was read from: the number that
//! gives its value and the casualty word nearest to it. Found again in the
//! sentence for display only (the casualty records keep the sentence, not the
//! words); when no number in the sentence gives the value, nothing is marked
//! rather than the wrong words.

use super::document::{text, Inline};
use crate::number_words::{self, NumKind};
use crate::records::Status;

/// `sentence` as text with the matched words marked.
pub fn highlight(sentence: &str, value: u64, status: Status) -> Vec<Inline> {
    let words = tokens(sentence);
    // Each word lower-cased once, for the number and the casualty word alike.
    let lower: Vec<String> = words
        .iter()
        .map(|w| sentence[w.0..w.1].to_lowercase())
        .collect();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let number = number_span(&lower, value);
    if let Some((first, last)) = number {
        spans.push((words[first].0, words[last].1));
    }
    let near = number.map(|(first, _)| first).unwrap_or(0);
    let casualty = words
        .iter()
        .enumerate()
        .filter(|(i, _)| is_casualty_word(&lower[*i], status))
        .min_by_key(|(i, _)| i.abs_diff(near))
        .map(|(_, w)| *w);
    if let Some(c) = casualty {
        if !spans.iter().any(|s| s.0 < c.1 && c.0 < s.1) {
            spans.push(c);
        }
    }
    spans.sort_unstable();
    let mut out = Vec::new();
    let mut from = 0;
    for (start, end) in spans {
        if start > from {
            out.push(text(&sentence[from..start]));
        }
        out.push(Inline::Mark(sentence[start..end].to_string()));
        from = end;
    }
    if from < sentence.len() {
        out.push(text(&sentence[from..]));
    }
    out
}

/// Byte spans of the words: runs of letters and digits, keeping `1,400`,
/// `2.5` and `twenty-two` whole.
fn tokens(s: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let inner = matches!(c, ',' | '.' | '-')
            && start.is_some()
            && chars
                .get(k + 1)
                .is_some_and(|(_, n)| n.is_alphanumeric() && (c == '-' || n.is_ascii_digit()));
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(st) = start.take() {
            out.push((st, i));
        }
    }
    if let Some(st) = start {
        out.push((st, s.len()));
    }
    out
}

/// The first run of words giving `value`: digits (`1,400`, `2.5 million`) or
/// number words (`twenty-two`, `three hundred`), as indices into `words`, given
/// lower-cased.
fn number_span(words: &[String], value: u64) -> Option<(usize, usize)> {
    for (i, w) in words.iter().enumerate() {
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            let plain = w.replace(',', "");
            let Ok(n) = plain.parse::<f64>() else {
                continue;
            };
            let scaled = words.get(i + 1).and_then(|next| multiplier(next));
            if let Some(m) = scaled {
                if (n * m as f64).round() as u64 == value {
                    return Some((i, i + 1));
                }
            }
            if n.fract() == 0.0 && n as u64 == value {
                return Some((i, i));
            }
            continue;
        }
        // The longest run of number words starting here.
        let mut run: Vec<&str> = Vec::new();
        let mut end = i;
        while let Some(w) = words.get(end) {
            if !w.split('-').all(|p| number_words::lookup(p).is_some()) {
                break;
            }
            run.extend(w.split('-'));
            end += 1;
        }
        if end > i && number_words::value_of(run.iter().copied()) == Some(value) {
            return Some((i, end - 1));
        }
    }
    None
}

/// What a word multiplies the number before it by (`2.5 million`).
fn multiplier(word: &str) -> Option<u64> {
    match number_words::lookup(word) {
        Some((v, NumKind::Scale)) if v >= 100 => Some(v),
        _ => None,
    }
}

fn is_casualty_word(word: &str, status: Status) -> bool {
    let (exact, prefixes): (&[&str], &[&str]) = match status {
        Status::Killed => (
            &[
                "die", "died", "dies", "dead", "lives", "bodies", "body", "slain", "toll",
            ],
            &[
                "kill", "death", "dying", "fatal", "perish", "murder", "execut", "drown",
            ],
        ),
        Status::Injured => (
            &["hurt", "shot", "stabbed"],
            &["injur", "wound", "hospital", "casualt", "maim"],
        ),
        Status::Missing => (&["lost"], &["missing", "unaccounted", "disappear"]),
    };
    exact.contains(&word) || prefixes.iter().any(|p| word.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(inlines: &[Inline]) -> Vec<&str> {
        inlines
            .iter()
            .filter_map(|i| match i {
                Inline::Mark(t) => Some(t.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn marks_the_number_and_the_nearest_casualty_word() {
        let s = "Rescuers said 1,250 people were killed and 30 hurt.";
        let h = highlight(s, 1250, Status::Killed);
        assert_eq!(marked(&h), ["1,250", "killed"]);
        let whole: String = h
            .iter()
            .map(|i| match i {
                Inline::Text(t) | Inline::Mark(t) => t.as_str(),
                _ => "",
            })
            .collect();
        assert_eq!(whole, s);
        assert_eq!(marked(&highlight(s, 30, Status::Injured)), ["30", "hurt"]);
    }

    #[test]
    fn reads_number_words_in_any_case() {
        let h = highlight(
            "twenty-two villagers died , police said .",
            22,
            Status::Killed,
        );
        assert_eq!(marked(&h), ["twenty-two", "died"]);
        let h = highlight("Three Hundred Were Missing.", 300, Status::Missing);
        assert_eq!(marked(&h), ["Three Hundred", "Missing"]);
        let h = highlight("about 2.5 million displaced, 4 dead", 4, Status::Killed);
        assert_eq!(marked(&h), ["4", "dead"]);
    }

    #[test]
    fn marks_no_number_that_does_not_give_the_value() {
        let h = highlight("Seven people were injured.", 9, Status::Injured);
        assert_eq!(marked(&h), ["injured"]);
    }
}
