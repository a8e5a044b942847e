//! Noun phrases of the frame and what they name: a pronoun, a name (of a person or a
//! body), or a description (`the Tory MP`, `A spokesman`, `His family`).

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::frame::{strip_possessive, Frame, Kind};
use super::lexicon::{with_lowercase, Flags, Gender, PronounKind, LEXICON};

/// A role a person is described by: `Kingston MP`, `Bryan Singer's lawyer`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The role noun, lowercase and singular (`mp`, `prime minister`).
    pub head: String,
    /// Lowercase name words of whose the role is (`bryan singer`).
    pub possessor: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Possessor {
    Pronoun(PronounKind),
    Name(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mention<'a> {
    Pronoun(PronounKind),
    Name {
        /// The name's words as written (possessive dropped), slices of the text.
        words: Vec<&'a str>,
        org: bool,
        gender: Option<Gender>,
        roles: Vec<Role>,
    },
    Description {
        head: String,
        possessor: Option<Possessor>,
        definite: bool,
        /// `family`, `relatives`: a group speaking as one.
        group: bool,
        /// `spokesman`, `statement`: someone speaking for a body.
        spokes: bool,
        /// `the judges`: several people, not one.
        plural: bool,
        /// Capitalised words naming the body a spokesman speaks for (`a Surrey
        /// Police spokesman`).
        body: Vec<&'a str>,
        /// Words stand before the head (`the connecticut senator`, not `the senator`).
        modified: bool,
    },
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// Whether token `i` can stand inside a noun phrase (not at its edges' joiners).
fn np_word(f: &Frame<'_>, i: usize) -> bool {
    let t = &f.tokens[i];
    if t.kind != Kind::Word {
        return false;
    }
    // A cue word right after an article or a possessive is a noun (`the state
    // department`, `his report`), as `cue_at` reads it.
    let after_determiner = i > 0 && {
        let p = &f.tokens[i - 1];
        p.kind == Kind::Word && (p.has(Flags::DETERMINER) || p.has(Flags::POSSESSIVE))
    };
    // So is one that is a body's noun a little after one (`the westbrook post`).
    let body_noun = || t.flags.has(Flags::ORG) && body_noun_after_determiner(f, i);
    if t.flags.has(Flags::CUE)
        && !t.capital
        && !t.flags.has(Flags::ROLE)
        && !after_determiner
        && !body_noun()
        && !ends_country_name(f, i)
        && !cue_word_before_role(f, i)
    {
        return false;
    }
    if t.flags.has(Flags::ADVERB) && !t.capital && !modal_name_after_cue(f, i)
        || t.flags.has(Flags::FURNITURE)
    {
        return false;
    }
    if t.flags.has(Flags::FUNCTION) && !capitalised_inside(f, i) {
        return t.has(Flags::DETERMINER) || modal_name_after_cue(f, i);
    }
    true
}

/// `said will brandon ,`, `told may lin .`: a modal that is also a given name right after
/// a finite verb of saying, then one or two name words closed by punctuation, opens the
/// name (a modal there would need a verb: `what she said will happen`).
#[inline]
pub fn modal_name_after_cue(f: &Frame<'_>, i: usize) -> bool {
    // Asked of every small word of a phrase: the cheapest tests first.
    if i == 0 || !f.tokens[i - 1].has(Flags::CUE) || !super::speaker_name::is_name_modal(f.word(i))
    {
        return false;
    }
    let word = |k: usize| {
        f.tokens.get(k).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.has(Flags::FUNCTION)
                && !t.has(Flags::PRONOUN)
                && !t.has(Flags::CUE)
                && !t.has(Flags::ADVERB)
        })
    };
    let closes = |k: usize| {
        f.tokens
            .get(k)
            .is_none_or(|t| matches!(t.kind, Kind::Punct(_) | Kind::Break))
    };
    // A finite form of the cue (not `will say`).
    let said = with_lowercase(f.word(i - 1), |w| {
        w.ends_with('d') || w.ends_with('s') || w == "told" || w == "wrote"
    });
    // (`said will happen .`: an ordinary word after it is the modal's verb.)
    let name_word = |k: usize| {
        word(k) && (f.tokens[k].has(Flags::GIVEN) || !crate::lexicon::common_word(f.word(k)))
    };
    said && name_word(i + 1)
        && (closes(i + 2)
            || word(i + 2) && closes(i + 3) && !crate::lexicon::common_word(f.word(i + 2)))
}

/// Whether a determiner stands one or two plain words before token `i` (`the
/// westbrook post`, `a local news post`), none of them a cue, small word or pronoun.
pub fn body_noun_after_determiner(f: &Frame<'_>, i: usize) -> bool {
    (2..=3).any(|back| {
        i >= back
            && f.tokens[i - back].kind == Kind::Word
            && f.tokens[i - back].has(Flags::DETERMINER)
            && (i - back + 1..i).all(|k| {
                let t = &f.tokens[k];
                t.kind == Kind::Word
                    && !t.flags.has(Flags::CUE)
                    && !t.flags.has(Flags::FUNCTION)
                    && !t.flags.has(Flags::PRONOUN)
            })
    })
}

/// Whether the cue word at `i`, right after a cue verb, opens the phrase of a role or
/// a body instead of being a second verb (`said state senator ana roe`, `said report
/// author ana roe`, `said claims adjuster ana roe`, `said state health commissioner ana
/// roe`): a role, title, group, spokesman's or body's noun follows it, right after or
/// after one plain word. (A verb there would take a clause or an object: `he said state
/// funds ran out`.) One describing word may stand between the cue verb and the cue word
/// (`said former state treasurer ana roe`, `said fellow state sen. ana roe`).
#[inline]
pub fn cue_word_before_role(f: &Frame<'_>, i: usize) -> bool {
    let word = |k: usize| f.tokens.get(k).is_some_and(|t| t.kind == Kind::Word);
    if i == 0 || !word(i - 1) || !word(i) {
        return false;
    }
    if !f.tokens[i - 1].has(Flags::CUE) && !describer_after_cue(f, i - 1) {
        return false;
    }
    // (a form in `-ing` or a past form is the verb: `continued telling reporters`; a
    // form in `-s` is a plural noun or a verb, no word before a head noun: `denied
    // claims mr roe lobbied`; `press` keeps its double `s`)
    let verb_form = with_lowercase(f.word(i), |w| {
        w.len() > 4 && w.ends_with("ing") || ends_as_plural(w)
    });
    if verb_form || past_form(f, i) {
        return false;
    }
    let head = Flags::ROLE | Flags::TITLE | Flags::GROUP | Flags::SPOKES | Flags::ORG;
    let plain = Flags::CUE
        | Flags::FUNCTION
        | Flags::PRONOUN
        | Flags::DETERMINER
        | Flags::POSSESSIVE
        | Flags::ADVERB;
    for k in i + 1..=i + 2 {
        if !word(k) {
            return false;
        }
        let t = &f.tokens[k];
        if t.has(head) {
            return true;
        }
        if t.has(plain) {
            return false;
        }
    }
    false
}

/// Whether the word at `k`, right after a cue verb, is one plain describing word of a
/// phrase (`former`, `fellow`): lowercase, no cue, small word, pronoun, given name, head
/// noun, past form, `-ing` form or plural.
fn describer_after_cue(f: &Frame<'_>, k: usize) -> bool {
    let t = &f.tokens[k];
    let not = Flags::CUE
        | Flags::FUNCTION
        | Flags::PRONOUN
        | Flags::DETERMINER
        | Flags::POSSESSIVE
        | Flags::ADVERB
        | Flags::GIVEN
        | Flags::ROLE
        | Flags::TITLE
        | Flags::GROUP
        | Flags::SPOKES
        | Flags::ORG;
    k > 0
        && f.tokens[k - 1].kind == Kind::Word
        && f.tokens[k - 1].has(Flags::CUE)
        && t.kind == Kind::Word
        && !t.capital
        && !t.has(not)
        && !past_form(f, k)
        && !with_lowercase(f.word(k), |w| w.ends_with("ing") || ends_as_plural(w))
}

/// Country names of more than one word (`united states`), lowercase.
static COUNTRY_NAMES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    crate::data::nationality_forms("country_name")
        .filter(|c| c.contains(' '))
        .collect()
});

/// The last words of those names (`states`), asked first: most cue words end none.
static COUNTRY_LAST_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    COUNTRY_NAMES
        .iter()
        .filter_map(|c| c.rsplit(' ').next().map(str::to_string))
        .collect()
});

/// Whether the word at `i` ends a country's name with the one or two words before it.
pub fn ends_country_name(f: &Frame<'_>, i: usize) -> bool {
    if !with_lowercase(f.word(i), |w| COUNTRY_LAST_WORDS.contains(w)) {
        return false;
    }
    (1..=2).any(|back| {
        i >= back
            && (i - back..i).all(|k| f.tokens[k].kind == Kind::Word)
            && COUNTRY_NAMES.contains(
                &(i - back..=i)
                    .map(|k| f.word(k).to_lowercase())
                    .collect::<Vec<_>>()
                    .join(" "),
            )
    })
}

/// A capitalised word inside a sentence is a name even when it is also a small word
/// (`Theresa May`).
#[inline]
pub fn capitalised_inside(f: &Frame<'_>, i: usize) -> bool {
    let t = &f.tokens[i];
    t.capital
        && !f.lowercase
        && f.sentence_first(t.sentence()) != i
        && !f.word(i).eq_ignore_ascii_case("i")
        && !t.flags.has(Flags::PRONOUN)
}

