//! The word lists under `stages/data/casualties/`, parsed once.

use std::sync::LazyLock;

use crate::data::{lines, lowercase};

use crate::substrings::Substrings;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::records::Approx;
pub use crate::records::Status;

/// How a status phrase relates to the people it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// Past form: the counted group follows it (active) or precedes it (passive).
    Verb,
    /// The counted group follows it.
    Active,
    /// The counted group precedes it.
    Pred,
    /// A running total whose number follows.
    Toll,
    /// The attacker killed themselves.
    SelfKill,
    /// Fate unknown: missing.
    Presumed,
    /// A plain plural noun (`injuries`, `deaths`) read as a running total only when a verb of
    /// change or standing leads to its number; `status::find` turns it into `Toll` or drops it.
    Risen,
    /// A state read only right after `still` or `remain` (`remain in hospital`, `still
    /// trapped`); `status::find` turns it into `Pred` or drops it.
    Stay,
    /// A verb of sending or leaving whose object the clause then puts in hospital or gives
    /// injuries (`sending four people to the hospital`, `left two officers with injuries`);
    /// `status::find` turns it into `Active` or drops it (never `sent two nurses to the
    /// hospital`: carers, `care_staff.txt`).
    Sends,
}

/// One slot of a phrase pattern: any of `words`, maybe optional.
#[derive(Debug, Clone)]
pub struct Slot {
    pub words: Vec<String>,
    pub optional: bool,
    /// The slot `<distance>`: a measured length (`some 550 feet`, `about 30 metres (98
    /// feet)`), its units in `distance_units.txt`, instead of one word.
    pub distance: bool,
    /// The slot `<wounds>`: a run of words that describe injuries (`severe facial and
    /// leg`, `non-life threatening`), from `wound_words.txt`, instead of one word.
    pub wounds: bool,
}

#[derive(Debug, Clone)]
pub struct Trigger {
    pub slots: Vec<Slot>,
    pub status: Status,
    pub voice: Voice,
}

use crate::number_words::NumKind;

/// What the word lists say of a lower-case word, as bits of `Tok::class`: one lookup per
/// token instead of one per list and rule that asks (a capitalised word was looked up
/// some ten times).
pub mod class {
    /// In `people`.
    pub const PERSON: u32 = 1 << 0;
    /// In `people`, singular.
    pub const PERSON_SG: u32 = 1 << 1;
    pub const PERPETRATOR: u32 = 1 << 2;
    pub const NON_PERSON: u32 = 1 << 3;
    pub const MONTH: u32 = 1 << 4;
    pub const AUX: u32 = 1 << 5;
    pub const TRIGGER_START: u32 = 1 << 6;
    pub const HEDGE_START: u32 = 1 << 7;
    pub const EVENT: u32 = 1 << 8;
    /// In `numbers`.
    pub const NUMBER: u32 = 1 << 9;
    /// The part before the first hyphen (or the whole word) is in `numbers`.
    pub const NUMBER_HEAD: u32 = 1 << 10;
    /// In `titles` once final dots are trimmed.
    pub const TITLE: u32 = 1 << 11;
    /// The first word of a nationality form.
    pub const NAT_FIRST: u32 = 1 << 12;
    /// A nationality form by itself, with one country code.
    pub const NAT_ALONE: u32 = 1 << 13;
    /// `is_function_word`.
    pub const FUNCTION: u32 = 1 << 14;
    /// `is_weekday`.
    pub const WEEKDAY: u32 = 1 << 15;
    /// Other words a capitalised run holds without being a name (`Police`, `Breaking`).
    pub const NOT_NAME_OTHER: u32 = 1 << 16;
    /// The words of these classes are never part of a person's name.
    /// In `designators`, or a two-letter code: a number right after it names something
    /// (`Flight 447`, `QX 215`).
    pub const DESIGNATOR: u32 = 1 << 17;
    /// In `kill_verbs`: an active verb of killing whose object a name after it would be.
    pub const KILL_VERB: u32 = 1 << 18;
    /// A singular role noun of the people lexicon (`role_nouns`, one-word epithets) that
    /// `people` does not hold (`manager`, `barrister`, `model`): written lower-case before
    /// a name, it is the name's role (`cafe manager ana roe`). No other list's bit.
    pub const ROLE: u32 = 1 << 19;
    /// In `court` (`court_words.txt`). Carried by the tokens ([`Lexicon::token_class`]),
    /// not by [`Lexicon::class_of`]: a flag test instead of a lookup a word for `court.rs`,
    /// no other word test sees it.
    ///
    /// [`Lexicon::token_class`]: super::Lexicon::token_class
    /// [`Lexicon::class_of`]: super::Lexicon::class_of
    pub const COURT: u32 = 1 << 20;
    /// A word the event frame's features read (`event_frame::FRAME_WORDS`). Carried by the
    /// tokens only, as [`COURT`] is: the frame passes over a token without it (and no digit).
    pub const FRAME: u32 = 1 << 21;
    /// Words some list knows: a run of words none of these are is a name's candidate
    /// (a list of names, `stabbed ana roe to death`).
    pub const LISTED: u32 = FUNCTION
        | AUX
        | PERSON
        | PERPETRATOR
        | NON_PERSON
        | TRIGGER_START
        | NUMBER
        | MONTH
        | NAT_ALONE;
    pub const NOT_NAME: u32 = FUNCTION
        | PERSON
        | PERPETRATOR
        | MONTH
        | WEEKDAY
        | NUMBER
        | AUX
        | TRIGGER_START
        | NOT_NAME_OTHER;
}

