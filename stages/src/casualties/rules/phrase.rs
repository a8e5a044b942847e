//! Phrases shared by the rules: a status said by a noun phrase (`the dead`, `those
//! killed`, `the 15 people who died`, `the victims`), and cancelling context.

use super::super::lexicon::LEX;
use super::super::tokens::{Kind, Tok};
use crate::records::Status;

fn low<'a>(toks: &'a [Tok<'a>], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.low)
}

/// The status a single word gives a group it names or describes.
pub fn status_word(w: &str) -> Option<Status> {
    match w {
        "dead" | "killed" | "slain" | "deceased" | "fatalities" | "died" | "perished"
        | "murdered" | "executed" | "massacred" | "drowned" => Some(Status::Killed),
        "injured" | "wounded" | "hurt" | "hospitalised" | "hospitalized" => Some(Status::Injured),
        "missing" => Some(Status::Missing),
        _ => None,
    }
}

/// A noun phrase naming the casualties of a status, starting at token `k`: `the dead`,
/// `those killed`, `the 15 people killed`, `the victims`, `those who died`. Gives the status,
/// the number it states (`the 15 ...`) as a token index, and the end (exclusive).
pub fn status_phrase(toks: &[Tok], k: usize) -> Option<(Status, Option<usize>, usize)> {
    let low = |i: usize| low(toks, i);
    let mut j = k;
    match low(j) {
        "the" | "those" | "them" => j += 1,
        // "others killed on Friday included ...", "other victims were ..."
        "others" | "other" => {}
        _ => return None,
    }
    phrase_from(toks, k, j)
}

/// Like [`status_phrase`], for a phrase that opens with its number: `three people killed`
/// (`one of three people killed`).
pub fn counted_status_phrase(toks: &[Tok], k: usize) -> Option<(Status, Option<usize>, usize)> {
    let t = toks.get(k)?;
    let number = matches!(t.kind, Kind::Num { .. }) || LEX.numbers.contains_key(t.low);
    if number {
        phrase_from(toks, k, k)
    } else {
        None
    }
}

/// The rest of a status phrase that started at `k`, from token `j` on.
fn phrase_from(toks: &[Tok], k: usize, mut j: usize) -> Option<(Status, Option<usize>, usize)> {
    let low = |i: usize| low(toks, i);
    let mut number = None;
    let mut victims = None;
    for _ in 0..8 {
        let w = low(j);
        if let Some(s) = status_word(w) {
            // "the attackers who killed 130 people": the ones who did it, with an object
            if j > k && matches!(low(j - 1), "who" | "that") && has_object(toks, j + 1) {
                return None;
            }
            return Some((s, number, j + 1));
        }
        match w {
            "victims" => victims = Some(j + 1),
            "who" | "were" | "was" | "have" | "had" | "has" | "been" | "people" | "persons"
            | "passengers" | "others" | "reported" | "confirmed" | "people's" => {}
            "lost" if low(j + 1) == "their" && matches!(low(j + 2), "lives" | "life") => {
                return Some((Status::Killed, number, j + 3))
            }
            _ if number.is_none()
                && (toks
                    .get(j)
                    .is_some_and(|t| matches!(t.kind, Kind::Num { .. }))
                    || LEX.numbers.contains_key(w)) =>
            {
                number = Some(j)
            }
            // "those taken hostage and killed": a few more words before the status word
            _ if victims.is_none() && j < k + 6 && toks.get(j).is_some_and(|t| t.is_word()) => {}
            _ => break,
        }
        j += 1;
    }
    victims.map(|end| (Status::Killed, number, end))
}

/// Whether an active verb's object starts at token `i`: a number or a determiner or
/// pronoun (`130 people`, `the hostages`, `him`).
fn has_object(toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else {
        return false;
    };
    matches!(t.kind, Kind::Num { .. })
        || LEX.numbers.contains_key(t.low)
        || crate::casualties::lexicon::opens_object(t.low)
        // a vague count or `at least`
        || matches!(
            t.low,
            "its" | "dozens" | "hundreds" | "scores" | "several" | "many" | "at"
        )
}

