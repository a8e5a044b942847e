//! Page notices run into the text around them in lowercased text, read by their shape
//! after the other layers (`stages/data/sentences/page_notices.txt`): an item counted
//! on a page (`page 2 of 5`, `image 1 of 3`), an age notice (`this article is over 2
//! years old`), an update notice at a segment's start (`update with video`), and a
//! picture credit given as a courtesy at a segment's start (`photo: courtesy of jane
//! doe pictures`), which runs until a determiner or pronoun opens the prose, and a
//! video clip's running time between its title and the text (`harbour pilots walk out
//! 2: 05 the pilots of ...`: `M: SS` after a word of content, before prose that no word
//! of a clock, `am` or `gmt`, follows). The
//! segment is cut before a notice (where a word other than a function word stands
//! before it) and after it (where a word of prose follows). Casing plays no part.

use std::sync::LazyLock;

use super::furniture::gallop;
use super::lexicon::Lexicon;
use super::segment_kind;
use super::splitter::Segment;
use super::token::{word_bytes, Token};
use super::word_set::WordSet;

/// How many name words a courtesy credit may hold.
const COURTESY_WORDS: usize = 6;

#[derive(Default)]
struct Lists {
    counted: WordSet,
    document: WordSet,
    unit: WordSet,
    media: WordSet,
    clock: WordSet,
    /// Every word of `word_classes.txt`.
    function: WordSet,
    /// The classes `det` and `pron`.
    opener: WordSet,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let mut l = Lists::default();
    let data = include_str!("../../data/sentences/page_notices.txt");
    for (kind, word) in crate::data::lines(data).filter_map(|x| x.split_once(char::is_whitespace)) {
        let list = match kind {
            "counted" => &mut l.counted,
            "document" => &mut l.document,
            "unit" => &mut l.unit,
            "media" => &mut l.media,
            "clock" => &mut l.clock,
            _ => continue,
        };
        list.insert(word.trim().as_bytes().to_vec());
    }
    l.function = WordSet::new(super::word_classes::words_of(&[]));
    l.opener = WordSet::new(super::word_classes::words_of(&["det", "pron"]));
    l
});

fn number(w: &[u8]) -> bool {
    !w.is_empty() && w.iter().all(u8::is_ascii_digit)
}

struct Reader<'a> {
    bytes: &'a [u8],
    tokens: &'a [Token],
    lists: &'a Lists,
    lex: &'a Lexicon,
}

/// `w`'s leading letters and dots (`p.m.` of `p.m.:`, `gmt` of `gmt+01:`).
fn letters_of(w: &[u8]) -> &[u8] {
    let n = w
        .iter()
        .position(|&b| !(b.is_ascii_alphabetic() || b == b'.'))
        .unwrap_or(w.len());
    w.get(..n).unwrap_or(&[])
}

