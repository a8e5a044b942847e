//! A headline glued to the lead that repeats it, in lowercased text, run last: the
//! bulk corpus drops the line break after an article's title, so the title runs into
//! its first sentence with no mark between them (`dead dog found at village pond |
//! a dead dog was found at the village pond on ...`). News leads restate their
//! headline, so the place where the repetition starts is where the headline ends.
//!
//! Read only in the article's opening run (the segments up to and including the first
//! that ends with a terminal mark), at most one cut a segment. At a space after word
//! `i - 1`, the run before (the headline, 3 to [`MAX_HEADLINE`] words) must end in a
//! content word (no function word of `word_classes.txt`, no possessive, no trailing `:`)
//! and hold no narrating word (`was`, `has`, `he`, ...: headlines are told in the present,
//! without auxiliaries, of no one yet named), no comma and no dash standing alone (a
//! dateline's); the words after (the lead, at least [`MIN_LEAD`]) must echo
//! it: a determiner and then a content word of the headline with another
//! within [`ECHO_WITHIN`] words (`| the dead dog ... pond`), or two words standing
//! side by side in the headline too, both content words (`| village pond officials ...`); and the two words
//! around the space must be no pair of the headline (the repetition starts there), nor
//! a pair the gap model's word-pair table has often seen inside sentences. Casing plays no
//! part.

use std::sync::LazyLock;

use super::furniture::gallop;
use super::lexicon::Lexicon;
use super::segment_kind;
use super::splitter::Segment;
use super::token::Token;

/// The longest headline read, in words.
const MAX_HEADLINE: usize = 24;
/// The shortest headline read, in words.
const MIN_HEADLINE: usize = 3;
/// The fewest words the lead must have in the segment after the cut.
const MIN_LEAD: usize = 5;
/// How far into the lead, after its first echoed word, a second one is looked for.
const ECHO_WITHIN: usize = 10;
/// How many segments of the opening run are read.
const OPENING_SEGMENTS: usize = 6;

/// The word lists this layer reads, lower-case.
struct Words {
    /// Every word of `word_classes.txt` (determiners, pronouns, auxiliaries, common
    /// finite verbs, prepositions, conjunctions).
    function: Vec<Vec<u8>>,
    /// The class `det`.
    determiner: Vec<Vec<u8>>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut w = Words {
        function: Vec::new(),
        determiner: Vec::new(),
    };
    let data = include_str!("../../data/sentences/word_classes.txt");
    for (class, words) in crate::data::lines(data).filter_map(|l| l.split_once(char::is_whitespace))
    {
        for word in words.split_whitespace() {
            let word = word.to_ascii_lowercase().into_bytes();
            if class == "det" {
                w.determiner.push(word.clone());
            }
            w.function.push(word);
        }
    }
    w
});

/// Words that tell of past events or name people already met: a run holding one is
/// prose, not a headline.
const NARRATING: [&[u8]; 16] = [
    b"was", b"were", b"been", b"being", b"has", b"have", b"had", b"would", b"did", b"said", b"he",
    b"she", b"it", b"they", b"we", b"i",
];

/// Adverbs and particles outside `word_classes.txt` that are no content word either.
const NOT_CONTENT: [&[u8]; 10] = [
    b"not", b"also", b"just", b"more", b"most", b"very", b"only", b"even", b"still", b"then",
];

fn listed(list: &[Vec<u8>], w: &[u8]) -> bool {
    list.iter().any(|x| x.as_slice() == w)
}

/// A word of the text, lower-cased, with the marks at its end (`,` `:` `;` `'s`
/// kept as written) trimmed off; empty if it holds no letter or digit.
fn bare(w: &[u8]) -> Vec<u8> {
    let end = w
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(0, |e| e + 1);
    w[..end].to_ascii_lowercase()
}

/// Whether `w` is a dash standing alone.
fn is_dash(w: &[u8]) -> bool {
    w == b"-" || w == b"--" || w == "\u{2014}".as_bytes() || w == "\u{2013}".as_bytes()
}

/// The words of one segment, bare, with what the rule asks of each.
struct Run {
    bare: Vec<Vec<u8>>,
    /// Whether the word as written ends in a letter or digit.
    clean_end: Vec<bool>,
    /// Whether the word is a dash standing alone (a dateline's: the lead has begun).
    dash: Vec<bool>,
    /// Whether the word ends in a comma (a clause's, or a list's: no headline's).
    comma: Vec<bool>,
}

impl Run {
    fn content(&self, k: usize, words: &Words) -> bool {
        self.bare.get(k).is_some_and(|w| {
            w.len() >= 2
                && w[0].is_ascii_alphabetic()
                && !listed(&words.function, w)
                && !NOT_CONTENT.contains(&w.as_slice())
        })
    }

    fn determiner(&self, k: usize, words: &Words) -> bool {
        self.bare
            .get(k)
            .is_some_and(|w| listed(&words.determiner, w))
    }

    /// Whether content word `k` of the lead stands in the headline `0..i`.
    fn in_headline(&self, k: usize, i: usize) -> bool {
        self.bare
            .get(k)
            .is_some_and(|w| self.bare[..i].iter().any(|h| h == w))
    }

    /// Whether words `k` and `k + 1` stand side by side in the headline `0..i`.
    fn pair_in_headline(&self, k: usize, i: usize) -> bool {
        let (Some(a), Some(b)) = (self.bare.get(k), self.bare.get(k + 1)) else {
            return false;
        };
        self.bare[..i].windows(2).any(|p| &p[0] == a && &p[1] == b)
    }

