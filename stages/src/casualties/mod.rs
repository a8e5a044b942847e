//! `casualties.v1`: who was killed, injured or missing, how many, of which nationality.
//!
//! Per article, each sentence that can hold a casualty is tokenised; counted groups and
//! named people are found (`groups`), status phrases (`status`) are linked to their subject
//! or object (`extract`), sentences about other events are left out (`context`), and the
//! mentions are merged into one fact per distinct group (`merge`).
//!
//! `groups` finds counted groups (number + human head noun + nationality adjective or
//! demonym noun, `a couple`, `both gunmen`) and named people (with a role, after `named`,
//! or in lower case before an apposition or an age); `status` finds predicates (verbs,
//! nouns, adjectives: `were killed`, `death toll`, `unaccounted for`) from
//! `data/casualties/triggers.tsv`. Two layers then read constructions: `extract`, the clause
//! reader (a predicate's subject read backwards through auxiliaries, appositions, relative
//! clauses and shared subjects; its counted object; running tolls; lists sharing the
//! predicate; named-as sentences; the attacker and the `he`/`she` focus), and `rules`, one
//! module per further construction listed in `rules::RULES` with its class name
//! (`CLASSES.md`). To add a construction: a module with `read(&mut View, &mut Vec<Mention>)`
//! and its tests, listed in `RULES`, and sentences added to `constructions.txt`.
//!
//! A sentence holding no status word right after one that does is read only for a group's
//! nationality stated as a predicate (`the 14 crew members were all greek`,
//! `extract::restating`); merge gives that nationality to the group counted before. One
//! opening with `among them` or `N of them` is read for a part of that group (`next_parts`),
//! as is one whose counted subject refers back (`four were indonesian`, `of those, five
//! were ...`, `all of them were eritrean`): what a sentence may refer back to, what breaks
//! the link and the parts it tells are one model, `back_ref`.
//!
//! People reported missing and then said to be found (`were found safe`, `they returned
//! home`) are missing no more (`found_safe`, over the article's mentions before merging).
//!
//! What cancels a reading is checked where the reading is made: negation and threats,
//! modals and plans (`rules::phrase::hypothetical`), a status word describing a thing,
//! numbers that name (`designators.txt`; and any two-letter word that is no English word,
//! `two_letter_words.txt`), animals and things (`non_people.txt`), and other events
//! (`context`: dates, rates, earlier wars, a following sentence with no anchor of its own).
//! No rule reads capital letters without a lower-case path. Every fact carries `rule`, the
//! constructions it was read from, joined by `+`, and `part` (`listed` for a group of a list
//! sharing one predicate); reconcile adds up the listed groups of a sentence as it adds up a
//! breakdown. Titles and person nouns come from the shared people lexicon
//! (`stages/data/people/`, `src/lexicon.rs`) that quotes and reconcile read too.
//!
//! An article longer than the `window_bytes` parameter (default 1 MB, see
//! [`crate::windows`]) is read in windows of about that size cut after line breaks, each
//! sentence in the window holding its start, and each window as an article of its own: a
//! lone surname takes only a full name given in its window, and mentions are merged into
//! facts within a window (the same group stated in two windows is two facts). Whether the
//! text is lower-cased is still judged once, from the article's first sentences. Shorter
//! articles are read whole, as before.

mod back_ref;
mod clause_nationality;
mod context;
mod counted_parts;
mod court;
mod definite_object;
mod depicted;
mod event_frame;
mod extract;
mod found_safe;
mod groups;
mod lexicon;
mod merge;
mod nationality;
mod next_parts;
mod number_range;
mod numbers;
mod one_named;
mod part_object;
mod person_name;
mod rules;
mod said_tail;
mod side_clause;
mod status;
mod story_person;
mod suicide;
mod tokens;
mod toll_phrase;
mod toll_value;

use crate::params::Params;
use crate::records::{CasualtyFact, NormalisedArticle, RecordKind, Records, Sentence};
use crate::registry::StageSpec;
use crate::stage::{Scope, Stage, StageError, StageInput};

