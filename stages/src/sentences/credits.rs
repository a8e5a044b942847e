//! A small grammar of page furniture in lowercased text, run after the gap model:
//! photo credits, bylines and date stamps that the bulk corpus runs into the text
//! that follows them (`... jane doe/ap | the council met ...`, `( photo: jane doe,
//! getty images ) | the council ...`, `posted tuesday, november 21, 2017 5: 27 pm |
//! how to help ...`, `/ updated by jane doe and john roe | the council ...`). Each
//! construction is read from a word that opens it to the word where it ends; the
//! segment is cut after that word when a word of prose (one starting with a letter)
//! follows. The words are in `stages/data/sentences/page_credits.txt` and the news
//! agencies of `news_agencies.txt`; casing plays no part.

use std::sync::LazyLock;

use super::dateline::MAX_DASH_PLACE_WORDS;
use super::furniture::gallop;
use super::lexicon::Lexicon;
use super::line::is_dash_bytes;
use super::segment_kind;
use super::splitter::Segment;
use super::token::{word_bytes, Token};
use super::word_set::WordSet;

static SHIPPED: LazyLock<Credits> = LazyLock::new(|| {
    let mut c = Credits::parse(include_str!("../../data/sentences/page_credits.txt"));
    c.goes_on = WordSet::new(super::word_classes::words_of(&[
        "aux", "verb", "prep", "conj",
    ]));
    c
});

/// The word lists of `page_credits.txt`, lower-case.
#[derive(Debug, Default)]
struct Credits {
    picture: WordSet,
    bracket: WordSet,
    lead: WordSet,
    stamp: WordSet,
    byline: WordSet,
    not_before: WordSet,
    /// Auxiliaries, finite verbs, prepositions and conjunctions
    /// (`word_classes.txt`): after a time, words that go on with a sentence.
    goes_on: WordSet,
}

/// How many words after a bracket its credit may run before it closes.
const BRACKET_WORDS: usize = 16;

/// How far into a text (in words) a headline's byline before a hyphen may start
/// (`dash_byline`): a headline's length, no more.
const DASH_BYLINE_WITHIN: usize = 40;

/// How far into a text (in words) a date and time stamp without a stamp word may
/// start (`bare_clock_stamp`): a page's head, a headline and a credit or two.
const CLOCK_STAMP_WITHIN: usize = 60;

/// How many credits a run of credits may hold (`name/ap name/ap`) before the cut.
const NEXT_CREDIT_WITHIN: usize = 3;

impl Credits {
    fn parse(data: &str) -> Credits {
        let mut c = Credits::default();
        for line in data.lines() {
            let line = line.trim();
            if line.starts_with('#') {
                continue;
            }
            let mut parts = line.split_whitespace();
            let (Some(kind), Some(word), None) = (parts.next(), parts.next(), parts.next()) else {
                continue;
            };
            let list = match kind {
                "picture" => &mut c.picture,
                "bracket" => &mut c.bracket,
                "lead" => &mut c.lead,
                "stamp" => &mut c.stamp,
                "byline" => &mut c.byline,
                "not-before" => &mut c.not_before,
                _ => continue,
            };
            list.insert(word.as_bytes().to_vec());
        }
        c
    }
}

/// `w` up to a `/`, `:` or `,` (`photo:` is `photo`).
fn head(w: &[u8]) -> &[u8] {
    let cut = w
        .iter()
        .position(|&b| b == b'/' || b == b':' || b == b',')
        .unwrap_or(w.len());
    w.get(..cut).unwrap_or(&[])
}

/// Whether `w` is a dash standing alone (`—`, `–`, `--`), not a lone hyphen: a
/// caption's or slot's label takes the hyphen (`file - this photo shows`,
/// `advertisement - continue reading below`).
fn is_dash_word(w: &[u8]) -> bool {
    w != b"-" && is_dash_bytes(w)
}

/// Whether a word starting with `b` may open a date stamp or byline (the first
/// letters of `stamp`, `byline` and `last`).
fn opens_stamp(b: u8) -> bool {
    matches!(b | 0x20, b'c' | b'l' | b'm' | b'p' | b's' | b'u' | b'w')
}

