//! Casualties that are told, not suffered in the report's event: the subject of a work (`the
//! film depicts the 1912 sinking that killed ...`), the parts actors play in a drill
//! (`volunteers played 40 injured passengers`), and a past disaster dated by its year or decade
//! (`a 1950s mining disaster that killed 62 men`).

use std::sync::LazyLock;

use rustc_hash::FxHashSet as HashSet;

use super::context::is_year;
use super::lexicon::class;
use super::tokens::{Kind, Tok};

/// Whether the sentence tells of casualties in a work, a drill or a dated past disaster.
pub fn depicted(toks: &[Tok], early: bool) -> bool {
    work_depicts(toks) || staged(toks) || dated_disaster(toks, early)
}

/// A work that can tell of a disaster: `film`, `documentary`, `novel`, `exhibition`.
fn work_noun(w: &str) -> bool {
    matches!(
        w,
        "film"
            | "films"
            | "movie"
            | "movies"
            | "documentary"
            | "docudrama"
            | "drama"
            | "novel"
            | "book"
            | "play"
            | "musical"
            | "opera"
            | "series"
            | "miniseries"
            | "episode"
            | "exhibition"
            | "exhibit"
            | "biopic"
            | "memoir"
            | "podcast"
    )
}

/// Verbs by which a work tells of what it is about.
fn depicts(w: &str) -> bool {
    matches!(
        w,
        "depicts"
            | "depicted"
            | "portrays"
            | "portrayed"
            | "dramatises"
            | "dramatizes"
            | "dramatised"
            | "dramatized"
            | "recounts"
            | "recounted"
            | "retells"
            | "chronicles"
            | "chronicled"
            | "follows"
            | "followed"
            | "recreates"
            | "re-creates"
            | "revisits"
            | "explores"
            | "tells"
            | "told"
    )
}

/// `the film depicts ...`, `a new documentary recounts ...`, `the novel is about ...`,
/// `the play is based on ...`: a work as the subject of a verb that tells its story. The work
/// must be the clause's subject (a verb right after it), so `a reporter making a documentary
/// about the war was killed` is still this event.
fn work_depicts(toks: &[Tok]) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        if !work_noun(t.low) {
            return false;
        }
        let low = |k: usize| toks.get(k).map_or("", |t| t.low);
        let next = low(i + 1);
        if depicts(next) {
            return true;
        }
        // `is about`, `was based on`, `is set during`, `centres on`
        let copula = matches!(next, "is" | "was" | "are" | "were");
        let then = low(i + 2);
        copula && matches!(then, "about" | "based" | "set" | "inspired")
            || matches!(next, "based" | "inspired") && matches!(then, "on" | "by")
            || matches!(next, "centres" | "centers" | "centred" | "centered") && then == "on"
    })
}

/// A drill's actors: `in the emergency drill, volunteers played 40 injured passengers`,
/// `cadets posed as wounded shoppers`. The part played must be casualties (a count or a
/// casualty word right after the verb), so `a man playing a knight in a re-enactment was
/// killed` is still a death.
fn staged(toks: &[Tok]) -> bool {
    let drill = toks.iter().any(|t| {
        matches!(
            t.low,
            "drill" | "drills" | "simulation" | "rehearsal" | "re-enactment" | "reenactment"
        )
    });
    drill
        && toks.iter().enumerate().any(|(i, t)| {
            let acts = matches!(
                t.low,
                "played"
                    | "playing"
                    | "acted"
                    | "acting"
                    | "posed"
                    | "posing"
                    | "pretended"
                    | "pretending"
                    | "simulated"
                    | "simulating"
                    | "portrayed"
                    | "portraying"
            );
            acts && toks[i + 1..]
                .iter()
                .find(|n| {
                    !matches!(
                        n.low,
                        "as" | "the" | "role" | "roles" | "part" | "parts" | "of" | "to" | "be"
                    )
                })
                .is_some_and(|n| {
                    matches!(n.kind, Kind::Num { .. })
                        || n.has(class::NUMBER | class::NUMBER_HEAD)
                        || matches!(
                            n.low,
                            "injured" | "wounded" | "dead" | "casualties" | "victims" | "bodies"
                        )
                })
        })
}

