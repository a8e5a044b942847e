//! The event frame of a casualty sentence: whether the casualties it tells are the story's
//! event or not (another event, history, a statistic, a claim). A small explicit model: each
//! named [`Feature`] the sentence shows adds its weight from `event_frame.tsv`, and a
//! sentence whose weights reach the file's threshold tells no casualty of the story. The older
//! tests of `context::other_event` are one feature (`dated_history`); the others are read here.
//! A hypothetical outcome (`could have been killed`) is read per status phrase by
//! [`irrealis`]. No feature reads capital letters.

use std::sync::LazyLock;

use super::context::{self, is_year, Opening};
use super::lexicon::{class, is_preposition};
use super::tokens::{Kind, Tok};

/// The features of the frame, in the order of their weights.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Feature {
    DatedHistory,
    OldYear,
    YearSpan,
    Decade,
    Century,
    Era,
    LifeStage,
    Statistic,
    FalseReport,
    Rumour,
    Similar,
    Comparison,
}

impl Feature {
    const ALL: [Feature; 12] = [
        Feature::DatedHistory,
        Feature::OldYear,
        Feature::YearSpan,
        Feature::Decade,
        Feature::Century,
        Feature::Era,
        Feature::LifeStage,
        Feature::Statistic,
        Feature::FalseReport,
        Feature::Rumour,
        Feature::Similar,
        Feature::Comparison,
    ];

    fn name(self) -> &'static str {
        match self {
            Feature::DatedHistory => "dated_history",
            Feature::OldYear => "old_year",
            Feature::YearSpan => "year_span",
            Feature::Decade => "decade",
            Feature::Century => "century",
            Feature::Era => "era",
            Feature::LifeStage => "life_stage",
            Feature::Statistic => "statistic",
            Feature::FalseReport => "false_report",
            Feature::Rumour => "rumour",
            Feature::Similar => "similar",
            Feature::Comparison => "comparison",
        }
    }
}

/// The words the features below test a token for (numbers and words opening with a digit
/// aside): a token of none of them shows no feature, and the tokenizer marks them
/// ([`class::FRAME`]) so that the loop of [`features`] passes over the rest with one bit test.
pub const FRAME_WORDS: &[&str] = &[
    "century",
    "centuries",
    "holocaust",
    "nazis",
    "when",
    "per",
    "so",
    "statistics",
    "on",
    "person-years",
    "patient-years",
    "follow-up",
    "cause",
    "causes",
    "falsely",
    "false",
    "hoax",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "similar",
    "deadliest",
    "worst",
    "bloodiest",
];

/// The weights of `event_frame.tsv`, one per feature, and the threshold.
struct Weights {
    by_feature: [f32; Feature::ALL.len()],
    threshold: f32,
}

/// Reads `feature<TAB>weight<TAB>what` lines; a feature the file does not weigh weighs 0, and
/// a missing threshold is 1.
fn parse(src: &'static str) -> Weights {
    let mut w = Weights {
        by_feature: [0.0; Feature::ALL.len()],
        threshold: 1.0,
    };
    for line in crate::data::lines(src) {
        let mut cols = line.split('\t');
        let (Some(name), Some(value)) = (cols.next(), cols.next()) else {
            continue;
        };
        let Ok(value) = value.trim().parse::<f32>() else {
            continue;
        };
        if name == "threshold" {
            w.threshold = value;
        } else if let Some(k) = Feature::ALL.iter().position(|f| f.name() == name) {
            w.by_feature[k] = value;
        }
    }
    w
}

static WEIGHTS: LazyLock<Weights> =
    LazyLock::new(|| parse(include_str!("../../data/casualties/event_frame.tsv")));

/// Whether the sentence's casualties belong to another event, a past time, a statistic or a
/// claim: the weights of the features it shows reach the threshold.
pub fn other(toks: &[Tok], opening: Opening) -> bool {
    let w = &*WEIGHTS;
    let mut sum = 0.0;
    for f in features(toks, opening) {
        sum += w.by_feature[f as usize];
        if sum >= w.threshold {
            return true;
        }
    }
    false
}

