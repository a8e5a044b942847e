//! Reads the casualty mentions of one sentence: counted groups and named people linked to
//! the status phrase they are the subject or object of, running tolls, attackers.

use super::context;
use super::groups::{Ctx, Item};
use super::lexicon::{class, is_pronoun, Voice};
use super::nationality::{self, NatKind};
use super::numbers::number_at;
use super::status::{self, Hit};
use super::toll_value::{self, Reading};
use crate::records::{Approx, Count, Part, Role, Status};
use rustc_hash::FxHashMap as HashMap;

/// One statement of a casualty fact, before repeated mentions are merged.
#[derive(Debug, Clone)]
pub struct Mention {
    pub role: Role,
    pub status: Status,
    pub nat: Option<String>,
    pub count: Count,
    pub name: Option<String>,
    pub head: String,
    pub desc: String,
    /// A single person known by description only (`the cab driver`, `a police officer`).
    pub single: bool,
    pub sentence: usize,
    pub pos: usize,
    /// The construction it was read from (see `rules`).
    pub rule: &'static str,
    /// Named by a lone word taken for a surname (`Item::lone`).
    pub lone: bool,
    /// What it is to the other mentions of its sentence (a group of a shared-predicate list).
    pub part: Option<Part>,
}

impl Mention {
    /// A mention of a counted group or named person, as its item describes them.
    pub fn of_item(it: &Item, count: Count, status: Status, sentence: usize, pos: usize) -> Self {
        Mention {
            role: if it.perp {
                Role::Perpetrator
            } else {
                Role::Victim
            },
            status,
            nat: it.nat.clone(),
            count,
            name: it.name.clone(),
            head: it.head.clone(),
            desc: it.desc.clone(),
            single: (it.definite || it.article) && it.name.is_none(),
            sentence,
            pos,
            rule: "",
            part: None,
            lone: it.lone,
        }
    }

    /// A part of a counted group told by its number alone (`including four in ohio`,
    /// `, three seriously`): victims with no noun, name or nationality of their own.
    fn part(status: Status, count: Count, sentence: usize, pos: usize) -> Mention {
        Mention {
            role: Role::Victim,
            status,
            nat: None,
            count,
            name: None,
            head: "part".into(),
            desc: String::new(),
            single: false,
            sentence,
            pos,
            rule: "breakdown_list",
            part: None,
            lone: false,
        }
    }

    /// A toll of victims ("the death toll rose to 12"), told by no one person.
    fn toll(
        status: Status,
        nat: Option<String>,
        count: Count,
        sentence: usize,
        pos: usize,
    ) -> Mention {
        Mention {
            role: Role::Victim,
            status,
            nat,
            count,
            name: None,
            head: "toll".into(),
            desc: String::new(),
            single: false,
            sentence,
            pos,
            rule: "toll_noun",
            part: None,
            lone: false,
        }
    }
}

/// The rule of a group in a list sharing one predicate (`A and B were killed`): the groups
/// add up, as parts of a total do.
const COORDINATED: &str = "breakdown_list/coordinated";

/// Who `he`/`she` most likely refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum Focus {
    Nobody,
    Attacker,
    Person(String),
}

/// What the article has said so far that later sentences lean on.
pub struct State {
    pub focus: Focus,
    pub attacker_name: Option<String>,
    pub attacker_nat: Option<String>,
    /// Lower-case surname → the fullest name the article gives.
    pub names: HashMap<String, String>,
    /// Lower-case surname → role nouns given with the name (`officer`).
    pub roles: HashMap<String, Vec<String>>,
    /// The last sentence found to be about another event.
    pub other_at: Option<usize>,
    /// Per status (killed, injured, missing), the last counted group with a nationality:
    /// `two of those killed` later is a part of it.
    pub last_nat: [Option<(u64, String)>; 3],
    /// The first unnamed victim group of the last sentence that stated one (`two men
    /// died. they were named as ...`).
    pub last_victims: Option<Described>,
    /// Every unnamed victim group of that sentence (`92 passengers and 11 crew members
    /// were killed`), one of which a restating sentence may take up (`the 11 crew
    /// members were all libyan`).
    pub last_groups: Vec<Described>,
    /// Sentences whose one unnamed person of a status the next sentence named
    /// (`the victim was identified as NAME`): that mention gives way to the named one.
    pub renamed: Vec<(usize, Status)>,
    /// The last sentence that counted perpetrators as a group, and their number (`three
    /// robbers stormed a bank`): what `one of them was shot dead` may refer back to.
    pub last_perps: Option<(usize, u64)>,
    /// The article is lower-cased: names are cleaned of a description's words
    /// (`person_name::clean_lower`).
    pub lower: bool,
    /// A sentence so far told of a legal proceeding (`court_words.txt`).
    pub court: bool,
}

/// An unnamed victim group a sentence stated: its sentence, status, number, noun and
/// nationality.
#[derive(Debug, Clone)]
pub struct Described {
    pub sentence: usize,
    pub status: Status,
    pub count: u64,
    pub head: String,
    /// The group's words (`foreign tourists`): what an anaphor may name it by.
    pub desc: String,
    pub nat: Option<String>,
}

impl Described {
    /// The group a mention of sentence `index` counts.
    pub fn of(m: &Mention, index: usize) -> Described {
        Described {
            sentence: index,
            status: m.status,
            count: m.count.value,
            head: m.head.clone(),
            desc: m.desc.clone(),
            nat: m.nat.clone(),
        }
    }
}

impl State {
    pub fn new() -> Self {
        State {
            focus: Focus::Nobody,
            attacker_name: None,
            attacker_nat: None,
            names: HashMap::default(),
            roles: HashMap::default(),
            other_at: None,
            last_nat: Default::default(),
            last_victims: None,
            last_groups: Vec::new(),
            renamed: Vec::new(),
            last_perps: None,
            lower: false,
            court: false,
        }
    }

    /// Records a name (from any sentence) so that surnames resolve to it.
    pub fn register(&mut self, name: &str, roles: &[String]) {
        let name = if self.lower {
            match super::person_name::clean_lower(name) {
                Some(n) => n,
                None => return,
            }
        } else {
            name
        };
        let key = surname(name);
        if key.is_empty() {
            return;
        }
        let e = self
            .names
            .entry(key.clone())
            .or_insert_with(|| name.to_string());
        if name.split(' ').count() > e.split(' ').count() {
            *e = name.to_string();
        }
        let r = self.roles.entry(key).or_default();
        for role in roles {
            if !r.contains(role) {
                r.push(role.clone());
            }
        }
    }

    /// The fullest name the article gives for `name`'s surname; a name of several words
    /// keeps its own unless the fuller one holds each of its words (`Tierne Ewing` is not
    /// `Kevin Ewing`, `Dallas Kolstad` may be `Isaac Dallas Kolstad`).
    pub fn fullest(&self, name: &str) -> String {
        let Some(full) = self.names.get(&surname(name)) else {
            return name.to_string();
        };
        let words: Vec<String> = full.split(' ').map(str::to_lowercase).collect();
        let within = name
            .split(' ')
            .all(|w| words.iter().any(|f| *f == w.to_lowercase()));
        if name.contains(' ') && !within {
            name.to_string()
        } else {
            full.clone()
        }
    }
}

impl Default for State {
    fn default() -> Self {
        Self::new()
    }
}

pub fn surname(name: &str) -> String {
    name.split(' ')
        .rfind(|w| {
            !matches!(
                w.to_lowercase().trim_end_matches('.'),
                "jr" | "sr" | "ii" | "iii"
            )
        })
        .unwrap_or("")
        .to_lowercase()
}

