//! The sentence as the clause reader sees it: words (lowercased, with byte offsets) and the
//! punctuation that opens or closes a side clause; and what the clause data says of a word.

use rustc_hash::FxHashSet as HashSet;
use std::borrow::Cow;
use std::sync::LazyLock;

use crate::data::lines;
use crate::lexicon;

/// A word or a mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Item<'a> {
    Word(Cow<'a, str>),
    /// `,` `;` `:` `(` `)` `[` `]`, a dash (`—`, `–`, `--` or a hyphen between spaces) as
    /// `-`, and the sentence's last `.` `!` `?` as `.`.
    Mark(char),
}

#[derive(Debug, Clone)]
pub(super) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub item: Item<'a>,
}

impl Tok<'_> {
    pub fn word(&self) -> Option<&str> {
        match &self.item {
            Item::Word(w) => Some(w),
            Item::Mark(_) => None,
        }
    }
    pub fn is_mark(&self, c: char) -> bool {
        self.item == Item::Mark(c)
    }
}

/// How a word opens a clause (`stages/data/clauses/openers.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Opener {
    Relative,
    Subordinate,
    /// Opens a clause only when a verb follows inside it.
    Preposition,
}

static OPENERS: LazyLock<Vec<(&'static str, Opener)>> = LazyLock::new(|| {
    lines(include_str!("../../data/clauses/openers.tsv"))
        .filter_map(|l| {
            let (w, k) = l.split_once('\t')?;
            let kind = match k.trim() {
                "relative" => Opener::Relative,
                "subordinate" => Opener::Subordinate,
                "preposition" => Opener::Preposition,
                _ => return None,
            };
            Some((w.trim(), kind))
        })
        .collect()
});

fn set(src: &'static str) -> HashSet<&'static str> {
    lines(src).collect()
}

static FINITE: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../../data/clauses/finite_verbs.txt")));
static PAST: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../../data/clauses/verbs.txt")));
static NOT_PARTICIPLE: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../../data/clauses/not_participles.txt")));

pub(super) fn opener(w: &str) -> Option<Opener> {
    OPENERS.iter().find(|(o, _)| *o == w).map(|(_, k)| *k)
}

/// A finite verb that only a main clause holds once a relative clause has had its verb.
pub(super) fn finite(w: &str) -> bool {
    FINITE.contains(w)
}

/// Auxiliaries and modals: a verb group's first word.
pub(super) fn auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "must"
            | "should"
            | "did"
            | "does"
            | "do"
            | "been"
            | "being"
    )
}

/// A verb that reports a clause of its own (`said`, `told`, `believed`): the verb after it
/// in a side clause is the reported clause's, not the main clause's.
pub(super) fn reporting(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "believe"
            | "believes"
            | "believed"
            | "think"
            | "thinks"
            | "thought"
    )
}

/// Whether a word reads as a verb in a clause: an auxiliary, a finite verb of the data, a
/// past form (irregular, or regular in `-ed`).
pub(super) fn verb(w: &str) -> bool {
    auxiliary(w)
        || finite(w)
        || PAST.contains(w)
        || lexicon::irregular_past(w)
        || (w.len() >= 5
            && w.ends_with("ed")
            && !w.ends_with("eed")
            && !w.ends_with("dred")
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
}

/// A word in `-ing` that opens a participle phrase after a comma (`killing`, `leaving`).
pub(super) fn participle(w: &str) -> bool {
    w.len() >= 5
        && w.ends_with("ing")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !NOT_PARTICIPLE.contains(w)
}

/// Words that cannot begin an apposition: they continue a list or a main clause.
pub(super) fn not_apposition_start(w: &str) -> bool {
    matches!(
        w,
        "and" | "or" | "but" | "nor" | "so" | "yet" | "then" | "that" | "if" | "said" | "says"
    ) || preposition(w)
        || auxiliary(w)
}

pub(super) fn preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "of"
            | "from"
            | "to"
            | "by"
            | "with"
            | "for"
            | "near"
            | "into"
            | "during"
            | "among"
            | "amid"
            | "under"
            | "over"
            | "through"
            | "outside"
            | "inside"
            | "across"
            | "against"
            | "without"
            | "according"
            | "including"
    )
}

/// Subject pronouns: a verb right after one is that pronoun's, not the main clause's
/// (`who said he was`).
pub(super) fn pronoun(w: &str) -> bool {
    matches!(
        w,
        "i" | "he" | "she" | "it" | "we" | "they" | "you" | "there" | "that" | "this"
    )
}

/// Whether any word of the text is an opener (for [`super::worth_reading`]).
pub(super) fn has_opener(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| (2..=8).contains(&w.len()))
        .any(|w| {
            let mut buf = [0u8; 32];
            lexicon::lowercase_into(w, &mut buf).is_some_and(|l| opener(l).is_some())
        })
}

/// The sentence's words and marks.
pub(super) fn tokens(text: &str) -> Vec<Tok<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = match text[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        let len = c.len_utf8();
        if c.is_alphanumeric() {
            let mut j = i + len;
            while j < bytes.len() {
                // (most of a word is ASCII letters and digits, taken a byte at a time)
                if bytes[j].is_ascii_alphanumeric() {
                    j += 1;
                    continue;
                }
                let Some(d) = text[j..].chars().next() else {
                    break;
                };
                let inner = matches!(d, '\'' | '\u{2019}' | '-' | '.' | ',');
                let next_alnum = text[j + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                // a comma or point is inside a word only between digits (`1,200`, `2.5`)
                let digits = matches!(d, '.' | ',')
                    && text[..j].ends_with(|p: char| p.is_ascii_digit())
                    && text[j + 1..].starts_with(|n: char| n.is_ascii_digit());
                if d.is_alphanumeric()
                    || (inner && next_alnum && (digits || !matches!(d, '.' | ',')))
                {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            let w = &text[i..j];
            let low = if w.bytes().any(|b| b.is_ascii_uppercase()) || !w.is_ascii() {
                Cow::Owned(w.to_lowercase().replace('\u{2019}', "'"))
            } else {
                Cow::Borrowed(w)
            };
            out.push(Tok {
                start: i,
                end: j,
                item: Item::Word(low),
            });
            i = j;
            continue;
        }
        let mark = match c {
            ',' | ';' | ':' | '(' | ')' | '[' | ']' => Some(c),
            '\u{2014}' | '\u{2013}' => Some('-'),
            '-' if text[i..].starts_with("--") => Some('-'),
            '-' if (i == 0 || bytes[i - 1] == b' ')
                && bytes.get(i + 1).is_none_or(|b| *b == b' ') =>
            {
                Some('-')
            }
            // only the sentence's own end: `mr.`, `u.s.` and `st. louis` close nothing
            '.' | '!' | '?'
                if text[i + 1..]
                    .trim_end_matches(|e: char| {
                        e.is_whitespace() || matches!(e, '"' | '\'' | ')' | '\u{201d}' | '\u{2019}')
                    })
                    .is_empty() =>
            {
                Some('.')
            }
            _ => None,
        };
        let mut step = len;
        if c == '-' && text[i..].starts_with("--") {
            step = 2;
        }
        if let Some(m) = mark {
            out.push(Tok {
                start: i,
                end: i + step,
                item: Item::Mark(m),
            });
        }
        i += step;
    }
    out
}
