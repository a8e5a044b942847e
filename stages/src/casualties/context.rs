//! Sentences about another event (an earlier attack, a shooting elsewhere last year) and
//! negated or averted outcomes (`almost was killed`, `no one was hurt`).

use super::lexicon::{class, is_preposition};
use super::tokens::{Kind, Tok};

pub(super) fn is_year(t: &Tok) -> bool {
    matches!(t.kind, Kind::Num { value, whole: true } if (1900.0..=2100.0).contains(&value) && !t.low.contains(','))
        || year_range(t.low)
}

/// `2008-9`, `2008-2009`, `2014-15`.
fn year_range(w: &str) -> bool {
    // Asked of every token: most are told apart by their first byte and length alone
    // (four digits from 19 or 20, a hyphen, at least one digit).
    if w.len() < 6 || !matches!(w.as_bytes().first(), Some(b'1' | b'2')) {
        return false;
    }
    let Some((a, b)) = w.split_once('-') else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    digits(a)
        && digits(b)
        && a.len() == 4
        && b.len() <= 4
        && (a.starts_with("19") || a.starts_with("20"))
}

/// Where a sentence stands in its article, for [`other_event`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Opening {
    /// One of the article's first two sentences, which set the scene.
    First,
    /// Later, but no sentence before it has told of casualties: in bulk text, captions,
    /// datelines and page furniture come before the first sentence of the story.
    Untold,
    /// After a sentence that told of casualties.
    Later,
}

/// Whether the sentence tells of an event other than the article's own. The first sentences
/// of an article, and the first to tell of casualties, open its own event: a full date or
/// `in a shooting at ...` is no other event there; `in November 1963`, like `in 1963`, is
/// history after the first two sentences wherever it stands.
pub fn other_event(toks: &[Tok], opening: Opening) -> bool {
    // (most sentences tell no other event: the quiet asides are looked for only when the
    // sentence would be one)
    other_event_outside(toks, opening, None)
        && match quiet_asides(toks) {
            None => true,
            Some(aside) => other_event_outside(toks, opening, Some(&aside)),
        }
}

/// [`other_event`], leaving out the tokens marked in `aside`.
fn other_event_outside(toks: &[Tok], opening: Opening, aside: Option<&[bool]>) -> bool {
    let early = opening != Opening::Later;
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    for (i, t) in toks.iter().enumerate() {
        if aside.is_some_and(|a| a[i]) {
            continue;
        }
        let prev = if i > 0 { low(i - 1) } else { "" };
        // (the year's two tests, asked of a year only)
        if is_year(t) {
            // "in 2001", "in October 2017", "In June," (a cumulative "since July 8" is this
            // event)
            let in_part_of =
                matches!(prev, "late" | "early" | "mid") && i > 1 && low(i - 2) == "in";
            // ("missing since 2007" is a state that lasts to the report's day)
            let still_missing = prev == "since" && i > 1 && matches!(low(i - 2), "missing" | "for");
            if matches!(prev, "in" | "of" | "since") && !still_missing || in_part_of {
                return true;
            }
            // "on July 7th 2005", "March 3, 2011": a full date is history
            let dated = (1..=3).any(|k| i >= k && toks[i - k].has(class::MONTH));
            if dated && !early {
                return true;
            }
        }
        // "in November 1963" is history like "in 1963", also before casualties are told
        if t.has(class::MONTH)
            && prev == "in"
            && opening == Opening::Untold
            && toks.get(i + 1).is_some_and(is_year)
        {
            return true;
        }
        if t.has(class::MONTH) && prev != "since" && !early {
            let next = toks.get(i + 1);
            let year_next = next.is_some_and(is_year);
            let in_month = prev == "in" && next.is_none_or(|n| n.is_punct(',') || is_year(n));
            // "May" is also a name: "May 3" is left alone
            // a bare "July 31" may date this event's own reports; with a year it is history
            if year_next || in_month {
                return true;
            }
        }
        // "11 months after", "a year ago", "decades earlier", "last year"; not "two weeks
        // ago", which counts back to the news a follow-up report is about (as "last week")
        let after = low(i + 1);
        if (matches!(t.low, "months" | "month")
            || long_time(t.low)
            || t.low == "weeks" && after != "ago")
            && matches!(after, "after" | "ago" | "earlier" | "before")
        {
            return true;
        }
        // ("died last week" is the news of the week, this event)
        if matches!(prev, "last" | "previous") && (t.low == "month" || long_time(t.low)) {
            return true;
        }
        // a rate, not an event: "each year", "a year", "annually", "one every 90 million
        // miles" ("every one of them" counts people)
        if (matches!(prev, "each" | "every" | "per" | "a") && t.low == "year")
            || matches!(t.low, "annually" | "yearly")
            || (prev == "every" && matches!(t.kind, Kind::Num { .. }) && t.low != "one")
        {
            return true;
        }
        // "two other shootings", "another shooting"
        // "the World War II bombing"
        if t.low == "war" && prev == "world" {
            return true;
        }
        let before_modifier = if i > 1 && toks[i - 1].is_word() {
            low(i - 2)
        } else {
            ""
        };
        // ("in a separate attack", "in three separate shootings" are more incidents of the
        // report's own days, told beside its main one: a date or a year still makes them
        // history)
        let earlier = |w: &str| {
            matches!(
                w,
                "other" | "another" | "previous" | "earlier" | "last" | "past"
            )
        };
        // ("last night's attack", "last weekend's quake" are this week's news, not history)
        let recent = i > 0 && recent_possessive(prev);
        // "yet another shooting", "yet another deadly attack": the report's own event, one
        // more of a series (not a wider one: "yet another war of words")
        let yet = |at: usize| at >= 1 && low(at) == "another" && low(at - 1) == "yet";
        let series = t.has(class::EVENT)
            && ((i >= 1 && yet(i - 1)) || (i >= 2 && !before_modifier.is_empty() && yet(i - 2)));
        if series {
            continue;
        }
        if (earlier(prev) || earlier(before_modifier) && !recent)
            && (t.has(class::EVENT) || wide_event(t.low))
        {
            return true;
        }
        // later in an article, "in a shooting at ..." introduces a new event
        if !early
            && matches!(t.low, "a" | "an")
            && (i == 0 || is_preposition(prev) || prev == "during")
        {
            for k in 1..=3 {
                match toks.get(i + k) {
                    Some(n) if n.has(class::EVENT) => return true,
                    Some(n) if n.is_word() => continue,
                    _ => break,
                }
            }
        }
    }
    // a work's subject, a drill's actors, a disaster dated by its year or decade
    super::depicted::depicted(toks, early)
}