/// The names a sentence gives with a role or in full, and their role nouns. Marks in
/// `no_name` (one entry per token) the positions where neither `named_at` nor
/// `appositive_name` found a name, so that a later pass over the sentence can skip them
/// (see [`person_at`]).
pub fn names(ctx: &Ctx<'_>, no_name: &mut Vec<bool>) -> Vec<(String, Vec<String>)> {
    no_name.clear();
    no_name.resize(ctx.toks.len(), false);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ctx.toks.len() {
        let named = ctx.named_at(i).or_else(|| appositive_name(ctx, i));
        no_name[i] = named.is_none();
        match named {
            Some(it) if it.end > i => {
                i = it.end;
                if let Some(n) = it.name {
                    if n.contains(' ') || !it.roles.is_empty() {
                        out.push((n, it.roles));
                    }
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// A lone word that no list knows, right before a verb or auxiliary at the start of a
/// clause, read as a surname (`Okafor was pronounced dead`, `and Varga died`); the mention
/// is kept only if the article gives the full name (see `article_facts`).
fn lone_subject(ctx: &Ctx<'_>, i: usize) -> Option<Item> {
    let t = ctx.toks.get(i)?;
    let next = ctx.toks.get(i + 1)?;
    let word = t.is_word()
        && (t.cap || ctx.lower)
        && t.unlisted()
        && t.low.len() >= 3
        && t.low != "another"
        && t.low.chars().all(|c| c.is_alphabetic() || c == '\'');
    let verb = next.has(class::AUX | class::TRIGGER_START);
    if !(word && verb && clause_start(ctx, i)) {
        return None;
    }
    Some(Item {
        start: i,
        end: i + 1,
        count: Some(one()),
        name: Some(ctx.text.get(t.start..t.end)?.to_string()),
        lone: true,
        ..Item::default()
    })
}

/// Whether token `i` opens a clause: the sentence's start, after punctuation or after a
/// conjunction.
fn clause_start(ctx: &Ctx<'_>, i: usize) -> bool {
    i == 0
        || ctx.toks.get(i - 1).is_some_and(|p| {
            !p.is_word() && !p.is_punct('\'')
                || matches!(p.low, "and" | "but" | "when" | "after" | "before" | "while")
        })
}

/// `castile, who was about to turn 33, was killed`, `arrington, a senior, was pronounced
/// dead`, `james horner, the composer who scored the film, has died`: a name opening the
/// sentence (or a quotation), set off by an apposition in commas (a relative clause or a
/// description, holding no status word of its own) that a status predicate follows. The
/// item runs over the apposition, so the subject reader passes it (`holds_comma`). A plain
/// name in lower-cased text, or one word no list knows that may open a name (in any casing).
/// In lower-cased text, a name opening with a known given name also opens the clause a
/// reporting verb introduces (`police said lena ortiz, a nurse, was killed`).
fn opening_name(ctx: &Ctx<'_>, i: usize) -> Option<Item> {
    let toks = ctx.toks;
    let t = toks.get(i)?;
    let opens = i == 0 || (i == 1 && toks[0].is_punct('"')) || reported_given(ctx, i);
    if !opens || !t.is_word() || toks.len() < i + 5 {
        return None;
    }
    // cheap test first: `, who`, `, a`, `, an` or `, the` within the name's three words
    let apposed = (i + 1..i + 4).any(|c| {
        toks.get(c).is_some_and(|t| t.is_punct(','))
            && toks
                .get(c + 1)
                .is_some_and(|t| matches!(t.low, "who" | "a" | "an" | "the"))
    });
    if !apposed {
        return None;
    }
    let (name, e) = match super::rules::phrase::plain_name(ctx, i) {
        Some(found) => found,
        None => {
            let word = (t.cap || ctx.lower)
                && t.unlisted()
                && t.low.len() >= 3
                && t.low.chars().all(char::is_alphabetic)
                && super::rules::phrase::name_opening(t.low, "");
            if !word {
                return None;
            }
            (ctx.text.get(t.start..t.end)?.to_string(), i + 1)
        }
    };
    let close = apposition_close(ctx, e)?;
    Some(Item {
        start: i,
        end: close,
        count: Some(one()),
        name: Some(if ctx.lower {
            super::person_name::title_words(&name)
        } else {
            name
        }),
        ..Item::default()
    })
}

/// In lower-cased text, a known given name right after a reporting verb (`said`, `says`,
/// `said that`): the subject of the clause reported.
fn reported_given(ctx: &Ctx<'_>, i: usize) -> bool {
    let low = |k: usize| ctx.toks.get(k).map_or("", |t| t.low);
    let reporting = |w: &str| matches!(w, "said" | "says" | "say");
    ctx.lower
        && i >= 1
        && (reporting(low(i - 1)) || i >= 2 && low(i - 1) == "that" && reporting(low(i - 2)))
        && crate::lexicon::given_name(low(i)).is_some()
}

/// Where the apposition after a name ending at `e` closes (`, who was about to turn 33,`,
/// `, a nurse,`, `, the composer who ...,`): at the first comma that a status predicate
/// follows (over auxiliaries and adverbs), with no status phrase before it; a stop ends
/// the search.
fn apposition_close(ctx: &Ctx<'_>, e: usize) -> Option<usize> {
    let toks = ctx.toks;
    if !toks.get(e)?.is_punct(',') || !matches!(toks.get(e + 1)?.low, "who" | "a" | "an" | "the") {
        return None;
    }
    // `koko, a lowland gorilla who learned to sign, has died`: a description whose noun
    // is an animal or a thing (`non_people.txt`, before its `who`, preposition or comma)
    // sets off no person
    let described_thing = toks[e + 2..]
        .iter()
        .take_while(|w| {
            w.is_word()
                && !matches!(w.low, "who" | "that" | "which")
                && !super::lexicon::is_preposition(w.low)
        })
        .take(6)
        .any(|w| w.has(class::NON_PERSON));
    if described_thing {
        return None;
    }
    let hits = status::find(ctx.lex, toks);
    let mut k = e + 2;
    loop {
        let w = toks.get(k)?;
        if k > e + 30 || w.is_punct('.') || w.is_punct(';') || hit_between(&hits, e + 1, k + 1) {
            return None;
        }
        if w.is_punct(',') {
            let mut n = k + 1;
            while toks
                .get(n)
                .is_some_and(|v| v.is_word() && (v.has(class::AUX) || is_adverb(v.low)))
            {
                n += 1;
            }
            // a passive (`, was shot`) or a predicate (`, died`), not an active verb with
            // its object (`, shot the model`)
            let at = hits.partition_point(|h| h.start <= k);
            let passive = hits
                .get(at)
                .filter(|h| h.start <= n)
                .is_some_and(|h| n > k + 1 || h.voice == Voice::Pred);
            if passive {
                return Some(k);
            }
        }
        k += 1;
    }
}

/// In lower-cased text, a plain name opening with a known given name at the start of a
/// sentence or clause, before a verb, an auxiliary or a list (`rosa kemp was one of`, `tom ridley and
/// his wife`).
fn given_subject(ctx: &Ctx<'_>, i: usize) -> Option<Item> {
    // not inside a list or apposition (`climbers, amy ross and ben cole, were`)
    let opens = i == 0
        || ctx.toks.get(i - 1).is_some_and(|p| {
            p.is_punct('"') || p.is_punct(';') || matches!(p.low, "but" | "when" | "while")
        });
    if !ctx.lower || !opens {
        return None;
    }
    crate::lexicon::given_name(ctx.toks.get(i)?.low)?;
    let (name, e) = super::rules::phrase::plain_name(ctx, i)?;
    let next = ctx.toks.get(e)?;
    let before_verb = next.has(class::AUX | class::TRIGGER_START) || next.low == "and";
    before_verb.then(|| Item {
        start: i,
        end: e,
        count: Some(one()),
        name: Some(name),
        ..Item::default()
    })
}

/// The people-items of a sentence: counted groups and named people, left to right.
pub fn items(ctx: &Ctx<'_>, st: &State) -> Vec<Item> {
    let toks = ctx.toks;
    let mut out: Vec<Item> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let item = person_at(ctx, i)
            .or_else(|| {
                let known = t.is_word()
                    && (t.cap || ctx.lower)
                    && !t.has(class::FUNCTION)
                    && st.names.contains_key(t.low);
                known.then(|| Item {
                    start: i,
                    end: i + 1,
                    count: Some(one()),
                    name: Some(st.fullest(t.low)),
                    ..Item::default()
                })
            })
            .or_else(|| lone_subject(ctx, i))
            .or_else(|| given_subject(ctx, i))
            .or_else(|| opening_name(ctx, i))
            .or_else(|| ctx.called_at(i))
            .or_else(|| apposed_plain_name(ctx, &out, i))
            .or_else(|| relative_plain_name(ctx, i))
            .or_else(|| kin_given_name(ctx, &out, i))
            .or_else(|| shared_surname(ctx, i))
            .or_else(|| ctx.group_at(i))
            .or_else(|| joined_single(ctx, &out, i));
        // "fatally shot Markus Austin, 33." / "killed Jo Roe, 61, and Al Poe, 59": a number
        // with no noun in commas after a name is the person's age, no count
        let age = item.as_ref().is_some_and(|it| {
            it.bare
                && it.name.is_none()
                && it.end == i + 1
                && i >= 1
                && toks[i - 1].is_punct(',')
                && matches!(t.kind, super::tokens::Kind::Num { whole: true, .. })
                && out
                    .last()
                    .is_some_and(|p| p.name.is_some() && p.end + 1 == i)
                && toks
                    .get(i + 1)
                    .is_none_or(|n| !n.is_word() || n.low == "and")
        });
        // "Tomas Brek, who taught at the college, and who ..., was killed": a name opening
        // the sentence runs over its apposition (as `opening_name`'s do)
        let opening = i == 0 || (i == 1 && toks[0].is_punct('"'));
        let item = item.map(|mut it| {
            if opening && it.name.is_some() && it.start == i {
                if let Some(close) = apposition_close(ctx, it.end) {
                    it.end = close;
                }
            }
            it
        });
        match item {
            Some(it) if it.end > i && !age => {
                i = it.end;
                out.push(it);
            }
            _ => i += 1,
        }
    }
    // "The suspect, Jo Roe, 61," is one person: the description joins the name; so does
    // "a Dutch woman named Eva Smit"
    let mut merged: Vec<Item> = Vec::with_capacity(out.len());
    for mut it in out {
        if let Some(prev) = merged.last() {
            let gap = &toks[prev.end..it.start];
            let called = gap.len() == 1 && matches!(gap[0].low, "named" | "called");
            let comma = gap.len() == 1 && gap[0].is_punct(',');
            if (called || comma)
                && (prev.definite || prev.article)
                && prev.name.is_none()
                && it.name.is_some()
            {
                // "An Italian climber, Marco Bellin," is one person, of that nationality
                let prev = merged.pop().unwrap_or_default();
                it.start = prev.start;
                it.perp |= prev.perp;
                if it.nat.is_none() {
                    it.nat = prev.nat;
                }
                // the description is a role of the person named after a comma
                if comma && !prev.head.is_empty() {
                    it.roles.push(prev.head);
                }
                merged.push(it);
                continue;
            }
        }
        merged.push(it);
    }
    merged
}

/// `the driver who rammed the crowd`, `six men who had attacked the base`: a relative
/// clause saying the group attacked makes them attackers.
fn attacker_clause(toks: &[super::tokens::Tok], end: usize) -> bool {
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    if !matches!(low(end), "who" | "that") {
        return false;
    }
    let mut k = end + 1;
    while matches!(
        low(k),
        "had" | "has" | "have" | "allegedly" | "reportedly" | "apparently"
    ) {
        k += 1;
    }
    matches!(
        low(k),
        "attacked"
            | "rammed"
            | "opened"
            | "stabbed"
            | "stormed"
            | "bombed"
            | "ambushed"
            | "ploughed"
            | "plowed"
            | "detonated"
            | "hijacked"
    )
}

/// `a security guard, omar haddad,` in lower-cased text: a plain name in commas after a
/// single person described (merged with the description by `items`); or one that closes
/// the sentence when it opens with a known given name (`including the ambassador, chris
/// stevens.`).
fn apposed_plain_name(ctx: &Ctx<'_>, before: &[Item], i: usize) -> Option<Item> {
    let toks = ctx.toks;
    if !ctx.lower || i < 2 || !toks[i - 1].is_punct(',') {
        return None;
    }
    let prev = before.last().filter(|p| p.end + 1 == i)?;
    if prev.name.is_some() || !(prev.article || prev.definite) {
        return None;
    }
    let (name, e) = super::rules::phrase::plain_name(ctx, i)?;
    let closed = match toks.get(e) {
        Some(t) if t.is_punct(',') => true,
        // the sentence's end (or the end of the text)
        next => {
            next.is_none_or(|t| t.is_punct('.'))
                && e > i + 1
                && crate::lexicon::given_name(toks[i].low).is_some()
        }
    };
    if !closed {
        return None;
    }
    Some(Item {
        start: i,
        end: e,
        count: Some(one()),
        name: Some(name),
        ..Item::default()
    })
}

/// `the parents of lena ortiz, who was killed in the crash`, `it refers to tom reid, who
/// died after …`: in lower-cased text, a plain name (`phrase::plain_name`) in any place of
/// the sentence, set off by a comma and a relative clause that opens with a status phrase
/// (`who` and at most three auxiliaries or adverbs before a status word of death or injury).
/// The clause is the name's frame, as an age is, and the name opens with a known given name:
/// a name whose relative clause tells no casualty (`tom reid, who found the car`) is left
/// alone, and a name after a place's preposition (`in`, `at`) is a place's.
fn relative_plain_name(ctx: &Ctx<'_>, i: usize) -> Option<Item> {
    let toks = ctx.toks;
    if !ctx.lower {
        return None;
    }
    // cheap test first: `, who` two or three words on
    let at_who = |c: usize| {
        toks.get(c).is_some_and(|t| t.is_punct(','))
            && toks.get(c + 1).is_some_and(|t| t.low == "who")
    };
    if !(at_who(i + 2) || at_who(i + 3)) || !toks[i].is_word() {
        return None;
    }
    // (a name closing a list is the list readers': `liberty german and abigail williams, who`;
    // after a determiner the words are a thing's or a place's: `an ashford home, who`)
    if i > 0
        && matches!(
            toks[i - 1].low,
            "in" | "at" | "near" | "into" | "outside" | "and" | "a" | "an" | "the" | "&" | "its"
        )
    {
        return None;
    }
    // the frame tells a person, the given name that it opens a name (not `their soccer
    // coach, who`, `her childhood shirley temple, who`)
    crate::lexicon::given_name(toks[i].low)?;
    let (name, e) = super::rules::phrase::plain_name(ctx, i)?;
    if !at_who(e) {
        return None;
    }
    // a disappearance is left out: `a memorial for NAME, who has been missing since` more
    // often tells an old case than a fact of the story
    let gone = |t: &super::tokens::Tok<'_>| {
        matches!(
            t.low,
            "missing" | "disappeared" | "vanished" | "went" | "swept"
        )
    };
    if toks.iter().skip(e + 2).take(5).any(gone) {
        return None;
    }
    let mut k = e + 2;
    while k < e + 6 {
        let t = toks.get(k)?;
        if t.has(class::TRIGGER_START) {
            break;
        }
        if !(t.is_word() && (ctx.lex.aux.contains(t.low) || is_adverb(t.low))) {
            return None;
        }
        k += 1;
    }
    if k == e + 6 {
        return None;
    }
    Some(Item {
        start: i,
        end: e,
        count: Some(one()),
        name: Some(name),
        ..Item::default()
    })
}

/// A word at `i` that may be a person's given name standing alone: capitalised (or any word
/// in lower-cased text), no word a list knows (no function word, auxiliary, status word,
/// person noun, ordinary word or adverb in `-ly`) unless a known given name, and closed by
/// punctuation, `and`,
/// an auxiliary or a status word (`kelsey ,`, `ethan were found`).
fn lone_given_at(ctx: &Ctx<'_>, i: usize) -> bool {
    let toks = ctx.toks;
    let Some(t) = toks.get(i) else {
        return false;
    };
    let closed = toks
        .get(i + 1)
        .is_none_or(|n| !n.is_word() || n.low == "and" || n.has(class::AUX | class::TRIGGER_START));
    let given = crate::lexicon::given_name(t.low).is_some();
    t.is_word()
        && (t.cap || ctx.lower)
        && closed
        && t.low.chars().all(|c| c.is_alphabetic() || c == '-')
        && t.low.len() >= 3
        && (given
            || !(t.has(class::LISTED)
                || crate::lexicon::common_word(t.low)
                || t.low.ends_with("ly")))
        && !super::lexicon::is_weekday(t.low)
        && !ctx.lex.months.contains(t.low)
}

/// `and daughters Mirela, 11, and Sanna, 6, drowned`, `her 9-year-old brother, Tobin, were
/// found`: a given name alone after a relative's noun (`possessed_people.tsv`, one the
/// person nouns hold too: not `boss` or `roommate`), with the
/// noun's possessive and age before it, is that relative named; a lone given name after
/// `and` that closes a list begun by such a relative is the next one named. The noun tells
/// the word is a person's name, as a full name otherwise does.
fn kin_given_name(ctx: &Ctx<'_>, before: &[Item], i: usize) -> Option<Item> {
    let toks = ctx.toks;
    let low = |k: usize| toks.get(k).map_or("", |t| t.low);
    let item = |start: usize, n: usize, roles: Vec<String>| Item {
        start,
        end: n + 1,
        count: Some(one()),
        name: Some(super::person_name::title_words(toks[n].low)),
        roles,
        ..Item::default()
    };
    let mut s = i;
    while s < toks.len()
        && (super::groups::is_age(low(s))
            || matches!(
                low(s),
                "his" | "her" | "their" | "infant" | "baby" | "young" | "little" | "twin"
            ))
    {
        s += 1;
    }
    // (the relatives' nouns are person nouns: the class bit spares the list's look-up at
    // every other word)
    if toks.get(s).is_some_and(|t| t.has(class::PERSON)) && super::rules::kin_noun(low(s)).is_some()
    {
        let n = if low(s + 1) == "," { s + 2 } else { s + 1 };
        return lone_given_at(ctx, n).then(|| item(i, n, vec![low(s).to_string()]));
    }
    // "..., and Kilee, 7, died": the next of the relatives listed
    if i == 0 || low(i - 1) != "and" {
        return None;
    }
    let prev = before.last()?;
    let kin_named = prev.roles.len() == 1
        && super::rules::kin_noun(&prev.roles[0]).is_some()
        && prev.name.as_deref().is_some_and(|n| !n.contains(' '));
    let gap = &toks[prev.end.min(i)..i];
    let gap_ok = matches!(
        gap.iter().map(|t| t.low).collect::<Vec<_>>().as_slice(),
        ["and"] | [",", "and"] | [",", _, ",", "and"]
    );
    (kin_named && gap_ok && lone_given_at(ctx, i)).then(|| item(i, i, Vec::new()))
}

/// `Yusuf and Idris Kamaraj`: a known given name alone before `and` and a full name whose
/// first word is a given name too shares that name's surname (two of one family).
fn shared_surname(ctx: &Ctx<'_>, i: usize) -> Option<Item> {
    let toks = ctx.toks;
    let t = toks.get(i)?;
    if !(t.is_word() && (t.cap || ctx.lower))
        || toks.get(i + 1).is_none_or(|n| n.low != "and")
        || crate::lexicon::given_name(t.low).is_none()
    {
        return None;
    }
    // (in lower-cased text, a plain name the lists do not know: `idris haskel ,`)
    let name = person_at(ctx, i + 2)
        .and_then(|n| n.name)
        .or_else(|| super::rules::phrase::plain_name(ctx, i + 2).map(|(n, _)| n))?;
    let (first, rest) = name.split_once(' ')?;
    crate::lexicon::given_name(&first.to_lowercase())?;
    Some(Item {
        start: i,
        end: i + 1,
        count: Some(one()),
        name: Some(format!("{} {rest}", super::person_name::title_words(t.low))),
        ..Item::default()
    })
}

/// `the cab driver and passenger`, `... and Maserati driver was pronounced dead`: a single
/// person after `and` without a determiner of their own.
fn joined_single(ctx: &Ctx<'_>, before: &[Item], i: usize) -> Option<Item> {
    let toks = ctx.toks;
    if i == 0 || toks[i - 1].low != "and" {
        return None;
    }
    let prev_single = before
        .last()
        .is_some_and(|p| p.end + 1 == i && (p.definite || p.article));
    for h in i..(i + 3).min(toks.len()) {
        let t = &toks[h];
        if !t.is_word() || t.has(class::FUNCTION | class::AUX) {
            return None;
        }
        if ctx.lex.people.get(t.low) == Some(&true) {
            let next = toks.get(h + 1).map_or("", |t| t.low);
            let verb_next = matches!(next, "was" | "is" | "has" | "had");
            if !(prev_single || verb_next) {
                return None;
            }
            return Some(Item {
                start: i,
                end: h + 1,
                count: Some(one()),
                definite: true,
                head: t.low.to_string(),
                desc: toks[i..=h]
                    .iter()
                    .map(|t| t.low)
                    .collect::<Vec<_>>()
                    .join(" "),
                ..Item::default()
            });
        }
    }
    None
}

fn one() -> Count {
    Count {
        value: 1,
        approx: Approx::Exact,
    }
}

/// A person named at token `i` ([`Ctx::named_at`]) or a name with a describing appositive
/// ([`appositive_name`]); `None` at once where the names pass found neither (`no_name`).
fn person_at(ctx: &Ctx<'_>, i: usize) -> Option<Item> {
    if ctx.no_name.get(i) == Some(&true) {
        return None;
    }
    ctx.named_at(i).or_else(|| appositive_name(ctx, i))
}

/// `Colvin, an American reporter for ...,`: a capitalised word with a describing appositive.
fn appositive_name(ctx: &Ctx<'_>, i: usize) -> Option<Item> {
    let toks = ctx.toks;
    let t = toks.get(i)?;
    // cheap test first: ", a" or ", an" follows within three words
    let apposition = (i + 1..i + 4).any(|c| {
        toks.get(c).is_some_and(|t| t.is_punct(','))
            && toks.get(c + 1).is_some_and(|t| matches!(t.low, "a" | "an"))
    });
    if !apposition || !t.is_word() {
        return None;
    }
    // in lower-cased text, a plain name of two or three words: "maria costa, a nurse,"
    let (name_end, text) = match super::rules::phrase::plain_name(ctx, i) {
        Some((name, e)) if i == 0 || !toks[i - 1].is_word() => (e, Some(name)),
        _ => (i + 1, None),
    };
    if !t.is_word() || !(t.cap || text.is_some()) || t.has(class::FUNCTION | class::PERSON) {
        return None;
    }
    // a capital alone proves no name where a word opens its clause, and a date word is
    // never one (`On Thursday, a soldier was killed`, `Yesterday, a man died`: the
    // appositive is the sentence's subject); a given name still may be (`Rose, a nurse,`)
    if text.is_none() && !name_shaped_capital(ctx, i) {
        return None;
    }
    if !toks.get(name_end)?.is_punct(',') || !matches!(toks.get(name_end + 1)?.low, "a" | "an") {
        return None;
    }
    let mut nat = None;
    let mut k = name_end + 2;
    let mut role = None;
    while k < toks.len() && k < i + 7 {
        let w = &toks[k];
        if let Some(h) = nationality::at(toks, k) {
            if nat.is_none() && h.kind != NatKind::Country {
                nat = Some(h.code());
            }
            k += h.len;
            continue;
        }
        if w.has(class::PERSON_SG) {
            role = Some(w.low.to_string());
            break;
        }
        if !w.is_word() || w.has(class::FUNCTION) {
            break;
        }
        k += 1;
    }
    let role = role?;
    // the role noun must end the appositive: "a taxi driver organisation" is no person
    if toks
        .get(k + 1)
        .is_some_and(|n| n.is_word() && !n.has(class::FUNCTION))
    {
        return None;
    }
    if ctx.lex.taught.contains(&role) {
        nat = None;
    }
    // the appositive runs to the next comma
    let mut end = k + 1;
    while end < toks.len() && end < k + 10 && !toks[end].is_punct(',') && !toks[end].is_punct('.') {
        end += 1;
    }
    Some(Item {
        start: i,
        end,
        count: Some(one()),
        nat,
        head: role.clone(),
        name: text.or_else(|| ctx.text.get(t.start..t.end).map(str::to_string)),
        roles: vec![role],
        ..Item::default()
    })
}

/// Whether the capitalised word at `i` may be a person's name before an appositive: not a
/// weekday, month or other word no name holds, and, opening its clause (where every word
/// is capitalised), not an ordinary word unless it is also a given name.
fn name_shaped_capital(ctx: &Ctx<'_>, i: usize) -> bool {
    let toks = ctx.toks;
    let Some(t) = toks.get(i) else {
        return false;
    };
    if t.has(class::NOT_NAME) {
        return false;
    }
    let opens = i == 0 || toks.get(i - 1).is_some_and(|p| !p.is_word());
    !(opens && crate::lexicon::common_word(t.low) && crate::lexicon::given_name(t.low).is_none())
}

/// The item ending at token `p` (items are sorted and do not overlap).
fn item_ending_at(items: &[Item], p: usize) -> Option<usize> {
    let i = items.partition_point(|it| it.end < p);
    (i < items.len() && items[i].end == p).then_some(i)
}

/// Where a sentence or clause may open: token 0 and every token after `.` or `;` (a
/// sentence the splitter left joined to the one before, a clause after a semicolon).
pub(super) fn clause_starts<'t>(
    toks: &'t [super::tokens::Tok<'t>],
) -> impl Iterator<Item = usize> + 't {
    std::iter::once(0)
        .chain((1..toks.len()).filter(|&i| toks[i - 1].is_punct('.') || toks[i - 1].is_punct(';')))
}