/// Whether token `i` joins two capitalised words (`Esher and Walton`, `Ministry of
/// Defence`, `Clerk of the National ...`), or is a title's full stop (`Mr.`).
fn joiner(f: &Frame<'_>, i: usize) -> bool {
    let t = &f.tokens[i];
    let prev = i.checked_sub(1).map(|p| &f.tokens[p]);
    let next = f.tokens.get(i + 1);
    // "Barnes & Noble": `&` between two words of a name.
    if t.is_punct('&') {
        let word = |t: Option<&super::frame::Token>| {
            t.is_some_and(|t| t.kind == Kind::Word && !t.has(Flags::FUNCTION | Flags::CUE))
        };
        return word(prev) && word(next);
    }
    if t.is_punct('.') {
        // (a generational suffix ends a name, its stop joining only a cue after it:
        // `Bill Doe Jr. said`, not `holder jr. Bluntly declared`)
        return prev.is_some_and(|p| p.end() == t.start() && f.is_abbreviation(i - 1))
            && next.is_some_and(|n| {
                n.kind == Kind::Word
                    && (n.has(Flags::CUE) || !super::people::generational_suffix(f.word(i - 1)))
            });
    }
    if t.kind != Kind::Word {
        return false;
    }
    let w = f.word(i);
    if f.lowercase {
        // "the ministry of defence", "the union of rail workers": a body's noun takes
        // the `of` phrase that names it.
        // "amy bonner of trinidad": so does a given name and one more word.
        let person = i >= 2
            && prev.is_some_and(|p| p.kind == Kind::Word && !p.has(Flags::FUNCTION | Flags::CUE))
            && f.tokens[i - 2].kind == Kind::Word
            && f.tokens[i - 2].has(Flags::GIVEN);
        // "the department for transport": `for` joins a body's noun as `of` does.
        let body_prev = prev.is_some_and(|p| p.kind == Kind::Word && p.has(Flags::ORG));
        return (w == "of" && (person || body_prev) || w == "for" && body_prev)
            && next.is_some_and(|n| {
                n.kind == Kind::Word && !n.has(Flags::FUNCTION) && !n.has(Flags::CUE)
            });
    }
    let cap_prev = prev.is_some_and(|p| p.kind == Kind::Word && p.capital);
    let cap_next = next.is_some_and(|n| n.kind == Kind::Word && n.capital);
    if t.has(Flags::PARTICLE) {
        // "Sofia van der Berg": particles in a row join too.
        let particle_at = |k: usize| {
            f.tokens
                .get(k)
                .is_some_and(|n| n.has(Flags::PARTICLE) && !n.capital)
        };
        let cap_at = |k: usize| {
            f.tokens
                .get(k)
                .is_some_and(|n| n.kind == Kind::Word && n.capital)
        };
        // A particle before the surname opens a name's short form as well (`" ... ," van
        // der Berg said`, `said de Souza`): what comes after decides.
        return cap_next || particle_at(i + 1) && cap_at(i + 2);
    }
    if w == "of" || w == "and" || w == "for" {
        let next_the = next.is_some_and(|n| n.kind == Kind::Word && f.word(i + 1) == "the")
            && f.tokens.get(i + 2).is_some_and(|n| n.capital);
        return cap_prev && (cap_next || next_the);
    }
    if w == "the" {
        return prev.is_some_and(|p| p.kind == Kind::Word && f.word(i - 1) == "of") && cap_next;
    }
    false
}

const MAX_NP: usize = 12;

/// The noun phrase ending at token `last`, read backwards, not before `floor`.
pub fn np_backward(f: &Frame<'_>, last: usize, floor: usize) -> Option<(usize, usize)> {
    if last < floor || last >= f.tokens.len() {
        return None;
    }
    let t = &f.tokens[last];
    // "Bill Doe Jr. said": the stop of a generational suffix closes no phrase.
    if t.is_punct('.') && last > floor && super::people::generational_suffix(f.word(last - 1)) {
        return np_backward(f, last - 1, floor);
    }
    if t.kind == Kind::Word && t.flags.has(Flags::PRONOUN) && !f.tokens[last].has(Flags::POSSESSIVE)
    {
        return Some((last, last));
    }
    // "the editor herself said", "trump specifically denied": an emphatic reflexive or
    // an adverb in `-ly` closes the phrase before it.
    let word_before = last > floor && f.tokens[last - 1].kind == Kind::Word;
    let reflexive = || {
        let w = f.word(last).as_bytes();
        (w.len() >= 6 && (w.ends_with(b"self") || w.ends_with(b"selves")))
            && f.word_in(last, REFLEXIVES)
    };
    if t.kind == Kind::Word
        && (reflexive() || word_before && !t.capital && crate::lexicon::ly_word(f.word(last)))
    {
        return (last > floor)
            .then(|| np_backward(f, last - 1, floor))
            .flatten();
    }
    let mut first = None;
    let mut i = last;
    let mut words = 0;
    loop {
        let tok = &f.tokens[i];
        let initial = first.is_some() && f.initial_at(i);
        if tok.kind == Kind::Word && tok.has(Flags::DETERMINER) && first.is_some() && !initial {
            first = Some(i);
            break;
        }
        // "his onstage sentiment resembled his": an ordinary past form after a noun is
        // the verb of a clause, not a word of the phrase after it (`the injured man`,
        // `the newly elected mayor` keep theirs).
        if first.is_some() && i > 0 && !tok.capital && verb_after_noun(f, i) {
            break;
        }
        if tok.kind == Kind::Word && tok.has(Flags::POSSESSIVE) && first.is_some() {
            first = Some(i);
            break;
        }
        let inside = first.is_some() && joiner(f, i) || initial;
        if !(inside || (np_word(f, i) && !tok.has(Flags::DETERMINER))) {
            break;
        }
        first = Some(i);
        words += 1;
        if words >= MAX_NP || i == floor || i == 0 {
            break;
        }
        i -= 1;
    }
    // A phrase cannot start with a joiner.
    let mut s = first?;
    while s <= last
        && f.tokens[s].kind == Kind::Word
        && joiner(f, s)
        && !f.tokens[s].has(Flags::DETERMINER)
    {
        s += 1;
    }
    (s <= last).then_some((s, last))
}

/// The noun phrase starting at token `first`, read forwards, ending before `ceil`.
pub fn np_forward(f: &Frame<'_>, first: usize, ceil: usize) -> Option<(usize, usize)> {
    let ceil = ceil.min(f.tokens.len());
    if first >= ceil {
        return None;
    }
    let t = &f.tokens[first];
    if t.kind == Kind::Word
        && t.flags.has(Flags::PRONOUN)
        && !f.tokens[first].has(Flags::POSSESSIVE)
    {
        return Some((first, first));
    }
    let mut i = first;
    let mut last = None;
    // "one witness, tomasz nowak, told": a count of one before a role and its apposition
    // reads as an article.
    let one_role = f.word(i).eq_ignore_ascii_case("one")
        && f.tokens.get(i + 1).is_some_and(|n| n.has(Flags::ROLE))
        && f.tokens.get(i + 2).is_some_and(|n| n.is_punct(','));
    if t.kind == Kind::Word
        && (f.tokens[i].has(Flags::DETERMINER) || f.tokens[i].has(Flags::POSSESSIVE) || one_role)
    {
        i += 1;
    }
    while i < ceil && i - first < MAX_NP {
        let inside = last.is_some() && (joiner(f, i) || f.initial_at(i)) && i + 1 < ceil;
        // "trump specifically denied": an adverb in `-ly` ends the phrase; so does a
        // past form after a noun ("the president disputed media reports").
        if last.is_some()
            && !f.tokens[i].capital
            && (crate::lexicon::ly_word(f.word(i)) || verb_after_noun(f, i))
        {
            break;
        }
        if !(inside || (np_word(f, i) && !f.tokens[i].has(Flags::DETERMINER))) {
            break;
        }
        // A lowercase word after a name ends the phrase ("Herman says", "Singer has").
        if !inside && !f.lowercase && last.is_some() && !f.tokens[i].capital {
            let prev_cap = f.tokens[i - 1].capital;
            let flags = f.tokens[i].flags;
            let head =
                flags.has(Flags::ROLE) || flags.has(Flags::GROUP) || flags.has(Flags::SPOKES);
            // "the Corvan news agency", "the Tarsk city council": a body's noun one
            // lowercase word on closes the phrase too (`the Orbis press agency`: over a
            // head noun of its own).
            if prev_cap {
                let body_noun = |k: usize| {
                    k < ceil
                        && f.tokens[k].kind == Kind::Word
                        && !f.tokens[k].capital
                        && f.tokens[k].has(Flags::ORG)
                };
                let plain_word = np_word(f, i)
                    && !f.tokens[i]
                        .has(Flags::DETERMINER | Flags::FUNCTION | Flags::PRONOUN | Flags::CUE);
                if plain_word && body_noun(i + 1) {
                    last = Some(i + 1);
                    break;
                }
            }
            // ("the Danish model Lise Holm": a nationality adjective is no name; the
            // noun it modifies goes on with the phrase.)
            if prev_cap && !head && !super::speaker_name::is_adjective(f.word(i - 1)) {
                break;
            }
            // "Roe's family", "a River FM spokesman": the head noun ends the phrase.
            if prev_cap && (flags.has(Flags::GROUP) || flags.has(Flags::SPOKES)) {
                last = Some(i);
                break;
            }
        }
        // "the merrow football league fined ...": lower-cased, a body's noun before a
        // verb ends the phrase.
        let t = &f.tokens[i];
        if last.is_some() && !t.capital && t.flags.has(Flags::ORG) && verb_next(f, i + 1) {
            last = Some(i);
            break;
        }
        last = Some(i);
        i += 1;
    }
    last.map(|l| (first, l))
}

/// Emphatic reflexives (`the editor herself`).
const REFLEXIVES: &[&str] = &[
    "himself",
    "herself",
    "themselves",
    "itself",
    "myself",
    "ourselves",
    "yourself",
];

/// Whether the word at `k` is a past form (no given name) right after a lowercase word
/// of a phrase that is no given name, determiner, possessive, small word or adverb: a
/// verb (`sentiment resembled his`, `the president disputed media`; not `ali saeed`,
/// `team united director`, `chief khaled`). The past form must be an ordinary word or
/// take an object (a determiner, possessive or pronoun after it). So is a present form in
/// `-s` before its object ([`s_form_before_object`]: `orvane keeps a`).
fn verb_after_noun(f: &Frame<'_>, k: usize) -> bool {
    let t = &f.tokens[k];
    let p = &f.tokens[k - 1];
    // Flags first: this is asked of most words of a phrase read backwards.
    // (In lower-cased text a sentence's first word has the sentence's capital, not a
    // name's: `Varela began a message`.)
    let plain_before = t.kind == Kind::Word
        && !t.has(Flags::GIVEN)
        && p.kind == Kind::Word
        && (!p.capital || f.lowercase && f.sentence_first(p.sentence()) == k - 1)
        && !p.has(
            Flags::GIVEN | Flags::DETERMINER | Flags::POSSESSIVE | Flags::FUNCTION | Flags::ADVERB,
        );
    if !plain_before {
        return false;
    }
    let object = || {
        f.tokens
            .get(k + 1)
            .is_some_and(|n| n.has(Flags::DETERMINER | Flags::POSSESSIVE | Flags::PRONOUN))
    };
    // (`a nurse mending his nets`, `a witness holding a sign`: a form in `-ing` before its
    // object opens a clause that describes the noun, no word of its name)
    let ing = with_lowercase(f.word(k), |w| w.len() > 4 && w.ends_with("ing"));
    if ing && object() {
        return true;
    }
    // (`orvane keeps a tight lid`: a present form in `-s` before its object)
    if !past_form(f, k) {
        return s_form_before_object(f, k) && !f.word(k - 1).bytes().all(|b| b.is_ascii_digit());
    }
    let object = object();
    // (`the senate armed services committee`: a body's noun closes the phrase soon after)
    let body_after = || (k + 1..k + 3).any(|j| f.tokens.get(j).is_some_and(|n| n.has(Flags::ORG)));
    (object || !body_after() && crate::lexicon::common_word(f.word(k)))
        // (`newly elected`: any word in `-ly` before it reads as an adverb)
        && !f.word(k - 1).ends_with("ly")
        && !f.word(k - 1).bytes().all(|b| b.is_ascii_digit())
}