/// A disaster with a year or a decade before it: `a 1950s mining disaster`, `the 1912
/// sinking`, `the 2004 indian ocean tsunami`. A decade always dates history; a year does so
/// after the article's opening, where the report's own event is told, or after `since the`.
fn dated_disaster(toks: &[Tok], early: bool) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        // `the worst since the 2009 blaze` compares with history even in the opening
        let since =
            || i >= 2 && toks[i - 2].low == "since" && matches!(toks[i - 1].low, "the" | "a");
        // `revived memories of the 1967 disaster`, `recalling the 1999 blaze`: recalled
        let recalled = || {
            i >= 2
                && matches!(toks[i - 1].low, "the" | "a")
                && toks[i.saturating_sub(4)..i - 1]
                    .iter()
                    .any(|p| RECALLS.contains(p.low))
        };
        let dates = decade(t.low) || (is_year(t) && (!early || since() || recalled()));
        dates
            && toks
                .iter()
                .skip(i + 1)
                .take(4)
                .take_while(|n| n.is_word())
                .any(|n| n.has(class::EVENT) || disaster(n.low))
    })
}

/// Words by which a report recalls an earlier event (`memories of the`, `recalled the`).
static RECALLS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/casualties/recall_words.txt")).collect()
});

/// `1950s`, `1930's`.
fn decade(w: &str) -> bool {
    let digits = w.strip_suffix("'s").or_else(|| w.strip_suffix('s'));
    digits.is_some_and(|d| {
        d.len() == 4
            && d.ends_with('0')
            && (d.starts_with("19") || d.starts_with("18") || d.starts_with("20"))
            && d.bytes().all(|c| c.is_ascii_digit())
    })
}

/// Nouns naming a disaster, as a year dates them, beside the event nouns of the word lists
/// (`class::EVENT`: `attack`, `shooting`). Not wars (`a veteran of the 1990s balkan wars shot
/// dead 13 people` is this event).
fn disaster(w: &str) -> bool {
    matches!(
        w,
        "disaster"
            | "earthquake"
            | "quake"
            | "crash"
            | "disasters"
            | "tragedy"
            | "sinking"
            | "shipwreck"
            | "collapse"
            | "derailment"
            | "eruption"
            | "tsunami"
            | "famine"
            | "epidemic"
            | "pandemic"
            | "outbreak"
            | "fire"
            | "blaze"
            | "flood"
            | "floods"
            | "flooding"
            | "hurricane"
            | "typhoon"
            | "cyclone"
            | "tornado"
            | "storm"
            | "landslide"
            | "avalanche"
            | "explosion"
            | "blast"
            | "accident"
            | "genocide"
            | "riot"
            | "riots"
            | "siege"
            | "stampede"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::casualties::lexicon::LEX;
    use crate::casualties::tokens::tokenize;

    fn told(s: &str, early: bool) -> bool {
        depicted(&tokenize(s).toks(&LEX), early)
    }

    #[test]
    fn works_and_their_subjects() {
        for s in [
            "The documentary recounts a 1987 ferry sinking that killed 193 people.",
            "the new novel is about a flood that drowned 40 villagers .",
            "A stage play based on the fire, which killed 12, opens next week.",
            "The film centres on a pit explosion that killed 31 miners.",
        ] {
            assert!(told(s, true), "{s}");
        }
        for s in [
            "A reporter making a documentary about the war was killed on Friday.",
            "Four people died when the film studio caught fire.",
        ] {
            assert!(!told(s, true), "{s}");
        }
    }

    #[test]
    fn drills_with_actors() {
        assert!(told(
            "During the evacuation drill, students posed as thirty injured commuters.",
            true
        ));
        assert!(!told(
            "Two soldiers were killed during a training drill on Tuesday.",
            true
        ));
        assert!(!told(
            "A man playing a knight in a re-enactment was killed by his own lance.",
            true
        ));
    }

    #[test]
    fn disasters_dated_by_year_or_decade() {
        assert!(told(
            "a 1960s dam collapse that killed 300 people is still remembered .",
            true
        ));
        assert!(told(
            "It recalled the 2009 mine explosion that killed 29 workers.",
            false
        ));
        // in the opening, a year may date the report's own event
        assert!(!told(
            "The 2021 mine explosion killed 29 workers, an inquiry found.",
            true
        ));
        assert!(!told("In the 1990s, three people were hurt here.", true));
        // in the opening too, a year after words of recall dates history
        assert!(told(
            "the flood revived memories of the 1953 storm , when 300 people drowned .",
            true
        ));
        assert!(told(
            "The fire recalled the 1987 blaze at the depot that left 31 dead.",
            true
        ));
    }
}