/// The item starting at token `s`.
pub(super) fn item_starting_at(items: &[Item], s: usize) -> Option<usize> {
    let i = items.partition_point(|it| it.start < s);
    (i < items.len() && items[i].start == s).then_some(i)
}

/// Whether a status phrase starts in tokens `a..b` (hits are sorted by start).
fn hit_between(hits: &[Hit], a: usize, b: usize) -> bool {
    let i = hits.partition_point(|h| h.start < a);
    i < hits.len() && hits[i].start < b
}

/// Whether items `a` and `b` (a before b) are joined as one list.
fn joined(ctx: &Ctx<'_>, hits: &[Hit], a: &Item, b: &Item) -> bool {
    // "Of the 44 people on board, 30 were hurt": the frame is no member of the list
    let framed = a.start > 0 && matches!(ctx.toks[a.start - 1].low, "of" | "among");
    if framed {
        return false;
    }
    if opens_clause(ctx, hits, a, b) {
        return false;
    }
    if a.name.is_some() && b.name.is_some() && home_town_gap(ctx, a.end, b.start) {
        return !hit_between(hits, a.end, b.start);
    }
    let gap = &ctx.toks[a.end..b.start];
    let lows: Vec<&str> = gap.iter().map(|t| t.low).collect();
    match lows.as_slice() {
        [","]
        | ["and"]
        | ["or"]
        | [",", "and"]
        | [",", "or"]
        | ["as", "well", "as"]
        | ["plus"]
        | [",", "plus"] => true,
        [open, inner @ .., close] | [open, inner @ .., close, "and"]
            if (*open == "," && *close == ",") || (*open == "-" && *close == "-") =>
        {
            inner.len() <= 8
                && !inner
                    .iter()
                    .any(|w| matches!(*w, "," | "said" | "says" | ";"))
                && !hit_between(hits, a.end, b.start)
        }
        _ => false,
    }
}

/// `NAME, 45, of TOWN, and NAME`: between two named people, an age in commas (when the
/// item does not hold it) and a home town of one to three words no list holds as a
/// function word, closed by `,` or `, and`.
fn home_town_gap(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    let toks = ctx.toks;
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    let aged = low(from) == ","
        && low(from + 2) == ","
        && toks.get(from + 1).is_some_and(
            |t| matches!(t.kind, super::tokens::Kind::Num { value, whole: true } if value < 120.0),
        );
    let from = if aged { from + 2 } else { from };
    if to < from + 4 || to > from + 7 || low(from) != "," || !matches!(low(from + 1), "of" | "from")
    {
        return false;
    }
    let close = match low(to - 1) {
        "and" if low(to - 2) == "," => to - 2,
        "," => to - 1,
        _ => return false,
    };
    close > from + 2
        && toks[from + 2..close]
            .iter()
            .all(|t| t.is_word() && !t.has(class::FUNCTION | class::AUX))
}

/// `killing four people, and at least 20 others remain missing`, `wounded eight, and two
/// more are missing`: after an object of a status verb, a group after `and` with a status
/// phrase of its own (right after it, or after `are`, `remain`, `have been` ...) is the
/// subject of a new clause, no member of the object's list.
fn opens_clause(ctx: &Ctx<'_>, hits: &[Hit], a: &Item, b: &Item) -> bool {
    let toks = ctx.toks;
    if !toks[a.end..b.start].iter().any(|t| t.low == "and") {
        return false;
    }
    let object = hits.iter().any(|h| {
        h.end <= a.start && a.start <= h.end + 1 && matches!(h.voice, Voice::Verb | Voice::Active)
    });
    // "the death toll has climbed to 22, and nine miners remain in hospital": a toll's
    // number ends its clause too
    let toll_number = a.start > 0
        && matches!(
            toks[a.start - 1].low,
            "to" | "at" | "reached" | "is" | "stands" | "stood"
        )
        && hits
            .iter()
            .any(|h| h.voice == Voice::Toll && h.end <= a.start && a.start <= h.end + 14);
    let object = object || toll_number;
    let own = hits.iter().any(|h| {
        h.start >= b.end
            && h.start <= b.end + 2
            && toks[b.end..h.start]
                .iter()
                .all(|t| t.has(class::AUX) || matches!(t.low, "remain" | "remained" | "remains"))
    });
    object && own
}

fn list_back(ctx: &Ctx<'_>, hits: &[Hit], items: &[Item], last: usize) -> Vec<usize> {
    let mut out = vec![last];
    let mut k = last;
    while k > 0 && joined(ctx, hits, &items[k - 1], &items[k]) {
        k -= 1;
        out.push(k);
    }
    out.reverse();
    out
}

/// `killed Mia Tran, 29, a nurse`: one person described after a name (not a lone surname,
/// which stands only with a full name) is the named one, no second member of a list.
fn described(ctx: &Ctx<'_>, a: &Item, b: &Item) -> bool {
    let gap = &ctx.toks[a.end..b.start];
    a.name.is_some()
        && !a.lone
        && b.article
        && b.name.is_none()
        && !b.perp
        && b.count.is_some_and(|c| c.value == 1)
        && match gap {
            [c] => c.is_punct(','),
            [c, n, d] => {
                c.is_punct(',')
                    && matches!(n.kind, super::tokens::Kind::Num { whole: true, .. })
                    && d.is_punct(',')
            }
            _ => false,
        }
}

/// The items joined as one list with `items[first]`, forward from it.
pub(super) fn list_fwd(ctx: &Ctx<'_>, hits: &[Hit], items: &[Item], first: usize) -> Vec<usize> {
    let mut out = vec![first];
    let mut k = first;
    while k + 1 < items.len()
        && joined(ctx, hits, &items[k], &items[k + 1])
        && !described(ctx, &items[k], &items[k + 1])
    {
        k += 1;
        out.push(k);
    }
    out
}

fn is_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && !matches!(w, "only" | "early" | "family" | "italy" | "july" | "ally")
}

enum Subject {
    Items(Vec<usize>),
    Pronoun(usize),
    Nothing,
}

