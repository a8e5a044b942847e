//! Behaviour of the whole stage on sentences written for these tests.

use super::{article_facts, facts_in_windows};
use crate::records::{
    Approx, CasualtyFact, NormalisedArticle, Role, SegmentKind, Sentence, Status,
};

/// Splits on blank-line paragraphs and ". " so the tests do not depend on the splitter.
pub(crate) fn run(text: &str) -> Vec<CasualtyFact> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive(". ") {
        let s = piece.trim_end();
        sentences.push(Sentence {
            article: "a".into(),
            index: sentences.len(),
            start,
            end: start + s.len(),
            text: s.to_string(),
            kind: SegmentKind::Body,
            paragraph: 0,
        });
        start += piece.len();
    }
    let article = NormalisedArticle {
        article: "a".into(),
        text: text.to_string(),
        captions: vec![],
        changes: Default::default(),
        warnings: vec![],
    };
    article_facts(&article, &sentences)
}

pub(crate) type Key = (Role, Status, Option<&'static str>, u64);

pub(crate) fn keys(text: &str) -> Vec<(Role, Status, Option<String>, u64)> {
    run(text)
        .into_iter()
        .map(|f| (f.role, f.status, f.nationality, f.count.value))
        .collect()
}

fn has(text: &str, want: &[Key]) {
    let got = keys(text);
    for (r, s, n, c) in want {
        assert!(
            got.iter()
                .any(|(gr, gs, gn, gc)| gr == r && gs == s && gn.as_deref() == *n && gc == c),
            "missing {:?} in {:?} for {text:?}",
            (r, s, n, c),
            got
        );
    }
}

pub(crate) const V: Role = Role::Victim;
pub(crate) const P: Role = Role::Perpetrator;
pub(crate) const K: Status = Status::Killed;
pub(crate) const I: Status = Status::Injured;
pub(crate) const M: Status = Status::Missing;

/// `has` on the text as written and in the bulk corpus's style.
pub(crate) fn both(text: &str, want: &[Key]) {
    has(text, want);
    has(&bulk(text), want);
}

/// Neither casing of the text gives a fact.
pub(crate) fn none(text: &str) {
    for t in [text.to_string(), bulk(text)] {
        assert!(keys(&t).is_empty(), "{t:?} gave {:?}", keys(&t));
    }
}

/// The bulk corpus's style: lower case after the first letter, punctuation spaced.
pub(crate) fn bulk(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        if matches!(c, ',' | '.' | '"' | ':' | ';') && (next == ' ' || i + 1 == chars.len()) {
            out.push(' ');
            out.push(c);
        } else if i == 0 {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[test]
fn passive_and_active_counts() {
    has("Five people were killed in the blast.", &[(V, K, None, 5)]);
    has(
        "The flood killed at least 31 villagers.",
        &[(V, K, None, 31)],
    );
    assert_eq!(
        run("The flood killed at least 31 villagers.")[0]
            .count
            .approx,
        Approx::AtLeast
    );
    has(
        "Four hikers are missing after the avalanche.",
        &[(V, M, None, 4)],
    );
    has(
        "Two firefighters are in a serious condition.",
        &[(V, I, None, 2)],
    );
    has(
        "The storm left nine people dead and about 60 hurt.",
        &[(V, K, None, 9), (V, I, None, 60)],
    );
}

#[test]
fn coordinated_lists_share_their_predicate() {
    let text = "7 Germans, 2 Dutch students, 1 Canadian and 3 Poles were hurt in the crash.";
    has(
        text,
        &[
            (V, I, Some("DE"), 7),
            (V, I, Some("NL"), 2),
            (V, I, Some("CA"), 1),
            (V, I, Some("PL"), 3),
        ],
    );
    has(
        "The gunmen killed 40 people and wounded 12 others.",
        &[(V, K, None, 40), (V, I, None, 12)],
    );
    has(
        "Six Kenyan soldiers were killed and 10 wounded.",
        &[(V, K, Some("KE"), 6), (V, I, Some("KE"), 10)],
    );
}

#[test]
fn totals_and_subsets() {
    has("The death toll has risen to 1,204.", &[(V, K, None, 1204)]);
    has(
        "The Syrian death toll now stands at 85.",
        &[(V, K, Some("SY"), 85)],
    );
    has(
        "The blast killed 213 people, 12 of them Americans.",
        &[(V, K, None, 213), (V, K, Some("US"), 12)],
    );
}

#[test]
fn not_counts() {
    assert!(keys("She spent 40 minutes with the families.").is_empty());
    assert!(keys("Visitors from 9 countries were hurt.").is_empty());
    assert!(keys("Seven men were arrested after the attack.").is_empty());
    assert!(keys("Ann Lee, 52, was a French teacher.").is_empty());
    let ages = keys("The 61-year-old driver died at the scene.");
    assert_eq!(ages, vec![(V, K, None, 1)]);
    assert!(keys("He almost was killed by the wave.").is_empty());
    assert!(keys("A boy nearly died in 1998 in a similar crash.").is_empty());
}

#[test]
fn groups_of_a_shared_predicate_are_marked_as_listed() {
    use crate::records::Part;
    for text in [
        "Ninety passengers and 11 crew were killed.".to_string(),
        bulk("Ninety passengers and 11 crew were killed."),
    ] {
        let f = run(&text);
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(f.iter().all(|f| f.part == Some(Part::Listed)), "{f:?}");
    }
    let one = run("Ninety passengers were killed.");
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].part, None);
}

#[test]
fn codes_before_numbers_name_crafts() {
    // an unknown two-letter word before a number is a code: the number names, not counts
    none("Relatives of those aboard QX 902 waited at the gate for news.");
    none("The search for flight zr 4410 resumed, and relatives waited for news of survivors.");
    both(
        "The crash of LQ 5120 killed 61 people.",
        &[(V, K, None, 61)],
    );
    assert_eq!(
        keys("The loss of flight zk 318 killed all 40 people on board."),
        vec![(V, K, None, 40)]
    );
    // letters glued to digits are one word, never a count
    none("The wreck of qx215 was found, and divers searched it for the dead.");
    // English two-letter words before a number do count
    both("Up to 14 people were killed.", &[(V, K, None, 14)]);
}

#[test]
fn named_victims() {
    let f = run("The second victim has been named as Lena Ortiz, 29, a German teacher.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].name.as_deref(), Some("Lena Ortiz"));
    assert_eq!(f[0].nationality, None);
    let f = run(
        "Among the dead was the fourth victim, Canadian citizen Omar Haddad, who lived nearby.",
    );
    assert!(f.iter().any(
        |f| f.name.as_deref() == Some("Omar Haddad") && f.nationality.as_deref() == Some("CA")
    ));
    let f = run("Nurse Jo Bright, who was injured in the blast, is recovering.");
    assert!(f
        .iter()
        .any(|f| f.name.as_deref() == Some("Jo Bright") && f.status == I));
}

#[test]
fn attackers_are_perpetrators() {
    has("The gunman was shot dead by police.", &[(P, K, None, 1)]);
    // a relative clause with its own object between the attacker and the verb
    both(
        "The gunman, who wounded four guards, later died of his injuries.",
        &[(V, I, None, 4), (P, K, None, 1)],
    );
    has(
        "A man killed two people before killing himself.",
        &[(V, K, None, 2), (P, K, None, 1)],
    );
    let f =
        run("Rob Vane stabbed three people. He was shot dead by officers. He was a Dutch citizen.");
    assert!(
        f.iter().any(|f| f.role == P
            && f.name.as_deref() == Some("Rob Vane")
            && f.nationality.as_deref() == Some("NL")),
        "{f:?}"
    );
}

#[test]
fn lower_cased_text() {
    has(
        "officials said four britons were killed and two were injured in the crash.",
        &[(V, K, Some("GB"), 4), (V, I, Some("GB"), 2)],
    );
}

#[test]
fn repeated_mentions_merge() {
    let f = run("Three people were killed in the attack. Police said the three people killed were tourists.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].evidence.len(), 2);
}

#[test]
fn odd_input_does_not_panic() {
    for s in [
        "",
        "killed",
        "  , killed by 0,",
        "Zoë’s 1,000,000,000,000,000,000,000 were killed",
        "a a a a killed killed",
    ] {
        let _ = run(s);
    }
}

#[test]
fn long_paragraph_stays_fast() {
    // one 'sentence' of 60,000 groups and status words: quadratic work would take minutes
    let text = "Two Britons, 3 French children and a Pole were killed, ".repeat(15_000);
    let t = std::time::Instant::now();
    let f = run(&text);
    assert!(!f.is_empty());
    assert!(t.elapsed().as_secs() < 20, "took {:?}", t.elapsed());
}

#[test]
fn every_trigger_passes_the_sentence_prefilter() {
    // a trigger whose words the prefilter lacks is never read: each form of each
    // pattern must hold a prefilter substring. One gate is deliberate: `shooting
    // himself` alone also films himself, so it is read only in a sentence that another
    // word lets in (`died after shooting herself`, `before fatally shooting himself`).
    // A verb of sending or leaving (`sends`) is read only with the hospital or the injuries
    // its clause must hold, both prefilter substrings.
    let src = include_str!("../../data/casualties/triggers.tsv");
    let mut missed = Vec::new();
    for l in src
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.ends_with("\tsends"))
    {
        let pattern = l.split('\t').next().unwrap_or("");
        let mut forms = vec![String::new()];
        for slot in pattern.split(' ') {
            let optional = slot.starts_with('?');
            let words: Vec<&str> = slot
                .trim_start_matches('?')
                .trim_matches(['[', ']'])
                .split('|')
                .collect();
            let mut next = Vec::new();
            for f in &forms {
                if optional {
                    next.push(f.clone());
                }
                for w in &words {
                    next.push(format!("{f} {w}"));
                }
            }
            forms = next;
        }
        missed.extend(
            forms
                .into_iter()
                .filter(|f| !super::lexicon::LEX.prefilter.is_match(&format!("{f} ")))
                .filter(|f| !f.starts_with(" shooting") && !f.starts_with(" shoots")),
        );
    }
    assert!(
        missed.is_empty(),
        "trigger forms no prefilter substring passes: {missed:?}"
    );
}

#[test]
fn every_lexicon_line_parses() {
    let src = include_str!("../../data/casualties/triggers.tsv");
    let rows = src.lines().filter(|l| !l.is_empty() && !l.starts_with('#'));
    for l in rows {
        assert_eq!(l.split('\t').count(), 3, "bad trigger line {l:?}");
        assert!(
            !l.split('\t').next().unwrap_or("").contains("| "),
            "multi-word choice in {l:?}"
        );
    }
    assert_eq!(
        super::lexicon::LEX.triggers.len(),
        src.lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .count()
    );
}

#[test]
fn a_fact_repeated_in_many_sentences_lists_each_sentence_once() {
    let text = "Four people were killed in the blast. ".repeat(500);
    let f = run(&text);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].evidence.len(), 500);
    let indices: Vec<usize> = f[0].evidence.iter().map(|e| e.sentence).collect();
    assert!(
        indices.windows(2).all(|w| w[0] < w[1]),
        "evidence in order, each once"
    );
}

