//! The narrative frame of an article: its words outside the quotations, each quotation
//! standing as one token, cut into frame sentences.
//!
//! Sentences are cut here rather than taken from the sentence stage because a
//! quotation is one unit for attribution: `"Go," he said. "Now."` is two frame
//! sentences whatever the splitter does inside the quotation.

use super::lexicon::{Flags, Lexicon, LEXICON};
use super::pairing::Quotation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct(char),
    /// A quotation, by its index (`u32`, as offsets are: see [`Token`]).
    Quote(u32),
    /// A paragraph break.
    Break,
}

/// A token of the frame. Its offsets and sentence index are `u32`, so that the token
/// takes 24 bytes rather than 40: loops over tokens and the article's token vector
/// are lighter. Frames are only built for texts that fit ([`MAX_TEXT`]).
#[derive(Debug, Clone, Copy)]
pub struct Token {
    start: u32,
    end: u32,
    pub kind: Kind,
    pub flags: Flags,
    /// First character is upper case.
    pub capital: bool,
    /// Index of the frame sentence.
    sentence: u32,
}

/// The longest text a frame can hold: token offsets are `u32`. Longer articles (over
/// 4 GiB) are not read by the stage (see [`super::quotations`]).
pub const MAX_TEXT: usize = u32::MAX as usize;

/// A byte offset or index of a text within [`MAX_TEXT`] as a token stores it. Past the
/// limit it saturates rather than wraps; no frame is built for such a text.
fn small(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

impl Token {
    /// Byte offset of the token's start in the text.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset just past the token's end.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Index of the frame sentence.
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// A dash of any length (`—`, `–`, `-`) standing as punctuation.
    pub fn is_dash(&self) -> bool {
        matches!(self.kind, Kind::Punct('—' | '–' | '-'))
    }

    pub fn has(&self, bit: u16) -> bool {
        self.kind == Kind::Word && self.flags.has(bit)
    }
}

pub struct Frame<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// Token index of each quotation.
    pub quote_token: Vec<usize>,
    /// First token of each frame sentence.
    pub sentence_start: Vec<usize>,
    /// Whether the article is lowercased bulk text (names not capitalised).
    pub lowercase: bool,
}

