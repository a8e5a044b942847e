//! Tells normally cased text from lowercased text (as in the bulk corpus, where only
//! sentence starts keep a capital). In lowercased text a capital after a dot is the
//! preprocessor's guess, not the writer's, and names give no capitals to lean on.

use super::token::{LineSpan, Token};

/// Words looked at, at most: the style shows in the first few hundred.
const SAMPLE: usize = 2000;
/// Fewer mid-sentence words than this tell nothing either way.
const MIN_WORDS: usize = 15;

/// Whether the text of `tokens` is lowercased: of the words that follow a word
/// without terminal punctuation (so are not sentence starts), fewer than one in fifty
/// is capitalised. Normally cased news has one in ten or more (names, places,
/// titles). Looks at ASCII letters only, byte by byte, as it sees every word.
pub fn is_lowercased(text: &str, tokens: &[Token], lines: &[LineSpan]) -> bool {
    let bytes = text.as_bytes();
    let mut mid = 0usize;
    let mut capitalised = 0usize;
    for line in lines {
        let mut after_end = true;
        for t in tokens.get(line.first..line.end).unwrap_or(&[]) {
            let word = bytes.get(t.start..t.end).unwrap_or(&[]);
            let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
                continue;
            };
            if !after_end {
                // Most words start with their first letter; others are rare enough to scan.
                let c = if is_alphanumeric(first) {
                    first
                } else {
                    word.iter()
                        .copied()
                        .find(u8::is_ascii_alphanumeric)
                        .unwrap_or(0)
                };
                let class = CLASS[usize::from(c)];
                mid += usize::from(class >> 2 & 1);
                capitalised += usize::from(class >> 3 & 1);
            }
            // Most words end in a letter, a digit or a comma: no sentence end.
            after_end = may_end(last) && ends_in_terminal(word);
        }
        if mid >= SAMPLE {
            break;
        }
    }
    mid >= MIN_WORDS && capitalised * 50 < mid
}

/// What each byte is, for the casing count: bit 0 an ASCII letter or digit, bit 1
/// a byte a sentence-final word can end with (not a letter, digit or comma), bit 2
/// an ASCII letter, bit 3 an ASCII capital.
static CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b = 0usize;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            class[b] = 1;
        } else if c != b',' {
            class[b] = 2;
        }
        if c.is_ascii_alphabetic() {
            class[b] |= 4;
        }
        if c.is_ascii_uppercase() {
            class[b] |= 8;
        }
        b += 1;
    }
    class
};

#[inline]
fn is_alphanumeric(b: u8) -> bool {
    CLASS[usize::from(b)] & 1 != 0
}

#[inline]
fn may_end(b: u8) -> bool {
    CLASS[usize::from(b)] & 2 != 0
}

/// Whether `word` ends in `.`, `!`, `?` or `…`, maybe followed by closing quotes or
/// brackets (ASCII, `”`, `’`, `»`).
pub(super) fn ends_in_terminal(word: &[u8]) -> bool {
    let mut w = word;
    loop {
        match w {
            [rest @ .., b'"' | b'\'' | b')' | b']'] => w = rest,
            [rest @ .., 0xE2, 0x80, 0x9D | 0x99] | [rest @ .., 0xC2, 0xBB] => w = rest,
            [.., b'.' | b'!' | b'?'] | [.., 0xE2, 0x80, 0xA6] => return true,
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize_text;
    use super::*;

    fn lowercased(text: &str) -> bool {
        let (mut tokens, mut lines) = (Vec::new(), Vec::new());
        tokenize_text(text, &mut tokens, &mut lines);
        is_lowercased(text, &tokens, &lines)
    }

    #[test]
    fn lowercased_text_is_recognised() {
        let text = "the mayor of springfield said on monday that the new bridge over the \
                    river would open in june. He said the cost had risen to $ 40 million , \
                    more than the city council in springfield had planned for last year.";
        assert!(lowercased(text));
    }

    #[test]
    fn normally_cased_text_is_not() {
        let text = "The mayor of Springfield said on Monday that the new bridge over the \
                    Ashby River would open in June. He said the cost had risen to $40 million, \
                    more than the City Council had planned for last year.";
        assert!(!lowercased(text));
    }

    #[test]
    fn short_text_is_taken_as_normal() {
        assert!(!lowercased("a few words only"));
    }

    #[test]
    fn the_byte_classes_are_those_of_the_ascii_tests() {
        for b in 0..=255u8 {
            let class = CLASS[usize::from(b)];
            assert_eq!(is_alphanumeric(b), b.is_ascii_alphanumeric(), "{b}");
            assert_eq!(may_end(b), !b.is_ascii_alphanumeric() && b != b',', "{b}");
            assert_eq!(class >> 2 & 1 == 1, b.is_ascii_alphabetic(), "{b}");
            assert_eq!(class >> 3 & 1 == 1, b.is_ascii_uppercase(), "{b}");
        }
    }

    #[test]
    fn terminal_punctuation_behind_closing_marks() {
        assert!(ends_in_terminal(b"end.)\""));
        assert!(ends_in_terminal("end?\u{201d}".as_bytes()));
        assert!(ends_in_terminal("so\u{2026}".as_bytes()));
        assert!(!ends_in_terminal(b"word,"));
        assert!(!ends_in_terminal(b""));
    }
}
