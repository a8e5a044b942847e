//! Whether a sentence ends after a word, judged from the word's shape and the word
//! after it. Boundaries fall only at white space, so a word like `9.33am`, `U.S.A.`
//! or `mean...see` never splits; what is decided is whether the space after a word
//! that ends in terminal punctuation (or a dateline) is a sentence boundary.

use super::attribution;
use super::dateline;
use super::lexicon::{AbbrevClass, Lexicon};
use super::line::{bare, is_pronoun_i, Line};
use super::quote_state::QuoteState;
use super::token::{letters_start, may_end_sentence, start_of, Shape, Start};

/// What was decided at a word: the words up to `last` were looked at (closing quotes
/// and brackets, a run of dots, a dateline's dash), and whether a sentence ends
/// after `last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub last: usize,
    pub ends: bool,
    /// The segment that ends is a dateline or credit.
    pub dateline: bool,
}

impl Step {
    fn go_on(last: usize) -> Step {
        Step {
            last,
            ends: false,
            dateline: false,
        }
    }

    fn decide(last: usize, ends: bool) -> Step {
        Step {
            last,
            ends,
            dateline: false,
        }
    }

    fn dateline(last: usize) -> Step {
        Step {
            last,
            ends: true,
            dateline: true,
        }
    }
}

/// A cheap test, run on every word, of whether [`after`] can find a boundary there:
/// the word ends like a sentence, or it is among the first words of its line, where
/// datelines end.
#[inline]
pub fn worth_a_look(line: &Line<'_>, i: usize, seg: usize) -> bool {
    let ends_like_sentence = line
        .tokens
        .get(i)
        .and_then(|t| line.text.as_bytes().get(t.end.wrapping_sub(1)))
        .is_some_and(|&b| may_end_sentence(b));
    ends_like_sentence || near_line_start(i, seg)
}

/// Whether word `i` is among the first words of its line, where datelines end.
#[inline]
pub fn near_line_start(i: usize, seg: usize) -> bool {
    seg == 0 && i <= dateline::MAX_DASH_PLACE_WORDS
}

/// Decides at word `i` of `line`, in a segment that started at word `seg`. `quotes`
/// is the quotation state after word `i`.
pub fn after(line: &Line<'_>, i: usize, seg: usize, quotes: &QuoteState) -> Step {
    if i + 1 >= line.len() {
        // The line's end ends the segment anyway.
        return Step::go_on(i);
    }
    if let Some(k) = dateline::dash_dateline_end(line, i, seg)
        .or_else(|| dateline::slash_dateline_end(line, i, seg))
    {
        return Step::dateline(k);
    }
    let word = line.word(i);
    if !word.as_bytes().last().is_some_and(|&b| may_end_sentence(b)) {
        return Step::go_on(i);
    }
    if let Some(k) = dateline::agency_tag_end(line, i, seg) {
        return Step::dateline(k);
    }
    let shape = Shape::of(word);
    if shape.term.is_empty() {
        return Step::go_on(i);
    }
    if is_omission(&shape) {
        return omission_run(line, i, seg, quotes);
    }
    let (k, quoted) = closers_after(line, i, quotes, &shape);
    let next = k + 1;
    if next >= line.len() {
        return Step::go_on(k);
    }
    let ends = if shape.core.is_empty() && !shape.is_exclamatory() {
        // A detached period, as in spaced-out punctuation (`he left .`).
        plain_ends(line, next, quoted)
    } else if shape.is_exclamatory() {
        exclamation_ends(line, next, quoted)
    } else if is_omission(&Shape::of(line.word(next))) {
        let run_end = skip_omissions(line, next);
        let after = run_end + 1;
        let opens_next =
            after < line.len() && matches!(start_of(line.word(after)), Start::Upper | Start::Quote);
        if run_end == next && line.word(next) == "." {
            // A stray dot after the period belongs to this sentence.
            return Step::decide(if opens_next { next } else { i }, opens_next);
        }
        // `the end. . . . The next` and `the end. [...] The next`: the period ends the
        // sentence and the omission mark opens the next one.
        opens_next
    } else if shape.is_ellipsis() {
        ellipsis_ends(line, next, four_dots(&shape))
    } else {
        period_ends(line, i, seg, next, shape.core, quoted)
    };
    Step::decide(if ends { k } else { i }, ends)
}

/// A word that is only an omission mark: `.`, `...`, `…`, `[...]`, `(…)`.
fn is_omission(shape: &Shape<'_>) -> bool {
    shape.core.is_empty()
        && !shape.is_exclamatory()
        && !shape.term.is_empty()
        && (shape.lead.is_empty() || shape.is_bracketed_ellipsis())
}

