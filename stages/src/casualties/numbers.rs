//! Numbers and their hedges: `at least 5,400`, `one hundred and fifty-seven`, `a dozen`,
//! `over a thousand`. Vague amounts (`dozens`, `hundreds`, `several`) are not numbers.

use super::lexicon::{class, Lexicon};
use super::tokens::{Kind, Tok};
use crate::number_words::{NumKind, Tally};
use crate::records::{Approx, Count};

/// A number found in tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Found {
    pub count: Count,
    pub start: usize,
    pub end: usize,
    /// The number is the article `a`/`an` alone (`an American`), so it needs a singular noun.
    pub article: bool,
}

/// The hedge starting at `i`, if any: its meaning and the index after it.
pub fn hedge(lex: &Lexicon, toks: &[Tok], i: usize) -> Option<(Approx, usize)> {
    let first = toks.get(i).filter(|t| t.has(class::HEDGE_START))?;
    // Only the hedges starting with the token's word can match, tried in their order.
    let starting = lex
        .hedges_by_start
        .get(first.low)
        .map_or(&[][..], Vec::as_slice);
    'outer: for (words, approx) in starting.iter().filter_map(|&n| lex.hedges.get(n)) {
        for (k, w) in words.iter().enumerate() {
            match toks.get(i + k) {
                Some(t) if t.low == *w => {}
                _ => continue 'outer,
            }
        }
        return Some((*approx, i + words.len()));
    }
    None
}

/// Whether the digits token at `i` reads as something other than a count of people by its
/// surroundings: a time, money, a flight or an age after a name.
fn digits_excluded(toks: &[Tok], i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    let next = toks.get(i + 1);
    if let Some(p) = prev {
        if p.is_punct('$')
            || p.is_punct('£')
            || p.is_punct('€')
            || p.is_punct('#')
            // "2:45" is a time; "injured 12 people: 8 workers" is not
            || (p.is_punct(':')
                && (p.end == toks[i].start
                    || (i >= 2
                        && matches!(toks[i - 2].kind, Kind::Num { .. })
                        && toks[i - 2].end == p.start)))
        {
            return true;
        }
        if matches!(p.low, "aged" | "age" | "page") || p.has(class::DESIGNATOR) {
            return true;
        }
    }
    if let Some(n) = next {
        // "2: 45", "12:30" and a date's "nov. 5:" are no counts; "killed 12: nine
        // passengers and three deckhands" is
        let colon_count = n.is_punct(':')
            && toks.get(i + 2).is_some_and(|w| w.is_word())
            && !prev.is_some_and(|p| p.has(class::MONTH));
        if (n.is_punct(':') && !colon_count) || n.is_punct('%') {
            return true;
        }
        if matches!(
            n.low,
            "am" | "pm" | "a.m." | "p.m." | "gmt" | "percent" | "per" | "bn" | "m" | "km"
        ) {
            return true;
        }
    }
    // "the 2009 deaths of three people", "a 2014 college graduate", "the march 2008
    // killing": a year written without a comma after an article, a possessive or a month
    // dates what follows (`2,009 deaths` keeps its comma)
    let year = matches!(toks[i].kind, Kind::Num { value, whole: true }
        if (1900.0..=2100.0).contains(&value) && toks[i].low.len() == 4);
    if year
        && prev.is_some_and(|p| {
            matches!(p.low, "the" | "a" | "an" | "his" | "her" | "their" | "its")
                || p.has(class::MONTH)
        })
    {
        return true;
    }
    // "Jane Doe, 43, a teacher": an age between commas
    if prev.is_some_and(|p| p.is_punct(','))
        && next.is_some_and(|n| n.is_punct(',') || n.is_punct(')'))
    {
        return true;
    }
    false
}

/// A number in words starting at `i`: `twenty-one`, `one hundred and fifty-seven`,
/// `two dozen`, `a thousand`.
fn words_number(lex: &Lexicon, toks: &[Tok], i: usize) -> Option<(u64, usize)> {
    let mut count = Tally::default();
    let mut j = i;
    let mut any = false;
    // "a dozen", "a hundred", "a thousand"
    if toks.get(j).is_some_and(|t| t.low == "a" || t.low == "an") {
        let next = toks.get(j + 1)?;
        match lex.numbers.get(next.low) {
            Some(&(_, NumKind::Scale)) => j += 1,
            _ => return None,
        }
    }
    while let Some(t) = toks.get(j) {
        if !t.is_word() || !t.has(class::NUMBER_HEAD) {
            break;
        }
        let mut local = count;
        if !t.low.split('-').all(|part| local.push(part)) {
            break;
        }
        count = local;
        any = true;
        j += 1;
        // "one hundred and fifty-seven"
        if toks.get(j).is_some_and(|t| t.low == "and")
            && toks.get(j + 1).is_some_and(|t| {
                t.low.split('-').all(|p| {
                    matches!(
                        lex.numbers.get(p),
                        Some(&(_, NumKind::Unit)) | Some(&(_, NumKind::Tens))
                    )
                })
            })
            && count.below_thousands() >= 100
        {
            j += 1;
        }
    }
    if !any {
        return None;
    }
    Some((count.value(), j))
}