/// The subject of a status phrase starting at `s`, read backwards over auxiliaries,
/// adverbs, an age in commas and a short prepositional phrase. `through_aux` tells
/// whether an auxiliary stood between (a passive rather than a reduced clause).
fn subject_back(ctx: &Ctx<'_>, hits: &[Hit], items: &[Item], s: usize) -> (Subject, bool, usize) {
    let toks = ctx.toks;
    let lex = ctx.lex;
    let mut p = s;
    let mut through_aux = false;
    // a predicate such as `died` needs no auxiliary
    let pred = matches!(
        toks.get(s).map(|t| t.low),
        Some("died" | "dies" | "perished" | "drowned" | "succumbed" | "fell" | "plunged")
    );
    // a be-passive (`were injured`, `is still missing`), for the side-clause step below
    let passive = toks[s.saturating_sub(3)..s.min(toks.len())]
        .iter()
        .any(|t| {
            matches!(
                t.low,
                "was" | "were" | "is" | "are" | "been" | "be" | "being"
            )
        });
    loop {
        if p == 0 {
            break;
        }
        let t = &toks[p - 1];
        // ("the gunman was himself wounded": an emphatic pronoun after the auxiliary; after
        // `and`, the predicate shares an earlier subject, read by `rules::perpetrator`)
        let emphatic = matches!(t.low, "himself" | "herself" | "themselves")
            && p >= 2
            && lex.aux.contains(toks[p - 2].low)
            && (p < 3 || toks[p - 3].low != "and");
        if t.is_word()
            && (lex.aux.contains(t.low)
                || is_adverb(t.low)
                || emphatic
                || matches!(t.low, "almost" | "nearly" | "not"))
        {
            through_aux |= !is_adverb(t.low);
            p -= 1;
            continue;
        }
        if t.is_punct(',') && toks.get(p).is_some_and(|n| n.low == "who") {
            p -= 1;
            // "Ana Roe, 17, who was shot": an age in commas before the relative clause
            // (a passive or a predicate right after `who`, not `who shot Ben Ode`)
            let passive_next = toks.get(p + 2).is_some_and(|n| {
                matches!(
                    n.low,
                    "was" | "were" | "is" | "are" | "has" | "had" | "have" | "been" | "died"
                )
            });
            if passive_next
                && p >= 3
                && matches!(
                    toks[p - 1].kind,
                    super::tokens::Kind::Num { whole: true, .. }
                )
                && toks[p - 2].is_punct(',')
                && item_ending_at(items, p - 2).is_some_and(|k| items[k].name.is_some())
            {
                p -= 2;
            }
            continue;
        }
        // "Ana Roe, 24, of Dunmore died": an age and a home town whose closing comma is
        // left out (one to three words after `of` / `from`)
        if t.is_word() && !lex.aux.contains(t.low) {
            if let Some(q) = home_town_back(ctx, hits, items, p) {
                p = q;
                continue;
            }
        }
        // "maria costa, a nurse, was ...": an item that holds its own apposition
        let holds_comma = |k: usize| {
            toks[items[k].start..items[k].end]
                .iter()
                .any(|t| t.is_punct(','))
        };
        if t.is_punct(',') && p >= 2 && item_ending_at(items, p - 1).is_some_and(holds_comma) {
            p -= 1;
            continue;
        }
        // "Jane Doe, 43, was ..."
        if t.is_punct(',')
            && p >= 3
            && matches!(toks[p - 2].kind, super::tokens::Kind::Num { .. })
            && toks[p - 3].is_punct(',')
        {
            p -= 3;
            continue;
        }
        // "the crew of the trawler, presumed dead, …", "arlo venn, missing since 2011, …": a
        // presumed fate or a disappearance in commas after its group (a reduced relative)
        let presumed = p == s
            && toks
                .get(s)
                .is_some_and(|w| matches!(w.low, "presumed" | "feared" | "missing"));
        if presumed && t.is_punct(',') && p >= 2 && item_ending_at(items, p - 1).is_some() {
            p -= 1;
            continue;
        }
        // "50 Israelis, almost all of them soldiers, killed", "two journalists - including X - were"
        if (t.is_punct(',') || t.is_punct('-')) && p >= 2 {
            let close = t.low.to_string();
            if let Some(open) = (p.saturating_sub(20)..p - 1)
                .rev()
                .find(|&q| toks[q].low == close)
            {
                let inner_hit = hit_between(hits, open + 1, p);
                // "the attacker, who stabbed six people, later died": a relative clause
                // with its own object is about the one before it too.
                let own_object = close == ","
                    && toks.get(open + 1).is_some_and(|n| n.low == "who")
                    && items.iter().any(|it| it.start > open + 1 && it.end < p);
                if (!inner_hit || own_object) && item_ending_at(items, open).is_some() {
                    p = open;
                    continue;
                }
                // "twelve people on the bus, including the driver, were hurt": a group
                // with its own short phrase of place before an aside of its parts
                if !inner_hit && parts_aside(toks, open + 1) && placed_group(ctx, items, open) {
                    p = open;
                    continue;
                }
                // "Mark Delaney, 29, of Riverton, was ...": an age in commas before it
                let age_before = open >= 2
                    && matches!(toks[open - 1].kind, super::tokens::Kind::Num { .. })
                    && toks[open - 2].is_punct(',');
                if !inner_hit && close == "," && age_before && toks[open].is_punct(',') {
                    p = open + 1;
                    continue;
                }
            }
            // "Mark Delaney, 29, of Riverton, Ohio, was ...": a place of two parts
            let place_from = (p.saturating_sub(8)..p.saturating_sub(3)).rev().find(|&q| {
                q >= 2
                    && toks[q].is_punct(',')
                    && matches!(toks[q - 1].kind, super::tokens::Kind::Num { .. })
                    && toks[q - 2].is_punct(',')
                    && matches!(toks[q + 1].low, "of" | "from")
                    && toks[q + 2..p - 1]
                        .iter()
                        .filter(|t| !t.is_word())
                        .all(|t| t.is_punct(','))
                    && toks[q + 2..p - 1].iter().filter(|t| !t.is_word()).count() == 1
            });
            if let Some(q) = place_from.filter(|&q| !hit_between(hits, q + 1, p)) {
                p = q + 1;
                continue;
            }
        }
        // "three soldiers who were serving with the force were killed": a relative clause
        if through_aux {
            let rel = (p.saturating_sub(10)..p)
                .rev()
                .find(|&q| matches!(toks[q].low, "who" | "that"))
                .filter(|&q| {
                    item_ending_at(items, q).is_some()
                        && !hit_between(hits, q, p)
                        && toks[q..p].iter().all(|t| t.is_word())
                });
            if let Some(q) = rel {
                p = q;
                continue;
            }
        }
        // "a man who stabbed and injured two shoppers was shot by police", "a boy who had
        // been riding home died": the subject stands before a relative clause of its own
        if through_aux || pred {
            if let Some(q) = relative_clause_back(ctx, hits, items, p) {
                p = q;
                continue;
            }
        }
        // "three children, aged 4, 6 and 9, were injured", "two sisters aged seven and
        // nine died": a list of ages after the group
        let last = if t.is_punct(',') {
            p.checked_sub(2)
        } else {
            p.checked_sub(1)
        };
        if let Some(a) = last.and_then(|l| super::numbers::age_list_start(toks, l)) {
            p = if a > 0 && toks[a - 1].is_punct(',') {
                a - 1
            } else {
                a
            };
            continue;
        }
        // "the crash, in which three teenagers died, happened", "two climbers who set out
        // …, when …, are still missing", "five people, a referee and four players, were
        // injured": a side clause of the shared clause reader between the subject and its
        // verb
        // (a passive or a predicate: not the active `has killed a bill`)
        if pred || (through_aux && passive) {
            if let Some(q) = super::side_clause::opens_before(ctx.side, ctx.text, toks, p, items) {
                p = q;
                continue;
            }
        }
        // "two journalists and possibly more were wounded"
        if t.low == "more" && p >= 2 {
            let mut q = p - 2;
            if matches!(toks[q].low, "possibly" | "perhaps" | "maybe") && q > 0 {
                q -= 1;
            }
            if matches!(toks[q].low, "and" | "or") {
                p = q;
                continue;
            }
        }
        break;
    }
    // "..., 48 of whom were hurt": read by `rules::partitive`
    if p >= 2 && toks[p - 1].low == "whom" {
        return (Subject::Nothing, through_aux, p);
    }
    if let Some(k) = item_ending_at(items, p) {
        let k = of_head(ctx, items, k);
        return (
            Subject::Items(list_back(ctx, hits, items, k)),
            through_aux,
            p,
        );
    }
    if p > 0 && is_pronoun(toks[p - 1].low) && !matches!(toks[p - 1].low, "her" | "him" | "them") {
        return (Subject::Pronoun(p - 1), through_aux, p);
    }
    // "the gunman was born in X and was shot dead", "... before being killed": the clause
    // shares the sentence's subject
    if through_aux
        && p > 0
        && matches!(toks[p - 1].low, "and" | "but" | "before" | "after")
        && items
            .first()
            .is_some_and(|it| it.start <= 1 && it.count.is_some())
    {
        return (Subject::Items(vec![0]), through_aux, p);
    }
    // "three civilians on the Israeli side have been killed", "the pilot of the helicopter
    // died" (a predicate such as `died` needs no auxiliary)
    let pred = pred
        || hits.iter().any(|h| {
            // "six patients at the clinic had minor injuries"
            h.start == s
                && h.voice == Voice::Pred
                && h.end > s + 1
                && toks[h.end - 1].low == "injuries"
        });
    if through_aux || pred {
        // the last item ending before p
        let before = items.partition_point(|it| it.end < p);
        if let Some(k) = before.checked_sub(1) {
            let it = &items[k];
            let gap = &toks[it.end.min(p)..p.min(it.end + 8)];
            // a prepositional phrase, or a participle phrase ("a woman walking her dog was
            // killed", "two students riding bicycles to school were injured", "a man working
            // on the roof of the depot died"), whose `to` is a preposition
            // (the participle's person opens its clause, no object of a preposition, and the
            // status follows it with `was`, `were`, `has` ... or none: not `that had died`)
            let part = gap.first().is_some_and(|t| participle(ctx, t.low))
                && (p == s
                    || matches!(
                        toks[p].low,
                        "was" | "were" | "is" | "are" | "has" | "have" | "had" | "been"
                    ))
                && !lex.non_people.contains(toks[p - 1].low)
                && it.start.checked_sub(1).is_none_or(|b| {
                    let w = toks[b].low;
                    !super::lexicon::is_preposition(w)
                        && !matches!(w, "to" | "by" | "for" | "into" | "against" | "about")
                });
            let pp = part
                || gap
                    .first()
                    .is_some_and(|t| super::lexicon::is_preposition(t.low));
            let clean = gap
                .iter()
                .all(|t| t.is_word() || t.is_punct('\'') || t.is_punct('#'))
                && !gap.iter().any(|t| {
                    (lex.aux.contains(t.low) && !(part && t.low == "to"))
                        || matches!(t.low, "said" | "says" | "told")
                });
            // without an auxiliary, a short phrase that starts no new clause
            let short = (through_aux || part || it.end + 5 >= p)
                && (through_aux || !gap.iter().any(|t| matches!(t.low, "and" | "or" | "but")));
            if it.end + 7 >= p && pp && clean && short && !hit_between(hits, it.end, p) {
                return (
                    Subject::Items(list_back(ctx, hits, items, k)),
                    through_aux,
                    p,
                );
            }
        }
    }
    (Subject::Nothing, through_aux, p)
}

/// An aside opening at `k` that tells the parts of the group before it: `including ...`,
/// `among them ...`, `most of them ...`.
fn parts_aside(toks: &[super::tokens::Tok], k: usize) -> bool {
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    low(k) == "including"
        || matches!(low(k + 1), "them" | "whom") && matches!(low(k), "among" | "of")
        || matches!(low(k + 2), "them" | "whom")
            && low(k + 1) == "of"
            && matches!(low(k), "most" | "many" | "all" | "some")
}

/// Whether a counted group ends before a phrase of place of one to five plain words that
/// ends at `open` (`twelve people on the bus`, `ten workers at the plant`).
fn placed_group(ctx: &Ctx<'_>, items: &[Item], open: usize) -> bool {
    let toks = ctx.toks;
    (open.saturating_sub(6)..open.saturating_sub(1)).any(|q| {
        matches!(
            toks[q].low,
            "on" | "in" | "at" | "aboard" | "inside" | "near"
        ) && toks[q + 1..open].iter().all(|t| t.is_word())
            && item_ending_at(items, q).is_some_and(|k| items[k].count.is_some())
    })
}

/// `a man who stabbed and injured two shoppers [was shot]`, `a boy who had been riding
/// home from school [died]`: the start of a relative clause of up to 14 words (numbers
/// allowed) right after an item and ending at `p`. The clause's own status and object are
/// read by their own hits; a group ending at `p` is the clause's object only when a status
/// phrase ends right before it (not `seven who died ... and a further 59 [were killed]`).
/// Its auxiliaries come right after `who`: another later, a pronoun before `p`, a verb of
/// saying or a word opening a new clause tells that the subject is nearer (`a witness who
/// saw the crash said two people [were killed]`, `a man who died after he [was injured]`).
fn relative_clause_back(ctx: &Ctx<'_>, hits: &[Hit], items: &[Item], p: usize) -> Option<usize> {
    let toks = ctx.toks;
    let q = (p.saturating_sub(15)..p)
        .rev()
        .find(|&q| toks[q].low == "who")?;
    if q + 2 >= p || item_ending_at(items, q).is_none() || is_pronoun(toks[p - 1].low) {
        return None;
    }
    if let Some(k) = item_ending_at(items, p) {
        if !hits.iter().any(|h| h.end == items[k].start && h.start > q) {
            return None;
        }
    }
    let finite = |w: &str| {
        matches!(
            w,
            "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "have"
                | "had"
                | "been"
                | "be"
                | "will"
                | "would"
                | "may"
                | "might"
                | "can"
                | "could"
                | "must"
                | "should"
                | "did"
                | "does"
                | "do"
                | "weren"
                | "wasn"
                | "isn"
                | "aren"
                | "didn"
                | "don"
        )
    };
    let body = toks[q + 1..p]
        .iter()
        .position(|t| !finite(t.low) && !is_adverb(t.low))?;
    let clause_ok = toks[q + 1..p].iter().enumerate().all(|(i, t)| {
        (t.is_word() || t.is_punct('\'') || matches!(t.kind, super::tokens::Kind::Num { .. }))
            && !(i > body && finite(t.low))
            && !matches!(
                t.low,
                "said"
                    | "says"
                    | "say"
                    | "told"
                    | "tells"
                    | "that"
                    | "who"
                    | "which"
                    | "whom"
                    | "when"
                    | "because"
                    | "if"
                    | "but"
                    | "after"
                    | "before"
                    | "since"
                    | "until"
            )
    });
    clause_ok.then_some(q)
}

/// `nine members of the same family were killed`, `two sons of the victim died`: a counted
/// group right before `of` and one unnamed person after it; the group is the subject, the
/// person after `of` only describes it (not a part: `two of the victims` is read by
/// `rules::partitive`). Returns the subject item's index.
fn of_head(ctx: &Ctx<'_>, items: &[Item], k: usize) -> usize {
    let Some(h) = k.checked_sub(1) else {
        return k;
    };
    let (head, of) = (&items[h], &items[k]);
    let joined = head.end + 1 == of.start && ctx.toks[head.end].low == "of";
    let counted = head.count.as_ref().is_some_and(|c| c.value > 1) && !head.partitive;
    let one = of.count.as_ref().is_some_and(|c| c.value == 1) && of.name.is_none();
    if joined && counted && one {
        h
    } else {
        k
    }
}

/// A present participle that may open a phrase after a person (`walking`, `riding`,
/// `working`): a word in `-ing` that is not in `not_participles.txt` (`during`,
/// `morning`), no event noun (`shooting`), no noun of death (`killing`) and no verb of
/// killing (`stabbing`).
fn participle(ctx: &Ctx<'_>, w: &str) -> bool {
    let lex = ctx.lex;
    w.len() > 5
        && w.ends_with("ing")
        && !lex.not_participles.contains(w)
        && !lex.event_nouns.contains(w)
        && !lex.death_nouns.contains(w)
        && !lex.kill_verbs.contains(w)
}

/// `NAME, AGE, of|from W{1,3}` ending at `p` (no comma after the place), with a named
/// item before the age, or `AGE NAME of|from W{1,3}` (`19-year-old ana roe of dunmore`),
/// and no status phrase inside: where the name ends.
fn home_town_back(ctx: &Ctx<'_>, hits: &[Hit], items: &[Item], p: usize) -> Option<usize> {
    let toks = ctx.toks;
    let of = (p.saturating_sub(4)..p.saturating_sub(1))
        .rev()
        .take_while(|&k| toks[k].is_word() && !ctx.lex.aux.contains(toks[k].low))
        .find(|&k| matches!(toks[k].low, "of" | "from"))?;
    if toks[of + 1..p].iter().any(|t| t.has(class::FUNCTION)) {
        return None;
    }
    // "19-year-old ana roe of dunmore was": the age before the name, the name right
    // before `of` / `from`
    let aged_before = item_ending_at(items, of).is_some_and(|k| {
        items[k].name.is_some()
            && toks
                .get(items[k].start)
                .is_some_and(|t| super::groups::is_age(t.low) && !t.low.ends_with('s'))
    });
    if aged_before && !hit_between(hits, of, p) {
        return Some(of);
    }
    if of < 4 {
        return None;
    }
    let age = matches!(
        toks[of - 2].kind,
        super::tokens::Kind::Num { whole: true, .. }
    );
    if !(age && toks[of - 1].is_punct(',') && toks[of - 3].is_punct(',')) {
        return None;
    }
    let named = item_ending_at(items, of - 3).is_some_and(|k| items[k].name.is_some());
    (named && !hit_between(hits, of - 3, p)).then_some(of - 3)
}