/// Tokens inside a `who` clause in commas that tells no casualty and no event (`the
/// gunman, who turned 40 last month, shot …`, `…, who moved there in 2009, was killed`): a
/// time it gives dates the person's life, not the casualty told outside it. `None` when the
/// sentence has no such clause (most sentences).
fn quiet_asides(toks: &[Tok]) -> Option<Vec<bool>> {
    let mut marks: Option<Vec<bool>> = None;
    for k in 0..toks.len() {
        // (a person's clause only: `the flight, which crashed in 2009, killing all 228` is
        // the event's own date)
        let opens = toks[k].is_punct(',') && toks.get(k + 1).is_some_and(|n| n.low == "who");
        if !opens {
            continue;
        }
        let Some(close) =
            (k + 2..toks.len().min(k + 16)).find(|&c| matches!(toks[c].kind, Kind::Punct(_)))
        else {
            continue;
        };
        let quiet = toks[close].is_punct(',')
            && toks[k + 2..close]
                .iter()
                .all(|t| !t.has(class::EVENT | class::KILL_VERB) && !casualty_word(t.low));
        if quiet {
            let m = marks.get_or_insert_with(|| vec![false; toks.len()]);
            m[k + 1..close].fill(true);
        }
    }
    marks
}

/// Words that tell a casualty by themselves (beside the killing verbs of `kill_verbs.txt`
/// and the event nouns): a clause holding one is no quiet aside.
pub(super) fn casualty_word(w: &str) -> bool {
    matches!(
        w,
        "died"
            | "dead"
            | "death"
            | "deaths"
            | "injured"
            | "wounded"
            | "hurt"
            | "missing"
            | "slain"
            | "drowned"
            | "body"
            | "bodies"
            | "victim"
            | "victims"
            | "succumbed"
            | "perished"
            | "lost"
            | "losing"
            | "murder"
            | "crashed"
            | "attacked"
            | "exploded"
            | "sank"
            | "fired"
    )
}

