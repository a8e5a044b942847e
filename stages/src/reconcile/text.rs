//! Words for comparing quotations and names: folded (lowercase, accents
//! dropped), split on anything that is not a letter or digit, lightly stemmed,
//! and sorted into function words and content words.

use std::sync::LazyLock;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

static STOPWORDS: LazyLock<WordSet<String>> =
    LazyLock::new(|| words(include_str!("../../data/reconcile/stopwords.txt")));

/// Maps and sets looked up by short keys (words, stems) many times per set,
/// with a quick hash: SipHash's resistance to crafted collisions is not needed
/// for a batch over local files, and its cost showed in profiles. Only for maps
/// that are looked up, never iterated into an output.
pub type WordMap<K, V> = rustc_hash::FxHashMap<K, V>;
pub type WordSet<K> = rustc_hash::FxHashSet<K>;

/// The whitespace-separated words of a data file, skipping `#` comment lines.
pub fn words(data: &str) -> WordSet<String> {
    data.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
        .map(str::to_string)
        .collect()
}

/// The `key<TAB>value` rows of a data file, skipping `#` comment lines.
pub fn rows(data: &str) -> impl Iterator<Item = (&str, &str)> {
    data.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(k, v)| (k.trim(), v.trim()))
}

/// Lowercase with accents removed: `Óscar Acuña` → `oscar acuna`.
///
/// This is the text's canonical decomposition (NFD) without combining marks,
/// lowercased. NFD decomposes each character on its own and then only reorders
/// characters of nonzero combining class, all of which are combining marks and
/// dropped here; so each character is decomposed alone, with no reordering
/// buffer, and ASCII (most of the text) is lowercased directly.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            });
        }
    }
    out
}

/// The folded words of a text, in order.
pub fn tokens(text: &str) -> Vec<String> {
    words_of(&fold(text)).map(str::to_string).collect()
}

/// The words of an already folded text, in order, borrowed from it: callers
/// that only look at the words need not allocate each one.
pub fn words_of(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(word)
}

/// A light suffix stripper, enough to equate `scandal`/`scandals`,
/// `denies`/`denied` and `vigorous`/`vigorously`; never shorter than 3 letters.
/// The stem is a prefix of the word, so it is borrowed from it.
pub fn stem(word: &str) -> &str {
    const SUFFIXES: [&str; 8] = ["ingly", "edly", "ing", "ies", "ied", "ly", "es", "ed"];
    let mut w = word;
    for suffix in SUFFIXES {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.chars().count() >= 3 {
                w = base;
                break;
            }
        }
    }
    let keeps_s = ["ss", "us", "is"].iter().any(|end| w.ends_with(end));
    if let Some(base) = w.strip_suffix('s') {
        if base.chars().count() >= 3 && !keeps_s {
            w = base;
        }
    }
    w
}

/// Whether two stems are the same word, allowing one slip of spelling in a
/// long word (`gallentry` / `gallantry`).
pub fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la < 6 || lb < 6 || la.abs_diff(lb) > 1 {
        return false;
    }
    within_one_edit(a, b)
}

/// Whether `a` becomes `b` by at most one edit: a letter inserted, dropped or
/// replaced, or two neighbours swapped — a Damerau–Levenshtein distance of at
/// most 1. Names and stems are compared pairwise, so this runs in one pass over
/// the letters instead of filling a distance table.
///
/// Any one edit leaves a common beginning and end around at most two letters:
/// after the longest common prefix, and then the longest common suffix of what
/// remains, the middles are empty, one letter against none or one, or a swapped pair.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = without_common_ends(a, b);
    let mut xs = a.chars();
    let mut ys = b.chars();
    match (
        xs.next(),
        xs.next(),
        xs.next(),
        ys.next(),
        ys.next(),
        ys.next(),
    ) {
        (_, None, _, _, None, _) => true,
        (Some(x1), Some(x2), None, Some(y1), Some(y2), None) => x1 == y2 && x2 == y1,
        _ => false,
    }
}

/// `a` and `b` without their longest common prefix, then without the longest
/// common suffix of what is left.
fn without_common_ends<'s>(a: &'s str, b: &'s str) -> (&'s str, &'s str) {
    let prefix: usize = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix: usize = a
        .chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    (&a[..a.len() - suffix], &b[..b.len() - suffix])
}

/// A text prepared for comparison: all its words, and which of them carry content.
///
/// A stem is a prefix of its folded word, so the stems are kept as ranges of
/// the folded text rather than as a string each: a set has hundreds of words
/// and an allocation per word showed in profiles.
#[derive(Debug, Clone)]
pub struct Wording {
    /// The folded text the stems are cut from.
    folded: String,
    /// The byte range in `folded` of each word's stem, in order.
    spans: Vec<(usize, usize)>,
    /// For each word, whether it is a content word.
    pub content: Vec<bool>,
    /// Where each distinct content stem first occurs, in order; kept because
    /// a quotation is compared with many others.
    distinct: Vec<usize>,
    /// The length of each stem in characters.
    chars: Vec<usize>,
}

