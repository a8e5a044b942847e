//! Which marked spans are somebody's words: a small linear model that tells a
//! quotation from a title, a name, a nickname, a term or a scare quote.
//!
//! Each feature ([`NAMES`]) reads the quoted words, the words around the marks or the
//! attribution found; the span's score is the model's bias plus the weights of the
//! features it has, and it is no quotation when the score is at or below the model's
//! `keep` cut. Every feature but `title_cased` reads words in any case, so the
//! lower-cased bulk style takes the same path as full text (capitals are read only for
//! text that has them). The word lists are `data/quotes/span_words.txt`; the weights
//! are `data/quotes/span_weights.tsv`, written by `eval/blind/quotes/train_span_model.py
//! ship`: those set by hand (the rules below, `data/quotes/span_prior.tsv`) and, for the
//! features of a work's title (`work_near`, `such_as`, `year_after`) and of a title or
//! a term in a sentence's noun phrase (`opens_verb`, `modifier_before`,
//! `opens_unreported`) and of a name given in the passive (`names_bare`) and of the
//! quoted words' own shape (`of_phrase`, `stop_bare`), weights fitted to the project's
//! opened blind labels (through [`super::span_features`]).
//!
//! Against a quotation (negative):
//! - `and` or `or` right before the marks after a quotation so named (`starred in
//!   "Blue Lake" and "The Night Train"`);
//! - a verb of telling right before the marks, or before a determiner or possessive
//!   before them: its first object is the hearer (`told "Morning Report"`, `told
//!   CBS's "Face the Nation"`);
//! - a naming word right before the marks: `a page called "…"`, `the so-called "…"`,
//!   `the word "…"`, `the film "…"`, `the show "…"` (a noun that is also a verb only
//!   after a determiner or a possessive);
//! - a naming verb in the passive right before the marks or an article there: `is often
//!   called a "…"`, `what has been dubbed a "…"` (feature `names_bare`, fitted);
//! - the quoted words modify the next word: strongly when it is a noun that bears
//!   names (`a "kettling" tactic`, `the "…" website`), when they stand between two
//!   words of a name (`Tomas "Tiny" Halloran`) or are hyphened to it (`a
//!   "frat-house"-style office`), weakly otherwise (`a "peripheral" figure`);
//! - a term spoken of as a word: `"arrogance" is another`, `"burgi" (fortifications)`,
//!   or defined by a relative clause: `one of many "layaway angels" who ...`;
//! - one or two words after `the` (`the "undead"`);
//! - one or two words inside a sentence, with no cue nor a word that reports somebody's
//!   words in that sentence (`the coins he had "mined" were worth`, `a cross-border
//!   "caliphate"`, `a large "100"`): a term or a scare quote, where a short partial
//!   quotation is reported (`the delay was "regrettable," she said`);
//! - a title opening its sentence or clause as the subject of the verb right after the
//!   marks (`"Harbour Nights" was the station's most watched programme`, feature
//!   `opens_verb`), and a noun phrase's head after a determiner and a word shaped as a
//!   modifier (`the famed "Copper Kettle"`, `a three-day "forensic sweep"`, feature
//!   `modifier_before`), and a few words with no verb opening their sentence or a clause
//!   in a sentence with no cue nor a word that reports speech (`Less a thriller than a
//!   chore, "The Long Road" sets out slowly`, feature `opens_unreported`: whatever
//!   speaker the text before offers, the clause reports nothing); a few words with no
//!   verb that the sentence goes on around
//!   (`embedded`) are read too, and weigh nothing: the opened labels count as many short
//!   partial quotations so placed as terms;
//! - the quoted words' own shape, weakly: a few words with no verb nor speaker holding
//!   `of` between two of them (`the widow of the mill`, feature `of_phrase`), or one to
//!   three content words closed by a stop inside the marks (`a column, "Copper
//!   Fever."`, feature `stop_bare`); short partial quotations share both shapes.
//!
//! For a quotation (positive): a first- or second-person subject (`I`, `we`, `you`),
//! length, sentence punctuation inside the marks, a verb that calls something by the
//! quoted words a few words before (`called the plan "a disaster"`), and a cue earlier
//! in the sentence (reported speech: `she said the attacker was a "peripheral" figure`).

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use super::attribution::Attribution;
use super::frame::{Frame, Kind, Token};
use super::lexicon::Flags;
use super::pairing::Quotation;

const WORDS: &str = include_str!("../../data/quotes/span_words.txt");
const MODEL_FILE: &str = include_str!("../../data/quotes/span_weights.tsv");

/// A linear model over [`NAMES`]: a span's score is `bias` plus the weights of its
/// features; it is a quotation above `keep`, worth a second reading without a cue from
/// `read_again`, and speaks on its own from `alone` (a cut a file leaves out is 0).
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub bias: f32,
    pub weights: [f32; N],
    pub keep: f32,
    pub read_again: f32,
    pub alone: f32,
}

impl Model {
    /// Reads `name<TAB>value` lines: `bias`, one line per feature of [`NAMES`] in any
    /// order, and the cuts `cut.keep`, `cut.read_again`, `cut.alone`.
    pub fn parse(src: &str) -> Result<Model, String> {
        let mut m = Model {
            bias: 0.0,
            weights: [0.0; N],
            keep: 0.0,
            read_again: 0.0,
            alone: 0.0,
        };
        let mut seen = [false; N];
        for (no, line) in src.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, value) = line
                .split_once('\t')
                .ok_or_else(|| format!("line {}: expected `name<TAB>value`", no + 1))?;
            let value: f32 = value
                .trim()
                .parse()
                .map_err(|e| format!("line {}: `{value}` is no number: {e}", no + 1))?;
            match name {
                "bias" => m.bias = value,
                "cut.keep" => m.keep = value,
                "cut.read_again" => m.read_again = value,
                "cut.alone" => m.alone = value,
                _ => {
                    let k = NAMES
                        .iter()
                        .position(|n| *n == name)
                        .ok_or_else(|| format!("line {}: no feature `{name}`", no + 1))?;
                    m.weights[k] = value;
                    seen[k] = true;
                }
            }
        }
        match seen.iter().position(|s| !s) {
            Some(k) => Err(format!("no weight for feature `{}`", NAMES[k])),
            None => Ok(m),
        }
    }

    pub fn score(&self, x: &Features) -> f32 {
        self.weights
            .iter()
            .zip(x.0.iter())
            .fold(self.bias, |s, (w, v)| s + w * v)
    }
}

static MODEL: LazyLock<Model> = LazyLock::new(|| {
    Model::parse(MODEL_FILE)
        .unwrap_or_else(|e| panic!("data/quotes/span_weights.tsv (built in): {e}"))
});

struct Lists {
    naming: HashSet<&'static str>,
    work: HashSet<&'static str>,
    naming_after_determiner: HashSet<&'static str>,
    name_head: HashSet<&'static str>,
    closed: HashSet<&'static str>,
    evaluative: HashSet<&'static str>,
    performed_in: HashSet<&'static str>,
    speaker_pronoun: HashSet<&'static str>,
    auxiliary: HashSet<&'static str>,
    hearer: HashSet<&'static str>,
    preposition: HashSet<&'static str>,
    on_air: HashSet<&'static str>,
    work_part: HashSet<&'static str>,
    reported: HashSet<&'static str>,
    genre: HashSet<&'static str>,
    usage_verb: HashSet<&'static str>,
    usage_verb_after: HashSet<&'static str>,
    generic_subject: HashSet<&'static str>,
    naming_as: HashSet<&'static str>,
    naming_verb: HashSet<&'static str>,
    /// The first bytes (ASCII, lower case) of the speaker pronouns and their longest
    /// length: a word failing either is no speaker pronoun, without lower-casing it.
    pronoun_first: [bool; 128],
    pronoun_len: usize,
}

