//! Words of a line and their shape. Sentence boundaries fall only between words (at
//! white space), so the splitter reasons about whole words: what a word ends with,
//! what the next one starts with.

/// A run of non-space characters: byte offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

/// Appends the words of `line` (which starts at byte `base` of the text) to `out`.
pub fn tokenize(line: &str, base: usize, out: &mut Vec<Token>) {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        if i == bytes.len() {
            break;
        }
        let start = i;
        while i < bytes.len() && !is_space(bytes[i]) {
            i += 1;
        }
        out.push(Token {
            start: base + start,
            end: base + i,
        });
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | 0x0B | 0x0C)
}

/// Whether the last byte of a word can end a sentence-final shape: terminal
/// punctuation, a closing quote or bracket, or the tail of a multi-byte character
/// (`…`, `”`, `’`, `»`). Checked on every word, so it looks at one byte only.
pub fn may_end_sentence(last: u8) -> bool {
    matches!(last, b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']' | 0x80..=0xBF)
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
        self.term.contains('…') || self.term.matches('.').count() >= 2
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

    fn words(line: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(line, 0, &mut out);
        out.iter().map(|t| &line[t.start..t.end]).collect()
    }

    #[test]
    fn words_are_split_at_any_run_of_spaces() {
        assert_eq!(words("  a  b\tc "), ["a", "b", "c"]);
        assert!(words("   ").is_empty());
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
