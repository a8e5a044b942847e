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
}
