//! Pairing quotation marks into quotations.
//!
//! Marks pair within a family (double with double, single with single); a quotation
//! of the other family inside one is nested and stays part of the outer text. Pairing
//! restarts at every paragraph, so marks that do not pair spoil at most their own
//! paragraph. A quotation still open at a paragraph's end runs on when the next
//! paragraph opens with a mark of its family (the newspaper convention for a quotation
//! over several paragraphs) and ends there otherwise, or earlier, before an attribution
//! sentence ([`open_ends`]). A mark that could close or open (a spaced straight `"`)
//! opens after an introduction (`... said: "`) and before words closed with a tag.

use super::marks::{Dir, Family, Mark};
use super::open_ends;

/// One top-level quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    pub family: Family,
    /// Offset of the first opening mark.
    pub open: usize,
    /// Offset just after the closing mark, or the end of the last piece when the
    /// quotation is left open.
    pub end: usize,
    /// The quoted words, one range per paragraph (or per reopened stretch), trimmed.
    pub pieces: Vec<(usize, usize)>,
}

impl Quotation {
    pub fn start(&self) -> usize {
        self.pieces.first().map_or(self.open, |p| p.0)
    }

    pub fn content_end(&self) -> usize {
        self.pieces.last().map_or(self.end, |p| p.1)
    }

    /// The quoted words, pieces joined by one space.
    pub fn text(&self, text: &str) -> String {
        let mut out = String::new();
        for &(s, e) in &self.pieces {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&text[s..e]);
        }
        out
    }
}

struct Building {
    family: Family,
    /// Opened by a mark that could as well close (a spaced straight `'`).
    ambiguous: bool,
    open: usize,
    piece_start: usize,
    pieces: Vec<(usize, usize)>,
    end: usize,
}

impl Building {
    fn new(m: &Mark) -> Building {
        Building {
            family: m.family,
            ambiguous: m.dir == Dir::Either,
            open: m.at,
            piece_start: m.at + m.len,
            pieces: Vec::new(),
            end: m.at + m.len,
        }
    }

    fn end_piece(&mut self, text: &str, end: usize) {
        if let Some(piece) = trimmed(text, self.piece_start, end) {
            self.pieces.push(piece);
        }
        self.end = end;
    }

    /// Finishes a quotation left open at a paragraph's end (or the text's): its last
    /// piece stops before an attribution sentence ([`open_ends::before_attribution`]).
    fn finish_open(mut self, text: &str, unbroken: bool) -> Option<Quotation> {
        if let Some(last) = self.pieces.pop() {
            let cut = open_ends::before_attribution(text, last.0, last.1, unbroken);
            if let Some(piece) = trimmed(text, last.0, cut) {
                self.pieces.push(piece);
            }
            if cut < last.1 {
                self.end = cut;
            }
        }
        self.finish(text)
    }

    fn finish(self, text: &str) -> Option<Quotation> {
        let alnum: usize = self
            .pieces
            .iter()
            .map(|&(s, e)| text[s..e].chars().filter(|c| c.is_alphanumeric()).count())
            .sum();
        (alnum > 1).then_some(Quotation {
            family: self.family,
            open: self.open,
            end: self.end,
            pieces: self.pieces,
        })
    }
}

fn trimmed(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let slice = text.get(start..end)?;
    let lead = slice.len() - slice.trim_start().len();
    let body = slice.trim();
    (!body.is_empty()).then_some((start + lead, start + lead + body.len()))
}

/// The paragraphs of `text` as byte ranges (lines; blank ones left out).
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len())) {
        if !text[start..nl].trim().is_empty() {
            out.push((start, nl));
        }
        start = nl + 1;
    }
    out
}

/// For each mark: whether a later closing candidate of the single family follows in the
/// same paragraph before the next single opening mark.
fn later_single_close(marks: &[Mark], paras: &[(usize, usize)]) -> Vec<bool> {
    let mut out = vec![false; marks.len()];
    let mut seen_close = false;
    let mut para = paras.len();
    for i in (0..marks.len()).rev() {
        let m = &marks[i];
        let p = paras.partition_point(|&(s, _)| s <= m.at);
        if p != para {
            para = p;
            seen_close = false;
        }
        out[i] = seen_close;
        if m.family == Family::Single {
            match m.dir {
                Dir::Open => seen_close = false,
                _ => seen_close = true,
            }
        }
    }
    out
}