impl<'a> Frame<'a> {
    pub fn build(text: &'a str, quotes: &[Quotation]) -> Frame<'a> {
        // (a token every four bytes: nine articles in ten have fewer, where one every five
        // bytes, exceeded by three in four, had the vector grown and copied)
        let mut tokens = Vec::with_capacity(text.len() / 4 + 8);
        let mut quote_token = Vec::with_capacity(quotes.len());
        let mut pos = 0;
        for (i, q) in quotes.iter().enumerate() {
            tokenize(text, pos, q.open.max(pos), &mut tokens);
            quote_token.push(tokens.len());
            tokens.push(Token {
                start: small(q.open),
                end: small(q.end),
                kind: Kind::Quote(small(i)),
                flags: Flags::default(),
                capital: false,
                sentence: 0,
            });
            pos = q.end.max(pos);
        }
        tokenize(text, pos, text.len(), &mut tokens);
        let lowercase = is_lowercased(text, &tokens);
        let mut frame = Frame {
            text,
            tokens,
            quote_token,
            sentence_start: Vec::new(),
            lowercase,
        };
        frame.cut_sentences(quotes);
        // (`hope summers said`: given names that are words, where the article shows one)
        super::word_given::mark(&mut frame);
        frame
    }

    /// The text of token `i`; empty past the last token (a test one word ahead at the
    /// text's end, `… and bill kelso is`, reads nothing there).
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.start()..t.end()))
            .unwrap_or("")
    }

    /// Whether token `i` is a word of `list` (lowercase), in any case.
    pub fn word_in(&self, i: usize, list: &[&str]) -> bool {
        // (the word sliced once, not once per entry of the list, and as bytes: a token
        // starts and ends on character boundaries, and `str::eq_ignore_ascii_case` is
        // the bytes' test)
        self.tokens
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .and_then(|t| self.text.as_bytes().get(t.start()..t.end()))
            .is_some_and(|word| list.iter().any(|w| word.eq_ignore_ascii_case(w.as_bytes())))
    }

    /// The first token of sentence `s`: `sentence_range(s).0`, with one lookup.
    pub fn sentence_first(&self, s: usize) -> usize {
        self.sentence_start
            .get(s)
            .copied()
            .unwrap_or(self.tokens.len())
    }

    /// The token range of sentence `s`.
    pub fn sentence_range(&self, s: usize) -> (usize, usize) {
        let start = self
            .sentence_start
            .get(s)
            .copied()
            .unwrap_or(self.tokens.len());
        let end = self
            .sentence_start
            .get(s + 1)
            .copied()
            .unwrap_or(self.tokens.len());
        (start, end)
    }

    /// Whether sentence `s` is a heading or a label line: a paragraph (or line) of its
    /// own, short, with no quotation, not closed by a stop.
    pub fn is_heading(&self, s: usize) -> bool {
        let (s0, s1) = self.sentence_range(s);
        if s1 <= s0 {
            return false;
        }
        let own_line = s0 == 0 || self.tokens[s0 - 1].kind == Kind::Break;
        let mut last = s1;
        while last > s0 && self.tokens[last - 1].kind == Kind::Break {
            last -= 1;
        }
        let ends_line = s1 == self.tokens.len() || self.tokens[s1 - 1].kind == Kind::Break;
        own_line
            && ends_line
            && last > s0
            && last - s0 <= 12
            && self.tokens[last - 1].kind == Kind::Word
            && (s0..last).all(|i| !matches!(self.tokens[i].kind, Kind::Quote(_)))
    }

    fn cut_sentences(&mut self, quotes: &[Quotation]) {
        let n = self.tokens.len();
        self.sentence_start.push(0);
        // The last token ends nothing (a sentence after it would be empty).
        for i in 0..n.saturating_sub(1) {
            // Most tokens are words, and a word ends a sentence only as the last word of
            // a link label, five letters long (`ends_link_label`): the rest go by.
            let t = &self.tokens[i];
            if t.kind == Kind::Word && t.end - t.start != 5 {
                continue;
            }
            if self.ends_sentence(i, quotes) {
                self.sentence_start.push(i + 1);
            }
        }
        // Each token's sentence, a run at a time.
        for (s, w) in self.sentence_start.windows(2).enumerate() {
            for t in self.tokens.get_mut(w[0]..w[1]).unwrap_or_default() {
                t.sentence = small(s);
            }
        }
        let last = self.sentence_start.len() - 1;
        let from = self.sentence_start[last];
        for t in self.tokens.get_mut(from..).unwrap_or_default() {
            t.sentence = small(last);
        }
    }

    fn ends_sentence(&self, i: usize, quotes: &[Quotation]) -> bool {
        let t = &self.tokens[i];
        let next = self.tokens.get(i + 1);
        // Asked only after a stop: most tokens are words, which end nothing.
        let next_starts = || match next {
            None => true,
            Some(n) => match n.kind {
                // Lower-cased text has no capital to start a sentence with.
                Kind::Word => n.capital || self.lowercase || n.text_starts_digit(self.text),
                Kind::Quote(_) | Kind::Break => true,
                Kind::Punct(c) => matches!(c, '(' | '['),
            },
        };
        match t.kind {
            Kind::Break => true,
            Kind::Punct('!' | '?') => next_starts(),
            Kind::Punct('.') => next_starts() && !self.abbreviation_before(i),
            Kind::Punct(':') => next.is_some_and(|n| n.kind == Kind::Break),
            Kind::Quote(q) => {
                let last = quotes
                    .get(q as usize)
                    .and_then(|q| self.text[q.start()..q.content_end()].chars().next_back());
                // (lower-cased, a full stop ends a whole quoted utterance's sentence unless
                // its tag follows: `" … ! " cried roe` is written so, `" … . " roe said`
                // seldom; a fragment inside a sentence, `the sound of " a dog barking . "`,
                // leaves the cut to the capitals)
                let stop_ends = || {
                    self.lowercase
                        && last == Some('.')
                        && self.utterance_at(i)
                        && !self.tag_follows(i)
                };
                matches!(last, Some('.' | '!' | '?' | '…'))
                    && next.is_some_and(|n| n.kind != Kind::Word || n.capital || stop_ends())
            }
            Kind::Word => self.ends_link_label(i),
            _ => false,
        }
    }

    /// Whether the quotation at token `i` stands where a whole utterance does: first in
    /// the text, after a sentence's end, a break, another quotation, a colon or a comma.
    fn utterance_at(&self, i: usize) -> bool {
        i == 0
            || matches!(
                self.tokens[i - 1].kind,
                Kind::Punct('.' | '!' | '?' | ':' | ',') | Kind::Break | Kind::Quote(_)
            )
    }

    /// Whether a quotation's tag follows token `i` (lower-cased text, where no capital
    /// tells a new sentence): a cue within the next few words, before any punctuation,
    /// not in the passive (`" … . " he said`, `" … . " the mayor told reporters`; not
    /// `" … . " his rival, ana roe, conceded`, `" … . " passengers were told to wait`).
    /// A quotation closed by its own stop and followed by no tag ends its sentence.
    fn tag_follows(&self, i: usize) -> bool {
        const PASSIVE: &[&str] = &["was", "were", "is", "are", "be", "been", "being"];
        for (words, k) in (i + 1..self.tokens.len()).enumerate() {
            let t = &self.tokens[k];
            if t.kind != Kind::Word || words == 5 {
                return false;
            }
            if t.flags.has(Flags::CUE) {
                return words == 0
                    || !PASSIVE
                        .iter()
                        .any(|p| self.word(k - 1).eq_ignore_ascii_case(p));
            }
        }
        false
    }

    /// Whether the word at `i` ends a page's link label standing between sentences
    /// without a stop (`advertisement continue reading the main story “Q,” he said`,
    /// `continue reading below`): what follows starts a sentence of its own.
    fn ends_link_label(&self, i: usize) -> bool {
        const LABELS: &[&[&str]] = &[
            &["continue", "reading", "the", "main", "story"],
            &["continue", "reading", "below"],
        ];
        // Both labels end in a word of five letters: most words are told by their length.
        if self.tokens[i].end - self.tokens[i].start != 5 {
            return false;
        }
        LABELS.iter().any(|label| {
            i + 1 >= label.len()
                && label.iter().rev().enumerate().all(|(k, w)| {
                    let t = &self.tokens[i - k];
                    t.kind == Kind::Word && self.word(i - k).eq_ignore_ascii_case(w)
                })
        })
    }

    /// Whether the word before a full stop is an abbreviation that does not end a
    /// sentence: a title (`Mr.`), an initial (`J.`), or a dotted acronym (`U.S.`).
    fn abbreviation_before(&self, dot: usize) -> bool {
        let Some(prev) = dot.checked_sub(1).map(|p| &self.tokens[p]) else {
            return false;
        };
        if prev.kind != Kind::Word || prev.end != self.tokens[dot].start {
            return false;
        }
        self.is_abbreviation(dot - 1)
    }

    /// Whether word `i`, followed by a full stop, is an abbreviation: a short title
    /// (`Mr`, `Gen`), an initial, or a dotted acronym (`U.S`).
    pub fn is_abbreviation(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let w = self.word(i);
        let letters = w.chars().count();
        t.kind == Kind::Word
            && ((t.flags.has(Flags::TITLE) && letters <= 4)
                || (letters == 1 && (t.capital || self.lowercase && self.initial_after_given(i)))
                || w.contains('.') && !decimal(w)
                || super::people::dotted_suffix(w))
    }

    /// `neil h. macbride`, `david a. prior`: in lower-cased text, one letter after a given
    /// name is its middle initial (the capital's equal).
    /// `declan p. j. ferris`: so is one letter after such an initial and its stop.
    fn initial_after_given(&self, i: usize) -> bool {
        if i == 0 || !self.word(i).chars().all(char::is_alphabetic) {
            return false;
        }
        let p = &self.tokens[i - 1];
        if p.kind == Kind::Word {
            // "attorney mark l. webb", "said mark l. webb": a word in a name's
            // position (after a role, a title or a verb of saying) stands for the given
            // name the list may lack.
            // (`gen. mark a. welsh`: a title's stop between)
            let name_position = i >= 2 && {
                let r = &self.tokens[i - 2];
                r.kind == Kind::Word && r.has(Flags::ROLE | Flags::TITLE | Flags::CUE)
                    || r.is_punct('.') && i >= 3 && self.tokens[i - 3].has(Flags::TITLE)
            };
            return p.has(Flags::GIVEN)
                || name_position && !p.has(Flags::FUNCTION | Flags::PRONOUN | Flags::CUE);
        }
        i >= 2
            && p.is_punct('.')
            && self.tokens[i - 2].kind == Kind::Word
            && self.tokens[i - 2].end == p.start
            && self.word(i - 2).chars().count() == 1
            && self.initial_after_given(i - 2)
    }

    /// Whether the word at `i` is a name's initial: one letter, an abbreviation (see
    /// `is_abbreviation`), its full stop joined to it, and a word after the stop.
    pub fn initial_at(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        // Asked of most words of a phrase: the token tests first.
        t.kind == Kind::Word
            && t.end - t.start <= 4
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|d| d.is_punct('.') && d.start == t.end)
            && self.tokens.get(i + 2).is_some_and(|n| n.kind == Kind::Word)
            && self.word(i).chars().count() == 1
            && self.is_abbreviation(i)
    }
}