/// A possessive of a span of days (`night's`, `week's`, `weekend's`): after `last`, it dates
/// the news of the report's own days (`last night's attack`), not history.
fn recent_possessive(w: &str) -> bool {
    let stem = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or("");
    matches!(stem, "night" | "week" | "weekend" | "evening" | "morning")
}

/// Spans of time that, counted back from the report, reach past its event: `years ago`,
/// `a century ago`, `the last decade`.
fn long_time(w: &str) -> bool {
    matches!(
        w,
        "year" | "years" | "decade" | "decades" | "century" | "centuries"
    )
}

/// Events wider than an attack, which an article names when it recalls an earlier one:
/// `the last war`, `a previous earthquake`.
fn wide_event(w: &str) -> bool {
    matches!(
        w,
        "war" | "wars" | "conflict" | "offensive" | "uprising" | "earthquake" | "quake" | "crash"
    )
}

/// Whether a sentence names an event or a time of its own (`in the attack`, `on Friday`,
/// `today`), so that it need not continue the sentence before it.
pub fn anchored(toks: &[Tok]) -> bool {
    toks.iter().any(|t| {
        t.has(class::EVENT | class::WEEKDAY | class::MONTH | class::PERPETRATOR)
            || wide_event(t.low)
            || matches!(
                t.low,
                "today"
                    | "yesterday"
                    | "tonight"
                    | "overnight"
                    | "this"
                    | "latest"
                    | "now"
                    | "identified"
                    | "named"
            )
    })
}

/// Whether the status phrase at `start` is denied or averted by the words just before it.
pub fn negated(toks: &[Tok], start: usize, subject_from: usize) -> bool {
    let from = subject_from.min(start).saturating_sub(2);
    // "nearly 40 were hurt": before a number, `nearly` hedges the count, denying nothing
    let hedge = |k: usize| {
        toks.get(k + 1)
            .is_some_and(|n| matches!(n.kind, Kind::Num { .. }) || n.has(class::NUMBER_HEAD))
    };
    // "the suspect, who was not named, was killed": a relative clause closed before the
    // status denies nothing of it.
    let mut in_clause = vec![false; start.saturating_sub(from)];
    let mut k = from;
    while k < start {
        let opens = toks[k].is_punct(',')
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.low, "who" | "which"));
        if let Some(close) = (k + 1..start)
            .find(|&c| toks[c].is_punct(','))
            .filter(|_| opens)
        {
            for c in k..close {
                in_clause[c - from] = true;
            }
            k = close;
        }
        k += 1;
    }
    (from..start).any(|k| {
        let t = &toks[k];
        if in_clause[k - from] {
            return false;
        }
        matches!(t.low, "almost" | "nearly") && !hedge(k)
            || matches!(
                t.low,
                "narrowly"
                    | "not"
                    | "no"
                    | "never"
                    | "none"
                    | "nobody"
                    | "n't"
                    | "without"
                    | "escaped"
            )
    }) || toks
        .get(start.wrapping_sub(1))
        .is_some_and(|t| t.low.ends_with("n't"))
}