pub struct Lexicon {
    pub numbers: &'static HashMap<&'static str, (u64, NumKind)>,
    pub hedges: Vec<(Vec<String>, Approx)>,
    /// For each first word of a hedge, the hedges (indices into `hedges`, in order) that
    /// start with it, so that a token is tried against those only.
    pub hedges_by_start: HashMap<String, Vec<usize>>,
    /// First words of hedges.
    pub hedge_starts: HashSet<String>,
    pub triggers: Vec<Trigger>,
    /// First words of triggers, to skip most tokens fast.
    pub trigger_starts: HashSet<String>,
    /// For each first word, the triggers (indices into `triggers`, in order) that can
    /// start with it, so that a token is tried against those only.
    pub triggers_by_start: HashMap<String, Vec<usize>>,
    /// Person nouns, true when singular.
    pub people: HashMap<String, bool>,
    pub perpetrators: HashSet<String>,
    pub non_people: HashSet<String>,
    pub designators: HashSet<String>,
    /// English two-letter words; any other two-letter word is read as a code.
    pub two_letter: HashSet<String>,
    pub taught: HashSet<String>,
    pub aux: HashSet<String>,
    /// Verbs that carry a person somewhere (`carry_verbs.txt`: `taken`, `brought`).
    pub carry_verbs: HashSet<String>,
    pub event_nouns: HashSet<String>,
    /// Nouns of one person's death (`death`, `killing`): `the death of okafor, 38`.
    pub death_nouns: HashSet<String>,
    /// Words in `-ing` that open no participle phrase after a person (`during`, `morning`).
    pub not_participles: HashSet<String>,
    /// Words of illness after an injured predicate (`illness_words.txt`).
    pub illness: HashSet<String>,
    /// People who go to a hospital to work or help, not as patients (`care_staff.txt`).
    pub care_staff: HashSet<String>,
    /// Words of a legal proceeding (`court_words.txt`, read by `court.rs`).
    pub court: HashSet<String>,
    pub months: HashSet<String>,
    /// Units of length (`feet`, `metres`, `storeys`): a `<distance>` slot's last word.
    pub distance_units: HashSet<String>,
    /// Words that describe injuries before the noun: a `<wounds>` slot's words.
    pub wound_words: HashSet<String>,
    /// Words that describe dead bodies before `bodies` (`body_words.txt`: `mutilated`).
    pub body_words: HashSet<String>,
    /// Causes that are one event, before `-related` (`storm-related deaths`).
    pub event_causes: HashSet<String>,
    /// Active verbs of killing whose object a name after them would be (`kill_verbs.txt`).
    pub kill_verbs: HashSet<String>,
    /// `possessed.tsv`: noun of death → words after it; for `death`, `murder`, `killing`
    /// and `slaying` the word undoes `NAME's NOUN`, for `body` it makes it one.
    pub possessed_next: HashMap<String, HashSet<String>>,
    /// Titles (`stages/data/people/titles.txt`, final dots trimmed) → the role nouns they
    /// imply; an honorific (`mr`, `dame`) implies none.
    pub titles: HashMap<String, Vec<String>>,
    /// Titles also written with a final dot (`dr.`): a `.` token after one belongs to it.
    pub dotted: HashSet<String>,
    /// Finds sentences worth a closer look.
    pub prefilter: Substrings,
    /// Word → `class` bits from the lists above (not those computed in `class_of`).
    classes: HashMap<String, u32>,
    /// The entries of `classes` of at most 15 bytes, by their packed form
    /// ([`crate::packed::pack_exact`]): the lookup made for every candidate token hashes one
    /// number and compares no string.
    packed_classes: HashMap<u128, u32>,
}