/// The last word of the run of omission marks starting at `i`.
fn skip_omissions(line: &Line<'_>, i: usize) -> usize {
    let mut j = i;
    while j + 1 < line.len() && is_omission(&Shape::of(line.word(j + 1))) {
        j += 1;
    }
    j
}

/// Decides after a run of omission marks (`. . .`, `[...]`) that starts at word `i`.
fn omission_run(line: &Line<'_>, i: usize, seg: usize, quotes: &QuoteState) -> Step {
    let j = skip_omissions(line, i);
    let mut dots = 0usize;
    let mut bracketed = false;
    for k in i..=j {
        let shape = Shape::of(line.word(k));
        bracketed |= shape.is_bracketed_ellipsis();
        dots += shape
            .term
            .chars()
            .map(|c| if c == '…' { 3 } else { 1 })
            .sum::<usize>();
    }
    let last_shape = Shape::of(line.word(j));
    let (k, quoted) = closers_after(line, j, quotes, &last_shape);
    let next = k + 1;
    // An omission that opens its segment belongs to it; one after a word with its own
    // period was decided at that word.
    let after_period = i > seg && !Shape::of(line.word(i - 1)).term.is_empty();
    if i == seg || after_period || next >= line.len() {
        return Step::go_on(k);
    }
    let ends = if j == i && dots == 1 && !bracketed {
        plain_ends(line, next, quoted)
    } else if dots >= 4 && !bracketed {
        matches!(
            start_of(line.word(next)),
            Start::Upper | Start::Quote | Start::Digit
        )
    } else {
        // A spaced or bracketed ellipsis with no period: only a capital that is not
        // the pronoun `I` shows a new sentence (`luckily [...] We thank`).
        let w = line.word(next);
        match start_of(w) {
            Start::Upper => !is_pronoun_i(w),
            Start::Quote => letters_start(w) == Start::Upper && !is_pronoun_i(w),
            _ => false,
        }
    };
    Step::decide(if ends { k } else { j }, ends)
}

/// The last closing word after word `i` (`said. ”`, `end. )`) and whether the
/// sentence closes a quotation.
fn closers_after(
    line: &Line<'_>,
    i: usize,
    quotes: &QuoteState,
    shape: &Shape<'_>,
) -> (usize, bool) {
    let mut quoted = shape
        .trail
        .chars()
        .any(|c| c != ')' && c != ']' && c != '}');
    let mut state = *quotes;
    let mut k = i;
    while k + 1 < line.len() && state.closes(line.word(k + 1)) {
        k += 1;
        let w = line.word(k);
        quoted |= w.chars().any(|c| c != ')' && c != ']' && c != '}');
        state.advance(w);
    }
    (k, quoted)
}

/// `....` or `.…`: a period followed by an ellipsis, so a real end.
fn four_dots(shape: &Shape<'_>) -> bool {
    shape.term.matches('.').count() >= 4 || (shape.term.contains('.') && shape.term.contains('…'))
}

/// After a plain sentence end: anything but a lower-case word opens the next sentence; a lower-case word continues this one, except in lowercased text
/// after a closed quotation that is not followed by its attribution.
fn plain_ends(line: &Line<'_>, next: usize, quoted: bool) -> bool {
    match start_of(line.word(next)) {
        // `Other` covers separators and symbols: `* * *`, `| Reuters`, `— Reporting by`.
        Start::Upper | Start::Digit | Start::Bracket | Start::Quote | Start::Other => true,
        Start::Lower => line.lowercased && quoted && !attribution::follows(line, next),
    }
}

/// After `?` or `!`: as after a period, except that an attribution after a quoted
/// question (`"Why?" Marta asks.`) continues the sentence, and so does a lower-case
/// word in normally cased text (`Yahoo! in`, `Did you feel it? users`).
fn exclamation_ends(line: &Line<'_>, next: usize, quoted: bool) -> bool {
    let w = line.word(next);
    match start_of(w) {
        Start::Upper | Start::Digit => !(quoted && attribution::follows(line, next)),
        Start::Quote => true,
        Start::Bracket => letters_start(w) == Start::Upper,
        // Lowercased text never capitalises after `?` or `!`: the case tells nothing.
        Start::Lower => line.lowercased && !attribution::follows(line, next),
        Start::Other => false,
    }
}

/// After an ellipsis glued to its word (`went...`): a capital other than `I` starts a
/// new sentence; after a period and an ellipsis (`went....`) any capital does.
fn ellipsis_ends(line: &Line<'_>, next: usize, four: bool) -> bool {
    let w = line.word(next);
    match start_of(w) {
        Start::Upper => four || !is_pronoun_i(w),
        Start::Quote => letters_start(w) == Start::Upper && (four || !is_pronoun_i(w)),
        // A credit after a truncated caption: `the airfield... (Associated Press)`.
        Start::Bracket => dateline::is_credit_at(line, next),
        Start::Lower | Start::Digit | Start::Other => false,
    }
}