use groups::Ctx;
use lexicon::LEX;

pub fn spec() -> StageSpec {
    StageSpec {
        kind: "casualties.v1",
        scope: Scope::Article,
        needs: &[RecordKind::Normalised, RecordKind::Sentences],
        provides: RecordKind::Casualties,
        params: &[crate::windows::WINDOW_PARAM],
        build: |p: &Params| {
            Ok(Box::new(Casualties {
                window: crate::windows::window_bytes(p)?,
            }))
        },
    }
}

pub struct Casualties {
    /// Articles longer than this many bytes are read in windows (0: never).
    window: usize,
}

impl Stage for Casualties {
    fn run(&self, input: &StageInput<'_>) -> Result<Records, StageError> {
        let articles = input.normalised()?;
        let sentences = input.sentences()?;
        let mut out = Vec::new();
        for a in articles {
            // the engine gives one article's sentences; copy only if it ever gives more
            if sentences.iter().all(|s| s.article == a.article) {
                out.extend(facts_in_windows(a, sentences, self.window));
            } else {
                let own: Vec<Sentence> = sentences
                    .iter()
                    .filter(|s| s.article == a.article)
                    .cloned()
                    .collect();
                out.extend(facts_in_windows(a, &own, self.window));
            }
        }
        Ok(Records::Casualties(out))
    }
}

/// Whether the article is in the lower-cased bulk style: almost no capitals inside sentences
/// (a capital after a stop, `cpl. Bryon dickson`, is the bulk casing's own, not counted).
fn lower_cased(sentences: &[Sentence]) -> bool {
    let (mut words, mut caps) = (0usize, 0usize);
    for s in sentences.iter().take(12) {
        let (w, c) = word_starts(s.text.as_bytes());
        words += w;
        caps += c;
    }
    words >= 4 && caps * 50 < words
}

/// How many ASCII letters follow a space in `b`, and how many of those are capitals not
/// right after a stop and its space (`. B`).
fn word_starts(b: &[u8]) -> (usize, usize) {
    let (Some(&b0), Some(&b1)) = (b.first(), b.get(1)) else {
        return (0, 0);
    };
    let letter = |x: u8| (x | 0x20).wrapping_sub(b'a') < 26;
    let (mut words, mut caps) = (0usize, 0usize);
    if b0 == b' ' && letter(b1) {
        words += 1;
        caps += usize::from(b1.is_ascii_uppercase());
    }
    let (Some(next), Some(prev), Some(prev2)) =
        (b.get(2..), b.get(1..b.len() - 1), b.get(..b.len() - 2))
    else {
        return (words, caps);
    };
    // Written so that the compiler uses vector instructions (some 30 times faster than a
    // byte-at-a-time loop): equal blocks, small counters, indexing, no branches (`&`, not
    // `&&`) and letter tests as one subtraction each.
    for ((q, p), c) in prev2
        .chunks(128)
        .zip(prev.chunks(128))
        .zip(next.chunks(128))
    {
        let (mut w, mut k) = (0u8, 0u8);
        for i in 0..q.len().min(p.len()).min(c.len()) {
            let x = c[i];
            let letter = (x | 0x20).wrapping_sub(b'a') < 26;
            let start = (p[i] == b' ') & letter;
            w += u8::from(start);
            k += u8::from(start & (x.wrapping_sub(b'A') < 26) & (q[i] != b'.'));
        }
        words += usize::from(w);
        caps += usize::from(k);
    }
    (words, caps)
}

/// Whether a sentence may restate a group of the one before with a predicate: it opens
/// with `the`, `its` or `their` and holds `was` or `were`.
fn restates(text: &str) -> bool {
    let b = text.as_bytes();
    let opens = ["the ", "its ", "their "].iter().any(|w| {
        b.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w.as_bytes()))
    });
    (opens && (text.contains(" was ") || text.contains(" were ")))
        || next_parts::opens(text)
        || back_ref::opens(text, |w| LEX.numbers.contains_key(w))
}