impl Lexicon {
    /// Whether `low` (lower case) is an honorific or an abbreviated title (`mr`, `dame`,
    /// `gen.`): it opens a name, never stands inside one (unlike `king` or `judge`), and is
    /// no part of the name.
    pub fn is_honorific(&self, low: &str) -> bool {
        let bare = low.trim_end_matches('.');
        self.dotted.contains(bare) || self.titles.get(bare).is_some_and(Vec::is_empty)
    }

    /// Whether `low` is a two-letter code (`qx` in `QX 215`): two letters that make no
    /// English word. A number right after a code names something (a flight, a route).
    fn is_code(&self, low: &str) -> bool {
        low.len() == 2
            && low.bytes().all(|b| b.is_ascii_lowercase())
            && !self.two_letter.contains(low)
    }

    /// The `class` bits of lower-case token text `low`.
    pub fn class_of(&self, low: &str) -> u32 {
        self.token_class(low) & !(class::COURT | class::FRAME)
    }

    /// [`Lexicon::class_of`] and [`class::COURT`]: the bits a token carries.
    pub fn token_class(&self, low: &str) -> u32 {
        let listed = match crate::packed::pack_exact(low) {
            Some(key) => self.packed_classes.get(&key),
            None => self.classes.get(low),
        }
        .copied()
        .unwrap_or(0);
        // The function-word bit counts in the `c == 0` test below; these four do not.
        const LATE: u32 = class::WEEKDAY | class::NOT_NAME_OTHER | class::COURT | class::FRAME;
        let mut c = listed & !LATE;
        // the head of a hyphenated number word (`twenty-one`) is looked up by itself
        // (a byte scan: words are short, and `-` is ASCII, so the cut is on a char boundary)
        let head = match low.bytes().position(|b| b == b'-') {
            Some(at) => self.numbers.contains_key(&low[..at]),
            None => c & class::NUMBER != 0,
        };
        if head {
            c |= class::NUMBER_HEAD;
        }
        if let Some(trimmed) = low.strip_suffix('.') {
            // titles are matched without their final dots
            c &= !class::TITLE;
            if self.titles.contains_key(trimmed.trim_end_matches('.')) {
                c |= class::TITLE;
            }
        }
        if c == 0 && self.is_code(low) {
            c |= class::DESIGNATOR;
        }
        c | listed & LATE
    }
}

