//! Resolving a speaker phrase to a person while reading an article in order: names
//! through the people tables, pronouns to the last compatible subject, descriptions
//! through roles (`the Prime Minister`), groups to their owner (`His family`), and an
//! unnamed spokesman to the body last named.

use super::attribution::DOCUMENTS;
use super::frame::strip_possessive;
use super::lexicon::{Flags, Gender, PronounKind, LEXICON};
use super::people::{key, key_of, Matches, NameSeen, People, Person, Word};
use super::phrases::{singular, singular_is, Mention, Possessor, Role};
use crate::lexicon::Epithet;
use rustc_hash::FxHashMap as FastMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Referent {
    /// A person of the article's table.
    Person(usize),
    /// A person known only from the set's table.
    SetPerson(usize),
    /// A group named after its owner (`Keith Palmer's family`).
    Group(String),
}

struct Entry {
    at: usize,
    referent: Referent,
    subject: bool,
    /// A subject that may carry a running speaker: not one of a subordinate clause.
    focus: bool,
    /// A body speaking through its spokesman (`a spokesman for Acme said`): a later
    /// `he` or `she` may stand for it.
    spokes: bool,
}

/// Nouns that refer back to a body whatever its name (`Neiman Marcus ... the company
/// said`), when no body's name ends in them.
/// The one body news names by its bare noun, with or without `the` (`police said`):
/// the force of the place the story is about.
const POLICE: &str = "police";

const GENERIC_BODIES: &[&str] = &[
    "company",
    "firm",
    "agency",
    "organisation",
    "organization",
    "group",
    "retailer",
    "chain",
    "airline",
    "charity",
    "coalition",
    "school",
    "university",
    "network",
];

/// The last words of a region's name (`Santa Clara County`).
const REGIONS: &[&str] = &["county", "parish", "borough", "province", "township"];

/// How far after a spokesman's sentence (in tokens) `he` or `she` may still be him.
const SPOKES_REACH: usize = 60;

/// How close (in tokens) two holders of one role are named together (`Senator Ruth
/// Calder and Senator Joel Marsh`).
const TOGETHER: usize = 12;

/// How far back a pronoun looks, in mentions.
const LOOKBACK: usize = 40;

pub struct Resolver<'s, 'a> {
    article: People<'a>,
    set: &'s People<'a>,
    to_set: Vec<Option<Option<usize>>>,
    entries: Vec<Entry>,
    /// Per article person: last mention, last mention as a subject.
    last_seen: Vec<(Option<usize>, Option<usize>)>,
    /// The speaker of the last attributed quotation.
    last_speaker: Option<Referent>,
    /// Every speaker of the article so far (a name that spoke is a person's).
    speakers: Vec<Referent>,
    /// The last person introduced by an apposition outside subject position (`news
    /// came from Karl Osei, chair of neurology`), with the token of the mention.
    introduced: Option<(usize, Referent)>,
    /// The author of the last document introduced (`Orvane Foods released a
    /// statement`), with the document's token.
    author: Option<(usize, Referent)>,
    /// The first token of each frame sentence, when known.
    sentences: Vec<usize>,
    /// The set's one holder of a role, by the role's head (`by_role`'s last resort),
    /// and the set's one body a noun heads (`body_by_noun`'s): each reads only the set
    /// table, which does not change while the article is read, so it is asked once.
    set_holder: FastMap<String, Option<usize>>,
    set_body: FastMap<String, Option<usize>>,
    /// Referents a body's noun has referred back to (`Brightmoor Dairy … the company
    /// said`): bodies by the article's own word, whatever their names look like, so
    /// that a later `it` or `they` may stand for them.
    bodies: Vec<Referent>,
}

/// A set table's answers to `by_role` and `body_by_noun` (see
/// [`Resolver::swap_set_answers`]), kept while the set's articles are read.
#[derive(Default)]
pub struct SetAnswers {
    holder: FastMap<String, Option<usize>>,
    body: FastMap<String, Option<usize>>,
}

impl<'s, 'a> Resolver<'s, 'a> {
    pub fn new(article: People<'a>, set: &'s People<'a>) -> Resolver<'s, 'a> {
        let n = article.persons.len();
        Resolver {
            article,
            set,
            to_set: vec![None; n],
            entries: Vec::new(),
            last_seen: vec![(None, None); n],
            last_speaker: None,
            speakers: Vec::new(),
            introduced: None,
            author: None,
            sentences: Vec::new(),
            set_holder: FastMap::default(),
            set_body: FastMap::default(),
            bodies: Vec::new(),
        }
    }

    /// Exchanges the set table's answers (`by_role`'s and `body_by_noun`'s last resorts)
    /// with `answers`: they read only the set table, so the articles of one set, read
    /// against one table, share them rather than each scanning the table again.
    pub fn swap_set_answers(&mut self, answers: &mut SetAnswers) {
        std::mem::swap(&mut self.set_holder, &mut answers.holder);
        std::mem::swap(&mut self.set_body, &mut answers.body);
    }

    /// Gives the first token of each frame sentence (see [`Resolver::new_subject`]).
    pub fn set_sentences(&mut self, starts: &[usize]) {
        self.sentences = starts.to_vec();
    }