/// Abbreviations that open a place's or a body's name (`St. Agnes's Hospital`, `Mt.
/// Hood`, `Ft. Worth`): their stop ends no sentence.
const NAME_PREFIXES: &[&str] = &["st", "mt", "ft"];

impl Token {
    fn text_starts_digit(&self, text: &str) -> bool {
        text[self.start()..].starts_with(|c: char| c.is_ascii_digit())
    }
}

/// The length of a plural possessive's apostrophe right after the word `s[at..end]`
/// (`Growers’ Union`, `the upland growers' union`), or 0. The word ends in `s`; the
/// apostrophe is glued to it, then one space and a word that is capitalised (no given
/// name) or a body's noun (`organisations.txt`) after a name's word, in any casing; no
/// single quotation mark opens before it in the same stretch of text (`‘more shifts for
/// the nurses’ Union`: there it closes the quotation).
fn plural_possessive_len(lexicon: &Lexicon, s: &str, at: usize, end: usize) -> usize {
    let bytes = s.as_bytes();
    if end < at + 3 || !matches!(bytes.get(end - 1), Some(b's' | b'S')) {
        return 0;
    }
    let mark = match char_at(s, end) {
        Some(c @ ('\'' | '’')) => c.len_utf8(),
        _ => return 0,
    };
    let next = end + mark;
    if bytes.get(next) != Some(&b' ') {
        return 0;
    }
    let word_end = (next + 1..bytes.len())
        .find(|&k| !bytes[k].is_ascii_alphabetic())
        .unwrap_or(bytes.len());
    let Some(after) = s.get(next + 1..word_end).filter(|w| !w.is_empty()) else {
        return 0;
    };
    // (before a body's noun, a name's word before the plural too: `the upland growers'
    // union`, not `the residents' group`)
    // (not before a given name: `Wikinews' Diego Grez` is a body's reporter)
    let flags = lexicon.flags_of_bytes(after.to_ascii_lowercase().as_bytes());
    let named = after.starts_with(|c: char| c.is_ascii_uppercase()) && !flags.has(Flags::GIVEN)
        || flags.has(Flags::ORG) && name_word_before(lexicon, s, at);
    if named && !single_open_before(s, at) {
        mark
    } else {
        0
    }
}