/// A word naming the police or troops (`police`, `officers`, `marksmen`).
pub(crate) fn is_force(low: &str) -> bool {
    matches!(
        low,
        "police"
            | "officers"
            | "officer"
            | "policemen"
            | "troops"
            | "soldiers"
            | "security"
            | "swat"
            | "deputies"
            | "marksmen"
    )
}

/// Whether the words after `e` say the police (or troops) did the killing.
fn by_police(ctx: &Ctx<'_>, e: usize) -> bool {
    let toks = ctx.toks;
    let mut k = e;
    while toks.get(k).is_some_and(|t| is_adverb(t.low)) {
        k += 1;
    }
    if toks.get(k).is_none_or(|t| t.low != "by") {
        return false;
    }
    for t in toks.iter().skip(k + 1).take(4) {
        if is_force(t.low) {
            return true;
        }
        if !t.is_word() {
            break;
        }
    }
    false
}

/// A verb that gives a group's number right after it: `the dead now number 40`.
fn counting_verb(w: &str) -> bool {
    matches!(w, "number" | "numbered" | "total" | "totalled" | "totaled")
}

/// A whole number in digits at `k` that ends its clause (`40.`, `40,`): its count and end.
fn digits_at(toks: &[super::tokens::Tok<'_>], k: usize) -> Option<(Count, usize)> {
    let t = toks.get(k)?;
    let super::tokens::Kind::Num { value, whole: true } = t.kind else {
        return None;
    };
    let closes = toks.get(k + 1).is_none_or(|n| !n.is_word());
    (closes && (1.0..1e9).contains(&value)).then_some((
        Count {
            value: value as u64,
            approx: Approx::Exact,
        },
        k + 1,
    ))
}

/// The number a running total gives, after a linking word: `rose to 56`, `is now 1,442`.
fn toll_value(ctx: &Ctx<'_>, from: usize) -> Option<(Count, usize)> {
    let toks = ctx.toks;
    // `the dead now number 40`: the trigger ends with its verb of counting
    let linked = from
        .checked_sub(1)
        .is_some_and(|p| counting_verb(toks[p].low));
    // a toll named by its event reads further (`raising the death toll from the latest
    // sinking of migrants off the coast to 117`)
    let reading = if toks.get(from).is_some_and(|t| t.low == "from") {
        Reading::TRIGGER_FAR
    } else {
        Reading::TRIGGER
    };
    toll_value::read(ctx, from, linked, reading)
}

/// A nationality said of someone: `was a British citizen`, `was British born`, `US-born`.
fn stated_nationality(ctx: &Ctx<'_>) -> Option<String> {
    let toks = ctx.toks;
    for (i, t) in toks.iter().enumerate() {
        if matches!(t.low, "was" | "is") {
            let mut k = i + 1;
            if matches!(toks.get(k).map(|t| t.low), Some("a" | "an")) {
                k += 1;
            }
            if let Some(h) = nationality::at(toks, k).filter(|h| h.kind != NatKind::Country) {
                let next = toks.get(k + h.len).map_or("", |t| t.low);
                if matches!(
                    next,
                    "citizen" | "national" | "born" | "-" | "." | "," | "and" | "who" | ""
                ) || next.starts_with("born")
                {
                    return Some(h.code());
                }
            }
        }
        // (`-born` is tested first: a search for the hyphen in every word cost more)
        if let Some(pre) = t.low.strip_suffix("-born").filter(|p| !p.contains('-')) {
            let sub = super::tokens::tokenize(pre);
            if let Some(h) = nationality::at(&sub.toks(ctx.lex), 0) {
                return Some(h.code());
            }
        }
    }
    None
}

/// Whether a sentence tells of a judicial execution: 2 for the means of one (`lethal
/// injection`, `by injection`, `the electric chair`, `the gas chamber`), whose `died` is the
/// execution; 1 for `death row` or `the death penalty`, where only `executed` is (a trial's
/// `the three people who died` stays); 0 for none.
fn judicial(toks: &[super::tokens::Tok]) -> u8 {
    let mut found = 0;
    for (i, t) in toks.iter().enumerate() {
        let next = toks.get(i + 1).map_or("", |n| n.low);
        match (t.low, next) {
            ("lethal" | "by", "injection") | ("electric", "chair") | ("gas", "chamber") => {
                return 2
            }
            ("death", "row" | "penalty") => found = 1,
            _ => {}
        }
    }
    found
}

/// Everything one sentence says of casualties. `opening`: where it stands in the article.
pub fn sentence<'a>(
    ctx: &'a Ctx<'a>,
    st: &mut State,
    index: usize,
    opening: context::Opening,
) -> Vec<Mention> {
    let toks = ctx.toks;
    let lex = ctx.lex;
    let items = items(ctx, st);
    for it in &items {
        if let Some(n) = &it.name {
            st.register(n, &it.roles);
        }
    }
    // a segment opening in lower case or with a digit continues the sentence before it
    let continues = toks.first().is_some_and(|t| {
        !t.cap && (t.is_word() || matches!(t.kind, super::tokens::Kind::Num { .. }))
    });
    // ... or, naming no event or time of its own, goes on about the other event
    let after_other = index > 0
        && st.other_at == Some(index - 1)
        && ((continues && !ctx.lower) || !context::anchored(toks));
    let court_before = st.court;
    st.court = st.court || super::court::told(ctx);
    // (a dated killing of a named person beside a court's words is the story's own)
    let other = after_other
        || super::event_frame::other(toks, opening)
        || super::story_person::old_full_date(ctx);
    // (a dated death of the person the article is about is the story's own: its named
    // mentions alone stand)
    let behind = other && super::court::behind(ctx, &items, court_before);
    let dated_story = other && !behind && super::story_person::dated_story(ctx, st, &items);
    if other && !behind && !dated_story {
        st.other_at = Some(index);
        st.focus = Focus::Nobody;
        return Vec::new();
    }
    let mut hits = status::find(lex, toks);
    // (`could have been killed`: a hypothetical outcome, no casualty)
    hits.retain(|h| !super::event_frame::irrealis(toks, h.start));
    // (the sentence is searched only when a killed hit could be an execution's)
    let execution_word = |h: &Hit| {
        h.status == Status::Killed
            && toks[h.start..h.end]
                .iter()
                .any(|t| matches!(t.low, "executed" | "died" | "dies" | "dead"))
    };
    let judicial = if hits.iter().any(execution_word) {
        judicial(toks)
    } else {
        0
    };
    if judicial > 0 {
        // "davis died by injection for the 1989 slaying", "has since executed six men": a
        // death sentence carried out is no casualty (the killing it punished may be)
        hits.retain(|h| {
            h.status != Status::Killed
                || !toks[h.start..h.end].iter().any(|t| {
                    t.low == "executed" || judicial > 1 && matches!(t.low, "died" | "dies" | "dead")
                })
        });
    }
    let mut out: Vec<Mention> = Vec::new();
    let mut used = vec![false; items.len()];
    let focus_before = st.focus.clone();
    let mut new_focus: Option<Focus> = None;
    // "the woman died after shooting herself": the one who died is the attacker
    let self_kill = hits.iter().any(|h| h.voice == Voice::SelfKill);

    let mention =
        |it: &Item,
         status: Status,
         attacker: bool,
         out: &[Mention],
         items: &[Item],
         k: usize|
         -> Option<Mention> {
            if it.partitive {
                return None;
            }
            let count = it.count?;
            let mut nat = it.nat.clone();
            let mut head = it.head.clone();
            if it.bare {
                if let Some(prev) = items[..k]
                    .iter()
                    .rev()
                    .take(8)
                    .find(|p| !p.bare && p.name.is_none())
                {
                    // "two Irish students are among the 14 injured": the whole the groups
                    // before it belong to takes none of their nationality
                    let before = |d: usize| it.start.checked_sub(d).map_or("", |j| toks[j].low);
                    let among = |w: &str| matches!(w, "among" | "amongst" | "of");
                    let whole = (before(1) == "the" && among(before(2)))
                        || (toks.get(it.start).is_some_and(|t| t.low == "the") && among(before(1)));
                    if nat.is_none() && !whole {
                        nat = prev.nat.clone();
                    }
                    head = prev.head.clone();
                }
                // "two wounded; one, a man of 30, seriously": a part of the group just counted
                if out.iter().rev().take(4).any(|m| {
                    m.status == status && m.count.value > count.value && m.sentence == index
                }) {
                    return None;
                }
            }
            let role = if attacker || it.perp || attacker_clause(toks, it.end) {
                Role::Perpetrator
            } else {
                Role::Victim
            };
            let rule = if it.name.is_some() {
                "named_person"
            } else if nat.is_some() {
                "nationality"
            } else {
                "verb_passive"
            };
            Some(Mention {
                role,
                status,
                nat,
                count,
                name: it.name.clone(),
                head,
                desc: it.desc.clone(),
                single: (it.definite || it.article) && it.name.is_none(),
                sentence: index,
                pos: toks.get(it.start).map_or(0, |t| t.start),
                rule,
                lone: it.lone,
                part: None,
            })
        };

    for h in &hits {
        let status = h.status;
        // "threatened to kill", "could have died": no fact
        // "came here to kill himself": an infinitive tells a purpose, not a fact
        let infinitive = h.start > 0
            && toks[h.start - 1].low == "to"
            && matches!(
                toks[h.start].low,
                "kill" | "die" | "injure" | "wound" | "hurt" | "murder"
            );
        // ("killed marcus ellery": a name after the status word is its object, no thing)
        let named_next = || {
            items
                .iter()
                .any(|it| it.start == h.end && it.name.is_some())
        };
        if infinitive || super::rules::phrase::hypothetical(toks, h.start) {
            continue;
        }
        // "the number of fans injured in the crush has risen to 64" (before the attributive
        // reading: `people still missing stands at 12` is no `missing stands`)
        if let Some((nat, count)) = super::toll_phrase::counted_noun(ctx, h) {
            let pos = toks[h.start].start;
            out.push(Mention::toll(status, nat, count, index, pos));
            continue;
        }
        if attributive(ctx, h) && !named_next() {
            continue;
        }
        if h.voice == Voice::SelfKill {
            let mut m = attacker_mention(
                Status::Killed,
                index,
                toks.get(h.start).map_or(0, |t| t.start),
            );
            // `the singer killed himself at 27`: a suicide told alone harmed no one else
            if super::suicide::alone(toks, st, &hits, h) {
                m.role = Role::Victim;
                m.rule = "suicide/alone";
            }
            out.push(m);
            new_focus = Some(Focus::Attacker);
            // "killed himself and 11 others": the victims follow the attacker after `and`
            let and_next = toks.get(h.end).is_some_and(|t| t.low == "and");
            let first = and_next
                .then(|| item_starting_at(&items, h.end + 1))
                .flatten();
            if let Some(first) = first.filter(|_| toks[h.end - 1].low.ends_with("self")) {
                for k in list_fwd(ctx, &hits, &items, first) {
                    let it = &items[k];
                    if used[k] || it.definite || it.perp || it.partitive {
                        continue;
                    }
                    if let Some(mut m) = mention(it, Status::Killed, false, &out, &items, k) {
                        m.rule = "perpetrator/and_others";
                        m.role = Role::Victim;
                        out.push(m);
                        used[k] = true;
                    }
                }
            }
            continue;
        }
        if h.voice == Voice::Toll {
            // `the dead now number 40`, `those killed total 12`: only after `the`/`those`
            let counted_group = toks.get(h.end - 1).is_some_and(|t| counting_verb(t.low));
            if counted_group
                && !h
                    .start
                    .checked_sub(1)
                    .is_some_and(|p| matches!(toks[p].low, "the" | "those"))
            {
                continue;
            }
            // (`number 40`: digits after `number` name nothing here)
            let value = toll_value(ctx, h.end)
                .or_else(|| counted_group.then(|| digits_at(toks, h.end)).flatten());
            if let Some((count, end)) = value {
                let own = h
                    .start
                    .checked_sub(1)
                    .and_then(|p| nationality::at(toks, p))
                    .filter(|n| n.len == 1 && n.kind != NatKind::Country);
                let nat = own
                    .map(|n| n.code())
                    .or_else(|| out.last().and_then(|m| m.nat.clone()));
                let pos = toks.get(h.start).map_or(0, |t| t.start);
                out.push(Mention::toll(status, nat, count, index, pos));
                subsets(ctx, &hits, &items, &mut used, end, status, index, &mut out);
            }
            continue;
        }
        // "number of Israelis wounded ... rises to eight"
        if h.start >= 3 && toks[h.start - 3].low == "number" && toks[h.start - 2].low == "of" {
            if let Some(n) =
                nationality::at(toks, h.start - 1).filter(|n| n.kind == NatKind::PersonPl)
            {
                if let Some((count, _)) = toll_value(ctx, h.end) {
                    let pos = toks[h.start].start;
                    out.push(Mention::toll(status, Some(n.code()), count, index, pos));
                    continue;
                }
            }
        }
        // objects: "killing at least 214 people", "wounded 16 US soldiers and one Pole"
        // An object that is no count after the verb ("stabbed the officer"): not passive.
        let mut active_object = false;
        if matches!(h.voice, Voice::Verb | Voice::Active) {
            let mut k0 = h.end;
            // (a hedge opens the object: `injured nearly 50`, `killed roughly 30 people`;
            // so does a demonstrative before a count: `killing these eight men`)
            while toks
                .get(k0)
                .is_some_and(|t| is_adverb(t.low) || matches!(t.low, "these" | "those"))
                && item_starting_at(&items, k0).is_none()
            {
                k0 += 1;
            }
            if let Some(first) = item_starting_at(&items, k0) {
                if context::negated(toks, h.start, h.start) {
                    continue;
                }
                let list = list_fwd(ctx, &hits, &items, first);
                // "killing the driver and all eight passengers": beside a counted group of
                // its own list, one person told by a noun is a victim too
                let and_between = |a: usize, b: usize| {
                    let (a, b) = (a.min(b), a.max(b));
                    b == a + 1
                        && matches!(
                            toks[items[a].end..items[b].start]
                                .iter()
                                .map(|t| t.low)
                                .collect::<Vec<_>>()
                                .as_slice(),
                            ["and"] | [",", "and"]
                        )
                };
                let counted_beside = |k: usize| {
                    list.iter().any(|&o| {
                        and_between(k, o)
                            && !items[o].definite
                            && items[o].name.is_none()
                            && !items[o].partitive
                            && items[o].count.is_some()
                    })
                };
                let mut any = false;
                for &k in &list {
                    let it = &items[k];
                    // "killed two of his neighbours", "killing one of them": the part
                    if let Some(whole) = super::part_object::whole(ctx, &items, it) {
                        // after a comma, a part of a group other than `them` opens the next
                        // clause ("killed his wife, one of the women texted him")
                        let listed = k != first
                            && !whole.head.is_empty()
                            && it.start > 0
                            && toks[it.start - 1].low != "and";
                        if listed {
                            continue;
                        }
                        let part = Item {
                            partitive: false,
                            bare: false,
                            head: whole.head,
                            nat: whole.nat,
                            perp: whole.perp,
                            ..it.clone()
                        };
                        if let Some(mut m) = mention(&part, status, false, &out, &items, k) {
                            m.rule = "verb_active/part";
                            out.push(m);
                            used[k] = true;
                            if let Some(g) = whole.item {
                                used[g] = true;
                            }
                            any = true;
                        }
                        continue;
                    }
                    // "shot dead the gunman": a described attacker is an object too
                    let lone =
                        list.len() == 1 && super::definite_object::lone_victim(ctx, &items, k, h);
                    if it.definite
                        && it.name.is_none()
                        && !(it.perp && status == Status::Killed)
                        && !(list.len() > 1 && !it.perp && counted_beside(k))
                        && !lone
                    {
                        continue;
                    }
                    if let Some(mut m) = mention(it, status, false, &out, &items, k) {
                        if m.rule == "verb_passive" {
                            m.rule = "verb_active";
                        }
                        if lone && m.name.is_none() {
                            m.rule = super::definite_object::RULE;
                        }
                        out.push(m);
                        used[k] = true;
                        any = true;
                    }
                }
                if any {
                    // the one who killed them is the attacker
                    if let (Subject::Items(subj), false, _) =
                        subject_back(ctx, &hits, &items, h.start)
                    {
                        let in_pp = |k: usize| {
                            items[k].start > 0
                                && super::lexicon::is_preposition(toks[items[k].start - 1].low)
                        };
                        if let Some(&s0) = subj.first().filter(|&&k| !in_pp(k)) {
                            if let Some(n) = &items[s0].name {
                                st.attacker_name.get_or_insert_with(|| n.clone());
                            }
                            if items[s0].count.is_some_and(|c| c.value == 1) {
                                new_focus = Some(Focus::Attacker);
                            }
                        }
                    }
                    let end = items[*list.last().unwrap_or(&first)].end;
                    subsets(ctx, &hits, &items, &mut used, end, status, index, &mut out);
                }
                continue;
            }
            if h.voice == Voice::Active {
                continue;
            }
            // an object that is no count ("stabbed the officer", "killed him"): not passive
            let next = toks.get(h.end).map_or("", |t| t.low);
            // ("shot 19-year-old leon marsh": an age opens an object in any casing)
            active_object = super::lexicon::opens_object(next)
                || super::groups::is_age(next)
                || toks.get(h.end).is_some_and(|t| {
                    t.cap && !lex.months.contains(t.low) && !super::lexicon::is_weekday(t.low)
                })
                || number_at(lex, toks, h.end).is_some_and(|f| !f.article);
            // ("killed two foxes": a counted object that is no people is still an object)
        }
        let (subj, through_aux, p) = subject_back(ctx, &hits, &items, h.start);
        if active_object && !through_aux {
            continue;
        }
        passive(
            ctx,
            st,
            &hits,
            &items,
            &mut used,
            h,
            self_kill,
            subj,
            through_aux,
            p,
            index,
            &focus_before,
            &mut out,
            &mention,
        );
    }

    let mut view = super::rules::View {
        ctx,
        items: &items,
        hits: &hits,
        used,
        index,
    };
    super::rules::read_all(&mut view, &mut out);
    parts_of_earlier_groups(st, &mut out);

    named_as(ctx, st, &hits, &items, index, &focus_before, &mut out);
    identity(ctx, st, &items, &focus_before);
    victim_apposition(ctx, &items, index, &mut out);
    nationality_predicate(ctx, st, &items, index, &mut out);
    super::clause_nationality::read(ctx, &hits, &items, index, &mut out);
    super::next_parts::read(ctx, st, &hits, &items, index, &mut out);
    super::back_ref::perpetrator_parts(ctx, st, index, &mut out);

    // an attacker named by what they did: "Masood struck pedestrians"
    if let Some(first) = items.first().filter(|it| it.start == 0) {
        if let Some(n) = &first.name {
            if toks.get(first.end).is_some_and(|t| {
                matches!(
                    t.low,
                    "struck"
                        | "stabbed"
                        | "rammed"
                        | "attacked"
                        | "opened"
                        | "drove"
                        | "ploughed"
                        | "plowed"
                        | "shot"
                        | "detonated"
                )
            }) {
                st.attacker_name.get_or_insert_with(|| n.clone());
                new_focus = Some(Focus::Attacker);
            }
        }
    }
    // the attacker's nationality: "he was a British citizen", "the attacker ... was British born"
    if let Some(code) = stated_nationality(ctx) {
        let about_attacker = toks.iter().any(|t| lex.perpetrators.contains(t.low))
            || (focus_before == Focus::Attacker
                && toks.iter().any(|t| matches!(t.low, "he" | "she")))
            || st.attacker_name.as_ref().is_some_and(|n| {
                toks.iter().any(|t| t.low == surname(n))
                    && items
                        .iter()
                        .any(|it| it.name.as_ref().is_some_and(|x| surname(x) == surname(n)))
            });
        if about_attacker && st.attacker_nat.is_none() {
            st.attacker_nat = Some(code);
        }
    }
    // "nine were treated for smoke inhalation, but nobody was injured": a status denied
    // outright, for everyone, takes back what the sentence's other clauses counted
    for status in [Status::Injured, Status::Killed] {
        if hits
            .iter()
            .any(|h| h.status == status && context::denied_for_all(toks, h.start))
        {
            out.retain(|m| m.status != status);
        }
    }
    if let Some(r) = super::back_ref::described_named(toks, st, index, &mut out) {
        st.renamed.push(r);
    }
    if let Some(n) = super::back_ref::perpetrator_group(&items) {
        st.last_perps = Some((index, n));
    }
    let groups: Vec<Described> = out
        .iter()
        .filter(|m| m.role == Role::Victim && m.name.is_none())
        .map(|m| Described::of(m, index))
        .collect();
    if let Some(first) = groups.first() {
        st.last_victims = Some(first.clone());
        st.last_groups = groups;
    }
    // what "he"/"she" will mean in the next sentence
    if let Some(f) = new_focus {
        st.focus = f;
    } else if let Some(first) = items.first().filter(|it| it.start <= 1) {
        if first.perp {
            st.focus = Focus::Attacker;
        } else if let Some(n) = &first.name {
            let full = st.fullest(n);
            st.focus = if st
                .attacker_name
                .as_ref()
                .is_some_and(|a| surname(a) == surname(&full))
            {
                Focus::Attacker
            } else {
                Focus::Person(full)
            };
        }
    }
    if dated_story {
        out.retain(|m| {
            m.name
                .as_deref()
                .is_some_and(|n| super::story_person::about(ctx, st, n))
        });
    }
    out
}

