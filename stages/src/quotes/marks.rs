//! Finding quotation marks and telling them from apostrophes.
//!
//! Each mark gets a family (double or single: quotes pair only within a family) and a
//! direction read from its neighbours: curly marks carry their own, a straight mark opens
//! after a space and before a word, closes after a word and before a space or
//! punctuation, and is ambiguous otherwise (the pairing decides by what is open).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Open,
    Close,
    Either,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Byte offset of the mark.
    pub at: usize,
    /// Length in bytes (two-character marks such as ``` `` ``` are one mark).
    pub len: usize,
    pub family: Family,
    pub dir: Dir,
    /// A closing single mark right after an `s` (`farmers'`): possibly a plural
    /// possessive, so a later closing candidate is preferred.
    pub possessive: bool,
}

/// What kind of quotation character starts at a byte offset, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glyph {
    StraightDouble,
    StraightSingle,
    Backtick,
    LeftSingle,
    RightSingle,
    LeftDouble,
    RightDouble,
    LowDouble,
    GuillemetOpen,
    GuillemetClose,
}

fn glyph_at(bytes: &[u8], i: usize) -> Option<(Glyph, usize)> {
    match bytes.get(i)? {
        b'"' => Some((Glyph::StraightDouble, 1)),
        b'\'' => Some((Glyph::StraightSingle, 1)),
        b'`' => Some((Glyph::Backtick, 1)),
        0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2)? {
            0x98 | 0x9B => Some((Glyph::LeftSingle, 3)),
            0x99 => Some((Glyph::RightSingle, 3)),
            0x9C | 0x9F => Some((Glyph::LeftDouble, 3)),
            0x9D => Some((Glyph::RightDouble, 3)),
            0x9E => Some((Glyph::LowDouble, 3)),
            _ => None,
        },
        0xC2 => match bytes.get(i + 1)? {
            0xAB => Some((Glyph::GuillemetOpen, 2)),
            0xBB => Some((Glyph::GuillemetClose, 2)),
            _ => None,
        },
        _ => None,
    }
}

fn is_single(g: Glyph) -> bool {
    matches!(
        g,
        Glyph::StraightSingle | Glyph::LeftSingle | Glyph::RightSingle | Glyph::Backtick
    )
}

/// Every quotation mark of `text`, in order, apostrophes left out.
pub fn find_marks(text: &str) -> Vec<Mark> {
    let bytes = text.as_bytes();
    let mut marks = Vec::new();
    let mut scan = Candidates::default();
    let mut i = 0;
    while let Some(at) = scan.next_from(bytes, i) {
        i = at;
        let Some((glyph, len)) = glyph_at(bytes, i) else {
            i += 1;
            continue;
        };
        // Two single marks in a row (``, '', ‘') act as one double mark.
        let pair = if is_single(glyph) {
            glyph_at(bytes, i + len).filter(|(g, _)| is_single(*g))
        } else {
            None
        };
        let (family, total) = match pair {
            Some((_, len2)) => (Family::Double, len + len2),
            None if is_single(glyph) => (Family::Single, len),
            None => (Family::Double, len),
        };
        let before = text[..i].chars().next_back();
        let after = text[i + total..].chars().next();
        let contextual = direction(before, after);
        let dir = match (glyph, pair) {
            (Glyph::Backtick, _) | (Glyph::LeftSingle, _) => Dir::Open,
            (Glyph::LeftDouble, _) | (Glyph::LowDouble, _) | (Glyph::GuillemetOpen, _) => Dir::Open,
            (Glyph::RightDouble, _) | (Glyph::GuillemetClose, _) => Dir::Close,
            (Glyph::RightSingle, Some(_)) => Dir::Close,
            (Glyph::RightSingle, None) => match contextual {
                // ’ never opens; before a word it is an elision (’cause, ’90s).
                Dir::Open => {
                    i += total;
                    continue;
                }
                _ => Dir::Close,
            },
            _ => contextual,
        };
        if family == Family::Single && is_apostrophe(text, i, total, before, after) {
            i += total;
            continue;
        }
        // Spaced after a word in `s` (`sessions ' "`, the bulk style): a plural
        // possessive, or a closing mark; it opens nothing.
        let spaced_possessive = family == Family::Single
            && len == 1
            && before.is_some_and(char::is_whitespace)
            && after.is_some_and(char::is_whitespace)
            && text[..i].trim_end().ends_with(['s', 'S', 'z']);
        let dir = if spaced_possessive { Dir::Close } else { dir };
        let possessive = family == Family::Single
            && dir != Dir::Open
            && (matches!(before, Some('s' | 'S' | 'z')) || spaced_possessive)
            && after.is_some_and(char::is_whitespace);
        marks.push(Mark {
            at: i,
            len: total,
            family,
            dir,
            possessive,
        });
        i += total;
    }
    marks
}

/// The next byte at or after a position that may start a quotation mark: ASCII marks
/// and the lead bytes of the curly marks and guillemets. Two `memchr` searches run
/// ahead separately (one call cannot look for all five bytes), each remembering its
/// last hit, so the text is scanned once instead of byte by byte.
#[derive(Default)]
struct Candidates {
    ascii: Option<Option<usize>>,
    lead: Option<Option<usize>>,
}

