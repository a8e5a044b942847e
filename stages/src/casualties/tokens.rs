//! Splits one sentence into word, number and punctuation tokens with byte offsets, so the
//! rules can look at words without caring about case, quotes or spacing.

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

#[derive(Debug, Clone)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Lower-cased text (curly apostrophes folded to `'`).
    pub low: String,
    /// The first character is upper case.
    pub cap: bool,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Tokenises `text`. Linear in its length.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let off = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    let mut out = Vec::with_capacity(n / 4 + 1);
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
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
                let d = chars[j].1;
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
                while j < n
                    && (is_word_char(chars[j].1)
                        || (matches!(chars[j].1, '-' | '\'' | '’')
                            && at(j + 1).is_some_and(is_word_char)))
                {
                    j += 1;
                }
                push_word(&mut out, text, off(start), off(j));
            } else {
                let s = &text[off(start)..off(j)];
                let digits: String = s.chars().filter(|&x| x != ',').collect();
                let value = digits.parse::<f64>().unwrap_or(f64::NAN);
                let leading_zero = s.len() > 1 && s.starts_with('0');
                out.push(Tok {
                    start: off(start),
                    end: off(j),
                    kind: Kind::Num {
                        value,
                        whole: whole && !leading_zero && value.is_finite(),
                    },
                    low: s.to_string(),
                    cap: false,
                });
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
                push_word(&mut out, text, off(start), off(end));
                i = end;
                continue;
            }
            let mut j = i;
            while j < n
                && (is_word_char(chars[j].1)
                    || (matches!(chars[j].1, '-' | '\'' | '’')
                        && at(j + 1).is_some_and(is_word_char)))
            {
                j += 1;
            }
            push_word(&mut out, text, off(start), off(j));
            i = j;
            continue;
        }
        let p = match c {
            '“' | '”' | '„' | '«' | '»' => '"',
            '‘' | '’' => '\'',
            '–' | '—' => '-',
            other => other,
        };
        out.push(Tok {
            start: off(i),
            end: off(i + 1),
            kind: Kind::Punct(p),
            low: p.to_string(),
            cap: false,
        });
        i += 1;
    }
    out
}

fn push_word(out: &mut Vec<Tok>, text: &str, s: usize, e: usize) {
    let w = &text[s..e];
    let low = if w.is_ascii() {
        w.to_ascii_lowercase()
    } else {
        w.to_lowercase().replace('’', "'")
    };
    out.push(Tok {
        start: s,
        end: e,
        kind: Kind::Word,
        low,
        cap: w.chars().next().is_some_and(char::is_uppercase),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lows(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.low).collect()
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
        let t = tokenize("1,442 and 8.8 and 0100");
        assert_eq!(
            t[0].kind,
            Kind::Num {
                value: 1442.0,
                whole: true
            }
        );
        assert!(matches!(t[2].kind, Kind::Num { whole: false, .. }));
        assert!(matches!(t[4].kind, Kind::Num { whole: false, .. }));
    }

    #[test]
    fn offsets_are_char_boundaries() {
        let s = "Zoë’s “two” — déjà vu";
        for t in tokenize(s) {
            assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
        }
        assert_eq!(lows("co-workers’ ok"), ["co-workers", "'", "ok"]);
    }
}