/// Whether the word before byte `at` (one space between) is a word of letters that is no
/// small word (`the`, `of`, `for`): a name's word before a plural's possessive.
fn name_word_before(lexicon: &Lexicon, s: &str, at: usize) -> bool {
    let Some(head) = s.get(..at).and_then(|h| h.strip_suffix(' ')) else {
        return false;
    };
    let word = head
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    !word.is_empty()
        && !lexicon
            .flags_of_bytes(word.to_lowercase().as_bytes())
            .has(Flags::FUNCTION | Flags::DETERMINER)
}

/// Whether a single quotation mark opens before byte `at`, back to the last sentence's
/// end, line break or double mark (within 300 bytes): `‘`, or `'` after a space or a
/// bracket and before a letter.
fn single_open_before(s: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(300);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let Some(stretch) = s.get(from..at) else {
        return false;
    };
    let mut prev: Option<char> = None;
    let mut open = false;
    let mut chars = stretch.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '.' | '!' | '?' | '\n' | '"' | '“' | '”' => open = false,
            '‘' => open = true,
            '\'' if prev.is_none_or(|p| p.is_whitespace() || p == '(')
                && chars.peek().is_some_and(|n| n.is_alphabetic()) =>
            {
                open = true
            }
            // (a closing mark: after a word, before no letter)
            '\'' | '’' if !chars.peek().is_some_and(|n| n.is_alphabetic()) => open = false,
            _ => {}
        }
        prev = Some(c);
    }
    open
}

/// Adds the tokens of `text[from..to]`.
/// Whether a word is a number with a decimal point (`8.5`, `2.75`): a stop after it
/// ends a sentence as after any number (`a magnitude of 8.5. "..."`); it is no dotted
/// abbreviation.
fn decimal(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && w.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Token>) {
    let Some(slice) = text.get(from..to) else {
        return;
    };
    let bytes = slice.as_bytes();
    // (the word lists reached once, not through the lazy static at each word)
    let lexicon: &Lexicon = &LEXICON;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let start = from + i;
        // ASCII, most of the text, is told by its byte: the same classes as the
        // `char` tests below give it.
        let c = match b {
            b'\n' => {
                if out.last().is_none_or_not_break() {
                    out.push(simple(start, start + 1, Kind::Break));
                }
                i += 1;
                continue;
            }
            b' ' | b'\t' | 0x0b | 0x0c | b'\r' => {
                i += 1;
                continue;
            }
            b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => {
                i += 1;
                char::from(b)
            }
            0..=0x7f => {
                out.push(simple(start, start + 1, Kind::Punct(char::from(b))));
                i += 1;
                continue;
            }
            _ => {
                let Some(c) = char_at(slice, i) else {
                    break;
                };
                i += c.len_utf8();
                if c.is_whitespace() {
                    continue;
                }
                if !c.is_alphanumeric() {
                    out.push(simple(start, start + c.len_utf8(), Kind::Punct(c)));
                    continue;
                }
                c
            }
        };
        // (whether the word holds a stop, told by the scan that crosses it)
        let (dotted, hyphen);
        (i, dotted, hyphen) = word_end_dotted(slice, i);
        // "kerry o ' grady": the bulk corpus spaces a name's apostrophe; `o '` or `d '`
        // and the word after it are one word, as `o'grady` is.
        // (a word so joined may hold a stop the scan above did not see: searched below)
        let mut spaced = false;
        if i == start - from + 1 && matches!(b, b'o' | b'O' | b'd' | b'D') {
            let joined = spaced_apostrophe_end(slice, i);
            spaced = joined != i;
            i = joined;
        }
        // "said.police said", "walker.chuck mccarthy": a stop glued between two words
        // where the space after a sentence was lost ends the first word there.
        // (most words are short or have no stop: told before the call)
        let at = start - from;
        if i - at >= 6 && (dotted || spaced) && bytes.get(at..i).is_some_and(|w| w.contains(&b'.'))
        {
            if let Some(stop) = slice.get(at..i).and_then(glued_stop) {
                i = at + stop;
            }
        }
        // "the Upland Growers’ Union": a plural's possessive apostrophe stays on its word
        // when a name's word or a body's noun follows it, as `'s` does.
        // (asked only where an apostrophe's first byte follows an `s`: most words not)
        if matches!(bytes.get(i), Some(b'\'' | 0xE2))
            && matches!(bytes.get(i - 1), Some(b's' | b'S'))
        {
            i += plural_possessive_len(lexicon, slice, at, i);
        }
        // "St. Agnes's Hospital": the stop belongs to the name's abbreviation, which
        // keeps it as written and ends no sentence with it.
        if bytes.get(i) == Some(&b'.')
            && slice
                .get(start - from..i)
                .is_some_and(|w| NAME_PREFIXES.iter().any(|p| w.eq_ignore_ascii_case(p)))
        {
            i += 1;
        }
        let end = from + i;
        // (the word's bytes: a token starts and ends on character boundaries, and its
        // text, sliced with the boundary tests, is needed only on the rare paths below)
        let word = bytes.get(at..i).unwrap_or_default();
        // No listed word is long or starts with a digit.
        let listed = word.len() <= 16 && !c.is_ascii_digit();
        out.push(Token {
            start: small(start),
            end: small(end),
            kind: Kind::Word,
            flags: if listed && hyphen {
                with_hyphenated_given(word_flags(lexicon, word), word)
            } else if listed {
                word_flags(lexicon, word)
            } else {
                Flags::default()
            },
            // "2Day FM", "3Coast": digits then a capital open a name as a capital does.
            capital: upper(c)
                || c.is_ascii_digit() && text.get(start..end).is_some_and(digits_then_capital)
                || c.is_ascii_lowercase()
                    && may_open_particle(word)
                    && text.get(start..end).is_some_and(particle_then_capital),
            sentence: 0,
        });
    }
}