/// Whether the text just before `at` (inside the current piece) ends a sentence: a
/// mark of the open family that follows it reopens the quotation rather than nesting.
fn ends_sentence_before(text: &str, piece_start: usize, at: usize) -> bool {
    let Some(slice) = text.get(piece_start..at) else {
        return false;
    };
    if !slice.ends_with(char::is_whitespace) {
        return false;
    }
    matches!(
        slice.trim_end().chars().next_back(),
        Some('.' | '!' | '?' | '…')
    )
}

/// Pairs the marks of `text` into top-level quotations, in text order.
pub fn pair(text: &str, marks: &[Mark]) -> Vec<Quotation> {
    let paras = paragraphs(text);
    let unbroken = paras.len() <= 1;
    let later_close = later_single_close(marks, &paras);
    let mut out = Vec::new();
    let mut cur: Option<Building> = None;
    let mut mi = 0;
    for &(ps, pe) in &paras {
        while mi < marks.len() && marks[mi].at < ps {
            mi += 1;
        }
        let first = mi;
        while mi < marks.len() && marks[mi].at < pe {
            mi += 1;
        }
        let pm = &marks[first..mi];
        let mut k = 0;
        if let Some(b) = cur.as_mut() {
            let continues = pm.first().is_some_and(|m| {
                m.family == b.family && m.dir != Dir::Close && text[ps..m.at].trim().is_empty()
            });
            if continues {
                b.piece_start = pm[0].at + pm[0].len;
                k = 1;
            } else if let Some(q) = cur.take().and_then(|b| b.finish_open(text, unbroken)) {
                out.push(q);
            }
        }
        let mut nested: Vec<Family> = Vec::new();
        while k < pm.len() {
            let m = &pm[k];
            let global = first + k;
            k += 1;
            // A single quotation opened by an ambiguous mark holds no double marks: that
            // mark was a stray apostrophe (`the belarus '... ( ap ) " ...`).
            if m.family == Family::Double
                && cur
                    .as_ref()
                    .is_some_and(|b| b.family == Family::Single && b.ambiguous)
            {
                cur = None;
                nested.clear();
            }
            let Some(b) = cur.as_mut() else {
                if m.dir != Dir::Close {
                    cur = Some(Building::new(m));
                    nested.clear();
                }
                continue;
            };
            let closes_outer = m.family == b.family && m.dir != Dir::Open;
            if let Some(&top) = nested.last() {
                if m.family == top && m.dir != Dir::Open {
                    nested.pop();
                } else if closes_outer {
                    nested.clear();
                    close(text, &mut cur, m, &mut out);
                } else if m.dir != Dir::Close {
                    nested.push(m.family);
                }
                continue;
            }
            if m.family == b.family {
                match m.dir {
                    Dir::Open => {
                        if ends_sentence_before(text, b.piece_start, m.at) {
                            b.end_piece(text, m.at);
                            b.piece_start = m.at + m.len;
                        } else {
                            nested.push(m.family);
                        }
                    }
                    _ => {
                        if m.possessive && later_close[global] {
                            continue;
                        }
                        // After an introduction (`... Roe said: "`) the mark opens: the
                        // open quotation ended before the introducing sentence.
                        if m.dir == Dir::Either {
                            if let Some(cut) =
                                open_ends::introduction_start(text, b.piece_start, m.at)
                            {
                                b.end_piece(text, cut);
                                if let Some(q) = cur.take().and_then(|b| b.finish(text)) {
                                    out.push(q);
                                }
                                cur = Some(Building::new(m));
                                continue;
                            }
                        }
                        let reopen = reopens(text, b.piece_start, pm, k - 1);
                        if !reopen
                            && introduced(text, b.open)
                            && continues_speech(text, b.piece_start, pm, k - 1, pe)
                        {
                            b.end_piece(text, m.at);
                            b.piece_start = m.at + m.len;
                            continue;
                        }
                        // Narrative between two quotations, read as one because a mark
                        // was lost before it: the mark that would close it opens the
                        // quotation after it, and the narrative is no quotation.
                        if narrative_between(text, b, pm, k - 1) {
                            cur = Some(Building::new(m));
                            continue;
                        }
                        close(text, &mut cur, m, &mut out);
                        if reopen {
                            cur = Some(Building::new(m));
                        }
                    }
                }
            } else if m.dir != Dir::Close {
                nested.push(m.family);
            }
        }
        if let Some(b) = cur.as_mut() {
            b.end_piece(text, pe);
        }
    }
    if let Some(q) = cur.and_then(|b| b.finish_open(text, unbroken)) {
        out.push(q);
    }
    out
}