mod word_starts {
    use super::super::word_starts;
    use proptest::prelude::*;

    /// The count a byte at a time: a capital right after a stop and its space is no capital.
    fn simple(b: &[u8]) -> (usize, usize) {
        let (mut words, mut caps) = (0, 0);
        for w in 1..b.len() {
            if b[w - 1] == b' ' && b[w].is_ascii_alphabetic() {
                words += 1;
                let after_stop = w >= 2 && b[w - 2] == b'.';
                caps += usize::from(b[w].is_ascii_uppercase() && !after_stop);
            }
        }
        (words, caps)
    }

    #[test]
    fn edges() {
        for s in [
            "",
            " ",
            "a",
            " a",
            " A",
            "x Ab cD @[`{",
            " é Z",
            ". A",
            "lt. Aldo ferrante",
        ] {
            assert_eq!(word_starts(s.as_bytes()), simple(s.as_bytes()), "{s:?}");
        }
        assert_eq!(word_starts(b"lt. Aldo Ferrante"), (2, 1));
    }

    proptest! {
        #[test]
        fn same_as_a_byte_at_a_time(b in proptest::collection::vec(any::<u8>(), 0..600)) {
            prop_assert_eq!(word_starts(&b), simple(&b));
        }

        #[test]
        fn same_on_long_text(s in "[ aZ@.]{0,700}") {
            prop_assert_eq!(word_starts(s.as_bytes()), simple(s.as_bytes()));
        }
    }
}