/// Whether the word at `k` reads as a verb: a cue, or a past form (`fined`).
fn verb_next(f: &Frame<'_>, k: usize) -> bool {
    f.tokens
        .get(k)
        .is_some_and(|t| t.kind == Kind::Word && (t.flags.has(Flags::CUE) || past_form(f, k)))
}

/// Whether the lower-cased word at `k` reads as a past-tense verb (`arrived`, `fined`,
/// `spent`).
pub fn past_form(f: &Frame<'_>, k: usize) -> bool {
    let w = f.word(k);
    w.len() > 4 && w.ends_with("ed") || crate::lexicon::irregular_past(w)
}

/// [`past_form`], or a four-letter word in `-ed` (not `-eed`) whose stem with its `e` is
/// an ordinary word (`used`, `aged`, `died`; not `fred`, `reed`): where a name's end is
/// told, right after a name's words.
pub fn past_verb(f: &Frame<'_>, k: usize) -> bool {
    let w = f.word(k);
    let b = w.as_bytes();
    past_form(f, k)
        || b.len() == 4
            && b[2..].eq_ignore_ascii_case(b"ed")
            && !b[1].eq_ignore_ascii_case(&b'e')
            && w.get(..3).is_some_and(crate::lexicon::common_word)
}

/// Whether the word at `k` is a verb's present form in `-s` before its object (`orvane
/// keeps a tight lid`, `the firm gets the contract`): an ordinary word made of an ordinary
/// word and `-s`/`-es`, then an article or an owner's pronoun. (A plural noun is rarely
/// followed straight by one; it is by a subject's pronoun: `things he said`.)
pub fn s_form_before_object(f: &Frame<'_>, k: usize) -> bool {
    let w = f.word(k);
    let t = &f.tokens[k];
    let object = f
        .tokens
        .get(k + 1)
        .is_some_and(|o| o.has(Flags::DETERMINER | Flags::POSSESSIVE));
    object
        && !t.has(Flags::GIVEN | Flags::ORG | Flags::ROLE | Flags::TITLE | Flags::GROUP)
        && crate::lexicon::common_word(w)
        && ordinary_s_form(w)
}

/// Whether `w` (any case) is an ordinary word's form in `-s`/`-es` (`draws`, `crowds`,
/// `reaches`): its stem is an ordinary word. Not `boss`, `bus`, `analysis`, `cnn's`,
/// which end in no verb's or plural's `-s`.
pub fn ordinary_s_form(w: &str) -> bool {
    let b = w.as_bytes();
    let n = b.len();
    if n < 4 || !b[n - 1].eq_ignore_ascii_case(&b's') {
        return false;
    }
    if matches!(b[n - 2].to_ascii_lowercase(), b's' | b'u' | b'i' | b'\'') || w.ends_with("’s") {
        return false;
    }
    w.get(..n - 1).is_some_and(crate::lexicon::common_word)
        || w.ends_with("es") && w.get(..n - 2).is_some_and(crate::lexicon::common_word)
}

/// What the phrase `first..=last` names.
pub fn classify<'a>(f: &Frame<'a>, first: usize, last: usize) -> Option<Mention<'a>> {
    if let Some(m) = ampersand_body(f, first, last) {
        return Some(m);
    }
    // Phrases are short; a long run of capitalised words is cut to its last words.
    let mut buf = [0usize; 32];
    let mut len = 0;
    for i in first..=last {
        if f.tokens[i].kind == Kind::Word {
            if len == buf.len() {
                buf.copy_within(1.., 0);
                len -= 1;
            }
            buf[len] = i;
            len += 1;
        }
    }
    let idx = &buf[..len];
    let (&head_idx, _) = idx.split_first()?;
    // (`Cooper, Jr., a writer, called`: a generational suffix alone names nobody)
    if idx.len() == 1 && super::people::generational_suffix(f.word(head_idx)) {
        return None;
    }
    if idx.len() == 1 {
        if let Some(p) = LEXICON.pronoun(f.word(head_idx)) {
            // "the mood matched his last tweet: Q": an owner's `his` or `their` before
            // the words that carry Q names the speaker (`her` may be an object).
            let owner = f.word_in(head_idx, &["his", "their"])
                && f.tokens
                    .get(head_idx + 1)
                    .is_some_and(|t| t.kind == Kind::Word);
            if !f.tokens[head_idx].has(Flags::POSSESSIVE) || owner {
                return Some(Mention::Pronoun(p));
            }
        }
    }
    let mut rest: &[usize] = idx;
    let mut definite = false;
    let mut determiner = false;
    let mut possessor = None;
    if let Some((&d, tail)) = rest.split_first() {
        let w = f.word(d);
        if f.tokens[d].has(Flags::DETERMINER) {
            definite = w.eq_ignore_ascii_case("the");
            determiner = true;
            rest = tail;
        } else if f.tokens[d].has(Flags::POSSESSIVE) {
            possessor = LEXICON.pronoun(w).map(Possessor::Pronoun);
            definite = true;
            rest = tail;
        }
    }
    // "the Ashvale-based company", "state-run Xinhua": a compound in `-based`, `-run`,
    // `-owned` describes what follows it and is no word of a name. Before a body's class
    // noun alone it leaves the class noun (`the company`); before a name, the name.
    if let [d, tail @ ..] = rest {
        if participle_compound(f.word(*d)) {
            // (alone, cased text's `the Ashvale-based company` cut before its noun)
            if tail.is_empty() {
                return None;
            }
            let plain = |i: usize| {
                let t = &f.tokens[i];
                (f.lowercase || !t.capital) && crate::lexicon::common_word(f.word(i))
            };
            if let [noun] = tail {
                if f.tokens[*noun].has(Flags::ORG) && plain(*noun) && possessor.is_none() {
                    return Some(description(f, tail, &[], None, definite));
                }
            }
            rest = tail;
        }
    }
    // "the Adeyemi family said": a family named by its surname speaks as a body.
    if let Some(m) = definite
        .then(|| named_family(f, rest, possessor.is_some()))
        .flatten()
    {
        return Some(m);
    }
    // "Port Alder's Department of Transport": a body's name owned by a place keeps
    // its owner, in either casing.
    // Not after a determiner (`the company's board of directors`: a common owner).
    if let Some(m) = (!determiner).then(|| owned_body(f, rest)).flatten() {
        return Some(m);
    }
    // "the sheriff's office", "the Cook County Sheriff's Office": a body's noun right
    // after the only possessive is the body of the possessor's office, named whole with
    // its possessive (not "Office").
    if let [.., p, last] = rest {
        let possessive = |i: usize| strip_possessive(f.word(i)).len() != f.word(i).len();
        if rest.len() <= 5
            && f.tokens[*last].has(Flags::ORG)
            && !possessive(*last)
            && possessive(*p)
            && rest[..rest.len() - 2].iter().all(|&i| !possessive(i))
            && !f.tokens[*p].has(Flags::POSSESSIVE)
        {
            return Some(Mention::Name {
                words: rest.iter().map(|&i| f.word(i)).collect(),
                org: true,
                gender: None,
                roles: Vec::new(),
            });
        }
    }
    // A possessive word ends the possessor: "Bryan Singer's lawyer Marty Singer".
    if let Some(p) = rest[..rest.len().saturating_sub(1)]
        .iter()
        .rposition(|&i| strip_possessive(f.word(i)).len() != f.word(i).len())
    {
        // Lower-cased, a role after it, or one ordinary word that is no body's
        // (`nguyen's response`, `ryan's announcement`; not `the sheriff's office`).
        let ordinary_after = rest.len() == p + 2 && {
            let last = rest[p + 1];
            !f.tokens[last]
                .flags
                .has(Flags::ORG | Flags::ROLE | Flags::TITLE | Flags::GIVEN)
                && crate::lexicon::common_word(f.word(last))
        };
        if !f.lowercase || rest.len() > p + 1 && has_role(f, &rest[p + 1..]) || ordinary_after {
            let words = rest[..=p]
                .iter()
                .map(|&i| lower(strip_possessive(f.word(i))))
                .collect();
            possessor = Some(Possessor::Name(words));
            definite = true;
            rest = &rest[p + 1..];
            if ordinary_after {
                return Some(description(f, rest, &[], possessor, definite));
            }
        }
    }
    if rest.is_empty() {
        return None;
    }
    if let ([i], None, false) = (rest, &possessor, determiner) {
        match lone_word(f, *i) {
            LoneWord::Name => {}
            LoneWord::Verb => return None,
            LoneWord::Word => return Some(description(f, rest, &[], None, false)),
        }
    }
    // "a lawyer representing Ana Roe": a role acting for someone names its holder's
    // client, not its holder: the client owns the role, as in `Roe's lawyer`.
    if let Some(m) = acting_for(f, rest, possessor.is_none(), definite) {
        return Some(m);
    }
    // "her memoir", "his blog": one word that is no given name after an owner's pronoun
    // is a thing of theirs, never a name (lower-cased, nothing else tells).
    if let ([i], Some(Possessor::Pronoun(_))) = (rest, &possessor) {
        if f.lowercase && !f.tokens[*i].flags.has(Flags::GIVEN) {
            let roles = roles_in(f, rest);
            return Some(description(f, rest, &roles, possessor, definite));
        }
    }
    if possessor.is_none() && nationality_description(f, rest) {
        let roles = roles_in(f, rest);
        return Some(description(f, rest, &roles, possessor, definite));
    }
    if f.lowercase {
        classify_lowercase(f, rest, possessor, definite, determiner)
    } else {
        classify_cased(f, rest, possessor, definite)
    }
}