    /// Whether the lead from `i` echoes the headline `0..i`.
    fn echoes(&self, i: usize, words: &Words) -> bool {
        // The repetition starts afresh at `i`: the two words around the space are
        // no pair of the headline (`... cedar medical | center ...` after `cedar
        // medical center` only goes on with a phrase met before).
        if self.pair_in_headline(i - 1, i) {
            return false;
        }
        if self.determiner(i, words) {
            let j = i + 1;
            return self.content(j, words)
                && self.in_headline(j, i)
                && (j + 1..(j + 1 + ECHO_WITHIN).min(self.bare.len())).any(|k| {
                    self.content(k, words) && self.bare[k] != self.bare[j] && self.in_headline(k, i)
                });
        }
        self.content(i, words) && self.content(i + 1, words) && self.pair_in_headline(i, i)
    }

    /// The first word of the lead, if the segment opens with a headline its lead
    /// echoes.
    fn headline_end(&self, words: &Words, common: impl Fn(usize) -> bool) -> Option<usize> {
        let n = self.bare.len();
        let last = (MAX_HEADLINE).min(n.checked_sub(MIN_LEAD)?);
        for i in 1..=last {
            let k = i - 1;
            if NARRATING.contains(&self.bare[k].as_slice()) || self.dash[k] || self.comma[k] {
                return None;
            }
            if i >= MIN_HEADLINE
                && self.clean_end[k]
                && !self.bare[k].ends_with(b"'s")
                && self.content(k, words)
                && self.echoes(i, words)
                && !common(i)
            {
                return Some(i);
            }
        }
        None
    }
}

/// Cuts the opening run of `segments[from..]` of lowercased `text` (whose words are
/// `tokens`) where a glued headline ends (see the module's text); `common(k)` says
/// whether words `k - 1` and `k` are a common pair of running text (the gap model's
/// word-pair table), where no headline ends.
pub fn cut_echoed_headlines(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    segments: &mut Vec<Segment>,
    from: usize,
    common: impl Fn(usize) -> bool,
) {
    let words = &*WORDS;
    let bytes = text.as_bytes();
    // (segment index, byte where the lead starts, byte where the headline ends)
    let mut cuts: Vec<(usize, usize, usize)> = Vec::new();
    let mut k = 0;
    for (s, seg) in segments
        .iter()
        .enumerate()
        .skip(from)
        .take(OPENING_SEGMENTS)
    {
        k = gallop(tokens, k, |t| t.start < seg.start);
        let end = gallop(tokens, k, |t| t.start < seg.end);
        let Some(seg_tokens) = tokens.get(k..end) else {
            break;
        };
        let raw: Vec<&[u8]> = seg_tokens
            .iter()
            .map(|t| bytes.get(t.start..t.end).unwrap_or(&[]))
            .collect();
        let run = Run {
            bare: raw.iter().map(|w| bare(w)).collect(),
            clean_end: raw
                .iter()
                .map(|w| w.last().is_some_and(u8::is_ascii_alphanumeric))
                .collect(),
            dash: raw.iter().map(|w| is_dash(w)).collect(),
            comma: raw.iter().map(|w| w.last() == Some(&b',')).collect(),
        };
        if let Some(i) = run.headline_end(words, |i| common(k + i)) {
            if let (Some(before), Some(after)) = (seg_tokens.get(i - 1), seg_tokens.get(i)) {
                cuts.push((s, after.start, before.end));
            }
        }
        let marked = bytes
            .get(seg.start..seg.end)
            .and_then(|b| b.iter().rev().find(|&&c| !matches!(c, b'"' | b'\'' | b')')))
            .is_some_and(|&c| matches!(c, b'.' | b'!' | b'?'));
        if marked {
            break;
        }
    }
    for &(s, lead, head_end) in cuts.iter().rev() {
        let Some(&seg) = segments.get(s) else {
            continue;
        };
        let head = segment_kind::lowercased_piece(text, seg.start, head_end, seg, lex);
        let rest = segment_kind::lowercased_piece(text, lead, seg.end, seg, lex);
        segments.splice(s..=s, [head, rest]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<String> {
        let lex = Lexicon::default_ref();
        crate::sentences::split(text, lex)
            .iter()
            .map(|s| text[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn a_headline_the_lead_repeats() {
        let text = "dead dog found at village pond a dead dog was found at the village \
                    pond on monday morning, the council said. it had been missing.";
        assert_eq!(pieces(text)[0], "dead dog found at village pond");
        let text = "mayor anna berg quits over harbour deal mayor anna berg resigned on \
                    friday after a row about the harbour. the council meets today.";
        assert_eq!(pieces(text)[0], "mayor anna berg quits over harbour deal");
    }

    #[test]
    fn prose_that_repeats_itself_stays_whole() {
        // A narrating word in the run: prose.
        let text = "he saw the old mill burn and the old mill fell down in the night. it \
                    was rebuilt.";
        assert_eq!(
            pieces(text)[0],
            "he saw the old mill burn and the old mill fell down in the night."
        );
        // A function word before the space.
        let text = "storms hit the farms in the valley and the farms lost their crops to \
                    the flood. more is due.";
        assert_eq!(pieces(text).len(), 3);
        // Past the opening run: a later sentence is not read.
        let text = "the fair opened today. big crowds came to see the horses big crowds \
                    came again at noon to see them. it closes friday.";
        assert_eq!(pieces(text).len(), 3);
    }
}
