//! Counted groups of people (`at least 16 Israeli soldiers`, `3 French children`, `the cab
//! driver`, `two` with its noun left out) and named people (`US citizen Kurt Cochran`).

use super::lexicon::{class, Lexicon};
use super::nationality::{self, is_language, NatKind};
use super::numbers::number_at;
use super::tokens::Tok;
use crate::records::{Approx, Count};

#[derive(Debug, Clone, Default)]
pub struct Item {
    pub start: usize,
    pub end: usize,
    pub count: Option<Count>,
    /// A number without its noun (`and 12 wounded`).
    pub bare: bool,
    /// `two of ...`: a part of a group named elsewhere.
    pub partitive: bool,
    /// `12 of them Americans`: a part of the group just counted, with its own nationality.
    pub subset: bool,
    /// A single person introduced with `the`/`his`/`her`.
    pub definite: bool,
    /// A single person introduced with `a`/`an`.
    pub article: bool,
    pub nat: Option<String>,
    /// The noun the group is counted by, lower case (`soldiers`), or empty.
    pub head: String,
    /// The group's words without determiners and numbers, lower case.
    pub desc: String,
    pub perp: bool,
    pub name: Option<String>,
    /// Role nouns and titles given with a name (`officer`, `photographer`).
    pub roles: Vec<String>,
    /// A lone capitalised word read as a surname from its place as a subject (`Okafor
    /// was pronounced dead`): kept only if the article gives the full name.
    pub lone: bool,
}

pub fn is_name_glue(low: &str) -> bool {
    matches!(
        low,
        "jr" | "jr."
            | "sr"
            | "sr."
            | "ii"
            | "iii"
            | "de"
            | "da"
            | "van"
            | "von"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "la"
            | "le"
            | "du"
            | "dos"
    )
}

/// Words a capitalised sequence can hold without being a person's name: function
/// words, words of the lists, a few others (`class::NOT_NAME`) and nationalities.
fn not_name_word(t: &Tok) -> bool {
    t.has(class::NOT_NAME) || (t.is_word() && t.has(class::NAT_ALONE))
}

/// The end (exclusive) of a capitalised name starting at `i`, and its token count.
fn cap_name(toks: &[Tok], i: usize) -> usize {
    let mut j = i;
    while let Some(t) = toks.get(j) {
        if !t.is_word() {
            break;
        }
        let glue = is_name_glue(t.low) && j > i;
        let cap_word = t.cap || t.low.starts_with("al-") || t.low.starts_with("el-");
        // a middle initial the bulk casing left lower-case before the capital its stop
        // brought (`Simon t. Harrow`)
        let initial = j > i
            && t.low.len() == 2
            && t.low.ends_with('.')
            && toks.get(j + 1).is_some_and(|n| n.cap && n.is_word());
        let name_word = glue || initial || (cap_word && !not_name_word(t));
        if !name_word || (t.has(class::TITLE) && super::lexicon::LEX.is_honorific(t.low)) {
            break;
        }
        j += 1;
        if j - i >= 5 {
            break;
        }
    }
    // a name does not end on glue
    while j > i
        && toks.get(j - 1).is_some_and(|t| {
            is_name_glue(t.low) && !t.low.starts_with("jr") && !t.low.starts_with("sr")
        })
    {
        j -= 1;
    }
    j
}

/// A name in lower-case text, after a role noun: two or three plain words.
fn low_name(toks: &[Tok], i: usize) -> usize {
    let mut j = i;
    while let Some(t) = toks.get(j) {
        if !t.is_word() || not_name_word(t) || j - i >= 3 {
            break;
        }
        j += 1;
    }
    // one word is a name only if it is a known given name (`his wife ann`); an ordinary
    // word opens none (`the couple spent nearly`)
    let given = j - i == 1 && crate::lexicon::given_name(toks[i].low).is_some();
    let next = if j > i + 1 { toks[i + 1].low } else { "" };
    let opens = j > i && super::rules::phrase::name_opening(toks[i].low, next);
    if opens && (j - i >= 2 || given) {
        j
    } else {
        i
    }
}

/// `ms. hughes`, `sgt. ortiz`: after an honorific or a dotted rank, one lower-case word that
/// no list holds and ordinary text does not write is a surname (its end, or `i`).
fn titled_surname(toks: &[Tok], i: usize) -> usize {
    let Some(t) = toks.get(i) else {
        return i;
    };
    let shaped = t.is_word()
        && t.low.len() >= 2
        && t.low.chars().all(|c| c.is_alphabetic() || c == '-')
        && !t.has(class::LISTED)
        && !crate::lexicon::common_word(t.low);
    if shaped {
        i + 1
    } else {
        i
    }
}

/// Whether a lower-case word is shaped like a singular person noun: a relation (`-in-law`,
/// `roommate`, `stepson`, `granddaughter`), a compound of a person noun (`schoolboy`,
/// `fireman`) or an agent noun (`founder`, `motorist`, `librarian`).
pub fn person_shaped(w: &str) -> bool {
    let ends = |list: &[&str], min: usize| {
        list.iter()
            .any(|e| w.len() >= e.len() + min && w.ends_with(e))
    };
    w.contains("-in-law")
        || ends(
            &[
                "mate", "son", "daughter", "wife", "husband", "boy", "girl", "man", "woman",
                "child",
            ],
            2,
        )
        || ends(&["er", "or", "ist", "ian"], 4)
}

