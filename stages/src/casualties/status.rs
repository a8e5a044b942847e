//! Finds status phrases (`were killed`, `in a serious condition`, `death toll`) in tokens.

use super::lexicon::{class, Lexicon, Status, Trigger, Voice};
use super::numbers;
use super::tokens::{Kind, Tok};

#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub status: Status,
    pub voice: Voice,
}

/// The end of a measured length at `i`: a hedge, a number, a unit of length, and a
/// conversion in brackets after it (`some 550 feet ( 168 meters )`, `about 30 feet`).
fn distance_end(lex: &Lexicon, toks: &[Tok], i: usize) -> Option<usize> {
    let j = numbers::hedge(lex, toks, i).map_or(i, |(_, j)| j);
    let num = toks.get(j)?;
    let is_number = matches!(num.kind, Kind::Num { .. })
        || (num.is_word() && lex.numbers.contains_key(num.low));
    let unit = toks.get(j + 1)?;
    if !is_number || !unit.is_word() || !lex.distance_units.contains(unit.low) {
        return None;
    }
    let end = j + 2;
    // a conversion in brackets, closed within a few tokens
    if toks.get(end).is_some_and(|t| t.is_punct('(')) {
        if let Some(k) = (end + 1..(end + 6).min(toks.len())).find(|&k| toks[k].is_punct(')')) {
            return Some(k + 1);
        }
    }
    Some(end)
}

/// The end of a run of words that describe injuries at `i` (`severe facial and leg`,
/// `minor to moderate`, `non-life threatening`): words of `wound_words.txt`, joined by `and`,
/// `or`, `to` or a comma between two of them; at most six tokens.
fn wounds_end(lex: &Lexicon, toks: &[Tok], i: usize) -> Option<usize> {
    let word = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_word() && lex.wound_words.contains(t.low))
    };
    let mut k = i;
    let mut end = None;
    while k < i + 6 {
        if word(k) {
            k += 1;
            end = Some(k);
        } else if end.is_some()
            && toks
                .get(k)
                .is_some_and(|t| matches!(t.low, "and" | "or" | "to" | ","))
            && word(k + 1)
        {
            k += 1;
        } else {
            break;
        }
    }
    end
}

fn match_at(lex: &Lexicon, t: &Trigger, toks: &[Tok], i: usize) -> Option<usize> {
    let mut j = i;
    for slot in &t.slots {
        if slot.distance {
            if let Some(end) = distance_end(lex, toks, j) {
                j = end;
            } else if !slot.optional {
                return None;
            }
            continue;
        }
        if slot.wounds {
            if let Some(end) = wounds_end(lex, toks, j) {
                j = end;
            } else if !slot.optional {
                return None;
            }
            continue;
        }
        let ok = toks
            .get(j)
            .is_some_and(|tok| tok.is_word() && slot.words.iter().any(|w| w == tok.low));
        if ok {
            j += 1;
        } else if slot.optional {
            continue;
        } else {
            return None;
        }
    }
    (j > i).then_some(j)
}

/// A verb of change or standing (`have risen to`, `stood at`, `reached`) within the clause
/// after a toll's noun at `from`, followed by `to`, `at` or a number.
fn risen_to(toks: &[Tok], from: usize) -> bool {
    let clause = toks[from..]
        .iter()
        .take(12)
        .take_while(|t| !(t.is_punct('.') || t.is_punct(';') || matches!(t.low, "said" | "says")));
    let verbs: Vec<usize> = clause
        .enumerate()
        .filter(|(_, t)| {
            matches!(
                t.low,
                "risen"
                    | "rose"
                    | "rise"
                    | "rises"
                    | "climbed"
                    | "climbs"
                    | "jumped"
                    | "increased"
                    | "reached"
                    | "stands"
                    | "stood"
                    | "stand"
            )
        })
        .map(|(k, _)| from + k)
        .collect();
    verbs.iter().any(|&k| {
        toks.get(k + 1)
            .is_some_and(|t| matches!(t.low, "to" | "at") || matches!(t.kind, Kind::Num { .. }))
    })
}