/// Whether an ambiguous mark at `pm[k]`, met while a quotation of its family is open,
/// opens a new quotation rather than closing the open one: it follows a sentence end,
/// no tag follows it, and the next mark of its family closes words with a tag after
/// them (`... shape. " it was good , " said Roe`).
fn reopens(text: &str, piece_start: usize, pm: &[Mark], k: usize) -> bool {
    let m = &pm[k];
    if m.dir != Dir::Either || !ends_sentence_before(text, piece_start, m.at) {
        return false;
    }
    if open_ends::tag_follows(text, m.at + m.len) {
        return false;
    }
    let Some(next) = pm[k + 1..].iter().find(|n| n.family == m.family) else {
        return false;
    };
    next.dir != Dir::Open
        && open_ends::clause_closed_before(text, next.at)
        && open_ends::tag_follows(text, next.at + next.len)
}

/// Whether the words of the open quotation `b`, which an ambiguous mark at `pm[k]` would
/// close, are the narrative between two quotations whose pairing a lost mark shifted
/// (`... f*ck tea , " roe told the paper . " products like ... are gifts , " she said`):
/// both marks ambiguous doubles, the words report speech in the third person with no
/// speaker pronoun ([`open_ends::narrates`]) and are no speech ending in its own tag
/// ([`open_ends::ends_with_tag`]), no tag follows the mark, and the words up to
/// the next double mark do not narrate so and speak in the first or second person or are
/// closed by a tag.
fn narrative_between(text: &str, b: &Building, pm: &[Mark], k: usize) -> bool {
    let m = &pm[k];
    let shape = b.ambiguous
        && b.family == Family::Double
        && m.family == Family::Double
        && m.dir == Dir::Either
        && b.pieces.is_empty();
    let narrative = shape
        && open_ends::narrates(text, b.piece_start, m.at)
        && !open_ends::ends_with_tag(text, b.piece_start, m.at)
        && !open_ends::tag_follows(text, m.at + m.len);
    if !narrative {
        return false;
    }
    let Some(next) = pm[k + 1..].iter().find(|n| n.family == Family::Double) else {
        return false;
    };
    let (from, to) = (m.at + m.len, next.at.max(m.at + m.len));
    // the words after the mark must not narrate in turn (`" he stated that ... , " fbi
    // agent ana roe wrote in her application . " he also stated ...`): a quotation that
    // reports speech itself, its long tag past the four words `tag_follows` reads
    !open_ends::narrates(text, from, to)
        && (open_ends::has_speaker_pronoun(text, from, to)
            || open_ends::tag_follows(text, next.at + next.len))
}

/// Whether the quotation opening at `open` is introduced by a colon (`... said: "`,
/// `the statement read: "`): a statement given whole, which may run over paragraphs.
fn introduced(text: &str, open: usize) -> bool {
    text.get(..open)
        .is_some_and(|h| h.trim_end().ends_with(':'))
}

/// Marks ahead that [`continues_speech`] weighs (its cost stays linear in the text).
const LOOKAHEAD: usize = 8;