/// Whether a segment is a dateline: standing alone (`Other`) and ending in a dash
/// (`clovis, n.m. ( ap ) —`, `( cnn ) --`).
fn dateline(s: &Sentence) -> bool {
    s.kind == crate::records::SegmentKind::Other && s.text.trim_end().ends_with(['—', '–', '-'])
}

/// The casualty facts of one article, given its sentences in reading order, read whole.
pub fn article_facts(article: &NormalisedArticle, sentences: &[Sentence]) -> Vec<CasualtyFact> {
    let lower = lower_cased(sentences);
    text_facts(&article.article, &article.text, sentences, lower, 0)
}

/// The casualty facts of one article, given its sentences in reading order: read whole when
/// it is at most `window` bytes long (or `window` is 0), else window by window
/// ([`crate::windows::windows`]), each sentence read in the window holding its start.
pub fn facts_in_windows(
    article: &NormalisedArticle,
    sentences: &[Sentence],
    window: usize,
) -> Vec<CasualtyFact> {
    let ranges = crate::windows::windows(&article.text, window);
    if ranges.len() == 1 {
        return article_facts(article, sentences);
    }
    let lower = lower_cased(sentences);
    let mut out = Vec::new();
    let mut first = 0;
    for r in ranges {
        let rest = sentences.get(first..).unwrap_or(&[]);
        let last = first + rest.partition_point(|s| s.start < r.end);
        let text = article.text.get(r).unwrap_or("");
        let own = sentences.get(first..last).unwrap_or(&[]);
        out.extend(text_facts(&article.article, text, own, lower, first));
        first = last;
    }
    out
}

