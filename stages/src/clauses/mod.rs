//! The side clauses and asides of one sentence, found without capital letters: relative
//! clauses (`who …`, `in which …`, `two of whom …`), subordinate clauses (`when …`,
//! `after the bus crashed …`), participle phrases (`, killing two`), appositions between
//! commas (`five people, a referee and four players, were …`; `NAME, 24, who …`; one that
//! holds its own relative clause, `NAME, the painter whose …, has died`, whole) and
//! parentheses (brackets, paired dashes).
//!
//! The reader works on a sentence's text and answers in byte offsets, so each stage maps
//! it onto its own tokens. Its rules, where each clause ends:
//! - at its closing comma, dash, bracket, `;` or `:` (a comma that opens a nested side
//!   clause does not close it: `when the bus, which was full, crashed, …`);
//! - a relative clause without a closing comma ends before a finite verb that can only be
//!   the main clause's, once the clause has had its own verb (`a man who injured three
//!   shoppers | was shot`);
//! - a clause inside another ends where that one ends;
//! - otherwise at the sentence's end.
//!
//! Traps it keeps out: a comma list is not an apposition (`britons, germans and italians`);
//! `that` is never read as a relative (a reported clause's `that`); a preposition that can
//! open a clause (`after`, `before`, `since`, `as`) opens one only when a verb follows.
//! Data: `stages/data/clauses/` (openers, finite verbs, extra past forms, -ing words that
//! open no participle phrase).

mod read;
mod words;

#[cfg(test)]
mod tests;

use std::ops::Range;

/// The kind of a side clause or aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClauseKind {
    /// `who …`, `which …`, `whose …`, `where …`, `in which …`, `two of whom …`.
    Relative,
    /// `when …`, `while …`, `because …`, `after the bus crashed …`.
    Subordinate,
    /// `, killing two`, `, leaving four dead`, `, injuring 11`.
    Participle,
    /// A noun phrase between commas: `, a referee and four players,`; `, 24,`.
    Apposition,
    /// Between brackets or paired dashes.
    Parenthesis,
}

/// One side clause or aside: byte offsets into the sentence's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    pub kind: ClauseKind,
    /// The clause's own text, opener included, delimiting punctuation left out
    /// (`who joined in 2010` of `NAME, who joined in 2010, was killed`).
    pub start: usize,
    pub end: usize,
    /// Where the clause's body starts, after its opener (`three teenagers died` of `in
    /// which three teenagers died`; equal to `start` for an apposition or a parenthesis).
    pub body: usize,
    /// The span to step over to read the main clause: the clause with its opening and
    /// closing punctuation (`, who joined in 2010,`).
    pub outer_start: usize,
    pub outer_end: usize,
}

impl Clause {
    /// The clause's own text, opener included.
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }
    /// The clause's body, after its opener: where its own facts are read.
    pub fn body_span(&self) -> Range<usize> {
        self.body..self.end
    }
    /// The span to step over, punctuation included.
    pub fn outer(&self) -> Range<usize> {
        self.outer_start..self.outer_end
    }
}

/// The side clauses of one sentence, in order of their start (a clause inside another comes
/// after it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clauses {
    pub list: Vec<Clause>,
}

/// Whether a sentence can hold a side clause at all: a comma, bracket or dash, or an opener
/// word. A cheap test for callers that read many sentences.
pub fn worth_reading(text: &str) -> bool {
    text.bytes()
        .any(|b| matches!(b, b',' | b'(' | b'[' | b'-' | 0xE2))
        || words::has_opener(text)
}

/// Whether a lower-case word opens a side clause (`who`, `in which`'s `which`, `when`,
/// `after`): a clause that ends at a word rather than at its closing mark (`a man who
/// injured three shoppers | was shot`) needs one before it.
pub fn opens_clause(w: &str) -> bool {
    words::opener(w).is_some()
}

/// Reads the side clauses of one sentence.
pub fn read(text: &str) -> Clauses {
    Clauses {
        list: read::clauses(text),
    }
}

impl Clauses {
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The innermost clause whose outer span holds byte `at`.
    pub fn covering(&self, at: usize) -> Option<&Clause> {
        self.list
            .iter()
            .filter(|c| c.outer_start <= at && at < c.outer_end)
            .min_by_key(|c| c.outer_end - c.outer_start)
    }

    /// Whether byte `at` stands in the main clause (inside no side clause's outer span).
    pub fn in_main(&self, at: usize) -> bool {
        !self
            .list
            .iter()
            .any(|c| c.outer_start <= at && at < c.outer_end)
    }

    /// The spans to step over to read the main clause: the outer spans of the outermost
    /// clauses, merged where they touch, in order.
    pub fn stepped_over(&self) -> Vec<Range<usize>> {
        let mut spans: Vec<Range<usize>> = self.list.iter().map(Clause::outer).collect();
        spans.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut out: Vec<Range<usize>> = Vec::with_capacity(spans.len());
        for r in spans {
            match out.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => out.push(r),
            }
        }
        out
    }

    /// The main clause's pieces: `0..len` with [`Self::stepped_over`] taken out.
    pub fn main_spans(&self, len: usize) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut from = 0;
        for r in self.stepped_over() {
            if r.start > from {
                out.push(from..r.start.min(len));
            }
            from = from.max(r.end);
        }
        if from < len {
            out.push(from..len);
        }
        out
    }

    /// Where reading resumes after byte `at` if it falls in a side clause: the end of the
    /// outermost clause holding it; `at` itself in the main clause.
    pub fn skip_from(&self, at: usize) -> usize {
        self.stepped_over()
            .into_iter()
            .find(|r| r.start <= at && at < r.end)
            .map_or(at, |r| r.end)
    }
}