/// A part told without a nationality (`two of those killed were soldiers`) takes that of
/// the group it is part of, told earlier (`four Americans were killed`).
fn parts_of_earlier_groups(st: &mut State, out: &mut [Mention]) {
    let slot = |s: Status| s as usize;
    for m in out.iter_mut() {
        if m.head == "part" && m.nat.is_none() {
            if let Some((total, nat)) = &st.last_nat[slot(m.status)] {
                if *total > m.count.value {
                    m.nat = Some(nat.clone());
                }
            }
        }
    }
    for m in out.iter() {
        if let Some(nat) = m
            .nat
            .as_ref()
            .filter(|_| m.count.value > 1 && m.head != "part")
        {
            st.last_nat[slot(m.status)] = Some((m.count.value, nat.clone()));
        }
    }
}

/// `30,000 missing e-mails`, `12 dead cattle`, `five dead bald eagles`: a status word describing the thing after
/// it, so the number before counts no people.
fn attributive(ctx: &Ctx<'_>, h: &Hit) -> bool {
    use super::lexicon::class;
    let Some(next) = ctx.toks.get(h.end).filter(|t| t.is_word()) else {
        return false;
    };
    let adjective = h.end == h.start + 1
        && matches!(
            ctx.toks[h.start].low,
            "dead" | "missing" | "injured" | "wounded" | "killed"
        );
    let known = class::FUNCTION
        | class::AUX
        | class::PERSON
        | class::PERPETRATOR
        | class::NAT_FIRST
        | class::NUMBER
        | class::TRIGGER_START
        | class::MONTH
        | class::WEEKDAY;
    // one describing word between a count and its noun (`12 dead bald eagles`, `two dead
    // police dogs`; not `killed last week`)
    let counted = h
        .start
        .checked_sub(1)
        .is_some_and(|b| ctx.toks[b].has(class::NUMBER));
    let described = counted
        && !next.has(known)
        && ctx
            .toks
            .get(h.end + 1)
            .is_some_and(|a| a.is_word() && a.has(class::NON_PERSON));
    let thing = next.has(class::NON_PERSON)
        || described
        || (next.low.ends_with('s')
            && !next.has(known)
            && !is_adverb(next.low)
            && !matches!(
                next.low,
                "this" | "as" | "is" | "was" | "has" | "its" | "his"
            ));
    adjective && thing
}

/// One attacker, unnamed, with the status the sentence tells of them.
pub(super) fn attacker_mention(status: Status, sentence: usize, pos: usize) -> Mention {
    Mention {
        role: Role::Perpetrator,
        status,
        nat: None,
        count: one(),
        name: None,
        head: String::new(),
        desc: String::new(),
        single: true,
        sentence,
        pos,
        rule: "perpetrator",
        part: None,
        lone: false,
    }
}

type MentionFn<'a> =
    dyn Fn(&Item, Status, bool, &[Mention], &[Item], usize) -> Option<Mention> + 'a;

#[allow(clippy::too_many_arguments)]
fn passive(
    ctx: &Ctx<'_>,
    st: &mut State,
    hits: &[Hit],
    items: &[Item],
    used: &mut [bool],
    h: &Hit,
    self_kill: bool,
    subj: Subject,
    through_aux: bool,
    p: usize,
    index: usize,
    focus_before: &Focus,
    out: &mut Vec<Mention>,
    mention: &MentionFn<'_>,
) {
    let toks = ctx.toks;
    let from = match &subj {
        Subject::Items(list) => list.first().map_or(p, |&k| items[k].start),
        Subject::Pronoun(k) => *k,
        Subject::Nothing => p,
    };
    if context::negated(toks, h.start, from) {
        return;
    }
    let status = if h.voice == Voice::Presumed {
        Status::Missing
    } else {
        h.status
    };
    let police = by_police(ctx, h.end);
    let pos = toks.get(h.start).map_or(0, |t| t.start);
    match subj {
        Subject::Items(list) => {
            for &k in &list {
                let it = &items[k];
                let single =
                    it.count.is_some_and(|c| c.value == 1) && it.name.is_none() && !it.bare;
                let attacker = it.perp
                    || (police && single && it.definite)
                    || (self_kill && single && status == Status::Killed);
                if let Some(mut m) = mention(it, status, attacker, out, items, k) {
                    // "four of the six people aboard died": the part is the subject (but
                    // "one of three people killed" counts the three)
                    let part = k.checked_sub(1).map(|p| &items[p]).filter(|p| {
                        p.partitive && p.end + 1 == it.start && toks[p.end].low == "of"
                    });
                    if let Some(c) = part.and_then(|p| p.count) {
                        if through_aux || h.voice == Voice::Pred {
                            m.count = c;
                            m.head = "part".into();
                        }
                    }
                    // "92 passengers and 11 crew were killed": groups that add up
                    if list.len() > 1 && m.rule == "verb_passive" {
                        m.rule = COORDINATED;
                        m.part = Some(Part::Listed);
                    }
                    // a named person killed by police is the attacker when something says
                    // so: a role, the article's attacker, or victims of an attack told of
                    // before; else a victim (`michael reed, 18, was shot dead by an officer`)
                    let attack_told = st.last_victims.is_some()
                        || out
                            .iter()
                            .any(|m| m.role == Role::Victim && m.sentence == index);
                    if let Some(n) = &it.name {
                        if (police && (it.perp || attack_told))
                            || st
                                .attacker_name
                                .as_ref()
                                .is_some_and(|a| surname(a) == surname(n))
                        {
                            m.role = Role::Perpetrator;
                            st.attacker_name.get_or_insert_with(|| n.clone());
                        }
                    }
                    out.push(m);
                    used[k] = true;
                }
            }
            if let Some(&last) = list.last() {
                subsets(ctx, hits, items, used, items[last].end, status, index, out);
            }
            subsets(ctx, hits, items, used, h.end, status, index, out);
        }
        Subject::Pronoun(k) => {
            let w = toks[k].low;
            if w == "they" {
                // "the two correspondents were staying ..., then they were killed"
                if let Some((ki, it)) = items.iter().enumerate().rev().take(16).find(|(ki, it)| {
                    it.end <= k && !used[*ki] && it.count.is_some_and(|c| c.value > 1) && !it.bare
                }) {
                    if let Some(m) = mention(it, status, false, out, items, ki) {
                        out.push(m);
                        used[ki] = true;
                    }
                }
                return;
            }
            if !through_aux {
                return;
            }
            if police
                || self_kill
                || *focus_before == Focus::Attacker
                || attacker_before(toks, items, k)
            {
                let mut m = attacker_mention(status, index, pos);
                m.name = st.attacker_name.clone();
                out.push(m);
            } else if let Some(n) = match focus_before {
                // `she remains in hospital` after a man's name is about someone else
                Focus::Person(n) if pronoun_agrees(w, n) => Some(n),
                _ => None,
            }
            .or_else(|| copula_subject(toks, items, k, w))
            {
                out.push(Mention {
                    role: Role::Victim,
                    status,
                    nat: None,
                    count: one(),
                    name: Some(n.clone()),
                    head: String::new(),
                    desc: String::new(),
                    single: false,
                    sentence: index,
                    pos,
                    rule: "named_person",
                    part: None,
                    lone: false,
                });
            }
        }
        Subject::Nothing => {
            // lower-cased text: "farah naz was killed", "emma clarke and tom reyes died"
            for (name, at) in lower_names_before(ctx, p) {
                out.push(Mention {
                    role: Role::Victim,
                    status,
                    nat: None,
                    count: one(),
                    name: Some(name),
                    head: String::new(),
                    desc: String::new(),
                    single: false,
                    sentence: index,
                    pos: toks.get(at).map_or(0, |t| t.start),
                    rule: "named_person",
                    part: None,
                    lone: false,
                });
            }
        }
    }
}