pub struct Ctx<'a> {
    pub lex: &'a Lexicon,
    pub toks: &'a [Tok<'a>],
    pub text: &'a str,
    /// The article's text (or its window's), the sentence within it.
    pub article: &'a str,
    /// The article is in the lower-cased bulk style.
    pub lower: bool,
    /// Token positions already known to start no name (`named_at` gives `None`), from
    /// an earlier pass over the same sentence; may be empty.
    pub no_name: &'a [bool],
    /// The sentence's side clauses, read by the shared clause reader at the first lookup
    /// (held by reference: a cell inside the context would keep the compiler from taking
    /// its other fields as unchanging).
    pub(super) side: &'a super::side_clause::SideClauses,
}

impl Ctx<'_> {
    fn low(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.low)
    }

    /// Whether token `k` is a plain lower-case modifier of a role noun one or two words on
    /// (`video journalist`, `high school teacher`); a status verb is none (`killed officer
    /// dan wells`).
    fn modifies_role(&self, k: usize) -> bool {
        let plain = |m: usize| {
            self.toks.get(m).is_some_and(|t| {
                t.is_word()
                    && !t.cap
                    && !t.has(class::FUNCTION | class::TRIGGER_START | class::AUX | class::NUMBER)
            })
        };
        let role_at = |m: usize| {
            self.toks
                .get(m)
                .is_some_and(|n| n.has(class::PERSON_SG) || self.role_word(m))
        };
        plain(k) && (role_at(k + 1) || plain(k + 1) && !role_at(k + 1) && role_at(k + 2))
    }

    /// Whether token `k` is a role noun written lower-case (`manager`, `barrister`,
    /// `model`: [`class::ROLE`]), which stands before a name as its role in any casing.
    fn role_word(&self, k: usize) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| !t.cap && t.has(class::ROLE))
    }

    /// Whether the word before token `i` is an active verb of killing or wounding whose
    /// object a name at `i` would be (`fatally shot`, `killing`, `stabbed`).
    fn kill_verb_before(&self, i: usize) -> bool {
        i > 0
            && self
                .toks
                .get(i - 1)
                .is_some_and(|t| t.has(class::KILL_VERB))
    }

    /// `killed okafor, 28,` / `killing okafor, 28.`, and after an age `fatally wounding
    /// 34-year-old okafor.`: one word right after a killing verb (or the verb and an age at
    /// `i`) that no list holds and ordinary text does not write (capitalised in cased
    /// text), with an age in commas after it, or after the age a clause's end, is the
    /// object's surname. An age tells a person where a lone word would not (`killed
    /// okafor on friday` is left to the names the article gives).
    fn object_surname(&self, i: usize, at: usize, aged: bool) -> bool {
        if !self.kill_verb_before(i) || at != i + usize::from(aged) {
            return false;
        }
        let Some(t) = self.toks.get(at) else {
            return false;
        };
        let w = t.low;
        let shaped = t.is_word()
            && (t.cap || self.lower)
            && w.len() > 2
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !t.has(
                class::LISTED
                    | class::FUNCTION
                    | class::AUX
                    | class::TRIGGER_START
                    | class::MONTH
                    | class::WEEKDAY,
            )
            && !crate::lexicon::common_word(w)
            && !crate::lexicon::ly_word(w)
            // (after an age, `34-year-old grandson` is a noun)
            && !(aged && person_shaped(w));
        if !shaped {
            return false;
        }
        let ends = |k: usize| {
            self.toks
                .get(k)
                .is_none_or(|n| matches!(n.low, "," | "." | ";" | "and" | "who"))
        };
        if aged {
            return ends(at + 1) && self.low(at + 1) != "who";
        }
        let age = self.toks.get(at + 2).is_some_and(|n| {
            matches!(n.kind, super::tokens::Kind::Num { value, whole: true } if (1.0..=110.0).contains(&value))
        });
        self.low(at + 1) == "," && age && ends(at + 3)
    }

    /// `the 33-year-old okafor was pronounced dead`, `the 78-year-old barson died`: after
    /// `the` and an age, one word no list holds and ordinary text does not write, right
    /// before an auxiliary or a status word, is a surname (the lower-cased path of a
    /// capitalised `The 33-year-old Okafor was`); its end, or `at`. The item is `lone`:
    /// it stands only when the article gives the full name (`mod.rs`).
    fn aged_surname(&self, i: usize, at: usize) -> usize {
        let definite = self.low(i) == "the" && at == i + 2;
        let verb_next = self
            .toks
            .get(at + 1)
            .is_some_and(|t| t.has(class::AUX | class::TRIGGER_START));
        if definite
            && verb_next
            && titled_surname(self.toks, at) == at + 1
            && !person_shaped(self.low(at))
        {
            at + 1
        } else {
            at
        }
    }

    /// A person named with an optional determiner, nationality and role: `US citizen Kurt
    /// Cochran`, `french photographer remi ochlik`, `PC Keith Palmer`.
    pub fn named_at(&self, i: usize) -> Option<Item> {
        if self.no_name.get(i) == Some(&true) {
            return None;
        }
        let lex = self.lex;
        let t0 = self.toks.get(i)?;
        if !t0.is_word()
            || !(t0.cap
                || self.lower
                || matches!(t0.low, "the" | "a" | "an" | "his" | "her" | "their")
                || t0.low.starts_with("al-"))
        {
            // lower-case words start a name only as a role noun or its modifiers, or an age
            if !t0.has(class::PERSON | class::ROLE)
                && nationality::at(self.toks, i).is_none()
                && !self.modifies_role(i)
                && !single_age(t0.low)
            {
                return None;
            }
        }
        // A plain lower-case word (most words of a lower-cased text) opens no name: none
        // of the words the loop below reads before a name is it, and no killing verb
        // comes before it (the same tests as the loop's, asked once).
        if t0.is_word()
            && !t0.cap
            && !t0.has(class::TITLE | class::PERSON_SG | class::PERPETRATOR | class::ROLE)
            && !matches!(t0.low, "the" | "a" | "an" | "his" | "her" | "their")
            && !t0.low.starts_with("al-")
            && !single_age(t0.low)
            && !self.modifies_role(i)
            && !self.kill_verb_before(i)
            && nationality::at(self.toks, i).is_none()
        {
            return None;
        }
        let mut j = i;
        // "his wife Ann": a possessive opens a relative named after
        if matches!(self.low(j), "the" | "a" | "an" | "his" | "her" | "their") {
            j += 1;
        }
        let mut nat = None;
        // the nationality read is a person's noun (`briton`, `american`; not `british`)
        let mut nat_sg = false;
        let mut roles = Vec::new();
        let mut prefix = false;
        // "22-year-old lena ortiz": an age before a name stands for a role
        let mut aged = false;
        // an honorific or a dotted rank (`mr.`, `ms`, `sgt.`) read before the name
        let mut honorific = false;
        // the name follows role nouns of `class::ROLE` alone (`barrister ana roe`, `film
        // producer ana roe`): no age, nationality or title before the first of them, and
        // no person noun (`class::PERSON_SG`, a perpetrator) among them. A flag kept as
        // the loop reads, not derived after it: `roles` holds the nouns (and a title's
        // implied roles) but not what stood before the first (`85-year-old manager ana
        // roe` and `manager ana roe` leave the same roles), and a second pass over the
        // words would repeat the loop's tests.
        let mut role_only = false;
        let mut k = j;
        while k < self.toks.len() && k < j + 5 {
            let t = &self.toks[k];
            if !t.is_word() {
                break;
            }
            // (an age before a role noun leaves the name to the role: `85-year-old prince`;
            // asked only of an age)
            let role_next = || {
                self.toks
                    .get(k + 1)
                    .is_some_and(|n| n.has(class::TITLE | class::PERSON | class::PERPETRATOR))
                    || self.modifies_role(k + 1)
            };
            if !aged && roles.is_empty() && single_age(t.low) && !role_next() {
                aged = true;
                prefix = true;
                k += 1;
                continue;
            }
            if let Some(h) = nationality::at(self.toks, k) {
                if !(h.len == 1 && t.low == "us" && !t.cap) || self.lower {
                    let taught = is_language(t.low) && lex.taught.contains(self.low(k + h.len));
                    if !taught && nat.is_none() && h.kind != NatKind::Country {
                        nat = Some(h.code());
                        nat_sg = h.kind == NatKind::PersonSg;
                    }
                    k += h.len;
                    prefix = true;
                    continue;
                }
            }
            // most words are no title: the class tells without a lookup
            let bare = t.low.trim_end_matches('.');
            let title = if t.has(class::TITLE) {
                lex.titles.get(bare)
            } else {
                None
            };
            // an honorific (`Mr`, no roles) stands in any case; a rank or office
            // (`Sgt`, `officer`) only capitalised or in lower-cased text
            if let Some(implied) = title.filter(|r| r.is_empty() || t.cap || self.lower) {
                roles.extend(implied.iter().cloned());
                prefix = true;
                // (`miss`, `lady` are ordinary words too: `miss america`)
                honorific = implied.is_empty() && !crate::lexicon::common_word(bare);
                k += 1;
                // "Mr. Roe" tokenised as "Mr" "." "Roe"
                if lex.dotted.contains(bare) && self.toks.get(k).is_some_and(|d| d.is_punct('.')) {
                    honorific = true;
                    k += 1;
                }
                continue;
            }
            if t.has(class::PERSON_SG | class::PERPETRATOR) || self.role_word(k) {
                role_only =
                    roles.is_empty() && !prefix && !t.has(class::PERSON_SG | class::PERPETRATOR)
                        || role_only && !t.has(class::PERSON_SG | class::PERPETRATOR);
                roles.push(t.low.to_string());
                prefix = true;
                k += 1;
                continue;
            }
            // "video journalist", "high school teacher": one or two plain modifiers before
            // a role noun
            if self.modifies_role(k) {
                k += 1;
                continue;
            }
            break;
        }
        let name_start = k;
        // "killed briton tom reid": a nationality noun the only word read before the name
        // (not an adjective before another noun: `her british flatmate tom reid`)
        let nat_noun = nat_sg && roles.is_empty() && !aged && !honorific && k > i;
        // a lone surname read from its place (`the 33-year-old okafor was`), kept only
        // with the full name the article gives
        let mut lone = false;
        let first = self.toks.get(name_start)?;
        let end = if first.cap || first.low.starts_with("al-") {
            let e = cap_name(self.toks, name_start);
            // "3-year-old Kailua girl": after an age, words before a person noun describe
            let described = self.toks.get(e).is_some_and(|t| t.has(class::PERSON));
            if aged && roles.is_empty() && described {
                name_start
            } else {
                e
            }
        } else if self.lower && !roles.is_empty() {
            // after a `class::ROLE` noun alone, only a name opening with a known given name
            // or one of words ordinary text does not write (`barrister ana roe`, `owner
            // dmitri salvo`; not `the death of a celebrity always creates`)
            let e = low_name(self.toks, name_start);
            let given = crate::lexicon::given_name(self.low(name_start)).is_some();
            let unwritten = (name_start..e).all(|m| {
                let w = self.low(m);
                !crate::lexicon::common_word(w) && !crate::lexicon::ly_word(w)
            });
            if role_only && !given && !unwritten {
                name_start
            } else {
                e
            }
        } else if self.lower && honorific {
            // `mr. tom reid` as far as a name reads; else one surname (`ms. hughes`), not
            // `mr rushdie should`, `mr hollande's current partner`
            if crate::lexicon::given_name(self.low(name_start)).is_some() {
                low_name(self.toks, name_start)
            } else {
                titled_surname(self.toks, name_start)
            }
        } else if self.lower
            && (aged || ((name_start == i || nat_noun) && self.kill_verb_before(i)))
        {
            // "22-year-old lena ortiz", "killing tom reid", "killing briton tom reid" (a
            // nationality alone before the name): without a role noun, only words
            // an ordinary text writes lower-case never make the name
            // a name opening with a known given name runs as far as `low_name` reads; any
            // other must end where a name can (punctuation, `and`, a verb: `plain_name`)
            let e = if crate::lexicon::given_name(self.low(name_start)).is_some() {
                low_name(self.toks, name_start)
            } else {
                super::rules::phrase::plain_name(self, name_start).map_or_else(
                    || {
                        let e = self.aged_surname(i, name_start);
                        lone = e > name_start;
                        e
                    },
                    |(_, e)| e,
                )
            };
            // after a known given name, a surname that is also an ordinary word (`field`,
            // `rich`) is judged as a surname: of the ordinary words, only those news almost
            // never writes after a given name (`not_surname`) end the name
            let given_first = crate::lexicon::given_name(self.low(name_start)).is_some();
            let plain = (name_start..e).all(|m| {
                let w = self.low(m);
                let listed = self.toks[m]
                    .has(class::TITLE | class::PERSON | class::PERPETRATOR | class::NON_PERSON);
                let ordinary = crate::lexicon::common_word(w)
                    && !(given_first && m > name_start && !crate::lexicon::not_surname(w));
                !listed && !ordinary && w.chars().all(|c| c.is_alphabetic() || c == '-')
            });
            // `shot` is also a noun (`shot putter tom reid`): after it, only a name opening
            // with a known given name
            let noun_verb = !aged && matches!(self.low(i - 1), "shot" | "shooting");
            let plain =
                plain && (!noun_verb || crate::lexicon::given_name(self.low(name_start)).is_some());
            // "20-year-old state university student": words before a person noun describe
            let described = self.toks.get(e).is_some_and(|t| t.has(class::PERSON));
            if plain && !described {
                e
            } else {
                name_start
            }
        } else {
            name_start
        };
        // `killed okafor, 28,`, `fatally wounding 34-year-old okafor.`: one surname as a
        // killing verb's object, told by its age
        let object_surname = end <= name_start + 1
            && roles.is_empty()
            && nat.is_none()
            && !honorific
            && self.object_surname(i, name_start, aged);
        let end = if object_surname { name_start + 1 } else { end };
        if end == name_start {
            return None;
        }
        // without a role or title, only a name of two words or more counts here (or one
        // known given name as a killing verb's object: `who killed javier`)
        // (`killed jan. 10`: a month's short form before a day is no given name)
        let dated = self.low(end) == "."
            && self
                .toks
                .get(end + 1)
                .is_some_and(|t| matches!(t.kind, super::tokens::Kind::Num { .. }));
        let given_object = end - name_start == 1
            && name_start == i
            && self.lower
            && self.kill_verb_before(i)
            && crate::lexicon::given_name(first.low).is_some()
            && !dated;
        if !prefix && end - name_start < 2 && !given_object && !object_surname {
            return None;
        }
        // "in Khan Younis", "the town of Beit Hanoun": a place, not a person
        if !prefix && i > 0 {
            let before = self.low(i - 1);
            let place_of = before == "of"
                && i > 1
                && matches!(
                    self.low(i - 2),
                    "town"
                        | "city"
                        | "village"
                        | "area"
                        | "province"
                        | "district"
                        | "region"
                        | "state"
                        | "county"
                        | "suburb"
                        | "neighbourhood"
                        | "neighborhood"
                );
            if place_of || matches!(before, "in" | "at" | "near" | "into" | "outside" | "inside") {
                return None;
            }
        }
        let (s, e) = (self.toks[name_start].start, self.toks[end - 1].end);
        let mut e = e;
        if matches!(self.toks[end - 1].low, "jr" | "sr")
            && self.toks.get(end).is_some_and(|t| t.is_punct('.'))
        {
            e += 1;
        }
        let name = super::person_name::person_name(self.text.get(s..e)?)?;
        Some(Item {
            start: i,
            end,
            count: Some(Count {
                value: 1,
                approx: Approx::Exact,
            }),
            nat: if roles.iter().any(|r| lex.taught.contains(r)) {
                None
            } else {
                nat
            },
            head: roles.last().cloned().unwrap_or_default(),
            desc: String::new(),
            perp: roles.iter().any(|r| lex.perpetrators.contains(r)),
            name: Some(title_case(&name, self.lower)),
            roles,
            lone,
            ..Item::default()
        })
    }

    /// A name given after `named` or `called` (`a woman named eva smit`), in lower-cased
    /// text, or at the start of a sentence with an age (`Masood, 52, was ...`).
    pub fn called_at(&self, i: usize) -> Option<Item> {
        let one = Some(Count {
            value: 1,
            approx: Approx::Exact,
        });
        let aged = |e: usize| {
            self.low(e) == ","
                && self
                    .toks
                    .get(e + 1)
                    .is_some_and(|t| matches!(t.kind, super::tokens::Kind::Num { .. }))
                // "tom reyes, 34, was", "... shot lena quist, 44." at the sentence's end
                && matches!(self.low(e + 2), "," | "" | "." | ";")
        };
        // cheap test first: an age in commas follows within three words
        let age_near = (i + 1..i + 4).any(aged);
        let plain = age_near
            .then(|| super::rules::phrase::plain_name(self, i))
            .flatten()
            .filter(|&(_, e)| aged(e));
        // "her son, milo, 7, died": one known given name in commas after a person, with an
        // age (capitalised in cased text)
        let given = plain.is_none()
            && i >= 2
            && self.toks[i - 1].is_punct(',')
            && aged(i + 1)
            && self.toks[i].is_word()
            && (self.toks[i].cap || self.lower)
            && crate::lexicon::given_name(self.toks[i].low).is_some();
        // "the death of okafor, 38": one surname with an age after a noun of one death
        let death_of = plain.is_none()
            && !given
            && i >= 2
            && self.low(i - 1) == "of"
            && self.lex.death_nouns.contains(self.low(i - 2))
            && aged(i + 1)
            && (self.toks[i].cap || self.lower)
            && titled_surname(self.toks, i) == i + 1;
        let (s, e) = if let Some((_, e)) = plain {
            // "police said tom reyes, 34, was ..."
            (self.toks[i].start, self.toks[e - 1].end)
        } else if given || death_of {
            (self.toks[i].start, self.toks[i].end)
        } else if i == 0 {
            let t = self
                .toks
                .first()
                .filter(|t| t.is_word() && !not_name_word(t))?;
            if !aged(1) {
                return None;
            }
            (t.start, t.end)
        } else {
            if !self.lower || !matches!(self.low(i - 1), "named" | "called") {
                return None;
            }
            let end = low_name(self.toks, i);
            if end == i {
                return None;
            }
            (self.toks[i].start, self.toks[end - 1].end)
        };
        let name = super::person_name::person_name(self.text.get(s..e)?)?;
        let end = self.toks.partition_point(|t| t.start < e);
        Some(Item {
            start: i,
            end,
            count: one,
            name: Some(title_case(&name, true)),
            ..Item::default()
        })
    }

    /// A counted group of people starting at `i`.
    /// Whether the number at `i` is a date's day or year, never a count of people: `april
    /// 23, 2015`, `on may 7.`, `april 2015`, `on april 9 that` (`in march 12 people died`
    /// counts 12).
    fn date_number(&self, i: usize) -> bool {
        let toks = self.toks;
        let num = |k: usize| {
            toks.get(k)
                .is_some_and(|t| matches!(t.kind, super::tokens::Kind::Num { .. }))
        };
        let year = |k: usize| {
            toks.get(k).is_some_and(|t| {
                matches!(t.kind, super::tokens::Kind::Num { value, whole: true }
                    if (1900.0..=2100.0).contains(&value) && !t.low.contains(','))
            })
        };
        let month = |k: usize| toks.get(k).is_some_and(|t| t.has(class::MONTH));
        if !num(i) || i == 0 {
            return false;
        }
        // the year after a month, or after a month's day and a comma
        if year(i)
            && (month(i - 1) || i >= 3 && self.low(i - 1) == "," && num(i - 2) && month(i - 3))
        {
            return true;
        }
        // a month's day before punctuation, a year, a function word (`on april 9 that`)
        // or the sentence's end (not `of`: `in march 12 of them died`)
        let next = toks.get(i + 1);
        month(i - 1)
            && (next.is_none_or(|n| !n.is_word() || n.has(class::FUNCTION) && n.low != "of")
                || year(i + 1))
    }

    /// Whether token `k` is a plain word no list holds that may modify a noun (`athletic`,
    /// `blond-haired`): no plural (`lives`, `besides`), no word shaped like a person noun
    /// (`a former co-worker, NAME`) and no unit of length (`8 inch`).
    fn plain_modifier(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| {
            t.is_word()
                && t.unlisted()
                && !t.low.ends_with('s')
                && t.low.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !person_shaped(t.low)
                && !self.lex.distance_units.contains(t.low)
        })
    }

    /// Whether token `k` is a plain plural noun no list holds, shaped like a person noun
    /// (`chasers`, `linemen`, `cyclists`).
    fn plural_shaped(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| {
            let w = t.low;
            let ends = |list: &[&str]| {
                list.iter()
                    .any(|e| w.len() >= e.len() + 3 && w.ends_with(e))
            };
            t.is_word()
                && t.unlisted()
                && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && ends(&["ers", "ors", "ists", "ians", "men"])
        })
    }

    /// `item` with its description: its words from `first_word` on, lower case.
    fn described(&self, mut item: Item, first_word: usize) -> Item {
        item.desc = self.toks[first_word.min(item.end)..item.end]
            .iter()
            .map(|t| t.low)
            .collect::<Vec<_>>()
            .join(" ");
        item
    }

    /// The end of a killing verb's object among the words `j..k` after a number or
    /// `a`/`an` at `i`: a noun shaped like a person noun that no list holds, an agent noun
    /// (`snowmobilers`, `a zookeeper`, `a motorist`, `a librarian`) or a compound of a person
    /// noun (`schoolboy`, `tribesmen`), before a clause's end, a preposition or a verb. The
    /// verb is no `shot` (`shot 3 pointers`); a singular noun in `-er`/`-or` must be no
    /// ordinary word (`killed a number of`, `a character`).
    fn object_person(&self, i: usize, j: usize, k: usize, article: bool) -> Option<usize> {
        let toks = self.toks;
        let verb = i > 0
            && toks[i - 1].has(class::KILL_VERB)
            && !matches!(toks[i - 1].low, "shot" | "shooting");
        if !verb {
            return None;
        }
        // (a past form after it: `after it killed a schoolboy tried four times`)
        let boundary = |m: usize| {
            toks.get(m).is_none_or(|n| {
                !n.is_word()
                    || n.has(class::AUX)
                    || n.low.len() > 4 && n.low.ends_with("ed")
                    || matches!(
                        n.low,
                        "in" | "at" | "on" | "near" | "and" | "who" | "while" | "after" | "during"
                    )
            })
        };
        let shaped = |w: &str| {
            let ends = |list: &[&str], min: usize| {
                list.iter()
                    .any(|e| w.len() >= e.len() + min && w.ends_with(e))
            };
            if article {
                ends(&["boy", "girl", "man", "woman", "child"], 3)
                    || ends(&["ist", "ian"], 4)
                    || ends(&["er", "or"], 5) && !crate::lexicon::common_word(w)
            } else {
                ends(&["boys", "girls", "men", "children"], 3)
                    || ends(&["ers", "ors", "ists", "ians"], 4)
            }
        };
        (j..k.min(j + 3)).find_map(|m| {
            let t = &toks[m];
            let plain = t.unlisted() && t.low.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            (plain && shaped(t.low) && boundary(m + 1)).then_some(m + 1)
        })
    }

    /// `another` as a subject of its own, right before an auxiliary or a status word (`and
    /// another was hurt`, `another died`); not `one another`, not `another 14`.
    fn another_alone(&self, i: usize) -> bool {
        self.low(i) == "another"
            && (i == 0 || self.low(i - 1) != "one")
            && self.toks.get(i + 1).is_some_and(|t| {
                t.is_word()
                    && (self.lex.aux.contains(t.low) || self.lex.trigger_starts.contains(t.low))
            })
            // (`another missing girl`: a status word before a noun is an adjective)
            && (self.lex.aux.contains(self.low(i + 1))
                || self.toks.get(i + 2).is_none_or(|t| {
                    !t.is_word() || t.has(class::FUNCTION | class::AUX | class::TRIGGER_START)
                }))
    }

    pub fn group_at(&self, i: usize) -> Option<Item> {
        let lex = self.lex;
        let toks = self.toks;
        let t0 = toks.get(i)?;
        let may_start = match t0.kind {
            super::tokens::Kind::Num { .. } => true,
            super::tokens::Kind::Word => {
                let w = t0.low;
                matches!(
                    w,
                    "the" | "his" | "her" | "its" | "their" | "a" | "an" | "another" | "both"
                ) || t0.has(class::HEDGE_START | class::NUMBER_HEAD)
            }
            super::tokens::Kind::Punct(_) => false,
        };
        if !may_start || self.date_number(i) {
            return None;
        }
        // "mother of four", "a father of six": the parent's children, no group of the
        // sentence's; "dead at 91", "died at 78": an age
        if i >= 2 && (matches!(t0.kind, super::tokens::Kind::Num { .. }) || t0.has(class::NUMBER)) {
            let (before, word) = (self.low(i - 1), self.low(i - 2));
            let parent = before == "of"
                && matches!(
                    word,
                    "mother" | "father" | "mom" | "mum" | "dad" | "grandmother" | "grandfather"
                );
            let age = before == "at" && matches!(word, "dead" | "died" | "dies");
            if parent || age {
                return None;
            }
        }
        let mut j;
        let mut count = None;
        let mut article = false;
        let mut definite = false;
        if let Some(f) = number_at(lex, toks, i) {
            count = Some(f.count);
            article = f.article;
            j = f.end;
        } else if matches!(self.low(i), "the" | "his" | "her" | "its" | "their") {
            if let Some(f) = number_at(lex, toks, i + 1).filter(|f| !f.article) {
                count = Some(f.count);
                j = f.end;
            } else {
                definite = true;
                j = i + 1;
            }
        } else if self.another_alone(i) {
            // "one died and another is fighting for life": `another` standing for one
            // more person, right before its predicate
            count = Some(Count {
                value: 1,
                approx: Approx::Exact,
            });
            j = i + 1;
        } else {
            return None;
        }
        let mut item = Item {
            start: i,
            count,
            definite,
            article,
            ..Item::default()
        };
        if count.is_some() && !article && self.low(j) == "of" {
            // "12 of them Americans" is a subset with a nationality; "two of the victims" a part
            if matches!(self.low(j + 1), "them" | "whom") {
                if let Some(h) =
                    nationality::at(toks, j + 2).filter(|h| h.kind == NatKind::PersonPl)
                {
                    item.nat = Some(h.code());
                    item.end = j + 2 + h.len;
                    item.subset = true;
                    return Some(item);
                }
                // "four of them firefighters": a subset named by a plural person noun
                if lex.people.get(self.low(j + 2)) == Some(&false) {
                    item.head = self.low(j + 2).to_string();
                    item.end = j + 3;
                    item.subset = true;
                    return Some(item);
                }
            }
            item.partitive = true;
            item.bare = true;
            item.end = j;
            return Some(item);
        }
        if count.is_some()
            && matches!(
                self.low(j),
                "other" | "more" | "additional" | "further" | "new" | "confirmed" | "reported"
            )
            // "two New Zealanders": `new` opening a nationality is no modifier
            && nationality::at(toks, j).is_none_or(|h| h.len <= 1)
        {
            j += 1;
        }
        let mut k = j;
        let mut head: Option<(usize, bool, bool)> = None; // (index, singular, perpetrator)
        let mut nonperson = false;
        let mut words = 0;
        // commas passed between modifiers before the noun (`the two inseparable, athletic,
        // blond-haired brothers`): the group then needs a person noun
        let mut commas = false;
        while k < toks.len() && k < j + 6 {
            let t = &toks[k];
            if t.is_punct(',')
                && count.is_some()
                && head.is_none()
                && words > 0
                && (j..k).all(|m| toks[m].is_punct(',') || self.plain_modifier(m))
                && self.plain_modifier(k + 1)
            {
                commas = true;
                k += 1;
                continue;
            }
            if !t.is_word() {
                break;
            }
            let w = t.low;
            if let Some(h) = nationality::at(toks, k) {
                let taught = is_language(w) && lex.taught.contains(self.low(k + h.len));
                if !taught && item.nat.is_none() {
                    item.nat = Some(h.code());
                }
                // "the Israeli side": a nationality before a noun is an adjective
                let next = toks.get(k + h.len);
                let noun_next = next.is_some_and(|n| {
                    n.is_word() && !n.has(class::FUNCTION | class::AUX | class::TRIGGER_START)
                });
                // "two Japanese", "a Swiss": an adjective counted stands for people
                let counted_adj = h.kind == NatKind::Adjective && count.is_some();
                if (h.is_person() || counted_adj) && !noun_next {
                    let sg = h.kind == NatKind::PersonSg || article;
                    head = Some((k + h.len - 1, sg, false));
                }
                words += h.len;
                k += h.len;
                continue;
            }
            if (t.has(class::FUNCTION) && w != "us") || t.has(class::AUX) {
                break;
            }
            // "two seriously hurt": an adverb ends the group
            if w.len() > 4 && w.ends_with("ly") && !t.has(class::PERSON) {
                break;
            }
            if t.has(class::TRIGGER_START) && !t.has(class::PERSON) {
                break;
            }
            // "the 26-year-old died", "a 50-year-old in X": an age with no noun after it
            // stands for the person (a noun after it heads the group instead)
            let noun_next = toks.get(k + 1).is_some_and(|n| {
                n.is_word() && !n.has(class::FUNCTION | class::AUX | class::TRIGGER_START)
            });
            if is_age(w) && !noun_next {
                head = Some((k, !w.ends_with('s'), false));
            } else if let Some(n) = self.noun_after_age(k) {
                // "a 29-year-old bride from Leeds died": one person's age before a noun no
                // word list holds, which ends the group, makes that noun a person
                head = Some((n, true, false));
                words += 2;
                k += 2;
                continue;
            } else if t.has(class::PERSON) {
                head = Some((k, t.has(class::PERSON_SG), false));
            } else if t.has(class::PERPETRATOR) {
                // "gunmen", "attackers": plural; "gunman", "assailant": singular
                let plural = (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("men");
                head = Some((k, !plural, true));
            } else if t.has(class::NON_PERSON) {
                nonperson = true;
                break;
            }
            words += 1;
            k += 1;
        }
        // "three veteran storm chasers died": a singular person noun counted as more than
        // one modifies a plural noun no list holds, right before a status word, that heads
        // the group
        if let Some((h, true, false)) = head {
            let last = k.saturating_sub(1);
            if count.is_some_and(|c| c.value > 1)
                && !article
                && !nonperson
                && last > h
                && self.plural_shaped(last)
                && (lex.aux.contains(self.low(k)) || lex.trigger_starts.contains(self.low(k)))
            {
                head = Some((last, false, false));
            }
        }
        if commas && head.is_none() && !self.plural_shaped(k.saturating_sub(1)) {
            return None;
        }
        match head {
            Some((h, sg, perp)) if !nonperson || h < k => {
                // "killing a family of six", "a crew of three died": a collective noun with
                // `of` and a number is that many people
                let counted_by_of = (article
                    && matches!(self.low(h), "family" | "crew")
                    && self.low(h + 1) == "of")
                    .then(|| number_at(lex, toks, h + 2).filter(|f| !f.article))
                    .flatten();
                if (article || definite) && !sg && counted_by_of.is_none() {
                    return None;
                }
                if count.is_some_and(|c| c.value > 1) && sg && !article {
                    // "two soldier" is a typo at most; "five year" is no group
                    if !lex.people.contains_key(self.low(h)) {
                        return None;
                    }
                }
                item.end = h + 1;
                item.head = toks[h].low.to_string();
                item.perp = perp;
                // "two citizens of Japan", "a national of Peru": the country after the noun
                // of citizenship gives the nationality (not `residents of`, `tourists from`)
                if item.nat.is_none()
                    && matches!(
                        item.head.as_str(),
                        "citizens" | "citizen" | "nationals" | "national"
                    )
                    && self.low(h + 1) == "of"
                {
                    if let Some(c) =
                        nationality::at(toks, h + 2).filter(|c| c.kind == NatKind::Country)
                    {
                        item.nat = Some(c.code());
                        item.end = h + 2 + c.len;
                    }
                }
                // "the mother of two was found dead": the parent's children are part of the
                // description
                if sg
                    && matches!(
                        item.head.as_str(),
                        "mother" | "father" | "mom" | "mum" | "dad"
                    )
                    && self.low(h + 1) == "of"
                {
                    if let Some(f) = number_at(lex, toks, h + 2).filter(|f| !f.article) {
                        item.end = f.end;
                    }
                }
                if let Some(f) = counted_by_of {
                    item.end = f.end;
                    item.count = Some(f.count);
                    item.article = false;
                }
                // "a Dutch couple" is two people
                if item.head == "couple" && article {
                    item.count = Some(Count {
                        value: 2,
                        approx: Approx::Exact,
                    });
                    item.article = false;
                }
                if definite {
                    item.count = Some(Count {
                        value: 1,
                        approx: Approx::Exact,
                    });
                }
            }
            _ => {
                // "an avalanche killed 5 snowmobilers", "killed a british schoolboy": a
                // noun no list knows, shaped like a person noun, as a killing verb's object
                let object = (!nonperson && !definite && words > 0)
                    .then(|| self.object_person(i, j, k, article))
                    .flatten();
                if let Some(e) = object {
                    item.end = e;
                    item.head = toks[e - 1].low.to_string();
                    return Some(self.described(item, j));
                }
                if nonperson || article || definite || count.is_none() {
                    return None;
                }
                if words == 0 {
                    // "6, and ..." opening a segment is the tail of a date cut by the splitter
                    let digits = matches!(toks[i].kind, super::tokens::Kind::Num { .. });
                    if i == 0 && digits && self.low(j) == "," {
                        return None;
                    }
                    item.bare = true;
                    item.end = j;
                } else {
                    // "Two IDF solider wounded": an unknown noun right before a status word
                    let next = self.low(k);
                    if !(lex.aux.contains(next) || lex.trigger_starts.contains(next)) {
                        return None;
                    }
                    item.end = k;
                    item.head = toks[k - 1].low.to_string();
                }
            }
        }
        // "240 passengers and crew": a second person noun without a count joins the group
        if count.is_some()
            && !item.bare
            && self.low(item.end) == "and"
            && toks.get(item.end + 1).is_some_and(|t| t.has(class::PERSON))
            && toks
                .get(item.end + 2)
                .is_none_or(|t| !t.has(class::PERSON) || t.low == "members")
        {
            item.end += 2;
            if self.low(item.end) == "members" {
                item.end += 1;
            }
        }
        // "40 people aboard", "all 12 on board": those on a craft
        let aboard = match (self.low(item.end), self.low(item.end + 1)) {
            ("aboard" | "onboard", _) => 1,
            ("on", "board") => 2,
            _ => 0,
        };
        if aboard > 0 && count.is_some() {
            item.end += aboard;
            if item.bare {
                item.bare = false;
                item.head = "people".into();
            }
            // "aboard the plane", "aboard it", "on board the small boat"
            if self.low(item.end) == "it" {
                item.end += 1;
            } else if matches!(self.low(item.end), "the" | "a" | "an" | "their" | "its") {
                let mut e = item.end + 1;
                while e < item.end + 5
                    && toks.get(e).is_some_and(|t| {
                        t.is_word() && !t.has(class::FUNCTION | class::AUX | class::TRIGGER_START)
                    })
                {
                    e += 1;
                }
                if e > item.end + 1 {
                    item.end = e;
                }
            }
        }
        // "the 11 crew members, all Filipino, were killed": the group's nationality in apposition
        if item.nat.is_none()
            && count.is_some()
            && self.low(item.end) == ","
            && self.low(item.end + 1) == "all"
        {
            if let Some(h) =
                nationality::at(toks, item.end + 2).filter(|h| h.kind != NatKind::Country)
            {
                if self.low(item.end + 2 + h.len) == "," {
                    item.nat = Some(h.code());
                    item.end += 3 + h.len;
                }
            }
        }
        let first_word = if count.is_some() { j } else { i + 1 };
        item = self.described(item, first_word);
        // a single person's description includes "of the Maserati"
        if item.definite
            && self.low(item.end) == "of"
            && matches!(self.low(item.end + 1), "the" | "a")
        {
            if let Some(t) = toks.get(item.end + 2).filter(|t| t.is_word()) {
                item.desc.push_str(" of ");
                item.desc.push_str(t.low);
            }
        }
        Some(item)
    }
}