impl Lists {
    /// Whether `word`, lower-cased, is a speaker pronoun.
    fn is_speaker_pronoun(&self, word: &str) -> bool {
        let may = word.len() <= self.pronoun_len
            && word.as_bytes().first().is_some_and(|&b| match b {
                // `’`, read as `'`
                0xE2 => self.pronoun_first[usize::from(b'\'')],
                _ => self
                    .pronoun_first
                    .get(usize::from(b.to_ascii_lowercase()))
                    .is_some_and(|&f| f),
            });
        may && self.speaker_pronoun.contains(Lower::of(word).as_str())
    }
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let mut lists = Lists {
        naming: HashSet::default(),
        work: HashSet::default(),
        naming_after_determiner: HashSet::default(),
        name_head: HashSet::default(),
        closed: HashSet::default(),
        evaluative: HashSet::default(),
        performed_in: HashSet::default(),
        speaker_pronoun: HashSet::default(),
        auxiliary: HashSet::default(),
        hearer: HashSet::default(),
        preposition: HashSet::default(),
        on_air: HashSet::default(),
        work_part: HashSet::default(),
        reported: HashSet::default(),
        genre: HashSet::default(),
        usage_verb: HashSet::default(),
        usage_verb_after: HashSet::default(),
        generic_subject: HashSet::default(),
        naming_as: HashSet::default(),
        naming_verb: HashSet::default(),
        pronoun_first: [false; 128],
        pronoun_len: 0,
    };
    let mut section = "";
    for line in crate::data::lines(WORDS) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
            continue;
        }
        let set = match section {
            "naming" => &mut lists.naming,
            "work" => &mut lists.work,
            "naming_after_determiner" => &mut lists.naming_after_determiner,
            "name_head" => &mut lists.name_head,
            "closed" => &mut lists.closed,
            "evaluative" => &mut lists.evaluative,
            "performed_in" => &mut lists.performed_in,
            "speaker_pronoun" => &mut lists.speaker_pronoun,
            "auxiliary" => &mut lists.auxiliary,
            "hearer" => &mut lists.hearer,
            "preposition" => &mut lists.preposition,
            "on_air" => &mut lists.on_air,
            "work_part" => &mut lists.work_part,
            "reported" => &mut lists.reported,
            "genre" => &mut lists.genre,
            "usage_verb" => &mut lists.usage_verb,
            "usage_verb_after" => &mut lists.usage_verb_after,
            "generic_subject" => &mut lists.generic_subject,
            "naming_as" => &mut lists.naming_as,
            "naming_verb" => &mut lists.naming_verb,
            _ => continue,
        };
        set.insert(line);
    }
    for p in &lists.speaker_pronoun {
        if let Some(slot) = p.as_bytes().first().and_then(|b| {
            lists
                .pronoun_first
                .get_mut(usize::from(b.to_ascii_lowercase()))
        }) {
            *slot = true;
        }
        // Lower::of maps `’` (3 bytes) to `'` (1 byte): a word may be longer than its entry.
        lists.pronoun_len = lists.pronoun_len.max(p.len() + 2 * p.matches('\'').count());
    }
    lists
});

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
];

/// A word lowercased on the stack (ASCII, the curly apostrophe read as `\''); a
/// longer or other word reads as empty, which no list holds.
struct Lower {
    buf: [u8; 32],
    len: usize,
}

impl Lower {
    fn of(word: &str) -> Lower {
        let mut out = Lower {
            buf: [0; 32],
            len: 0,
        };
        for c in word.chars() {
            let b = match c {
                '’' => b'\'',
                c if c.is_ascii() => c.to_ascii_lowercase() as u8,
                _ => return Lower { len: 0, ..out },
            };
            let Some(slot) = out.buf.get_mut(out.len) else {
                return Lower { len: 0, ..out };
            };
            *slot = b;
            out.len += 1;
        }
        out
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// The lowercased word at token `i`, when it is a word.
fn word_at(f: &Frame<'_>, i: usize) -> Option<Lower> {
    let t = f.tokens.get(i)?;
    (t.kind == Kind::Word).then(|| Lower::of(f.word(i)))
}

/// [`word_at`] of token `i` when it stands in sentence `s`.
fn word_in_sentence(f: &Frame<'_>, i: usize, s: usize) -> Option<Lower> {
    f.tokens
        .get(i)
        .filter(|k| k.sentence() == s)
        .and_then(|_| word_at(f, i))
}

fn is_determiner(w: &str) -> bool {
    DETERMINERS.contains(&w) || w.ends_with("'s") || w.ends_with("s'")
}

/// The features a span is scored on, in the order of the model file's weights. Each is
/// 0 or 1; `data/quotes/span_weights.tsv` weighs each.
pub const NAMES: [&str; N] = [
    "speaks",
    "long8",
    "long5",
    "stop",
    "named",
    "the_short",
    "evaluated",
    "framed",
    "hyphen_after",
    "paren_after",
    "relative_after",
    "term_is",
    "name_head_after",
    "nickname",
    "content_after",
    "labelled_after",
    "one_word",
    "two_words",
    "ends_comma",
    "det_before",
    "possessive_before",
    "prep_before",
    "cue_adjacent",
    "colon_before",
    "verb_inside",
    "no_closed_inside",
    "title_cased",
    "stands_alone",
    "attributed",
    "cued_unnamed",
    "continues",
    "uncued",
    "work_near",
    "such_as",
    "year_after",
    "embedded",
    "opens_verb",
    "modifier_before",
    "names_bare",
    "opens_unreported",
    "of_phrase",
    "stop_bare",
];

/// The features, in the order of [`NAMES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    Speaks,
    Long8,
    Long5,
    Stop,
    Named,
    TheShort,
    Evaluated,
    Framed,
    HyphenAfter,
    ParenAfter,
    RelativeAfter,
    TermIs,
    NameHeadAfter,
    Nickname,
    ContentAfter,
    LabelledAfter,
    OneWord,
    TwoWords,
    EndsComma,
    DetBefore,
    PossessiveBefore,
    PrepBefore,
    CueAdjacent,
    ColonBefore,
    VerbInside,
    NoClosedInside,
    TitleCased,
    StandsAlone,
    Attributed,
    CuedUnnamed,
    Continues,
    Uncued,
    WorkNear,
    SuchAs,
    YearAfter,
    Embedded,
    OpensVerb,
    ModifierBefore,
    NamesBare,
    OpensUnreported,
    OfPhrase,
    StopBare,
}

/// How many features a span has.
pub const N: usize = 42;

/// A span's features, 0 or 1 each, in the order of [`NAMES`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Features(pub [f32; N]);

impl Features {
    fn set(&mut self, feature: Feature, on: bool) {
        if on {
            self.0[feature as usize] = 1.0;
        }
    }
}

/// The features of the quotation `span` standing at token `t` of the frame, with its
/// attribution when it is known (`None` before it is: the words alone).
pub fn features(f: &Frame<'_>, t: usize, span: &Quotation, attr: Option<&Attribution>) -> Features {
    let lists = &*LISTS;
    let mut x = Features([0.0; N]);
    match attr {
        Some(Attribution::Cued { mention, .. }) => {
            x.set(Feature::Attributed, mention.is_some());
            x.set(Feature::CuedUnnamed, mention.is_none());
        }
        Some(Attribution::Continues) => x.set(Feature::Continues, true),
        Some(Attribution::NotSpeech) | None => {}
    }
    let body = f.text.get(span.start()..span.content_end()).unwrap_or("");
    let mut n = 0;
    let mut speaks = false;
    let mut verb = false;
    let mut closed = false;
    // `of` between two of the quoted words (`the wife of the king`), and whether the last
    // word read is a closed-class one (read with the others, up to the eighth).
    let mut of_inner = false;
    let mut of_last = false;
    let mut last_closed = false;
    for w in body.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        if w.is_empty() {
            continue;
        }
        n += 1;
        // `I`, `we`, `you`, also before a clitic (`we're`, `i ' m`).
        let head = w.split(['\'', '’']).next().unwrap_or(w);
        speaks = speaks || lists.is_speaker_pronoun(head);
        // A title or a term is short: its words are read for a verb or a closed-class
        // word up to the eighth (and only until both are found).
        if n <= 8 && !(verb && closed) {
            let lower = Lower::of(w);
            let lower = lower.as_str();
            verb = verb
                || lists.auxiliary.contains(lower)
                || lower.ends_with("n't")
                || ["'s", "'re", "'ve", "'ll", "'d", "'m"]
                    .iter()
                    .any(|c| lower.len() > c.len() && lower.ends_with(c) && lower != "let's");
            last_closed = lists.closed.contains(lower);
            closed = closed || last_closed;
            of_inner = of_inner || of_last;
            of_last = n > 1 && lower == "of";
        }
        // From the eighth word on, only `speaks` can change (every test of `n` below
        // reads eight words and more alike): once it holds, the rest is not read.
        if speaks && n >= 8 {
            break;
        }
    }
    let last = body.trim_end().chars().next_back();
    let ends_sentence = matches!(last, Some('.' | '!' | '?' | '…'));
    let ends_clause = ends_sentence || matches!(last, Some(',' | ';' | ':'));