#[test]
fn traps_give_nothing() {
    none("Two bears were shot dead near the village.");
    none("The hunter killed three hares.");
    none("He had driven north to kill himself, his friend said.");
    none("Officials denied claims that 40 prisoners had died.");
    none("Aid workers warned the death toll could rise to 5,000.");
    none("It was the worst flood since 1998, when 300 people drowned.");
    none("The kidnappers threatened to kill 6 hostages.");
    none("Investigators found 20,000 missing e-mails on a server.");
    none("Police traced a missing Porsche 911 to a garage.");
    none("The airline retired Flight 370 after the search.");
    none("No one was injured in the blaze.");
    none("A fire at the depot could have killed dozens.");
    none("Flu kills some 30,000 people each year.");
}

#[test]
fn both_casings_keep_what_worked() {
    both("The number of dead stands at 57.", &[(V, K, None, 57)]);
    both("Ten hikers remain unaccounted for.", &[(V, M, None, 10)]);
    both(
        "Divers are looking for three men who were swept away by the current.",
        &[(V, M, None, 3)],
    );
    none("Two cars were swept away by the flood.");
    both(
        "A fisherman was swept away to his death by the wave.",
        &[(V, K, None, 1)],
    );
    both("Eight crew are feared missing.", &[(V, M, None, 8)]);
}

