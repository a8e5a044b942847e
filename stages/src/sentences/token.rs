//! Words of a line and their shape. Sentence boundaries fall only between words (at
//! white space), so the splitter reasons about whole words: what a word ends with,
//! what the next one starts with.

/// A run of non-space characters: byte offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

/// The bytes of word `k` of `tokens` in `bytes` (the text they were read from), empty
/// past the last word: the word reader of the layers after the gap model (credits,
/// notices, echoed headlines).
#[inline]
pub fn word_bytes<'a>(bytes: &'a [u8], tokens: &[Token], k: usize) -> &'a [u8] {
    tokens
        .get(k)
        .and_then(|t| bytes.get(t.start..t.end))
        .unwrap_or(&[])
}

/// The words of one line: `tokens[first..end]`, and how many line breaks came before
/// it (two or more: a new paragraph).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineSpan {
    pub first: usize,
    pub end: usize,
    pub breaks_before: usize,
}

/// Splits `text` into words (appended to `tokens`) and lines with words (appended to
/// `lines`), in one pass over its bytes. Every byte up to 0x20 (spaces, tabs, line
/// breaks, other controls) separates words; lines of white space only make no span.
pub fn tokenize_text(text: &str, tokens: &mut Vec<Token>, lines: &mut Vec<LineSpan>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    // The text's start counts as a paragraph start.
    let mut breaks = 2;
    while i < bytes.len() {
        let b = bytes[i];
        if b <= b' ' {
            breaks += usize::from(b == b'\n');
            i += 1;
            continue;
        }
        let start = i;
        i = next_separator(bytes, i + 1);
        if breaks > 0 {
            lines.push(LineSpan {
                first: tokens.len(),
                end: tokens.len(),
                breaks_before: breaks,
            });
            breaks = 0;
        }
        tokens.push(Token { start, end: i });
        if let Some(line) = lines.last_mut() {
            line.end = tokens.len();
        }
    }
}

/// The index of the first byte at or after `i` that is at most 0x20, or the length.
/// Looks at eight bytes at a time: most words end within the first eight, so the
/// loop rarely branches the wrong way.
#[inline]
fn next_separator(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_le_bytes(chunk);
        // Flags bytes below 0x21; borrows only reach higher bytes, so the lowest flag
        // is exact.
        let below = x.wrapping_sub(ONES * 0x21) & !x & HIGH;
        if below != 0 {
            return i + (below.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i] > b' ' {
        i += 1;
    }
    i
}

/// Whether the last byte of a word can end a sentence-final shape: terminal
/// punctuation, a closing quote or bracket, or the tail of a multi-byte character
/// (`…`, `”`, `’`, `»`). Checked on every word, so it looks at one byte only.
pub fn may_end_sentence(last: u8) -> bool {
    matches!(
        last,
        b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']' | 0x80..=0xBF
    )
}

/// A word split into opening marks, body, terminal punctuation and closing marks:
/// `“(Yes.)”` is lead `“(`, core `Yes`, term `.`, trail `)”`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape<'a> {
    pub lead: &'a str,
    pub core: &'a str,
    pub term: &'a str,
    pub trail: &'a str,
}

impl<'a> Shape<'a> {
    pub fn of(word: &'a str) -> Shape<'a> {
        // Most words asked end in one full stop after a letter or digit and open with
        // one (`said.`): no reference mark, closer or second terminal at the end, no
        // opener at the start, so the trims below would find just that stop.
        if let [first, .., before, b'.'] = word.as_bytes() {
            if first.is_ascii_alphanumeric() && before.is_ascii_alphanumeric() {
                let n = word.len() - 1;
                return Shape {
                    lead: "",
                    core: &word[..n],
                    term: &word[n..],
                    trail: "",
                };
            }
        }
        Shape::by_trims(word)
    }

    /// [`Shape::of`] by trimming each kind of mark in turn (any word).
    fn by_trims(word: &'a str) -> Shape<'a> {
        let without_trail = strip_references(word).trim_end_matches(is_closer);
        let trail = &word[without_trail.len()..];
        let body = without_trail.trim_end_matches(is_terminal);
        let term = &without_trail[body.len()..];
        let core = body.trim_start_matches(is_opener);
        let lead = &body[..body.len() - core.len()];
        Shape {
            lead,
            core,
            term,
            trail,
        }
    }

    /// The terminal punctuation is an ellipsis (`...`, `…`, `....`).
    pub fn is_ellipsis(&self) -> bool {
        // (as bytes: UTF-8 holds `…` only as its own three bytes, and `.` only as itself)
        let term = self.term.as_bytes();
        term.len() >= 2
            && (term.windows(3).any(|w| w == "…".as_bytes())
                || term.iter().filter(|&&b| b == b'.').count() >= 2)
    }

    /// The terminal punctuation holds `?` or `!`.
    pub fn is_exclamatory(&self) -> bool {
        self.term
            .chars()
            .any(|c| matches!(c, '?' | '!' | '‼' | '⁇' | '⁈' | '⁉'))
    }

    /// A bracketed omission mark standing alone: `[...]`, `[…]`, `(...)`.
    pub fn is_bracketed_ellipsis(&self) -> bool {
        self.core.is_empty()
            && self.is_ellipsis()
            && self.lead.ends_with(['[', '('])
            && self.trail.starts_with([']', ')'])
    }
}

/// `word` without reference marks glued to its end (`pregnancy.[12][13]`), so that
/// they count as closing marks.
fn strip_references(word: &str) -> &str {
    let mut w = word;
    while let Some(body) = w.strip_suffix(']') {
        let Some(open) = body.rfind('[') else { break };
        let mark = &body[open + 1..];
        if mark.is_empty() || mark.len() > 4 || !mark.bytes().all(|b| b.is_ascii_alphanumeric()) {
            break;
        }
        w = &body[..open];
    }
    w
}

pub fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '\u{201F}'
    )
}