/// Cuts the segments `segments[from..]` of lowercased `text` (whose words are
/// `tokens`) after the credits, bylines and date stamps it reads; `candidates`
/// are the words the splitter noted (`Furniture::may_start`), among them every
/// `(`, `[` and `getty`.
#[inline(never)]
pub fn cut_credits(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    segments: &mut Vec<Segment>,
    from: usize,
    candidates: &[usize],
) {
    let reader = Reader {
        bytes: text.as_bytes(),
        tokens,
        lex,
        words: &SHIPPED,
    };
    // Words before which a piece starts.
    let mut cuts: Vec<usize> = Vec::new();
    // Words with a `/` (found by galloping on from the last one, the hits coming
    // in order), looked at only where the bytes around the `/` can make a credit.
    let bytes = reader.bytes;
    let letter = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphabetic);
    let (mut k, mut last) = (0, usize::MAX);
    for at in memchr::memchr_iter(b'/', bytes) {
        let alone = (at == 0 || bytes.get(at - 1).is_some_and(|&b| b <= b' '))
            && bytes.get(at + 1).is_none_or(|&b| b <= b' ');
        if !(alone || (at > 0 && letter(at - 1) && letter(at + 1))) {
            continue;
        }
        k = gallop(tokens, k, |t| t.end <= at);
        if k == last {
            continue;
        }
        last = k;
        let end = if alone {
            reader.opening(k + 1).or_else(|| reader.spaced_credit(k))
        } else {
            reader.slash_credit(k)
        };
        cuts.extend(end.filter(|&e| reader.prose_at(e + 1)).map(|e| e + 1));
    }
    // Among the words the splitter noted (`mark` lines of `web_furniture.txt`):
    // brackets and `getty`, cut after where prose follows; time stamps and bylines
    // inside a segment (`... to work posted: saturday, march 16, 2013 4: 59 pm est |
    // updated: ...`, `... in iran | by jane doe november 28, 2013 | the ...`), cut
    // before, and after where prose follows. (A stamp's word is no bracket nor
    // `getty`: `cuts` is sorted before use, so the order of the cuts is free.)
    for &k in candidates {
        let end = match reader.word(k) {
            b"(" | b"[" => reader.bracket_end(k),
            w if w.eq_ignore_ascii_case(b"getty") => reader.getty_end(k),
            _ => reader.inner_stamp(k).map(|(start, e)| {
                cuts.push(start);
                e
            }),
        };
        // A bracketed credit also ends before an agency's bracket that opens the
        // text after it (`( ann west/ap photo ) | ( associated press ) the ...`).
        cuts.extend(
            end.filter(|&e| reader.prose_at(e + 1) || reader.agency_bracket(e + 1))
                .map(|e| e + 1),
        );
    }
    let mut k = 0;
    for at in memchr::memmem::find_iter(bytes, b"by ") {
        if at > 0 && bytes.get(at - 1).is_some_and(|&b| b != b' ') {
            continue;
        }
        k = gallop(tokens, k, |t| t.start < at);
        if let Some(e) = reader.dated_byline(k) {
            cuts.push(k);
            cuts.extend(Some(e + 1).filter(|&n| reader.prose_at(n)));
        } else if let Some(dash) = reader.dash_byline(k) {
            cuts.push(k);
            cuts.push(dash + 1);
        }
    }
    // A clock's date and time stamp run in after a headline or a credit, with no
    // stamp word before it (`... TITLE | 3: 47 pm et thu, 9 oct 2014
    // | ...`, `AGENCY | sat feb 2, 2019 6: 05 pm | TEXT ...`).
    // Read from each number, or from the day or month names just before it.
    for k in 0..tokens.len().min(CLOCK_STAMP_WITHIN) {
        if !reader.word(k).first().is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let mut s = k;
        for _ in 0..2 {
            if s > 0 && reader.timely(reader.word(s - 1)) {
                s -= 1;
            }
        }
        if let Some(after) = reader.bare_clock_stamp(s) {
            cuts.push(s);
            cuts.extend(after);
        }
    }
    // A stamp or byline may open a piece that a credit before it ends.
    for c in 0..cuts.len() {
        if let Some(e) = cuts.get(c).and_then(|&k| reader.opening(k)) {
            cuts.extend(Some(e + 1).filter(|&n| reader.prose_at(n)));
        }
    }
    // A dateline may open a piece that a credit before it ends.
    for c in 0..cuts.len() {
        if let Some(e) = cuts.get(c).and_then(|&k| reader.dash_dateline(k)) {
            cuts.push(e + 1);
        }
    }
    k = 0;
    let mut unmarked_before = false;
    for seg in segments.iter().skip(from) {
        // Whether the segment before this one ends without a mark (furniture, a
        // label or a credit that an earlier layer cut off).
        let after_unmarked = std::mem::replace(
            &mut unmarked_before,
            seg.end > seg.start
                && bytes
                    .get(seg.end - 1)
                    .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b')'),
        );
        let Some(&first) = bytes.get(seg.start) else {
            continue;
        };
        if after_unmarked && first.is_ascii_alphabetic() {
            k = gallop(tokens, k, |t| t.start < seg.start);
            cuts.extend(reader.dash_dateline(k).map(|e| e + 1));
        }
        let clock = first.is_ascii_digit();
        if !clock && !opens_stamp(first) {
            continue;
        }
        k = gallop(tokens, k, |t| t.start < seg.start);
        let end = if clock {
            reader.clock_stamp(k)
        } else {
            reader.opening(k)
        };
        if let Some(e) = end.filter(|&e| reader.prose_at(e + 1)) {
            cuts.push(e + 1);
        }
    }
    segment_kind::cut_before_words(text, tokens, lex, segments, from, cuts);
}

/// The text's words and the lists, for reading one construction at a word.
struct Reader<'a> {
    bytes: &'a [u8],
    tokens: &'a [Token],
    lex: &'a Lexicon,
    words: &'a Credits,
}