/// Whether the words before token `at` make what follows a threat, plan or possibility
/// rather than a fact: `threatened to kill`, `could have killed`, `would die`.
pub fn hypothetical(toks: &[Tok], at: usize) -> bool {
    // "denied reports that 15 were killed"
    let denied = toks[at.saturating_sub(10)..at.min(toks.len())]
        .iter()
        .any(|t| matches!(t.low, "denied" | "denies" | "deny" | "denying"));
    denied
        || (at.saturating_sub(4)..at).any(|i| {
            matches!(
                low(toks, i),
                "could"
                    | "would"
                    | "might"
                    | "threatened"
                    | "threatening"
                    | "threatens"
                    | "threaten"
                    | "vowed"
                    | "plotted"
                    | "plotting"
                    | "planned"
                    | "planning"
                    | "tried"
                    | "trying"
                    | "attempted"
                    | "intended"
                    | "risk"
                    | "unless"
                    | "if"
            )
        })
}

/// Whether the lower-case word `w`, followed by `next` (or `""`), may open a person's name:
/// a known given name, a word that cased news does not write in lower case (`common_word`,
/// the capital's equal in lower-cased text) and that is no `-ly` word of an ordinary one,
/// or an ordinary word before a word that is neither ordinary nor a given name (`dawn
/// sturgess`, `bin laden`). `the couple spent nearly`, `other professional teams`, `saying
/// michael cavallari`, `announced wednesday`: an ordinary word opens no name there (a
/// weekday or a month is written with a capital but is no name's word).
pub fn name_opening(w: &str, next: &str) -> bool {
    let ordinary = |w: &str| crate::lexicon::common_word(w) || crate::lexicon::ly_word(w);
    let given = |w: &str| crate::lexicon::given_name(w).is_some();
    let dated = |w: &str| {
        crate::casualties::lexicon::is_weekday(w)
            || crate::casualties::lexicon::LEX.months.contains(w)
    };
    // (a participle opens no name unless it is a given name: `injuring 200, disrupting
    // transportation, ...`)
    let participle = w.len() > 5 && w.ends_with("ing");
    given(w)
        || (!participle
            && (!ordinary(w)
                || (!next.is_empty() && !ordinary(next) && !given(next) && !dated(next))))
}

/// Whether a lower-case word the lists know (a person noun, a country, an ordinary word)
/// may still be a surname after a given name: a plain word that news writes after given
/// names (`baker`, `hunter`, `jordan`, `reed`; not `outside`, `twice`, `died`).
fn word_surname(t: &Tok<'_>) -> bool {
    use crate::casualties::lexicon::class;
    t.is_word()
        && t.low.len() >= 3
        && t.low.chars().all(|c| c.is_ascii_lowercase())
        && !t.has(
            class::FUNCTION
                | class::AUX
                | class::TRIGGER_START
                | class::NUMBER
                | class::MONTH
                | class::WEEKDAY
                | class::PERPETRATOR
                | class::KILL_VERB,
        )
        && !crate::lexicon::not_surname(t.low)
        && !crate::lexicon::ly_word(t.low)
        && !t.low.ends_with('s')
        // a place before a plain person noun describes (`lamont man`, `dallas woman`)
        && !matches!(
            t.low,
            "man" | "woman" | "boy" | "girl" | "teen" | "teenager" | "child" | "baby"
                | "toddler" | "resident" | "native" | "couple" | "family" | "student"
                | "driver" | "mother" | "father"
        )
}

/// Whether a lower-case word reads as a verb right after a name's words: an ordinary word
/// (one cased news writes lower-case) that is no given name and is a past form (`shocked`,
/// `prompted`, `spoke`): not `reed`, `ahmed`, nor an ordinary word that is no verb's past
/// (`long`, `original`: `sarah catherine long`).
fn verb_after_name(t: &Tok<'_>) -> bool {
    let w = t.low;
    t.is_word()
        && crate::lexicon::common_word(w)
        && crate::lexicon::given_name(w).is_none()
        && (w.len() > 4 && w.ends_with("ed") || crate::lexicon::irregular_past(w))
}