/// Whether `word` is a compound adjective ending in a participle (`ashvale-based`,
/// `state-run`, `ride-hailing`, `family-owned`): after its last hyphen an ordinary word in
/// `-ed` (`based`), an `-ing` form of an ordinary word (`hailing`), or `run` / `led`.
/// Not a name's hyphen (`Mei-Ling`: the part is no ordinary word's form).
pub(super) fn participle_compound(word: &str) -> bool {
    let Some((head, part)) = word.rsplit_once('-') else {
        return false;
    };
    if head.is_empty() || part.len() < 3 {
        return false;
    }
    with_lowercase(part, |p| {
        matches!(p, "run" | "led")
            || p.len() >= 5 && p.ends_with("ed") && crate::lexicon::common_word(p)
            || p.len() >= 6
                && p.strip_suffix("ing").is_some_and(|stem| {
                    crate::lexicon::common_word(stem) || crate::lexicon::common_word(p)
                })
    })
}

/// `the syrian military`, `danish media`: a nationality adjective and one ordinary word
/// ([`crate::lexicon::common_word`], written without a capital where the text has
/// capitals) describe a speaker, as `the Syrian military` does in cased text; they name no
/// body (`the Free Alpine Army` and a capitalised `Austrian Alpine Club` do).
pub(super) fn nationality_description(f: &Frame<'_>, rest: &[usize]) -> bool {
    let [a, n] = rest else {
        return false;
    };
    let noun = &f.tokens[*n];
    (f.lowercase || !noun.capital)
        && !noun.has(Flags::GIVEN)
        && super::speaker_name::is_adjective(f.word(*a))
        && crate::lexicon::common_word(strip_possessive(f.word(*n)))
}

/// What one word standing alone is.
enum LoneWord {
    /// A name, or a word no test here decides.
    Name,
    /// A verb's form: no mention at all.
    Verb,
    /// An ordinary word: a description, no name.
    Word,
}

/// One word standing alone needs what a name needs. An ordinary word in `-ed` or `-ing`
/// is a verb's form in any casing (`the device was acquired, a spokeswoman said`, `by
/// sending texts`). Lower-cased, where a sentence's first word has only the sentence's
/// capital, an ordinary word that almost never stands in a name
/// ([`crate::lexicon::not_surname`]: `update`, `according`, `viewers`) is a word, a body's,
/// group's or role's noun aside (`police`), unless the article makes it a speaker twice
/// (`chance said ... chance told`). Either way not when the article writes it after a
/// given name or a title (`neil young ... young said`) or with a capital inside a
/// sentence.
fn lone_word(f: &Frame<'_>, i: usize) -> LoneWord {
    let t = &f.tokens[i];
    const NOUNS: u16 = Flags::GIVEN
        | Flags::ORG
        | Flags::GROUP
        | Flags::SPOKES
        | Flags::ROLE
        | Flags::TITLE
        | Flags::PRONOUN;
    if t.kind != Kind::Word || t.flags.has(NOUNS) {
        return LoneWord::Name;
    }
    let w = strip_possessive(f.word(i));
    // (the shape first, no list looked up: cased text only asks about verbs' endings)
    let b = w.as_bytes();
    let shaped =
        |end: &[u8]| b.len() > end.len() && b[b.len() - end.len()..].eq_ignore_ascii_case(end);
    if !f.lowercase && !shaped(b"ing") && !shaped(b"ed")
        || capitalised_inside(f, i)
        || !crate::lexicon::common_word(w)
    {
        return LoneWord::Name;
    }
    let verb = participle_opens(f, i) || past_verb(f, i);
    let word = !verb && f.lowercase && crate::lexicon::not_surname(w);
    if !(verb || word) || super::people::surname_elsewhere(f, i) {
        LoneWord::Name
    } else if verb {
        LoneWord::Verb
    } else if speaker_twice(f, w) {
        LoneWord::Name
    } else {
        LoneWord::Word
    }
}

/// Whether the one word at `i`, standing alone, is an ordinary word and no name
/// ([`lone_word`]).
pub(super) fn lone_ordinary_word(f: &Frame<'_>, i: usize) -> bool {
    matches!(lone_word(f, i), LoneWord::Word)
}

/// Whether the word `w` stands right before a cue (`chance said`) or right after a cue
/// word (`said chance`) twice or more in the frame.
fn speaker_twice(f: &Frame<'_>, w: &str) -> bool {
    let cue = |k: usize| f.tokens.get(k).is_some_and(|t| t.has(Flags::CUE));
    (0..f.tokens.len())
        .filter(|&k| {
            f.tokens[k].kind == Kind::Word
                && strip_possessive(f.word(k)).eq_ignore_ascii_case(w)
                && (cue(k + 1) || k > 0 && cue(k - 1))
        })
        .nth(1)
        .is_some()
}

/// Participles linking a role to the one it acts for (`a lawyer representing X`).
const ACTING_FOR: &[&str] = &["representing", "defending", "advising"];

/// `a lawyer representing (former clerk) Ana Roe`: a role, a participle of acting for
/// someone, then the client: a description of the role owned by the client's words.
fn acting_for<'a>(
    f: &Frame<'a>,
    rest: &[usize],
    unowned: bool,
    definite: bool,
) -> Option<Mention<'a>> {
    let j = rest.iter().position(|&i| f.word_in(i, ACTING_FOR))?;
    let (role, client) = (&rest[..j], &rest[j + 1..]);
    if !unowned || role.is_empty() || client.is_empty() || !has_role(f, role) {
        return None;
    }
    let words = client
        .iter()
        .map(|&i| lower(strip_possessive(f.word(i))))
        .collect();
    let roles = roles_in(f, role);
    Some(description(
        f,
        role,
        &roles,
        Some(Possessor::Name(words)),
        definite,
    ))
}

/// `Barnes & Noble`, `simon & schuster`: words joined by `&` name a firm (an article
/// before them aside), whatever the casing.
fn ampersand_body<'a>(f: &Frame<'a>, first: usize, last: usize) -> Option<Mention<'a>> {
    let amp = (first + 1..last).find(|&i| f.tokens[i].is_punct('&'))?;
    let words_only = (first..=last).all(|i| f.tokens[i].kind == Kind::Word || i == amp);
    let first = first + usize::from(f.tokens[first].has(Flags::DETERMINER));
    // (a firm's name is short, and holds no role: not `the school of hygiene &
    // tropical medicine prof lawn`)
    let short = amp - first <= 3 && last - amp <= 3 && f.word(first).chars().count() > 1;
    let no_role = (first..=last).all(|i| !f.tokens[i].has(Flags::ROLE | Flags::TITLE));
    // (names, not ordinary words: `armed & paid` is none; cased, every word has its
    // capital)
    let words = || (first..=last).filter(|&i| i != amp);
    let name_like = if f.lowercase {
        words().any(|i| !crate::lexicon::common_word(f.word(i)))
    } else {
        words().all(|i| f.tokens[i].capital)
    };
    (words_only && first < amp && short && no_role && name_like).then(|| Mention::Name {
        words: (first..=last).map(|i| f.word(i)).collect(),
        org: true,
        gender: None,
        roles: Vec::new(),
    })
}

/// `castria's ministry of finance`: a named possessor, then two words or more holding
/// a body's word and no role's (not `Acme's chief executive`), capitalised unless the
/// text is lower-cased. The whole phrase is the body's name, its owner kept.
fn owned_body<'a>(f: &Frame<'a>, rest: &[usize]) -> Option<Mention<'a>> {
    let p = rest
        .iter()
        .position(|&i| strip_possessive(f.word(i)).len() != f.word(i).len())?;
    // "st mary's hospital", "queen's university": after a saint's or a sovereign's
    // name one body word is enough (never `roe's hospital`).
    let dedicated = f.word_in(rest[0], DEDICATIONS)
        || strip_possessive(f.word(rest[0])).eq_ignore_ascii_case("queen");
    let least = if dedicated { 1 } else { 2 };
    let body = rest.get(p + 1..).filter(|b| b.len() >= least)?;
    let pronoun = p == 0 && LEXICON.pronoun(strip_possessive(f.word(rest[0]))).is_some();
    let cased = f.lowercase || body.iter().all(|&i| f.tokens[i].capital || joiner(f, i));
    let owned = !pronoun
        && cased
        && org_word_at(f, body)
        && !has_role(f, body)
        && body
            .iter()
            .all(|&i| strip_possessive(f.word(i)).len() == f.word(i).len());
    owned.then(|| Mention::Name {
        words: rest.iter().map(|&i| f.word(i)).collect(),
        org: true,
        gender: None,
        roles: Vec::new(),
    })
}

/// Words opening the name a body is dedicated to (`St Mary's Hospital`, `King Edward's
/// School`).
const DEDICATIONS: &[&str] = &["st", "st.", "saint", "king", "queen", "prince", "princess"];

fn org_word_at(f: &Frame<'_>, words: &[usize]) -> bool {
    words.iter().any(|&i| f.tokens[i].flags.has(Flags::ORG))
}

fn has_role(f: &Frame<'_>, words: &[usize]) -> bool {
    words.iter().any(|&i| f.tokens[i].flags.has(Flags::ROLE))
}

/// `the Adeyemi family`, `the adeyemi family`: after `the`, a surname-shaped word (a
/// capital in cased text; no ordinary word, listed kind or given name without one) and
/// `family`: the family as a body (`the royal family`, `the host family` stay
/// descriptions).
fn named_family<'a>(f: &Frame<'a>, rest: &[usize], owned: bool) -> Option<Mention<'a>> {
    let [name, noun] = rest else {
        return None;
    };
    if owned || !f.word(*noun).eq_ignore_ascii_case("family") {
        return None;
    }
    let t = &f.tokens[*name];
    let w = f.word(*name);
    let kinds = Flags::ORG
        | Flags::ROLE
        | Flags::TITLE
        | Flags::FUNCTION
        | Flags::GROUP
        | Flags::GIVEN
        | Flags::PRONOUN
        | Flags::CUE;
    let shaped = w
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && w.chars().count() >= 3
        && !t.has(kinds)
        && !crate::lexicon::common_word(w)
        && !super::speaker_name::is_adjective(w);
    (shaped && (t.capital || f.lowercase)).then(|| Mention::Name {
        words: vec![w, f.word(*noun)],
        org: true,
        gender: None,
        roles: Vec::new(),
    })
}