    // The words before the marks; a comma right before them is passed over (`the
    // book, "..."`).
    let comma = t.checked_sub(1).is_some_and(|p| f.tokens[p].is_punct(','));
    let before = t - usize::from(comma);
    let (l1, l2, l3) = (
        before.checked_sub(1).and_then(|i| word_at(f, i)),
        before.checked_sub(2).and_then(|i| word_at(f, i)),
        before.checked_sub(3).and_then(|i| word_at(f, i)),
    );
    let (w1, w2, w3) = (
        l1.as_ref().map(Lower::as_str),
        l2.as_ref().map(Lower::as_str),
        l3.as_ref().map(Lower::as_str),
    );
    let mut named = false;
    if let Some(w1) = w1 {
        named = names_before(f, t, before, body, lists, (w1, w2, w3))
            || !comma && matches!(w1, "and" | "or") && joined_to_named(f, t, lists);
        x.set(
            Feature::TheShort,
            w1 == "the" && !comma && n <= 2 && !ends_clause && !speaks,
        );
        if !comma {
            x.set(Feature::DetBefore, is_determiner(w1));
            x.set(
                Feature::PossessiveBefore,
                w1.ends_with("'s") || w1.ends_with("s'"),
            );
            x.set(Feature::PrepBefore, lists.preposition.contains(w1));
            x.set(
                Feature::CueAdjacent,
                f.tokens[before - 1].flags.has(Flags::CUE),
            );
        }
    }
    // `engineers call it "…"`, `"…," as locals call it`: a usage, no one's words.
    let usage = w1.is_some() && usage_names(f, t, before, lists);
    let named = named || usage;
    x.set(Feature::Speaks, speaks);
    x.set(Feature::Named, named);
    // Length and a closing stop speak for a quotation, but not for a work's title
    // after its naming word (`the book "..."`), whatever its length.
    x.set(Feature::Long8, !named && n >= 8);
    x.set(Feature::Long5, !named && (5..8).contains(&n));
    x.set(Feature::Stop, !named && ends_sentence && n >= 3);
    x.set(Feature::OneWord, n == 1);
    x.set(Feature::TwoWords, n == 2);
    x.set(Feature::EndsComma, matches!(last, Some(',')));
    x.set(
        Feature::ColonBefore,
        t.checked_sub(1).is_some_and(|p| f.tokens[p].is_punct(':')),
    );
    x.set(Feature::VerbInside, verb);
    x.set(Feature::NoClosedInside, n >= 2 && !closed);
    // Capitals are read only in text that has them; `no_closed_inside` and the words
    // around the marks are the path without them.
    x.set(
        Feature::TitleCased,
        !f.lowercase && super::selection::looks_like_title(body),
    );
    x.set(Feature::StandsAlone, super::selection::stands_alone(f, t));

    // A verb calling something by the quoted words a few words before.
    let evaluated = (2..=6).any(|back| {
        t.checked_sub(back)
            .filter(|&i| (i..t).all(|k| !matches!(f.tokens[k].kind, Kind::Punct(_) | Kind::Break)))
            .and_then(|i| word_at(f, i))
            .is_some_and(|w| lists.evaluative.contains(w.as_str()))
    });
    // The calling verb of `commonly called the "…"` names; it does not evaluate.
    // `is often called a "…"`, `what has been dubbed a "…"`: a name in use.
    let bare = !comma && names_bare(f, before, lists);
    x.set(Feature::NamesBare, bare);
    let evaluated =
        evaluated && !usage && !bare && !w1.is_some_and(|w1| verb_names_the(lists, (w1, w2, w3)));
    x.set(Feature::Evaluated, evaluated);
    // Reported speech: a cue earlier in the sentence frames the quoted words.
    let (s0, _) = f.sentence_range(f.tokens[t].sentence());
    let framed = (s0..t)
        .rev()
        .take_while(|&i| !matches!(f.tokens[i].kind, Kind::Quote(_)))
        .any(|i| f.tokens[i].kind == Kind::Word && f.tokens[i].flags.has(Flags::CUE));
    x.set(Feature::Framed, framed);
    x.set(
        Feature::Uncued,
        n <= 2
            && !speaks
            // a quotation left open (cut off with its page) may run on
            && span.end > span.content_end()
            && !super::selection::stands_alone(f, t)
            && !speech_near(f, t, lists),
    );

    // A work's title: a noun of works a few words back (`shows such as "…"`, `the
    // nursery rhyme "…"`, `her morning show, "…"`), a list's `such as` or `including`,
    // a year in brackets after the marks (`"…" (1982)`), at any length.
    // `songs like "A" and "B"`: joined to a quotation so named, named as it is.
    let work = work_near(f, before, lists)
        || !comma
            && matches!(w1, Some("and" | "or"))
            && t.checked_sub(2).is_some_and(|tj| {
                matches!(f.tokens[tj].kind, Kind::Quote(_))
                    && tj > 0
                    && work_near(f, tj - usize::from(f.tokens[tj - 1].is_punct(',')), lists)
            });
    x.set(Feature::WorkNear, work);
    // A cue whose object is the work (`she wrote an opinion piece, "…"`) frames no
    // speech.
    if work {
        x.0[Feature::Framed as usize] = 0.0;
    }
    x.set(
        Feature::SuchAs,
        w1 == Some("as") && w2 == Some("such") || matches!(w1, Some("including" | "includes")),
    );
    x.set(Feature::YearAfter, year_after(f, span));
    // A term, a title or a name is a noun phrase the sentence goes on around: a few
    // words, no verb, no speaker, no punctuation closing them, and a word of the same
    // sentence after the marks that is no cue (`a five-day "forensic search" at the
    // house`, `the "winter white house" where`), where a quotation ends its clause
    // (`the delay was "regrettable," she said`).
    let phrase = n <= 4 && !verb && !speaks && !ends_clause;
    x.set(Feature::Embedded, phrase && goes_on_after(f, t));
    // The same phrase opening its sentence, a line or a clause, in a sentence where
    // neither a cue nor a word that reports somebody's words stands ([`speech_near`]):
    // the attribution's cue, if any, is in another sentence, and the phrase is the
    // subject or the head of a clause that reports nothing (`"Night Owls" at least lets
    // him sing`, `a solid reboot, "The Long Road" sets`, `Song: "Untied"`), where a short
    // partial quotation stands inside the clause of its verb (`police found "extensive
    // blood evidence"`) or in the sentence of its cue (`"Heavy rains" flooded the valley,
    // the agency said`).
    // A quotation cut off with its page (no closing mark) may go on with its cue.
    x.set(
        Feature::OpensUnreported,
        phrase
            // a quotation left open (cut off with its page) may run on
            && span.end > span.content_end()
            && !framed
            && opens_clause(f, t)
            && !speech_near(f, t, lists),
    );
    // What the quoted words alone show of a name or a title, in any casing: a few words
    // with no verb nor speaker holding `of` between two of them and ending on a content
    // word (`the widow of the mill`, `a day of silence`: feature `of_phrase`), and one to
    // three content words with no verb nor closed-class word closed by a stop inside the
    // marks (`the "wobble disc."`, `a column, "Copper Fever."`: feature `stop_bare`).
    // Both are shapes short partial quotations share (`a "waste of good bread"`, called
    // it "outrageous."): they weigh little, fitted.
    x.set(
        Feature::OfPhrase,
        (3..=6).contains(&n) && !verb && !speaks && of_inner && !last_closed,
    );
    x.set(
        Feature::StopBare,
        (1..=3).contains(&n) && !verb && !speaks && !closed && ends_sentence,
    );
    // `"The Long Road" was his first hit`, `"Night Desk" has run for years`: a title
    // opening its sentence or clause as the subject of the verb right after the marks
    // (a quotation ends with its own punctuation and its cue: `"…," she said`).
    x.set(
        Feature::OpensVerb,
        !speaks
            && !ends_clause
            && n <= 4
            && opens_sentence(f, t)
            && word_in_sentence(f, t + 1, f.tokens[t].sentence())
                .is_some_and(|w| lists.auxiliary.contains(w.as_str())),
    );
    // `the famed "lucy"`, `a five-day "forensic search"`: an article or a possessive and
    // a word shaped as a modifier ([`modifier_shaped`]) before the marks, the quoted words
    // the head of its noun phrase (a noun there is a subject, and the quoted words its
    // verb: `the duke "suffer"`; after a verb that calls, the words before are its object:
    // `called the plan "a disaster"`; an adverb opening the quoted words makes them a
    // verb's: `the 29-year-old "quickly left the room"`).
    x.set(
        Feature::ModifierBefore,
        phrase
            && !comma
            && !evaluated
            && w1.is_some_and(|w| {
                modifier_shaped(w)
                    && !is_determiner(w)
                    && !lists.closed.contains(w)
                    && !f.tokens[before - 1]
                        .flags
                        .has(Flags::CUE | Flags::ADVERB | Flags::PRONOUN | Flags::FUNCTION)
            })
            && !body
                .split_whitespace()
                .next()
                .is_some_and(|w| w.ends_with("ly"))
            && (w2.is_some_and(opens_noun_phrase)
                || w2.is_some_and(|w| modifier_shaped(w) && !lists.closed.contains(w))
                    && w3.is_some_and(opens_noun_phrase)),
    );