#[test]
fn counted_groups_of_every_shape() {
    both("Both bombers were shot dead.", &[(P, K, None, 2)]);
    both(
        "The dead included an Irish couple.",
        &[(V, K, Some("IE"), 2)],
    );
    both("Four Chinese were hurt.", &[(V, I, Some("CN"), 4)]);
    both(
        "Among the injured were six Poles and a Swiss.",
        &[(V, I, Some("PL"), 6), (V, I, Some("CH"), 1)],
    );
    both(
        "Nine workers were taken to hospital after the fire.",
        &[(V, I, None, 9)],
    );
    both("Three swimmers went missing on Sunday.", &[(V, M, None, 3)]);
    both(
        "The number of people killed has risen to 61.",
        &[(V, K, None, 61)],
    );
    both(
        "A cyclist was struck and killed by a lorry.",
        &[(V, K, None, 1)],
    );
    both(
        "Troops killed four militiamen who had attacked the post.",
        &[(P, K, None, 4)],
    );
    both(
        "Three suspects were wounded in the raid.",
        &[(P, I, None, 3)],
    );
}

#[test]
fn named_people_in_both_casings() {
    for text in [
        "Officials said Rosa Lind, 51, was killed in the blast.",
        "Jan Novak, a baker, died in the fire.",
        "Police named the dead woman as Rosa Lind.",
        "Rosa Lind was killed in the blast.",
        "Rosa Lind and Jan Novak died in the fire.",
    ] {
        for t in [text.to_string(), bulk(text)] {
            let facts = run(&t);
            assert!(
                facts.iter().any(|f| f.name.is_some() && f.status == K),
                "{t:?} gave {facts:?}"
            );
        }
    }
    both(
        "Two Danish hikers, Ole Berg and Ida Moen, were killed.",
        &[(V, K, Some("DK"), 2), (V, K, Some("DK"), 1)],
    );
}

#[test]
fn places_and_bylines_are_no_people() {
    let facts = run("A man in Port Vila was injured in the storm (Ana Reyes).");
    assert!(
        facts.iter().all(|f| f.name.is_none()),
        "a place or a byline taken for a casualty: {facts:?}"
    );
}

/// Every sentence of `constructions.txt` gives exactly its expected facts, in both casings.
#[test]
fn construction_sentences_in_both_casings() {
    let text = include_str!("constructions.txt");
    let mut failures = Vec::new();
    let mut lines = 0;
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let (sentence, want) = line.split_once("||").unwrap_or((line, ""));
        let mut want: Vec<String> = want
            .split(';')
            .map(|w| w.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|w| !w.is_empty())
            .collect();
        want.sort();
        want.dedup();
        lines += 1;
        for variant in [sentence.trim().to_string(), bulk(sentence.trim())] {
            let mut got: Vec<String> = run(&variant).into_iter().map(|f| short(&f)).collect();
            got.sort();
            got.dedup();
            if got != want {
                failures.push(format!("{variant}\n   want {want:?}\n   got  {got:?}"));
            }
        }
    }
    assert!(lines >= 190, "only {lines} sentences");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn short(f: &CasualtyFact) -> String {
    format!(
        "{} {} {} {}",
        if f.role == Role::Victim { "V" } else { "P" },
        match f.status {
            Status::Killed => "K",
            Status::Injured => "I",
            Status::Missing => "M",
        },
        f.nationality.as_deref().unwrap_or("-"),
        f.count.value
    )
}