/// Whether the status phrase at `start` is denied for everyone, with nothing between the
/// denial and the status (`nobody was injured`, `no one has been hurt`, `none were killed`);
/// `no one else was hurt` and `nobody was seriously injured` deny less than that.
pub fn denied_for_all(toks: &[Tok], start: usize) -> bool {
    let mut k = start;
    while k > 0
        && matches!(
            toks[k - 1].low,
            "was" | "were" | "is" | "are" | "been" | "has" | "have" | "had" | "got"
        )
    {
        k -= 1;
    }
    if k == start || k == 0 {
        return false;
    }
    match toks[k - 1].low {
        "nobody" | "none" => true,
        "one" => k >= 2 && toks[k - 2].low == "no",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::casualties::lexicon::LEX;
    use crate::casualties::tokens::tokenize;

    fn other(s: &str) -> bool {
        other_event(&tokenize(s).toks(&LEX), Opening::Later)
    }

    #[test]
    fn a_status_denied_for_everyone() {
        let denied = |s: &str| {
            let tokens = tokenize(s);
            let toks = tokens.toks(&LEX);
            let last = s.trim_end_matches('.').rsplit(' ').next().unwrap_or("");
            let at = toks.iter().position(|t| t.low == last).unwrap_or(0);
            denied_for_all(&toks, at)
        };
        for s in [
            "But nobody was injured.",
            "No one has been hurt.",
            "None were killed.",
        ] {
            assert!(denied(s), "{s}");
        }
        for s in [
            "No one else was hurt.",
            "Nobody was seriously injured.",
            "Three were injured.",
        ] {
            assert!(!denied(s), "{s}");
        }
    }

    #[test]
    fn yet_another_is_this_event() {
        assert!(!other(
            "Five died, leaving the city to mourn yet another mass shooting."
        ));
        assert!(!other(
            "A bomb killed 14 in yet another attack on the police."
        ));
        assert!(other("Another attack on the same street killed 40 people."));
        assert!(other(
            "He joked about killing her, in yet another war of words."
        ));
    }

    #[test]
    fn other_events() {
        assert!(other("A singer was shot dead in 1998 near here."));
        assert!(other("In April, a man stabbed two guards at a mall."));
        assert!(other(
            "It came two years after a gunman killed five people nearby."
        ));
        assert!(other(
            "Two people were wounded in a shooting at a bar on Sept. 3."
        ));
        assert!(other("Two workers were hurt there in March 2015."));
        assert!(!other("The toll has risen to 30 since March 3."));
        assert!(other("Malaria kills 400 people each year in the region."));
        assert!(other(
            "He took over after the death of his uncle in late 2009."
        ));
        assert!(other("The last war there killed 900 people."));
        assert!(other("A siege decades ago killed 40 defenders."));
        assert!(other("Floods in the last decade killed 200 people."));
        assert!(other("One rider is killed every 50 million miles."));
        assert!(!other("Every one of the 12 miners was killed."));
        assert!(other("The last Balkan war killed 900 people."));
        assert!(!other("Last week's attack killed 19 people."));
        assert!(!other("The toll from last night's shooting rose to 9."));
        assert!(other("Last year's attack killed 40 people."));
        // a time in a relative clause that tells no casualty dates the person, not the event
        assert!(!other(
            "The gunman, who turned 40 last month, shot and killed two people."
        ));
        assert!(!other(
            "the gunman , who moved to the city in 2009 , shot and killed two people ."
        ));
        assert!(other(
            "The gunman, who killed two people last month, was sentenced on Friday."
        ));
        assert!(other(
            "The gunman, who turned 40, killed two people last year."
        ));
        assert!(other(
            "The flight, which crashed in 2009 on its way to Lyon, killed all 90 people aboard."
        ));
        assert!(other(
            "The actor, who lost his wife to cancer in 1991, said he was moved."
        ));
        assert!(other(
            "The pilot, who crashed in 2009 on his way to Lyon, killed all 90 people aboard."
        ));
        // a disappearance that lasts since a year is no history
        assert!(!other(
            "Investigators believe the captors of Ray Dunn, missing since 2009, are in the hills."
        ));
        assert!(!other("Two sailors have been unaccounted for since 2015."));
        assert!(other("Two sailors were killed there since 2015."));
        assert!(other(
            "Forty people died there on May 4th 2009, officials recalled."
        ));
        assert!(other("It was the worst since the war of 1998-9."));
        assert!(!anchored(&tokenize("Twelve soldiers died.").toks(&LEX)));
        assert!(anchored(
            &tokenize("Twelve soldiers died on Friday.").toks(&LEX)
        ));
        assert!(!other("Theresa May said 40 people were injured."));
        assert!(!other("Four people were killed in the attack on Sunday."));
        assert!(!other_event(
            &tokenize("Two died in a shooting at a mall on Friday.").toks(&LEX),
            Opening::First
        ));
        assert!(!other_event(
            &tokenize("Two died in a shooting at a mall on Friday.").toks(&LEX),
            Opening::Untold
        ));
        assert!(other_event(
            &tokenize("He shot himself in a bunker in April 1945.").toks(&LEX),
            Opening::Untold
        ));
    }

    #[test]
    fn negation() {
        let t = tokenize("He almost was killed by the wave");
        assert!(negated(&t.toks(&LEX), 3, 0));
        let t = tokenize("No one was hurt");
        assert!(negated(&t.toks(&LEX), 3, 2));
        let t = tokenize("Two were hurt");
        assert!(!negated(&t.toks(&LEX), 2, 0));
        // a relative clause closed before the status denies nothing of it
        let t = tokenize("The man , who was not named , was killed");
        assert!(!negated(&t.toks(&LEX), 9, 0));
        let t = tokenize("The man , who was not named , was not killed");
        assert!(negated(&t.toks(&LEX), 10, 0));
    }
}