impl Reader<'_> {
    fn word(&self, k: usize) -> &[u8] {
        word_bytes(self.bytes, self.tokens, k)
    }

    fn is(&self, k: usize, w: &[u8]) -> bool {
        self.word(k).eq_ignore_ascii_case(w)
    }

    /// `WORD N of N` at `k`: its last word.
    fn counted(&self, k: usize) -> Option<usize> {
        (self.lists.counted.contains(self.word(k))
            && number(self.word(k + 1))
            && self.is(k + 2, b"of")
            && number(self.word(k + 3)))
        .then_some(k + 3)
    }

    /// `this DOCUMENT is (over|more than) N UNIT(s) old` at `k`: its last word.
    fn age(&self, k: usize) -> Option<usize> {
        if !(self.is(k, b"this") && self.lists.document.contains(self.word(k + 1))) {
            return None;
        }
        if !self.is(k + 2, b"is") {
            return None;
        }
        let mut n = k + 3;
        if self.is(n, b"more") && self.is(n + 1, b"than") {
            n += 2;
        } else if self.is(n, b"over") {
            n += 1;
        }
        if !number(self.word(n)) {
            return None;
        }
        let unit = self.word(n + 1);
        let unit = unit.strip_suffix(b"s").unwrap_or(unit);
        (self.lists.unit.contains(unit) && self.is(n + 2, b"old")).then_some(n + 2)
    }

    /// `update(d) with MEDIA` at `k`: its last word.
    fn update(&self, k: usize) -> Option<usize> {
        ((self.is(k, b"update") || self.is(k, b"updated"))
            && self.is(k + 1, b"with")
            && self.lists.media.contains(self.word(k + 2)))
        .then_some(k + 2)
    }

    /// `[photo:] courtesy of NAME...` at `k`: its last name word, the word before a
    /// determiner or pronoun that opens the prose.
    fn courtesy(&self, k: usize) -> Option<usize> {
        let label = self.word(k).last() == Some(&b':');
        let c = if label { k + 1 } else { k };
        if !(self.is(c, b"courtesy") && self.is(c + 1, b"of")) {
            return None;
        }
        let first = c + 2;
        (first + 1..=first + COURTESY_WORDS)
            .find(|&j| self.lists.opener.contains(self.word(j)))
            .filter(|&j| {
                (first..j).all(|n| {
                    let w = self.word(n);
                    w.first().is_some_and(u8::is_ascii_alphanumeric)
                        && !self.lists.function.contains(w)
                })
            })
            .map(|j| j - 1)
    }

    /// Whether a notice at `k` may be cut off from the words before it: nothing before
    /// it, or a word that is not a function word and ends in a letter or digit.
    fn free_before(&self, k: usize) -> bool {
        let Some(before) = k.checked_sub(1).map(|j| self.word(j)) else {
            return true;
        };
        before.last().is_some_and(u8::is_ascii_alphanumeric)
            && !self.lists.function.contains(before)
    }

    fn prose_at(&self, k: usize) -> bool {
        self.word(k).first().is_some_and(u8::is_ascii_alphabetic)
    }

    /// Whether `w` tells a time of day, a date or a length of time (`pm`, `p.m.:`,
    /// `gmt+01:`, `monday`, `minutes`): words that make `M: SS` a clock.
    fn of_clock(&self, w: &[u8]) -> bool {
        let head = letters_of(w);
        self.lists.clock.contains(head)
            || std::str::from_utf8(head).is_ok_and(|h| self.lex.continues_time(h))
    }

    /// A clip's running time, words `k..=e` (`2: 05`), as a notice: after a word of
    /// letters that is no word of a clock (`monday 2: 05`; the function words, `at 2:
    /// 05`, are `free_before`'s), before a word of prose that is no word of a clock
    /// either (`2: 05 pm`, `2: 05 gmt`).
    fn running_time(&self, k: usize, e: usize) -> bool {
        let Some(before) = k.checked_sub(1).map(|j| self.word(j)) else {
            return false;
        };
        let letters = before.first().is_some_and(u8::is_ascii_alphabetic)
            && before.last().is_some_and(u8::is_ascii_alphabetic);
        let after = self.word(e + 1);
        letters
            && !self.of_clock(before)
            && after
                .first()
                .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'"' || b == b'\'')
            && !self.of_clock(after)
    }
}