/// A long article is read in windows: evidence keeps the article's sentence indexes and
/// offsets, and one group stated in two windows is two facts (merging stops at the edge).
#[test]
fn a_long_article_is_read_in_windows_with_offsets_into_it() {
    let lines = [
        "Four miners were killed in the collapse at the quarry.",
        "Rescuers worked through the night.",
        "Four miners were killed in the collapse at the quarry.",
    ];
    let text = lines.map(|l| format!("{l}\n")).concat();
    let mut sentences = Vec::new();
    let mut start = 0;
    for (index, l) in lines.iter().enumerate() {
        sentences.push(Sentence {
            article: "a".into(),
            index,
            start,
            end: start + l.len(),
            text: l.to_string(),
            kind: SegmentKind::Body,
            paragraph: index,
        });
        start += l.len() + 1;
    }
    let article = NormalisedArticle {
        article: "a".into(),
        text: text.clone(),
        captions: vec![],
        changes: Default::default(),
        warnings: vec![],
    };
    let whole = article_facts(&article, &sentences);
    assert_eq!(whole, facts_in_windows(&article, &sentences, 0));
    assert_eq!(whole, facts_in_windows(&article, &sentences, text.len()));
    assert_eq!(whole.len(), 1);
    assert_eq!(whole[0].evidence.len(), 2);
    // one window per line
    let windowed = facts_in_windows(&article, &sentences, 30);
    assert_eq!(windowed.len(), 2);
    for (f, want) in windowed.iter().zip([0, 2]) {
        assert_eq!((f.role, f.status, f.count.value), (V, K, 4));
        assert_eq!(f.evidence.len(), 1);
        let e = &f.evidence[0];
        assert_eq!(e.sentence, want);
        assert_eq!(&text[e.start..e.end], lines[want]);
    }
}

/// `the 9 crew were all latvian`: the nationality of the group the sentence before counted.
#[test]
fn a_group_restated_with_its_nationality() {
    let exact = |text: &str, want: Vec<(Role, Status, Option<String>, u64)>| {
        for t in [text.to_string(), bulk(text)] {
            assert_eq!(keys(&t), want, "{t:?}");
        }
    };
    exact(
        "Nine sailors drowned off Kessa. The nine sailors were all Latvian.",
        vec![(V, K, Some("LV".into()), 9)],
    );
    // a part of a group whose noun says nothing of who they were
    exact(
        "Three people died in the fire. The driver was a Hungarian.",
        vec![(V, K, None, 3), (V, K, Some("HU".into()), 1)],
    );
    // another noun, or nobody stated dead before: no fact
    exact(
        "Three guests died in the fire. The driver was Hungarian.",
        vec![(V, K, None, 3)],
    );
    none("The ship reached Kessa on time. The nine sailors were all Latvian.");
}

#[test]
fn restating_sentences_are_read() {
    assert!(super::restates("The crew were all Greek."));
    assert!(super::restates("its pilot was a cypriot ."));
    assert!(!super::restates("Police said the crew were Greek."));
    assert!(!super::restates("The crew arrived."));
}

