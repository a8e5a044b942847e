use super::*;

/// The clauses of `text` as (kind, own text), in both casings: the reader must answer the
/// same for the lower-cased sentence.
fn read_both(text: &str) -> Vec<(ClauseKind, String)> {
    let got = texts(text);
    let lower = text.to_lowercase();
    let low: Vec<(ClauseKind, String)> = texts(&lower);
    let want_low: Vec<(ClauseKind, String)> =
        got.iter().map(|(k, s)| (*k, s.to_lowercase())).collect();
    assert_eq!(low, want_low, "lower-cased reading differs for {text:?}");
    got
}

fn texts(text: &str) -> Vec<(ClauseKind, String)> {
    read(text)
        .list
        .iter()
        .map(|c| (c.kind, text[c.span()].to_string()))
        .collect()
}

fn main_text(text: &str) -> String {
    let c = read(text);
    let raw: String = c
        .main_spans(text.len())
        .into_iter()
        .map(|r| &text[r])
        .collect();
    raw.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" .", ".")
        .replace(" ,", ",")
}

fn has(got: &[(ClauseKind, String)], kind: ClauseKind, s: &str) -> bool {
    got.iter().any(|(k, t)| *k == kind && t == s)
}

use ClauseKind::*;

#[test]
fn relative_between_commas() {
    let s = "The crash, in which three teenagers died, happened on a bend.";
    let got = read_both(s);
    assert!(
        has(&got, Relative, "in which three teenagers died"),
        "{got:?}"
    );
    assert_eq!(main_text(s), "The crash happened on a bend.");
    let c = read(s);
    let r = c.list.iter().find(|c| c.kind == Relative).unwrap();
    assert_eq!(&s[r.body_span()], "three teenagers died");
}

#[test]
fn restrictive_relative_ends_before_the_main_verb() {
    let s = "A man who stabbed two guests at a wedding was shot in the leg by officers.";
    let got = read_both(s);
    assert!(
        has(&got, Relative, "who stabbed two guests at a wedding"),
        "{got:?}"
    );
    assert_eq!(main_text(s), "A man was shot in the leg by officers.");
    let s = "Two hikers who left the camp on Friday are still missing.";
    assert_eq!(main_text(s), "Two hikers are still missing.");
    let s = "A woman who was hit by a van died in hospital.";
    assert_eq!(main_text(s), "A woman died in hospital.");
}

#[test]
fn nested_clause_without_a_comma_keeps_its_verb() {
    let s = "The coroner, who is leading the inquiry into the fire where nine people were killed, has resigned.";
    let got = read_both(s);
    assert!(
        has(
            &got,
            Relative,
            "who is leading the inquiry into the fire where nine people were killed"
        ),
        "{got:?}"
    );
    assert_eq!(main_text(s), "The coroner has resigned.");
}

#[test]
fn relative_with_its_own_reported_clause_is_not_cut_at_its_verb() {
    let s = "The driver who said he was tired was arrested.";
    assert_eq!(main_text(s), "The driver was arrested.");
}

#[test]
fn relative_holding_a_when_clause_closes_at_the_comma() {
    let s = "Two divers who went down when the tide turned, are still missing.";
    let got = read_both(s);
    assert!(
        has(&got, Relative, "who went down when the tide turned"),
        "{got:?}"
    );
    assert!(has(&got, Subordinate, "when the tide turned"), "{got:?}");
    assert_eq!(main_text(s), "Two divers are still missing.");
    let s = "Two divers who went down when the tide turned are still missing.";
    assert_eq!(main_text(s), "Two divers are still missing.");
}

#[test]
fn partitive_with_a_when_clause() {
    let s = "Of the 31 fans hurt when a stand gave way at the ground, eight were children.";
    let got = read_both(s);
    assert!(
        has(&got, Subordinate, "when a stand gave way at the ground"),
        "{got:?}"
    );
    assert_eq!(main_text(s), "Of the 31 fans hurt eight were children.");
}

#[test]
fn of_whom_starts_at_the_count() {
    let s = "Nine workers were hurt, two of whom are in a critical state.";
    let got = read_both(s);
    assert!(
        has(&got, Relative, "two of whom are in a critical state"),
        "{got:?}"
    );
    assert_eq!(main_text(s), "Nine workers were hurt.");
}

#[test]
fn age_and_relative_after_a_name() {
    let s = "Sergeant Ana Ruiz, 31, who enlisted in 2009 and had served twice abroad, was killed.";
    let got = read_both(s);
    assert!(has(&got, Apposition, "31"), "{got:?}");
    assert!(
        has(
            &got,
            Relative,
            "who enlisted in 2009 and had served twice abroad"
        ),
        "{got:?}"
    );
    assert_eq!(main_text(s), "Sergeant Ana Ruiz was killed.");
}

#[test]
fn apposition_breakdown() {
    let s = "Six people, a coach and five young swimmers, were injured.";
    let got = read_both(s);
    assert!(
        has(&got, Apposition, "a coach and five young swimmers"),
        "{got:?}"
    );
    assert_eq!(main_text(s), "Six people were injured.");
}