    if !ends_clause && !speaks && n <= 4 {
        if let Some(next) = modifies_next(f, t, span, n, lists) {
            x.set(next, true);
        }
    }
    // decisive, also over a verb that calls something by the words (`call it the "..."`)
    let comma_inside = matches!(last, Some(','));
    x.set(
        Feature::LabelledAfter,
        !speaks && n <= 5 && !ends_sentence && labelled_after(f, t, comma_inside),
    );
    x
}

/// `is often called a "…"`, `was dubbed "…"`, `what is being termed an "…"`: a naming
/// verb ([`Lists::naming_verb`]) in the passive (a form of `be` before it, one adverb
/// between passed over) right before the marks at token `before` or before an article
/// there: the quoted words are a name in use, no one in particular its giver. The active
/// `what he called a "…"`, `what they call a "…"` is read as their words (the labels
/// count more quotations than names so placed, and a plural subject in lower case may be
/// a name: `what sessions called a "…"`).
fn names_bare(f: &Frame<'_>, before: usize, lists: &Lists) -> bool {
    let Some(last) = before.checked_sub(1) else {
        return false;
    };
    let s = f.tokens[last].sentence();
    let word = |i: usize| word_in_sentence(f, i, s);
    let article = word(last).is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the"));
    let Some(verb) = last.checked_sub(usize::from(article)) else {
        return false;
    };
    if !word(verb).is_some_and(|w| lists.naming_verb.contains(w.as_str())) {
        return false;
    }
    let Some(mut p) = verb.checked_sub(1) else {
        return false;
    };
    let adverb = |w: &str| {
        w.len() > 3 && w.ends_with("ly")
            || matches!(
                w,
                "often" | "also" | "sometimes" | "now" | "still" | "so" | "once"
            )
    };
    if word(p).is_some_and(|w| adverb(w.as_str())) {
        let Some(q) = p.checked_sub(1) else {
            return false;
        };
        p = q;
    }
    word(p).is_some_and(|w| {
        matches!(
            w.as_str(),
            "is" | "are" | "was" | "were" | "be" | "been" | "being"
        )
    })
}

/// Whether the quoted words are named as a work by the words before them (token
/// `before` and back, in its clause): a noun of works ([`Lists::genre`]) right before
/// (`the nursery rhyme "…"`, `her opinion piece, "…"`), or a list's `such as`, `like`
/// or `including` after such a noun or one that names a work after a determiner
/// (`shows such as "…"`, `songs like "…"`). A noun that is also a verb is not read
/// alone (`polls show "…"`).
fn work_near(f: &Frame<'_>, before: usize, lists: &Lists) -> bool {
    let s = f.tokens.get(before).map(|t| t.sentence());
    let word = |k: usize| {
        before
            .checked_sub(k)
            .filter(|&i| Some(f.tokens[i].sentence()) == s)
            .and_then(|i| word_at(f, i))
    };
    let Some(w1) = word(1) else {
        return false;
    };
    let noun_at = |k: usize| {
        word(k).is_some_and(|w| {
            plural_or_not(&lists.genre, w.as_str())
                || plural_or_not(&lists.naming_after_determiner, w.as_str())
                || plural_or_not(&lists.work, w.as_str())
        })
    };
    match w1.as_str() {
        "like" | "including" => noun_at(2),
        "as" => word(2).is_some_and(|w| w.as_str() == "such") && noun_at(3),
        w => plural_or_not(&lists.genre, w),
    }
}

/// Whether the quoted words at token `t` open their sentence or a line (a title as a
/// subject), not a clause after a comma (`according to the BBC, "…" have`).
fn opens_sentence(f: &Frame<'_>, t: usize) -> bool {
    let (s0, _) = f.sentence_range(f.tokens[t].sentence());
    t == s0 || f.tokens[t - 1].kind == Kind::Break
}

/// Whether the marks at token `t` open their sentence, a line or a clause: nothing of
/// the sentence before them, or a paragraph break, a quotation, or a comma, colon,
/// semicolon, dash or bracket right before (`a solid reboot, "…" sets`, `Song: "…"`),
/// not a word (`found "…"`, `sources of "…"`).
fn opens_clause(f: &Frame<'_>, t: usize) -> bool {
    let (s0, _) = f.sentence_range(f.tokens[t].sentence());
    t == s0
        || match f.tokens[t - 1].kind {
            Kind::Break | Kind::Quote(_) => true,
            Kind::Punct(c) => matches!(c, ',' | ':' | ';' | '(' | '—' | '–' | '-'),
            Kind::Word => false,
        }
}

/// Whether a word opens a noun phrase before a modifier: an article, `his`, `their`, a
/// possessive (`the agency's`); not `that` nor a pronoun's contraction (`she's`).
fn opens_noun_phrase(w: &str) -> bool {
    match w.strip_suffix("'s") {
        Some(stem) => !matches!(
            stem,
            "he" | "she"
                | "it"
                | "that"
                | "there"
                | "what"
                | "who"
                | "here"
                | "where"
                | "let"
                | "how"
                | "this"
        ),
        None => is_determiner(w) && !matches!(w, "that" | "this"),
    }
}

/// Whether a word is shaped as a modifier before a noun, in any casing: a compound or a
/// number (`five-day`, `2019`), a participle (`famed`), or an adjective's ending
/// (`annual`, `famous`, `tiresome`); an adverb in `-ly` is none (`a truly "historic"
/// deal` evaluates).
fn modifier_shaped(w: &str) -> bool {
    w.len() > 3
        && !w.ends_with("ly")
        && (w.contains('-')
            || w.bytes().any(|b| b.is_ascii_digit())
            || [
                "ed", "al", "ous", "ful", "ic", "ive", "ary", "ish", "less", "some", "ern", "able",
                "ible",
            ]
            .iter()
            .any(|e| w.ends_with(e)))
}

/// Whether the sentence of the marks at token `t` goes on right after them with a word
/// that is no cue (`the "dead zone" in the gulf`, not `"…" she said`).
fn goes_on_after(f: &Frame<'_>, t: usize) -> bool {
    f.tokens.get(t + 1).is_some_and(|k| {
        k.kind == Kind::Word && k.sentence() == f.tokens[t].sentence() && !k.flags.has(Flags::CUE)
    })
}

/// Whether a year in brackets follows the marks: `"…" (1982)`, `"…" ( 1982 )`.
fn year_after(f: &Frame<'_>, span: &Quotation) -> bool {
    let after = f.text.get(span.end..).unwrap_or("");
    after
        .trim_start_matches([' ', '\t'])
        .strip_prefix('(')
        .is_some_and(year_in_parens)
}

/// Whether a cue or a word that reports somebody's words ([`Lists::reported`]:
/// `alleged`, `blamed`, `complaint`) stands in the sentence of the marks at token `t`,
/// before or after them, or in the sentence before when a third-person pronoun before
/// the marks goes on with its subject (`Ana Roe says her son comes first. She is
/// "extremely proud" of him.`). The words around a scare quote or a term report
/// nobody's speech (`the coins he had "mined" were worth`, `a cross-border
/// "caliphate"`), while a short partial quotation is reported (`the delay was
/// "regrettable," she said`, `the suit alleged a "sham" sale`).
fn speech_near(f: &Frame<'_>, t: usize, lists: &Lists) -> bool {
    let s = f.tokens[t].sentence();
    let (start, end) = f.sentence_range(s);
    let reports = |i: usize| {
        let tok = &f.tokens[i];
        tok.kind == Kind::Word
            && (tok.flags.has(Flags::CUE) || lists.reported.contains(Lower::of(f.word(i)).as_str()))
    };
    if (start..end).any(reports) {
        return true;
    }
    let goes_on = s > 0
        && (start..t).any(|i| {
            f.tokens[i].kind == Kind::Word
                && f.tokens[i].flags.has(Flags::PRONOUN)
                && matches!(
                    Lower::of(f.word(i)).as_str(),
                    "he" | "him" | "his" | "she" | "her" | "they" | "them" | "their"
                )
        });
    goes_on && {
        let (prev, _) = f.sentence_range(s - 1);
        (prev..start).any(reports)
    }
}

