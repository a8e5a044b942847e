//! Properties every stage keeps on any input: no panic, offsets on character
//! boundaries inside the text, each `text` equal to the slice its offsets name,
//! sentences covering each paragraph's text in order.

use proptest::prelude::*;
use stages::{invariants, RawArticle, RecordKind, Records, StageInput};

fn build(kind: &str) -> Box<dyn stages::Stage> {
    let spec = stages::find_kind(kind).unwrap_or_else(|| panic!("no stage kind {kind}"));
    (spec.build)(&Default::default()).unwrap_or_else(|e| panic!("{kind}: {e}"))
}

struct Outputs {
    normalised: Records,
    sentences: Records,
    quotes: Records,
    casualties: Records,
}

fn input<'a>(raw: &'a [RawArticle], upstream: Vec<(RecordKind, &'a Records)>) -> StageInput<'a> {
    StageInput {
        set: "s",
        articles: raw,
        upstream: upstream.into_iter().map(|(k, r)| (k, r.view())).collect(),
    }
}

fn pipeline(bytes: &[u8]) -> Outputs {
    let raw = [RawArticle {
        id: "a".into(),
        bytes: bytes.to_vec(),
    }];
    let normalised = build("normalise.v1")
        .run(&input(&raw, vec![]))
        .expect("normalise");
    let sentences = build("sentences.v1")
        .run(&input(&raw, vec![(RecordKind::Normalised, &normalised)]))
        .expect("sentences");
    let both = || {
        vec![
            (RecordKind::Normalised, &normalised),
            (RecordKind::Sentences, &sentences),
        ]
    };
    let quotes = build("quotes.v1")
        .run(&input(&raw, both()))
        .expect("quotes");
    let casualties = build("casualties.v1")
        .run(&input(&raw, both()))
        .expect("casualties");
    Outputs {
        normalised,
        sentences,
        quotes,
        casualties,
    }
}

fn check(bytes: &[u8]) {
    let out = pipeline(bytes);
    let Records::Normalised(articles) = &out.normalised else {
        panic!("normalise gave {:?}", out.normalised)
    };
    let text = &articles[0].text;
    let Records::Sentences(sentences) = &out.sentences else {
        panic!("sentences gave {:?}", out.sentences)
    };
    invariants::sentences(text, sentences).unwrap_or_else(|e| panic!("sentences: {e}"));
    let Records::Quotes(quotes) = &out.quotes else {
        panic!("quotes gave {:?}", out.quotes)
    };
    invariants::quotes(text, quotes).unwrap_or_else(|e| panic!("quotes: {e}"));
    let Records::Casualties(facts) = &out.casualties else {
        panic!("casualties gave {:?}", out.casualties)
    };
    invariants::casualties(text, facts).unwrap_or_else(|e| panic!("casualties: {e}"));
}

/// Text made of the pieces news text is made of, and the characters that break splitters.
fn newsy() -> impl Strategy<Value = String> {
    let fixed = [
        "Mr. ",
        "U.S. ",
        "said: ",
        "\"",
        "“",
        "”",
        "'",
        "‘",
        "’",
        ". ",
        "? ",
        "!",
        "...",
        "\n",
        "\n\n",
        "12 ",
        "three ",
        "killed ",
        "injured ",
        "British ",
        "people ",
        "were ",
        "at least ",
        "%image(1, alt=\"x\")\n",
        "\u{a0}",
        "\u{200b}",
        "é",
        "日本",
        "שלום ",
        "â€™",
        "\r\n",
        "(",
        ")",
        "5,400 ",
        "a dozen ",
        "Police said ",
        "told reporters ",
        "according to ",
    ];
    let piece = prop_oneof![
        prop::sample::select(fixed.to_vec()).prop_map(str::to_string),
        "[A-Za-z]{1,8} ",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    // PROPTEST_CASES raises the count for a longer search.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300),
        ..ProptestConfig::default()
    })]

    #[test]
    fn stages_keep_their_invariants_on_newsy_text(text in newsy()) {
        check(text.as_bytes());
    }

    #[test]
    fn stages_keep_their_invariants_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(&bytes);
    }
}

#[test]
fn regression_inputs_keep_the_invariants() {
    // Inputs that once broke a stage, one per line; `\n` stands for a line break.
    for line in include_str!("regressions.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
    {
        check(line.replace("\\n", "\n").as_bytes());
    }
    // Crash inputs found by the fuzz targets, kept as they were found.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut found = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/regressions") {
        let path = entry.expect("entry").path();
        check(&std::fs::read(&path).expect("read"));
        found += 1;
    }
    assert!(found > 0, "no regression inputs in {}", dir.display());
}
