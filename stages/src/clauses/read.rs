//! The rules: where each kind of side clause opens and where it ends (see the module's doc).

use super::words::{self, Item, Opener, Tok};
use super::{Clause, ClauseKind};

/// How deep a comma-opened clause may nest inside a clause that has not had its verb yet.
const MAX_NEST: usize = 2;
/// An apposition's longest run of words.
const MAX_APPOSITION: usize = 10;

pub(super) fn clauses(text: &str) -> Vec<Clause> {
    let toks = words::tokens(text);
    let mut out: Vec<Clause> = Vec::new();
    parentheses(&toks, &mut out);
    for k in 0..toks.len() {
        if let Some(c) = opened_at(&toks, k) {
            out.push(c);
        } else if let Some(c) = participle_at(&toks, k) {
            out.push(c);
        } else if let Some(c) = apposition_at(&toks, k) {
            out.push(c);
        }
    }
    clamp(&mut out);
    out.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end), c.body));
    out.dedup_by_key(|c| (c.start, c.end));
    out
}

fn word<'t>(toks: &'t [Tok], k: usize) -> Option<&'t str> {
    toks.get(k).and_then(Tok::word)
}

/// A clause opened by a relative or subordinate word at token `k`.
fn opened_at(toks: &[Tok], k: usize) -> Option<Clause> {
    let w = word(toks, k)?;
    let kind = words::opener(w)?;
    let next = word(toks, k + 1);
    if next.is_none() || next == Some("of") {
        return None; // `because of`, `as of`, a clause with no body
    }
    let prev = k.checked_sub(1).and_then(|p| word(toks, p));
    let (start, kind) = match kind {
        Opener::Relative => (relative_start(toks, k), ClauseKind::Relative),
        Opener::Subordinate => (k, ClauseKind::Subordinate),
        Opener::Preposition => {
            if w == "as" && !clause_as(prev, next) {
                return None;
            }
            if !verb_follows(toks, k + 1) {
                return None;
            }
            (k, ClauseKind::Subordinate)
        }
    };
    // `who injured …`: the word after a subject relative is its verb (not after `in which`)
    let subject_first = kind == ClauseKind::Relative && start == k && matches!(w, "who" | "which");
    let close = close_at(toks, k + 1, 0, subject_first, kind == ClauseKind::Relative);
    build(toks, kind, start, k + 1, close)
}

/// `in which`, `of whom`, `two of whom`, `some of which`: the relative starts at the
/// preposition, or at the count before `of`.
fn relative_start(toks: &[Tok], k: usize) -> usize {
    let w = word(toks, k).unwrap_or("");
    if !matches!(w, "which" | "whom" | "whose") || k == 0 {
        return k;
    }
    let Some(prev) = word(toks, k - 1) else {
        return k;
    };
    if !words::preposition(prev) {
        return k;
    }
    if prev == "of" && k >= 2 {
        if let Some(q) = word(toks, k - 2) {
            let quantity = matches!(
                q,
                "some"
                    | "all"
                    | "many"
                    | "most"
                    | "none"
                    | "both"
                    | "each"
                    | "several"
                    | "few"
                    | "one"
                    | "half"
                    | "either"
                    | "neither"
            ) || crate::number_words::lookup(q).is_some()
                || q.bytes().all(|b| b.is_ascii_digit());
            if quantity {
                return k - 2;
            }
        }
    }
    k - 1
}

/// `as` opens a clause (`as the bus turned`), not a comparison (`as many as`, `such as`)
/// nor a role (`as a result`).
fn clause_as(prev: Option<&str>, next: Option<&str>) -> bool {
    let prev_ok = !prev.is_some_and(|p| {
        matches!(
            p,
            "such"
                | "well"
                | "as"
                | "same"
                | "so"
                | "just"
                | "many"
                | "much"
                | "soon"
                | "long"
                | "far"
                | "known"
                | "described"
                | "identified"
                | "named"
                | "serve"
                | "served"
        )
    });
    let next_ok = next.is_some_and(|n| {
        matches!(
            n,
            "the"
                | "he"
                | "she"
                | "they"
                | "it"
                | "we"
                | "i"
                | "you"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "police"
                | "rescuers"
                | "firefighters"
                | "troops"
        )
    });
    prev_ok && next_ok
}