impl Ctx<'_> {
    /// The noun right after one person's age at `k` that no word list holds (`bride`,
    /// `hairdresser`), when the group ends after it: at punctuation, a function word, an
    /// auxiliary or a status word (`a 30-year-old newlywed from Leeds died`, `a 34-year-old
    /// hairdresser fell to his death`). Not a plural (`a 100-year-old bridges`), not a noun before
    /// another (`a 29-year-old bride's car`, `a 40-year-old oak tree`).
    fn noun_after_age(&self, k: usize) -> Option<usize> {
        let toks = self.toks;
        let n = toks.get(k + 1)?;
        let plain = single_age(toks[k].low)
            && n.is_word()
            && n.unlisted()
            && n.low.len() > 2
            && n.low.bytes().all(|b| b.is_ascii_lowercase())
            && !n.low.ends_with('s')
            // (no name: `the 76-year-old hawking, who died`, and no breed: `the 2-year-old
            // terrier`; only a word cased news writes lowercase, `common_words.txt`, in
            // every casing)
            && crate::lexicon::common_word(n.low)
            && (self.lower || !n.cap);
        let ends = toks.get(k + 2).is_none_or(|e| {
            !e.is_word() || e.has(class::FUNCTION | class::AUX | class::TRIGGER_START)
        });
        (plain && ends).then_some(k + 1)
    }
}

/// Whether `w` is one person's age (`26-year-old`, not `two-month-olds`).
fn single_age(w: &str) -> bool {
    is_age(w) && !w.ends_with('s')
}

/// Whether `w` is an age (`26-year-old`, `two-month-olds`).
pub fn is_age(w: &str) -> bool {
    // (asked of most words of a candidate sentence: every form ends in `old`, tested first)
    let w = w.trim_end_matches('s');
    w.ends_with("old")
        && [
            "-year-old",
            "-years-old",
            "-month-old",
            "-week-old",
            "-day-old",
        ]
        .iter()
        .any(|a| w.ends_with(a))
}

/// Lower-case names get capitals for display.
fn title_case(name: &str, lower: bool) -> String {
    if !lower {
        return name.to_string();
    }
    super::person_name::title_words(name)
}