pub fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '„' | '‚' | '(' | '[' | '{' | '¿' | '¡'
    )
}

pub fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '‹' | '›' | '„' | '‚' | '\u{201F}'
    )
}

/// How a word begins, which is most of what the next word tells about a boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// A lower-case letter (after any opening marks).
    Lower,
    /// An upper-case or caseless letter (after any opening quotes).
    Upper,
    Digit,
    /// An opening quotation mark before the word's letters.
    Quote,
    /// An opening bracket.
    Bracket,
    /// Anything else: dashes, symbols, other punctuation.
    Other,
}

/// How `word` begins; `Quote` and `Bracket` win over the letter behind them.
pub fn start_of(word: &str) -> Start {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return Start::Other;
    };
    if matches!(first, '(' | '[' | '{') {
        return Start::Bracket;
    }
    if is_opener(first) && is_quote(first) {
        return Start::Quote;
    }
    letter_start(first)
}

/// How the letters of `word` begin once opening marks are skipped.
pub fn letters_start(word: &str) -> Start {
    match word.chars().find(|c| !is_opener(*c)) {
        Some(c) => letter_start(c),
        None => Start::Other,
    }
}

fn letter_start(c: char) -> Start {
    if c.is_lowercase() {
        Start::Lower
    } else if c.is_alphabetic() {
        Start::Upper
    } else if c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '¥' | '#') {
        Start::Digit
    } else {
        Start::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(Vec<&str>, usize)> {
        let (mut tokens, mut spans) = (Vec::new(), Vec::new());
        tokenize_text(text, &mut tokens, &mut spans);
        spans
            .iter()
            .map(|l| {
                let words = tokens[l.first..l.end]
                    .iter()
                    .map(|t| &text[t.start..t.end])
                    .collect();
                (words, l.breaks_before)
            })
            .collect()
    }

    #[test]
    fn words_are_split_at_any_run_of_spaces() {
        assert_eq!(lines("  a  b\tc "), [(vec!["a", "b", "c"], 2)]);
        assert!(lines("   \n \n").is_empty());
    }

    #[test]
    fn long_words_and_multibyte_text_split_at_spaces() {
        let text = "Überraschung! antidisestablishmentarianism, naïve\tcafé";
        let got = lines(text);
        assert_eq!(
            got[0].0,
            [
                "Überraschung!",
                "antidisestablishmentarianism,",
                "naïve",
                "café"
            ]
        );
    }

    #[test]
    fn lines_count_the_breaks_before_them() {
        let got = lines("a b\nc\n \n\nd");
        assert_eq!(got, [(vec!["a", "b"], 2), (vec!["c"], 1), (vec!["d"], 3)]);
    }

    #[test]
    fn a_word_ending_in_one_stop_has_the_shape_the_trims_give() {
        for w in [
            "said.",
            "U.S.",
            "a.",
            "x1.",
            "then....",
            "word.)",
            "(word.",
            "pregnancy.[12]",
            "“Yes.",
            "no.”",
            "ok.'",
            "9.",
            "é.",
            "café.",
            "it's.",
        ] {
            assert_eq!(Shape::of(w), Shape::by_trims(w), "{w}");
        }
        // `is_ellipsis` by bytes, as by characters.
        for term in ["", ".", "..", "...", "…", "!", "?.", ".!.", "!…", "‼", "⁉."] {
            let shape = Shape {
                lead: "",
                core: "",
                term,
                trail: "",
            };
            let by_chars = term.contains('…') || term.matches('.').count() >= 2;
            assert_eq!(shape.is_ellipsis(), by_chars, "{term}");
        }
    }

    #[test]
    fn shape_separates_marks_from_the_word() {
        let s = Shape::of("“(Yes.)”");
        assert_eq!((s.lead, s.core, s.term, s.trail), ("“(", "Yes", ".", ")”"));
        let s = Shape::of("U.S.");
        assert_eq!((s.core, s.term), ("U.S", "."));
        let s = Shape::of("then....");
        assert!(s.is_ellipsis());
        let s = Shape::of("[...]\"");
        assert!(s.is_bracketed_ellipsis());
        let s = Shape::of("said.[3][14]");
        assert_eq!((s.core, s.term, s.trail), ("said", ".", "[3][14]"));
        let s = Shape::of("word,");
        assert_eq!(s.term, "");
        let s = Shape::of("\"");
        assert_eq!((s.core, s.trail), ("", "\""));
    }

    #[test]
    fn start_classes() {
        assert_eq!(start_of("“Hello"), Start::Quote);
        assert_eq!(start_of("(AP)"), Start::Bracket);
        assert_eq!(start_of("hello"), Start::Lower);
        assert_eq!(start_of("Élan"), Start::Upper);
        assert_eq!(start_of("$5"), Start::Digit);
        assert_eq!(start_of("—"), Start::Other);
        assert_eq!(letters_start("“hello"), Start::Lower);
        assert_eq!(start_of(""), Start::Other);
    }
}