/// A name particle written small (`de`, `van`, `ní`) at `i`.
fn particle_inside(f: &Frame<'_>, i: usize) -> bool {
    let t = &f.tokens[i];
    t.kind == Kind::Word && !t.capital && t.has(Flags::PARTICLE)
}

/// Role words of `words` with their positions: (start, end exclusive, head).
fn roles_in(f: &Frame<'_>, words: &[usize]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let i = words[k];
        let t = &f.tokens[i];
        // "carla di benedetto": a title that is also a particle (`di`, detective
        // inspector) between a given name and another word is the particle.
        let particle = k > 0
            && k + 1 < words.len()
            && particle_inside(f, i)
            && f.tokens[words[k - 1]].has(Flags::GIVEN);
        if (t.flags.has(Flags::ROLE) || t.flags.has(Flags::TITLE)) && !particle {
            let w = lower(strip_possessive(f.word(i)));
            let mut end = k + 1;
            let mut head = w.clone();
            for rest in LEXICON.multi_roles(&w) {
                let n = rest.len();
                if k + 1 + n <= words.len()
                    && rest
                        .iter()
                        .zip(&words[k + 1..k + 1 + n])
                        .all(|(r, &j)| strip_possessive(f.word(j)).eq_ignore_ascii_case(r))
                {
                    end = k + 1 + n;
                    head = std::iter::once(w.as_str())
                        .chain(rest.iter().copied())
                        .collect::<Vec<_>>()
                        .join(" ");
                }
            }
            if end == k + 1 && !t.flags.has(Flags::TITLE) && LEXICON.only_role_prefix(&w) {
                // "Foreign Ministry": the start of "foreign secretary" alone is no role.
                k += 1;
                continue;
            }
            out.push((k, end, singular(&head)));
            k = end;
        } else {
            k += 1;
        }
    }
    out
}

/// A role noun in the singular (`lawyers` → `lawyer`, `mps` → `mp`).
pub fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("men") {
        return format!("{stem}man");
    }
    if word.len() > 2 && ends_as_plural(word) {
        return word[..word.len() - 1].to_string();
    }
    word.to_string()
}

/// Whether `word` ends as a plural in `-s` does (`officials`), not in `-ss` (`witness`),
/// as written (a capital `S` is not read); callers ask a length of their own.
pub fn ends_as_plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// Whether `singular(word) == noun`, told without building the singular.
pub fn singular_is(word: &str, noun: &str) -> bool {
    if let Some(stem) = word.strip_suffix("men") {
        return noun.strip_suffix("man") == Some(stem);
    }
    if word.len() > 2 && ends_as_plural(word) {
        return word.get(..word.len() - 1) == Some(noun);
    }
    word == noun
}

/// Whether `singular` leaves a lowercase word as it is.
fn is_singular(word: &str) -> bool {
    // The two endings `singular` rewrites.
    let men = word.ends_with("men");
    let plural_s = word.len() > 2 && ends_as_plural(word);
    !(men || plural_s)
}

fn is_acronym(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

fn title_gender(f: &Frame<'_>, words: &[usize]) -> Option<Gender> {
    words
        .iter()
        .filter_map(|&i| LEXICON.title(f.word(i)).and_then(|t| t.gender))
        .next()
}

fn title_roles(f: &Frame<'_>, words: &[usize]) -> Vec<Role> {
    let mut out = Vec::new();
    for &i in words {
        if let Some(t) = LEXICON.title(f.word(i)) {
            for r in &t.roles {
                out.push(Role {
                    head: (*r).to_string(),
                    possessor: Vec::new(),
                });
            }
        }
    }
    out
}

/// "Amy Bonner of Trinidad", "Professor Ian Hale of Leeds University": a person's name
/// (a given name first, no body's or role's word) before `of` and a place or a body is
/// that person, in either casing.
fn person_of<'a>(
    f: &Frame<'a>,
    rest: &[usize],
    possessor: bool,
    definite: bool,
) -> Option<Mention<'a>> {
    if definite || possessor {
        return None;
    }
    let k = rest.iter().position(|&i| f.word(i) == "of")?;
    let before = &rest[..k];
    let lead = before
        .iter()
        .take_while(|&&i| f.tokens[i].has(Flags::TITLE | Flags::ROLE))
        .count();
    let name = &before[lead..];
    let person = name.len() >= 2
        && f.tokens[name[0]].has(Flags::GIVEN)
        && name.iter().all(|&i| {
            let t = &f.tokens[i];
            (t.capital || f.lowercase) && !t.has(Flags::ORG | Flags::ROLE | Flags::FUNCTION)
        });
    person.then(|| Mention::Name {
        words: name.iter().map(|&i| strip_possessive(f.word(i))).collect(),
        org: false,
        gender: title_gender(f, &before[..lead]),
        roles: Vec::new(),
    })
}

fn classify_cased<'a>(
    f: &Frame<'a>,
    rest: &[usize],
    possessor: Option<Possessor>,
    definite: bool,
) -> Option<Mention<'a>> {
    // Numbers name nobody; "the 41-year-old" describes a person named before.
    let age = definite
        && rest.len() == 1
        && super::speaker_name::ends_with_ignore_case(f.word(rest[0]), "-year-old");
    if !age
        && rest
            .iter()
            .all(|&i| f.word(i).starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    if let Some(m) = person_of(f, rest, possessor.is_some(), definite) {
        return Some(m);
    }
    if rest.len() == 1 && !definite && possessor.is_none() {
        let i = rest[0];
        let w = strip_possessive(f.word(i));
        let role = f.tokens[i].flags.has(Flags::ROLE) || f.tokens[i].flags.has(Flags::TITLE);
        if f.tokens[i].flags.has(Flags::MONTH) && with_lowercase(w, |l| l.ends_with("day")) {
            return None;
        }
        if f.tokens[i].capital
            && (!role || capitalised_inside(f, i))
            && !is_acronym(w)
            && with_lowercase(w, is_singular)
        {
            return Some(Mention::Name {
                words: vec![w],
                org: f.tokens[i].flags.has(Flags::ORG),
                gender: None,
                roles: Vec::new(),
            });
        }
    }
    let roles = roles_in(f, rest);
    let possessor_words = match &possessor {
        Some(Possessor::Name(w)) => w.clone(),
        _ => Vec::new(),
    };
    let make_roles = |upto: usize| -> Vec<Role> {
        let mut out: Vec<Role> = roles
            .iter()
            .filter(|r| r.1 <= upto)
            .map(|r| Role {
                head: r.2.clone(),
                possessor: possessor_words.clone(),
            })
            .collect();
        out.extend(title_roles(f, &rest[..upto.min(rest.len())]));
        out
    };
    // The trailing run of name words after the last role or title.
    let mut end = rest.len();
    // A role written after a name: "James Cleverly MP"; not a body's word, which ends
    // the body's name ("New South Wales Police").
    if let Some(r) = roles.last() {
        let body_word = r.1 == r.0 + 1 && f.tokens[rest[r.0]].flags.has(Flags::ORG);
        if r.1 == rest.len() && r.0 >= 2 && !definite && possessor.is_none() && !body_word {
            let before = &rest[..r.0];
            // Not "a South Korean official": a nationality before a role is no name.
            let words: Vec<&str> = before.iter().map(|&i| f.word(i)).collect();
            if before
                .iter()
                .all(|&i| f.tokens[i].capital && !f.tokens[i].flags.has(Flags::ROLE))
                && !super::speaker_name::is_adjective(&words.join(" "))
            {
                end = r.0;
            }
        }
    }
    let mut start = end;
    while start > 0 {
        let i = rest[start - 1];
        let t = &f.tokens[i];
        let w = f.word(i);
        let role_like = roles.iter().any(|r| r.0 < start && start <= r.1);
        // A role noun last after a name is a surname ("Marty Singer"), unless an
        // acronym ("James Cleverly MP").
        let surname = start == end
            && start >= 2
            && !is_acronym(w)
            && f.tokens[rest[start - 2]].capital
            && !f.tokens[rest[start - 2]].flags.has(Flags::ROLE)
            && !f.tokens[rest[start - 2]].flags.has(Flags::TITLE);
        let name_word = t.capital && (!role_like || surname);
        // (a particle may open the name: `van der Berg said`, `said de Souza`)
        let particle = !t.capital && t.has(Flags::PARTICLE) && start < end;
        if !(name_word || particle) {
            break;
        }
        start -= 1;
    }
    let mut name: &[usize] = &rest[start..end];
    // "Democrat Jane Roe", "Iranian Ali Reza": a label in front of a person's name.
    while let [first, second, ..] = name {
        let w = strip_possessive(f.word(*first));
        let party = crate::lexicon::is_party_label(w);
        let demonym = f.tokens[*second].has(Flags::GIVEN) && super::speaker_name::is_adjective(w);
        if !(party || demonym) || org_word_at(f, name) {
            break;
        }
        name = &name[1..];
        start += 1;
    }
    // "Mayor of Pichilemu Roberto Córdova": after "of", the place comes first.
    let word_at = |k: usize| f.word(rest[k]);
    // Only after a role: "Bank of England" keeps its "of", "Courtesy of Ana Ruiz" does not.
    let role_first = roles.first().is_some_and(|r| r.0 == 0);
    let after_of = start > 0
        && role_first
        && (word_at(start - 1).eq_ignore_ascii_case("of")
            || start > 1
                && word_at(start - 1).eq_ignore_ascii_case("the")
                && word_at(start - 2).eq_ignore_ascii_case("of"));
    if after_of {
        name = if name.len() >= 3 {
            &name[name.len() - 2..]
        } else {
            &[]
        };
    }
    let org_word = |ws: &[usize]| ws.iter().any(|&i| f.tokens[i].flags.has(Flags::ORG));
    let acronym = |ws: &[usize]| ws.len() == 1 && is_acronym(f.word(ws[0]));
    // "Westfield General Hospital", "King Edward Hospital": a body's name may hold a
    // title word.
    if start > 0
        && !definite
        && possessor.is_none()
        && rest.len() <= 6
        && name
            .last()
            .is_some_and(|&i| f.tokens[i].flags.has(Flags::ORG))
        && rest.iter().all(|&i| f.tokens[i].capital)
    {
        return Some(Mention::Name {
            words: rest.iter().map(|&i| strip_possessive(f.word(i))).collect(),
            org: true,
            gender: None,
            roles: Vec::new(),
        });
    }
    // "the Marlow Fire and Rescue Service": a body's name runs over `and` after one to
    // four capitalised words that are no person's (no given name, role or title: not
    // `Ana Roe and Tarn Police`). "the Varden University of Science and Technology": an
    // `of` inside them too, when a body's noun stands before it.
    let body_of = |k: usize, i: usize| k > 0 && f.word(i) == "of";
    let and_before = (2..=6).contains(&start)
        && word_at(start - 1).eq_ignore_ascii_case("and")
        && rest[..start - 1].iter().enumerate().all(|(k, &i)| {
            body_of(k, i)
                || f.tokens[i].capital
                    && !f.tokens[i].has(Flags::GIVEN | Flags::ROLE | Flags::TITLE)
        });
    let of_at = rest[..start.saturating_sub(1)]
        .iter()
        .enumerate()
        .position(|(k, &i)| body_of(k, i));
    // (with `of`, the body's noun before it owns the name, and no person's word comes
    // after `and`: not `the Police of Harlow and Ana Roe`)
    let personal = |ws: &[usize]| {
        ws.iter()
            .any(|&i| f.tokens[i].has(Flags::GIVEN | Flags::ROLE | Flags::TITLE))
    };
    let owned = match of_at {
        Some(at) => org_word(&rest[..at]) && !personal(name),
        None => org_word(name),
    };
    if and_before && start <= 5 + usize::from(of_at.is_some()) && owned {
        return Some(Mention::Name {
            words: rest.iter().map(|&i| strip_possessive(f.word(i))).collect(),
            org: true,
            gender: None,
            roles: Vec::new(),
        });
    }
    // "Terrorist group Islamic State": a body's name after a description.
    if !after_of && start > 0 && !name.is_empty() && (org_word(name) || acronym(name)) {
        return Some(Mention::Name {
            words: name.iter().map(|&i| strip_possessive(f.word(i))).collect(),
            org: true,
            gender: None,
            roles: make_roles(start),
        });
    }
    // "Ministry of Defence", "University of Chile": a body's name runs over "of"; so
    // does "Department for Transport" over "for".
    let of = |k: usize| {
        word_at(k).eq_ignore_ascii_case("of")
            || word_at(k).eq_ignore_ascii_case("for") && k > 0 && org_word(&rest[k - 1..k])
    };
    let of_before = start > 0 && of(start - 1) || start > 1 && of(start - 2);
    if of_before
        && !role_first
        && org_word(rest)
        && rest.iter().all(|&i| f.tokens[i].capital || joiner(f, i))
    {
        return Some(Mention::Name {
            words: rest.iter().map(|&i| strip_possessive(f.word(i))).collect(),
            org: true,
            gender: None,
            roles: Vec::new(),
        });
    }
    // "CNN's Jake Tapper": a name after a named possessor is still a name.
    let named_possessor = matches!(possessor, Some(Possessor::Name(_)));
    if !name.is_empty()
        && !org_word(name)
        && !acronym(name)
        && (start > 0 || !definite || named_possessor && name.len() >= 2)
    {
        // "his daughter Lina": the role next to the name may say its gender, as in
        // lower-cased text.
        let gender = title_gender(f, &rest[..start]).or_else(|| {
            roles
                .iter()
                .rfind(|r| r.1 <= start)
                .and_then(|r| crate::lexicon::role_gender(&r.2))
        });
        return Some(Mention::Name {
            words: name.iter().map(|&i| strip_possessive(f.word(i))).collect(),
            org: false,
            gender,
            roles: make_roles(start),
        });
    }
    let first_is_role = roles.first().is_some_and(|r| r.0 == 0);
    let all_capital = rest.iter().all(|&i| f.tokens[i].capital || joiner(f, i));
    if !first_is_role && all_capital && (org_word(rest) || acronym(rest)) {
        return Some(Mention::Name {
            words: rest.iter().map(|&i| strip_possessive(f.word(i))).collect(),
            org: true,
            gender: None,
            roles: Vec::new(),
        });
    }
    if !first_is_role && all_capital && possessor.is_none() && !definite {
        return Some(Mention::Name {
            words: rest.iter().map(|&i| strip_possessive(f.word(i))).collect(),
            org: false,
            gender: None,
            roles: Vec::new(),
        });
    }
    if all_capital && definite && possessor.is_none() && !has_role(f, rest) {
        // "the BBC", "The Daily Beast": a body named with its article.
        return Some(Mention::Name {
            words: rest.iter().map(|&i| strip_possessive(f.word(i))).collect(),
            org: true,
            gender: None,
            roles: Vec::new(),
        });
    }
    Some(description(f, rest, &roles, possessor, definite))
}