impl Candidates {
    fn next_from(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        let ascii = refresh(&mut self.ascii, bytes, from, |rest| {
            memchr::memchr3(b'"', b'\'', b'`', rest)
        });
        let lead = refresh(&mut self.lead, bytes, from, |rest| {
            memchr::memchr2(0xE2, 0xC2, rest)
        });
        match (ascii, lead) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// The cached hit of one search when it is still ahead of `from`, else a new search
/// from `from` (`None` once the search found nothing further).
fn refresh(
    cached: &mut Option<Option<usize>>,
    bytes: &[u8],
    from: usize,
    search: impl Fn(&[u8]) -> Option<usize>,
) -> Option<usize> {
    match *cached {
        Some(None) => None,
        Some(Some(at)) if at >= from => Some(at),
        _ => {
            let found = bytes.get(from..).and_then(&search).map(|k| from + k);
            *cached = Some(found);
            found
        }
    }
}

fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '(' | '[' | '{' | '-' | '—' | '–' | '/'),
    }
}

fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '-' | '—' | '–' | '…'
                )
        }
    }
}

fn direction(before: Option<char>, after: Option<char>) -> Dir {
    let open_side = opens_after(before);
    let close_side = closes_before(after);
    match (open_side, close_side) {
        (true, false) => Dir::Open,
        (false, true) => Dir::Close,
        _ => Dir::Either,
    }
}

/// Whether a single mark is an apostrophe: inside a word (`Wednesday's`), before a
/// year (`'90s`), or in `rock 'n' roll`.
fn is_apostrophe(
    text: &str,
    at: usize,
    len: usize,
    before: Option<char>,
    after: Option<char>,
) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if alnum(before) && alnum(after) {
        return true;
    }
    // After an abbreviation's stop, a possessive (`the U.K.'s`).
    if before == Some('.') && text[at + len..].starts_with(['s', 'S']) {
        let rest = &text[at + len + 1..];
        if !rest.starts_with(char::is_alphanumeric) {
            return true;
        }
    }
    // Spaced on both sides before a clitic (`i ' m`, `you ' ll`): the bulk style's
    // apostrophe.
    let space = |c: Option<char>| c.is_some_and(char::is_whitespace);
    // So is one after a single letter (`cote d ' ivoire`, `o ' brien`).
    if len == 1 && space(before) && space(after) {
        let clitic = text[at + len..].split_whitespace().next().unwrap_or("");
        if ["s", "m", "ll", "re", "ve", "d", "t"]
            .iter()
            .any(|c| c.eq_ignore_ascii_case(clitic))
        {
            return true;
        }
        let mut head = text[..at].split_whitespace().rev();
        if head
            .next()
            .is_some_and(|w| w.chars().count() == 1 && w.chars().all(char::is_alphabetic))
        {
            return true;
        }
    }
    let rest = &text[at + len..];
    let mut next = rest.chars();
    if let (Some(a), Some(b)) = (next.next(), next.next()) {
        // '90s, '17
        if a.is_ascii_digit() && b.is_ascii_digit() {
            let third = next.next();
            if !third.is_some_and(|c| c.is_ascii_digit()) {
                return true;
            }
        }
        // 'n' (a single letter closed at once)
        if a.is_alphabetic() && matches!(b, '\'' | '’') && !alnum(before) {
            return true;
        }
    }
    // the closing half of 'n'
    let head = &text[..at];
    let mut prev = head.chars().rev();
    if let (Some(a), Some(b)) = (prev.next(), prev.next()) {
        if a.is_alphabetic() && matches!(b, '\'' | '‘') && !alnum(after) {
            let c = prev.next();
            if c.is_none() || c.is_some_and(char::is_whitespace) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dirs(text: &str) -> Vec<(Family, Dir)> {
        find_marks(text)
            .into_iter()
            .map(|m| (m.family, m.dir))
            .collect()
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert!(find_marks("Wednesday's attack and the farmers' union").len() <= 1);
        assert!(find_marks("It's the '90s and rock 'n' roll").is_empty());
        assert!(find_marks("don’t, can’t and ’cause").is_empty());
        assert!(find_marks("the U.K.'s minister and the U.S.’s envoy").is_empty());
    }

    #[test]
    fn straight_marks_take_direction_from_neighbours() {
        assert_eq!(
            dirs("a 'strong' man"),
            vec![(Family::Single, Dir::Open), (Family::Single, Dir::Close)]
        );
        assert_eq!(
            dirs("said \" spaced out \" here"),
            vec![(Family::Double, Dir::Either), (Family::Double, Dir::Either)]
        );
    }

    #[test]
    fn curly_and_doubled_marks() {
        assert_eq!(
            dirs("“one” ‘two’ ``three''"),
            vec![
                (Family::Double, Dir::Open),
                (Family::Double, Dir::Close),
                (Family::Single, Dir::Open),
                (Family::Single, Dir::Close),
                (Family::Double, Dir::Open),
                (Family::Double, Dir::Close),
            ]
        );
    }

    #[test]
    fn spaced_apostrophes_of_the_bulk_style() {
        assert!(find_marks("i ' m sure you ' ll see").is_empty());
        assert!(find_marks("the cote d ' ivoire team and mr. o ' brien").is_empty());
        let m = find_marks("the sessions ' \"exit \" today");
        assert_eq!(
            (m[0].family, m[0].dir, m[0].possessive),
            (Family::Single, Dir::Close, true)
        );
        let m = find_marks("was ' very bad ' abusing");
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn possessive_close_is_flagged() {
        let m = find_marks("the 'farmers' union'");
        assert!(m[1].possessive);
        assert!(!m[2].possessive);
    }
}