/// Whether a verb (or a subject pronoun) follows inside the would-be clause, before its
/// closing mark or another opener: `after the bus crashed`, not `after the crash`.
fn verb_follows(toks: &[Tok], from: usize) -> bool {
    if word(toks, from).is_some_and(|w| matches!(w, "he" | "she" | "they" | "we" | "i")) {
        return true;
    }
    for t in &toks[from.min(toks.len())..] {
        match t.word() {
            None => return false,
            Some(w) if words::opener(w).is_some() => return false,
            Some(w) if words::verb(w) => return true,
            _ => {}
        }
    }
    false
}

/// The index of the token that closes a clause whose body starts at `from` (a mark, a
/// main clause's verb, or `toks.len()`).
fn close_at(toks: &[Tok], from: usize, depth: usize, subject_first: bool, relative: bool) -> usize {
    let mut own_verb = false;
    let mut k = from;
    while k < toks.len() {
        match &toks[k].item {
            Item::Mark(',') => {
                let nests = !own_verb
                    && depth < MAX_NEST
                    && word(toks, k + 1).is_some_and(|n| words::opener(n).is_some());
                if !nests {
                    return k;
                }
                let inner_subject = word(toks, k + 1).is_some_and(|n| matches!(n, "who" | "which"));
                let inner = close_at(toks, k + 2, depth + 1, inner_subject, true);
                if toks.get(inner).is_some_and(|t| t.is_mark(',')) {
                    k = inner + 1;
                    continue;
                }
                return inner;
            }
            Item::Mark('(') | Item::Mark('[') => {
                let shut = if toks[k].is_mark('(') { ')' } else { ']' };
                k = (k + 1..toks.len())
                    .find(|&m| toks[m].is_mark(shut))
                    .map_or(toks.len(), |m| m + 1);
                continue;
            }
            Item::Mark(_) => return k,
            Item::Word(w) => {
                let prev = k.checked_sub(1).and_then(|p| word(toks, p));
                let ends_here = relative
                    && own_verb
                    && words::finite(w)
                    && !prev.is_some_and(|p| {
                        words::pronoun(p)
                            || words::auxiliary(p)
                            || matches!(p, "and" | "or" | "not" | "who" | "which" | "also")
                    });
                if ends_here {
                    return k;
                }
                if k > from && words::opener(w).is_some() {
                    // a nested clause without a comma (`who is leading the inquiry where
                    // ten people were killed`): the next verb is its own
                    own_verb = false;
                } else if words::reporting(w) && !prev.is_some_and(words::auxiliary) {
                    // `where police said five people were killed`, `who said that the
                    // guard was dead`: the next verb is the reported clause's (not after
                    // a passive `was told`)
                    own_verb = false;
                } else if (subject_first && k == from) || words::verb(w) {
                    own_verb = true;
                }
            }
        }
        k += 1;
    }
    toks.len()
}

/// A clause from token `start` (body at `body`) up to the closing token `close`.
fn build(
    toks: &[Tok],
    kind: ClauseKind,
    start: usize,
    body: usize,
    close: usize,
) -> Option<Clause> {
    if close <= body || start >= toks.len() {
        return None;
    }
    let last = &toks[close - 1];
    let opened = start
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .filter(|t| matches!(t.item, Item::Mark(',' | '(' | '[' | '-')));
    let closed = toks.get(close).filter(|t| {
        t.is_mark(',') || (opened.is_some() && matches!(t.item, Item::Mark(')' | ']' | '-')))
    });
    Some(Clause {
        kind,
        start: toks[start].start,
        end: last.end,
        body: toks.get(body).map_or(last.end, |t| t.start),
        outer_start: opened.map_or(toks[start].start, |t| t.start),
        outer_end: closed.map_or(last.end, |t| t.end),
    })
}

/// `, killing two`, `, leaving four dead`; `speaking to reporters, …` at the start.
fn participle_at(toks: &[Tok], k: usize) -> Option<Clause> {
    let w = word(toks, k)?;
    if !words::participle(w) {
        return None;
    }
    let after_comma = k > 0 && toks[k - 1].is_mark(',');
    if !after_comma && k != 0 {
        return None;
    }
    let close = close_at(toks, k + 1, 0, false, false);
    if k == 0 && !toks.get(close).is_some_and(|t| t.is_mark(',')) {
        return None; // a sentence that starts with a gerund is its own main clause
    }
    build(toks, ClauseKind::Participle, k, k + 1, close)
}