    /// Whether `r` opens the sentence just before the one holding token `at` as its
    /// first subject, a main clause's, with `speaker` not mentioned in that sentence:
    /// a change of subject (`Ruiz said ... "Q," he said. But Olsen stood by the
    /// decision. "Q," he told reporters`), which the last speaker does not outweigh.
    fn new_subject(&self, r: &Referent, speaker: &Referent, at: usize) -> bool {
        let sent = self.sentences.partition_point(|&s| s <= at);
        if sent < 2 {
            return false;
        }
        let (p0, p1) = (self.sentences[sent - 2], self.sentences[sent - 1]);
        let mut first = None;
        for e in self.entries.iter().rev().skip_while(|e| e.at >= p1) {
            if e.at < p0 {
                break;
            }
            if &e.referent == speaker {
                return false;
            }
            if e.subject {
                first = Some(e);
            }
        }
        first.is_some_and(|e| e.focus && &e.referent == r) && self.marked_person(r)
    }

    /// Whether something marks `r` as a person: a role, a given name first, or having
    /// spoken (`Dark Green pixels are ...` opens a sentence but is nobody).
    fn marked_person(&self, r: &Referent) -> bool {
        let marked = |p: &Person<'_>| {
            !p.roles.is_empty()
                || p.words
                    .first()
                    .is_some_and(|w| LEXICON.flags(w).has(Flags::GIVEN))
        };
        self.speakers.contains(r)
            || match r {
                Referent::Person(id) => marked(&self.article.persons[*id]),
                Referent::SetPerson(s) => marked(&self.set.persons[*s]),
                Referent::Group(_) => false,
            }
    }

    /// The set person an article person is, when that is unambiguous.
    fn set_of(&mut self, id: usize) -> Option<usize> {
        if self.to_set.len() <= id {
            self.to_set.resize(id + 1, None);
        }
        if let Some(known) = self.to_set[id] {
            return known;
        }
        let p = &self.article.persons[id];
        let found = self.set.matches(&key(&p.words));
        let result = match found.as_slice() {
            [one] => Some(*one),
            _ => None,
        };
        self.to_set[id] = Some(result);
        result
    }

    /// The canonical name of a referent.
    pub fn canonical(&mut self, r: &Referent) -> String {
        match r {
            // The fuller of the set's name and the article's (a speaker phrase read
            // late may name more than any mention found before: `jens olsen`).
            Referent::Person(id) => match self.set_of(*id) {
                Some(s)
                    if self.set.persons[s].words.len() >= self.article.persons[*id].words.len() =>
                {
                    self.set.persons[s].display()
                }
                _ => self.article.persons[*id].display(),
            },
            Referent::SetPerson(s) => self.set.persons[*s].display(),
            Referent::Group(name) => name.clone(),
        }
    }

    /// Notes that a body's noun referred back to `r` (see `bodies`), and gives it back.
    fn known_body(&mut self, r: Referent) -> Referent {
        if !self.bodies.contains(&r) {
            self.bodies.push(r.clone());
        }
        r
    }

    /// Records a mention of a referent at token `at`.
    pub fn note(&mut self, at: usize, referent: Referent, subject: bool) {
        if let Referent::Person(id) = referent {
            if self.last_seen.len() <= id {
                self.last_seen.resize(id + 1, (None, None));
            }
            self.last_seen[id].0 = Some(at);
            if subject {
                self.last_seen[id].1 = Some(at);
            }
        }
        self.entries.push(Entry {
            at,
            referent,
            subject,
            focus: subject,
            spokes: false,
        });
    }

    /// Records a body at token `at` as the subject of its spokesman's verb (`a
    /// spokeswoman for Acme said`).
    pub fn note_spokes(&mut self, at: usize, referent: Referent) {
        self.note(at, referent, true);
        if let Some(e) = self.entries.last_mut() {
            e.spokes = true;
        }
    }

    /// Marks the last mention recorded as the subject of a subordinate clause (`when
    /// Nina Cole was taken`): no running speaker comes from it.
    pub fn subordinate_last(&mut self) {
        if let Some(e) = self.entries.last_mut() {
            e.focus = false;
        }
    }

    /// Records who spoke last (a quotation's speaker, a cue's subject): the first
    /// choice of a later `he` or `she` over a subject of unknown gender named since.
    pub fn note_speaker(&mut self, referent: Referent) {
        if !self.speakers.contains(&referent) {
            self.speakers.push(referent.clone());
        }
        self.last_speaker = Some(referent);
    }

    /// Records the author of a document introduced at token `at`.
    pub fn note_author(&mut self, at: usize, referent: Referent) {
        self.author = Some((at, referent));
    }

    /// Records a person introduced by an apposition outside subject position at `at`.
    pub fn note_introduced(&mut self, at: usize, referent: Referent) {
        self.introduced = Some((at, referent));
    }

    /// The person introduced by an apposition in the sentence `range` (tokens) before a
    /// pronoun opening the next one (`... came from Karl Osei, chair of neurology. He
    /// and his team ...`), when that sentence has no subject the pronoun fits.
    pub fn introduced_in(&mut self, kind: PronounKind, range: (usize, usize)) -> Option<Referent> {
        let (at, r) = self.introduced.clone()?;
        if at < range.0 || at >= range.1 || !self.fits(kind, &r) {
            return None;
        }
        let subjects: Vec<Referent> = self
            .entries
            .iter()
            .rev()
            .take_while(|e| e.at >= range.0)
            .filter(|e| e.subject && e.at < range.1)
            .map(|e| e.referent.clone())
            .collect();
        for s in &subjects {
            if self.fits(kind, s) {
                return None;
            }
        }
        Some(r)
    }

    /// The article person a name names, added when new; the most recently mentioned
    /// when the form fits several.
    pub fn person(&mut self, name: &NameSeen<'a>) -> usize {
        self.person_keyed(name, &key(&name.words))
    }

    /// [`Resolver::person`] for a name whose key is known.
    pub fn person_keyed(&mut self, name: &NameSeen<'a>, key: &[Word]) -> usize {
        let found = self.article.matches(key);
        // "President Obama" among Barack and Michelle Obama: not one whose roles or
        // gender this mention's contradict.
        let mut fitting = Vec::new();
        if let Matches::Several(ids) = &found {
            let persons = &self.article.persons;
            // (an honorific, `Mrs.`, is no role: its gender speaks for it)
            // (nor is an age: `Roe, 42,` is no office)
            let office = |r: &&Role| {
                !r.head.ends_with("-year-old")
                    && LEXICON.title(&r.head).is_none_or(|t| !t.roles.is_empty())
            };
            let roles: Vec<&Role> = name.roles.iter().filter(office).collect();
            let shared = |p: &Person<'_>| {
                roles
                    .iter()
                    .any(|r| p.roles.iter().any(|q| q.head == r.head))
            };
            let fits = |id: &usize| {
                let p = &persons[*id];
                let role_clash = !roles.is_empty() && !p.roles.is_empty() && !shared(p);
                let gender_clash =
                    name.gender.is_some() && p.gender.is_some() && p.gender != name.gender;
                !role_clash && !gender_clash
            };
            fitting.extend(ids.iter().copied().filter(fits));
            // A surname alone with its title (`Mrs. Obama`) goes to one who has them.
            let shares = |id: &usize| {
                let p = &persons[*id];
                shared(p) || name.gender.is_some() && p.gender == name.gender
            };
            let titled = |w: &&str| LEXICON.title(&w.to_lowercase()).is_some();
            let surname_alone = name.words.iter().filter(|w| !titled(w)).count() == 1;
            if surname_alone && fitting.iter().any(shares) {
                fitting.retain(shares);
            }
            if fitting.len() == ids.len() {
                fitting.clear();
            }
        }
        let found = if fitting.is_empty() {
            found.as_slice()
        } else {
            &fitting
        };
        match self.most_recent(found) {
            Some(id) => {
                let p = &mut self.article.persons[id];
                if name.words.len() > p.words.len() {
                    p.words = name.words.clone();
                }
                id
            }
            None => self.article.push_name(name, key.to_vec()),
        }
    }

    /// The one article person of `found`, or the most recently mentioned of several.
    fn most_recent(&self, found: &[usize]) -> Option<usize> {
        match found {
            [] => None,
            [one] => Some(*one),
            several => {
                let recent = |id: &usize| {
                    let (any, subject) = self.last_seen.get(*id).copied().unwrap_or((None, None));
                    (subject, any)
                };
                Some(
                    *several
                        .iter()
                        .max_by_key(|id| recent(id))
                        .unwrap_or(&several[0]),
                )
            }
        }
    }

    /// Whether a referent is a body. A gender (from a title, a given name or a
    /// pronoun) outweighs a body's word merged into one of its forms.
    pub fn is_org(&mut self, r: &Referent) -> bool {
        let org = match r {
            Referent::Person(id) => {
                self.article.persons[*id].org
                    || self.set_of(*id).is_some_and(|s| self.set.persons[s].org)
            }
            Referent::SetPerson(s) => self.set.persons[*s].org,
            Referent::Group(_) => false,
        };
        org && self.gender(r).is_none()
    }

    /// The gender known for a referent, if any.
    pub fn gender(&mut self, r: &Referent) -> Option<Gender> {
        match r {
            Referent::Person(id) => {
                let set = self.set_of(*id).map(|s| &self.set.persons[s]);
                let p = &self.article.persons[*id];
                // (a gender from the given-name list yields to the one the set's
                // articles settled by their own pronouns: `Doe said she was`)
                match set {
                    Some(s) if p.listed_gender && !s.listed_gender && s.gender.is_some() => {
                        s.gender
                    }
                    _ => p.gender.or_else(|| set.and_then(|s| s.gender)),
                }
            }
            Referent::SetPerson(s) => self.set.persons[*s].gender,
            Referent::Group(_) => None,
        }
    }

    /// The referent of a pronoun at token `at`.
    pub fn pronoun(&mut self, kind: PronounKind, at: usize) -> Option<Referent> {
        if kind == PronounKind::Self_ {
            return None;
        }
        for subjects_only in [true, false] {
            // The candidates' positions, gathered before `fits` borrows the resolver;
            // at most LOOKBACK of them, so they fit on the stack.
            let mut candidates = [0usize; LOOKBACK];
            let mut found = 0;
            let eligible = (0..self.entries.len()).rev().filter(|&j| {
                let e = &self.entries[j];
                e.at < at && (e.subject || !subjects_only)
            });
            for (slot, j) in candidates.iter_mut().zip(eligible) {
                *slot = j;
                found += 1;
            }
            for &j in &candidates[..found] {
                // "a spokesman for Acme said ... 'Q,' he said": the spokesman's body,
                // in the next sentence or two.
                if self.entries[j].spokes
                    && at - self.entries[j].at <= SPOKES_REACH
                    && matches!(kind, PronounKind::Male | PronounKind::Female)
                {
                    return Some(self.entries[j].referent.clone());
                }
                let r = match &self.entries[j].referent {
                    Referent::Person(id) => Referent::Person(*id),
                    Referent::SetPerson(s) => Referent::SetPerson(*s),
                    Referent::Group(_) if kind != PronounKind::Plural => continue,
                    Referent::Group(g) => Referent::Group(g.clone()),
                };
                if self.fits(kind, &r) {
                    // "Hooper said that by the time Cruz was 16, she ...": a subject of
                    // unknown gender does not take `she` from the speaker known to be one.
                    let r = match self.speaker_first(kind, &r, &candidates[..found], at) {
                        Some(speaker) => speaker,
                        None => r,
                    };
                    if let (Referent::Person(id), Some(g)) = (&r, gender_of(kind)) {
                        if self.article.persons[*id].gender.is_none() {
                            self.article.persons[*id].gender = Some(g);
                        }
                    }
                    return Some(r);
                }
            }
        }
        None
    }

    /// The last speaker, when a gendered pronoun would otherwise go to `r`, a
    /// subject of unknown gender, and the speaker is among the `candidates`
    /// (entry indices) with the pronoun's gender.
    fn speaker_first(
        &mut self,
        kind: PronounKind,
        r: &Referent,
        candidates: &[usize],
        at: usize,
    ) -> Option<Referent> {
        let want = gender_of(kind)?;
        let speaker = self.last_speaker.clone()?;
        if &speaker == r || self.gender(r).is_some() || self.gender(&speaker) != Some(want) {
            return None;
        }
        let seen = candidates
            .iter()
            .any(|&j| self.entries[j].referent == speaker);
        (seen && !self.is_org(&speaker) && !self.new_subject(r, &speaker, at)).then_some(speaker)
    }

    fn fits(&mut self, kind: PronounKind, r: &Referent) -> bool {
        let org = self.is_org(r);
        match kind {
            PronounKind::Male | PronounKind::Female => {
                !org && !matches!(r, Referent::Group(_))
                    && self.gender(r).is_none_or_eq(gender_of(kind))
                    && !self.plural_noun(r)
                    && !self.ordinary_words_only(r)
                    && !self.named_as_region(r)
            }
            PronounKind::Plural => {
                org || matches!(r, Referent::Group(_)) || self.bodies.contains(r)
            }
            PronounKind::Thing => org || self.bodies.contains(r),
            PronounKind::Self_ => false,
        }
    }

    /// The most recent subject, for a quotation that continues without a cue.
    pub fn focus(&self, at: usize) -> Option<Referent> {
        self.focus_after(None, at)
    }

    /// The most recent subject noted after token `after`, up to `at`.
    pub fn focus_since(&self, after: usize, at: usize) -> Option<Referent> {
        self.focus_after(Some(after), at)
    }

    fn focus_after(&self, after: Option<usize>, at: usize) -> Option<Referent> {
        self.entries
            .iter()
            .rev()
            .take(LOOKBACK * 4)
            .filter(|e| e.at <= at && e.focus)
            .take_while(|e| after.is_none_or(|a| e.at > a))
            .map(|e| e.referent.clone())
            .next()
    }

    /// The referent of a speaker mention at token `at`.
    pub fn resolve(&mut self, m: &Mention<'a>, at: usize) -> Option<Referent> {
        match m {
            Mention::Pronoun(kind) => self.pronoun(*kind, at),
            // Lower-cased, "the headteacher" may read as a one-word body: a person who
            // holds that role is the better reading.
            Mention::Name {
                words, org: true, ..
            } if words.len() == 1 && words[0].chars().all(|c| !c.is_uppercase()) => {
                let head = singular(&words[0].to_lowercase());
                if let Some(r) = self.by_role(&head, at) {
                    return Some(r);
                }
                // "the ministry": the body named before whose head it is; "the force":
                // the body named before that its class holds.
                let body = self
                    .body_by_noun(&head, at)
                    .or_else(|| self.body_by_kind(&head, at));
                if let Some(r) = body {
                    return Some(self.known_body(r));
                }
                let name = NameSeen::from_mention(m)?;
                Some(Referent::Person(self.person(&name)))
            }
            Mention::Name { .. } => {
                let mut name = NameSeen::from_mention(m)?;
                self.drop_owner_mark(&mut name);
                Some(Referent::Person(self.person(&name)))
            }
            Mention::Description {
                head,
                possessor,
                definite,
                group,
                spokes,
                plural,
                body,
                modified,
            } => {
                if *group {
                    let owner = self.owner(possessor.as_ref(), at)?;
                    let name = self.canonical(&owner);
                    return Some(Referent::Group(format!("{name}'s {head}")));
                }
                if *spokes {
                    // "a South Korean official": a nationality is no body.
                    let demonym =
                        !body.is_empty() && super::speaker_name::is_adjective(&body.join(" "));
                    let body: &[&str] = if demonym { &[] } else { body };
                    // "the statement said": the document's author named before.
                    let document = DOCUMENTS.contains(&head.as_str());
                    if document && body.is_empty() && possessor.is_none() {
                        if let Some((_, r)) = self.author.as_ref().filter(|(k, _)| *k < at) {
                            return Some(r.clone());
                        }
                    }
                    // "the official", "a source": an unnamed person, not the body
                    // last named, unless the phrase names one (`a ministry official`).
                    let person = matches!(head.as_str(), "official" | "source");
                    // "a spokeswoman for the ministry, Lucia Brandt, ... the
                    // spokeswoman said": the person this article names in that role
                    // (each body has its own: not one named in another article).
                    if *definite && body.is_empty() && possessor.is_none() && !document && !person {
                        let heads = heads(head);
                        if let Some(r) = self.recent_where(at, |p| p.has_role(&heads)) {
                            return Some(r);
                        }
                    }
                    if person && body.is_empty() && possessor.is_none() {
                        return None;
                    }
                    let lowercase_body = body.iter().all(|w| !w.starts_with(char::is_uppercase));
                    // "a kestrel ferries spokeswoman": a body whose name opens like one
                    // named before (`Kestrel ferries cancelled ...`, where only the
                    // sentence's first capital was seen) is a body of those words.
                    if lowercase_body && body.len() >= 2 {
                        let opens = |p: &Person<'_>| {
                            p.words.len() <= body.len()
                                && p.words
                                    .iter()
                                    .zip(body.iter())
                                    .all(|(a, b)| a.eq_ignore_ascii_case(b))
                        };
                        if self.recent_where(at, opens).is_some() {
                            let name = NameSeen::body(body.to_vec());
                            return Some(Referent::Person(self.person(&name)));
                        }
                    }
                    if let (true, Some(noun)) = (lowercase_body, body.last()) {
                        // "a hospital spokesman": the hospital named before.
                        return self.body_by_noun(noun, at).or_else(|| self.last_body(at));
                    }
                    if !body.is_empty() {
                        let name = NameSeen::body(body.to_vec());
                        return Some(Referent::Person(self.person(&name)));
                    }
                    if let Some(owner) = self.owner(possessor.as_ref(), at) {
                        return Some(owner);
                    }
                    // "the mayor's statement": the role's holder named before.
                    if let Some(Possessor::Name(words)) = possessor {
                        if let Some(r) = self.holder(words, at) {
                            return Some(r);
                        }
                    }
                    // "the report said": a report is more often another's (a paper's, an
                    // inspector's) than a statement is; the body last named speaks for it
                    // only when named near it, as a spokesman's body is.
                    if head.as_str() == "report" {
                        return self.last_body_from(at, at.saturating_sub(SPOKES_REACH));
                    }
                    return self.last_body(at);
                }
                // "police said", "the police said": the force named before (`Westbridge
                // Police`), else the police of the story's place, a body by that word.
                if POLICE == head.as_str() && !*group && possessor.is_none() {
                    return self.body_by_noun(POLICE, at).or_else(|| {
                        Some(Referent::Person(self.person(&NameSeen::body(vec![POLICE]))))
                    });
                }
                if *plural && possessor.is_none() {
                    return None;
                }
                if let Some(Possessor::Name(words)) = possessor {
                    // "nguyen's response said": the owner's own words speak for them.
                    if OWN_WORDS.contains(&head.as_str()) {
                        return self
                            .owner(possessor.as_ref(), at)
                            .or_else(|| self.holder(words, at));
                    }
                    // "the company's chief executive said": when no one holds the role
                    // for an owner so named, an owner that is a body's noun is the body
                    // the story is about, and whoever holds the role speaks.
                    return self
                        .role_of_owner(head, words)
                        .or_else(|| body_noun(words).then(|| self.by_role(head, at)).flatten());
                }
                if let Some(Possessor::Pronoun(kind)) = possessor {
                    let owner = self.pronoun(*kind, at)?;
                    if OWN_WORDS.contains(&head.as_str()) {
                        return Some(owner);
                    }
                    let words = self.words_of(&owner);
                    return self.role_of_owner(head, &words);
                }
                // "the 24-year-old said": the one whose age was given as that (`Ruth
                // Adler, 24,`), else the person last mentioned (a person, not a body:
                // ages describe people named before them) whose age was not given as
                // another.
                if *definite && head.ends_with("-year-old") {
                    if let Some(r) = self.by_role(head, at) {
                        return Some(r);
                    }
                    let aged_otherwise = |p: &Person<'_>| {
                        p.roles
                            .iter()
                            .any(|r| r.head.ends_with("-year-old") && r.head != *head)
                    };
                    return self
                        .recent_person_but(at, None, &aged_otherwise)
                        .or_else(|| self.recent_where(at, |p| !p.org && !aged_otherwise(p)));
                }
                if *definite {
                    // "the governor": who holds the role; "the hospital": the body so named.
                    // "the company", "the agency": a body of any name, the last named.
                    let generic = GENERIC_BODIES.contains(&head.as_str());
                    if let Some(r) = self.by_role(head, at) {
                        return Some(r);
                    }
                    let body = self
                        .body_by_noun(head, at)
                        .or_else(|| self.body_by_kind(head, at))
                        .or_else(|| {
                            if !generic {
                                return None;
                            }
                            self.last_body(at).or_else(|| self.unmarked_body(at))
                        });
                    if let Some(r) = body {
                        return Some(self.known_body(r));
                    }
                    return self.by_epithet(head, *modified, at);
                }
                None
            }
        }
    }

    /// Whether `r` is named only by ordinary words and nothing marks it as a person (no
    /// gender, no role, no given name, never a speaker): `he` never stands for `Grade`
    /// (from `his grade point average`) or `Servers`, but does for `young` after `young
    /// said`.
    /// "kelley's report noted": a person's name with an owner's `'s` (the noun after it
    /// read as the verb) is the owner, when the article names someone so; a body's name
    /// (`Harrow's`, a shop) keeps its mark.
    fn drop_owner_mark(&self, name: &mut NameSeen<'a>) {
        if name.org {
            return;
        }
        let Some(last) = name.words.last().copied() else {
            return;
        };
        let bare = strip_possessive(last);
        if bare.is_empty() || bare.len() == last.len() {
            return;
        }
        let mut words = name.words.clone();
        if let Some(w) = words.last_mut() {
            *w = bare;
        }
        if !matches!(self.article.matches(&key(&words)), Matches::None) {
            name.words = words;
        }
    }

    fn ordinary_words_only(&mut self, r: &Referent) -> bool {
        if self.speakers.contains(r) {
            return false;
        }
        let ordinary = |p: &Person<'_>| {
            p.gender.is_none()
                && p.roles.is_empty()
                && !p.words.is_empty()
                && p.words
                    .iter()
                    .all(|w| crate::lexicon::common_word(w) && !LEXICON.flags(w).has(Flags::GIVEN))
        };
        match r {
            Referent::Person(id) => {
                ordinary(&self.article.persons[*id])
                    && self
                        .set_of(*id)
                        .is_none_or(|s| ordinary(&self.set.persons[s]))
            }
            Referent::SetPerson(s) => ordinary(&self.set.persons[*s]),
            Referent::Group(_) => false,
        }
    }

    /// Whether `r` is named as a region (`Santa Clara County`, `Orleans Parish`),
    /// which `he` or `she` never stands for; its people's roles are left as they are
    /// (`Dallas County DA Ana Ruiz` is hers).
    fn named_as_region(&mut self, r: &Referent) -> bool {
        let region = |p: &Person<'_>| {
            p.words.len() >= 2
                && p.words
                    .last()
                    .is_some_and(|w| REGIONS.iter().any(|g| w.eq_ignore_ascii_case(g)))
        };
        match r {
            Referent::Person(id) => region(&self.article.persons[*id]),
            Referent::SetPerson(s) => region(&self.set.persons[*s]),
            Referent::Group(_) => false,
        }
    }

    /// Whether `r` is named by one ordinary plural noun (`years`, `officials`), which
    /// `he` or `she` never stands for.
    fn plural_noun(&mut self, r: &Referent) -> bool {
        let plural = |p: &Person<'_>| match p.words.as_slice() {
            [one] => {
                one.len() > 3
                    && super::phrases::ends_as_plural(one)
                    && crate::lexicon::common_word(one)
            }
            _ => false,
        };
        match r {
            Referent::Person(id) => plural(&self.article.persons[*id]),
            Referent::SetPerson(s) => plural(&self.set.persons[*s]),
            Referent::Group(_) => false,
        }
    }

    fn words_of(&mut self, r: &Referent) -> Vec<String> {
        key_of(
            &self
                .canonical(r)
                .split(' ')
                .map(str::to_string)
                .collect::<Vec<_>>(),
        )
    }

    fn owner(&mut self, possessor: Option<&Possessor>, at: usize) -> Option<Referent> {
        match possessor? {
            Possessor::Pronoun(kind) => self.pronoun(*kind, at),
            // Only a person already named owns: the lowercase words never make one.
            Possessor::Name(words) => {
                let found = self.article.matches(&key(words));
                self.most_recent(found.as_slice()).map(Referent::Person)
            }
        }
    }

    /// The person holding the role an owner's one word names (`the mayor's remarks`,
    /// the owner `mayor`), named before `at`.
    fn holder(&mut self, owner: &[String], at: usize) -> Option<Referent> {
        match owner {
            [one] if LEXICON.flags(one).has(Flags::ROLE) => self.by_role(&singular(one), at),
            _ => None,
        }
    }

    /// The body last named before `at`.
    fn last_body(&mut self, at: usize) -> Option<Referent> {
        self.last_body_from(at, 0)
    }

    /// [`Resolver::last_body`], among the mentions at token `floor` or after.
    fn last_body_from(&mut self, at: usize, floor: usize) -> Option<Referent> {
        // Positions, not cloned referents: only the one found is cloned.
        let candidates: Vec<usize> = (0..self.entries.len())
            .rev()
            .filter(|&j| self.entries[j].at < at)
            .take_while(|&j| self.entries[j].at >= floor)
            .take(LOOKBACK * 2)
            .collect();
        let found = candidates
            .into_iter()
            .find(|&j| match self.entries[j].referent {
                Referent::Person(id) => self.is_org(&Referent::Person(id)),
                Referent::SetPerson(s) => self.is_org(&Referent::SetPerson(s)),
                // A group is never a body (see `is_org`).
                Referent::Group(_) => false,
            })?;
        Some(self.entries[found].referent.clone())
    }

    /// `Quorvex said ... The company called`: when no body was named, the name last
    /// mentioned that nothing marks as a person's (no given name, title, role, gender
    /// or pronoun), as a company's name reads.
    fn unmarked_body(&mut self, at: usize) -> Option<Referent> {
        let last = (0..self.entries.len())
            .rev()
            .take(LOOKBACK)
            .find(|&j| self.entries[j].at < at)?;
        let r = self.entries[last].referent.clone();
        self.unmarked(&r).then_some(r)
    }

    /// Whether nothing marks `r` as a person's name (see [`Resolver::unmarked_body`]).
    fn unmarked(&self, r: &Referent) -> bool {
        let unmarked = |p: &Person<'_>| {
            !p.org
                && p.gender.is_none()
                && p.roles.is_empty()
                && p.words.first().is_some_and(|w| {
                    let flags = LEXICON.flags(w);
                    !flags.has(Flags::GIVEN) && !flags.has(Flags::PRONOUN)
                })
        };
        match r {
            Referent::Person(id) => unmarked(&self.article.persons[*id]),
            Referent::SetPerson(s) => unmarked(&self.set.persons[*s]),
            Referent::Group(_) => false,
        }
    }

    /// `the hospital`, `a ministry spokesman`: the body named before `at` whose name
    /// ends in that noun (`King Edward VII Hospital`), else the one such body of the set.
    fn body_by_noun(&mut self, noun: &str, at: usize) -> Option<Referent> {
        // `singular` keeps a word's length or drops one byte, and lowercasing keeps an
        // ASCII word's length: only a word of a fitting length is lowercased.
        let fits = |w: &str| !w.is_ascii() || w.len() == noun.len() || w.len() == noun.len() + 1;
        let is_noun = |w: &str| {
            w.eq_ignore_ascii_case(noun)
                || fits(w) && {
                    // An ASCII word (most) lowercased on the stack, its singular compared
                    // without being built.
                    let mut buf = [0u8; 32];
                    let lower = if w.is_ascii() {
                        crate::lexicon::lowercase_into(w, &mut buf)
                    } else {
                        None
                    };
                    match lower {
                        Some(lower) => singular_is(lower, noun),
                        None => singular(&w.to_lowercase()) == noun,
                    }
                }
        };
        // The head of the name: its last word, or the word before its `of` phrase
        // (`Ministry of Health` is a ministry).
        let ends_in = |p: &Person<'_>| {
            p.words.last().is_some_and(|w| is_noun(w))
                || p.words
                    .iter()
                    .position(|w| w.eq_ignore_ascii_case("of"))
                    .and_then(|k| k.checked_sub(1))
                    .is_some_and(|k| is_noun(p.words[k]))
        };
        // A body, as `is_org` tells one: a body's word and no gender.
        let body = |p: &Person<'_>| p.org && p.gender.is_none() && ends_in(p);
        if let Some(r) = self.recent_where(at, body) {
            return Some(r);
        }
        if let Some(&known) = self.set_body.get(noun) {
            return known.map(Referent::SetPerson);
        }
        let bodies: Vec<usize> = (0..self.set.persons.len())
            .filter(|&s| self.set.persons[s].words.len() >= 2 && ends_in(&self.set.persons[s]))
            .collect();
        let one = match bodies.as_slice() {
            [one] => Some(*one),
            _ => None,
        };
        self.set_body.insert(noun.to_string(), one);
        one.map(Referent::SetPerson)
    }

    /// `the force`, `the airline`: the body named before `at` whose name holds a word of
    /// the noun's class (`Dunholm Police Service`, `Skyward Airways`; see `body_kinds`).
    /// A name of two words or more whose last word is of the class is one too, though
    /// no body's word marks it (`Dunmere Athletic ... the club said`), unless something
    /// marks it as a person's (a gender, a role, a given name first).
    fn body_by_kind(&mut self, noun: &str, at: usize) -> Option<Referent> {
        let kin = super::body_kinds::kin_words(noun);
        if kin.is_empty() {
            return None;
        }
        let is_kin = |w: &str| kin.iter().any(|k| w.eq_ignore_ascii_case(k));
        let of_kind = |p: &Person<'_>| {
            p.gender.is_none()
                && (p.org && p.words.iter().any(|w| is_kin(w))
                    || p.words.len() >= 2
                        && p.roles.is_empty()
                        && p.words.last().is_some_and(|w| is_kin(w))
                        && p.words
                            .first()
                            .is_some_and(|w| !LEXICON.flags(w).has(Flags::GIVEN)))
        };
        self.recent_where(at, of_kind)
    }

    /// The referent mentioned last before `at` (within the look-back) whose person, in
    /// the article's table or the set's, passes `test`.
    fn recent_where(&mut self, at: usize, test: impl Fn(&Person<'_>) -> bool) -> Option<Referent> {
        self.recent_entry_where(at, false, test)
    }

    /// The last entry before `at` (within the look-back) whose person passes `test`:
    /// its index and referent.
    fn recent_entry(
        &mut self,
        at: usize,
        test: impl Fn(&Person<'_>) -> bool,
    ) -> Option<(usize, Referent)> {
        let recent: Vec<usize> = (0..self.entries.len())
            .rev()
            .take(LOOKBACK * 4)
            .filter(|&j| self.entries[j].at < at)
            .collect();
        for j in recent {
            let r = self.entries[j].referent.clone();
            if self.passes(&r, &test) {
                return Some((j, r));
            }
        }
        None
    }

    /// Whether a referent's person, in the article's table or the set's, passes `test`.
    fn passes(&mut self, r: &Referent, test: &impl Fn(&Person<'_>) -> bool) -> bool {
        match *r {
            Referent::Person(id) => {
                test(&self.article.persons[id])
                    || self.set_of(id).is_some_and(|s| test(&self.set.persons[s]))
            }
            Referent::SetPerson(s) => test(&self.set.persons[s]),
            Referent::Group(_) => false,
        }
    }

    /// Whether two referents are one person (an article's and the set's forms of it).
    fn same(&mut self, a: &Referent, b: &Referent) -> bool {
        match (a, b) {
            (Referent::Person(x), Referent::SetPerson(s))
            | (Referent::SetPerson(s), Referent::Person(x)) => self.set_of(*x) == Some(*s),
            (Referent::Person(x), Referent::Person(y)) => {
                x == y || self.set_of(*x).is_some() && self.set_of(*x) == self.set_of(*y)
            }
            _ => a == b,
        }
    }

    /// Whether a referent holds one of the roles `heads`.
    fn holds(&mut self, r: &Referent, heads: &[&str]) -> bool {
        self.passes(r, &|p: &Person<'_>| p.has_role(heads))
    }

    /// [`Self::recent_where`] among subjects only (`subjects`) or among every mention.
    fn recent_entry_where(
        &mut self,
        at: usize,
        subjects: bool,
        test: impl Fn(&Person<'_>) -> bool,
    ) -> Option<Referent> {
        // Positions, not cloned referents: only the one found is cloned.
        let recent: Vec<usize> = (0..self.entries.len())
            .rev()
            .take(LOOKBACK * 4)
            .filter(|&j| self.entries[j].at < at && (!subjects || self.entries[j].focus))
            .collect();
        for j in recent {
            let hit = match self.entries[j].referent {
                Referent::Person(id) => {
                    test(&self.article.persons[id])
                        || self.set_of(id).is_some_and(|s| test(&self.set.persons[s]))
                }
                Referent::SetPerson(s) => test(&self.set.persons[s]),
                Referent::Group(_) => false,
            };
            if hit {
                return Some(self.entries[j].referent.clone());
            }
        }
        None
    }

    /// `the singer said`, `the oscar-winner said`, `the connecticut senator said` (an
    /// office no one named holds, with words before it): an epithet names the person
    /// last mentioned ([`Self::recent_person`]; not `Modern Family` or `Lincoln Square`),
    /// when the epithet's gender does not rule them out (`the actress` is no man).
    fn by_epithet(&mut self, head: &str, modified: bool, at: usize) -> Option<Referent> {
        let gender = crate::lexicon::role_gender(head);
        match crate::lexicon::epithet(head)? {
            Epithet::Fame => self.recent_person(at, gender),
            // An office holder unnamed is as often someone new (`the texas senator` in a
            // story about another): only when the subject last mentioned is also the
            // person last mentioned.
            Epithet::Office if modified => {
                let subject = self.recent_person(at, gender)?;
                let last = self.recent_where(at, |p| !p.org)?;
                (subject == last).then_some(subject)
            }
            Epithet::Office => None,
        }
    }

    /// The subject last mentioned whom a gender, a given name or a role marks as a
    /// person, of a gender that does not rule them out; else any such person last
    /// mentioned. The subject the story follows comes first (`said dmitri roe, ... said
    /// the lawmaker` over a name mentioned in passing).
    fn recent_person(&mut self, at: usize, gender: Option<Gender>) -> Option<Referent> {
        self.recent_person_but(at, gender, &|_| false)
    }

    /// [`Self::recent_person`] passing over persons `skip` rules out.
    fn recent_person_but(
        &mut self,
        at: usize,
        gender: Option<Gender>,
        skip: &dyn Fn(&Person<'_>) -> bool,
    ) -> Option<Referent> {
        let fits = |p: &Person<'_>| {
            if skip(p) {
                return false;
            }
            let person = p.gender.is_some()
                || !p.roles.is_empty()
                || p.words
                    .first()
                    .is_some_and(|w| LEXICON.flags(w).has(Flags::GIVEN));
            !p.org && person && p.gender.is_none_or_eq(gender)
        };
        self.recent_entry_where(at, true, fits)
            .or_else(|| self.recent_where(at, fits))
    }

    /// `Goddard's lawyer`: the person with that role for that owner.
    fn role_of_owner(&self, head: &str, owner: &[String]) -> Option<Referent> {
        let heads = heads(head);
        (0..self.set.persons.len())
            .find(|&s| {
                self.set.persons[s].roles.iter().any(|r| {
                    heads.contains(&r.head.as_str())
                        && r.possessor.iter().any(|w| owner.contains(w))
                })
            })
            .map(Referent::SetPerson)
    }

    /// `the Prime Minister`: the last person mentioned who holds the role, else the
    /// one person of the set who does.
    fn by_role(&mut self, head: &str, at: usize) -> Option<Referent> {
        let heads = heads(head);
        if let Some((k, r)) = self.recent_entry(at, |p| p.has_role(&heads)) {
            // "Senator Ruth Calder and Senator Joel Marsh ... the senator said": two
            // holders named together leave the role no one's.
            let from = self.entries[k].at.saturating_sub(TOGETHER);
            let near: Vec<Referent> = (0..k)
                .rev()
                .take_while(|&j| self.entries[j].at >= from)
                .map(|j| self.entries[j].referent.clone())
                .collect();
            let mut together = false;
            for other in &near {
                together |= !self.same(other, &r) && self.holds(other, &heads);
            }
            return (!together).then_some(r);
        }
        if let Some(&known) = self.set_holder.get(head) {
            return known.map(Referent::SetPerson);
        }
        let holders: Vec<usize> = (0..self.set.persons.len())
            .filter(|&s| self.set.persons[s].has_role(&heads))
            .collect();
        let one = match holders.as_slice() {
            [one] => Some(*one),
            _ => None,
        };
        self.set_holder.insert(head.to_string(), one);
        one.map(Referent::SetPerson)
    }
}

/// What a person's own words are given as (`Ryan's announcement`, `her response`):
/// owned by a person named before, the owner speaks.
const OWN_WORDS: &[&str] = &[
    "response",
    "reply",
    "announcement",
    "remark",
    "comment",
    "word",
    "account",
    "appeal",
    "testimony",
    "memoir",
    "blog",
    "post",
    "speech",
];

/// Whether an owner's words are a body's plain noun (`the company's`, `the club's`),
/// not a name.
fn body_noun(words: &[String]) -> bool {
    match words {
        [one] => {
            crate::lexicon::common_word(one)
                && (GENERIC_BODIES.contains(&one.as_str()) || LEXICON.flags(one).has(Flags::ORG))
        }
        _ => false,
    }
}

fn heads(head: &str) -> Vec<&str> {
    let mut out = vec![head];
    out.extend(LEXICON.synonyms(head).iter().copied());
    out
}

fn gender_of(kind: PronounKind) -> Option<Gender> {
    match kind {
        PronounKind::Male => Some(Gender::Male),
        PronounKind::Female => Some(Gender::Female),
        _ => None,
    }
}

trait NoneOrEq {
    fn is_none_or_eq(&self, other: Option<Gender>) -> bool;
}

impl NoneOrEq for Option<Gender> {
    fn is_none_or_eq(&self, other: Option<Gender>) -> bool {
        match (self, other) {
            (Some(a), Some(b)) => *a == b,
            _ => true,
        }
    }
}