/// Cuts the segments `segments[from..]` of lowercased `text` (whose words are
/// `tokens`) around the notices it reads.
pub fn cut_notices(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    segments: &mut Vec<Segment>,
    from: usize,
) {
    let reader = Reader {
        bytes: text.as_bytes(),
        tokens,
        lists: &LISTS,
        lex,
    };
    let bytes = reader.bytes;
    let mut cuts: Vec<usize> = Vec::new();
    let mut found = |k: usize, end: Option<usize>, seg_start: bool| {
        let Some(e) = end else {
            return;
        };
        // A notice stands alone: at a segment's start, or after a word it can be
        // cut from (`on page 2 of 7 in the report` is prose).
        if !(seg_start || reader.free_before(k)) {
            return;
        }
        if !seg_start {
            cuts.push(k);
        }
        if reader.prose_at(e + 1) {
            cuts.push(e + 1);
        }
    };
    // Counted items, at each ` of ` between two numbers.
    let mut k = 0;
    for at in memchr::memmem::find_iter(bytes, b" of ") {
        let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
        if !(at > 0 && digit(at - 1) && digit(at + 4)) {
            continue;
        }
        k = gallop(tokens, k, |t| t.start <= at);
        if let Some(c) = k.checked_sub(2) {
            found(c, reader.counted(c), false);
        }
    }
    // Age notices, read back from each ` old`.
    k = 0;
    for at in memchr::memmem::find_iter(bytes, b" old") {
        if bytes.get(at + 4).is_some_and(|&b| b > b' ') {
            continue;
        }
        k = gallop(tokens, k, |t| t.start <= at);
        if let Some(c) = (5..=7)
            .filter_map(|back| k.checked_sub(back))
            .find(|&c| reader.age(c) == Some(k))
        {
            found(c, Some(k), false);
        }
    }
    // Running times, at each `: ` between one or two digits at a word's start and two
    // digits of seconds before a space.
    k = 0;
    for at in memchr::memmem::find_iter(bytes, b": ") {
        let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
        let minutes = (1..=2).take_while(|&d| at >= d && digit(at - d)).count();
        let start = at - minutes;
        let word_start = start == 0 || bytes.get(start - 1) == Some(&b' ');
        let seconds = bytes.get(at + 2).is_some_and(|b| (b'0'..=b'5').contains(b))
            && digit(at + 3)
            && bytes.get(at + 4) == Some(&b' ');
        if minutes == 0 || !word_start || !seconds {
            continue;
        }
        k = gallop(tokens, k, |t| t.start < start);
        let e = gallop(tokens, k, |t| t.end <= at + 4);
        let whole = tokens.get(k).is_some_and(|t| t.start == start)
            && e > k
            && tokens.get(e - 1).is_some_and(|t| t.end == at + 4);
        if whole && reader.running_time(k, e - 1) {
            found(k, Some(e - 1), false);
        }
    }
    // Update notices and courtesy credits, at a segment's start.
    k = 0;
    for seg in segments.iter().skip(from) {
        let Some(&first) = bytes.get(seg.start) else {
            continue;
        };
        if !matches!(first.to_ascii_lowercase(), b'u' | b'c' | b'p' | b'i') {
            continue;
        }
        k = gallop(tokens, k, |t| t.start < seg.start);
        found(k, reader.update(k).or_else(|| reader.courtesy(k)), true);
    }
    segment_kind::cut_before_words(text, tokens, lex, segments, from, cuts);
}

#[cfg(test)]
mod tests {
    use crate::sentences::tests::pieces;

    #[test]
    fn notices_are_cut_off() {
        // (Each text long enough to be read as lowercased.)
        let tail = " it passed by nine votes to four after a long debate in the hall.";
        let p = pieces(&format!(
            "page 2 of 7 the council met on tuesday to vote.{tail}"
        ));
        assert_eq!(p[0], "page 2 of 7");
        let p = pieces(&format!(
            "this story is over 3 years old the council met.{tail}"
        ));
        assert_eq!(p[0], "this story is over 3 years old");
        let p = pieces(&format!(
            "update with video the council met on tuesday.{tail}"
        ));
        assert_eq!(p[0], "update with video");
        let p = pieces(&format!(
            "photo: courtesy of harbour films the council met.{tail}"
        ));
        assert_eq!(p[0], "photo: courtesy of harbour films");
    }

    #[test]
    fn a_clip_running_time_stands_alone() {
        let p = pieces(
            "play facebook twitter embed harbour pilots walk out over rota 2: 05 the harbour \
             pilots of the port walked out on monday after the talks on the new rota failed.",
        );
        assert!(p.contains(&"2: 05".to_string()), "{p:#?}");
        assert!(
            p.iter().any(|s| s.ends_with("walk out over rota")),
            "{p:#?}"
        );
        // Clocks, dates and scores stay in their sentences.
        for text in [
            "the ferry left at 2: 05 the next day and the harbour pilots walked out on \
             monday after the talks on the new rota failed for the third time this year.",
            "the ferry left harbour 2: 05 pm on monday and the pilots walked out on monday \
             after the talks on the new rota failed for the third time this year.",
            "the ferry left on monday 2: 05 local time and the pilots walked out on monday \
             after the talks on the new rota failed for the third time this year.",
            "the ferry left harbour 2: 05 gmt+01: 00 and the pilots walked out on monday \
             after the talks on the new rota failed for the third time this year.",
        ] {
            let p = pieces(text);
            assert!(p.iter().all(|s| !s.starts_with("2: 05")), "{p:#?}");
        }
    }

    #[test]
    fn prose_of_the_same_words_stays_whole() {
        let text = "the answer is on page 2 of 7 in the report. the house is over 100 years old \
                    and needs work. the pictures, courtesy of the family, show him.";
        assert_eq!(pieces(text).len(), 3);
    }
}
