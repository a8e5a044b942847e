//! Retraining the gap model of `sentences.v1` from the same data gives the same
//! weights, byte for byte. Uses the bundled set (`articles/westminster`), projected
//! into bulk style, and a few epochs, so that it runs fast; the full recipe is
//! `stages/examples/train_boundaries.rs`.

use std::path::Path;

use stages::records::{RawArticle, Records};
use stages::sentences::gap_model::features::TABLE_BITS;
use stages::sentences::gap_model::pairs::PairTable;
use stages::sentences::gap_model::projection::{project_article, Projected};
use stages::sentences::gap_model::train::{margin_keeping, train, Examples};
use stages::sentences::Lexicon;
use stages::StageInput;

fn bundled_projected() -> Vec<Projected> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../articles/westminster");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the bundled set")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let raw: Vec<RawArticle> = files
        .iter()
        .map(|p| RawArticle {
            id: p.file_stem().unwrap().to_string_lossy().into_owned(),
            bytes: std::fs::read(p).unwrap(),
        })
        .collect();
    let kind = stages::find_kind("normalise.v1").expect("normalise stage");
    let normaliser = (kind.build)(&Default::default()).expect("build normalise");
    let input = StageInput {
        set: "westminster",
        articles: &raw,
        upstream: Vec::new(),
    };
    let Ok(Records::Normalised(articles)) = normaliser.run(&input) else {
        panic!("normalise failed");
    };
    let lex = Lexicon::default_ref();
    articles
        .iter()
        .map(|a| project_article(&a.text, &a.article, lex))
        .collect()
}

fn trained_bytes(projected: &[Projected]) -> Vec<u8> {
    let mut examples = Examples::default();
    for p in projected {
        assert!(
            examples.add(p, Lexicon::default_ref(), &PairTable::empty()),
            "words line up"
        );
    }
    assert!(examples.positives() > 0, "some segment ends to learn");
    let mut weights = train(&examples, 3, 7);
    weights.thresholds = [0, 1, 2].map(|c| examples.best_threshold(&weights.table, c, 0.5));
    weights.margins = [0, 1, 2, 3].map(|c| {
        let [first, second] = examples.shortfalls(&weights.table, weights.thresholds, c);
        [margin_keeping(first, 0.99), margin_keeping(second, 0.99)]
    });
    weights.encode(TABLE_BITS)
}

#[test]
fn retraining_from_the_same_data_gives_the_same_weights() {
    let projected = bundled_projected();
    assert!(projected.len() >= 3, "the bundled set has its articles");
    let first = trained_bytes(&projected);
    let second = trained_bytes(&projected);
    assert!(first.len() > 100, "weights were learned");
    assert_eq!(first, second);
}

#[test]
fn the_projection_is_the_same_each_time() {
    assert_eq!(bundled_projected(), bundled_projected());
}
