//! What the report shows of each article: its title (first segment) and its
//! dateline, when one of its first segments is a date standing alone
//! (`Saturday, February 27, 2010`, `27 Feb 2010`, `2010-02-27`).

use std::sync::LazyLock;

use super::sentences::SentenceIndex;
use super::text::{fold, rows, words_of, WordMap};
use crate::records::ArticleInfo;

static MONTHS: LazyLock<WordMap<String, u32>> = LazyLock::new(|| {
    rows(include_str!("../../data/reconcile/months.tsv"))
        .filter_map(|(w, v)| Some((w.to_string(), v.parse().ok()?)))
        .collect()
});

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
/// Datelines are looked for among an article's first segments only.
const DATELINE_WITHIN: usize = 4;
/// A dateline has few words besides the date.
const DATELINE_MAX_WORDS: usize = 6;
const TITLE_MAX_CHARS: usize = 160;
/// Fewest digits of a year: a token read as a year in 1900..=2100 has at least
/// four, all ASCII (tokens hold no sign).
const YEAR_DIGITS: usize = 4;

pub fn describe(sentences: &SentenceIndex) -> Vec<ArticleInfo> {
    sentences
        .articles()
        .map(|(article, list)| ArticleInfo {
            article: article.to_string(),
            title: list.first().map(|s| shorten(&s.text, TITLE_MAX_CHARS)),
            date: list
                .iter()
                .take(DATELINE_WITHIN)
                .find_map(|s| dateline(&s.text)),
        })
        .collect()
}

/// `YYYY-MM-DD` when `text` is a date standing alone.
pub fn dateline(text: &str) -> Option<String> {
    // Cheap tests first: most opening segments hold no year. Folding ASCII
    // text changes no digit, so it is tested before folding.
    if text.is_ascii() && !has_digit_run(text) {
        return None;
    }
    let folded = fold(text);
    if !has_digit_run(&folded) {
        return None;
    }
    // One word past the most a dateline has is enough to reject a long segment.
    let words: Vec<&str> = words_of(&folded)
        .filter(|t| !WEEKDAYS.contains(t) && *t != "updated" && *t != "published")
        .take(DATELINE_MAX_WORDS + 1)
        .collect();
    if words.is_empty() || words.len() > DATELINE_MAX_WORDS {
        return None;
    }
    let year = words
        .iter()
        .filter_map(|w| w.parse::<u32>().ok())
        .find(|y| (1900..=2100).contains(y))?;
    if let Some(m) = words.iter().position(|w| MONTHS.contains_key(*w)) {
        let month = MONTHS.get(words[m]).copied()?;
        let day_at = |i: Option<usize>| {
            i.and_then(|i| words.get(i))
                .and_then(|w| w.parse::<u32>().ok())
                .filter(|d| (1..=31).contains(d))
        };
        let day = day_at(m.checked_add(1)).or_else(|| day_at(m.checked_sub(1)))?;
        return Some(format!("{year:04}-{month:02}-{day:02}"));
    }
    // Numeric form: 2010 02 27 after splitting on the dashes.
    let nums: Vec<u32> = words.iter().filter_map(|w| w.parse().ok()).collect();
    match nums.as_slice() {
        [y, m, d] if *y == year && (1..=12).contains(m) && (1..=31).contains(d) => {
            Some(format!("{y:04}-{m:02}-{d:02}"))
        }
        _ => None,
    }
}

/// Whether a folded text may hold a year, as every dateline does: its words
/// are pieces of it, so it must have a run of YEAR_DIGITS digits.
fn has_digit_run(text: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let bytes = text.as_bytes();
    let mut run = 0;
    let mut at = 0;
    while at < bytes.len() {
        // Most of a text is eight bytes without a digit at a time: the run is broken.
        if let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
            let v = u64::from_le_bytes(*chunk);
            let low = v & !HIGH;
            let at_least = |bound: u64| (low + ONES * (0x80 - bound)) & HIGH;
            let digits = at_least(u64::from(b'0')) & !at_least(u64::from(b'9') + 1) & !v;
            if digits == 0 {
                run = 0;
                at += 8;
                continue;
            }
        }
        let end = (at + 8).min(bytes.len());
        for &b in bytes.get(at..end).unwrap_or(&[]) {
            run = if b.is_ascii_digit() { run + 1 } else { 0 };
            if run >= YEAR_DIGITS {
                return true;
            }
        }
        at = end;
    }
    false
}

/// At most `max` characters, cut at a character boundary with an ellipsis.
pub fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_runs_across_words_of_eight() {
        let reference = |t: &str| {
            let mut run = 0;
            t.bytes().any(|b| {
                run = if b.is_ascii_digit() { run + 1 } else { 0 };
                run >= YEAR_DIGITS
            })
        };
        let base = "on 12 may the 99 men of unit 7 met; é 1 2 3 in 20 rooms x";
        for at in 0..base.len() {
            for k in 1..=5 {
                let mut t = base.as_bytes().to_vec();
                for j in at..(at + k).min(t.len()) {
                    t[j] = b'5';
                }
                let Ok(t) = String::from_utf8(t) else {
                    continue;
                };
                assert_eq!(has_digit_run(&t), reference(&t), "{t:?}");
            }
        }
    }

    #[test]
    fn reads_datelines() {
        assert_eq!(
            dateline("Saturday, February 27, 2010").as_deref(),
            Some("2010-02-27")
        );
        assert_eq!(dateline("3 Sept 2021").as_deref(), Some("2021-09-03"));
        assert_eq!(dateline("2019-11-05").as_deref(), Some("2019-11-05"));
        assert_eq!(
            dateline("Updated: March 4, 2020").as_deref(),
            Some("2020-03-04")
        );
    }

    #[test]
    fn ignores_sentences_that_mention_a_date() {
        assert_eq!(
            dateline("The quake struck on February 27, 2010, killing hundreds of people."),
            None
        );
        assert_eq!(dateline("May I help?"), None);
        assert_eq!(dateline("3 May 210"), None);
        assert_eq!(
            dateline("3 May 2021 — Zürich").as_deref(),
            Some("2021-05-03")
        );
    }

    #[test]
    fn shortens_on_char_boundaries() {
        assert_eq!(shorten("ééééé", 3), "ééé…");
        assert_eq!(shorten("short", 10), "short");
    }
}