impl Wording {
    pub fn new(text: &str) -> Wording {
        let folded = fold(text);
        // About one word per six bytes; a guess that saves most regrowing.
        let guess = folded.len() / 6 + 1;
        let (mut spans, mut content, mut chars) = (
            Vec::with_capacity(guess),
            Vec::with_capacity(guess),
            Vec::with_capacity(guess),
        );
        for word in words_of(&folded) {
            // `word` is a slice of `folded`, so the distance between their
            // starts is the word's offset.
            let start = word.as_ptr() as usize - folded.as_ptr() as usize;
            let stemmed = stem(word);
            content.push(!is_stopword(word));
            chars.push(stemmed.chars().count());
            spans.push((start, start + stemmed.len()));
        }
        let mut wording = Wording {
            folded,
            spans,
            content,
            distinct: Vec::new(),
            chars,
        };
        wording.distinct = wording.first_content_positions();
        wording
    }

    /// Where each distinct content stem first occurs, in order.
    fn first_content_positions(&self) -> Vec<usize> {
        // Sized for every content word, so the set never regrows.
        let content = self.content.iter().filter(|c| **c).count();
        let mut seen = WordSet::with_capacity_and_hasher(content, Default::default());
        (0..self.len())
            .filter(|&i| self.content[i] && seen.insert(self.stem(i)))
            .collect()
    }

    /// Stem `i` (empty past the end).
    pub fn stem(&self, i: usize) -> &str {
        self.spans
            .get(i)
            .and_then(|&(start, end)| self.folded.get(start..end))
            .unwrap_or("")
    }

    /// The stems of all words, in order.
    pub fn stems(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.stem(i))
    }

    /// Whether both have the same stems in the same order.
    pub fn same_stems(&self, other: &Wording) -> bool {
        self.len() == other.len() && self.stems().eq(other.stems())
    }

    /// The length of stem `i` in characters (0 past the end).
    pub fn chars(&self, i: usize) -> usize {
        self.chars.get(i).copied().unwrap_or(0)
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The distinct content stems, in first-seen order.
    pub fn content_stems(&self) -> Vec<&str> {
        self.distinct_content().map(|(_, s)| s).collect()
    }

    /// The distinct content stems with their first positions, in first-seen order.
    pub fn distinct_content(&self) -> impl Iterator<Item = (usize, &str)> {
        self.distinct.iter().map(|&i| (i, self.stem(i)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold("Óscar ACUÑA"), "oscar acuna");
        assert_eq!(
            tokens("We're on lockdown — now!"),
            ["we", "re", "on", "lockdown", "now"]
        );
    }

    /// `fold` relies on this to skip NFD's reordering of non-starters.
    #[test]
    fn every_character_nfd_reorders_is_a_combining_mark() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert!(
                canonical_combining_class(c) == 0 || is_combining_mark(c),
                "{c:?}"
            );
        }
    }

    proptest::proptest! {
        /// Folding agrees with the NFD definition, on text mixing ASCII,
        /// precomposed and decomposed accents, marks out of order, Hangul and
        /// letters whose lowercase is longer.
        #[test]
        fn fold_agrees_with_nfd(text in "[aZ ÓñÅİẞ\u{301}\u{327}\u{316}\u{345}한Ω]{0,12}") {
            use unicode_normalization::UnicodeNormalization;
            let expected: String = text
                .nfd()
                .filter(|c| !is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .collect();
            proptest::prop_assert_eq!(fold(&text), expected);
        }
    }

    #[test]
    fn stems_common_endings() {
        assert_eq!(stem("scandals"), stem("scandal"));
        assert_eq!(stem("denies"), stem("denied"));
        assert_eq!(stem("vigorously"), "vigorous");
        assert_eq!(stem("is"), "is");
    }

    #[test]
    fn tolerates_one_slip_in_long_words_only() {
        assert!(same_word("gallentry", "gallantry"));
        assert!(!same_word("cat", "car"));
        assert!(!same_word("gallantry", "galloping"));
    }

    #[test]
    fn one_edit_is_insert_drop_replace_or_swap() {
        for (a, b) in [
            ("", ""),
            ("a", ""),
            ("abc", "abc"),
            ("abc", "abd"),
            ("abc", "ac"),
            ("abc", "acb"),
            ("aab", "ab"),
            ("añb", "anb"),
            ("ñb", "bñ"),
        ] {
            assert!(within_one_edit(a, b) && within_one_edit(b, a), "{a} {b}");
        }
        for (a, b) in [("abc", "cba"), ("abc", "a"), ("abcd", "badc"), ("ab", "cd")] {
            assert!(!within_one_edit(a, b) && !within_one_edit(b, a), "{a} {b}");
        }
    }

    proptest::proptest! {
        /// The one-pass test agrees with the full edit distance, on short words
        /// from a small alphabet (with accented letters) so that near misses abound.
        #[test]
        fn one_edit_agrees_with_the_edit_distance(a in "[abñé]{0,7}", b in "[abñé]{0,7}") {
            let expected = strsim::damerau_levenshtein(&a, &b) <= 1;
            proptest::prop_assert_eq!(within_one_edit(&a, &b), expected);
        }
    }

    #[test]
    fn content_words_skip_function_words() {
        let w = Wording::new("His efforts will never be forgotten.");
        assert_eq!(w.content_stems(), ["effort", "never", "forgotten"]);
    }
}