/// `char::is_uppercase`, an ASCII letter (most words' first) told by its byte alone.
#[inline(always)]
fn upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase()
    }
}

/// Whether `word` is a name's lower-case particle joined to a capitalised surname
/// (`al-Rashid`, `el-Amin`, `bin-Salem`, `d'Arcy`): it opens or continues a name as a
/// capital does.
fn particle_then_capital(word: &str) -> bool {
    const JOINED: &[&str] = &[
        "al-", "el-", "ad-", "an-", "ar-", "as-", "at-", "az-", "ash-", "abu-", "bin-", "ibn-",
        "bint-", "ben-", "d'", "d’",
    ];
    may_open_particle(word.as_bytes())
        && JOINED.iter().any(|p| {
            word.strip_prefix(p).is_some_and(|rest| {
                let mut chars = rest.chars();
                chars.next().is_some_and(char::is_uppercase)
                    && chars.next().is_some_and(char::is_alphabetic)
            })
        })
}

/// Whether a word's bytes may open with a particle of [`particle_then_capital`]: each
/// opens with `a`, `b`, `d`, `e` or `i` and ends in a hyphen or an apostrophe among a
/// word's first five bytes (`’` by its first byte). Most words, asked once each, are told
/// by that.
fn may_open_particle(bytes: &[u8]) -> bool {
    let joiner = |b: &u8| matches!(b, b'-' | b'\'' | 0xE2);
    matches!(bytes.first(), Some(b'a' | b'b' | b'd' | b'e' | b'i'))
        && bytes.iter().take(5).any(joiner)
}

/// Whether `word` is digits followed by a capital letter and at least one more letter
/// (`2Day`, `3Coast`), not a number or a measure (`25`, `10km`, `3D`).
fn digits_then_capital(word: &str) -> bool {
    let rest = word.trim_start_matches(|c: char| c.is_ascii_digit());
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_alphabetic)
}

/// Endings after a stop that make a word an address or a file's name (`shopvale.com`,
/// `photo.jpg`), not two words glued across a lost space.
const WEB_SUFFIXES: &[&str] = &[
    "com", "net", "org", "gov", "edu", "mil", "int", "biz", "info", "pro", "name", "mobi", "html",
    "htm", "php", "asp", "aspx", "jsp", "cgi", "jpg", "jpeg", "png", "gif", "pdf", "txt", "doc",
    "docx", "xls", "swf", "mp3", "mp4", "xml", "json", "css", "rss", "exe", "zip",
];

/// Two-letter words that follow a glued stop as a sentence's start (`said.he`); any other
/// two letters after a stop are a country's domain (`thepaper.cn`).
const SHORT_STARTERS: &[&str] = &[
    "he", "we", "an", "as", "at", "to", "on", "if", "so", "by", "of", "or", "up", "my",
];

/// Byte offset of the stop in `word` when it glues two words across a lost space
/// (`said.police`, `perez.fresno`, `said.Then`): one stop between at least three
/// letters and at least two, letters only, neither `www` before it nor an address's or
/// a file's ending after it. Initials (`j.k`), titles (`mr.smith`), dotted acronyms
/// (`u.s.the`) and numbers have no such shape.
#[cold]
#[inline(never)]
fn glued_stop(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    if b.len() < 6 {
        return None;
    }
    let dot = memchr::memchr(b'.', b)?;
    let (left, right) = (&b[..dot], &b[dot + 1..]);
    let listed = |list: &[&str]| {
        list.iter()
            .any(|w| right.eq_ignore_ascii_case(w.as_bytes()))
    };
    (left.len() >= 3
        && right.len() >= 2
        && left.iter().all(u8::is_ascii_alphabetic)
        && right.iter().all(u8::is_ascii_alphabetic)
        && !left.eq_ignore_ascii_case(b"www")
        && !listed(WEB_SUFFIXES)
        && (right.len() > 2 || listed(SHORT_STARTERS)))
    .then_some(dot)
}

/// The character at byte `i` of `s` (a character boundary); ASCII, most of the text,
/// is read without UTF-8 decoding.
fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        Some(char::from(b))
    } else {
        s.get(i..)?.chars().next()
    }
}

/// After a one-letter `o` or `d` ending at byte `i` of `s`: the end of the word after a
/// spaced apostrophe (`o ' grady`), or `i` when none follows. Rare, so kept out of the
/// tokenizer's loop.
#[cold]
#[inline(never)]
fn spaced_apostrophe_end(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    if bytes.get(i..i + 3) == Some(b" ' ".as_slice())
        && bytes.get(i + 3).is_some_and(u8::is_ascii_alphabetic)
    {
        word_end(s, i + 3)
    } else {
        i
    }
}

/// The end of the word whose next character is at byte `j` of `s`: letters and
/// digits, and the connectors that a letter or digit follows.
fn word_end(s: &str, j: usize) -> usize {
    word_end_dotted(s, j).0
}