/// Whether `he` / `she` can stand for the person named `name`: not when the given name is
/// known to be the other gender's (`she` after `Tom Reyes`). Unknown names agree.
/// `NAME was 26 when he was shot`, `NAME was a nurse, and she was killed`: the name opening
/// the sentence, right before `was` / `is`, is whom a `he` / `she` at `k` agreeing with it
/// means, when no other single person or name stands between them (but the copula's own
/// predicate: `NAME was a 45-year-old from TOWN, and he was killed`).
fn copula_subject<'i>(
    toks: &[super::tokens::Tok],
    items: &'i [Item],
    k: usize,
    pronoun: &str,
) -> Option<&'i String> {
    let first = items.first()?;
    let name = first.name.as_ref()?;
    let opens = first.start == 0 || (first.start == 1 && toks[0].is_punct('"'));
    let copula = toks
        .get(first.end)
        .is_some_and(|t| matches!(t.low, "was" | "is"));
    // (the copula's own predicate, `was a nurse`, `was a 45-year-old`, is the same person)
    let other = items[1..].iter().any(|it| {
        it.start < k
            && it.start > first.end + 2
            && (it.name.is_some() || it.count.is_some_and(|c| c.value == 1))
    });
    (opens && copula && first.end < k && !other && pronoun_agrees(pronoun, name)).then_some(name)
}

fn pronoun_agrees(pronoun: &str, name: &str) -> bool {
    use crate::lexicon::Gender;
    let first = name.split_whitespace().next().unwrap_or("");
    let gender = crate::lexicon::given_name(first).flatten();
    !matches!(
        (pronoun, gender),
        ("he", Some(Gender::Female)) | ("she", Some(Gender::Male))
    )
}

/// `the bomber killed six people; he was injured`: the nearest single person told before
/// the pronoun at `k`, in its sentence, is the attacker (and no `he`/`she` before it names
/// someone else: `he shielded students from the shooter when he was shot`).
pub(crate) fn attacker_before(toks: &[super::tokens::Tok], items: &[Item], k: usize) -> bool {
    let single = |it: &Item| it.count.is_some_and(|c| c.value == 1);
    let Some(it) = items
        .iter()
        .rev()
        .filter(|it| it.end <= k)
        .find(|it| single(it) || it.name.is_some())
    else {
        return false;
    };
    let other = toks.iter().take(k).any(|t| matches!(t.low, "he" | "she"));
    it.perp && it.name.is_none() && single(it) && !other
}

/// Plain names (`emma clarke and tom reyes`) that end at token `p` and open the sentence or
/// follow a comma, in lower-cased text.
fn lower_names_before(ctx: &Ctx<'_>, p: usize) -> Vec<(String, usize)> {
    if !ctx.lower {
        return Vec::new();
    }
    let toks = ctx.toks;
    for j in p.saturating_sub(8)..p {
        // (or after one ordinary word before a known given name: `designer kate spade
        // was found dead`, `until jeffrey cohen died`)
        let after_word = |w: &super::tokens::Tok| {
            w.is_word()
                && crate::lexicon::common_word(w.low)
                && crate::lexicon::given_name(toks[j].low).is_some()
        };
        let opens = j == 0
            || toks[j - 1].is_punct(',')
            || (j == 1 || j >= 2 && toks[j - 2].is_punct(',')) && after_word(&toks[j - 1]);
        if !opens {
            continue;
        }
        let mut names = Vec::new();
        let mut k = j;
        while k < p {
            let Some((name, e)) = super::rules::phrase::plain_name(ctx, k) else {
                break;
            };
            names.push((name, k));
            k = if toks.get(e).is_some_and(|t| t.low == "and") && e + 1 < p {
                e + 1
            } else {
                e
            };
        }
        if k == p && !names.is_empty() {
            return names;
        }
    }
    Vec::new()
}

/// Groups that follow a counted group as its parts: `, including X`, `, of them 2,307
/// children and 1,529 women`, `- of that number 315 children`.
#[allow(clippy::too_many_arguments)]
fn subsets(
    ctx: &Ctx<'_>,
    hits: &[Hit],
    items: &[Item],
    used: &mut [bool],
    after: usize,
    status: Status,
    index: usize,
    out: &mut Vec<Mention>,
) {
    let toks = ctx.toks;
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    let mut k = after;
    // "66 people died in the crash, including ...", "killed 13 people in the town, including
    // ...", "12 died in the fire, four of them firefighters": a short place or event phrase
    // before the parts
    // ("killed nine members of a survey crew, including ...": the group's own `of` phrase)
    // ("were hurt after a bus overturned on a ramp, among them ...": a short clause of
    // what happened, fourteen words at most)
    let clause = matches!(low(k), "after" | "when");
    if clause || matches!(low(k), "in" | "at" | "on" | "near" | "across" | "of") {
        let parts = |c: usize| {
            low(c + 1) == "including"
                || (low(c + 1) == "among" && low(c + 2) == "them")
                || item_starting_at(items, c + 1).is_some_and(|i| items[i].subset)
        };
        let comma = (k + 1..k + if clause { 15 } else { 7 })
            .find(|&c| !toks.get(c).is_some_and(|t| t.is_word()))
            .filter(|&c| low(c) == "," && parts(c))
            // (no casualty of its own in the clause: `after a gunman killed two guards`)
            .filter(|&c| !clause || !hits.iter().any(|h| h.start > k && h.start < c));
        if let Some(c) = comma {
            k = c;
        }
    }
    if matches!(low(k), "," | "-" | ":" | "(" | ";") {
        k += 1;
        // (a dash typed as two hyphens, `17 -- including ...`)
        if low(k - 1) == "-" && low(k) == "-" {
            k += 1;
        }
    }
    let start = match (low(k), low(k + 1), low(k + 2)) {
        ("including", _, _) => k + 1,
        // "; among them were four children"
        ("among", "them", "were" | "was" | "are" | "is") => k + 3,
        ("among", "them", _) | ("of", "them", _) | ("of", "whom", _) => k + 2,
        ("of", "that", "number") | ("of", "those", "killed") => k + 3,
        _ if item_starting_at(items, k).is_some_and(|i| items[i].subset) => k,
        _ => {
            part_after(ctx, items, used, k, status, index, out);
            return;
        }
    };
    // "including four in ohio and six in texas", "including three critically":
    // parts told by number alone
    let noun = item_starting_at(items, start).filter(|&i| !items[i].bare);
    let by_number = match noun {
        None => super::counted_parts::read(ctx.lex, toks, start),
        Some(_) => Vec::new(),
    };
    if !by_number.is_empty() {
        for (count, at) in by_number {
            if let Some(i) = item_starting_at(items, at) {
                used[i] = true;
            }
            out.push(Mention::part(status, count, index, toks[at].start));
        }
        return;
    }
    let Some(first) = item_starting_at(items, start) else {
        return;
    };
    for kk in list_fwd(ctx, hits, items, first) {
        let it = &items[kk];
        if it.partitive || it.bare {
            continue;
        }
        let Some(count) = it.count else { continue };
        used[kk] = true;
        let pos = toks.get(it.start).map_or(0, |t| t.start);
        let mut m = Mention::of_item(it, count, status, index, pos);
        m.single = it.definite;
        m.rule = "breakdown_list";
        out.push(m);
    }
}

/// A part told after a counted group by number alone: `, four of whom are in a critical
/// condition`, `, three seriously`.
fn part_after(
    ctx: &Ctx<'_>,
    items: &[Item],
    used: &mut [bool],
    k: usize,
    status: Status,
    index: usize,
    out: &mut Vec<Mention>,
) {
    let toks = ctx.toks;
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    let item = item_starting_at(items, k);
    let (count, end, partitive) = match item.map(|i| &items[i]) {
        Some(it) => (it.count, it.end, it.partitive),
        None => match number_at(ctx.lex, toks, k).filter(|f| !f.article) {
            Some(f) => (Some(f.count), f.end, false),
            None => return,
        },
    };
    let whom = partitive && matches!(low(end + 1), "whom" | "them");
    let adverb = !partitive
        && matches!(
            low(end),
            "seriously" | "critically" | "severely" | "gravely" | "badly" | "slightly"
        );
    let Some(count) = count.filter(|_| whom || adverb) else {
        return;
    };
    if let Some(i) = item {
        used[i] = true;
    }
    out.push(Mention::part(status, count, index, toks[k].start));
}

/// `the victim was NAME`, `the victim this time was NAME`: `the` / `this` and `victim`
/// opening a clause, at most two words, then `was` / `is` and a name (a named item, or in
/// lower-cased text a plain name): the positions of `victim` and of the copula, which
/// [`named_as`] reads as it reads `named ... as`.
/// `they were NAME and NAME` opening the sentence ([`super::back_ref::group_copula`]):
/// where its subject and copula stand.
fn group_copula(ctx: &Ctx<'_>, items: &[Item]) -> Option<(usize, usize)> {
    super::back_ref::group_copula(ctx.toks, |i| {
        item_starting_at(items, i).is_some_and(|j| items[j].name.is_some())
            || super::rules::phrase::plain_name(ctx, i).is_some()
    })
    .map(|a| (0, a))
}

fn victim_copula(ctx: &Ctx<'_>, items: &[Item]) -> Option<(usize, usize)> {
    if let Some(found) = group_copula(ctx, items) {
        return Some(found);
    }
    let toks = ctx.toks;
    let v = toks.iter().position(|t| t.low == "victim")?;
    if v == 0 || !matches!(toks[v - 1].low, "the" | "this") || !clause_start(ctx, v - 1) {
        return None;
    }
    let a = (v + 1..toks.len().min(v + 4)).find(|&j| matches!(toks[j].low, "was" | "is"))?;
    if toks[v + 1..a].iter().any(|t| !t.is_word()) {
        return None;
    }
    let named = item_starting_at(items, a + 1).is_some_and(|i| items[i].name.is_some())
        || super::rules::phrase::plain_name(ctx, a + 1).is_some();
    named.then_some((v, a))
}