fn description<'a>(
    f: &Frame<'a>,
    rest: &[usize],
    roles: &[(usize, usize, String)],
    possessor: Option<Possessor>,
    definite: bool,
) -> Mention<'a> {
    let (head, modified) = match roles.last() {
        Some(r) => (r.2.clone(), r.0 > 0),
        None => (
            singular(&lower(strip_possessive(f.word(rest[rest.len() - 1])))),
            rest.len() > 1,
        ),
    };
    let flags = |bit| rest.iter().any(|&i| f.tokens[i].flags.has(bit));
    let plural = !with_lowercase(strip_possessive(f.word(rest[rest.len() - 1])), is_singular);
    let body = rest
        .iter()
        .take_while(|&&i| !f.tokens[i].flags.has(Flags::SPOKES))
        .filter(|&&i| f.tokens[i].capital || joiner(f, i))
        .map(|&i| strip_possessive(f.word(i)))
        .collect::<Vec<_>>();
    // A lowercase body is kept only as one noun before the spokesman ("a hospital
    // spokesman"), for the body named so before.
    let lowercase = f.lowercase || body.iter().all(|w| !w.starts_with(char::is_uppercase));
    let body = if lowercase {
        spokes_noun(f, rest).into_iter().collect()
    } else {
        body
    };
    Mention::Description {
        plural,
        body,
        head,
        possessor,
        definite,
        group: flags(Flags::GROUP),
        spokes: flags(Flags::SPOKES),
        modified,
    }
}

/// Whether the word at `i` occurs elsewhere in the article.
fn repeated(f: &Frame<'_>, i: usize) -> bool {
    let w = strip_possessive(f.word(i));
    // The whole article is scanned: a word is compared only when its length allows it
    // (`strip_possessive` takes off 0, 2 or 4 bytes).
    let n = w.len();
    (0..f.tokens.len())
        .filter(|&k| {
            let t = &f.tokens[k];
            k != i
                && t.kind == Kind::Word
                && matches!(t.end() - t.start(), l if l == n || l == n + 2 || l == n + 4)
        })
        .any(|k| strip_possessive(f.word(k)).eq_ignore_ascii_case(w))
}

/// The plain noun just before a spokes word (`hospital` in `a hospital spokesman`).
fn spokes_noun<'a>(f: &Frame<'a>, rest: &[usize]) -> Option<&'a str> {
    let k = rest
        .iter()
        .position(|&i| f.tokens[i].flags.has(Flags::SPOKES))?;
    let &i = rest.get(k.checked_sub(1)?)?;
    let t = &f.tokens[i];
    let plain =
        !t.flags.has(Flags::ROLE) && !t.flags.has(Flags::FUNCTION) && !t.flags.has(Flags::SPOKES);
    (plain && !f.word(i).starts_with(char::is_uppercase)).then(|| f.word(i))
}