/// [`word_end`], whether the word's bytes from `j` hold a full stop (one joining two
/// parts, or an abbreviation's before a possessive), and whether a hyphen joins two parts.
#[inline(always)]
fn word_end_dotted(s: &str, mut j: usize) -> (usize, bool, bool) {
    let bytes = s.as_bytes();
    let mut dotted = false;
    let mut hyphen = false;
    loop {
        // Runs of ASCII letters and digits, most of a word, are skipped bytewise, each
        // byte told by one table load.
        while bytes.get(j).is_some_and(|&b| ASCII_ALNUM[usize::from(b)]) {
            j += 1;
        }
        // Most words end at an ASCII byte that is no connector (a space, a comma): that
        // ends the word, as the tests below would say.
        match bytes.get(j) {
            None => break,
            Some(&b) if b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.' | b'&') => break,
            _ => {}
        }
        let Some(d) = char_at(s, j) else {
            break;
        };
        let after = j + d.len_utf8();
        // A connector joins only when a letter or digit follows it.
        let joins = d.is_alphanumeric()
            || matches!(d, '\'' | '’' | '-' | '.' | '&')
                && char_at(s, after).is_some_and(char::is_alphanumeric);
        if !joins {
            // "the U.K.'s foreign secretary": an abbreviation's stop, then a possessive.
            if d == '.' {
                if let Some(end) = possessive_after_stop(s, after) {
                    j = end;
                    dotted = true;
                }
            }
            break;
        }
        dotted |= d == '.';
        hyphen |= d == '-';
        j = after;
    }
    (j, dotted, hyphen)
}

/// The end of a possessive `'s` (or `’s`) starting at byte `i`, right after an
/// abbreviation's stop, when no letter or digit follows it.
fn possessive_after_stop(s: &str, i: usize) -> Option<usize> {
    let mark = char_at(s, i).filter(|c| matches!(c, '\'' | '’'))?;
    let k = i + mark.len_utf8();
    let ends = matches!(s.as_bytes().get(k), Some(b's' | b'S'))
        && char_at(s, k + 1).is_none_or(|c| !c.is_alphanumeric());
    ends.then_some(k + 1)
}

/// Whether each byte is an ASCII letter or digit ([`u8::is_ascii_alphanumeric`]).
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

trait LastIsBreak {
    fn is_none_or_not_break(&self) -> bool;
}

impl LastIsBreak for Option<&Token> {
    fn is_none_or_not_break(&self) -> bool {
        !matches!(self, Some(t) if t.kind == Kind::Break)
    }
}

fn simple(start: usize, end: usize, kind: Kind) -> Token {
    Token {
        start: small(start),
        end: small(end),
        kind,
        flags: Flags::default(),
        capital: false,
        sentence: 0,
    }
}

/// The flags of a word (its bytes, a whole word's): those of its stem without a possessive
/// `'s`, less the ones that only the word as written can have ([`Flags::AS_WRITTEN`]).
fn word_flags(lexicon: &Lexicon, word: &[u8]) -> Flags {
    // Every possessive ending ends in `s` or `S`.
    let stem = match word.last() {
        Some(b's' | b'S') => strip_possessive_bytes(word),
        _ => word,
    };
    let flags = lexicon.flags_of_bytes(stem);
    if stem.len() == word.len() {
        flags
    } else {
        Flags(flags.0 & !Flags::AS_WRITTEN)
    }
}

/// `flags` of a word joined by a hyphen, with [`Flags::GIVEN`] when it is a given name made
/// of two given names (`lars-erik`, `anne-marie`). Out of line: few words hold a hyphen.
#[cold]
#[inline(never)]
fn with_hyphenated_given(mut flags: Flags, word: &[u8]) -> Flags {
    let stem = strip_possessive_bytes(word);
    let given =
        std::str::from_utf8(stem).is_ok_and(|w| crate::lexicon::hyphenated_given_name(w).is_some());
    if given {
        flags.0 |= Flags::GIVEN;
    }
    flags
}

/// [`strip_possessive`] of a word's bytes: the same endings, in the same order.
fn strip_possessive_bytes(word: &[u8]) -> &[u8] {
    word.strip_suffix(b"'s")
        .or_else(|| word.strip_suffix("’s".as_bytes()))
        .or_else(|| word.strip_suffix(b"'S"))
        .unwrap_or(word)
}

/// A word without a final possessive `'s`.
pub fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix("'S"))
        .unwrap_or(word)
}

/// Whether the text is lowercased bulk text: almost no capital letters except at the
/// start of sentences.
fn is_lowercased(text: &str, tokens: &[Token]) -> bool {
    let mut words = 0usize;
    let mut inner_capitals = 0usize;
    // (whether a capital follows a stop is asked only of a capital word, looking back:
    // most words have none)
    for (i, t) in tokens.iter().enumerate() {
        if t.kind == Kind::Word {
            words += 1;
            if t.capital
                && !after_stop(text, &tokens[..i])
                && !text[t.start()..t.end()].eq_ignore_ascii_case("i")
            {
                inner_capitals += 1;
            }
        }
    }
    // A short article is lowercased when none of its inner words has a capital, in
    // the narrative or inside its quotations.
    if words < 20 {
        return words >= 3 && inner_capitals == 0 && !quotes_have_inner_capitals(text, tokens);
    }
    inner_capitals * 50 < words
}