impl Reader<'_> {
    fn word(&self, k: usize) -> &[u8] {
        word_bytes(self.bytes, self.tokens, k)
    }

    fn starter(&self, w: &[u8]) -> bool {
        std::str::from_utf8(w).is_ok_and(|w| self.lex.is_starter(w))
    }

    /// Whether word `k` is prose after a construction: it starts with a letter.
    fn prose_at(&self, k: usize) -> bool {
        self.word(k).first().is_some_and(u8::is_ascii_alphabetic)
    }

    /// Whether `w` names an agency or picture service (`ap`, `reuters`, `getty`).
    fn agency(&self, w: &[u8]) -> bool {
        self.words.picture.contains(w)
            || std::str::from_utf8(w).is_ok_and(|w| self.lex.is_agency(w))
    }

    /// A credit `name/agency` at word `k` (`jane doe/ap`, `jane doe/afp/getty images`):
    /// its last word. Not where a function word stands before it (`an
    /// institute/agency study`), nor before a word of `not-before` (`poll`), nor
    /// where another credit follows within a few words (the cut comes after the
    /// last of a run).
    fn slash_credit(&self, k: usize) -> Option<usize> {
        let end = self.slash_credit_end(k)?;
        let before = self.word(k.checked_sub(1)?);
        if self.starter(before) || self.words.not_before.contains(self.word(end + 1)) {
            return None;
        }
        // `name/agency photo`.
        let end = if self.word(end + 1).eq_ignore_ascii_case(b"photo") {
            end + 1
        } else {
            end
        };
        let again =
            (end + 1..=end + NEXT_CREDIT_WITHIN).any(|j| self.slash_credit_end(j).is_some());
        (!again).then_some(end)
    }

    /// A credit `name / agency` whose `/` stands alone at word `k` (`jane doe / ap`,
    /// `jane doe / afp / getty images`, the bulk corpus's spacing): its last word,
    /// with the guards of [`Reader::slash_credit`], and not where a word that goes
    /// on with a sentence follows (`... / reuters said`).
    fn spaced_credit(&self, k: usize) -> Option<usize> {
        let end = self.spaced_credit_end(k)?;
        let before = self.word(k.checked_sub(1)?);
        if !before.first().is_some_and(u8::is_ascii_alphabetic)
            || self.starter(before)
            || self.words.not_before.contains(self.word(end + 1))
            || self.words.goes_on.contains(self.word(end + 1))
        {
            return None;
        }
        // `name / agency photo`, `/ ap photo/first name`.
        let next = self.word(end + 1);
        let photo = next.eq_ignore_ascii_case(b"photo")
            || next
                .get(..6)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"photo/"));
        let end = if photo { end + 1 } else { end };
        let again = (end + 1..=end + NEXT_CREDIT_WITHIN)
            .any(|j| self.spaced_credit_end(j).is_some() || self.slash_credit_end(j).is_some());
        (!again).then_some(end)
    }

    /// The last word of the agency after a `/` standing alone at word `k`.
    fn spaced_credit_end(&self, k: usize) -> Option<usize> {
        if self.word(k) != b"/" {
            return None;
        }
        self.agency_end(self.word(k + 1), k + 1)
    }

    /// The last word of the agency of a credit `name/agency` glued at word `k`.
    fn slash_credit_end(&self, k: usize) -> Option<usize> {
        let w = self.word(k);
        let slash = memchr::memrchr(b'/', w)?;
        let (name, agency) = (w.get(..slash)?, w.get(slash + 1..)?);
        if !name.first().is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        self.agency_end(agency, k)
    }

    /// The last word of a credit's agency `agency`, read at word `k`: `k`, or the
    /// next word for `getty images`.
    fn agency_end(&self, agency: &[u8], k: usize) -> Option<usize> {
        if agency.eq_ignore_ascii_case(b"getty") {
            return self
                .word(k + 1)
                .eq_ignore_ascii_case(b"images")
                .then_some(k + 1);
        }
        self.agency(agency).then_some(k)
    }

    /// `getty images` at word `k` as a credit by itself (`... via getty images`,
    /// `copyright getty images`, at a segment's start): its last word.
    fn getty_end(&self, k: usize) -> Option<usize> {
        if !self.word(k + 1).eq_ignore_ascii_case(b"images") {
            return None;
        }
        let before = k.checked_sub(1).map_or(&[][..], |j| self.word(j));
        let opens = before.is_empty() || before.last().is_some_and(|&b| b == b'.');
        (opens || self.words.lead.contains(before)).then_some(k + 1)
    }

    /// A bracket at word `k` that holds a credit (`( photo: jane doe, ap )`, `( ap
    /// photo/jane doe )`, `[ photo/source ]`): the word that closes it.
    fn bracket_end(&self, k: usize) -> Option<usize> {
        let w = self.word(k);
        let close = if w.first() == Some(&b'(') { b')' } else { b']' };
        let (first, second) = if w.len() > 1 {
            (w.get(1..)?, self.word(k + 1))
        } else {
            (self.word(k + 1), self.word(k + 2))
        };
        let credit = self.words.bracket.contains(head(first))
            || (head(second).eq_ignore_ascii_case(b"photo") && self.agency(head(first)));
        if !credit {
            return None;
        }
        (k..k + BRACKET_WORDS).find(|&j| self.word(j).last() == Some(&close))
    }

    /// Whether an agency's name in brackets opens at word `k` (`( associated press
    /// )`, `(ap)`, `( reuters )`: `news_agencies.txt`), closing within three words.
    fn agency_bracket(&self, k: usize) -> bool {
        let Some(mut name) = self.word(k).strip_prefix(b"(").map(<[u8]>::to_vec) else {
            return false;
        };
        // The words after the bracket's first, to the one that closes it.
        let mut j = k;
        while !self.word(j).ends_with(b")") {
            j += 1;
            if j > k + 3 {
                return false;
            }
            let word = self.word(j);
            if !word.is_empty() && word != b")" {
                if !name.is_empty() {
                    name.push(b' ');
                }
                name.extend_from_slice(word.strip_suffix(b")").unwrap_or(word));
            }
        }
        let name = name.strip_suffix(b")").unwrap_or(&name);
        !name.is_empty() && std::str::from_utf8(name).is_ok_and(|n| self.lex.is_agency(n))
    }

    /// A dateline without an agency opening a piece at word `k` after furniture
    /// or a credit (`washington — the senate voted`, `salem, ore. — a bridge`): its
    /// dash, when at most `MAX_DASH_PLACE_WORDS` words of a place (no function word,
    /// no sentence's end) come before it and prose after it.
    fn dash_dateline(&self, k: usize) -> Option<usize> {
        let plain = (k + 1..=k + MAX_DASH_PLACE_WORDS)
            .find(|&j| is_dash_word(self.word(j)))
            .filter(|&dash| {
                (k..dash).all(|i| self.place_word(self.word(i))) && self.prose_at(dash + 1)
            });
        plain.or_else(|| self.dated_dateline(k))
    }

    /// A dateline with its date and a news agency in brackets at word `k` (`seoul,
    /// march 5 ( agency ) -- the talks`): words of a place, the last with its comma, a
    /// month or day and a day's number, the agency's name in brackets, a dash, prose.
    /// Its dash.
    fn dated_dateline(&self, k: usize) -> Option<usize> {
        let comma = (k..k + MAX_DASH_PLACE_WORDS).find(|&j| {
            let w = self.word(j);
            !self.place_word(w) || w.ends_with(b",")
        })?;
        if !self.word(comma).ends_with(b",") || !self.place_word(self.word(comma)) {
            return None;
        }
        let month = std::str::from_utf8(self.word(comma + 1))
            .is_ok_and(|w| self.lex.continues_time(w.trim_end_matches('.')));
        let day = self.word(comma + 2);
        let day = day.strip_suffix(b",").unwrap_or(day);
        if !month || !(1..=2).contains(&day.len()) || !day.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let open = comma + 3;
        if self.word(open) != b"(" {
            return None;
        }
        let close = (open + 2..=open + 4).find(|&j| self.word(j) == b")")?;
        let name: Vec<&str> = (open + 1..close)
            .filter_map(|j| std::str::from_utf8(self.word(j)).ok())
            .collect();
        let dash = close + 1;
        (self.lex.is_agency(&name.join(" "))
            && is_dash_word(self.word(dash))
            && self.prose_at(dash + 1))
        .then_some(dash)
    }

    /// Whether `w` may be a word of a place's name in a dateline: letters (and `'`,
    /// `-`), maybe a comma after, no function word; a final dot only on an
    /// abbreviation (`ore.`, `n.y.`), not on a sentence's last word.
    fn place_word(&self, w: &[u8]) -> bool {
        let w = w.strip_suffix(b",").unwrap_or(w);
        let Ok(w) = std::str::from_utf8(w) else {
            return false;
        };
        let body = w.strip_suffix('.');
        let letters = body.unwrap_or(w);
        letters.starts_with(|c: char| c.is_ascii_alphabetic())
            && letters
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || matches!(b, b'.' | b'\'' | b'-'))
            && body.is_none_or(|b| self.lex.abbreviation(b, true).is_some())
            && !self.lex.is_starter(letters)
    }

    /// A date stamp or byline opening at word `k` (a segment's start, or after a
    /// `/`): its last word.
    fn opening(&self, k: usize) -> Option<usize> {
        let w = self.word(k);
        if !w.first().copied().is_some_and(opens_stamp) {
            return None;
        }
        let k = if w.eq_ignore_ascii_case(b"last") {
            k + 1
        } else {
            k
        };
        let w = self.word(k);
        let w = w.strip_suffix(b":").unwrap_or(w);
        if self.words.stamp.contains(w) {
            if let Some(e) = self.stamp_end(k + 1) {
                // A byline after the date (`updated feb. 23, 2018 by jane doe`).
                let by = self.word(e + 1).eq_ignore_ascii_case(b"by");
                return by.then(|| self.byline_end(e + 2)).flatten().or(Some(e));
            }
        }
        if self.words.byline.contains(w) && self.word(k + 1).eq_ignore_ascii_case(b"by") {
            return self.byline_end(k + 2);
        }
        None
    }

    /// A date stamp inside a segment at word `k`: a stamp word with its colon
    /// (`posted:`, `updated:`), or without it after no function word (`... arizona
    /// published nov 7, 2013`), then a date with a day or month and a number, a year
    /// of four digits where the colon is missing; not where words that go on with a
    /// sentence follow the date (`published march 5, 2013 in a journal`). Its first
    /// word (a modifier before the stamp word, `originally published`, `last updated`,
    /// and a bracket around it, `( published may 21, 2014 )`, are the stamp's) and its
    /// last word (with a byline after it: `updated feb. 23, 2018 by jane doe`).
    fn inner_stamp(&self, k: usize) -> Option<(usize, usize)> {
        let w = self.word(k);
        let (bare, colon) = match w.strip_suffix(b":") {
            Some(b) => (b, true),
            None => (w, false),
        };
        if k == 0 || !self.words.stamp.contains(bare) {
            return None;
        }
        let before = self.word(k - 1);
        if !colon && (self.starter(before) || before.ends_with(b",")) {
            return None;
        }
        let e = self.stamp_end(k + 1)?;
        let year = self.has_year(k + 1, e);
        if !colon && (!year || self.words.goes_on.contains(self.word(e + 1))) {
            return None;
        }
        let by = self.word(e + 1).eq_ignore_ascii_case(b"by");
        let mut e = by.then(|| self.byline_end(e + 2)).flatten().unwrap_or(e);
        let modifier = before.eq_ignore_ascii_case(b"last")
            || before.eq_ignore_ascii_case(b"first")
            || (before.len() > 4
                && before.ends_with(b"ly")
                && before.iter().all(u8::is_ascii_alphabetic));
        let mut start = if modifier { k - 1 } else { k };
        if start > 0 && matches!(self.word(start - 1), b"(" | b"[") {
            start -= 1;
            if matches!(self.word(e + 1), b")" | b"]") {
                e += 1;
            }
        }
        Some((start, e))
    }

    /// Whether words `from..=to` hold a year: four digits, maybe with a comma after.
    fn has_year(&self, from: usize, to: usize) -> bool {
        (from..=to).any(|j| {
            let y = self.word(j);
            let y = y.strip_suffix(b",").unwrap_or(y);
            y.len() == 4 && y.iter().all(u8::is_ascii_digit)
        })
    }

    /// A byline with its date at word `k` (`by jane doe november 28, 2013`, `by jane
    /// doe published nov 7, 2013`): `by`, two names, maybe a stamp word, then a date
    /// with a day or month and a year of four digits right after the names (no `on`:
    /// `signed by jane doe on march 5` is prose); not after a function word or a verb in
    /// `-ed` (the agent of a passive), nor before words that go on with a sentence. Its
    /// last word.
    fn dated_byline(&self, k: usize) -> Option<usize> {
        if !self.word(k).eq_ignore_ascii_case(b"by") {
            return None;
        }
        if let Some(j) = k.checked_sub(1) {
            let before = self.word(j);
            if self.starter(before) || before.ends_with(b"ed") || before.ends_with(b",") {
                return None;
            }
        }
        let names = self.byline_end(k + 1)?;
        let mut d = names + 1;
        let w = self.word(d);
        if self.words.stamp.contains(w.strip_suffix(b":").unwrap_or(w)) {
            d += 1;
        }
        if matches!(self.word(d), b"on" | b"at" | b":" | b"-") {
            return None;
        }
        let e = self.stamp_end(d)?;
        let year = self.has_year(d, e);
        (year && !self.words.goes_on.contains(self.word(e + 1))).then_some(e)
    }

    /// A headline's byline before a hyphen at word `k`, in the text's opening (`k`
    /// below `DASH_BYLINE_WITHIN`): `TITLE by jane doe - the senate voted ...`, as a
    /// news site's pages run headline, byline and lead together. `by`, two names
    /// (`byline_end`: no function word among them), a hyphen standing alone, prose.
    /// Not after a function word, a verb in `-ed` or a comma (the agent of a passive:
    /// `lowered by city officials - ...`), nor where a name is a word that goes on
    /// with a sentence (`by two - ...`); a dash (`—`) is prose's aside, not this. Its
    /// hyphen.
    fn dash_byline(&self, k: usize) -> Option<usize> {
        if k == 0 || k >= DASH_BYLINE_WITHIN || !self.word(k).eq_ignore_ascii_case(b"by") {
            return None;
        }
        let before = self.word(k - 1);
        if self.starter(before) || before.ends_with(b"ed") || before.ends_with(b",") {
            return None;
        }
        let names = self.byline_end(k + 1)?;
        if (k + 1..=names).any(|j| self.words.goes_on.contains(self.word(j))) {
            return None;
        }
        let dash = names + 1;
        (self.word(dash) == b"-" && self.prose_at(dash + 1)).then_some(dash)
    }

    /// Whether `w` names a day, a month, a zone or a day's time (`words_after_time.txt`),
    /// maybe with a stop, comma or colon after it (`dec.`, `wed,`).
    fn timely(&self, w: &[u8]) -> bool {
        let b = w.strip_suffix(b":").unwrap_or(w);
        let b = b.strip_suffix(b",").unwrap_or(b);
        let b = b.strip_suffix(b".").unwrap_or(b);
        b.first().is_some_and(u8::is_ascii_alphabetic)
            && std::str::from_utf8(b).is_ok_and(|b| self.lex.continues_time(b))
    }

    /// A date and time stamp at word `k` with no stamp word before it, as pages run
    /// one in after a headline or a credit (`TITLE 4: 18 pm et tue, 3 june 2015 |
    /// ...`, `TITLE exclusive 6: 42 pm pt -- ...`, `AGENCY sat feb 2,
    /// 2019 6: 05 pm TEXT ...`): from an hour or a day or month, a date and
    /// time (`stamp_end`) holding a clock (`am`, `pm`) and a year or a zone or day
    /// after the clock; then a bar, a dash, or prose that does not go on with a
    /// sentence. Not where the word before it could govern a time in prose (a
    /// function word, a verb, a stamp word: `shortly after 10: 30 a.m.`, `posted
    /// march 4, ...`, a possessive: `tuesday's 8 pm et debate`), nor where it
    /// continues a date, a number or a dash before it (`8: 00 am – 11: 00 am`); a
    /// clock without a year needs its minutes and a zone or day after it. Where a piece starts after it, if one
    /// does: after the bar when prose follows the bar, right after it before prose.
    fn bare_clock_stamp(&self, k: usize) -> Option<Option<usize>> {
        let timely = |w: &[u8]| self.timely(w);
        let w = self.word(k);
        if !(w.first().is_some_and(u8::is_ascii_digit) || timely(w)) {
            return None;
        }
        if let Some(j) = k.checked_sub(1) {
            let before = self.word(j);
            let b = before.strip_suffix(b":").unwrap_or(before);
            let b = b.strip_suffix(b",").unwrap_or(b);
            // (the word after a stop glued to it: `interstate.around`)
            let glued = memchr::memrchr(b'.', b)
                .and_then(|d| b.get(d + 1..))
                .filter(|t| t.first().is_some_and(u8::is_ascii_alphabetic));
            let clock = matches!(
                b.to_ascii_lowercase().as_slice(),
                b"am" | b"pm" | b"a.m." | b"p.m."
            );
            if before.first().is_some_and(u8::is_ascii_digit)
                || is_dash_bytes(before)
                || glued.is_some_and(|t| self.starter(t) || self.words.goes_on.contains(t))
                || before.ends_with(b",")
                || before.ends_with(b"'s")
                || before.ends_with("\u{2019}s".as_bytes())
                || timely(before)
                || clock
                || self.starter(before)
                || self.words.goes_on.contains(before)
                || self.words.stamp.contains(b)
            {
                return None;
            }
        }
        let mut e = self.stamp_end(k)?;
        // (`stamp_end` may take an `at` that opens the prose after the time: `tuesday
        // at 10 a.m. at the prison`.)
        while e > k && self.word(e).eq_ignore_ascii_case(b"at") {
            e -= 1;
        }
        let clock = (k..=e).find(|&j| {
            let c = self.word(j).to_ascii_lowercase();
            matches!(
                c.strip_suffix(b",").unwrap_or(&c),
                b"am" | b"pm" | b"a.m." | b"p.m." | b"a.m" | b"p.m"
            )
        })?;
        // A clock with its minutes (`3: 47 pm`, `10:30 am`); an hour alone is prose's
        // time (`the late 10 p.m. news slot`) unless a year dates it.
        let minutes = (k..clock).any(|j| {
            let w = self.word(j);
            w.first().is_some_and(u8::is_ascii_digit) && w.contains(&b':')
        });
        if !(self.has_year(k, e) || (minutes && clock < e)) {
            return None;
        }
        let next = self.word(e + 1);
        if next == b"|" {
            return Some(self.prose_at(e + 2).then_some(e + 2));
        }
        if is_dash_bytes(next) {
            return Some(None);
        }
        (self.prose_at(e + 1) && !self.words.goes_on.contains(next)).then_some(Some(e + 1))
    }

    /// A live report's time stamp opening a segment at word `k` (`9 p.m.`, `10: 30
    /// am et`, `6:15 pm sunday`): an hour, maybe its minutes, `am` or `pm`, then
    /// zones and days; its last word. Only what the time names: a stamp is no
    /// sentence, and a sentence that opens with its time has a verb, a preposition
    /// or a conjunction after it (`9 p.m. is when`), which keeps it whole.
    fn clock_stamp(&self, k: usize) -> Option<usize> {
        let hour = self.word(k);
        let (h, m) = match hour.iter().position(|&b| b == b':') {
            Some(c) => (hour.get(..c)?, hour.get(c + 1..)?),
            None => (hour, &b""[..]),
        };
        let digits = |w: &[u8], n: std::ops::RangeInclusive<usize>| {
            n.contains(&w.len()) && w.iter().all(u8::is_ascii_digit)
        };
        if !digits(h, 1..=2) || !(m.is_empty() || digits(m, 2..=2)) {
            return None;
        }
        let mut j = k + 1;
        // `10: 30`: the minutes as a word of their own.
        if hour.ends_with(b":") && digits(self.word(j), 2..=2) {
            j += 1;
        }
        let half = self.word(j).to_ascii_lowercase();
        if !matches!(
            half.strip_suffix(b":").unwrap_or(&half),
            b"am" | b"pm" | b"a.m." | b"p.m." | b"a.m" | b"p.m"
        ) {
            return None;
        }
        // Zones and days; a colon after one closes the stamp (`2: 39 p.m. et: at
        // the hearing`), whatever follows.
        let mut closed = half.ends_with(b":");
        while !closed {
            let Ok(w) = std::str::from_utf8(self.word(j + 1)) else {
                break;
            };
            let bare = w.trim_end_matches([',', ':']);
            if bare.is_empty() || !self.lex.continues_time(bare) {
                break;
            }
            j += 1;
            closed = w.ends_with(':');
        }
        (closed || !self.words.goes_on.contains(self.word(j + 1))).then_some(j)
    }

    /// A date and time from word `k` (`on tuesday, november 21, 2017 5: 27 pm`,
    /// `feb 17, 2015`): its last word, if it holds a number and a day or month.
    fn stamp_end(&self, k: usize) -> Option<usize> {
        let mut j = k;
        if matches!(self.word(j), b"on" | b"at" | b":" | b"-" | b"\xe2\x80\x94") {
            j += 1;
        }
        let (mut number, mut named, mut end) = (false, false, None);
        loop {
            let w = self.word(j);
            let w = w.strip_suffix(b",").unwrap_or(w);
            let bare = w
                .strip_suffix(b":")
                .or_else(|| w.strip_suffix(b"."))
                .unwrap_or(w);
            if !bare.is_empty() && bare.len() <= 4 && bare.iter().all(u8::is_ascii_digit) {
                number = true;
            } else if matches!(
                bare.to_ascii_lowercase().as_slice(),
                b"am" | b"pm" | b"a.m" | b"p.m"
            ) {
            } else if std::str::from_utf8(bare).is_ok_and(|b| self.lex.continues_time(b)) {
                named = true;
            } else if !(bare.eq_ignore_ascii_case(b"at") && end.is_some()) {
                break;
            }
            end = Some(j);
            j += 1;
        }
        end.filter(|_| number && named)
    }

    /// A byline's names from word `k` (`jane doe`, `j. doe and john roe`): the last
    /// word, two names of letters (initials not counted), a second pair after `and`.
    fn byline_end(&self, k: usize) -> Option<usize> {
        let mut j = k;
        for pair in 0..2 {
            if pair == 1 {
                if !self.word(j).eq_ignore_ascii_case(b"and") {
                    return j.checked_sub(1);
                }
                j += 1;
            }
            let mut names = 0;
            while names < 2 {
                let w = self.word(j);
                let name = !w.is_empty()
                    && w.first().is_some_and(u8::is_ascii_alphabetic)
                    && w.iter()
                        .all(|&b| b.is_ascii_alphabetic() || matches!(b, b'.' | b'-' | b'\''));
                if !name || self.starter(w) {
                    return None;
                }
                names += usize::from(!(w.len() == 2 && w.ends_with(b".")));
                j += 1;
            }
        }
        j.checked_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use crate::sentences::tests::pieces;

    fn cut_after(text: &str, head: &str) -> bool {
        pieces(text).iter().any(|p| p.ends_with(head))
    }

    #[test]
    fn slash_credit_ends_before_prose() {
        let t = "the new bridge opened to traffic on friday. maria lopez/ap the city \
                 council voted to build it two years ago after a long debate.";
        assert!(cut_after(t, "maria lopez/ap"), "{:?}", pieces(t));
        let t = "crowds filled the square. tom reed/afp/getty images the crowd cheered \
                 as the mayor cut the ribbon on the new bridge.";
        assert!(cut_after(t, "getty images"), "{:?}", pieces(t));
    }

    #[test]
    fn spaced_slash_credit_ends_before_prose() {
        let t = "the new bridge opened to traffic on friday. maria lopez / ap the city \
                 council voted to build it two years ago after a long debate.";
        assert!(cut_after(t, "maria lopez / ap"), "{:?}", pieces(t));
        let t = "crowds filled the square. tom reed / afp / getty images the crowd \
                 cheered as the mayor cut the ribbon on the new bridge.";
        assert!(
            cut_after(t, "tom reed / afp / getty images"),
            "{:?}",
            pieces(t)
        );
        assert!(!cut_after(t, "tom reed / afp"), "{:?}", pieces(t));
        let t = "the harbour at dawn ben ortiz / reuters photo the fishing fleet \
                 sailed out before the storm reached the coast.";
        assert!(cut_after(t, "ben ortiz / reuters photo"), "{:?}", pieces(t));
    }

    #[test]
    fn spaced_slash_credit_guards() {
        // A sentence going on after the agency; a function word before the slash.
        for t in [
            "the mayor told the paper / reuters said the vote would be held in march \
             after a long debate in the city council.",
            "the figures came from the / ap poll of voters in the city, which showed \
             the mayor ahead by ten points this autumn.",
            "the mayor said he backed the ap / reuters poll that shows him ahead by \
             ten points in the race for the city hall.",
        ] {
            assert!(
                !pieces(t)
                    .iter()
                    .any(|p| p.ends_with("/ reuters") || p.ends_with("/ ap")),
                "{:?}",
                pieces(t)
            );
        }
    }

    #[test]
    fn slash_credit_guards() {
        // A poll named by two firms, after a function word; a run of two credits.
        let t = "the pollster/reuters study shows the mayor ahead by ten points in \
                 the race for the city hall this autumn.";
        assert!(!cut_after(t, "pollster/reuters"), "{:?}", pieces(t));
        let t = "we looked at a new pollster/reuters poll that shows the mayor ahead by \
                 ten points in the race for the city hall.";
        assert!(!cut_after(t, "pollster/reuters"), "{:?}", pieces(t));
        let t = "the storm hit the coast. sam hill/ap sam hill/ap the storm left \
                 thousands of homes without power for days.";
        assert!(
            !pieces(t).iter().any(|p| p.ends_with("hill/ap sam")),
            "{:?}",
            pieces(t)
        );
        assert!(cut_after(t, "sam hill/ap sam hill/ap"), "{:?}", pieces(t));
    }

    #[test]
    fn dash_dateline_after_furniture_or_a_credit() {
        for t in [
            "the crowd waits outside the court ( photo: ann west, getty images ) \
             riverton — the city council voted on tuesday to close the old bridge.",
            "advertisement continue reading the main story lakeside, ore. — officials \
             said on monday that the bridge would close for a year.",
        ] {
            // Wholly lower-case, and in the bulk corpus's casing (a capital opens
            // the text).
            let mut cased = t.to_string();
            cased.replace_range(..1, &t[..1].to_uppercase());
            for t in [t.to_string(), cased] {
                let p = pieces(&t);
                assert!(p.iter().any(|p| p.ends_with(" —")), "{p:?}");
            }
        }
        // A dateline with its date and agency after a credit.
        let t = "the two leaders meet at the border ( ap photo ) lakeside, march 5 ( ap ) \
                 -- the two leaders met on friday to talk about the river.";
        assert!(cut_after(t, "( ap ) --"), "{:?}", pieces(t));
        // No dateline: a function word before the dash, or a sentence before it.
        let t = "the meeting ran late ( photo: ann west, ap ) the plan — a new one — \
                 will cost more than the city said.";
        assert!(!cut_after(t, "plan —"), "{:?}", pieces(t));
        let t = "the council met on monday. critics said the plan — a new one — was \
                 too costly for a small town.";
        assert!(!cut_after(t, "plan —"), "{:?}", pieces(t));
        // A caption's label after a credit takes a hyphen, not a dateline's dash.
        let t = "the old mill burns on friday night ( ann west/ap ) file - this photo \
                 from last year shows the mill before the fire reached the roof.";
        assert!(!cut_after(t, "file -"), "{:?}", pieces(t));
    }

    #[test]
    fn bracketed_credit_and_getty() {
        let t = "the mayor speaks at the opening of the bridge ( photo: ann west, ap ) \
                 officials said the bridge cost more than planned.";
        assert!(cut_after(t, "ap )"), "{:?}", pieces(t));
        let t = "the mayor at the ribbon cutting. ann west via getty images the bridge \
                 took two years to build and cost more than planned.";
        assert!(cut_after(t, "via getty images"), "{:?}", pieces(t));
        let t = "the photo was licensed under the getty images license agreement by \
                 the paper for its front page on monday.";
        assert_eq!(pieces(t).len(), 1, "{:?}", pieces(t));
    }

    #[test]
    fn bracketed_credit_before_an_agency_bracket() {
        let t = "a boat passes the flooded pier in tarvey, monday, may 4, 2020. ( ap \
                 photo/lena moor, file ) ( associated press ) tarvey, norland — the \
                 river rose overnight.";
        assert!(cut_after(t, "file )"), "{:?}", pieces(t));
        let t = "the pier in tarvey on monday ( photo: lena moor ) (ap) the river rose \
                 overnight and the pier closed.";
        assert!(cut_after(t, "moor )"), "{:?}", pieces(t));
        // A bracket of something else after the credit: no cut for it.
        let t = "the pier in tarvey on monday ( photo: lena moor ) ( left ) stands \
                 closed since the river rose overnight.";
        assert!(!cut_after(t, "moor )"), "{:?}", pieces(t));
    }

    #[test]
    fn date_stamp_and_byline() {
        let t = "posted monday, march 4, 2019 6: 15 pm how the new bridge was built \
                 is a story of patience, the engineers said.";
        assert!(cut_after(t, "6: 15 pm"), "{:?}", pieces(t));
        let t = "get the news every morning. / updated by ann west and tom reed the \
                 new bridge opened to traffic on friday after two years.";
        assert!(cut_after(t, "tom reed"), "{:?}", pieces(t));
        let t = "the news every morning. updated at 7: 46 pm et the new bridge opened \
                 to traffic on friday after two years.";
        assert!(cut_after(t, "pm et"), "{:?}", pieces(t));
        let t = "ann west/ap photo the new bridge opened to traffic on friday after two \
                 years of work on the river.";
        assert!(cut_after(t, "ann west/ap photo"), "{:?}", pieces(t));
        let t = "the mall was closed ( all times local ): 9 p.m. Police said the \
                 mall would open again on friday.";
        assert!(cut_after(t, "9 p.m."), "{:?}", pieces(t));
        let t = "the mall was closed ( all times local ): 10: 30 am et police said the \
                 mall would open again on friday.";
        assert!(cut_after(t, "10: 30 am et"), "{:?}", pieces(t));
        let t = "the hearing went on until friday. 2: 39 p.m. et: at the hearing the \
                 senator said the bill would pass on monday.";
        assert!(cut_after(t, "2: 39 p.m. et:"), "{:?}", pieces(t));
        // A sentence that opens with its time goes on.
        let t = "the curfew was set. 9 p.m. is when the shops close, the mayor said.";
        assert!(!cut_after(t, "9 p.m."), "{:?}", pieces(t));
        // Stamps and dated bylines inside a segment, after a headline.
        let t = "the town hall will close for a year posted: monday, march 4, 2019 6: 15 pm \
                 est updated: friday, march 8, 2019 9: 02 am est the council said on \
                 monday that the roof must be mended.";
        let p = pieces(t);
        assert!(p.iter().any(|p| p.ends_with("close for a year")), "{p:?}");
        assert!(p.iter().any(|p| p.ends_with("6: 15 pm est")), "{p:?}");
        assert!(p.iter().any(|p| p.ends_with("9: 02 am est")), "{p:?}");
        let t = "a fire at the old mill in the valley by ann west november 28, 2013 the \
                 fire began in the roof and spread to the store before dawn.";
        let p = pieces(t);
        assert!(
            p.iter().any(|p| p.ends_with("old mill in the valley")),
            "{p:?}"
        );
        assert!(p.iter().any(|p| p.ends_with("november 28, 2013")), "{p:?}");
        // A stamp's modifier and brackets go with it.
        let t = "the town hall will close for a year originally published march 4, 2019 \
                 the council said on monday that the roof must be mended.";
        assert!(cut_after(t, "close for a year"), "{:?}", pieces(t));
        let t = "the town hall will close for a year ( published monday, march 4, 2019 ) \
                 the council said on monday that the roof must be mended.";
        assert!(cut_after(t, "2019 )"), "{:?}", pieces(t));
        assert!(cut_after(t, "close for a year"), "{:?}", pieces(t));
        // A passive's agent and a date in prose stay whole.
        for t in [
            "the letter was signed by ann west on march 5, 2013 and sent to the council \
             before the vote on the new bridge.",
            "the letter written by ann west march 5, 2013 was sent to the council before \
             the vote on the new bridge.",
            "the study, published march 5, 2013 in a journal, found that the bridge was \
             safe for lorries.",
        ] {
            assert_eq!(pieces(t).len(), 1, "{:?}", pieces(t));
        }
        // A headline's byline before a hyphen, in every casing the layer reads.
        for t in [
            "mayor moves to close the old bridge by nora halvik - the city council of \
             riverton voted on tuesday to close the old bridge for a year.",
            "Mayor moves to close the old bridge by nora halvik - the city council of \
             riverton voted on tuesday to close the old bridge for a year.",
        ] {
            let p = pieces(t);
            assert!(p.iter().any(|p| p.ends_with("the old bridge")), "{p:?}");
            assert!(p.iter().any(|p| p == "by nora halvik -"), "{p:?}");
        }
        // Traps: a passive's agent, a function word, a dash's aside, and a byline's
        // shape deep in the text stay whole.
        for t in [
            "the toll was lowered by city officials - the families of the victims \
             gathered outside the hall on monday.",
            "it was the third attack by her neighbour - the police in tarvey said so \
             on monday.",
            "the plan was backed by nora halvik — the mayor's deputy — and passed on \
             monday after a long debate.",
            "the council of the small town of riverton met on monday night and the mayor \
             spoke for an hour about the old bridge over the river, its rusted roof, its \
             rising cost and the long years of work that it will need, and a study by \
             nora halvik - an engineer at the college - found the same.",
        ] {
            assert_eq!(pieces(t).len(), 1, "{:?}", pieces(t));
        }
        // In prose, no stamp: `posted` does not open the segment.
        let t = "the video was posted monday, march 4, 2019 on the city website and \
                 drew many comments.";
        assert_eq!(pieces(t).len(), 1, "{:?}", pieces(t));
    }

    #[test]
    fn bare_clock_stamp_after_a_headline() {
        // A clock and date run in after a headline, then a bar, a dash or the lead.
        let t = "riverton mayor wants the old bridge closed 4: 10 pm et thu, 7 march 2019 \
                 | the city council of riverton voted on tuesday to close the bridge.";
        let p = pieces(t);
        assert!(p.iter().any(|p| p.ends_with("old bridge closed")), "{p:?}");
        assert!(p.iter().any(|p| p.ends_with("7 march 2019 |")), "{p:?}");
        let t = "storm floods the valley farms exclusive 9: 45 am pt -- farmers in the \
                 valley lost their crops on monday, officials said.";
        assert!(cut_after(t, "valley farms exclusive"), "{:?}", pieces(t));
        let t = "city news service fri may 3, 2019 7: 20 pm residents of the valley \
                 were told to leave their homes on friday.";
        let p = pieces(t);
        assert!(p.iter().any(|p| p == "city news service"), "{p:?}");
        assert!(p.iter().any(|p| p == "fri may 3, 2019 7: 20 pm"), "{p:?}");
        let t = "march 3, 2019, 8: 05 am | the city council of riverton voted on tuesday \
                 to close the bridge for a year.";
        assert!(cut_after(t, "8: 05 am |"), "{:?}", pieces(t));
        // An abbreviated month before the day goes with the stamp.
        let t = "riverton mayor wants the old bridge shut dec. 4, 2019 at 6: 15 pm et the \
                 city council of riverton voted on tuesday to close the bridge.";
        let p = pieces(t);
        assert!(p.iter().any(|p| p.ends_with("old bridge shut")), "{p:?}");
        assert!(
            p.iter().any(|p| p == "dec. 4, 2019 at 6: 15 pm et"),
            "{p:?}"
        );
        // Traps: a time in prose after a preposition, a verb, a possessive, a noun it
        // modifies before a word that goes on, or a stamp word, stays whole.
        for t in [
            "the crash happened shortly after 10: 30 am et on the main road, the police \
             in riverton said.",
            "the council of riverton met 7: 30 pm et tuesday in the town hall to vote on \
             the bridge.",
            "fans waited for tuesday's 8 pm et debate between the two candidates for \
             mayor of riverton.",
            "most of the town watched the late 10 p.m. est bulletin to hear the mayor of \
             riverton speak.",
            "the kickoff 8 pm et sunday on the local channel drew a large crowd to the \
             stadium in riverton.",
            "the video was posted march 4, 2019 at 6: 15 pm and drew many comments from \
             the people of riverton.",
        ] {
            assert_eq!(pieces(t).len(), 1, "{:?}", pieces(t));
        }
        // A time in prose is not cut from the words before it (the rules' own cut
        // after `a.m.` before a capitalised `At` is another matter).
        let t = "the old ferry will be towed away by a tug tuesday at 10 a.m. At the harbour \
                 in riverton, officials said.";
        let p = pieces(t);
        assert!(!p.iter().any(|p| p.ends_with("by a tug")), "{p:?}");
        // A glued stop before the time: the word after it opens the sentence.
        let t = "the lorry was seen on the old road.around 4: 10 a.m. Monday, march 4, \
                 farmers in riverton called the police.";
        let p = pieces(t);
        assert!(!p.iter().any(|p| p.starts_with("4: 10")), "{p:?}");
    }
}
