//! Retrains the gap model of `sentences.v1` (segment ends without punctuation in
//! lowercased bulk-style text) and writes `stages/data/sentences/gap_model.bin` and
//! `stages/data/sentences/gap_pairs.bin`.
//!
//! usage: `cargo run --release -p corroborate-stages --example train_boundaries --
//! [--sets DIR]... [--out FILE] [--pairs-out FILE] [--bulk FILE] [--pairs-every N]
//! [--epochs N] [--beta B] [--beta-marked B] [--show N]` (defaults:
//! `../shared/corpus/sets` and `articles`, the two files above,
//! `../shared/corpus/multinews-plus.jsonl.gz`, pairs from every 5th bulk set, 6 epochs,
//! F0.5 and F1; run from the workspace root). `--show N` prints N held-out articles
//! with their ends marked (`|` the original's, `{R}` the rules', `{M}` with the model).
//! Experiments left off by default: `--bulk-every N` adds self-labelled bulk articles
//! (`gap_model::self_labels`) from every Nth set, `--repeat N` counts each projected
//! training article N times.
//!
//! Recipe: the word-pair table is counted over the clean sentences of the bulk sets
//! (`gap_model::pairs`), the sets with answers left out. Every article of every set
//! is normalised, split by the rules (normally cased full text, paragraph breaks
//! seen) and projected into bulk style (`gap_model::projection`). Sets are taken in
//! name order: every fifth set from the first is held out for testing, every fifth
//! from the second is used to choose the thresholds, the rest train. Training is an
//! averaged perceptron with a fixed seed, so the same data gives the same files.
//! Prints the held-out figures.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use common::{articles_of, set_dirs};
use flate2::read::GzDecoder;
use stages::records::{NormalisedArticle, RawArticle, Records};
use stages::sentences::gap_model::pairs::{PairCounter, PairTable};
use stages::sentences::gap_model::projection::{project_article, Projected};
use stages::sentences::gap_model::self_labels::{count_pairs, depunctuate};
use stages::sentences::gap_model::train::{margin_keeping, train, Evaluation, Examples};
use stages::sentences::gap_model::weights::Weights;
use stages::sentences::gap_model::{features::TABLE_BITS, GapModel};
use stages::sentences::Lexicon;
use stages::StageInput;