/// A word list written once, as a `matches!` test (`fn`) and as a slice (`const`, for the
/// class table of [`classes`]).
macro_rules! word_list {
    ($(#[$doc:meta])* $vis:vis fn $name:ident, $list:ident = [$($w:literal),+ $(,)?]) => {
        const $list: &[&str] = &[$($w),+];
        $(#[$doc])*
        $vis fn $name(w: &str) -> bool {
            matches!(w, $($w)|+)
        }
    };
}

/// Words a capitalised run holds without being a name that no list gives.
const NOT_NAME_OTHER_WORDS: &[&str] = &[
    "police",
    "named",
    "called",
    "officials",
    "authorities",
    "president",
    "minister",
    "prime",
    "breaking",
    "news",
    "update",
    "more",
    "other",
    "many",
];

/// The `class` bits that come from the lists, by word.
fn classes(lex: &Lexicon) -> HashMap<String, u32> {
    let mut out: HashMap<String, u32> = HashMap::default();
    let mut mark = |w: &str, bits: u32| *out.entry(w.to_string()).or_default() |= bits;
    for (w, &sg) in &lex.people {
        mark(w, class::PERSON | if sg { class::PERSON_SG } else { 0 });
    }
    let sets = [
        (&lex.perpetrators, class::PERPETRATOR),
        (&lex.non_people, class::NON_PERSON),
        (&lex.months, class::MONTH),
        (&lex.aux, class::AUX),
        (&lex.trigger_starts, class::TRIGGER_START),
        (&lex.hedge_starts, class::HEDGE_START),
        (&lex.event_nouns, class::EVENT),
        (&lex.designators, class::DESIGNATOR),
        (&lex.kill_verbs, class::KILL_VERB),
        (&lex.court, class::COURT),
    ];
    for (set, bits) in sets {
        for w in set {
            mark(w, bits);
        }
    }
    for w in role_words(lex) {
        mark(w, class::ROLE);
    }
    for w in lex.numbers.keys() {
        mark(w, class::NUMBER);
    }
    for w in lex.titles.keys() {
        mark(w, class::TITLE);
    }
    for (w, alone) in super::nationality::first_words() {
        mark(
            w,
            class::NAT_FIRST | if alone { class::NAT_ALONE } else { 0 },
        );
    }
    // The word tests' bits too: a word in no list is then answered by the one lookup.
    for (words, bits) in [
        (FUNCTION_WORDS, class::FUNCTION),
        (WEEKDAYS, class::WEEKDAY),
        (NOT_NAME_OTHER_WORDS, class::NOT_NAME_OTHER),
        (super::event_frame::FRAME_WORDS, class::FRAME),
    ] {
        for w in words {
            mark(w, bits);
        }
    }
    out
}

/// Role nouns that are as often another word (an adjective, a verb, a part) and so make no
/// role before a name by themselves (`head`, `chief`, `major`, `star`, `host`).
const NOT_ROLE_BEFORE_NAME: &str = include_str!("../../data/casualties/not_role_before_name.txt");

/// The words of [`class::ROLE`]: one-word singular role nouns and epithets that no person
/// noun list, title or other list of the lexicon holds.
fn role_words(lex: &Lexicon) -> impl Iterator<Item = &'static str> + '_ {
    crate::lexicon::role_nouns()
        .filter(|l| !l.contains(' '))
        .chain(crate::lexicon::epithet_words())
        .filter(move |w| {
            let not_role = || lines(NOT_ROLE_BEFORE_NAME).any(|n| n == *w);
            let plural = w.ends_with('s') && !w.ends_with("ss");
            !plural
                && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !not_role()
                && !lex.people.contains_key(*w)
                && !lex.perpetrators.contains(*w)
                && !lex.titles.contains_key(*w)
                && !lex.non_people.contains(*w)
        })
}

/// The verbs of `carry_verbs.txt` (`taken`, `brought`), lowercased; with `hospital`, only
/// those marked so: the words of a `<carried>` slot (`taken to hospital`).
fn carry_verbs(hospital: bool) -> impl Iterator<Item = String> {
    lines(include_str!("../../data/casualties/carry_verbs.txt")).filter_map(move |l| {
        let mut f = l.split_whitespace();
        let verb = f.next()?;
        (!hospital || f.next() == Some("hospital")).then(|| verb.to_lowercase())
    })
}

fn parse_slots(pattern: &str) -> Vec<Slot> {
    pattern
        .split(' ')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let optional = s.starts_with('?');
            let s = s.trim_start_matches('?');
            let inner = s.trim_start_matches('[').trim_end_matches(']');
            let words = if inner == "<carried>" {
                carry_verbs(true).collect()
            } else {
                inner.split('|').map(str::to_string).collect()
            };
            Slot {
                words,
                optional,
                distance: inner == "<distance>",
                wounds: inner == "<wounds>",
            }
        })
        .collect()
}

fn approx(name: &str) -> Approx {
    match name {
        "at_least" => Approx::AtLeast,
        "more_than" => Approx::MoreThan,
        "at_most" => Approx::AtMost,
        "about" => Approx::About,
        _ => Approx::Exact,
    }
}