/// The features a sentence shows, the cheap ones first (`dated_history` last, the older and
/// costlier tests of `context::other_event`).
pub fn features<'t>(toks: &'t [Tok<'t>], opening: Opening) -> impl Iterator<Item = Feature> + 't {
    let early = opening != Opening::Later;
    let mut found: Vec<Feature> = Vec::new();
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    let mut push = |f: Feature| {
        if !found.contains(&f) {
            found.push(f);
        }
    };
    let quiet = quiet_clauses(toks);
    for (i, t) in toks.iter().enumerate() {
        // (most tokens: no word of a feature, no number, no decade)
        let digit = t.low.as_bytes().first().is_some_and(u8::is_ascii_digit);
        if !digit && !t.has(class::FRAME) && !matches!(t.kind, Kind::Num { .. }) {
            continue;
        }
        let prev = if i > 0 { low(i - 1) } else { "" };
        let next = low(i + 1);
        // (a time inside a relative clause that tells no casualty dates a place or a
        // person: `the church, which burned down in the 1820s`)
        if quiet.as_ref().is_some_and(|q| q[i]) {
            continue;
        }
        if old_year(t) && matches!(prev, "in" | "since" | "by" | "until" | "from" | "between") {
            let closes = toks
                .get(i + 1)
                .is_none_or(|n| !n.is_word() || is_preposition(n.low) || n.low == "when");
            if closes {
                push(Feature::OldYear);
            }
        }
        if (is_year(t) || old_year(t)) && matches!(prev, "between" | "from") {
            let joined = matches!(next, "and" | "to" | "until");
            if joined && toks.get(i + 2).is_some_and(|n| is_year(n) || old_year(n)) {
                push(Feature::YearSpan);
            }
        }
        if decade(t.low) && !early {
            let before = if matches!(prev, "late" | "early" | "mid") && i > 1 {
                low(i - 2)
            } else {
                prev
            };
            if matches!(before, "the" | "in" | "during") {
                push(Feature::Decade);
            }
        }
        if matches!(t.low, "century" | "centuries") && ordinal_or_last(prev) {
            push(Feature::Century);
        }
        if matches!(t.low, "holocaust" | "nazis") {
            push(Feature::Era);
        }
        if t.low == "when" && life_stage(toks, i) {
            push(Feature::LifeStage);
        }
        if statistic(toks, i) {
            push(Feature::Statistic);
        }
        let telling = |w: &str| {
            matches!(
                w,
                "claim"
                    | "claimed"
                    | "claiming"
                    | "report"
                    | "reported"
                    | "reporting"
                    | "reports"
                    | "said"
                    | "told"
                    | "stated"
                    | "claims"
            )
        };
        if t.low == "falsely" && (telling(next) || telling(low(i + 2)))
            || t.low == "false" && telling(next)
        {
            push(Feature::FalseReport);
        }
        if matches!(t.low, "hoax" | "rumour" | "rumours" | "rumor" | "rumors") {
            push(Feature::Rumour);
        }
        if t.low == "similar"
            && (1..=2).any(|k| {
                toks.get(i + k)
                    .is_some_and(|n| n.has(class::EVENT) || n.low == "incident")
            })
        {
            push(Feature::Similar);
        }
        if matches!(t.low, "deadliest" | "worst" | "bloodiest")
            && toks[i + 1..toks.len().min(i + 8)]
                .iter()
                .any(|n| n.low == "since")
        {
            push(Feature::Comparison);
        }
    }
    let mut dated = Some(Feature::DatedHistory);
    found.into_iter().chain(std::iter::from_fn(move || {
        dated.take().filter(|_| context::other_event(toks, opening))
    }))
}

/// Tokens inside a relative clause in commas (`, which ...,`, `, who ...,`, `, where ...,`)
/// that holds no casualty word: a time it gives dates a place or a person, not the casualty
/// told outside it. `None` when the sentence has none.
fn quiet_clauses(toks: &[Tok]) -> Option<Vec<bool>> {
    let mut marks: Option<Vec<bool>> = None;
    for k in 0..toks.len() {
        if !toks[k].is_punct(',') {
            continue;
        }
        // (a closing quotation mark may stand between: `the church nicknamed "NAME," which`)
        let quote = toks
            .get(k + 1)
            .is_some_and(|n| matches!(n.kind, Kind::Punct('"' | '\u{201d}' | '\u{201c}')));
        let w = if quote { k + 2 } else { k + 1 };
        let opens = toks
            .get(w)
            .is_some_and(|n| matches!(n.low, "which" | "who" | "where"));
        if !opens {
            continue;
        }
        let close = (w + 1..toks.len())
            .find(|&c| matches!(toks[c].kind, Kind::Punct(_)))
            .unwrap_or(toks.len());
        let quiet = toks[w + 1..close]
            .iter()
            .all(|t| !t.has(class::EVENT | class::KILL_VERB) && !context::casualty_word(t.low));
        if quiet {
            let m = marks.get_or_insert_with(|| vec![false; toks.len()]);
            m[w..close].fill(true);
        }
    }
    marks
}

/// A year before 1900 standing as a whole number (`1817`): `is_year` reads 1900-2100 only.
fn old_year(t: &Tok) -> bool {
    matches!(t.kind, Kind::Num { value, whole: true } if (1000.0..1900.0).contains(&value))
        && t.low.len() == 4
}

/// `1970s`, `1800s`, `1990's`.
fn decade(w: &str) -> bool {
    let w = w
        .strip_suffix("'s")
        .map_or_else(|| w.strip_suffix('s'), Some);
    w.is_some_and(|d| {
        d.len() == 4
            && d.ends_with('0')
            && d.bytes().all(|c| c.is_ascii_digit())
            && matches!(&d[..2], "17" | "18" | "19" | "20")
    })
}

/// `19th`, `nineteenth`, `last`, `previous` before `century`.
fn ordinal_or_last(w: &str) -> bool {
    matches!(w, "last" | "previous" | "past")
        || (w.len() >= 3
            && w != "21st"
            && w.as_bytes()[0].is_ascii_digit()
            && (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd")))
        || w.ends_with("teenth")
}

/// `when he was 15`, `when she was a child`, `when the groom was young`: a time of someone's
/// life, years before the report.
fn life_stage(toks: &[Tok], at: usize) -> bool {
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    (at + 2..=at + 4).any(|v| {
        matches!(low(v), "was" | "were")
            && toks[at + 1..v].iter().all(Tok::is_word)
            && match toks.get(v + 1) {
                Some(n) if matches!(n.kind, Kind::Num { .. }) => {
                    let after = low(v + 2);
                    toks.get(v + 2).is_none_or(|a| !a.is_word())
                        || matches!(after, "years" | "and" | "or")
                }
                Some(n) => {
                    matches!(n.low, "young" | "little" | "small")
                        || matches!(n.low, "a" | "an")
                            && matches!(
                                low(v + 2),
                                "child"
                                    | "boy"
                                    | "girl"
                                    | "baby"
                                    | "toddler"
                                    | "teenager"
                                    | "infant"
                            )
                }
                None => false,
            }
    })
}

/// Statistic markers at `i`: `per 100,000`, `per capita`, `so far this year`, `statistics`,
/// `on average`, `on the average day`; and the research markers of a study's deaths (a
/// cohort's `person-years`, a `mean follow-up`, `years of follow-up`, `the leading cause of
/// death`).
fn statistic(toks: &[Tok], i: usize) -> bool {
    let low = |k: usize| toks.get(k).map_or("", |t| t.low);
    let before = |k: usize| i.checked_sub(k).map_or("", |j| toks[j].low);
    match toks[i].low {
        "per" => {
            low(i + 1) == "capita"
                || toks
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.kind, Kind::Num { value, .. } if value >= 1000.0))
        }
        "so" => low(i + 1) == "far" && low(i + 2) == "this" && low(i + 3) == "year",
        "statistics" => true,
        // `on average`, `on the average day`, `on an average weekend`
        "on" => {
            low(i + 1) == "average"
                || matches!(low(i + 1), "the" | "an")
                    && low(i + 2) == "average"
                    && matches!(low(i + 3), "day" | "night" | "week" | "weekend" | "year")
        }
        "person-years" | "patient-years" => true,
        // `a mean follow-up of 20 years`, `years of follow-up` (not `a follow-up report`)
        "follow-up" => {
            matches!(before(1), "mean" | "median" | "average")
                || before(1) == "of" && matches!(before(2), "years" | "months")
        }
        // `the leading cause of death`, `the third-leading cause of death`
        "cause" | "causes" => {
            (before(1) == "leading" || before(1).ends_with("-leading"))
                && low(i + 1) == "of"
                && matches!(low(i + 2), "death" | "deaths")
        }
        _ => false,
    }
}

/// Whether the status phrase at `start` is hypothetical: `could have been killed`, `would
/// have died` (a modal and `have` before it, with only `been` or an adverb between).
pub fn irrealis(toks: &[Tok], start: usize) -> bool {
    let mut seen_have = toks
        .get(start)
        .is_some_and(|t| matches!(t.low, "have" | "'ve"));
    let mut j = start;
    while j > 0 {
        match toks[j - 1].low {
            "have" | "'ve" => seen_have = true,
            "been" | "easily" | "also" | "surely" | "likely" | "probably" | "all" => {}
            _ => break,
        }
        j -= 1;
    }
    let modal = j.checked_sub(1).map_or("", |k| toks[k].low);
    seen_have && matches!(modal, "could" | "would" | "should")
        || matches!(modal, "could've" | "would've" | "should've")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::casualties::lexicon::LEX;
    use crate::casualties::tokens::tokenize;

    fn feats(s: &str) -> Vec<Feature> {
        let tokens = tokenize(s);
        let toks = tokens.toks(&LEX);
        features(&toks, Opening::Later).collect()
    }

    fn other_s(s: &str) -> bool {
        let tokens = tokenize(s);
        other(&tokens.toks(&LEX), Opening::Later)
    }

    #[test]
    fn frame_words_carry_their_bit_on_tokens_only() {
        for w in FRAME_WORDS {
            assert!(LEX.token_class(w) & class::FRAME != 0, "{w}");
            assert!(LEX.class_of(w) & class::FRAME == 0, "{w}");
        }
        assert!(LEX.token_class("killed") & class::FRAME == 0);
    }

    #[test]
    fn every_feature_is_weighed() {
        let w = &*WEIGHTS;
        for f in Feature::ALL {
            assert!(w.by_feature[f as usize] > 0.0, "{f:?}");
        }
        assert!((w.threshold - 1.0).abs() < f32::EPSILON);
    }

    #[test]
    fn features_fire() {
        assert!(
            feats("When the poet died in 1821, aged 25, his letters were sold.")
                .contains(&Feature::OldYear)
        );
        assert!(!feats("The storm destroyed 1821 homes in the valley.").contains(&Feature::OldYear));
        assert!(feats("He killed four people between 1971 and 1973.").contains(&Feature::YearSpan));
        assert!(feats("Six miners died there in the late 1970s.").contains(&Feature::Decade));
        assert!(feats("Cholera killed thousands in the 19th century.").contains(&Feature::Century));
        assert!(feats("Her uncles were killed during the holocaust.").contains(&Feature::Era));
        assert!(feats("His mother died when he was 12.").contains(&Feature::LifeStage));
        assert!(feats("Her father was killed when she was a child.").contains(&Feature::LifeStage));
        assert!(!feats("He was killed when he was hit by a van.").contains(&Feature::LifeStage));
        assert!(feats("Road deaths rose to 9 per 100,000 people.").contains(&Feature::Statistic));
        assert!(feats("Forty cyclists have died so far this year.").contains(&Feature::Statistic));
        assert!(feats("Over 9,000 person-years, 41 patients died.").contains(&Feature::Statistic));
        assert!(
            feats("During a median follow-up of six years, 80 men died.")
                .contains(&Feature::Statistic)
        );
        assert!(feats("After ten years of follow-up, 12 had died.").contains(&Feature::Statistic));
        assert!(
            feats("Falls are the second-leading cause of death, killing 30,000.")
                .contains(&Feature::Statistic)
        );
        assert!(feats("On the average day, 20 riders are hurt in the city.")
            .contains(&Feature::Statistic));
        assert!(!feats("A follow-up report said three had died.").contains(&Feature::Statistic));
        assert!(
            !feats("The cause of death of the two men is unknown.").contains(&Feature::Statistic)
        );
        assert!(!feats("On the day of the attack, 20 were hurt.").contains(&Feature::Statistic));
        assert!(
            feats("A caller falsely claimed two people were dead.").contains(&Feature::FalseReport)
        );
        assert!(feats("Rumours spread that four had died.").contains(&Feature::Rumour));
        assert!(feats("A similar attack killed four guards.").contains(&Feature::Similar));
        // a time in a relative clause that tells no casualty is left out
        assert!(
            !feats("Nine were shot at the chapel, which was built in the 1820s.")
                .contains(&Feature::Decade)
        );
        assert!(!feats("Casualty figures show 8 dead.").contains(&Feature::Statistic));
        assert!(!feats(
            "Nine were shot at the chapel known as \"Old Mary,\" which burned in the 1820s."
        )
        .contains(&Feature::Decade));
        assert!(
            feats("It was the deadliest storm since records began.").contains(&Feature::Comparison)
        );
    }

    #[test]
    fn the_frame_adds_weights() {
        assert!(other_s("His mother died when he was 12."));
        assert!(other_s("Two people died in 1899 at the mill."));
        // one weak feature is not enough
        assert!(!other_s(
            "A day after a similar attack killed four guards, a bomb hit the base."
        ));
        assert!(!other_s(
            "Rumours spread about the killing of two guards last week."
        ));
        assert!(!other_s(
            "The blast, which killed 40, was the deadliest since the war began."
        ));
        // the story's own times
        assert!(!other_s("Two men were killed last night in the blast."));
        assert!(!other_s("A woman died on Tuesday after the fire."));
        assert!(!other_s("The toll rose to 31 on Friday."));
    }

    #[test]
    fn hypothetical_outcomes() {
        let irr = |s: &str, w: &str| {
            let tokens = tokenize(s);
            let toks = tokens.toks(&LEX);
            let at = toks.iter().position(|t| t.low == w).unwrap_or(0);
            irrealis(&toks, at)
        };
        assert!(irr("Dozens could have been killed.", "killed"));
        assert!(irr("The bomb would have killed hundreds.", "killed"));
        assert!(!irr("Two were killed.", "killed"));
        assert!(!irr(
            "The man, who would have turned 40, was killed.",
            "killed"
        ));
    }
}