/// The clause ends at `k` (`have not returned.`, `have not returned home`, `… since Friday`):
/// no object follows the verb (`have not returned calls`).
fn closes_clause(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_none_or(|t| {
        !t.is_word()
            || matches!(
                t.low,
                "home" | "from" | "since" | "after" | "and" | "by" | "on" | "yet"
            )
    })
}

/// Whether the object after a verb of sending or leaving at `from` is then put in hospital
/// (`sending four people to the hospital`, `put three in hospital`, `landing two in a local
/// hospital`) or, after a verb of leaving, given injuries (`left two guards with serious
/// injuries`; `with burns` is not read yet: the run of wound words takes `burns` in): the object
/// is one to five words, and no carer (`sent two nurses to the
/// hospital`); the clause ends at punctuation or `and`.
fn sent_for_care(lex: &Lexicon, toks: &[Tok], from: usize, leaving: bool) -> bool {
    let low = |k: usize| toks.get(k).map_or("", |t| t.low);
    let hospital = |k: usize| matches!(low(k), "hospital" | "hospitals");
    for k in from + 1..(from + 6).min(toks.len()) {
        let object = &toks[from..k];
        if object
            .iter()
            .any(|t| !t.is_word() || matches!(t.low, "and" | "to" | "in" | "with" | "from"))
        {
            return false;
        }
        let mut j = k;
        let cared = match low(j) {
            "to" | "in" => {
                j += 1;
                if matches!(low(j), "the" | "a") {
                    j += 1;
                }
                if matches!(low(j), "local" | "nearby" | "area") {
                    j += 1;
                }
                hospital(j) && !object.iter().any(|t| lex.care_staff.contains(t.low))
            }
            // (the injuries of others told after them: `left the club with injuries to
            // three defenders`)
            "with" if leaving => {
                j = wounds_end(lex, toks, j + 1).unwrap_or(j + 1);
                let others = low(j + 1) == "to"
                    && !matches!(low(j + 2), "his" | "her" | "their" | "the" | "its");
                matches!(low(j), "injuries" | "wounds") && !others
            }
            _ => continue,
        };
        return cared;
    }
    false
}

