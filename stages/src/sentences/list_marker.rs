//! List items run together on one line (`1. First 2. Second`, `• one • two`): each
//! item is a segment. A numbered or lettered marker only starts a new item when it
//! is the one after the marker that opened the current segment, so a stray `2.` in
//! running text is left alone; a bullet always starts one.

/// A list marker: `3.`, `3)`, `3.)`, `c.`, `c)`, with or without a bullet before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    ordinal: Ordinal,
    style: Style,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ordinal {
    Number(u32),
    Letter(u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Dot,
    Paren,
    DotParen,
}

const BULLETS: &[char] = &[
    '•', '‣', '⁃', '◦', '▪', '▫', '●', '■', '□', '►', '▸', '➢', '✓',
];

/// Whether `word` begins with a bullet character.
pub fn starts_with_bullet(word: &str) -> bool {
    // Every bullet is encoded from 0xE2: a cheap test before decoding.
    word.as_bytes().first() == Some(&0xE2) && word.starts_with(BULLETS)
}

/// The marker `word` is, ignoring a bullet glued before it (`⁃9.`).
pub fn parse(word: &str) -> Option<Marker> {
    let word = word.trim_start_matches(BULLETS);
    let (body, style) = if let Some(b) = word.strip_suffix(".)") {
        (b, Style::DotParen)
    } else if let Some(b) = word.strip_suffix(')') {
        (b, Style::Paren)
    } else if let Some(b) = word.strip_suffix('.') {
        (b, Style::Dot)
    } else {
        return None;
    };
    let bytes = body.as_bytes();
    let ordinal = match bytes {
        [c] if c.is_ascii_alphabetic() => Ordinal::Letter(*c),
        _ if (1..=3).contains(&bytes.len()) && bytes.iter().all(u8::is_ascii_digit) => {
            Ordinal::Number(body.parse().ok()?)
        }
        _ => return None,
    };
    Some(Marker { ordinal, style })
}

impl Marker {
    /// The marker of the next item.
    pub fn next(self) -> Option<Marker> {
        let ordinal = match self.ordinal {
            Ordinal::Number(n) => Ordinal::Number(n.checked_add(1)?),
            Ordinal::Letter(c) if c.is_ascii_alphabetic() && !matches!(c, b'z' | b'Z') => {
                Ordinal::Letter(c + 1)
            }
            Ordinal::Letter(_) => return None,
        };
        Some(Marker {
            ordinal,
            style: self.style,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_of_each_style() {
        for w in ["1.", "12)", "3.)", "a.", "B)", "•4.", "⁃9."] {
            assert!(parse(w).is_some(), "{w}");
        }
        for w in ["1234.", "ab.", "1", "x", "", "1.5.", "•"] {
            assert!(parse(w).is_none(), "{w}");
        }
    }

    #[test]
    fn the_next_marker_keeps_the_style() {
        assert_eq!(parse("1.").and_then(Marker::next), parse("2."));
        assert_ne!(parse("1.").and_then(Marker::next), parse("2)"));
        assert_eq!(parse("a)").and_then(Marker::next), parse("b)"));
        assert_eq!(parse("z.").and_then(Marker::next), None);
    }
}