/// Whether a word right before the marks names what the quoted words are: `a page
/// called "…"`, `the film "…"`, `known as "…"`, `starred in "…"`. The marks stand at
/// token `t`; `before` is the token they follow (a comma passed over); `w` are the
/// three words before it.
fn names_before(
    f: &Frame<'_>,
    t: usize,
    before: usize,
    body: &str,
    lists: &Lists,
    (w1, w2, w3): (&str, Option<&str>, Option<&str>),
) -> bool {
    let object_missing = w1 == "called"
        && !w2.is_some_and(|w| {
            matches!(
                w,
                "what" | "he" | "she" | "they" | "it" | "i" | "we" | "you"
            )
        });
    // In text with capitals a title opens with one.
    let title_cased = f.lowercase || body.starts_with(|c: char| !c.is_lowercase());
    // `told "Morning Report"`, `told CBS's "Face the Nation"`: the first object of a
    // verb of telling is its hearer, a programme or paper, not speech (which follows a
    // comma, a colon or `that`).
    // A hearer is named in a few words, with no comma before it; `told her "..."` and
    // `told a "..."` are followed by speech or a partial quotation.
    let short = body.split_whitespace().count() <= 6;
    let hearer = before == t
        && short
        && (lists.hearer.contains(w1)
            || (w1 == "the" || w1.ends_with("'s") || w1.ends_with("s'"))
                && w2.is_some_and(|w| lists.hearer.contains(w))
            // `said on cbs's "face the nation"`: a broadcaster's programme.
            || (w1.ends_with("'s") || w1.ends_with("s'")) && w2 == Some("on"));
    // `said on "Sunday Desk."`, `told the host on "Late Line" that`, `a regular on
    // "..."`: a programme after `on` that a word of speaking on air governs.
    let on_air = w1 == "on" && before == t && short && on_air_before(f, before - 1, lists);
    hearer
        || on_air
        || (lists.naming.contains(w1) && (w1 != "called" || object_missing))
        || verb_names_the(lists, (w1, w2, w3))
        || plural_or_not(&lists.work, w1) && title_cased
        || (plural_or_not(&lists.naming_after_determiner, w1)
            && (w2.is_some_and(is_determiner)
                || w2.is_some_and(|w| !lists.closed.contains(w))
                    && w3.is_some_and(is_determiner)))
        // `also known as the "…"`, `known as a "…"`.
        || matches!(w1, "the" | "a" | "an")
            && w2 == Some("as")
            && w3.is_some_and(|w| w == "known" || lists.naming.contains(w))
        // `commonly referred to as "…"`: the passive of a naming phrase, its object the
        // quoted name (`referred to the closure as "…"` evaluates, and stays, and so does
        // the active `what he referred to as "…"`, his words).
        || w1 == "as"
            && w2 == Some("to")
            && matches!(w3, Some("referred" | "refered"))
            && !before
                .checked_sub(4)
                .and_then(|i| word_at(f, i))
                .is_some_and(|w| is_subject_pronoun(w.as_str()))
        // `the host of "…"`, `an episode of cnn's "…"`, `the star of the "…"`: the
        // people and parts of a work before it.
        || work_part_of(lists, (w1, w2, w3))
        // `the spanish word for "fight"`, `known as "the Mole"`.
        || matches!(w1, "for" | "as")
            && w2.is_some_and(|w| {
                lists.naming.contains(w) || lists.work.contains(w) || w == "known"
            })
        // `known locally as "the Fox"`, `known to fans as "..."`, `commonly known in
        // the trade as "…"`, `bills himself as "…"`, `designated as "…"` (but not
        // `called the man known as X as "..."`: the naming word's own `as`).
        // A verb of [naming] reaches four words back (`called on his supporters to act
        // as "…"` is not read), `known` and [naming_as] six.
        || w1 == "as"
            && clause_back(f, before - 1, 6, |i| {
                let w = Lower::of(f.word(i));
                let w = w.as_str();
                let near = before - 1 - i <= 4;
                (w == "known"
                    || near && lists.naming.contains(w)
                    || lists.naming_as.contains(w) && as_follows_bare(f, i, before - 1))
                    .then_some(true)
                    .or((w == "as").then_some(false))
            })
        // `the terms "…" and "…"`, `the slogans "…"`: a naming noun's plural, no comma
        // between, three quoted words at most (`in her own words, "…"` is speech, and
        // `words` is not read; `the terms "conjure …"` is a subject and its verb).
        || before == t
            && w1 != "words"
            && body.split_whitespace().count() <= 3
            && w1
                .strip_suffix('s')
                .is_some_and(|w| w.len() > 2 && lists.naming.contains(w))
        // `she starred in "Summer Rain" and later in "The Long Road"`: a verb of
        // performing right before its `in`.
        || w1 == "in"
            && clause_back(f, before - 1, 8, |i| {
                (lists.performed_in.contains(Lower::of(f.word(i)).as_str())
                    && word_at(f, i + 1).is_some_and(|w| w.as_str() == "in"))
                .then_some(true)
            })
}

/// Whether the words between a verb of [`Lists::naming_as`] at token `verb` and its `as`
/// at token `as_at` leave it no object of its own: none, a reflexive pronoun (`bills
/// himself as`) or an adverb (`identified only as`). `billed the fair as "…"` has one,
/// and its subject's words follow, as after `called it`.
fn as_follows_bare(f: &Frame<'_>, verb: usize, as_at: usize) -> bool {
    (verb + 1..as_at).all(|i| {
        word_at(f, i).is_some_and(|w| {
            let w = w.as_str();
            w.ends_with("self") || w.ends_with("selves") || w.ends_with("ly") || w == "only"
        })
    })
}

/// Whether a naming verb with a generic subject calls the quoted words a name in use
/// (a usage, not an utterance): `engineers call it "…"`, `which geologists call "…"`
/// before the marks (the plain present, an object of up to three words between), or
/// `"…," as some have called it` right after them. The marks stand at token `t`;
/// `before` is the token they follow (a comma passed over).
fn usage_names(f: &Frame<'_>, t: usize, before: usize, lists: &Lists) -> bool {
    let s = f.tokens[t].sentence();
    let in_clause = |i: usize| f.tokens[i].sentence() == s && f.tokens[i].kind == Kind::Word;
    // Before: up to three object words, then the verb, then its subject.
    let verb = (0..before)
        .rev()
        .take_while(|&i| {
            in_clause(i) && !f.tokens[i].flags.has(Flags::CUE)
                || word_at(f, i).is_some_and(|w| lists.usage_verb.contains(w.as_str()))
        })
        .take(4)
        .find(|&i| word_at(f, i).is_some_and(|w| lists.usage_verb.contains(w.as_str())));
    if verb.is_some_and(|v| generic_subject(f, v, lists)) {
        return true;
    }
    // After: `, as SUBJECT (have) VERB (it)`.
    let mut j = t + 1;
    if f.tokens.get(j).is_some_and(|k| k.is_punct(',')) {
        j += 1;
    }
    let word = |i: usize| word_in_sentence(f, i, s);
    if word(j).is_none_or(|w| w.as_str() != "as") {
        return false;
    }
    let mut v = j + 2;
    if word(v).is_some_and(|w| matches!(w.as_str(), "have" | "has" | "had" | "often" | "sometimes"))
    {
        v += 1;
    }
    word(v).is_some_and(|w| lists.usage_verb_after.contains(w.as_str()))
        && generic_subject(f, v, lists)
}

/// Whether the subject of the verb at token `verb` stands for people in general: a word
/// of [`Lists::generic_subject`] or a bare plural (`engineers`, not `the engineers` nor
/// `his allies`), one adverb between passed over (`locals often call`).
fn generic_subject(f: &Frame<'_>, verb: usize, lists: &Lists) -> bool {
    let s = f.tokens[verb].sentence();
    let word = |i: usize| word_in_sentence(f, i, s);
    let Some(mut i) = verb.checked_sub(1) else {
        return false;
    };
    if f.tokens[i].flags.has(Flags::ADVERB) || word(i).is_some_and(|w| w.as_str().ends_with("ly")) {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        i = p;
    }
    let Some(subject) = word(i) else {
        return false;
    };
    let subject = subject.as_str();
    if lists.generic_subject.contains(subject) {
        return true;
    }
    // `-s`, or `-men` (`fishermen`).
    let plural = subject.len() > 3
        && (super::phrases::ends_as_plural(subject) && !subject.ends_with("'s")
            || subject.len() > 5 && subject.ends_with("men"))
        && !lists.closed.contains(subject)
        && !is_determiner(subject)
        && !f.tokens[i]
            .flags
            .has(Flags::PRONOUN | Flags::CUE | Flags::FUNCTION);
    // Bare: nothing before it in the sentence but a closed word that is no determiner
    // (`which geologists call`, `what psychologists call`).
    plural
        && i.checked_sub(1).is_none_or(|p| {
            word(p).is_none_or(|w| lists.closed.contains(w.as_str()) && !is_determiner(w.as_str()))
        })
}

/// `host of "…"`, `episodes of nbc's "…"`, `star of the "…"`: a noun of the people or
/// parts of a work ([`Lists::work_part`], a plural too) and `of`, a determiner or a
/// possessive between `of` and the marks or none. `w` are the three words before the
/// marks.
fn work_part_of(lists: &Lists, (w1, w2, w3): (&str, Option<&str>, Option<&str>)) -> bool {
    let (of, part) = if w1 == "of" {
        (Some(w1), w2)
    } else if is_determiner(w1) {
        (w2, w3)
    } else {
        (None, None)
    };
    of == Some("of") && part.is_some_and(|w| plural_or_not(&lists.work_part, w))
}