/// Every status phrase in `toks`, left to right, longest first where they overlap.
pub fn find(lex: &Lexicon, toks: &[Tok]) -> Vec<Hit> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        // only triggers that can start with this word can match here
        // the class turns most words away without a lookup
        let start = if t.is_word() && t.has(class::TRIGGER_START) {
            lex.triggers_by_start.get(t.low)
        } else {
            None
        };
        let candidates = match start {
            Some(c) => c,
            _ => {
                i += 1;
                continue;
            }
        };
        let mut best: Option<Hit> = None;
        for trig in candidates.iter().filter_map(|&n| lex.triggers.get(n)) {
            if let Some(end) = match_at(lex, trig, toks, i) {
                if best.is_none_or(|b| end > b.end) {
                    best = Some(Hit {
                        start: i,
                        end,
                        status: trig.status,
                        voice: trig.voice,
                    });
                }
            }
        }
        // "shot back", "shot up the charts", "shot into the air": no one was hit
        if let Some(h) = best {
            let next = toks.get(h.end).map_or("", |t| t.low);
            if h.end == i + 1
                && t.low == "shot"
                && matches!(
                    next,
                    "back" | "up" | "to" | "into" | "through" | "across" | "past" | "at"
                )
            {
                best = None;
            }
        }
        // "injuries from the blast have risen to 87": a plain noun is a toll only when a verb
        // of change or standing leads to its number ("injuries to two pilots" is none)
        if let Some(h) = best.filter(|h| h.voice == Voice::Risen) {
            best = risen_to(toks, h.end).then_some(Hit {
                voice: Voice::Toll,
                ..h
            });
        }
        // "nine remain in hospital", "four are still trapped" (never "died in hospital",
        // "were trapped in the lift"); a stay for a purpose or in a role is no patient's
        // ("nine doctors remained in the hospital to treat the wounded")
        if let Some(h) = best.filter(|h| h.voice == Voice::Stay) {
            let after_stay =
                i > 0 && matches!(toks[i - 1].low, "still" | "remain" | "remains" | "remained");
            let next = toks.get(h.end).map_or("", |t| t.low);
            // trapped under rubble or in a shaft, not on a mountain by a siege
            let trapped_where = toks[h.end - 1].low != "trapped"
                || toks.get(h.end).is_none_or(|t| !t.is_word())
                || matches!(
                    next,
                    "under" | "underground" | "beneath" | "below" | "inside" | "in" | "and"
                );
            let purpose = matches!(next, "to" | "as" | "where" | "working");
            best = (after_stay && trapped_where && !purpose).then_some(Hit {
                voice: Voice::Pred,
                ..h
            });
        }
        // "sending four people to the hospital", "left two guards with injuries" (never
        // "sent two nurses to the hospital", "left the house with a bag")
        if let Some(h) = best.filter(|h| h.voice == Voice::Sends) {
            let leaving = matches!(toks[h.start].low, "leaving" | "left" | "leaves");
            best = sent_for_care(lex, toks, h.end, leaving).then_some(Hit {
                voice: Voice::Active,
                ..h
            });
        }
        // "two hikers have not returned" (never "officials have not returned calls")
        if let Some(h) = best.filter(|h| h.status == Status::Missing) {
            let perfect = i > 0 && matches!(toks[i - 1].low, "have" | "has" | "had");
            // "the pilot never returned home" (not "he never returned to the club")
            let never_home =
                toks[i].low == "never" && toks.get(h.end).is_some_and(|t| t.low == "home");
            if toks[h.end - 1].low == "returned"
                && !(perfect && closes_clause(toks, h.end) || never_home)
            {
                best = None;
            }
        }
        // "is fighting for his life after contracting a virus", "who contracted the virus is
        // in critical condition": a condition from an illness (`illness_words.txt`)
        if let Some(h) = best.filter(|h| h.status == Status::Injured && h.voice == Voice::Pred) {
            let stop = |t: &&Tok| !(t.is_punct('.') || t.is_punct(';'));
            let ill = toks[h.end..]
                .iter()
                .take(12)
                .take_while(stop)
                .chain(toks[..h.start].iter().rev().take(16).take_while(stop))
                .any(|t| lex.illness.contains(t.low));
            if ill {
                best = None;
            }
        }
        match best {
            Some(h) => {
                out.push(h);
                i = h.end;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::casualties::lexicon::LEX;
    use crate::casualties::tokens::tokenize;

    fn hits(s: &str) -> Vec<(Status, Voice, usize)> {
        let t = tokenize(s);
        find(&LEX, &t.toks(&LEX))
            .into_iter()
            .map(|h| (h.status, h.voice, h.end - h.start))
            .collect()
    }

    #[test]
    fn injuries_described_by_a_run_of_words() {
        assert_eq!(
            hits("two suffered non-life threatening injuries"),
            [(Status::Injured, Voice::Pred, 4)]
        );
        assert_eq!(
            hits("he sustained severe facial and leg injuries"),
            [(Status::Injured, Voice::Pred, 6)]
        );
        assert_eq!(
            hits("she suffered a serious head injury"),
            [(Status::Injured, Voice::Pred, 5)]
        );
        assert_eq!(
            hits("he suffered fatal gunshot wounds"),
            [(Status::Killed, Voice::Pred, 4)]
        );
        // a sports injury's knee is no word of the run
        assert!(hits("he suffered a knee injury").is_empty());
    }

    #[test]
    fn longest_phrase_wins() {
        assert_eq!(hits("he was shot dead"), [(Status::Killed, Voice::Verb, 2)]);
        assert_eq!(
            hits("was shot in the leg"),
            [(Status::Injured, Voice::Verb, 1)]
        );
        assert_eq!(
            hits("two are in a serious condition"),
            [(Status::Injured, Voice::Pred, 4)]
        );
        assert_eq!(
            hits("three suffered broken legs"),
            [(Status::Injured, Voice::Pred, 3)]
        );
        assert_eq!(
            hits("eleven suffered smoke inhalation"),
            [(Status::Injured, Voice::Pred, 3)]
        );
        assert_eq!(
            hits("three in critical condition"),
            [(Status::Injured, Voice::Pred, 3)]
        );
        assert_eq!(
            hits("the death toll rose"),
            [(Status::Killed, Voice::Toll, 2)]
        );
        assert_eq!(
            hits("before killing herself"),
            [(Status::Killed, Voice::SelfKill, 2)]
        );
        assert_eq!(
            hits("who is presumed dead"),
            [(Status::Missing, Voice::Presumed, 2)]
        );
        assert_eq!(
            hits("were unaccounted for"),
            [(Status::Missing, Voice::Pred, 2)]
        );
        assert_eq!(
            hits("was being treated for shrapnel injuries"),
            [(Status::Injured, Voice::Pred, 5)]
        );
        assert_eq!(
            hits("they lost their lives"),
            [(Status::Killed, Voice::Pred, 3)]
        );
        assert_eq!(
            hits("a hiker plunged about 90 feet ( 27 metres ) to his death"),
            [(Status::Killed, Voice::Pred, 11)]
        );
    }

    #[test]
    fn plain_nouns_are_tolls_only_through_a_verb_of_change() {
        assert_eq!(
            hits("injuries from the blast have risen to 87"),
            [(Status::Injured, Voice::Toll, 1)]
        );
        assert_eq!(
            hits("deaths in the heatwave stood at 40"),
            [(Status::Killed, Voice::Toll, 1)]
        );
        assert!(hits("minor injuries to two pilots").is_empty());
        assert!(hits("there were four deaths and 35 injuries").is_empty());
    }

    #[test]
    fn states_read_only_after_still_or_remain() {
        assert_eq!(
            hits("nine miners remain in hospital"),
            [(Status::Injured, Voice::Pred, 2)]
        );
        assert_eq!(
            hits("four more are still trapped underground"),
            [(Status::Missing, Voice::Pred, 1)]
        );
        assert_eq!(
            hits("he died in hospital"),
            [(Status::Killed, Voice::Pred, 1)]
        );
        assert!(hits("four were trapped in the lift").is_empty());
        assert!(hits("3,000 civilians remain trapped on the mountain").is_empty());
        assert!(hits("nine doctors remained in the hospital to treat them").is_empty());
    }

    #[test]
    fn not_returned_is_missing_only_when_it_ends_the_clause() {
        assert_eq!(
            hits("two hikers have not returned"),
            [(Status::Missing, Voice::Pred, 2)]
        );
        assert_eq!(
            hits("two hikers have not returned from the ridge"),
            [(Status::Missing, Voice::Pred, 2)]
        );
        assert!(hits("officials have not returned calls").is_empty());
        assert!(!hits("the pilot never returned home from the flight").is_empty());
        assert!(hits("the coach never returned to the club").is_empty());
        assert!(hits("the ballots were not returned").is_empty());
    }

    #[test]
    fn sent_to_hospital_or_left_with_injuries_is_an_active_verb() {
        assert_eq!(
            hits("sending four people to the hospital"),
            [(Status::Injured, Voice::Active, 1)]
        );
        assert_eq!(
            hits("put three in hospital"),
            [(Status::Injured, Voice::Active, 1)]
        );
        assert_eq!(
            hits("left two guards with serious head injuries"),
            [(Status::Injured, Voice::Active, 1)]
        );
        assert!(hits("sent two nurses to the hospital").is_empty());
        assert!(hits("left the house with a bag").is_empty());
        assert!(hits("sent four people to the capital").is_empty());
        assert!(hits("put three players with injuries on the bench").is_empty());
        assert!(hits("left the club with injuries to three defenders").is_empty());
        assert_eq!(
            hits("left two guards with injuries to their hands"),
            [(Status::Injured, Voice::Active, 1)]
        );
    }
}