/// Whether a mark at `m` may close one paragraph of an open quotation and reopen the
/// next: an ambiguous double mark after a sentence's end (`piece_start` starts the words
/// before it), with no tag after it.
fn may_continue(text: &str, piece_start: usize, m: &Mark) -> bool {
    m.dir == Dir::Either
        && m.family == Family::Double
        && ends_sentence_before(text, piece_start, m.at)
        && !open_ends::tag_follows(text, m.at + m.len)
}

/// Whether an ambiguous mark at `pm[k]`, met while a quotation of its family is open,
/// closes a paragraph of it and opens the next, rather than closing it: the bulk style
/// keeps only that mark of a quotation over several paragraphs (`: " ... a mistake . "
/// our dad did not deserve this . " after the crash he ...`), and reading it as a
/// closing mark turns every later pair inside out.
///
/// The stretches of text between this mark and the next ones of its family (at most
/// [`LOOKAHEAD`], the last ending at the paragraph's end `pe`) are each inside or
/// outside a quotation; each mark flips that, or, where [`may_continue`] allows,
/// keeps a quotation open at a cost. A stretch that speaks ([`open_ends::reading`])
/// costs outside (less when only a later sentence does), one that reads as an
/// attribution costs inside; a neutral one costs a little inside when its tense is the
/// past (narrative), a little outside when it is the present. The mark continues when
/// the cheapest reading keeps the first stretch inside.
fn continues_speech(text: &str, piece_start: usize, pm: &[Mark], k: usize, pe: usize) -> bool {
    let m = &pm[k];
    if !may_continue(text, piece_start, m) {
        return false;
    }
    let marks: Vec<&Mark> = std::iter::once(m)
        .chain(pm[k + 1..].iter().filter(|n| n.family == m.family))
        .take(LOOKAHEAD + 1)
        .collect();
    let capped = marks.len() > LOOKAHEAD;
    let stretch = |j: usize| {
        let from = marks[j].at + marks[j].len;
        let to = marks.get(j + 1).map_or(pe, |n| n.at);
        open_ends::reading(text, from, to.max(from))
    };
    const CONTINUE: u32 = 5;
    const UNCLOSED: u32 = 5;
    let cost_in = |r: &open_ends::Reading| match (r.speaks || r.speaks_later, r.attribution) {
        (_, true) => 20,
        (true, false) => 0,
        (false, false) if r.present => 1,
        (false, false) => 3,
    };
    let cost_out = |r: &open_ends::Reading| match (r.speaks, r.speaks_later, r.attribution) {
        (_, _, true) => 0,
        (true, _, false) => 20,
        (false, true, false) => 10,
        (false, false, false) if r.present => 2,
        (false, false, false) => 0,
    };
    let last = if capped {
        marks.len() - 2
    } else {
        marks.len() - 1
    };
    let readings: Vec<open_ends::Reading> = (0..=last).map(stretch).collect();
    // the cheapest reading with the first stretch inside (`true`) or outside
    let best = |first_inside: bool| -> u32 {
        let (mut inside, mut outside) = if first_inside {
            (CONTINUE + cost_in(&readings[0]), u32::MAX / 2)
        } else {
            (u32::MAX / 2, cost_out(&readings[0]))
        };
        for j in 1..=last {
            let prev = marks[j - 1].at + marks[j - 1].len;
            let keep = if may_continue(text, prev, marks[j]) {
                inside + CONTINUE
            } else {
                u32::MAX / 2
            };
            let next_inside = keep.min(outside) + cost_in(&readings[j]);
            let next_outside = inside + cost_out(&readings[j]);
            inside = next_inside;
            outside = next_outside;
        }
        let end = if capped { 0 } else { UNCLOSED };
        (inside + end).min(outside)
    };
    best(true) < best(false)
}

