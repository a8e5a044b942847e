//! Runs the stages up to the one a target fuzzes and checks the invariants of
//! its records against the normalised text.

use stages::{invariants, RawArticle, RecordKind, Records, StageInput};

pub fn run(kind: &str, raw: &[RawArticle], upstream: Vec<(RecordKind, &Records)>) -> Records {
    let spec = stages::find_kind(kind).expect("stage kind");
    let stage = (spec.build)(&Default::default()).expect("build");
    stage
        .run(&StageInput {
            set: "fuzz",
            articles: raw,
            upstream: upstream.into_iter().map(|(k, r)| (k, r.view())).collect(),
        })
        .expect("stages do not fail on text")
}

#[allow(dead_code)] // each target reads the fields it checks
pub struct Upto {
    pub text: String,
    pub normalised: Records,
    pub sentences: Option<Records>,
}

pub fn normalise_and_split(data: &[u8], split: bool) -> (Vec<RawArticle>, Upto) {
    let raw = vec![RawArticle { id: "a".into(), bytes: data.to_vec() }];
    let normalised = run("normalise.v1", &raw, vec![]);
    let Records::Normalised(rows) = &normalised else { panic!("normalise output") };
    let text = rows[0].text.clone();
    assert!(!text.contains('\r') && !text.contains("\n\n\n"), "normalised layout");
    let sentences = split.then(|| run("sentences.v1", &raw, vec![(RecordKind::Normalised, &normalised)]));
    if let Some(Records::Sentences(s)) = &sentences {
        invariants::sentences(&text, s).expect("sentence invariants");
    }
    (raw, Upto { text, normalised, sentences })
}