#[test]
fn apposition_holding_a_relative_is_stepped_over_whole() {
    for (s, main) in [
        (
            "Edda Varn, the painter whose murals line the harbour wall, has died at 88.",
            "Edda Varn has died at 88.",
        ),
        (
            "Two guards, both men who had served in the navy, were injured.",
            "Two guards were injured.",
        ),
        (
            "Corporal Ivo Lind, a medic who joined the unit last spring, was killed.",
            "Corporal Ivo Lind was killed.",
        ),
    ] {
        let got = read_both(s);
        let whole = s
            .split(", ")
            .nth(1)
            .unwrap_or("")
            .split(',')
            .next()
            .unwrap_or("");
        assert!(has(&got, Apposition, whole), "{s}: {got:?}");
        assert_eq!(main_text(s), main, "{s}");
        assert_eq!(main_text(&s.to_lowercase()), main.to_lowercase(), "{s}");
    }
    // no verb resumes after it: a list, a place, a relative that ends at its own verb
    for s in [
        "They thanked the nurses, the doctors who treated them, and the porters.",
        "In Arden, the town where the dam broke, rescuers searched all night.",
        "After the storm, a man who was hurt said he had seen nothing.",
    ] {
        let got = read_both(s);
        assert!(!got.iter().any(|(k, _)| *k == Apposition), "{s}: {got:?}");
    }
}

#[test]
fn a_reporting_verb_leaves_the_next_verb_to_its_reported_clause() {
    for (s, main) in [
        (
            "The farmhouse where police said four people were killed was sealed off.",
            "The farmhouse was sealed off.",
        ),
        (
            "A man who said he was attacked was taken to hospital.",
            "A man was taken to hospital.",
        ),
        // a passive `was told` reports nothing: the next finite verb is the main clause's
        (
            "A woman who was told to leave was shot.",
            "A woman was shot.",
        ),
    ] {
        read_both(s);
        assert_eq!(main_text(s), main, "{s}");
        assert_eq!(main_text(&s.to_lowercase()), main.to_lowercase(), "{s}");
    }
    let s = "He met an agent who said that the colonel was dead.";
    assert!(
        has(
            &read_both(s),
            Relative,
            "who said that the colonel was dead"
        ),
        "{s}"
    );
}

#[test]
fn comma_list_is_no_apposition() {
    for s in [
        "Britons, Germans and Italians were among the dead.",
        "Three Britons, two Germans, and an Italian were killed.",
        "The victims came from Leeds, York, Hull and Bradford.",
    ] {
        let got = read_both(s);
        assert!(!got.iter().any(|(k, _)| *k == Apposition), "{s}: {got:?}");
    }
}

#[test]
fn reported_that_is_no_relative() {
    let s = "Officials said that four miners had died.";
    assert!(read_both(s).is_empty());
    let s = "The mayor said that the bridge, which opened in 1990, was safe.";
    let got = read_both(s);
    assert_eq!(got, vec![(Relative, "which opened in 1990".to_string())]);
}

#[test]
fn subordinate_at_the_start_and_nested_relative() {
    let s = "When the ferry, which was overloaded, capsized, 14 people drowned.";
    let got = read_both(s);
    assert!(
        has(
            &got,
            Subordinate,
            "When the ferry, which was overloaded, capsized"
        ),
        "{got:?}"
    );
    assert!(has(&got, Relative, "which was overloaded"), "{got:?}");
    assert_eq!(main_text(s), "14 people drowned.");
}

#[test]
fn clause_holding_the_fact_is_readable_on_its_own() {
    let s = "Traffic stopped for hours after a lorry hit a bus, killing four passengers.";
    let got = read_both(s);
    assert!(has(&got, Subordinate, "after a lorry hit a bus"), "{got:?}");
    assert!(has(&got, Participle, "killing four passengers"), "{got:?}");
    let c = read(s);
    let p = c.list.iter().find(|c| c.kind == Participle).unwrap();
    assert_eq!(&s[p.body_span()], "four passengers");
    assert_eq!(main_text(s), "Traffic stopped for hours.");
}

#[test]
fn preposition_without_a_verb_opens_nothing() {
    for s in [
        "Two people died after the crash on Monday.",
        "As many as 40 riders were hurt.",
        "As a result, the road was closed.",
        "Nobody has been charged since March.",
        "Five were hurt because of the storm.",
    ] {
        assert!(read_both(s).is_empty(), "{s}: {:?}", texts(s));
    }
}

#[test]
fn participle_phrases() {
    let s = "A bomb exploded in the market, leaving six dead and 20 wounded.";
    let got = read_both(s);
    assert_eq!(
        got,
        vec![(Participle, "leaving six dead and 20 wounded".to_string())]
    );
    let s = "Five were hurt, including a child.";
    assert!(read_both(s).is_empty());
}

#[test]
fn parentheses_and_dashes() {
    let s = "The toll (four dead, 12 hurt) was revised — twice — by evening.";
    let got = read_both(s);
    assert!(has(&got, Parenthesis, "four dead, 12 hurt"), "{got:?}");
    assert!(has(&got, Parenthesis, "twice"), "{got:?}");
    assert_eq!(main_text(s), "The toll was revised by evening.");
    let s = "Bus crash - 12 dead.";
    assert!(read_both(s).is_empty());
}

#[test]
fn numbers_and_abbreviations_close_nothing() {
    let s = "The storm, which left 1,200 homes without power in the U.S. capital, moved east.";
    let got = read_both(s);
    assert!(
        has(
            &got,
            Relative,
            "which left 1,200 homes without power in the U.S. capital"
        ),
        "{got:?}"
    );
}

#[test]
fn helpers_step_over_clauses() {
    let s = "The crash, in which three teenagers died, happened on a bend.";
    let c = read(s);
    let at = s.find("three").unwrap();
    assert!(!c.in_main(at));
    assert_eq!(c.covering(at).map(|c| c.kind), Some(Relative));
    assert_eq!(&s[c.skip_from(at)..], " happened on a bend.");
    assert!(c.in_main(0));
    assert!(worth_reading(s));
    assert!(!worth_reading("Four people died"));
    assert!(worth_reading("four people died when a roof fell"));
}