/// Whether a word can head a counted group of people (`both gunmen`).
fn counts_people(t: &Tok) -> bool {
    t.has(class::PERSON | class::PERPETRATOR | class::NAT_FIRST)
}

/// The words other than number words that [`number_at`] reads a number from when no
/// hedge comes before them (`a dozen`, `a pair of`, `both gunmen`, `another 14`).
fn opens_number(low: &str) -> bool {
    matches!(low.len(), 1 | 2 | 4 | 7) && matches!(low, "a" | "an" | "both" | "another")
}

/// Whether the number at `i` is an age after `aged` / `ages`, or a later one of a list or
/// range of them (`the boys, aged ten, seven and two, drowned`, `two men, ages 34 and 28`,
/// `aged between 18 and 25`).
fn age_list(toks: &[Tok], i: usize) -> bool {
    age_list_start(toks, i).is_some()
}

/// The index of `aged` / `ages` opening the list of ages that holds the number at `i`.
pub(crate) fn age_list_start(toks: &[Tok], i: usize) -> Option<usize> {
    // (a word's `NUMBER` bit: in `numbers`, the lookup done once a token)
    let is_num = |k: usize| {
        toks.get(k).is_some_and(|t| {
            matches!(t.kind, Kind::Num { whole: true, .. }) || t.is_word() && t.has(class::NUMBER)
        })
    };
    if !is_num(i) {
        return None;
    }
    let mut k = i;
    while k >= 2
        && (toks[k - 1].is_punct(',') || matches!(toks[k - 1].low, "and" | "to"))
        && is_num(k - 2)
    {
        k -= 2;
    }
    // "aged between 18 and 25", "aged from 3 to 80"
    if k >= 2 && matches!(toks[k - 1].low, "between" | "from") {
        k -= 1;
    }
    (k >= 1 && matches!(toks[k - 1].low, "aged" | "ages")).then(|| k - 1)
}

/// A number with no hedge at `k` (whole digits with their scale word, or number words) and
/// the index after it: a count's number once its hedge is read, and the upper number of a range.
fn plain_number(lex: &Lexicon, toks: &[Tok], k: usize) -> Option<(u64, usize)> {
    match toks.get(k)?.kind {
        Kind::Num { value, whole: true } => {
            let mut v = value as u64;
            let mut end = k + 1;
            if let Some(&(m, NumKind::Scale)) = toks.get(end).and_then(|t| lex.numbers.get(t.low)) {
                if m >= 1000 {
                    v = v.saturating_mul(m);
                    end += 1;
                }
            }
            Some((v, end))
        }
        Kind::Word => words_number(lex, toks, k),
        _ => None,
    }
}