/// A personal pronoun in the subject case.
fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "i" | "we" | "you" | "he" | "she" | "they")
}

/// Whether the `on` at token `on` is a programme's: a word of speaking on air or of
/// appearing ([`Lists::on_air`]) right before it (`said on`, `a regular on`), or a verb
/// of telling at most four words back in the clause with only its hearer between (`told
/// the host on`), no pronoun, relative word or `that` (a new clause: `told reporters
/// she relied on "..."` is not the teller's). A subject between a verb of saying and
/// `on` makes `on` another verb's (`said the state relied on "..."`).
fn on_air_before(f: &Frame<'_>, on: usize, lists: &Lists) -> bool {
    let adjacent = on
        .checked_sub(1)
        .filter(|&p| f.tokens[p].sentence() == f.tokens[on].sentence())
        .and_then(|p| word_at(f, p))
        .is_some_and(|w| lists.on_air.contains(w.as_str()));
    adjacent
        || clause_back(f, on, 4, |i| {
            let w = Lower::of(f.word(i));
            let w = w.as_str();
            if lists.hearer.contains(w) {
                Some(true)
            } else {
                matches!(
                    w,
                    "he" | "she" | "they" | "it" | "i" | "we" | "you" | "that" | "who" | "which"
                )
                .then_some(false)
            }
        })
}

/// `dubbed the "…"`, `commonly called the "…"`: a naming verb before `the` whose object
/// is the quoted name. After `a` or `an` the quoted words are somebody's evaluation
/// (`an incident the mayor called a "…"`), and after a pronoun subject they are his
/// words (`what he dubbed the "…"`); `called it the "…"` keeps its object `it`. `w` are
/// the three words before the marks.
fn verb_names_the(lists: &Lists, (w1, w2, w3): (&str, Option<&str>, Option<&str>)) -> bool {
    w1 == "the"
        && w2.is_some_and(|w| lists.naming.contains(w))
        && !w3.is_some_and(|w| {
            matches!(
                w,
                "what" | "which" | "that" | "he" | "she" | "they" | "it" | "i" | "we" | "you"
            )
        })
}

/// Whether `list` holds `word` or, for a plural in `-s`, its singular (`the films "A"
/// and "B"`).
fn plural_or_not(list: &HashSet<&'static str>, word: &str) -> bool {
    list.contains(word)
        || word
            .strip_suffix('s')
            .is_some_and(|w| w.len() > 2 && list.contains(w))
}

/// `starred in "Blue Lake" and "The Night Train"`, `the shows "A" and "B"`: the
/// quotation at token `t`, after `and` or `or`, is joined to a quotation right before
/// that a naming word introduces, and names as that one does.
fn joined_to_named(f: &Frame<'_>, t: usize, lists: &Lists) -> bool {
    let Some(tj) = t.checked_sub(2) else {
        return false;
    };
    if !matches!(f.tokens[tj].kind, Kind::Quote(_)) || tj == 0 {
        return false;
    }
    let tok = &f.tokens[tj];
    let body = f
        .text
        .get(tok.start()..tok.end())
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    let comma = f.tokens[tj - 1].is_punct(',');
    let before = tj - usize::from(comma);
    let word = |k: usize| before.checked_sub(k).and_then(|i| word_at(f, i));
    let (l1, l2, l3) = (word(1), word(2), word(3));
    let Some(w1) = l1.as_ref().map(Lower::as_str) else {
        return false;
    };
    names_before(
        f,
        tj,
        before,
        body,
        lists,
        (
            w1,
            l2.as_ref().map(Lower::as_str),
            l3.as_ref().map(Lower::as_str),
        ),
    )
}

/// The score of the quotation `span` standing at token `t` of the frame (higher: more
/// like somebody's words).
fn score(f: &Frame<'_>, t: usize, span: &Quotation, attr: Option<&Attribution>) -> f32 {
    MODEL.score(&features(f, t, span, attr))
}

/// Whether an apposition right after the marks calls the quoted words a label: `the
/// "road to nowhere," a nickname the mayor dislikes`, `"pink slime," the term critics
/// use`.
/// The apposition is set off by a comma, inside the marks or after them (`who "defile"
/// the name of their faith` is a verb and its object).
fn labelled_after(f: &Frame<'_>, t: usize, comma_inside: bool) -> bool {
    let mut j = t + 1;
    let comma_after = f.tokens.get(j).is_some_and(|t| t.is_punct(','));
    if comma_after {
        j += 1;
    }
    // `"…" — the name given to …`, `"…" -- a term for …`: a dash sets it off too.
    let dash_after = !comma_after && f.tokens.get(j).is_some_and(Token::is_dash);
    if dash_after {
        j += 1;
        if f.tokens.get(j).is_some_and(|k| k.is_punct('-')) {
            j += 1;
        }
    }
    let det = (comma_inside || comma_after || dash_after)
        && f.tokens
            .get(j)
            .is_some_and(|w| w.sentence() == f.tokens[t].sentence())
        && word_at(f, j).is_some_and(|w| is_determiner(w.as_str()));
    det && word_at(f, j + 1).is_some_and(|w| {
        matches!(
            w.as_str(),
            "nickname"
                | "moniker"
                | "term"
                | "phrase"
                | "slogan"
                | "label"
                | "motto"
                | "catchphrase"
                | "epithet"
                | "euphemism"
                | "name"
        )
    })
}

/// Reads the `reach` words before token `end` in its clause (no punctuation between,
/// quoted titles passed over), nearest first: the first word for which `test` gives an
/// answer decides; none decides `false`.
fn clause_back(
    f: &Frame<'_>,
    end: usize,
    reach: usize,
    test: impl Fn(usize) -> Option<bool>,
) -> bool {
    let s = f.tokens[end].sentence();
    (0..end)
        .rev()
        .take_while(|&i| {
            f.tokens[i].sentence() == s && !matches!(f.tokens[i].kind, Kind::Punct(_) | Kind::Break)
        })
        .filter(|&i| f.tokens[i].kind == Kind::Word)
        .take(reach)
        .find_map(test)
        .unwrap_or(false)
}

/// The feature that says the quoted words modify the word right after the marks (`a
/// "kettling" tactic`, `Tomas "Tiny" Halloran`, `"frat-house"-style`), or are spoken of
/// as a word (`"arrogance" is another`, `"burgi" (fortifications)`), if any.
fn modifies_next(
    f: &Frame<'_>,
    t: usize,
    span: &Quotation,
    n: usize,
    lists: &Lists,
) -> Option<Feature> {
    let after = f.text.get(span.end..).unwrap_or("");
    let gap = after.len() - after.trim_start_matches([' ', '\t']).len();
    let rest = &after[gap..];
    if rest.starts_with('-') && rest[1..].starts_with(char::is_alphabetic) {
        return Some(Feature::HyphenAfter);
    }
    // `"burgi" (fortifications)`: a gloss; `"Night Ferry" (1994)`: a work's year.
    if rest.starts_with('(') && (n <= 2 || year_in_parens(&rest[1..])) {
        return Some(Feature::ParenAfter);
    }
    let next = word_at(f, t + 1)?;
    let next = next.as_str();
    if next.is_empty() {
        return None;
    }
    // A label a relative clause goes on to define (`one of many "layaway angels" who
    // ...`).
    if n <= 3 && matches!(next, "who" | "which" | "where" | "whose") {
        return Some(Feature::RelativeAfter);
    }
    if n <= 2 && matches!(next, "is" | "was" | "means" | "refers") {
        let first = t == 0
            || matches!(
                f.tokens[t - 1].kind,
                Kind::Punct(';' | ',' | ':') | Kind::Break
            )
            || f.tokens[t - 1].sentence() != f.tokens[t].sentence();
        return first.then_some(Feature::TermIs);
    }
    let listed = Flags::FUNCTION | Flags::ADVERB | Flags::MONTH | Flags::PRONOUN | Flags::CUE;
    let head = next
        .strip_suffix('s')
        .filter(|h| h.len() > 2)
        .unwrap_or(next);
    if lists.name_head.contains(next) || lists.name_head.contains(head) {
        return Some(Feature::NameHeadAfter);
    }
    // `the "Harbour Street" star`, `"Late Line" host Omar Reyes`: the people and parts
    // of a work (not after `a`: `a "future" star` is a partial quotation).
    let after_a = t
        .checked_sub(1)
        .and_then(|p| word_at(f, p))
        .is_some_and(|w| matches!(w.as_str(), "a" | "an"));
    if !after_a && (lists.work_part.contains(next) || lists.work_part.contains(head)) {
        return Some(Feature::NameHeadAfter);
    }
    // Between two words of a name (`Tomas "Tiny" Halloran`), no article before.
    let nickname = n <= 2
        && t.checked_sub(1)
            .and_then(|p| word_at(f, p))
            .is_some_and(|w| {
                let w = w.as_str();
                !w.is_empty()
                    && !lists.closed.contains(w)
                    && !is_determiner(w)
                    && !lists.naming.contains(w)
                    && !lists.work.contains(w)
            });
    let content = !lists.closed.contains(next)
        && f.tokens[t + 1].flags.0 & listed == 0
        && !next.ends_with("ing")
        && !next.ends_with("ly")
        && !next.ends_with("n't")
        && f.tokens[t + 1].sentence() == f.tokens[t].sentence();
    match (content, nickname) {
        (true, true) => Some(Feature::Nickname),
        (true, false) => Some(Feature::ContentAfter),
        _ => None,
    }
}