fn classify_lowercase<'a>(
    f: &Frame<'a>,
    rest: &[usize],
    possessor: Option<Possessor>,
    definite: bool,
    determiner: bool,
) -> Option<Mention<'a>> {
    if let Some(m) = person_of(f, rest, possessor.is_some(), definite) {
        return Some(m);
    }
    // "on thursday": a day names nobody, as in cased text.
    if let [i] = rest {
        if f.tokens[*i].flags.has(Flags::MONTH)
            && with_lowercase(f.word(*i), |l| l.ends_with("day"))
        {
            return None;
        }
    }
    if let Some(m) = publication_name(f, rest) {
        return Some(m);
    }
    let mut roles = roles_in(f, rest);
    // "health secretary imran sheikh": a title word closing the phrase after a role and
    // a name word is the name's last word.
    if let [.., before, last] = roles.as_slice() {
        if last.1 == rest.len() && last.1 - last.0 == 1 && before.1 < last.0 {
            roles.pop();
        }
    }
    // "said elif sen", "said tom rep", "said bob lord": a title word right after a given
    // name, closing the phrase, is the surname: a title opens a name, it does not end one.
    // So is a role word there (`said thelma monk`, `gordon foreman said`) when no article
    // or owner opens the phrase (`the chelsea manager` is a description).
    if let [only] = roles.as_slice() {
        let title = rest[only.0];
        // (not an owner's: `mariah carey's rep` is her representative)
        let given_before = only.0 >= 1
            && f.tokens[rest[only.0 - 1]].has(Flags::GIVEN)
            && strip_possessive(f.word(rest[only.0 - 1])).len() == f.word(rest[only.0 - 1]).len();
        let bare_title = f.tokens[title].has(Flags::TITLE) && !f.tokens[title].has(Flags::ROLE);
        let bare_phrase = !determiner && possessor.is_none();
        if only.1 == rest.len()
            && only.1 - only.0 == 1
            && given_before
            && (bare_title || bare_phrase && f.tokens[title].has(Flags::ROLE))
            && !f.word(title).ends_with('.')
        {
            roles.pop();
        }
    }
    // "westbridge police", "the city council": a body named by words before its noun.
    let body_noun = rest
        .last()
        .is_some_and(|&i| f.tokens[i].flags.has(Flags::ORG));
    let indefinite = determiner && !definite;
    if body_noun
        && (2..=4).contains(&rest.len())
        && !indefinite
        && possessor.is_none()
        && roles.len() <= 1
    {
        return Some(Mention::Name {
            words: rest.iter().map(|&i| strip_possessive(f.word(i))).collect(),
            org: true,
            gender: None,
            roles: Vec::new(),
        });
    }
    match roles.last() {
        Some(r) if r.1 < rest.len() => {
            let name = &rest[r.1..];
            // ("a colleague hoping to stay unnamed": a gerund after the role that almost
            // never stands in a name opens a participle's clause, not a name; `channing`,
            // `hawking` are names)
            if participle_opens(f, name[0])
                && crate::lexicon::not_surname(strip_possessive(f.word(name[0])))
            {
                return Some(description(f, &rest[..r.1], &roles, possessor, definite));
            }
            // (middle initials and a generational suffix count as no word: `gen. mark
            // a. welsh iii`; nor do particles before a surname: `professor ines de la
            // corvera`, `mayor ana van der berg`)
            let name_words = name
                .iter()
                .enumerate()
                .filter(|&(k, &i)| {
                    let inside = k > 0 && k + 1 < name.len() && particle_inside(f, i);
                    !(f.initial_at(i) || super::people::generational_suffix(f.word(i)) || inside)
                })
                .count();
            if name_words > 3 {
                return None;
            }
            // ("senate leader mitch mcconnell steered clear": no name word after it)
            let name = trim_name_tail(f, name);
            let possessor_words = match &possessor {
                Some(Possessor::Name(w)) => w.clone(),
                _ => Vec::new(),
            };
            // "said dr. dave monks": a title gives its roles (`the doctor said`), as in
            // cased text.
            let mut name_roles: Vec<Role> = roles
                .iter()
                .map(|r| Role {
                    head: r.2.clone(),
                    possessor: possessor_words.clone(),
                })
                .collect();
            // (one-word titles only: `vice president biden` is no president)
            for r in roles.iter().filter(|r| r.1 - r.0 == 1) {
                name_roles.extend(title_roles(f, &rest[r.0..r.1]));
            }
            // "his sister noor": the role next to the name may say its gender.
            let gender =
                title_gender(f, &rest[..r.1]).or_else(|| crate::lexicon::role_gender(&r.2));
            Some(Mention::Name {
                words: name.iter().map(|&i| strip_possessive(f.word(i))).collect(),
                org: false,
                gender,
                roles: name_roles,
            })
        }
        Some(_) => Some(description(f, rest, &roles, possessor, definite)),
        None => {
            let flags = |bit| rest.iter().any(|&i| f.tokens[i].flags.has(bit));
            if flags(Flags::GROUP) || flags(Flags::SPOKES) {
                return Some(description(f, rest, &roles, possessor, definite));
            }
            if let Some(p) = given_after_description(f, rest) {
                // "donald trump's outrageous claim": a possessive ends the name.
                let end = rest[p..]
                    .iter()
                    .position(|&i| strip_possessive(f.word(i)).len() != f.word(i).len())
                    .map_or(rest.len(), |k| p + k + 1);
                return Some(Mention::Name {
                    words: trim_name_tail(f, &rest[p..end])
                        .iter()
                        .map(|&i| strip_possessive(f.word(i)))
                        .collect(),
                    org: false,
                    gender: None,
                    roles: Vec::new(),
                });
            }
            // "a caller", "the car": a phrase with an article is a description.
            // "one resident": a count is not a name either.
            let counted = rest.len() > 1 && f.word(rest[0]).eq_ignore_ascii_case("one");
            // "the red cross", "the coast guard": a body named with its article.
            // "the taliban", said twice: a single word with its article is a body's name
            // when the article repeats it and it is no ordinary word; once ("the car"),
            // or an ordinary word ("the man", "the company"), it is a description.
            // "the swimmer lotte verhoeven": an article, a descriptor and two more
            // words with no body's word is a description then a name; so is "a
            // tearful ines ferro" when a given name opens the two.
            let given_after_one = f.tokens[rest[rest.len().saturating_sub(2)]].has(Flags::GIVEN)
                && !f.tokens[rest[0]].has(Flags::GIVEN);
            let described_name = (definite || determiner && given_after_one)
                && possessor.is_none()
                && rest.len() == 3
                && !org_word_at(f, rest)
                && rest.iter().enumerate().all(|(k, &i)| {
                    let w = f.word(i);
                    // (a given name may end like a plural: `ines`)
                    w.chars().all(char::is_alphabetic)
                        && (is_singular(w) || k > 0 && given_after_one)
                });
            let named_body = definite
                && possessor.is_none()
                && !described_name
                && ((2..=4).contains(&rest.len())
                    // (not `the 31-year-old`, said twice: an age names no body)
                    || rest.len() == 1
                        && !crate::lexicon::common_word(strip_possessive(f.word(rest[0])))
                        && repeated(f, rest[0])
                        && !f.word(rest[0]).contains(|c: char| c.is_ascii_digit()));
            if (determiner || counted) && !named_body && !described_name {
                return Some(description(f, rest, &roles, possessor, definite));
            }
            // Without capitals a body's name cannot be told from a phrase; keep the
            // words as written ("nato's resolute support mission"). A longer run with
            // no body's word is a description then a name ("mountain guide urs
            // ammann"): the last two words, or the last three when they open with a
            // given name (`marta mirazon lahr`, `mary ann costello`).
            // (Middle initials and a generational suffix count as no word: `conor p. j.
            // ferris` and `bill sterling jr.` are two.)
            let words_at: Vec<usize> = (0..rest.len())
                .filter(|&k| {
                    !f.initial_at(rest[k]) && !super::people::generational_suffix(f.word(rest[k]))
                })
                .collect();
            let long = words_at.len() >= 3 && !named_body && !org_word_at(f, rest);
            // "said the fisherman, choking back tears": a run opened by a gerund that is
            // no given name is a participle's clause, not a description then a name.
            // A given name in the run keeps it a name (`including betty buckley`).
            if long
                && !determiner
                && participle_opens(f, rest[0])
                && !rest.iter().any(|&i| f.tokens[i].has(Flags::GIVEN))
            {
                return None;
            }
            let rest = if long {
                // ("said ayman abdel nour,", "sofia van der berg": particles before the
                // last word take the word before them in too)
                let mut start = rest.len() - 1;
                while start > 1 && f.tokens[rest[start - 1]].has(Flags::PARTICLE) {
                    start -= 1;
                }
                let nth_last = |k: usize| words_at[words_at.len() - k];
                let given = f.tokens[rest[nth_last(3)]].has(Flags::GIVEN);
                // ("esperanza ruiz de leon": a given name before the word the
                // particles take in opens the name.)
                let mut from = if start < rest.len() - 1 {
                    if start >= 2 && f.tokens[rest[start - 2]].has(Flags::GIVEN) {
                        start - 2
                    } else {
                        start - 1
                    }
                } else {
                    nth_last(if given { 3 } else { 2 })
                };
                // ("pieter j. van der lind": initials before take the name they follow.)
                while from > 0 && f.initial_at(rest[from]) {
                    from -= 1;
                }
                &rest[from..]
            } else {
                rest
            };
            let rest = if named_body {
                rest
            } else {
                trim_name_tail(f, rest)
            };
            let words: Vec<&str> = rest.iter().map(|&i| f.word(i)).collect();
            (words.len() <= 5).then_some(Mention::Name {
                words,
                org: named_body,
                gender: None,
                roles: Vec::new(),
            })
        }
    }
}

/// Whether `word` is no name's word by the bulk corpus's positions
/// ([`crate::lexicon::not_surname`]) or by the cased sets' capitals
/// ([`crate::name_caps::ordinary`]: `became`, `speaks`, `announced`, which stand after a
/// given name often enough to stay off the positional list).
fn no_name_word(word: &str) -> bool {
    crate::lexicon::not_surname(word) || crate::name_caps::ordinary(word)
}

/// `said jon doe fresh from his tour`: in lower-cased text a person's name of three or
/// more words (a given name first, no body's noun) ends before a last word that almost never stands in a name
/// ([`no_name_word`]: `fresh`, `new`, `steered`, `became`), once a name word and its
/// surname come before it (no initial or particle right before: `mark a. welsh`, `van
/// der berg`; no word before that is no name's either), unless the article writes the word after a given name or a title
/// elsewhere (`mary ann best ... dr. best`).
fn trim_name_tail<'r>(f: &Frame<'_>, mut name: &'r [usize]) -> &'r [usize] {
    // A person's name: opened by a given name, with no body's noun in it (not `colorado
    // department of transportation`, `lamar independent school district`).
    let person = name.first().is_some_and(|&i| f.tokens[i].has(Flags::GIVEN))
        && name.iter().all(|&i| !f.tokens[i].has(Flags::ORG));
    if !person {
        return name;
    }
    while let [.., before, last] = name {
        let words = name.iter().filter(|&&i| !f.initial_at(i)).count();
        let b = &f.tokens[*before];
        if words < 3
            || f.initial_at(*before)
            || b.has(Flags::PARTICLE)
            || strip_possessive(f.word(*before)).len() != f.word(*before).len()
            || !no_name_word(f.word(*last))
            || f.tokens[*last].has(Flags::GIVEN)
            || super::people::surname_elsewhere(f, *last)
            // (`san diego zoo global`, `tiziana life sciences`: words before it that are
            // no name's either make no person's name)
            || name[..name.len() - 1].iter().any(|&i| {
                !f.tokens[i].has(Flags::GIVEN)
                    && !f.initial_at(i)
                    && crate::lexicon::not_surname(strip_possessive(f.word(i)))
            })
        {
            break;
        }
        name = &name[..name.len() - 1];
    }
    name
}

/// `company boss donald kagin`, `my colleague sarah`, `filmmaker david a. prior`: in
/// lower-cased text, ordinary words (no given name among them) and then a given name that
/// is no ordinary word, with at most two more words and no body's word after it, are a
/// description and then the name: the given name's position in `rest`.
fn given_after_description(f: &Frame<'_>, rest: &[usize]) -> Option<usize> {
    let p = rest
        .iter()
        .position(|&i| f.tokens[i].has(Flags::GIVEN) && !crate::lexicon::common_word(f.word(i)))?;
    let tail = rest[p + 1..].iter().filter(|&&i| !f.initial_at(i)).count();
    // A description is ordinary words, nationality adjectives and person nouns
    // (`danish model`, `slovak swimmer`); the noun right before the name may take up to
    // two words that modify it (`a show creator neil bracken`).
    // (not `will brandon`: a modal that is also a given name opens the name)
    let describes = |i: usize| {
        let w = f.word(i);
        crate::lexicon::common_word(w)
            || super::speaker_name::is_adjective(w)
            || crate::lexicon::epithet(w).is_some()
    };
    let head_noun = (1..=3).contains(&p) && crate::lexicon::epithet(f.word(rest[p - 1])).is_some();
    let described = rest[..p].iter().enumerate().all(|(k, &i)| {
        let t = &f.tokens[i];
        !t.has(Flags::GIVEN)
            // (a body's noun only right before the head noun: `radio host`, `news anchor`)
            && (describes(i) || head_noun && k + 1 < p && (!t.has(Flags::ORG) || k + 2 == p))
            && !super::speaker_name::is_name_modal(f.word(i))
    });
    let plain_tail = rest[p + 1..]
        .iter()
        .all(|&i| !f.tokens[i].has(Flags::ORG | Flags::ROLE | Flags::TITLE));
    (p >= 1 && tail <= 2 && described && plain_tail).then_some(p)
}