fn close(text: &str, cur: &mut Option<Building>, m: &Mark, out: &mut Vec<Quotation>) {
    if let Some(mut b) = cur.take() {
        b.end_piece(text, m.at);
        b.end = m.at + m.len;
        if let Some(q) = b.finish(text) {
            out.push(q);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::marks::find_marks;
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        pair(text, &find_marks(text))
            .iter()
            .map(|q| q.text(text))
            .collect()
    }

    #[test]
    fn pairs_each_family() {
        assert_eq!(
            quotes("She said: \"We will win.\" Then ‘twice’ and “thrice” and 'four'."),
            vec!["We will win.", "twice", "thrice", "four"]
        );
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            quotes("“He told me ‘go home’ and left,” she said."),
            vec!["He told me ‘go home’ and left,"]
        );
        assert_eq!(
            quotes("\"It stood [near \"the old mill\"] for years,\" he said."),
            vec!["It stood [near \"the old mill\"] for years,"]
        );
    }

    #[test]
    fn apostrophes_do_not_break_single_quotes() {
        assert_eq!(
            quotes("He said the 'farmers' union is strong' on Monday's show."),
            vec!["farmers' union is strong"]
        );
        assert_eq!(
            quotes("It was 'a '90s thing, rock 'n' roll' he said"),
            vec!["a '90s thing, rock 'n' roll"]
        );
    }

    #[test]
    fn quotation_over_paragraphs_is_one() {
        let text = "He said: “First part.\n\n“Second part.\n\n“Third part.”\n\nNarrative.";
        assert_eq!(quotes(text), vec!["First part. Second part. Third part."]);
    }

    #[test]
    fn open_quotation_ends_with_its_paragraph() {
        let text = "He said: 'Never closed here.\n\nShe replied: 'Closed.'";
        assert_eq!(quotes(text), vec!["Never closed here.", "Closed."]);
        assert_eq!(quotes("tail: \"runs to the end"), vec!["runs to the end"]);
    }

    #[test]
    fn reopening_mark_after_a_sentence_continues() {
        let text = "\" one. \"two three. \" after \" four \"";
        assert_eq!(quotes(text), vec!["one. two three.", "four"]);
    }

    #[test]
    fn an_open_quotation_stops_before_the_next_attribution() {
        let text = "she told us : \" stay inside . the mayor said the roads were shut .";
        assert_eq!(quotes(text), vec!["stay inside ."]);
        let text = "he said : \" we lost . the captain , ana roe , said : \" it was fair . \"";
        assert_eq!(quotes(text), vec!["we lost .", "it was fair ."]);
        let text = "he said : \" we lost . \" it was fair , \" said ana roe .";
        assert_eq!(quotes(text), vec!["we lost .", "it was fair ,"]);
    }

    #[test]
    fn an_ambiguous_single_mark_holds_no_double_quotation() {
        let text = "over the north '... ( ap ) the chief said it was a \" provocation . \" later";
        assert_eq!(quotes(text), vec!["provocation ."]);
        assert_eq!(
            quotes("He said 'they call it \"home\" now' and left."),
            vec!["they call it \"home\" now"]
        );
    }

    #[test]
    fn narrative_between_two_quotations_is_no_quotation() {
        // a lost mark before `roe told`: the narrative would be paired as a quotation
        let text = "the shop was \" a mess . \" \" it opened late , \" roe told the paper . \" our cakes are fresh , \" she said .";
        let got = quotes(text);
        assert!(!got.iter().any(|q| q.contains("told the paper")), "{got:?}");
        assert!(got.iter().any(|q| q.starts_with("our cakes")), "{got:?}");
        // reported speech inside a quotation closed by a tag stays
        let text =
            "\" ana roe said the roads were shut , \" the chief said . \" we left , \" she said .";
        assert_eq!(quotes(text)[0], "ana roe said the roads were shut ,");
        let text = "\" he stated that the road was shut , \" agent ana roe wrote in her report . \" he also stated it twice . \"";
        assert_eq!(quotes(text)[0], "he stated that the road was shut ,");
    }

    #[test]
    fn bad_stretch_is_isolated() {
        let text = "A stray \" mark here and more.\n\nLater she said \"fine\" today.";
        assert_eq!(quotes(text).last().map(String::as_str), Some("fine"));
    }

    #[test]
    fn offsets_point_at_the_words() {
        let text = "x “abc def” y";
        let q = &pair(text, &find_marks(text))[0];
        assert_eq!(&text[q.start()..q.content_end()], "abc def");
    }
}