/// After a word ending in one period, by what the word is.
fn period_ends(
    line: &Line<'_>,
    i: usize,
    seg: usize,
    next: usize,
    core: &str,
    quoted: bool,
) -> bool {
    let next_start = start_of(line.word(next));
    match line.lex.abbreviation(core, line.lowercased) {
        Some(AbbrevClass::BeforeName) => false,
        Some(AbbrevClass::BeforeNumber) if next_start == Start::Digit => false,
        Some(AbbrevClass::BeforeNumber | AbbrevClass::General) => general_ends(line, next),
        Some(AbbrevClass::Time) => time_ends(line, i, seg, next),
        None if is_dotted(core) => starter_follows(line, next),
        None if is_single_letter(core) => {
            let upper = core.chars().all(char::is_uppercase);
            let prev_lower = i > seg && letters_start(line.word(i - 1)) == Start::Lower;
            if upper && core == "I" && prev_lower {
                // `you and I. Did`: the pronoun, not an initial.
                plain_ends(line, next, quoted)
            } else if upper {
                // An initial (`Jonas E. Smith`) unless a function word follows.
                starter_follows(line, next)
            } else {
                general_ends(line, next)
            }
        }
        None => plain_ends(line, next, quoted),
    }
}

/// In lowercased text, whether the dot of `word` belongs to a name that `next`
/// continues, so that no segment may end between them: a title written before a
/// name (`dr. anna berg`), or an initial (`peter k. jones`) unless a function word
/// follows (`plan b. the council`). The lowercased counterpart of the rules for
/// `Dr.` and `K.` before a capital, for the cuts of the gap model.
pub fn lowercased_name_dot(lex: &Lexicon, word: &str, next: &str) -> bool {
    let Some(core) = word.strip_suffix('.') else {
        return false;
    };
    if !next.starts_with(|c: char| c.is_alphabetic()) {
        return false;
    }
    match lex.abbreviation(core, true) {
        Some(AbbrevClass::BeforeName) => true,
        Some(_) => false,
        None => is_single_letter(core) && !lex.is_starter(bare(next)),
    }
}

/// `U.S`, `Ph.D`, `D.C`: letters in short groups between dots.
pub(super) fn is_dotted(core: &str) -> bool {
    // (the stop looked for as a byte: UTF-8 holds `.` only as itself)
    core.as_bytes().contains(&b'.')
        && core
            .split('.')
            .all(|p| (1..=3).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic))
}

pub(super) fn is_single_letter(core: &str) -> bool {
    let mut chars = core.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// After a general abbreviation (`Inc.`, `etc.`, `Calif.`): a capitalised word that is
/// not itself an abbreviation starts a new sentence. In lowercased text, where a
/// capital after a dot is only the preprocessor's guess, it must be a function word.
fn general_ends(line: &Line<'_>, next: usize) -> bool {
    let w = line.word(next);
    match start_of(w) {
        Start::Upper if line.lowercased => line.lex.is_starter(bare(w)),
        Start::Upper => !is_abbreviation(line, w),
        Start::Quote => letters_start(w) == Start::Upper,
        _ => false,
    }
}

fn is_abbreviation(line: &Line<'_>, word: &str) -> bool {
    word.strip_suffix('.')
        .is_some_and(|b| line.lex.abbreviation(b, line.lowercased).is_some() || is_dotted(b))
}

/// After a dotted form or an initial (`U.S.`, `E.`): only a capitalised function word
/// (`How`, `The`, `It`) shows a new sentence; names, nouns and quoted nicknames
/// (`Ivan L. “Chip” Frederick`) continue it.
fn starter_follows(line: &Line<'_>, next: usize) -> bool {
    let w = line.word(next);
    matches!(start_of(w), Start::Upper | Start::Quote) && line.lex.is_starter(bare(w))
}

/// After `a.m.` or `p.m.`: a capital starts a new sentence unless it continues the
/// time (`p.m. Tuesday`, `a.m. GMT`) or the sentence so far is only a fronted time
/// phrase (`At 5 a.m. Mr Smith left`).
fn time_ends(line: &Line<'_>, i: usize, seg: usize, next: usize) -> bool {
    let w = line.word(next);
    match start_of(w) {
        Start::Upper => {
            let fronted = i - seg <= 3 && line.lex.is_fronting_preposition(bare(line.word(seg)));
            // Lowercased text capitalises after every dot: only a function word counts.
            !line.lex.continues_time(bare(w))
                && !fronted
                && (!line.lowercased || line.lex.is_starter(bare(w)))
        }
        Start::Quote => true,
        _ => false,
    }
}