/// Substrings of every sentence that can hold a casualty, a victim's name or an attacker.
const PREFILTER: &[&str] = &[
    "kill",
    "dead",
    "death",
    "died",
    "dies",
    "murder",
    "slain",
    "slaughter",
    "execut",
    "assassin",
    "wound",
    "injur",
    "hurt",
    "hospital",
    "condition",
    "missing",
    "unaccounted",
    "swept away",
    "none survived",
    "nobody survived",
    "no one survived",
    "no-one survived",
    "shot",
    "stab",
    "toll",
    "body",
    "bodies",
    "lost ",
    "perish",
    "drown",
    "succumb",
    "fatal",
    "gunned",
    "maim",
    "victim",
    "deceased",
    "beaten",
    "burn",
    "suffer",
    "treated for",
    "treatment for",
    "survived with",
    "survives with",
    "surviving with",
    "fighting for",
    "sustain",
    "scald",
    "blew ",
    "blowing ",
    "blows ",
    "crush",
    "self-inflicted",
    "own li",
    "identified",
    "named",
    "citizen",
    "born",
    "struck",
    "rammed",
    "opened fire",
    "own life",
    "gun on",
    "pc ",
    "sgt",
    "constable",
    "officer",
    "detective",
    "inspector",
    "trooper",
    "confirmed",
    "bodies",
    "body of",
    "remains of",
    "vanish",
    "been heard from",
    "been seen since",
    "disappear",
    "aboard",
    "on board",
    " lives",
    "tally",
    "whereabouts",
    "fate of",
    "yet to find",
    "trapped",
    "not returned",
    "never returned",
];

pub static LEX: LazyLock<Lexicon> = LazyLock::new(build);

fn set(src: &'static str) -> HashSet<String> {
    lowercase(src).collect()
}

/// The rows `nouns<TAB>word` of a two-column list, lowercased, with one pair for each of the
/// nouns separated by `/`.
fn pairs(src: &'static str) -> HashMap<String, HashSet<String>> {
    let mut out: HashMap<String, HashSet<String>> = HashMap::default();
    for l in lowercase(src) {
        let mut cols = l.split('\t');
        let (Some(nouns), Some(word)) = (cols.next(), cols.next()) else {
            continue;
        };
        for n in nouns.split('/') {
            out.entry(n.trim().to_string())
                .or_default()
                .insert(word.trim().to_string());
        }
    }
    out
}