/// Whether the token after `before` follows a stop: the last word or stop of `before`
/// (other marks let it through) is a stop, a quotation, a break, or a word ending in its
/// stop (`st.`, one word with its stop, ends like a stop); or there is none.
fn after_stop(text: &str, before: &[Token]) -> bool {
    for t in before.iter().rev() {
        match t.kind {
            Kind::Word => {
                return t.end() > t.start() && text.as_bytes().get(t.end() - 1) == Some(&b'.')
            }
            Kind::Punct('.' | '!' | '?') | Kind::Quote(_) | Kind::Break => return true,
            _ => {}
        }
    }
    true
}

/// Whether a quotation's words hold a capital letter that starts no sentence.
fn quotes_have_inner_capitals(text: &str, tokens: &[Token]) -> bool {
    tokens
        .iter()
        .filter(|t| matches!(t.kind, Kind::Quote(_)))
        .any(|t| {
            let mut after_stop = true;
            let words = text[t.start()..t.end()].split_whitespace();
            words
                .filter(|w| w.contains(char::is_alphanumeric))
                .any(|w| {
                    let starts_upper = w
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .starts_with(char::is_uppercase);
                    let inner = starts_upper && !after_stop && w != "I" && !w.starts_with("I'");
                    after_stop = w.ends_with(['.', '!', '?', ':']);
                    inner
                })
        })
}

#[cfg(test)]
mod tests {
    /// The word end as the tokenizer found it before its fast paths: every character
    /// told by `char` tests.
    fn word_end_by_chars(s: &str, mut j: usize) -> usize {
        while let Some(d) = s.get(j..).and_then(|r| r.chars().next()) {
            let after = j + d.len_utf8();
            let next_joins = s
                .get(after..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_alphanumeric);
            let joins =
                d.is_alphanumeric() || matches!(d, '\'' | '’' | '-' | '.' | '&') && next_joins;
            if !joins {
                if d == '.' {
                    if let Some(end) = super::possessive_after_stop(s, after) {
                        j = end;
                    }
                }
                break;
            }
            j = after;
        }
        j
    }

    #[test]
    fn word_ends_are_those_the_char_tests_give() {
        let texts = [
            "the u.k.'s envoy, dr. o'hara-smith & co. said: \"no\" (twice).",
            "Zoë’s café—opened in 1999—sold 3.5kg of jam; R&D costs rose 4%.",
            "a-b-c - d -- e ' f 'g h' i.j. k... l&&m x1y2 end.",
            "naïve résumé 東京 Ωmega x\u{a0}y q\u{2019}s z",
            "trailing-",
            "",
        ];
        for text in texts {
            for (j, _) in text.char_indices() {
                assert_eq!(
                    super::word_end(text, j),
                    word_end_by_chars(text, j),
                    "{text:?} at {j}"
                );
            }
        }
    }

    #[test]
    fn the_particle_test_answers_as_every_prefix_tried() {
        // The test before the prefix loop only skips words that no prefix opens.
        let every_prefix = |word: &str| {
            [
                "al-", "el-", "ad-", "an-", "ar-", "as-", "at-", "az-", "ash-", "abu-", "bin-",
                "ibn-", "bint-", "ben-", "d'", "d’",
            ]
            .iter()
            .any(|p| {
                word.strip_prefix(p).is_some_and(|rest| {
                    let mut chars = rest.chars();
                    chars.next().is_some_and(char::is_uppercase)
                        && chars.next().is_some_and(char::is_alphabetic)
                })
            })
        };
        let words = [
            "al-Tamir",
            "el-Oso",
            "bint-Karam",
            "abu-Zed",
            "d'Orvell",
            "d’Ambry",
            "d'orvell",
            "al-tamir",
            "al-T",
            "ash-Shari",
            "ben-Avi",
            "bint-",
            "d’",
            "plain",
            "e-mail",
            "x-Ray",
            "an-Nur",
            "az-Z1",
            "ibn-Élan",
            "ad-D",
            "bi-Lateral",
            "o'Neary",
            "ar-Ruq",
            "at-Tal",
        ];
        for w in words {
            assert_eq!(super::particle_then_capital(w), every_prefix(w), "{w}");
        }
        assert!(super::particle_then_capital("bint-Karam"));
        assert!(super::particle_then_capital("d’Ambry"));
    }

    #[test]
    fn digits_then_a_capital_open_a_name() {
        assert!(super::digits_then_capital("2Day"));
        assert!(super::digits_then_capital("3Coast"));
        assert!(!super::digits_then_capital("3D"));
        assert!(!super::digits_then_capital("25"));
        assert!(!super::digits_then_capital("10km"));
    }

    #[test]
    fn a_saints_abbreviation_ends_no_sentence() {
        let text = "St. Agnes's Hospital said so. Mt. Hood is high.";
        let f = super::Frame::build(text, &[]);
        assert_eq!(f.word(0), "St.");
        assert_eq!(f.sentence_start.len(), 2);
    }

    use super::super::{marks::find_marks, pairing::pair};
    use super::*;

