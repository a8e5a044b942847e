//! Retraining the gap model of `sentences.v1` from the same data gives the same
//! weights, byte for byte. Two checks: the whole recipe
//! (`stages/examples/train_boundaries.rs`, run in-process with its defaults) gives
//! the shipped `gap_model.bin` and `gap_pairs.bin`, so that a change to anything the
//! trainer reads (normaliser, rules, projection, features, word lists, the shared
//! corpus) cannot leave the shipped weights behind unnoticed; and a fast one on the
//! bundled set (`articles/westminster`), trained twice, that needs no shared data.

use std::path::Path;

#[allow(dead_code)]
#[path = "../examples/train_boundaries.rs"]
mod train_boundaries;

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

/// The whole default recipe, as `cargo run --release -p corroborate-stages
/// --example train_boundaries` runs it, against the shipped files. It reads the
/// shared corpus (`../shared/corpus`: the 210 full-text sets and the bulk file,
/// whose sets give the word-pair table) and is skipped, with a note, where that
/// is missing; about a minute in a release build, far longer in a debug one.
#[test]
#[cfg_attr(debug_assertions, ignore = "release builds only: cargo test --release")]
fn the_default_retraining_writes_the_shipped_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let shared = root.join("../shared/corpus");
    if !shared.join("multinews-plus.jsonl.gz").is_file() || !shared.join("sets").is_dir() {
        eprintln!("no shared corpus at {}: skipped", shared.display());
        return;
    }
    // The trainer's paths are relative to the workspace root.
    std::env::set_current_dir(&root).expect("the workspace root");
    let trained = train_boundaries::retrain(&[]).expect("a model is trained");
    let data = root.join("stages/data/sentences");
    let shipped_model = std::fs::read(data.join("gap_model.bin")).expect("gap_model.bin");
    let shipped_pairs = std::fs::read(data.join("gap_pairs.bin")).expect("gap_pairs.bin");
    assert!(
        trained.pairs == shipped_pairs,
        "the word-pair table counted today differs from the shipped gap_pairs.bin: retrain \
         (train_boundaries) and ship both files, with their figures"
    );
    assert!(
        trained.model == shipped_model,
        "the weights trained today differ from the shipped gap_model.bin: retrain \
         (train_boundaries) and ship them, with their figures"
    );
}