fn build() -> Lexicon {
    let numbers = crate::number_words::table();
    let mut hedges: Vec<(Vec<String>, Approx)> =
        lines(include_str!("../../data/casualties/hedges.tsv"))
            .filter_map(|l| {
                let (p, a) = l.split_once('\t')?;
                Some((p.split(' ').map(str::to_string).collect(), approx(a.trim())))
            })
            .collect();
    // longest first, so "no more than" wins over "more than"
    hedges.sort_by_key(|h| std::cmp::Reverse(h.0.len()));
    let mut triggers = Vec::new();
    for l in lines(include_str!("../../data/casualties/triggers.tsv")) {
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() < 3 {
            continue;
        }
        let status = match f[1] {
            "injured" => Status::Injured,
            "missing" => Status::Missing,
            _ => Status::Killed,
        };
        let voice = match f[2] {
            "active" => Voice::Active,
            "pred" => Voice::Pred,
            "toll" => Voice::Toll,
            "self" => Voice::SelfKill,
            "presumed" => Voice::Presumed,
            "risen" => Voice::Risen,
            "stay" => Voice::Stay,
            "sends" => Voice::Sends,
            _ => Voice::Verb,
        };
        triggers.push(Trigger {
            slots: parse_slots(f[0]),
            status,
            voice,
        });
    }
    let mut trigger_starts = HashSet::default();
    let mut triggers_by_start: HashMap<String, Vec<usize>> = HashMap::default();
    for (n, t) in triggers.iter().enumerate() {
        for s in &t.slots {
            trigger_starts.extend(s.words.iter().cloned());
            for w in &s.words {
                let list = triggers_by_start.entry(w.clone()).or_default();
                if list.last() != Some(&n) {
                    list.push(n);
                }
            }
            if !s.optional {
                break;
            }
        }
    }
    let people = crate::lexicon::person_nouns()
        .map(|(w, sg)| (w.to_string(), sg))
        .collect();
    // titles from the shared people lexicon, matched without their final dots
    let mut titles: HashMap<String, Vec<String>> = HashMap::default();
    let mut dotted = HashSet::default();
    for t in crate::lexicon::titles() {
        let form = t.form.to_lowercase();
        let bare = form.trim_end_matches('.');
        if bare.len() < form.len() {
            dotted.insert(bare.to_string());
        }
        let roles = titles.entry(bare.to_string()).or_default();
        for r in t.roles {
            if !roles.iter().any(|x| x == r) {
                roles.push(r.to_string());
            }
        }
    }
    let prefilter = Substrings::new(PREFILTER)
        .or_else(|| Substrings::new(&["kill"]))
        .expect("a one-word automaton builds");
    let hedge_starts = hedges
        .iter()
        .filter_map(|(w, _)| w.first().cloned())
        .collect();
    let mut hedges_by_start: HashMap<String, Vec<usize>> = HashMap::default();
    for (n, (words, _)) in hedges.iter().enumerate() {
        if let Some(first) = words.first() {
            hedges_by_start.entry(first.clone()).or_default().push(n);
        }
    }
    let mut lex = Lexicon {
        numbers,
        hedges,
        hedges_by_start,
        hedge_starts,
        triggers,
        trigger_starts,
        triggers_by_start,
        people,
        perpetrators: set(include_str!("../../data/casualties/perpetrators.txt")),
        non_people: set(include_str!("../../data/casualties/non_people.txt")),
        designators: set(include_str!("../../data/casualties/designators.txt")),
        two_letter: set(include_str!("../../data/casualties/two_letter_words.txt")),
        taught: set(include_str!("../../data/casualties/taught_subjects.txt")),
        aux: set(include_str!("../../data/casualties/aux.txt")),
        carry_verbs: carry_verbs(false).collect(),
        event_nouns: set(include_str!("../../data/casualties/event_nouns.txt")),
        death_nouns: set(include_str!("../../data/casualties/death_nouns.txt")),
        not_participles: set(include_str!("../../data/casualties/not_participles.txt")),
        illness: set(include_str!("../../data/casualties/illness_words.txt")),
        care_staff: set(include_str!("../../data/casualties/care_staff.txt")),
        court: set(include_str!("../../data/casualties/court_words.txt")),
        months: set(include_str!("../../data/casualties/months.txt")),
        distance_units: set(include_str!("../../data/casualties/distance_units.txt")),
        body_words: set(include_str!("../../data/casualties/body_words.txt")),
        wound_words: set(include_str!("../../data/casualties/wound_words.txt")),
        event_causes: set(include_str!("../../data/casualties/event_causes.txt")),
        kill_verbs: set(include_str!("../../data/casualties/kill_verbs.txt")),
        possessed_next: pairs(include_str!("../../data/casualties/possessed.tsv")),
        titles,
        dotted,
        prefilter,
        classes: HashMap::default(),
        packed_classes: HashMap::default(),
    };
    lex.classes = classes(&lex);
    lex.packed_classes = lex
        .classes
        .iter()
        .filter_map(|(w, &c)| Some((crate::packed::pack_exact(w)?, c)))
        .collect();
    lex
}

word_list! {
    /// Words that end a noun phrase or a name: function words and common verbs.
    pub fn is_function_word, FUNCTION_WORDS = [
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "from", "by", "for",
        "with", "as", "into", "near", "inside", "outside", "after", "before", "during", "since",
        "when", "while", "where", "who", "whom", "whose", "which", "that", "this", "these", "those",
        "his", "her", "their", "its", "he", "she", "they", "it", "we", "i", "you", "him", "them",
        "said", "says", "told", "say", "tells", "was", "were", "is", "are", "be", "been", "being",
        "has", "have", "had", "will", "would", "could", "also", "both", "all", "not", "no", "than",
        "about", "over", "under", "among", "including", "if", "because", "so", "then", "there",
        "here", "up", "down", "out", "off", "later", "earlier", "early", "late", "did", "do", "does",
        "according", "per", "via", "without", "within", "across", "amid", "against", "between",
        "through", "toward", "towards",
    ]
}

/// Whether `w` opens a verb's object that is no count: a determiner or an object pronoun
/// (`stabbed the officer`, `killed him`).
pub fn opens_object(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "my"
            | "our"
            | "your"
            | "him"
            | "them"
            | "it"
            | "me"
            | "us"
            | "you"
            | "herself"
            | "himself"
    )
}