const PUBLICATION_WORDS: &str = include_str!("../../data/quotes/publications.txt");

/// The section of `data/quotes/publications.txt` before (`false`) or after (`true`) its
/// `[pieces]` line.
fn publication_section(pieces: bool) -> rustc_hash::FxHashSet<String> {
    let (nouns, rest) = PUBLICATION_WORDS
        .split_once("[pieces]")
        .unwrap_or((PUBLICATION_WORDS, ""));
    crate::data::lowercase(if pieces { rest } else { nouns }).collect()
}

/// Nouns for a newspaper, a broadcaster or a news agency (`data/quotes/publications.txt`):
/// the one-word nouns, and the two-word ones as pairs.
#[allow(clippy::type_complexity)]
static PUBLICATIONS: std::sync::LazyLock<(rustc_hash::FxHashSet<String>, Vec<(String, String)>)> =
    std::sync::LazyLock::new(|| {
        let mut one = rustc_hash::FxHashSet::default();
        let mut two = Vec::new();
        for line in publication_section(false) {
            match line.split_once(' ') {
                Some((a, b)) => two.push((a.to_string(), b.to_string())),
                None => {
                    one.insert(line);
                }
            }
        }
        (one, two)
    });

/// Nouns that make a compound with a publication's noun (`a blog post`).
static PIECES: std::sync::LazyLock<rustc_hash::FxHashSet<String>> =
    std::sync::LazyLock::new(|| publication_section(true));

/// `the official newspaper granma`, `the state news agency sana`: in lower-cased text, a
/// publication's noun and then one to three words, none a role's, title's or small
/// word nor another publication's noun, are the description and then the body's name.
/// A person's given name (no ordinary word) opening the words after it is no body's name
/// (`the magazine's anna ...`).
fn publication_name<'a>(f: &Frame<'a>, rest: &[usize]) -> Option<Mention<'a>> {
    let noun = |k: usize| {
        // (the listed nouns are 4 to 10 bytes long: most words are told by their length)
        let word = f.word(rest[k]);
        (4..=10).contains(&word.len())
            && with_lowercase(word, |w| {
                PUBLICATIONS.0.contains(w)
                    || k > 0
                        && PUBLICATIONS
                            .1
                            .iter()
                            .any(|(a, b)| b == w && f.word(rest[k - 1]).eq_ignore_ascii_case(a))
            })
    };
    let q = (0..rest.len().saturating_sub(1)).rev().find(|&k| noun(k))?;
    let name = &rest[q + 1..];
    let person =
        f.tokens[name[0]].has(Flags::GIVEN) && !crate::lexicon::common_word(f.word(name[0]));
    if person {
        return None;
    }
    let plain = name.iter().all(|&i| {
        let t = &f.tokens[i];
        let w = f.word(i);
        // (not `magazine executives`: a plural ordinary noun is the head of a phrase)
        let plural_noun = !is_singular(w) && crate::lexicon::common_word(w);
        !t.has(Flags::ROLE | Flags::TITLE | Flags::FUNCTION | Flags::GROUP | Flags::SPOKES)
            && !plural_noun
            && !with_lowercase(strip_possessive(w), |w| {
                PUBLICATIONS.0.contains(w) || PIECES.contains(w)
            })
    });
    (name.len() <= 3 && plain).then(|| Mention::Name {
        words: name.iter().map(|&i| strip_possessive(f.word(i))).collect(),
        org: true,
        gender: None,
        roles: Vec::new(),
    })
}

/// Whether the word at `i` is a gerund (`choking`, `fighting`) and no given name.
fn participle_opens(f: &Frame<'_>, i: usize) -> bool {
    let w = f.word(i);
    w.len() > 5 && w.ends_with("ing") && !w.contains('-') && !f.tokens[i].has(Flags::GIVEN)
}

#[cfg(test)]
mod tests {
    use super::super::{frame::Frame, marks::find_marks, pairing::pair};
    use super::*;

    #[test]
    fn plurals_end_in_s_not_ss() {
        for w in ["officials", "residents", "claims"] {
            assert!(ends_as_plural(w), "{w}");
        }
        for w in ["witness", "press", "official", "men"] {
            assert!(!ends_as_plural(w), "{w}");
        }
    }

    #[test]
    fn singular_is_singular_compared() {
        let words = [
            "", "s", "ss", "as", "bus", "boss", "lawyers", "lawyer", "mps", "mp", "firemen",
            "fireman", "men", "man", "women", "chairmen", "agencies", "police", "o's",
        ];
        for w in words {
            for noun in words {
                assert_eq!(singular_is(w, noun), singular(w) == noun, "{w} {noun}");
            }
        }
    }

    fn mention(text: &str) -> Option<Mention<'_>> {
        let quotes = pair(text, &find_marks(text));
        let f = Frame::build(text, &quotes);
        let last = f.tokens.len() - 1;
        classify(&f, 0, last)
    }

    fn name(text: &str) -> Vec<&str> {
        match mention(text) {
            Some(Mention::Name { words, .. }) => words,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn an_ing_form_before_its_object_ends_a_phrase_after_its_noun() {
        // `said a nurse mending his nets`: the clause describes the nurse, no name.
        for text in [
            "“No,” said a nurse mending his nets on the beach.",
            "\" no , \" said a nurse mending his nets on the beach .",
            "“No,” said a guard holding the gate shut.",
        ] {
            let quotes = pair(text, &find_marks(text));
            let f = Frame::build(text, &quotes);
            let at = |w: &str| (0..f.tokens.len()).find(|&k| f.word(k) == w).expect("word");
            let np = np_forward(&f, at("a"), f.tokens.len()).expect("phrase");
            assert_eq!(f.word(np.1), f.word(at("a") + 1), "{text}");
        }
        // A name in `-ing` after a role, with no object after it, stays (`said coach
        // fleming`).
        let f = Frame::build("said coach fleming on monday .", &[]);
        let np = np_forward(&f, 1, f.tokens.len()).expect("phrase");
        assert_eq!(f.word(np.1), "fleming");
    }

    #[test]
    fn a_cue_word_after_a_describing_word_opens_a_role() {
        let text =
            "she said former state treasurer lena marsk left . he said local voters state it";
        let f = Frame::build(text, &[]);
        let at = |w: &str| (0..f.tokens.len()).find(|&k| f.word(k) == w).expect("word");
        // `said former state treasurer`: one describing word, then the role's noun.
        assert!(cue_word_before_role(&f, at("state")));
        // `said local voters state it`: a plural after the cue is a subject, and `state`
        // two words on no role's first word.
        let last_state = (0..f.tokens.len()).rev().find(|&k| f.word(k) == "state");
        assert!(!cue_word_before_role(&f, last_state.expect("word")));
    }

    #[test]
    fn a_word_is_repeated_in_any_case_and_with_a_possessive() {
        let text =
            "the velmar said so . velmar's board agreed ; the VELMAR’s rivals and velmars did not";
        let f = Frame::build(text, &[]);
        let at = |w: &str| (0..f.tokens.len()).find(|&k| f.word(k) == w).expect("word");
        assert!(repeated(&f, at("velmar")));
        assert!(repeated(&f, at("VELMAR’s")));
        // "board" and "rivals" occur once; "velmars" is another word.
        assert!(!repeated(&f, at("board")));
        assert!(!repeated(&f, at("rivals")));
        assert!(!repeated(&f, at("velmars")));
    }

    #[test]
    fn a_lowercase_run_opened_by_a_gerund_is_no_name() {
        for text in [
            "choking back tears",
            "fighting back tears of joy",
            "holding up a sign",
        ] {
            assert!(mention(text).is_none(), "{text}: {:?}", mention(text));
        }
        // A given name in the run keeps it a name.
        assert_eq!(name("including betty okafor"), vec!["betty", "okafor"]);
    }

    #[test]
    fn names_lose_roles_and_titles() {
        assert_eq!(name("Kingston MP Jane Doe"), vec!["Jane", "Doe"]);
        assert_eq!(name("Prime Minister Jane Doe"), vec!["Jane", "Doe"]);
        assert_eq!(name("John Smith MP"), vec!["John", "Smith"]);
        assert_eq!(name("Mrs Doe"), vec!["Doe"]);
        assert_eq!(name("Mayor of Springfield Ana Ruiz"), vec!["Ana", "Ruiz"]);
        assert_eq!(name("Acme's lawyer Bob Stone"), vec!["Bob", "Stone"]);
        assert_eq!(name("Riverside and Hill MP Tom Ash"), vec!["Tom", "Ash"]);
    }

    #[test]
    fn a_body_owned_by_a_place_keeps_its_owner() {
        let owned = [
            "Castria's Ministry of Finance",
            "castria's ministry of finance",
        ];
        for text in owned {
            assert_eq!(name(text).len(), 4, "{text}");
            assert!(matches!(
                mention(text),
                Some(Mention::Name { org: true, .. })
            ));
        }
        // A person after a named possessor, and a common owner, are no such body.
        assert_eq!(name("Acme's lawyer Bob Stone"), vec!["Bob", "Stone"]);
        let common = mention("the company's board of directors");
        assert!(
            !matches!(&common, Some(Mention::Name { words, .. }) if words.len() == 4),
            "{common:?}"
        );
    }

    #[test]
    fn bodies_are_organisations() {
        for text in [
            "Northshire Police",
            "the Ministry of Water Supply",
            "the BBC",
        ] {
            assert!(
                matches!(mention(text), Some(Mention::Name { org: true, .. })),
                "{text}"
            );
        }
    }

    #[test]
    fn descriptions_keep_their_head() {
        match mention("The Tory MP") {
            Some(Mention::Description { head, definite, .. }) => {
                assert_eq!(head, "mp");
                assert!(definite);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            mention("A spokesman"),
            Some(Mention::Description { spokes: true, .. })
        ));
        assert!(matches!(
            mention("His family"),
            Some(Mention::Description {
                group: true,
                possessor: Some(Possessor::Pronoun(PronounKind::Male)),
                ..
            })
        ));
        assert!(matches!(
            mention("Acme's lawyers"),
            Some(Mention::Description { ref head, .. }) if head == "lawyer"
        ));
    }

    #[test]
    fn pronouns() {
        assert_eq!(mention("She"), Some(Mention::Pronoun(PronounKind::Female)));
        assert_eq!(mention("they"), Some(Mention::Pronoun(PronounKind::Plural)));
    }
}
