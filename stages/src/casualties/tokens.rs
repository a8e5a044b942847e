//! Splits one sentence into word, number and punctuation tokens with byte offsets, so the
//! rules can look at words without caring about case, quotes or spacing.

use super::lexicon::Lexicon;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Word,
    /// A number written in digits: its value, and whether it is a plain whole number (no
    /// decimal point, no leading zero).
    Num {
        value: f64,
        whole: bool,
    },
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
pub struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Lower-cased text (curly apostrophes folded to `'`).
    pub low: &'a str,
    /// The first character is upper case.
    pub cap: bool,
    /// What the word lists say of `low`: bits of `lexicon::class`.
    pub class: u32,
}

impl Tok<'_> {
    pub fn has(&self, class: u32) -> bool {
        self.class & class != 0
    }
    /// Whether no word list knows the word, [`lexicon::class::ROLE`] aside (a role noun
    /// such as `manager` may still be part of a name's reading), and
    /// [`lexicon::class::COURT`] and [`lexicon::class::FRAME`] (tokens' bits for `court.rs`
    /// and `event_frame.rs` alone).
    ///
    /// [`lexicon::class::ROLE`]: super::lexicon::class::ROLE
    /// [`lexicon::class::COURT`]: super::lexicon::class::COURT
    /// [`lexicon::class::FRAME`]: super::lexicon::class::FRAME
    pub fn unlisted(&self) -> bool {
        use super::lexicon::class::{COURT, FRAME, ROLE};
        self.class & !(ROLE | COURT | FRAME) == 0
    }
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

/// In the lower-cased bulk style a stop capitalises the next word even after an
/// abbreviation inside a sentence (`Cpl. Bryon dickson`, `rep. Steve scalise`): that capital
/// is the casing's, not the writer's. Clears `cap` of a word right after an abbreviation's
/// stop (a word of two letters or more, then `.`), so the word is read as lower-cased text
/// reads it. A single initial's stop (`Simon t. Harrow`) is left as it is: `groups` reads a
/// middle initial before its capital.
pub fn uncap_after_abbreviations(toks: &mut [Tok<'_>]) {
    for k in 1..toks.len() {
        if !toks[k].cap || !toks[k].is_word() {
            continue;
        }
        let prev = &toks[k - 1];
        let dotted_word = prev.is_word() && prev.low.len() >= 3 && prev.low.ends_with('.');
        let stop_after_word = prev.is_punct('.')
            && k >= 2
            && toks[k - 2].is_word()
            && toks[k - 2]
                .low
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                >= 2
            && toks[k - 2].end == prev.start;
        if dotted_word || stop_after_word {
            toks[k].cap = false;
        }
    }
}

/// A token before its lower-case text is lent out: that text as a byte range of the
/// shared buffer.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    kind: Kind,
    low: (usize, usize),
    cap: bool,
    /// The word class, once [`Tokens::classify`] has looked it up.
    class: u32,
}

/// The tokens of one or more texts. Their lower-case forms share one buffer, so that a
/// token costs no allocation of its own (one per token was a tenth of the stage).
#[derive(Debug, Default)]
pub struct Tokens {
    low: String,
    spans: Vec<Span>,
    /// The characters of the text being split, kept to reuse the allocation.
    chars: Vec<(usize, char)>,
    /// While an ASCII text is split: where its lower-cased copy starts in `low`. Each of
    /// its tokens' lower-case forms is then its own bytes of that copy, not a copy of
    /// its own.
    in_place: Option<usize>,
}

/// The characters of a text by index, and their byte offsets.
trait CharsAt {
    /// How many characters.
    fn count(&self) -> usize;
    fn at(&self, i: usize) -> Option<char>;
    /// The byte offset of character `i`; the text's length past its end.
    fn offset(&self, i: usize) -> usize;
}

/// Any text, its characters decoded with their offsets.
struct Decoded<'a> {
    chars: &'a [(usize, char)],
    len: usize,
}