/// A name of two or three plain words at `at` in lower-cased text (`lena ortiz`), title-cased,
/// and its end: words no word list knows, followed by punctuation, `and` or the end.
pub fn plain_name(ctx: &crate::casualties::groups::Ctx<'_>, at: usize) -> Option<(String, usize)> {
    use crate::casualties::lexicon::class;
    if !ctx.lower {
        return None;
    }
    let toks = ctx.toks;
    // "south africa", "new zealand": a country, not a person
    if crate::casualties::nationality::at(toks, at).is_some() {
        return None;
    }
    let mut e = at;
    // after a known given name and a second word, a verb ends the name (`the killing of
    // bella bond shocked the town`)
    let given_first = crate::lexicon::given_name(toks.get(at)?.low).is_some();
    let verb_ends =
        |k: usize| given_first && k >= at + 2 && toks.get(k).is_some_and(verb_after_name);
    while e < toks.len() && e < at + 3 {
        let t = &toks[e];
        let known = t.has(class::LISTED);
        // verbs that introduce a list of names are no part of one
        let verb = matches!(
            t.low,
            "included" | "including" | "includes" | "include" | "named" | "identified"
        );
        if !t.is_word() || known || verb || verb_ends(e) {
            break;
        }
        e += 1;
    }
    // "maria baker was killed", "brendan jordan , a resident": after a known given name, a
    // word the lists know as a person noun, a country or an ordinary word is the surname
    // when it may stand after a given name and a name's end follows
    if e == at + 1 && crate::lexicon::given_name(toks[at].low).is_some() {
        let ends = |k: usize| {
            toks.get(k).is_none_or(|t| {
                !t.is_word() || t.low == "and" || t.has(class::AUX | class::TRIGGER_START)
            })
        };
        if toks.get(e).is_some_and(word_surname) && ends(e + 1) {
            e += 1;
        }
    }
    // a name ends at punctuation, `and`, an auxiliary (`was killed`) or a status word
    // (not after a word almost never a name's: `the death of roman rule changed`)
    let next_ok = verb_ends(e) && !crate::lexicon::not_surname(toks[e - 1].low)
        || toks.get(e).is_none_or(|t| {
            !t.is_word() || t.low == "and" || t.has(class::AUX | class::TRIGGER_START)
        });
    // "emily johnson of denver", "tom reid from leeds": a name opening with a known given
    // name may end at a preposition of origin or place
    let origin = toks
        .get(e)
        .is_some_and(|t| matches!(t.low, "of" | "from" | "in" | "on" | "at"))
        && crate::lexicon::given_name(toks[at].low).is_some();
    if e < at + 2 || !(next_ok || origin) || !name_opening(toks[at].low, low(toks, at + 1)) {
        return None;
    }
    let text = ctx.text.get(toks[at].start..toks[e - 1].end)?;
    Some((crate::casualties::person_name::title_words(text), e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::casualties::tokens::tokenize;

    fn phrase(s: &str) -> Option<(Status, bool, usize)> {
        let t = tokenize(s);
        status_phrase(&t.toks(&LEX), 0).map(|(s, n, e)| (s, n.is_some(), e))
    }

    #[test]
    fn status_phrases() {
        assert_eq!(phrase("the dead were"), Some((Status::Killed, false, 2)));
        assert_eq!(phrase("those injured"), Some((Status::Injured, false, 2)));
        assert_eq!(
            phrase("the 12 people killed ,"),
            Some((Status::Killed, true, 4))
        );
        assert_eq!(
            phrase("those who lost their lives"),
            Some((Status::Killed, false, 5))
        );
        assert_eq!(phrase("the victims were"), Some((Status::Killed, false, 2)));
        assert_eq!(phrase("the house was ."), None);
        assert_eq!(
            phrase("those taken hostage and killed"),
            Some((Status::Killed, false, 5))
        );
    }

    #[test]
    fn threats_and_possibilities() {
        let t = tokenize("the gang threatened to kill them");
        let toks = t.toks(&LEX);
        assert!(hypothetical(&toks, 4));
        assert!(!hypothetical(&toks, 2));
    }
}