const SEED: u64 = 0x5EED_2026;
/// Share of the training spaces the whole model cuts at that each early test must
/// let through (the first on the prefix, the second before the word-pair look-up):
/// the last percents cost most of the time.
const EARLY_KEEP: [f64; 2] = [0.98, 0.998];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let mut roots: Vec<PathBuf> = args
        .iter()
        .enumerate()
        .filter(|(_, a)| *a == "--sets")
        .filter_map(|(i, _)| args.get(i + 1).map(PathBuf::from))
        .collect();
    if roots.is_empty() {
        roots = vec!["../shared/corpus/sets".into(), "articles".into()];
    }
    let out = PathBuf::from(value("--out").map_or("stages/data/sentences/gap_model.bin", |s| s));
    let epochs: usize = value("--epochs").and_then(|e| e.parse().ok()).unwrap_or(6);
    let bulk =
        PathBuf::from(value("--bulk").map_or("../shared/corpus/multinews-plus.jsonl.gz", |s| s));
    let repeat: usize = value("--repeat").and_then(|e| e.parse().ok()).unwrap_or(1);
    let bulk_every: usize = value("--bulk-every")
        .and_then(|e| e.parse().ok())
        .unwrap_or(0);
    let pairs_every: usize = value("--pairs-every")
        .and_then(|e| e.parse().ok())
        .unwrap_or(5);
    let pairs_out =
        PathBuf::from(value("--pairs-out").map_or("stages/data/sentences/gap_pairs.bin", |s| s));
    let lex = Lexicon::default_ref();
    let skip = answer_sets(&[
        "../shared/gold-corpus",
        "../shared/gold-unseen",
        "../shared/gold",
    ]);
    let (labelled, pairs) = read_bulk(&bulk, bulk_every, pairs_every, &skip, lex);

    let mut sets: Vec<PathBuf> = roots.iter().flat_map(|r| set_dirs(r)).collect();
    sets.sort_by_key(|p| p.file_name().map(|n| n.to_os_string()));
    let (mut fit, mut tune, mut test) = (Examples::default(), Examples::default(), Vec::new());
    let mut tune_articles = Vec::new();
    let mut skipped = 0;
    for (n, dir) in sets.iter().enumerate() {
        for p in projected_set(dir, lex) {
            let ok = match n % 5 {
                0 => {
                    test.push(p);
                    true
                }
                1 => {
                    let ok = tune.add(&p, lex, &pairs);
                    tune_articles.push(p);
                    ok
                }
                _ => (0..repeat).all(|_| fit.add(&p, lex, &pairs)),
            };
            skipped += usize::from(!ok);
        }
    }
    if !labelled.is_empty() {
        let before = (fit.len(), fit.positives());
        for p in &labelled {
            skipped += usize::from(!fit.add(p, lex, &pairs));
        }
        eprintln!(
            "bulk: {} self-labelled articles, {} spaces ({} ends)",
            labelled.len(),
            fit.len() - before.0,
            fit.positives() - before.1
        );
    }
    eprintln!(
        "{} sets; training spaces {} ({} ends), threshold spaces {} ({} ends), {} test articles, {} articles skipped",
        sets.len(),
        fit.len(),
        fit.positives(),
        tune.len(),
        tune.positives(),
        test.len(),
        skipped
    );
    let mut weights = train(&fit, epochs, SEED);
    // F-beta of each kind of space's threshold: precision first where no mark shows
    // the end, even weight after terminal punctuation.
    let beta = [
        value("--beta").and_then(|e| e.parse().ok()).unwrap_or(0.5),
        value("--beta-marked")
            .and_then(|e| e.parse().ok())
            .unwrap_or(1.0),
    ];
    weights.thresholds =
        [0, 1].map(|class| tune.best_threshold(&weights.table, class, beta[class]));
    // The margin of the early test, measured on the quantised weights.
    let quantised = match Weights::decode(&weights.encode(TABLE_BITS), TABLE_BITS) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("the encoded model does not decode: {e}");
            std::process::exit(1);
        }
    };
    let [mut first, mut second] = fit.shortfalls(&quantised.table, quantised.thresholds);
    let [tune_first, tune_second] = tune.shortfalls(&quantised.table, quantised.thresholds);
    first.extend(tune_first);
    second.extend(tune_second);
    weights.margins = [
        margin_keeping(first, EARLY_KEEP[0]),
        margin_keeping(second, EARLY_KEEP[1]),
    ];
    let bytes = weights.encode(TABLE_BITS);
    // Evaluate what is shipped: the quantised weights.
    let pair_bytes = pairs.encode();
    let model = match GapModel::from_parts(&bytes, &pair_bytes) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("the encoded model does not decode: {e}");
            std::process::exit(1);
        }
    };
    report("held-out sets", &model, &test, lex);
    let (lower, cased): (Vec<Projected>, Vec<Projected>) = test
        .iter()
        .cloned()
        .partition(|p| !p.text.bytes().any(|b| b.is_ascii_uppercase()));
    report("held-out, sentence starts capitalised", &model, &cased, lex);
    report("held-out, wholly lower-case", &model, &lower, lex);
    if let Some(n) = value("--show").and_then(|n| n.parse::<usize>().ok()) {
        for p in test.iter().take(n) {
            println!("{}\n", show(&model, p, lex));
        }
    }
    report("threshold sets", &model, &tune_articles, lex);
    for (path, data) in [(&out, &bytes), (&pairs_out, &pair_bytes)] {
        if let Err(e) = std::fs::write(path, data) {
            eprintln!("{}: {e}", path.display());
            std::process::exit(1);
        }
    }
    eprintln!(
        "thresholds {:?}, margins {:?}; wrote {} ({} bytes)",
        model.thresholds(),
        weights.margins,
        out.display(),
        bytes.len()
    );
}

fn report(name: &str, model: &GapModel, articles: &[Projected], lex: &Lexicon) {
    let mut ev = Evaluation::default();
    for p in articles {
        ev.add_article(model, p, lex);
    }
    let line = |what: &str, c: stages::sentences::gap_model::train::Counts| {
        println!(
            "{name}: {what}: P {:.3} R {:.3} F1 {:.3} (tp {}, fp {}, fn {})",
            c.precision(),
            c.recall(),
            c.f1(),
            c.true_pos,
            c.false_pos,
            c.false_neg
        );
    };
    line("model's cuts inside the rules' segments", ev.model);
    line("all segment ends, rules alone", ev.rules_alone);
    line("all segment ends, rules and model", ev.with_model);
}