impl CharsAt for Decoded<'_> {
    #[inline]
    fn count(&self) -> usize {
        self.chars.len()
    }
    #[inline]
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).map(|&(_, c)| c)
    }
    #[inline]
    fn offset(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.len, |&(o, _)| o)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Tokenises `text` alone.
pub fn tokenize(text: &str) -> Tokens {
    let mut t = Tokens::default();
    t.push(text);
    t
}

impl Tokens {
    /// The tokens of all texts pushed, in order, borrowing the lower-case buffer, each
    /// with its word class looked up in `lex`.
    pub fn toks(&self, lex: &Lexicon) -> Vec<Tok<'_>> {
        self.spans
            .iter()
            .map(|s| {
                let low = self.low(s);
                Tok {
                    start: s.start,
                    end: s.end,
                    kind: s.kind,
                    low,
                    cap: s.cap,
                    class: lex.token_class(low),
                }
            })
            .collect()
    }

    /// Looks up the word class of every token pushed, for [`Tokens::toks_in`].
    pub fn classify(&mut self, lex: &Lexicon) {
        let low = &self.low;
        for s in &mut self.spans {
            s.class = lex.token_class(low.get(s.low.0..s.low.1).unwrap_or(""));
        }
    }

    /// Replaces `out` with the tokens of `range` (as [`Tokens::push`] gave it), with the
    /// classes [`Tokens::classify`] found: one sentence's tokens at a time, so that an
    /// article's candidate sentences are not held twice, as spans and as tokens.
    pub fn toks_in<'a>(&'a self, range: std::ops::Range<usize>, out: &mut Vec<Tok<'a>>) {
        out.clear();
        let spans = self.spans.get(range).unwrap_or(&[]);
        out.extend(spans.iter().map(|s| Tok {
            start: s.start,
            end: s.end,
            kind: s.kind,
            low: self.low(s),
            cap: s.cap,
            class: s.class,
        }));
    }

    /// The lower-case text of every token, in order.
    pub fn lows(&self) -> impl Iterator<Item = &str> {
        self.spans.iter().map(|s| self.low(s))
    }

    fn low(&self, s: &Span) -> &str {
        self.low.get(s.low.0..s.low.1).unwrap_or("")
    }

    /// Tokenises `text` after the texts before; gives the range of its tokens among all
    /// (offsets are into `text`). Linear in its length.
    pub fn push(&mut self, text: &str) -> std::ops::Range<usize> {
        let first = self.spans.len();
        if text.is_ascii() {
            // (most sentences: their characters are their bytes, read in place; a token's
            // lower-case form, ASCII lower-casing of its bytes whatever it is, is its
            // span of the text lower-cased once)
            let base = self.low.len();
            self.low.push_str(text);
            if let Some(copy) = self.low.get_mut(base..) {
                copy.make_ascii_lowercase();
            }
            self.in_place = Some(base);
            self.scan_ascii(text, base);
            self.in_place = None;
        } else {
            self.push_decoded(text);
        }
        first..self.spans.len()
    }

    /// Tokenises `text` character by character (any text; `push` sends only non-ASCII
    /// text here).
    fn push_decoded(&mut self, text: &str) {
        let mut chars = std::mem::take(&mut self.chars);
        chars.clear();
        chars.extend(text.char_indices());
        self.scan(
            text,
            Decoded {
                chars: &chars,
                len: text.len(),
            },
        );
        self.chars = chars;
    }

    /// [`Tokens::scan`] for an ASCII text whose lower-cased copy starts at `base` of `low`:
    /// the same tokens, read byte by byte (a byte is a character, and ASCII's letters,
    /// digits and spaces are the ones `char`'s Unicode tests find in it).
    fn scan_ascii(&mut self, text: &str, base: usize) {
        let b = text.as_bytes();
        let n = b.len();
        let at = |i: usize| b.get(i).copied();
        let word = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
        let alpha = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphabetic);
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        // word characters, and hyphens or apostrophes between them (48-year-old, O'Brien)
        let word_end = |mut j: usize| {
            while let Some(&x) = b.get(j) {
                if x.is_ascii_alphanumeric() || (matches!(x, b'-' | b'\'') && word(j + 1)) {
                    j += 1;
                } else {
                    break;
                }
            }
            j
        };
        let word_span = |s: usize, e: usize| Span {
            start: s,
            end: e,
            kind: Kind::Word,
            low: (base + s, base + e),
            cap: b.get(s).is_some_and(u8::is_ascii_uppercase),
            class: 0,
        };
        self.spans.reserve(n / 4 + 1);
        let mut i = 0;
        while let Some(&c) = b.get(i) {
            // `char::is_whitespace` of an ASCII character
            if matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
                i += 1;
                continue;
            }
            let start = i;
            if c.is_ascii_digit() {
                // digits, thousands groups, one decimal part
                let mut j = i;
                let mut whole = true;
                while let Some(d) = at(j) {
                    if d.is_ascii_digit() {
                        j += 1;
                    } else if d == b',' && (1..=3).all(|k| digit(j + k)) && !digit(j + 4) {
                        j += 4;
                    } else if d == b'.' && digit(j + 1) {
                        whole = false;
                        j += 1;
                    } else {
                        break;
                    }
                }
                let glued = word(j) || (at(j) == Some(b'-') && word(j + 1));
                if glued {
                    // 48-year-old, 3pm, 9mm: a word, never a count
                    j = word_end(j);
                    self.spans.push(word_span(start, j));
                } else {
                    self.push_number(text, start, j, whole);
                }
                i = j;
                continue;
            }
            if c.is_ascii_alphabetic() {
                // initialisms with dots: U.S., a.m., U.N.
                let mut j = i;
                while alpha(j) && at(j + 1) == Some(b'.') && alpha(j + 2) && !alpha(j + 3) {
                    j += 2;
                }
                let end = if j > i {
                    // j sits on the last letter
                    if at(j + 1) == Some(b'.') {
                        j + 2
                    } else {
                        j + 1
                    }
                } else if i > 0
                    && at(i - 1) == Some(b' ')
                    && at(i + 1) == Some(b'.')
                    && at(i + 2) == Some(b' ')
                    && alpha(i + 3)
                    && self.after_word()
                {
                    // a middle initial: `Richard E. Garrity`
                    i + 2
                } else {
                    word_end(i)
                };
                self.spans.push(word_span(start, end));
                i = end;
                continue;
            }
            self.spans.push(Span {
                start: i,
                end: i + 1,
                kind: Kind::Punct(char::from(c)),
                low: (base + i, base + i + 1),
                cap: false,
                class: 0,
            });
            i += 1;
        }
    }

    fn scan(&mut self, text: &str, chars: impl CharsAt) {
        let n = chars.count();
        let at = |i: usize| chars.at(i);
        let off = |i: usize| chars.offset(i);
        // (for an index below `n`, which always has its character)
        let ch = |i: usize| chars.at(i).unwrap_or('\0');
        // Where a word going on at `j` ends: word characters, and hyphens or
        // apostrophes between them (48-year-old, O'Brien).
        let word_end = |mut j: usize| {
            while j < n
                && (is_word_char(ch(j))
                    || (matches!(ch(j), '-' | '\'' | '’') && at(j + 1).is_some_and(is_word_char)))
            {
                j += 1;
            }
            j
        };
        self.spans.reserve(n / 4 + 1);
        let mut i = 0;
        while i < n {
            let c = ch(i);
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            let start = i;
            if c.is_ascii_digit() {
                // digits, thousands groups, one decimal part
                let mut j = i;
                let mut whole = true;
                while j < n {
                    let d = ch(j);
                    if d.is_ascii_digit() {
                        j += 1;
                    } else if d == ','
                        && (1..=3).all(|k| at(j + k).is_some_and(|x| x.is_ascii_digit()))
                        && !at(j + 4).is_some_and(|x| x.is_ascii_digit())
                    {
                        j += 4;
                    } else if d == '.' && at(j + 1).is_some_and(|x| x.is_ascii_digit()) {
                        whole = false;
                        j += 1;
                    } else {
                        break;
                    }
                }
                let glued = at(j).is_some_and(is_word_char)
                    || (matches!(at(j), Some('-')) && at(j + 1).is_some_and(is_word_char));
                if glued {
                    // 48-year-old, 3pm, 9mm: a word, never a count
                    j = word_end(j);
                    self.push_word(text, off(start), off(j));
                } else {
                    self.push_number(text, off(start), off(j), whole);
                }
                i = j;
                continue;
            }
            if c.is_alphabetic() {
                // initialisms with dots: U.S., a.m., U.N.
                let mut j = i;
                while at(j).is_some_and(|x| x.is_alphabetic())
                    && at(j + 1) == Some('.')
                    && at(j + 2).is_some_and(|x| x.is_alphabetic())
                    && !at(j + 3).is_some_and(|x| x.is_alphabetic())
                {
                    j += 2;
                }
                if j > i {
                    // j sits on the last letter
                    let end = if at(j + 1) == Some('.') { j + 2 } else { j + 1 };
                    self.push_word(text, off(start), off(end));
                    i = end;
                    continue;
                }
                // a middle initial: `Richard E. Garrity`
                if i > 0
                    && at(i - 1) == Some(' ')
                    && at(i + 1) == Some('.')
                    && at(i + 2) == Some(' ')
                    && at(i + 3).is_some_and(|x| x.is_alphabetic())
                    && self.after_word()
                {
                    self.push_word(text, off(start), off(i + 2));
                    i += 2;
                    continue;
                }
                let j = word_end(i);
                self.push_word(text, off(start), off(j));
                i = j;
                continue;
            }
            let p = match c {
                '“' | '”' | '„' | '«' | '»' => '"',
                '‘' | '’' => '\'',
                '–' | '—' => '-',
                other => other,
            };
            let low = self.low_of(off(i), off(i + 1), |low| low.push(p));
            self.spans.push(Span {
                start: off(i),
                end: off(i + 1),
                kind: Kind::Punct(p),
                low,
                cap: false,
                class: 0,
            });
            i += 1;
        }
    }

    fn push_number(&mut self, text: &str, s: usize, e: usize, whole: bool) {
        let digits = text.get(s..e).unwrap_or("");
        let value = if digits.contains(',') {
            let plain: String = digits.chars().filter(|&x| x != ',').collect();
            plain.parse::<f64>()
        } else {
            digits.parse::<f64>()
        }
        .unwrap_or(f64::NAN);
        let leading_zero = digits.len() > 1 && digits.starts_with('0');
        let low = self.low_of(s, e, |low| low.push_str(digits));
        self.spans.push(Span {
            start: s,
            end: e,
            kind: Kind::Num {
                value,
                whole: whole && !leading_zero && value.is_finite(),
            },
            low,
            cap: false,
            class: 0,
        });
    }

    /// The range of `low` holding the lower-case form of the token at `s..e` of the text
    /// being split: its bytes of the text's lower-cased copy, or else what `push` appends.
    fn low_of(&mut self, s: usize, e: usize, push: impl FnOnce(&mut String)) -> (usize, usize) {
        if let Some(base) = self.in_place {
            return (base + s, base + e);
        }
        let from = self.low.len();
        push(&mut self.low);
        (from, self.low.len())
    }

    /// Whether the last token read is a word of letters (a given name before an initial).
    fn after_word(&self) -> bool {
        self.spans
            .last()
            .is_some_and(|s| matches!(s.kind, Kind::Word) && s.end - s.start >= 2)
    }

    fn push_word(&mut self, text: &str, s: usize, e: usize) {
        let w = text.get(s..e).unwrap_or("");
        let low = self.low_of(s, e, |low| {
            let from = low.len();
            if w.is_ascii() {
                low.push_str(w);
                if let Some(tail) = low.get_mut(from..) {
                    tail.make_ascii_lowercase();
                }
            } else {
                // whole-word lower-casing, for its context rules (a final sigma)
                low.push_str(&w.to_lowercase().replace('’', "'"));
            }
        });
        self.spans.push(Span {
            start: s,
            end: e,
            kind: Kind::Word,
            low,
            cap: w.chars().next().is_some_and(char::is_uppercase),
            class: 0,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capital_after_an_abbreviation_is_uncapped() {
        let owner = tokenize("Cpl. Bryon dickson met rep. Nora Vance and Simon t. Harrow");
        let mut t = owner.toks(&crate::casualties::lexicon::LEX);
        uncap_after_abbreviations(&mut t);
        let cap = |w: &str| t.iter().find(|x| x.low == w).map(|x| x.cap);
        assert_eq!(cap("cpl"), Some(true));
        assert_eq!(cap("bryon"), Some(false));
        assert_eq!(cap("nora"), Some(false));
        assert_eq!(cap("harrow"), Some(true));
        assert_eq!(cap("simon"), Some(true));
    }

    fn lows(s: &str) -> Vec<String> {
        tokenize(s).lows().map(str::to_string).collect()
    }

    #[test]
    fn numbers_words_and_initialisms() {
        assert_eq!(
            lows("About 5,400 U.S. troops, a 48-year-old man, at 9.30am."),
            [
                "about",
                "5,400",
                "u.s.",
                "troops",
                ",",
                "a",
                "48-year-old",
                "man",
                ",",
                "at",
                "9.30am",
                "."
            ]
        );
        let owner = tokenize("1,442 and 8.8 and 0100");
        let t = owner.toks(&crate::casualties::lexicon::LEX);
        assert_eq!(
            t[0].kind,
            Kind::Num {
                value: 1442.0,
                whole: true
            }
        );
        assert!(matches!(t[2].kind, Kind::Num { whole: false, .. }));
        assert!(matches!(t[4].kind, Kind::Num { whole: false, .. }));
        // a middle initial after a name is one word; a letter ending a sentence is not
        assert_eq!(
            lows("nina j. okafor, 40, and plan b."),
            ["nina", "j.", "okafor", ",", "40", ",", "and", "plan", "b", "."]
        );
    }

    /// The byte-by-byte reading of ASCII text gives what the character-by-character one
    /// gives.
    #[test]
    fn ascii_path_is_the_decoded_path() {
        let texts = [
            "About 5,400 U.S. troops, a 48-year-old man, at 9.30am.",
            "O'Brien's co-workers -- 3pm, 9mm; 1,2345 and 12,345,678 or 0100 and 3.14.15",
            "  \t\x0bWho?\x0c\r\n(said) \"A.B.C.D\" e.g. i.e. a.m.x U.S.A x-ray -- end- 'quoted'",
            "numbers-glued 12-year-olds 7- 5'9 a.b. A.b.C z.Z.",
            "Nina J. Okafor and x. y and plan b. and é. x",
            "\x00\x1f\x1c\x7f#$%&*+/<=>@[\\]^_`{|}~ 42",
            "",
            "x",
        ];
        for text in texts {
            let mut fast = Tokens::default();
            fast.push(text);
            let mut slow = Tokens::default();
            slow.push_decoded(text);
            let show = |t: &Tokens| -> Vec<String> {
                t.spans
                    .iter()
                    .map(|s| {
                        let low = t.low(s);
                        format!("{} {} {:?} {low} {}", s.start, s.end, s.kind, s.cap)
                    })
                    .collect()
            };
            assert_eq!(show(&fast), show(&slow), "{text:?}");
        }
    }

    #[test]
    fn offsets_are_char_boundaries() {
        let s = "Zoë’s “two” — déjà vu";
        for t in tokenize(s).toks(&crate::casualties::lexicon::LEX) {
            assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
        }
        assert_eq!(lows("co-workers’ ok"), ["co-workers", "'", "ok"]);
    }
}