/// The hedged number starting at `i`.
pub fn number_at(lex: &Lexicon, toks: &[Tok], i: usize) -> Option<Found> {
    // Asked of most tokens, which open no number: one that starts no hedge and is a mark,
    // or a word that is no number word and none of the few below, gives none at once.
    if let Some(t) = toks.get(i).filter(|t| !t.has(class::HEDGE_START)) {
        match t.kind {
            Kind::Punct(_) => return None,
            Kind::Word if !t.has(class::NUMBER_HEAD) && !opens_number(t.low) => return None,
            _ => {}
        }
    }
    let (approx, j) = hedge(lex, toks, i).unwrap_or((Approx::Exact, i));
    // "another 14 people": another adds nothing to the count
    let j = if toks.get(j).is_some_and(|t| t.low == "another")
        && toks
            .get(j + 1)
            .is_some_and(|t| !t.is_word() || lex.numbers.contains_key(t.low))
    {
        j + 1
    } else {
        j
    };
    if age_list(toks, j) {
        return None;
    }
    let tok = toks.get(j)?;
    let (value, end, article) = match tok.kind {
        Kind::Num { .. } => {
            if digits_excluded(toks, j) {
                return None;
            }
            // "1.5 million" is not whole; "2 million" is
            let (v, end) = plain_number(lex, toks, j)?;
            (v, end, false)
        }
        Kind::Word => {
            if let Some((v, end)) = words_number(lex, toks, j) {
                (v, end, false)
            } else if (tok.low == "a" || tok.low == "an")
                && toks
                    .get(j + 1)
                    .is_some_and(|t| t.low == "pair" || t.low == "couple")
                && toks.get(j + 2).is_some_and(|t| t.low == "of")
            {
                (2, j + 3, false)
            } else if tok.low == "both" && toks.get(j + 1).is_some_and(counts_people) {
                // "both gunmen", "both parents"; not "shot both inside and outside"
                (2, j + 1, false)
            } else if tok.low == "a" || tok.low == "an" {
                (1, j + 1, true)
            } else {
                return None;
            }
        }
        Kind::Punct(_) => return None,
    };
    // "more than a dozen" keeps its hedge; a bare article takes none
    if article && approx != Approx::Exact {
        return None;
    }
    // "eight to 10 bodies", "four or five people": a range counts at least its lower number
    let range = (!article)
        .then(|| {
            super::number_range::upper_end(lex, toks, j, end, value, |k| plain_number(lex, toks, k))
        })
        .flatten();
    let (end, approx) = match range {
        Some(e) if approx == Approx::Exact => (e, Approx::AtLeast),
        Some(e) => (e, approx),
        None => (end, approx),
    };
    Some(Found {
        count: Count { value, approx },
        start: i,
        end,
        article,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::casualties::lexicon::LEX;
    use crate::casualties::tokens::tokenize;

    fn num(s: &str) -> Option<(u64, Approx)> {
        let t = tokenize(s);
        number_at(&LEX, &t.toks(&LEX), 0).map(|f| (f.count.value, f.count.approx))
    }

    #[test]
    fn digits_and_words() {
        assert_eq!(num("5,400 people"), Some((5400, Approx::Exact)));
        assert_eq!(num("twenty-one people"), Some((21, Approx::Exact)));
        assert_eq!(
            num("one hundred and fifty-seven people"),
            Some((157, Approx::Exact))
        );
        assert_eq!(num("two dozen people"), Some((24, Approx::Exact)));
        assert_eq!(num("a dozen people"), Some((12, Approx::Exact)));
        assert_eq!(num("2 million people"), Some((2_000_000, Approx::Exact)));
        assert_eq!(num("a pair of tourists"), Some((2, Approx::Exact)));
        assert_eq!(num("an American"), Some((1, Approx::Exact)));
        assert_eq!(
            num("three thousand two hundred"),
            Some((3200, Approx::Exact))
        );
    }

    #[test]
    fn ranges_count_at_least_their_lower_number() {
        assert_eq!(num("eight to 10 bodies"), Some((8, Approx::AtLeast)));
        assert_eq!(num("four or five people"), Some((4, Approx::AtLeast)));
        assert_eq!(
            num("40,000 to 50,000 people"),
            Some((40_000, Approx::AtLeast))
        );
        assert_eq!(
            num("2 million or 3 million people"),
            Some((2_000_000, Approx::AtLeast))
        );
        assert_eq!(num("five or a dozen"), Some((5, Approx::Exact)));
        assert_eq!(num("five or four people"), Some((5, Approx::Exact)));
        assert_eq!(num("about 30 to 40 people"), Some((30, Approx::About)));
        let t = tokenize("rose from 5 to 10 people");
        let toks = t.toks(&LEX);
        assert_eq!(number_at(&LEX, &toks, 2).map(|f| f.end), Some(3));
        let t = tokenize("between 20 and 30 people");
        let toks = t.toks(&LEX);
        let f = number_at(&LEX, &toks, 1).map(|f| (f.count.value, f.count.approx, f.end));
        assert_eq!(f, Some((20, Approx::AtLeast, 4)));
    }

    #[test]
    fn hedges() {
        assert_eq!(num("at least 214 people"), Some((214, Approx::AtLeast)));
        assert_eq!(
            num("more than a dozen people"),
            Some((12, Approx::MoreThan))
        );
        assert_eq!(num("over 50"), Some((50, Approx::MoreThan)));
        assert_eq!(num("up to 30"), Some((30, Approx::AtMost)));
        assert_eq!(num("as many as 30"), Some((30, Approx::AtMost)));
        assert_eq!(num("about 40"), Some((40, Approx::About)));
        assert_eq!(num("nearly 40"), Some((40, Approx::About)));
        assert_eq!(num("some 40"), Some((40, Approx::About)));
    }

    #[test]
    fn not_numbers() {
        assert_eq!(num("dozens of people"), None);
        assert_eq!(num("hundreds of people"), None);
        assert_eq!(num("several people"), None);
        assert_eq!(num("8.8 magnitude"), None);
        assert_eq!(num("0100 gmt"), None);
        let t = tokenize("at 5:30 pm");
        assert!(number_at(&LEX, &t.toks(&LEX), 1).is_none());
        let t = tokenize("cost $4 billion");
        assert!(number_at(&LEX, &t.toks(&LEX), 2).is_none());
        let t = tokenize("Jane Doe, 43, a teacher");
        assert!(number_at(&LEX, &t.toks(&LEX), 3).is_none());
    }
}