/// The articles of one set, normalised and projected into bulk style.
fn projected_set(dir: &std::path::Path, lex: &Lexicon) -> Vec<Projected> {
    normalised(&articles_of(dir))
        .iter()
        .map(|a| project_article(&a.text, &a.article, lex))
        .collect()
}

/// Articles through `normalise.v1`, as the pipeline runs them before `sentences.v1`.
fn normalised(raw: &[RawArticle]) -> Vec<NormalisedArticle> {
    let Some(kind) = stages::find_kind("normalise.v1") else {
        return Vec::new();
    };
    let Ok(normaliser) = (kind.build)(&Default::default()) else {
        return Vec::new();
    };
    let input = StageInput {
        set: "train",
        articles: raw,
        upstream: Vec::new(),
    };
    match normaliser.run(&input) {
        Ok(Records::Normalised(n)) => n,
        _ => Vec::new(),
    }
}

/// What the bulk corpus (JSON lines, gzip) gives the model, from disjoint sets and
/// leaving out those named in `skip`: self-labelled articles (`self_labels`) from
/// the sets on every `every`-th line, and the word pairs inside the clean sentences
/// of the sets on every `pairs_every`-th line (an empty table with 0).
fn read_bulk(
    path: &Path,
    every: usize,
    pairs_every: usize,
    skip: &[String],
    lex: &Lexicon,
) -> (Vec<Projected>, PairTable) {
    let mut labelled = Vec::new();
    let mut counter = PairCounter::default();
    if every == 0 && pairs_every == 0 {
        return (labelled, counter.table());
    }
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{}: {e}; no bulk data", path.display());
            return (labelled, counter.table());
        }
    };
    let (mut counted, mut pair_sets) = (0, 0);
    for (n, line) in BufReader::new(GzDecoder::new(file)).lines().enumerate() {
        let Ok(line) = line else { break };
        let label = every > 0 && n % every == every / 2;
        let count = !label && pairs_every > 0 && n % pairs_every == 1;
        if !label && !count {
            continue;
        }
        let Ok(set) = serde_json::from_str::<BulkSet>(&line) else {
            continue;
        };
        if skip.contains(&set.set) {
            continue;
        }
        let raw: Vec<RawArticle> = set
            .articles
            .into_iter()
            .map(|a| RawArticle {
                id: format!("{}/{}", set.set, a.id),
                bytes: a.text.into_bytes(),
            })
            .collect();
        let articles = normalised(&raw);
        if label {
            labelled.extend(
                articles
                    .iter()
                    .filter_map(|a| depunctuate(&a.text, &a.article, lex)),
            );
        } else {
            pair_sets += 1;
            for a in &articles {
                count_pairs(&a.text, lex, &mut counter);
                counted += 1;
            }
        }
    }
    eprintln!("bulk: word pairs from {pair_sets} sets, {counted} articles");
    (labelled, counter.table())
}

#[derive(serde::Deserialize)]
struct BulkSet {
    set: String,
    articles: Vec<BulkArticle>,
}

#[derive(serde::Deserialize)]
struct BulkArticle {
    id: String,
    text: String,
}

/// The names of the sets with answers (the folders of these roots), kept out of
/// the training data.
fn answer_sets(roots: &[&str]) -> Vec<String> {
    roots
        .iter()
        .flat_map(|r| set_dirs(Path::new(r)))
        .filter_map(|d| Some(d.file_name()?.to_string_lossy().into_owned()))
        .collect()
}

/// The projected text with `|` where the original's segments end, `{R}` where the
/// rules cut and `{M}` where the model does.
fn show(model: &GapModel, p: &Projected, lex: &Lexicon) -> String {
    let mut rules = Vec::new();
    let (split, _) = stages::sentences::split_by_rules(&p.text, lex, &mut rules);
    let mut refined = rules.clone();
    model.refine(&p.text, &split, lex, &mut refined, 0);
    let mut out = String::new();
    for (i, t) in split.iter().enumerate() {
        out.push_str(&p.text[t.start..t.end]);
        if p.ends.get(i).copied().unwrap_or(false) {
            out.push('|');
        }
        if rules.iter().any(|s| s.end == t.end) {
            out.push_str("{R}");
        }
        if refined.iter().any(|s| s.end == t.end) {
            out.push_str("{M}");
        }
        out.push(' ');
    }
    out
}
