//! A count given as a range of two numbers (`eight to 10 bodies`, `four or five people`,
//! `40,000 to 50,000 dead`, `between 20 and 30 people`): one group, counted at least the
//! lower number, not two groups nor the upper number alone. A rise (`from 5 to 10`) and a
//! second number no larger than the first (`2 or 1`) are no range.

use super::lexicon::Lexicon;
use super::tokens::{Kind, Tok};

/// The end of the range's upper number when the number `[start, end)` of value `value`
/// opens a range at `end` (its joining word there): `None` when it opens none.
pub fn upper_end(
    lex: &Lexicon,
    toks: &[Tok],
    start: usize,
    end: usize,
    value: u64,
    upper: impl Fn(usize) -> Option<(u64, usize)>,
) -> Option<usize> {
    let before = start.checked_sub(1).map_or("", |p| toks[p].low);
    let join = toks.get(end)?.low;
    let ranged = match join {
        "to" | "or" => before != "from",
        "and" => before == "between",
        _ => false,
    };
    if !ranged {
        return None;
    }
    // the upper number: digits or number words, no article (`four or a dozen` is none)
    let first = toks.get(end + 1)?;
    let plain = matches!(first.kind, Kind::Num { whole: true, .. })
        || first.is_word() && lex.numbers.contains_key(first.low) && first.low != "a";
    if !plain {
        return None;
    }
    let (high, high_end) = upper(end + 1)?;
    (high > value).then_some(high_end)
}