/// Whether `rest` (after an opening parenthesis) holds a year and closes: `1994)`, ` 1994
/// )`.
fn year_in_parens(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits == 4
        && matches!(rest.as_bytes().first(), Some(b'1' | b'2'))
        && rest[4..].trim_start_matches([' ', '\t']).starts_with(')')
}

/// Whether a span that no cue attributes reads as somebody's words on its own: a
/// first- or second-person subject in a sentence or more (`at 6 a.m. " we express our
/// regret to every passenger ...`).
pub fn speaks_alone(f: &Frame<'_>, t: usize, span: &Quotation) -> bool {
    score(f, t, span, None) >= MODEL.alone
}

/// Whether a span that no cue attributes is worth a second reading (a tag closing its
/// sentence, or [`speaks_alone`]).
pub fn may_read_again(f: &Frame<'_>, t: usize, span: &Quotation) -> bool {
    score(f, t, span, None) >= MODEL.read_again
}

/// Whether the span at token `t`, attributed as `attr`, is somebody's words.
pub fn is_quotation(f: &Frame<'_>, t: usize, span: &Quotation, attr: &Attribution) -> bool {
    score(f, t, span, Some(attr)) > MODEL.keep
}

#[cfg(test)]
mod tests {
    use super::super::marks::find_marks;
    use super::super::pairing::pair;
    use super::*;

    #[test]
    fn the_shipped_model_and_its_prior_weigh_every_feature() {
        let m = Model::parse(MODEL_FILE).unwrap();
        assert!(m.keep < m.read_again && m.read_again < m.alone);
        assert_eq!(NAMES.len(), N);
        assert_eq!(NAMES[Feature::Speaks as usize], "speaks");
        assert_eq!(NAMES[Feature::TitleCased as usize], "title_cased");
        assert_eq!(NAMES[Feature::Continues as usize], "continues");
    }

    #[test]
    fn a_model_file_missing_a_weight_or_naming_an_unknown_feature_is_refused() {
        let full = MODEL_FILE;
        let missing: String = full
            .lines()
            .filter(|l| !l.starts_with("speaks\t"))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(
            Model::parse(&missing).unwrap_err(),
            "no weight for feature `speaks`"
        );
        let unknown = format!("{full}louder\t1\n");
        assert!(Model::parse(&unknown)
            .unwrap_err()
            .contains("no feature `louder`"));
        assert!(Model::parse("bias\tone\n")
            .unwrap_err()
            .starts_with("line 1:"));
    }

    #[test]
    fn speaker_pronouns_are_found_in_any_casing_and_with_either_apostrophe() {
        let lists = &*LISTS;
        for w in ["I", "i", "We", "YOU", "you're", "You’re", "we’ll"] {
            assert!(lists.is_speaker_pronoun(w), "{w}");
        }
        for w in ["", "it", "went", "yours", "Iran", "’m", "you’", "weather"] {
            assert!(!lists.is_speaker_pronoun(w), "{w}");
        }
    }