    fn frame(text: &str) -> Frame<'_> {
        let quotes = pair(text, &find_marks(text));
        Frame::build(text, &quotes)
    }

    #[test]
    fn upper_is_char_is_uppercase() {
        // every ASCII character, and letters beyond it in both cases
        let others = ['É', 'é', 'Ş', 'ş', 'Ω', 'ω', 'Ǆ', 'ǅ', 'ß', '’', '1', '中'];
        for c in (0u8..0x80).map(char::from).chain(others) {
            assert_eq!(upper(c), c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn a_stopped_quotation_ends_its_lowercased_sentence_unless_a_tag_follows() {
        // (lower-cased: no capital tells the next sentence's start)
        let text = "he won . \" it was close . \" his rival , ana roe , conceded .";
        let f = frame(text);
        assert!(f.lowercase);
        assert_eq!(f.sentence_start.len(), 3);
        for tagged in [
            "he won . \" it was close . \" he said .",
            "he won . \" it was close . \" the mayor told us .",
        ] {
            assert_eq!(frame(tagged).sentence_start.len(), 2, "{tagged}");
        }
        // A cue in the passive is no tag.
        let passive = "he won . \" it was close . \" voters were told to wait .";
        assert_eq!(frame(passive).sentence_start.len(), 3);
        // A quotation not closed by a stop goes on, and so does a fragment inside a
        // sentence.
        let comma = "he won . \" it was close , \" his rival conceded .";
        assert_eq!(frame(comma).sentence_start.len(), 2);
        let fragment = "he won . it was \" close . \" his rival conceded .";
        assert_eq!(frame(fragment).sentence_start.len(), 2);
    }

    #[test]
    fn hyphenated_given_names_are_given_names() {
        let f = frame("the march was led by lars-erik wennberg .");
        let i = (0..f.tokens.len()).find(|&i| f.word(i) == "lars-erik");
        assert!(i.is_some_and(|i| f.tokens[i].has(Flags::GIVEN)));
        let g = frame("the march was led by gwyn rhys-hopkins .");
        let j = (0..g.tokens.len()).find(|&i| g.word(i) == "rhys-hopkins");
        assert!(j.is_some_and(|j| !g.tokens[j].has(Flags::GIVEN)));
    }

    #[test]
    fn ascii_bytes_tokenize_as_their_chars() {
        // Each ASCII character between two letters: a break, nothing, a word or a mark,
        // as the `char` tests say.
        for b in 0u8..0x80 {
            let c = char::from(b);
            let text = format!("x{c}y");
            let mut out = Vec::new();
            tokenize(&text, 0, text.len(), &mut out);
            let kinds: Vec<Kind> = out.iter().map(|t| t.kind).collect();
            let expect = if c == '\n' {
                vec![Kind::Word, Kind::Break, Kind::Word]
            } else if c.is_whitespace() {
                vec![Kind::Word, Kind::Word]
            } else if c.is_alphanumeric() || matches!(c, '\'' | '-' | '.' | '&') {
                vec![Kind::Word]
            } else {
                vec![Kind::Word, Kind::Punct(c), Kind::Word]
            };
            assert_eq!(kinds, expect, "{b:#x}");
        }
    }

    #[test]
    fn a_stop_glued_between_two_words_ends_the_first() {
        for (word, stop) in [("said.police", Some(4)), ("perez.Fresno", Some(5))] {
            assert_eq!(super::glued_stop(word), stop, "{word}");
        }
        assert_eq!(super::glued_stop("told.he"), Some(4));
        for word in [
            "shopvale.com",
            "thepaper.cn",
            "www.vale",
            "photo.jpg",
            "mr.smith",
            "u.s.the",
            "news.com.au",
            "3.5kg",
        ] {
            assert_eq!(super::glued_stop(word), None, "{word}");
        }
    }

    #[test]
    fn tokens_stay_small() {
        assert!(std::mem::size_of::<Token>() <= 24);
        assert_eq!(small(7), 7);
        assert_eq!(small(usize::MAX), u32::MAX);
    }

    #[test]
    fn quotations_are_single_tokens() {
        let f = frame("She said: “Go now. Right now.” He left.");
        let kinds: Vec<_> = f.tokens.iter().map(|t| t.kind).collect();
        assert!(kinds.contains(&Kind::Quote(0)));
        assert_eq!(f.sentence_start.len(), 2);
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        let f = frame("Mr. Smith met J. Jones in the U.S. Army base. Then he left.");
        assert_eq!(f.sentence_start.len(), 2);
    }

    #[test]
    fn words_keep_apostrophes_and_hyphens() {
        let f = frame("Singer’s award-winning U.S. reporter");
        let words: Vec<_> = (0..f.tokens.len()).map(|i| f.word(i)).collect();
        assert_eq!(
            words,
            vec!["Singer’s", "award-winning", "U.S", ".", "reporter"]
        );
    }

    #[test]
    fn lowercased_text_is_recognised() {
        let text = "the minister said on monday that the talks would go on. \
                    officials in the capital said the plan was ready and the vote was set for friday.";
        assert!(frame(text).lowercase);
        let text = "The Minister said on Monday that the talks with Iran would go on in Geneva. \
                    Officials in Paris said the plan by President Macron was ready.";
        assert!(!frame(text).lowercase);
    }

    #[test]
    fn a_short_lowercased_article_is_recognised() {
        let text = "A dam broke on sunday . \" we are safe , \" said mayor ana ruiz .";
        assert!(frame(text).lowercase);
        let text = "A dam broke on Sunday. \"We are safe,\" said Mayor Ana Ruiz.";
        assert!(!frame(text).lowercase);
    }
}
