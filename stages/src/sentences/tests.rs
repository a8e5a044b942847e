//! Behaviour of the whole splitter: one table row per trap of the issue, each with its
//! own sentences, then invariants on odd input and the stage's records.

use super::*;
use crate::records::{NormalisedArticle, SegmentKind};

fn segments(text: &str) -> Vec<&str> {
    split(text, Lexicon::default_ref())
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

/// The segments of `text` as owned strings (for the layers' own tests).
pub(crate) fn pieces(text: &str) -> Vec<String> {
    segments(text).into_iter().map(str::to_string).collect()
}

/// Each text, then the segments it must split into.
fn check(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let got = segments(text);
        if got != *want {
            failures.push(format!("{text:?}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn paragraph_and_line_breaks_always_end_a_segment() {
    check(&[
        (
            "The storm passed\n\nResidents went home",
            &["The storm passed", "Residents went home"],
        ),
        (
            "Boats were moved inland.\nFishermen at the quay at dawn\nThe port reopened.",
            &[
                "Boats were moved inland.",
                "Fishermen at the quay at dawn",
                "The port reopened.",
            ],
        ),
    ]);
}

#[test]
fn headings_labels_and_captions_are_segments_with_a_kind() {
    let text = "Damage to the harbour\n\nHarbour Gazette:\n\nThe harbour closed on Monday.\nA crane lifting a boat out of the water\n\nFriday, March 3, 2017";
    let lex = Lexicon::default_ref();
    let got: Vec<(&str, SegmentKind)> = split(text, lex)
        .iter()
        .map(|s| (&text[s.start..s.end], s.kind))
        .collect();
    assert_eq!(
        got,
        [
            ("Damage to the harbour", SegmentKind::Heading),
            ("Harbour Gazette:", SegmentKind::Other),
            ("The harbour closed on Monday.", SegmentKind::Body),
            (
                "A crane lifting a boat out of the water",
                SegmentKind::Other
            ),
            ("Friday, March 3, 2017", SegmentKind::Other),
        ]
    );
}

#[test]
fn no_break_after_titles_and_abbreviations_mid_sentence() {
    check(&[
        (
            "Mr Patel and Mrs. Osei met Dr Lee at St. Anne's school.",
            &["Mr Patel and Mrs. Osei met Dr Lee at St. Anne's school."],
        ),
        (
            "Gen. Ortiz, Sen. Walsh, Rep. Diaz and Gov. Kim spoke at length.",
            &["Gen. Ortiz, Sen. Walsh, Rep. Diaz and Gov. Kim spoke at length."],
        ),
        (
            "Lt. Col. Ames joined Acme Co. in Jan. last year.",
            &["Lt. Col. Ames joined Acme Co. in Jan. last year."],
        ),
        (
            "Walter Pike Jr. was born near Mt. Elbert in cabin No. 4 and read p. 12 daily.",
            &["Walter Pike Jr. was born near Mt. Elbert in cabin No. 4 and read p. 12 daily."],
        ),
        (
            "The fair opens at 9 a.m. and closes at 5 p.m. on Friday.",
            &["The fair opens at 9 a.m. and closes at 5 p.m. on Friday."],
        ),
        (
            "Prices rose in the U.S. and the U.K. but fell in the E.U. Commission's survey.",
            &["Prices rose in the U.S. and the U.K. but fell in the E.U. Commission's survey."],
        ),
        (
            "Bring tools, e.g. hammers, i.e. anything heavy, etc. to the site.",
            &["Bring tools, e.g. hammers, i.e. anything heavy, etc. to the site."],
        ),
        (
            "The plant in Dayton, Ohio, moved to Reno, Nev. in 2001.",
            &["The plant in Dayton, Ohio, moved to Reno, Nev. in 2001."],
        ),
    ]);
}

#[test]
fn initials_decimals_prices_and_times_do_not_end_a_sentence() {
    check(&[
        (
            "The prize went to Ruth B. Ader and to T. S. Moreno on Sunday.",
            &["The prize went to Ruth B. Ader and to T. S. Moreno on Sunday."],
        ),
        (
            "The rate fell to 3.5 per cent at 9.45am and the shares cost $12.50 by 2.15pm.",
            &["The rate fell to 3.5 per cent at 9.45am and the shares cost $12.50 by 2.15pm."],
        ),
    ]);
}

#[test]
fn versions_addresses_and_links_do_not_end_a_sentence() {
    check(&[(
        "Version 2.4.1 is out. Write to help.desk@example.org. Then see www.example.net/a.b for more.",
        &[
            "Version 2.4.1 is out.",
            "Write to help.desk@example.org.",
            "Then see www.example.net/a.b for more.",
        ],
    )]);
}

#[test]
fn list_items_on_one_line_are_segments() {
    check(&[
        (
            "1.) Pack a bag 2.) Lock the door",
            &["1.) Pack a bag", "2.) Lock the door"],
        ),
        ("3) Water. 4) Food.", &["3) Water.", "4) Food."]),
        (
            "• Water • Food • Blankets",
            &["• Water", "• Food", "• Blankets"],
        ),
        ("a. Maps b. Torches", &["a. Maps", "b. Torches"]),
        // A number after a sentence is not an item unless it continues a list.
        (
            "Turn to chapter 2. Read it twice.",
            &["Turn to chapter 2.", "Read it twice."],
        ),
    ]);
}

#[test]
fn ellipses() {
    check(&[
        (
            "He paused ... and then spoke.",
            &["He paused ... and then spoke."],
        ),
        ("Wait... what happened?", &["Wait... what happened?"]),
        (
            "I am not sure . . . I think so.",
            &["I am not sure . . . I think so."],
        ),
        (
            "The road was closed.... Drivers turned back.",
            &["The road was closed....", "Drivers turned back."],
        ),
        (
            "It was over. [...] The town rebuilt.",
            &["It was over.", "[...] The town rebuilt."],
        ),
        (
            "they left in a hurry [...] We found the house empty.",
            &["they left in a hurry [...]", "We found the house empty."],
        ),
    ]);
}

#[test]
fn a_real_end_after_an_abbreviation_still_ends_the_sentence() {
    check(&[
        (
            "She moved to the U.S. Her sister stayed.",
            &["She moved to the U.S.", "Her sister stayed."],
        ),
        (
            "The talks ended at 6 p.m. Nobody spoke to reporters.",
            &["The talks ended at 6 p.m.", "Nobody spoke to reporters."],
        ),
        (
            "At 7 a.m. Ms Obi opened the shop.",
            &["At 7 a.m. Ms Obi opened the shop."],
        ),
        (
            "They sell fruit, bread, etc. The shop opens daily.",
            &["They sell fruit, bread, etc.", "The shop opens daily."],
        ),
        (
            "The firm is Lark & Co. It employs forty people.",
            &["The firm is Lark & Co.", "It employs forty people."],
        ),
    ]);
}

#[test]
fn repeated_marks_and_closing_quotes_stay_with_their_sentence() {
    check(&[
        ("Stop!! Nobody move.", &["Stop!!", "Nobody move."]),
        ("Really?! That is odd.", &["Really?!", "That is odd."]),
        (
            "She said: 'We will rebuild the school.' The crowd cheered.",
            &[
                "She said: 'We will rebuild the school.'",
                "The crowd cheered.",
            ],
        ),
        (
            "He wrote: “The bridge is safe.” Engineers disagreed.",
            &["He wrote: “The bridge is safe.”", "Engineers disagreed."],
        ),
        (
            "The council agreed (after a long debate.) The vote was close.",
            &[
                "The council agreed (after a long debate.)",
                "The vote was close.",
            ],
        ),
        (
            "It rained. (Nobody had expected it.) The match went on.",
            &[
                "It rained.",
                "(Nobody had expected it.)",
                "The match went on.",
            ],
        ),
    ]);
}

#[test]
fn a_boundary_inside_a_quotation_splits_it() {
    check(&[(
        "\"We lost everything. We will start again,\" he said.",
        &["\"We lost everything.", "We will start again,\" he said."],
    )]);
}

#[test]
fn straight_single_quotes_and_apostrophes() {
    check(&[
        (
            "The farmers' market opened on Wednesday's sunny morning. 'It's busy,' said Ann.",
            &[
                "The farmers' market opened on Wednesday's sunny morning.",
                "'It's busy,' said Ann.",
            ],
        ),
        (
            "He called it 'a disgrace.' Officials disagreed.",
            &["He called it 'a disgrace.'", "Officials disagreed."],
        ),
    ]);
}

#[test]
fn an_attribution_after_a_quoted_question_or_exclamation_continues_the_sentence() {
    check(&[
        (
            "\"Where is the bridge?\" asked the driver.",
            &["\"Where is the bridge?\" asked the driver."],
        ),
        ("“Run!” Tomas shouted.", &["“Run!” Tomas shouted."]),
        (
            "“Why now?” Nobody could answer that.",
            &["“Why now?”", "Nobody could answer that."],
        ),
        (
            "She works at Yahoo! in the city.",
            &["She works at Yahoo! in the city."],
        ),
    ]);
}

#[test]
fn datelines_and_credits_are_segments() {
    check(&[
        (
            "PORTLAND, Maine (AP) — A ferry ran aground on Sunday.",
            &["PORTLAND, Maine (AP) —", "A ferry ran aground on Sunday."],
        ),
        (
            "LISBON — The bridge reopened on Monday.",
            &["LISBON —", "The bridge reopened on Monday."],
        ),
        (
            "The ferry was towed to port. (Jan Roe/Harbour Photos)",
            &["The ferry was towed to port.", "(Jan Roe/Harbour Photos)"],
        ),
    ]);
}

#[test]
fn lowercased_text_still_splits_sensibly() {
    let text = "oslo , norway ( reuters ) - the city council met on tuesday and agreed a \
                new budget for the coming year after a long debate. It will pay for two \
                new schools in the east of the city. \" the plan is fair to everyone . \" \
                the opposition said it was too late. Is that so? nobody knows. The u.s. \
                Embassy said nothing.";
    check(&[(
        text,
        &[
            "oslo , norway ( reuters ) -",
            "the city council met on tuesday and agreed a new budget for the coming year after a long debate.",
            "It will pay for two new schools in the east of the city.",
            "\" the plan is fair to everyone . \"",
            "the opposition said it was too late.",
            "Is that so?",
            "nobody knows.",
            "The u.s. Embassy said nothing.",
        ],
    )]);
}

#[test]
fn lowercased_abbreviation_before_a_joining_conjunction_goes_on() {
    // In lowercased text the capital after every dot says nothing: `and`, `or`, `nor`
    // after an abbreviation's stop (a time's only before a number) join words of one
    // sentence (`abbreviation_join.rs`); another function word still opens a new one.
    check(&[
        (
            "the patrol was hit on monday when troops of the u.s. And their allies came \
             under fire near the river.",
            &["the patrol was hit on monday when troops of the u.s. And their allies came under fire near the river."],
        ),
        (
            "the new road runs from the harbour to the oil fields of 4 b.c. Or older, \
             the guide said.",
            &["the new road runs from the harbour to the oil fields of 4 b.c. Or older, the guide said."],
        ),
        // After a time, `And` may open the next sentence, unless a number follows it.
        (
            "the alarm rang at 7 a.m. And nobody woke up in the house.",
            &["the alarm rang at 7 a.m.", "And nobody woke up in the house."],
        ),
        (
            "the envoy flew back to the u.s. The talks will go on next week in oslo.",
            &["the envoy flew back to the u.s.", "The talks will go on next week in oslo."],
        ),
    ]);
}

#[test]
fn lowercased_headline_source_tail_before_new_text_ends_it() {
    // A headline citing its source after a colon (`: report`, `: sources`) ends there
    // when new text follows (`source_tail.rs`); a tail that goes on stays in its sentence.
    check(&[
        (
            "the mayor of dunmore weighs a second run: report the town council met on \
             monday to set the date of the vote.",
            &[
                "the mayor of dunmore weighs a second run: report",
                "the town council met on monday to set the date of the vote.",
            ],
        ),
        (
            "here is what the inquiry into the flooding found: report on the harbour works \
             is due in may, the council said.",
            &["here is what the inquiry into the flooding found: report on the harbour works is due in may, the council said."],
        ),
        (
            "we asked the envoy about the state of the talks: sources say the deal is near \
             and may be signed within a week.",
            &["we asked the envoy about the state of the talks: sources say the deal is near and may be signed within a week."],
        ),
    ]);
}

#[test]
fn extra_abbreviations_from_parameters() {
    let text = "We met Cllr. Amis at the Dist. 9 office.";
    assert_eq!(segments(text).len(), 3);
    let lex = Lexicon::with_extra(&["Dist".into()], &["Cllr".into()]);
    assert_eq!(split(text, &lex).len(), 1);
}

/// Every segment is trimmed, in order, and together they hold every non-space byte.
fn assert_covers(text: &str) {
    let segs = split(text, Lexicon::default_ref());
    let mut at = 0;
    let mut paragraph = 0;
    for s in &segs {
        assert!(
            s.start < s.end && s.start >= at,
            "{s:?} after {at} in {text:?}"
        );
        let piece = &text[s.start..s.end];
        assert_eq!(piece, piece.trim(), "untrimmed {piece:?}");
        assert!(
            text[at..s.start].bytes().all(|b| b <= b' '),
            "skipped text before {s:?}"
        );
        assert!(s.paragraph >= paragraph);
        paragraph = s.paragraph;
        at = s.end;
    }
    assert!(
        text[at..].bytes().all(|b| b <= b' '),
        "skipped text at the end of {text:?}"
    );
}

#[test]
fn segments_cover_odd_input() {
    for text in [
        "",
        " ",
        "\n\n\n",
        ".",
        "...",
        ". . .",
        "?!",
        "\"",
        "“",
        "(",
        ")",
        "[...]",
        "•",
        "1.",
        "a.",
        "— —",
        "( reuters )",
        "Mr.",
        "U.S.",
        "שלום עולם. مرحبا. 你好。世界。",
        "Ünïcödé… Ärger! ß.",
        "\u{1F600}. \u{1F600}? \u{1F600}",
        "end. \" \" \" \" next",
        "A.\nB.\r\n\r\nC. \t D.",
        "x.[1][2] Y",
        "]]]] [[[[ ]. [.",
    ] {
        assert_covers(text);
    }
}

/// A small deterministic generator, so the test needs no crate and never varies.
fn pseudo_random_text(seed: u64, len: usize) -> String {
    const PIECES: &[&str] = &[
        "word", "Word", ".", "!", "?", "…", "\"", "'", "“", "”", "‘", "’", "(", ")", "[", "]", " ",
        " ", " ", "\n", "\n\n", "Mr.", "U.S.", "a.m.", "1.", "•", "—", "-", "(AP)", ",", "é",
        "日本", "[...]", ". . .", "I", "it", "The", "e.g.", "p.", "No.", "said",
    ];
    let mut state = seed;
    let mut out = String::new();
    while out.len() < len {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        out.push_str(PIECES[(state >> 33) as usize % PIECES.len()]);
    }
    out
}

#[test]
fn segments_cover_random_input() {
    for seed in 0..300 {
        assert_covers(&pseudo_random_text(seed, 400));
    }
}

#[test]
fn time_is_linear_on_pathological_input() {
    let big = 1_000_000;
    let inputs = [
        "word ".repeat(big / 5),
        ".".repeat(big),
        ". ".repeat(big / 2),
        "a.".repeat(big / 2),
        "Mr. ".repeat(big / 4),
        ") ".repeat(big / 2),
        "x. ".to_string() + &") ".repeat(big / 2) + "y",
        "\" ".repeat(big / 2),
        "[...] ".repeat(big / 6),
        "1. ".repeat(big / 3),
        "• ".repeat(big / 4),
        "[".repeat(big) + "]",
        "\n".repeat(big),
    ];
    for text in &inputs {
        let small = &text[..text.len() / 10];
        let t = std::time::Instant::now();
        split(small, Lexicon::default_ref());
        let t_small = t.elapsed();
        let t = std::time::Instant::now();
        let segs = split(text, Lexicon::default_ref());
        let t_big = t.elapsed();
        assert!(segs.len() <= text.len());
        // Ten times the input may take somewhat more than ten times as long on a busy
        // machine, never a hundred times.
        assert!(
            t_big < t_small * 60 + std::time::Duration::from_millis(200),
            "{:?}...: {t_small:?} for a tenth, {t_big:?} for all",
            &text[..10.min(text.len())]
        );
    }
}

#[test]
fn a_ten_megabyte_paragraph_without_punctuation_is_one_segment() {
    let text = "lorem ipsum dolor ".repeat(10 * 1024 * 1024 / 18);
    let segs = split(&text, Lexicon::default_ref());
    assert_eq!(segs.len(), 1);
    assert_eq!(segs[0].end, text.trim_end().len());
}

#[test]
fn the_stage_writes_records_with_offsets_into_the_text() {
    let text = "Title line\n\nFirst sentence. Second one.\nA caption";
    let article = NormalisedArticle {
        article: "a1".into(),
        text: text.into(),
        captions: Vec::new(),
        changes: Default::default(),
        warnings: Vec::new(),
    };
    let records = Records::Normalised(vec![article]);
    let stage = Sentences::new(SentencesParams::default());
    let input = StageInput {
        set: "s",
        articles: &[],
        upstream: vec![(RecordKind::Normalised, records.view())],
    };
    let Ok(Records::Sentences(out)) = stage.run(&input) else {
        panic!("the stage returns sentences");
    };
    let got: Vec<(usize, &str, usize, SegmentKind)> = out
        .iter()
        .map(|s| (s.index, s.text.as_str(), s.paragraph, s.kind))
        .collect();
    assert_eq!(
        got,
        [
            (0, "Title line", 0, SegmentKind::Heading),
            (1, "First sentence.", 1, SegmentKind::Body),
            (2, "Second one.", 1, SegmentKind::Body),
            (3, "A caption", 1, SegmentKind::Other),
        ]
    );
    for s in &out {
        assert_eq!(&text[s.start..s.end], s.text);
        assert_eq!(s.article, "a1");
    }
}

#[test]
fn unknown_parameters_are_refused() {
    let mut params = crate::params::Params::new();
    params.insert("abbreviations".into(), serde_json::json!(["Cllr"]));
    assert!((spec().build)(&params).is_ok());
    params.insert("abbreviation".into(), serde_json::json!(["Cllr"]));
    assert!((spec().build)(&params).is_err());
}

#[test]
fn buffers_kept_from_an_earlier_text_change_nothing() {
    let lex = Lexicon::default_ref();
    let short = "the mayor said the bridge would close on monday the council met \
                 on tuesday to hear the engineers. advertisement the ferry will run \
                 every half hour from the north bank, a spokesman for the port said.";
    let first = split(short, lex);
    // A long lowercased text grows the buffers past what is kept, a normally cased
    // one leaves the model's alone.
    let long =
        "the river rose again overnight and the council opened the school hall. ".repeat(12_000);
    assert!(split(&long, lex).len() > 1000);
    assert_eq!(split(short, lex), first);
    let cased = "Storm Warning\n\nThe river rose on Monday in Newtown, officials said.";
    let cased_first = split(cased, lex);
    assert_eq!(split(short, lex), first);
    assert_eq!(split(cased, lex), cased_first);
    // Appending keeps what `out` held.
    let mut out = first.clone();
    split_into(short, lex, &mut out);
    assert_eq!(out.len(), 2 * first.len());
    assert_eq!(out[first.len()..], first[..]);
}