#[test]
fn relatives_named_by_a_lone_given_name() {
    for text in [
        "Oren Pask, 45, and daughters Ilse, 13, and Wren, 7, died when the boat capsized.",
        "oren pask , 45 , and daughters ilse , 13 , and wren , 7 , died when the boat capsized .",
    ] {
        let names: Vec<_> = run(text).into_iter().filter_map(|f| f.name).collect();
        assert_eq!(names, ["Oren Pask", "Ilse", "Wren"], "{text}");
    }
    // a relative's noun before a word that is no name
    let f = run("Cal Berrow killed his son on Monday.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].name, None);
    none("His sister Ilka wept at the memorial service on Friday.");
}

#[test]
fn named_lists_parted_by_semicolons() {
    let text =
        "The victims were named as Alma Ridder, 52, a nurse; Cass Yarrow, 37; and Pell Onsby, 26.";
    for t in [text.to_string(), bulk(text)] {
        let names: Vec<_> = run(&t).into_iter().filter_map(|f| f.name).collect();
        assert_eq!(names, ["Alma Ridder", "Cass Yarrow", "Pell Onsby"], "{t}");
    }
}

#[test]
fn deaths_told_by_found_or_a_coordinated_verb() {
    for text in [
        "Orla Fenwick, 58, was found beaten to death in her kitchen.",
        "Tobias Krell, 19, was attacked and stabbed to death on his way home.",
        "A guard was attacked and shot dead at the depot.",
    ] {
        assert_eq!(keys(text), vec![(V, K, None, 1)], "{text}");
        assert_eq!(keys(&bulk(text)), vec![(V, K, None, 1)], "{text}");
    }
}

#[test]
fn two_given_names_share_one_surname() {
    let names: Vec<_> = run("Omar and Idris Haskel were killed when their van overturned.")
        .into_iter()
        .filter_map(|f| f.name)
        .collect();
    assert_eq!(names, ["Omar Haskel", "Idris Haskel"]);
    // (the lower-cased reading of the same list, `omar and idris haskel`, is not found yet:
    // a known miss of the suite's bulk and lower casings)
}

#[test]
fn an_aged_name_its_home_town_and_copulas() {
    let named = |text: &str| -> Vec<(Status, String)> {
        run(text)
            .into_iter()
            .filter_map(|f| f.name.map(|n| (f.status, n)))
            .collect()
    };
    // an ordinary word as the surname after a known given name; a home town before the verb
    for (text, want) in [
        (
            "police said 23-year-old marcus field died at the scene .",
            "Marcus Field",
        ),
        (
            "on friday 19-year-old talia brennock of dunmore was pronounced dead .",
            "Talia Brennock",
        ),
        (
            "Owen Mabry was 34 when he was shot dead outside his shop.",
            "Owen Mabry",
        ),
    ] {
        assert_eq!(named(text), vec![(K, want.to_string())], "{text}");
    }
    // `the victim was NAME` takes the status of the one person the sentence before told of
    let text = "Police said a cyclist was seriously injured on Mill Road. The victim was Talia Brookner, 24.";
    assert_eq!(
        named(text),
        vec![(Status::Injured, "Talia Brookner".to_string())]
    );
    // no name after the copula, or a pronoun's clause about someone else: nobody named
    for text in [
        "A man was found dead in a car park on Monday. The victim was not named, police said.",
        "Marcus Oduya was a witness, and he said the guard was shot in the leg.",
    ] {
        assert_eq!(named(text), vec![], "{text}");
    }
}

#[test]
fn a_name_set_off_by_a_relative_clause_of_death_or_injury() {
    let named = |text: &str| -> Vec<(Status, Option<String>)> {
        run(text).into_iter().map(|f| (f.status, f.name)).collect()
    };
    for (text, status, want) in [
        (
            "the vigil was held by the parents of tomas kerrigan , who was killed in the fire .",
            K,
            "Tomas Kerrigan",
        ),
        (
            "the report refers to alina vostrova , who died after a fall from the bridge .",
            K,
            "Alina Vostrova",
        ),
        (
            "a fund was set up for daniel olsztyn , who was badly injured in the blast .",
            I,
            "Daniel Olsztyn",
        ),
    ] {
        assert_eq!(
            named(text),
            vec![(status, Some(want.to_string()))],
            "{text}"
        );
    }
    // a clause that tells no casualty, a disappearance, a thing after a determiner: no name
    for text in [
        "the prize went to alina vostrova , who was first on the scene and helped the driver .",
        "a poster of marek olsztyn , who has been missing since may , hangs in the shop .",
    ] {
        assert!(
            named(text).iter().all(|(_, n)| n.is_none()),
            "{text}: {:?}",
            named(text)
        );
    }
}

#[test]
fn parts_after_including_with_a_placed_group_or_by_number_alone() {
    // a group with its own phrase of place before the `including` aside
    both(
        "Twelve pupils on the school bus, including the driver's son, were hurt.",
        &[(V, I, None, 12), (V, I, None, 1)],
    );
    // the group's own `of` phrase before the aside
    both(
        "The raid killed nine members of a farming family, including four children.",
        &[(V, K, None, 9), (V, K, None, 4)],
    );
    // parts by place, by how badly hurt, after a dash typed as two hyphens
    both(
        "The storms killed 14 people, including six in Harlow and two in Brenn.",
        &[(V, K, None, 14), (V, K, None, 6), (V, K, None, 2)],
    );
    both(
        "Thirty people were hurt, including four critically.",
        &[(V, I, None, 30), (V, I, None, 4)],
    );
    both(
        "The toll rose to 20 -- including five in Harlow -- by Monday.",
        &[(V, K, None, 20), (V, K, None, 5)],
    );
    // no casualty, so no parts
    none("Police detained 40 fans, including 12 in the main square.");
}