/// A form of `be` that links a subject to its complement (`among them were`, `the dead
/// were`).
pub fn is_be(w: &str) -> bool {
    matches!(w, "were" | "was" | "are" | "is")
}

pub fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "him" | "her" | "them")
}

pub fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "from"
            | "of"
            | "inside"
            | "near"
            | "aboard"
            | "with"
            | "outside"
            | "across"
            | "along"
            | "onboard"
            | "on-board"
    )
}

word_list! {
    pub fn is_weekday, WEEKDAYS = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `class_of` as it was before the word tests' bits went into the class table.
    fn class_by_tests(lex: &Lexicon, low: &str) -> u32 {
        let tested = class::FUNCTION | class::WEEKDAY | class::NOT_NAME_OTHER;
        let mut c =
            lex.classes.get(low).copied().unwrap_or(0) & !(tested | class::COURT | class::FRAME);
        let head = match low.bytes().position(|b| b == b'-') {
            Some(at) => lex.numbers.contains_key(&low[..at]),
            None => c & class::NUMBER != 0,
        };
        if head {
            c |= class::NUMBER_HEAD;
        }
        if let Some(trimmed) = low.strip_suffix('.') {
            c &= !class::TITLE;
            if lex.titles.contains_key(trimmed.trim_end_matches('.')) {
                c |= class::TITLE;
            }
        }
        if is_function_word(low) {
            c |= class::FUNCTION;
        }
        if c == 0 && lex.is_code(low) {
            c |= class::DESIGNATOR;
        }
        if is_weekday(low) {
            c |= class::WEEKDAY;
        }
        if NOT_NAME_OTHER_WORDS.contains(&low) {
            c |= class::NOT_NAME_OTHER;
        }
        c
    }

    #[test]
    fn the_carried_slot_reads_the_verbs_marked_hospital() {
        let lex = &*LEX;
        let slot = parse_slots("<carried> to hospital");
        assert_eq!(
            slot[0].words,
            ["taken", "rushed", "airlifted", "flown", "transported"]
        );
        assert!(slot[0].words.iter().all(|w| lex.carry_verbs.contains(w)));
        assert!(lex.carry_verbs.contains("brought"));
        assert!(!slot[0].words.iter().any(|w| w == "brought"));
    }

    #[test]
    fn the_class_table_answers_as_the_word_tests_do() {
        let lex = &*LEX;
        let others = [
            "",
            ",",
            ".",
            "-",
            "xq",
            "of",
            "mr.",
            "dr.",
            "monday.",
            "twenty-one",
            "killed",
            "zz",
            "police",
            "news",
            "is",
            "sunday",
            "orvane",
            "48-year-old",
            "u.s.",
        ];
        let words = FUNCTION_WORDS
            .iter()
            .chain(WEEKDAYS)
            .chain(NOT_NAME_OTHER_WORDS)
            .chain(&others);
        for w in words {
            assert_eq!(lex.class_of(w), class_by_tests(lex, w), "{w}");
        }
        assert!(lex.class_of("the") & class::FUNCTION != 0);
        assert!(lex.class_of("friday") & class::WEEKDAY != 0);
        assert!(lex.class_of("officials") & class::NOT_NAME_OTHER != 0);
    }

    #[test]
    fn court_words_carry_their_bit_on_tokens_only() {
        let lex = &*LEX;
        for w in &lex.court {
            assert!(lex.token_class(w) & class::COURT != 0, "{w}");
            assert_eq!(
                lex.token_class(w) & !(class::COURT | class::FRAME),
                lex.class_of(w),
                "{w}"
            );
        }
        for w in ["killed", "the", "court", "police", "orvane"] {
            assert_eq!(
                lex.token_class(w) & class::COURT != 0,
                lex.court.contains(w),
                "{w}"
            );
        }
    }

    #[test]
    fn role_nouns_that_are_often_other_words_make_no_role() {
        let lex = &*LEX;
        assert!(lex.class_of("barrister") & class::ROLE != 0);
        for w in ["head", "chief", "analyst", "correspondent"] {
            assert_eq!(lex.class_of(w) & class::ROLE, 0, "{w}");
        }
    }
}