    /// `read` of each quotation of `text`, in order, with its attribution read as the stage
    /// reads it.
    fn each_span<T>(
        text: &str,
        read: impl Fn(&Frame<'_>, usize, &Quotation, &Attribution) -> T,
    ) -> Vec<T> {
        let spans = pair(text, &find_marks(text));
        let f = Frame::build(text, &spans);
        spans
            .iter()
            .enumerate()
            .map(|(qi, s)| {
                let t = f.quote_token[qi];
                let attr = super::super::attribution::attribute(&f, t, true);
                read(&f, t, s, &attr)
            })
            .collect()
    }

    /// Whether each quotation of `text` is kept, in order.
    fn kept(text: &str) -> Vec<bool> {
        each_span(text, is_quotation)
    }

    #[test]
    fn names_and_labels_are_not_quotations() {
        assert_eq!(kept("He had seen the film “The Long Road” twice."), [false]);
        assert_eq!(
            kept("he had seen the film \" the long road \" twice ."),
            [false]
        );
        assert_eq!(kept("Critics said the word “cheap” was unfair."), [false]);
        assert_eq!(
            kept("The Post said a website “run by two lawyers” was behind it."),
            [true]
        );
        assert_eq!(kept("The so-called “water tax” was dropped."), [false]);
        assert_eq!(kept("a site called \" help now \" opened"), [false]);
        assert_eq!(
            kept("Ana Roe, author of the book, “Ask Twice: Why It Pays.”"),
            [false]
        );
    }

    #[test]
    fn names_in_use_are_not_quotations() {
        for text in [
            "Surveyors call it “creep,” the officer said.",
            "surveyors call it \" creep , \" the officer said .",
            "The fault, which geologists call “the Seam,” moved, the officer said.",
            "Pier Nine's “noodle mile,” as locals call it, was full, the officer said.",
            "the habit is also referred to as \" desk lunching , \" the officer said .",
        ] {
            assert_eq!(kept(text), [false], "{text}");
        }
        for text in [
            "Mayor Lena Voss calls the bypass “a road to nowhere.”",
            "The engineers call it “a disaster,” the officer said.",
            "Critics called the plan “a gift to developers,” the officer said.",
            "He referred to the closure as “a temporary pause,” the officer said.",
            "The “worst week of my life,” as he called it, ended, the officer said.",
            "she denied what he referred to as “misleading” them, the officer said.",
        ] {
            assert_eq!(kept(text), [true], "{text}");
        }
    }

    #[test]
    fn titles_after_a_works_people_or_parts_are_not_quotations() {
        for text in [
            "He was named host of “Night Desk,” the officer said.",
            "he was named host of kbc's \" night desk , \" the officer said .",
            "She filmed two episodes of “Harbour Lights,” the officer said.",
            "the star of the \" iron gate , \" the officer said .",
        ] {
            assert_eq!(kept(text), [false], "{text}");
        }
        // `of` after another noun, or a work's part that evaluates: speech.
        assert_eq!(
            kept("The director spoke of “a long and painful process,” the officer said."),
            [true]
        );
    }

    #[test]
    fn titles_named_by_a_noun_of_works_near_are_not_quotations() {
        assert_eq!(
            kept("Kids sang the lullaby “Sleep Now, Small Fox” at the fair."),
            [false]
        );
        assert_eq!(
            kept("kids sang the lullaby \" sleep now , small fox \" at the fair ."),
            [false]
        );
        assert_eq!(
            kept("He hosted shows such as “Pans at Dawn,” she said."),
            [false]
        );
        assert_eq!(
            kept("he hosted shows such as \" pans at dawn , \" she said ."),
            [false]
        );
        assert_eq!(
            kept("the pond , also known as the \" silver bowl , \" froze ."),
            [false]
        );
        // a noun of works that is also a verb is not read alone; speech after a cue stays
        assert_eq!(kept("Polls show “a very close race,” she said."), [true]);
        assert_eq!(
            kept("the author of the novel said the ending was \" the hardest part . \""),
            [true]
        );
    }

    #[test]
    fn modifiers_and_nicknames_are_not_quotations() {
        assert_eq!(kept("Police used a “kettling” tactic."), [false]);
        assert_eq!(kept("police used a \" kettling \" tactic ."), [false]);
        assert_eq!(kept("Jon “Big” Marr was held."), [false]);
        assert_eq!(kept("jon \" big \" marr was held ."), [false]);
        assert_eq!(kept("The man, known locally as “the Owl,” fled."), [false]);
        assert_eq!(
            kept("The raid, code-named “Night Owl,” began at dawn, he said."),
            [false]
        );
        assert_eq!(
            kept("the man , known to his friends as \" the owl , \" fled ."),
            [false]
        );
        assert_eq!(
            kept("He acted in “Blue Lake” and later in “The Night Train,” she said."),
            [false, false]
        );
        assert_eq!(
            kept("he appeared in \" cold harbour , \" his agent said ."),
            [false]
        );
        assert_eq!(
            kept(
                "The shoot features her in “plain clothes rather than a gown,” the magazine said."
            ),
            [true]
        );
        assert_eq!(
            kept("he called the man known as prisoner 9 as \" a hero of our time . \""),
            [true]
        );
        assert_eq!(
            kept("Locals call it the “glass palace,” a nickname the council hates."),
            [false]
        );
        assert_eq!(
            kept("locals call it the \" glass palace , \" a nickname the council hates ."),
            [false]
        );
        assert_eq!(
            kept("“We will not move,” a phrase she repeated, was printed on every banner."),
            [true]
        );
        // no apposition: a verb and its object, or the next sentence (a cue in the
        // sentence: with none, one word in marks is read as a scare quote)
        assert_eq!(
            kept("she said leaders who \" defile \" the name of their faith ."),
            [true]
        );
        assert_eq!(
            kept("Critics said the works were “decadent.” His name became a byword."),
            [true]
        );
        // Speech after `in` with no performance verb stays a quotation.
        assert_eq!(
            kept("She said in a statement: “We are sorry for the delay.”"),
            [true]
        );
        assert_eq!(kept("a “boys-club”-style office"), [false]);
        assert_eq!(
            kept("one of many “night owls” who ride the last bus"),
            [false]
        );
    }

    #[test]
    fn a_word_or_two_in_marks_with_no_speech_in_the_sentence_is_a_term() {
        assert_eq!(kept("The coins he had “mined” were worth a cent."), [false]);
        assert_eq!(
            kept("the coins he had \" mined \" were worth a cent ."),
            [false]
        );
        // a cue, a reporting word, or a pronoun going on from a speaker keeps it
        assert_eq!(kept("The delay was “regrettable,” she said."), [true]);
        assert_eq!(
            kept("Ana Roe said the fence came first. She is “very proud” of it."),
            [true]
        );
        assert_eq!(
            kept("ana roe said the fence came first . she is \" very proud \" of it ."),
            [true]
        );
        // a quotation cut off with its page may run on
        assert_eq!(kept("The rebels “say"), [true]);
    }

    #[test]
    fn titles_and_terms_in_a_sentences_noun_phrases_are_not_quotations() {
        for text in [
            "“Harbour Nights” was the station’s most watched programme last winter.",
            "\" harbour nights \" was the station's most watched programme last winter .",
            "The famed “Copper Kettle” reopened on Mill Lane after the fire.",
            "the famed \" copper kettle \" reopened on mill lane after the fire .",
            "Divers began a three-day “forensic sweep” of the quarry on Tuesday.",
        ] {
            assert_eq!(kept(text), [false], "{text}");
        }
        // a quotation ends its clause, a subject's verb in marks is no head of a noun
        // phrase, and a longer subject in marks speaks
        for text in [
            "“We will stay,” was all Pavel Orlov said.",
            "Officials said the caretaker “overlooked” them, she said.",
            "Mayor Ilse Varga said the budget was “reckless” and should be scrapped.",
            "Jo Penn said she’s considered “difficult” by her rivals.",
            "Officials said the 29-year-old “quickly left the scene” after the crash.",
            "According to the agency, “heavy rains” have flooded the valley.",
        ] {
            assert_eq!(kept(text), [true], "{text}");
        }
    }

    /// Whether each span of `text` has `feature` (its attribution read as the stage does).
    fn has(text: &str, feature: Feature) -> Vec<bool> {
        each_span(text, |f, t, s, attr| {
            features(f, t, s, Some(attr)).0[feature as usize] > 0.0
        })
    }

    #[test]
    fn a_naming_verb_in_the_passive_gives_a_name_in_use() {
        for text in [
            "Marrying a stranger for residency is often called a “paper union.”",
            "marrying a stranger for residency is often called a \" paper union . \"",
            "The children fought in what has been dubbed a “pit club.”",
            "thousands came for what is being termed a \" day of farewell \" in the square .",
            "The ward was once nicknamed “the Ark” by the nurses.",
        ] {
            assert_eq!(has(text, Feature::NamesBare), [true], "{text}");
        }
        // the active: a person's or a group's words; a verb with an object of its own; a
        // verb of saying
        for text in [
            "Governor Lena Marsh condemned what she called a “cowardly attack” on the clinic.",
            "what they termed a \" witch hunt \" went on for months , he said .",
            "Mayor Ana Kell called the budget a “costly mistake” on Tuesday.",
            "Councillor Tom Reyes said the plan was “reckless.”",
        ] {
            assert_eq!(has(text, Feature::NamesBare), [false], "{text}");
        }
    }

    #[test]
    fn a_phrase_opening_a_clause_that_reports_nothing_is_marked() {
        for text in [
            "Ana Roe loved the film. “Night Owls” at least lets him sing.",
            "ana roe loved the film . \" night owls \" at least lets him sing .",
            "Less a thriller than a chore, “The Long Road” sets out slowly.",
            "less a thriller than a chore , \" the long road \" sets out slowly .",
        ] {
            assert_eq!(has(text, Feature::OpensUnreported), [true], "{text}");
        }
        // inside its verb's clause, in the sentence of a cue, or a sentence of its own
        for text in [
            "Ana Roe said so. Police found “extensive blood evidence” in the house.",
            "“Heavy rains” flooded the valley, the agency said.",
            "Ana Roe said so. “We will stay here.”",
            "ana roe said so . police found \" extensive blood evidence \" in the house .",
        ] {
            assert_eq!(has(text, Feature::OpensUnreported), [false], "{text}");
        }
    }

    #[test]
    fn the_quoted_words_shape_of_a_title_or_a_term_is_read_in_any_casing() {
        for text in [
            "The painting is known as “The Widow of the Mill” in Vellan.",
            "the painting is known as \" the widow of the mill \" in vellan .",
            "THE PAINTING IS KNOWN AS \"THE WIDOW OF THE MILL\" IN VELLAN.",
            "Crowds marked a “day of silence” in Brenna.",
        ] {
            assert_eq!(has(text, Feature::OfPhrase), [true], "{text}");
        }
        // a verb or a speaker inside, `of` first or last, a long run
        for text in [
            "Ana Roe said “we are proud of the team” on Monday.",
            "Ana Roe said the band “was tired of waiting” on Monday.",
            "Ana Roe said she was “sick of” the delays.",
            "Ana Roe said it was “a long and winding story of the old town of Brenna”.",
        ] {
            assert_eq!(has(text, Feature::OfPhrase), [false], "{text}");
        }
        for text in [
            "Vellan Post ran a column, “Copper Fever.”",
            "vellan post ran a column , \" copper fever . \"",
            "VELLAN POST RAN A COLUMN, \"COPPER FEVER.\"",
            "They called the gadget the “wobble disc.”",
        ] {
            assert_eq!(has(text, Feature::StopBare), [true], "{text}");
        }
        // a verb, a speaker or a closed-class word inside, no stop inside, a longer run
        for text in [
            "Ana Roe said the plan was “a disgrace.”",
            "Ana Roe said: “We rebuild.”",
            "Ana Roe said the plan was “reckless” on Monday.",
            "Ana Roe said the plan “is dead.”",
            "Ana Roe called the budget “costly, cruel and late.”",
        ] {
            assert_eq!(has(text, Feature::StopBare), [false], "{text}");
        }
    }

    #[test]
    fn modifier_shapes_are_read_from_the_word_alone() {
        for w in ["five-day", "famed", "annual", "famous", "tiresome", "2019"] {
            assert!(modifier_shaped(w), "{w}");
        }
        for w in ["truly", "duke", "help", "the", "red", "plan", "request"] {
            assert!(!modifier_shaped(w), "{w}");
        }
    }

    #[test]
    fn short_partial_quotations_are_kept() {
        assert_eq!(kept("She said he was a 'marginal' figure."), [true]);
        assert_eq!(kept("she said he was a \" marginal \" figure ."), [true]);
        assert_eq!(kept("Ana Roe called the plan “a disaster”."), [true]);
        assert_eq!(kept("ana roe called the plan \" a disaster \" ."), [true]);
        assert_eq!(kept("He called it “insulting” and left."), [true]);
        assert_eq!(kept("She said it was “slow” from the start."), [true]);
        assert_eq!(kept("what he called “a betrayal” of voters"), [true]);
        assert_eq!(kept("It was “the best day of my life,” she said."), [true]);
        // the shapes of `of_phrase` and `stop_bare` in short partial quotations
        assert_eq!(
            kept("Ana Roe called the plan “a waste of good bread”."),
            [true]
        );
        assert_eq!(
            kept("ana roe called the plan \" a waste of good bread \" ."),
            [true]
        );
        assert_eq!(kept("Ana Roe called the ruling “outrageous.”"), [true]);
        assert_eq!(kept("ana roe called the ruling \" outrageous . \""), [true]);
    }
}