/// The casualty facts of `text` (an article, or a window of one), given its sentences in
/// reading order, the first being sentence `first` of the article.
fn text_facts(
    id: &str,
    text: &str,
    sentences: &[Sentence],
    lower: bool,
    first: usize,
) -> Vec<CasualtyFact> {
    let lex = &*LEX;
    // only sentences holding a status word, a name cue or an attacker cue are read closely
    let mut tokens = tokens::Tokens::default();
    // ... and a sentence right after one of those that may say who the group was (`the 14
    // crew members were all greek`), read for that alone
    let mut before = false;
    let mut restating = Vec::new();
    let ranges: Vec<(usize, std::ops::Range<usize>)> = sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            let full = lex.prefilter.is_match(&s.text);
            let only = !full && before && restates(&s.text);
            before = full;
            restating.push(only);
            full || only
        })
        .map(|(i, s)| (i, tokens.push(&s.text)))
        .collect();
    // Classes are looked up once; each pass then reads one sentence's tokens at a time
    // (a 100 MB article's candidate tokens are not held twice).
    tokens.classify(lex);
    let mut toks = Vec::new();
    let mut st = extract::State::new();
    st.lower = lower;
    // per candidate, the token positions where the names pass found no name
    let mut no_names: Vec<Vec<bool>> = Vec::with_capacity(ranges.len());
    // names first, so a surname early on resolves to a full name given later
    for (i, r) in &ranges {
        if restating[*i] {
            no_names.push(Vec::new());
            continue;
        }
        tokens.toks_in(r.clone(), &mut toks);
        if lower {
            tokens::uncap_after_abbreviations(&mut toks);
        }
        let side = side_clause::SideClauses::default();
        let ctx = Ctx {
            lex,
            toks: &toks,
            text: &sentences[*i].text,
            article: text,
            lower,
            no_name: &[],
            side: &side,
        };
        let mut no_name = Vec::new();
        for (n, roles) in extract::names(&ctx, &mut no_name) {
            st.register(&n, &roles);
        }
        no_names.push(no_name);
    }
    let mut mentions = Vec::new();
    // whether an earlier sentence of the article told of casualties: until one has, a
    // sentence still opens the article's own event (bulk text puts captions, datelines and
    // page furniture before its first sentence), so `in a shooting at ...` or a full date is
    // no other event yet
    let mut told = first > 0;
    for ((i, r), no_name) in ranges.iter().zip(&no_names) {
        tokens.toks_in(r.clone(), &mut toks);
        if lower {
            tokens::uncap_after_abbreviations(&mut toks);
        }
        let side = side_clause::SideClauses::default();
        let ctx = Ctx {
            lex,
            toks: &toks,
            text: &sentences[*i].text,
            article: text,
            lower,
            no_name,
            side: &side,
        };
        if restating[*i] {
            mentions.extend(extract::restating(&ctx, &mut st, *i));
            continue;
        }
        // the sentence after a dateline (`clovis, n.m. ( ap ) —`) opens the story proper
        let lead = i
            .checked_sub(1)
            .and_then(|p| sentences.get(p))
            .is_some_and(dateline);
        let opening = if first + *i < 2 || lead {
            context::Opening::First
        } else if !told {
            context::Opening::Untold
        } else {
            context::Opening::Later
        };
        // "three robbers stormed a bank. one of them was shot dead": the perpetrators a
        // sentence not read counted, for a part referring back to them
        if let Some(prev) = i.checked_sub(1) {
            if st.last_perps.is_none_or(|(s, _)| s != prev)
                && back_ref::opens_of_them(&sentences[*i].text)
            {
                if let Some(n) = sentences
                    .get(prev)
                    .and_then(|p| back_ref::perpetrators_counted(lex, &p.text))
                {
                    st.last_perps = Some((prev, n));
                }
            }
        }
        let said = extract::sentence(&ctx, &mut st, *i, opening);
        told |= !said.is_empty();
        mentions.extend(said);
    }
    // a surname alone ("Mr. Roe") takes the full name the article gives in any sentence,
    // also one that says nothing of casualties
    let mut surnames = None;
    for m in &mentions {
        if let Some(n) = m.name.as_deref().filter(|n| !n.contains(' ')) {
            if !st.fullest(n).contains(' ') {
                let index = surnames.get_or_insert_with(|| person_name::Surnames::new(text));
                if let Some(full) = index.full_name(n, lower) {
                    st.register(&full, &[]);
                }
            }
        }
    }
    // one person described, then named in the next sentence, is the named one
    if !st.renamed.is_empty() {
        // ... and keeps the nationality the description gave (`an irish climber`)
        let nats: Vec<(usize, crate::records::Status, String)> = mentions
            .iter()
            .filter(|m| m.single && m.name.is_none() && m.count.value == 1)
            .filter(|m| st.renamed.contains(&(m.sentence, m.status)))
            .filter_map(|m| m.nat.clone().map(|n| (m.sentence, m.status, n)))
            .collect();
        for m in mentions
            .iter_mut()
            .filter(|m| m.name.is_some() && m.nat.is_none())
        {
            if let Some((_, _, n)) = nats
                .iter()
                .find(|(s, status, _)| s + 1 == m.sentence && *status == m.status)
            {
                m.nat = Some(n.clone());
            }
        }
        mentions.retain(|m| {
            !(m.single
                && m.name.is_none()
                && m.count.value == 1
                && m.role == crate::records::Role::Victim
                && st.renamed.contains(&(m.sentence, m.status)))
        });
    }
    // a lone word read as a surname stands only with the full name the article gives; in
    // lower-cased text, only when that name opens with a known given name
    mentions.retain(|m| {
        !m.lone
            || m.name.as_deref().is_some_and(|n| {
                let full = st.fullest(n);
                let first = full.split(' ').next().unwrap_or("");
                full.contains(' ') && (!lower || crate::lexicon::given_name(first).is_some())
            })
    });
    // in lower-cased text, a name keeps no description's words before it, and words of a
    // description alone (`a marine sergeant stationed at`) are no name
    if lower {
        for m in &mut mentions {
            if let Some(n) = m.name.take() {
                m.name = person_name::clean_lower(&n).map(str::to_string);
                m.lone &= m.name.is_some();
            }
        }
    }
    // people reported missing and then found (`were found safe`) are missing no more
    found_safe::undo(sentences, &mut mentions);
    merge::facts(id, sentences, mentions, &st)
}

#[cfg(test)]
mod tests;