/// A noun phrase between commas, the main clause resuming after it: `five people, a
/// referee and four players, were …`; `NAME, 24, who …`. Not a comma list (`britons,
/// germans, and italians`), not a clause.
fn apposition_at(toks: &[Tok], k: usize) -> Option<Clause> {
    if k < 2 || !toks[k - 1].is_mark(',') || word(toks, k - 2).is_none() {
        return None;
    }
    let first = word(toks, k)?;
    if words::not_apposition_start(first) || words::participle(first) {
        return None;
    }
    let mut m = k;
    while let Some(w) = word(toks, m) {
        let finite_verb =
            words::auxiliary(w) || words::finite(w) || crate::lexicon::irregular_past(w);
        if m > k && words::opener(w) == Some(Opener::Relative) {
            return apposition_with_relative(toks, k, m);
        }
        if finite_verb || words::opener(w).is_some() || m - k >= MAX_APPOSITION {
            return None;
        }
        m += 1;
    }
    if !toks.get(m).is_some_and(|t| t.is_mark(',')) {
        return None;
    }
    let after = word(toks, m + 1)?;
    if matches!(after, "and" | "or" | "but") {
        return None;
    }
    let age = m == k + 1 && first.bytes().all(|b| b.is_ascii_digit());
    let resumes = words::verb(after) || words::opener(after).is_some() || age;
    if !resumes {
        return None;
    }
    build(toks, ClauseKind::Apposition, k, k, m)
}

/// `NAME, the painter whose murals …, has died`; `two guards, both men who had served …,
/// were hurt`: an apposition that holds its own relative clause (opened at token `rel`)
/// reaches to the relative's closing comma, the main clause resuming with a verb after it,
/// so the whole is stepped over to the name or group before it.
fn apposition_with_relative(toks: &[Tok], k: usize, rel: usize) -> Option<Clause> {
    let w = word(toks, rel)?;
    let subject_first = relative_start(toks, rel) == rel && matches!(w, "who" | "which");
    let close = close_at(toks, rel + 1, 0, subject_first, true);
    if !toks.get(close).is_some_and(|t| t.is_mark(',')) {
        return None;
    }
    let after = word(toks, close + 1)?;
    if !words::verb(after) {
        return None;
    }
    build(toks, ClauseKind::Apposition, k, k, close)
}

/// Brackets and paired dashes.
fn parentheses(toks: &[Tok], out: &mut Vec<Clause>) {
    let mut k = 0;
    while k < toks.len() {
        let shut = match toks[k].item {
            Item::Mark('(') => ')',
            Item::Mark('[') => ']',
            Item::Mark('-') => '-',
            _ => {
                k += 1;
                continue;
            }
        };
        let Some(m) = (k + 1..toks.len()).find(|&m| toks[m].is_mark(shut) || toks[m].is_mark('.'))
        else {
            break;
        };
        let paired = toks[m].is_mark(shut);
        if shut == '-' && !paired {
            break; // a single dash opens no aside
        }
        if m > k + 1 {
            out.push(Clause {
                kind: ClauseKind::Parenthesis,
                start: toks[k + 1].start,
                end: toks[m - 1].end,
                body: toks[k + 1].start,
                outer_start: toks[k].start,
                outer_end: if paired { toks[m].end } else { toks[m - 1].end },
            });
        }
        k = m + 1;
    }
}

/// A clause that starts inside another ends where that one ends.
fn clamp(list: &mut [Clause]) {
    for i in 0..list.len() {
        for j in 0..list.len() {
            let (outer, inner) = (list[j], list[i]);
            if i != j
                && outer.start < inner.start
                && inner.start < outer.end
                && inner.end > outer.end
            {
                list[i].end = outer.end;
                list[i].outer_end = list[i].outer_end.min(outer.outer_end).max(outer.end);
                if list[i].body > list[i].end {
                    list[i].body = list[i].end;
                }
            }
        }
    }
}