/// `X has been named as NAME`, `One of the wounded was named as NAME, the other as NAME`,
/// `Police identified the shooter as NAME`.
fn named_as(
    ctx: &Ctx<'_>,
    st: &mut State,
    hits: &[Hit],
    items: &[Item],
    index: usize,
    focus_before: &Focus,
    out: &mut Vec<Mention>,
) {
    let toks = ctx.toks;
    let lex = ctx.lex;
    let found = toks
        .iter()
        .position(|t| matches!(t.low, "named" | "identified"))
        .and_then(|k| {
            (k + 1..toks.len().min(k + 9))
                .find(|&j| toks[j].low == "as")
                .map(|a| (k, a))
        });
    let copula = match found {
        Some(_) => None,
        None => victim_copula(ctx, items),
    };
    let Some((k, a)) = found.or(copula) else {
        return;
    };
    let before = &toks[..k];
    let attacker = before
        .iter()
        .chain(&toks[k..a])
        .any(|t| lex.perpetrators.contains(t.low))
        || (before
            .first()
            .is_some_and(|t| matches!(t.low, "he" | "she"))
            && *focus_before == Focus::Attacker);
    // "named the woman killed in the crash as": a person noun with a participle after it;
    // "identified the slain student as": a participle before the person noun it describes
    let described = |h: &Hit| {
        h.start > k + 1
            && h.start < a
            && h.voice == Voice::Verb
            && (toks[h.start - 1].has(class::PERSON) || h.end < a && toks[h.end].has(class::PERSON))
    };
    // "the victim was NAME": the status of the one person this sentence describes
    // unnamed (`..., who was beaten to death`) or the sentence before told of
    let copula_status = || {
        let here = out
            .iter()
            .rev()
            .find(|m| {
                m.sentence == index
                    && m.role == Role::Victim
                    && m.name.is_none()
                    && m.single
                    && m.count.value == 1
            })
            .map(|m| m.status);
        let last = st
            .last_victims
            .as_ref()
            .filter(|l| l.count == 1 && l.sentence + 1 == index)
            .map(|l| l.status);
        here.or(last)
    };
    let status = if copula.is_some() {
        copula_status()
    } else {
        hits.iter()
            .find(|h| (h.start < k && matches!(h.voice, Voice::Verb | Voice::Pred)) || described(h))
            .map(|h| h.status)
            .or_else(|| {
                // "the victim was named as", "named the dead man as"
                // ("the victims were identified as", in the clause of `as` or told by `them`;
                // not a possessive: "the victims' lawyer", nor "at the hospital with the
                // victims, a man identified as")
                (0..a)
                    .any(|j| match toks[j].low {
                        "victim" | "deceased" | "dead" | "late" => true,
                        "victims" => {
                            !toks
                                .get(j + 1)
                                .is_some_and(|n| n.low.starts_with(['\'', '’']))
                                && (!toks[j + 1..a].iter().any(|t| t.is_punct(','))
                                    || toks[k + 1..a].iter().any(|t| t.low == "them"))
                        }
                        _ => false,
                    })
                    .then_some(Status::Killed)
            })
    };
    let mut names = Vec::new();
    let mut at = a + 1;
    let mut last_end = a;
    loop {
        let name = item_starting_at(items, at)
            .map(|i| &items[i])
            .filter(|it| it.name.is_some())
            .map(|it| (it.name.clone(), it.nat.clone(), it.end))
            .or_else(|| {
                // a lower-case name after "as"
                if !ctx.lower {
                    return None;
                }
                // "52-year-old british-born khalid masood": describing words come first
                let mut at = at;
                let mut nat = None;
                while toks.get(at).is_some_and(|t| {
                    super::person_name::is_modifier_low(t.low)
                        || nationality::at(toks, at).is_some()
                }) {
                    if let Some(h) =
                        nationality::at(toks, at).filter(|h| h.kind != NatKind::Country)
                    {
                        nat = Some(h.code());
                    }
                    if let Some(h) = toks[at].low.strip_suffix("-born") {
                        let sub = super::tokens::tokenize(h);
                        if let Some(h) = nationality::at(&sub.toks(lex), 0) {
                            nat = Some(h.code());
                        }
                    }
                    at += 1;
                }
                let mut e = at;
                while e < toks.len()
                    && e < at + 3
                    && toks[e].is_word()
                    && !toks[e].has(class::FUNCTION | class::AUX)
                {
                    e += 1;
                }
                (e >= at + 2).then(|| {
                    let s = ctx.text.get(toks[at].start..toks[e - 1].end).unwrap_or("");
                    (Some(super::person_name::title_words(s)), nat, e)
                })
            });
        let Some((Some(n), nat, end)) = name else {
            break;
        };
        last_end = end;
        names.push((n, nat, toks[at].start));
        // ", the other as NAME"
        let low = |i: usize| toks.get(i).map_or("", |t| t.low);
        // "as NAME, 41, and NAME", "as NAME, 37, of TOWN, and NAME": the next name comes
        // after the age and home town that describe this one
        let end = described_end(ctx, end);
        // (`as NAME, 52, a nurse; NAME, 37; and NAME, 26`: semicolons part a list whose
        // members hold commas)
        if matches!(low(end), "," | ";")
            && low(end + 1) == "and"
            && named_next(ctx, items, end + 2, false)
        {
            at = end + 2;
        } else if low(end) == ","
            && low(end + 1) == "the"
            && low(end + 2) == "other"
            && low(end + 3) == "as"
        {
            at = end + 4;
        } else if matches!(low(end), "and" | "," | ";")
            && named_next(ctx, items, end + 1, low(end) == ",")
        {
            // "named as NAME and NAME"
            at = end + 1;
        } else {
            break;
        }
    }
    // "the child, identified as NAME, suffered multiple fractures": in apposition, the
    // predicate after the name tells the status
    let appositive =
        k > 0 && toks[k - 1].low == "," && toks.get(last_end).is_some_and(|t| t.low == ",");
    let status = status.or_else(|| {
        hits.iter()
            .find(|h| {
                appositive
                    && (last_end + 1..=last_end + 3).contains(&h.start)
                    && matches!(h.voice, Voice::Verb | Voice::Pred)
            })
            .map(|h| h.status)
    });
    // "two men died. they were named as ...": the group of the sentence before
    let status = status.or_else(|| {
        // ("police identified them as NAME and NAME": the group as the object)
        let they = matches!(
            toks.first().map(|t| t.low),
            Some("they" | "he" | "she" | "both")
        ) || toks[k + 1..a].iter().any(|t| t.low == "them")
            || object_pronoun(ctx, k + 1);
        let last = st.last_victims.as_ref()?;
        let one_person = names.len() == 1 && last.count == 1;
        // "a british tourist died. the tourist, named as NAME, was 45": the same noun
        let same_noun = one_person
            && k >= 1
            && toks[..k].iter().any(|t| t.low == last.head)
            && matches!(toks.first().map(|t| t.low), Some("the" | "this"));
        ((they || same_noun) && last.sentence + 1 == index && last.count == names.len() as u64)
            .then_some(last.status)
    });
    // "two men died. the first was named as NAME": one member of the group counted before
    let status = status.or_else(|| {
        (names.len() == 1
            && (super::one_named::opens_member(toks, k)
                || super::one_named::opens_role_member(toks, k, st.last_victims.as_ref())))
        .then(|| super::one_named::group_status(st.last_victims.as_ref(), index))
        .flatten()
    });
    let names_len = names.len();
    for (n, nat, pos) in names {
        st.register(&n, &[]);
        if attacker {
            st.attacker_name.get_or_insert(n);
            if st.attacker_nat.is_none() {
                st.attacker_nat = nat;
            }
            continue;
        }
        if let Some(status) = status {
            // "the man who died has been named as NAME": the one described is the one named
            let described = out.iter().rposition(|m| {
                m.sentence == index
                    && m.role == Role::Victim
                    && m.status == status
                    && m.name.is_none()
                    && m.single
                    && m.count.value == 1
            });
            let nat = match described.map(|d| out.remove(d)) {
                Some(d) => nat.or(d.nat),
                None => {
                    // "a man was shot dead. the victim was identified as NAME": the one
                    // person the sentence before described
                    match st.last_victims.as_ref() {
                        Some(last)
                            if last.count == 1
                                && last.sentence + 1 == index
                                && last.status == status
                                && names_len == 1 =>
                        {
                            st.renamed.push((last.sentence, status));
                            nat.or_else(|| last.nat.clone())
                        }
                        _ => nat,
                    }
                }
            };
            out.push(Mention {
                role: Role::Victim,
                status,
                nat,
                count: one(),
                name: Some(n),
                head: String::new(),
                desc: String::new(),
                single: false,
                sentence: index,
                pos,
                rule: "named_person",
                part: None,
                lone: false,
            });
        }
    }
}

/// A sentence read only for [`nationality_predicate`]: one with no status word of its
/// own right after one that stated casualties.
pub fn restating(ctx: &Ctx<'_>, st: &mut State, index: usize) -> Vec<Mention> {
    let items = items(ctx, st);
    let mut out = Vec::new();
    // "two people died. they were NAME, 34, and NAME, 29": the group named
    if group_copula(ctx, &items).is_some() {
        let focus = st.focus.clone();
        named_as(ctx, st, &[], &items, index, &focus, &mut out);
    }
    nationality_predicate(ctx, st, &items, index, &mut out);
    super::next_parts::read(ctx, st, &[], &items, index, &mut out);
    out
}

/// The rule of a mention restating a group the sentence before counted, with its
/// nationality (`merge` gives the nationality to that group).
pub const RESTATED: &str = "nationality/restated";

/// `the 14 crew members were all greek`, `the pilot was a cypriot`: the nationality of a
/// group, or of one of a group, that the sentence before counted as killed, injured or
/// missing. The group is the one counted before when the number (or the noun) is the same;
/// a smaller one is a part of it, when its noun is the same or the one before says nothing
/// of who they were (`both people on board`).
fn nationality_predicate(
    ctx: &Ctx<'_>,
    st: &State,
    items: &[Item],
    index: usize,
    out: &mut Vec<Mention>,
) {
    let toks = ctx.toks;
    // the sentence's start, or one the splitter missed (`... died . the 14 crew ...`)
    for start in clause_starts(toks) {
        if !matches!(
            toks.get(start).map(|t| t.low),
            Some("the" | "its" | "their")
        ) {
            continue;
        }
        let earlier: Vec<Described> = out
            .iter()
            .filter(|m| {
                start > 0 && m.role == Role::Victim && m.name.is_none() && m.pos < toks[start].start
            })
            .map(|m| Described::of(m, index))
            .collect();
        let groups: Vec<Described> = if !earlier.is_empty() {
            earlier
        } else if start == 0 {
            st.last_groups
                .iter()
                .filter(|l| l.sentence + 1 == index)
                .cloned()
                .collect()
        } else {
            continue;
        };
        // the group restated whole if one is, else a part of the first that fits
        let found = groups
            .into_iter()
            .filter_map(|g| restated(ctx, items, start, index, g))
            .min_by_key(|m| u8::from(m.rule != RESTATED));
        if let Some(m) = found {
            out.push(m);
        }
    }
}

/// The mention of [`nationality_predicate`] for the group item starting at `start`, given
/// the group counted before (sentence, status, number, noun).
fn restated(
    ctx: &Ctx<'_>,
    items: &[Item],
    start: usize,
    index: usize,
    Described {
        status,
        count,
        head,
        ..
    }: Described,
) -> Option<Mention> {
    let toks = ctx.toks;
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    let found = items.iter().find(|it| it.start == start);
    let it = match found {
        Some(it) if it.name.is_none() && !it.perp && !it.partitive => it.clone(),
        Some(_) => return None,
        // "the victims", "the dead", "the passengers": a group without a number
        None => {
            let w = toks.get(start + 1)?;
            let plural =
                matches!(w.low, "victims" | "dead") || ctx.lex.people.get(w.low) == Some(&false);
            if !plural {
                return None;
            }
            Item {
                start,
                end: start + 2,
                head: w.low.to_string(),
                ..Item::default()
            }
        }
    };
    let mut j = it.end;
    if !matches!(low(j), "was" | "were") {
        return None;
    }
    j += 1;
    let all = matches!(low(j), "all" | "both");
    if all {
        j += 1;
    }
    // "the victims were all moroccan": a group without a number is the whole one before
    let c = it.count.or_else(|| {
        all.then_some(Count {
            value: count,
            approx: Approx::Exact,
        })
    })?;
    if matches!(low(j), "a" | "an") {
        j += 1;
    }
    let h = nationality::at(toks, j).filter(|h| h.kind != NatKind::Country)?;
    let mut e = j + h.len;
    if toks.get(e).is_some_and(|t| t.has(class::PERSON)) {
        e += 1;
    }
    // the nationality ends the clause: not `the pilot was a dutch national who survived`
    if toks.get(e).is_some_and(|t| t.is_word()) {
        return None;
    }
    let same_noun = it.head == head;
    let generic = super::merge::generic(&head);
    let rule = if c.value == count && (same_noun || generic || super::merge::generic(&it.head)) {
        RESTATED
    } else if c.value < count && (same_noun || generic) {
        "nationality/predicate"
    } else {
        return None;
    };
    let mut m = Mention::of_item(&it, c, status, index, toks[it.start].start);
    m.nat = Some(h.code());
    m.single = false;
    if rule != RESTATED {
        m.head = "part".into();
    }
    m.rule = rule;
    Some(m)
}

/// Whether a further name of a list follows at `at` (`named as NAME and NAME`, `NAME, NAME
/// and NAME`): an item holding a name, or in lower-cased text two or three plain words,
/// ending the clause after `and`, or followed by `,` or `and` after a comma.
/// Where the description after a name in a list ends: `NAME, 41` or `NAME, 37, of TOWN`
/// (an age in commas, then a home town of one to three words after `of` / `from`, closed
/// by a comma); `e` itself when no age follows.
fn described_end(ctx: &Ctx<'_>, e: usize) -> usize {
    let toks = ctx.toks;
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    let age = toks.get(e + 1).is_some_and(
        |t| matches!(t.kind, super::tokens::Kind::Num { value, whole: true } if value < 120.0),
    );
    if low(e) != "," || !age || !matches!(low(e + 2), "," | "." | ";" | "") {
        return apposed_end(ctx, e);
    }
    let e = e + 2;
    if low(e) == "," && matches!(low(e + 1), "of" | "from") {
        let town = (e + 2..(e + 5).min(toks.len()))
            .take_while(|&k| toks[k].is_word() && !toks[k].has(class::FUNCTION))
            .count();
        if town >= 1 && low(e + 2 + town) == "," {
            return e + 2 + town;
        }
    }
    apposed_end(ctx, e)
}

/// `NAME, a baker from TOWN, and NAME`: an indefinite noun phrase in commas after a listed
/// name describes it; the list goes on after its closing comma (or semicolon). No verb nor a clause's
/// opening word inside (`, a man who ...` is no apposition of this kind).
fn apposed_end(ctx: &Ctx<'_>, e: usize) -> usize {
    let toks = ctx.toks;
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    if low(e) != "," || !matches!(low(e + 1), "a" | "an") {
        return e;
    }
    (e + 3..(e + 9).min(toks.len()))
        .find(|&c| toks[c].is_punct(',') || toks[c].is_punct(';'))
        .filter(|&c| {
            toks[e + 2..c].iter().all(|t| {
                t.is_word()
                    && !t.has(class::AUX)
                    && !matches!(t.low, "who" | "which" | "that" | "whose" | "and" | "but")
            })
        })
        .unwrap_or(e)
}

fn named_next(ctx: &Ctx<'_>, items: &[Item], at: usize, comma: bool) -> bool {
    let end = item_starting_at(items, at)
        .filter(|&i| items[i].name.is_some())
        .map(|i| items[i].end)
        .or_else(|| super::rules::phrase::plain_name(ctx, at).map(|(_, e)| e));
    let Some(end) = end else {
        return false;
    };
    match ctx.toks.get(end) {
        None => !comma,
        Some(t) if comma => t.low == "and" || t.is_punct(','),
        Some(t) => t.is_punct('.') || t.is_punct(',') || t.is_punct(';'),
    }
}

/// `police named him as`, `her family named her on monday as`: `him` or `her` as the
/// object of the naming verb, referring back to the one person counted before (not a
/// possessive before a noun: `named her son as`).
fn object_pronoun(ctx: &Ctx<'_>, at: usize) -> bool {
    let toks = ctx.toks;
    toks.get(at).is_some_and(|t| matches!(t.low, "him" | "her"))
        && !toks
            .get(at + 1)
            .is_some_and(|t| t.has(class::PERSON) || super::rules::kin_noun(t.low).is_some())
}

/// `the 26-year-old woman is Jane Roe`: naming the attacker the article is about.
fn identity(ctx: &Ctx<'_>, st: &mut State, items: &[Item], focus_before: &Focus) {
    for w in items.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        let between = &ctx.toks[a.end..b.start];
        let is = between.len() == 1 && matches!(between[0].low, "is" | "was");
        let named = b.name.as_ref().is_some_and(|n| n.contains(' '));
        if is
            && named
            && a.name.is_none()
            && a.definite
            && (a.perp || *focus_before == Focus::Attacker)
        {
            if let Some(n) = &b.name {
                st.attacker_name.get_or_insert_with(|| n.clone());
            }
        }
    }
}

/// `the third victim of the attacks, US citizen Kurt Cochran`.
fn victim_apposition(ctx: &Ctx<'_>, items: &[Item], index: usize, out: &mut Vec<Mention>) {
    let toks = ctx.toks;
    for (v, t) in toks.iter().enumerate() {
        if t.low != "victim" {
            continue;
        }
        let Some(comma) = (v + 1..toks.len().min(v + 6)).find(|&j| toks[j].is_punct(',')) else {
            continue;
        };
        // the name right after the comma, or an apposition item spanning it
        let at = items.partition_point(|it| it.end <= comma + 1);
        let found = items
            .get(at)
            .filter(|it| it.start <= comma + 1 && it.name.is_some());
        if let Some(it) = found {
            if out.iter().rev().take(8).any(|m| m.name == it.name) {
                continue;
            }
            out.push(Mention {
                role: Role::Victim,
                status: Status::Killed,
                nat: it.nat.clone(),
                count: one(),
                name: it.name.clone(),
                head: String::new(),
                desc: String::new(),
                single: false,
                sentence: index,
                pos: toks[it.start].start,
                rule: "named_person",
                part: None,
                lone: false,
            });
        }
    }
}
