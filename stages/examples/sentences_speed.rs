//! Times the whole `sentences.v1` stage (splitter and `Sentence` records) on the
//! normalised articles of article sets: `cargo run --release -p corroborate-stages
//! --example sentences_speed -- DIR [REPEAT] [--dump FILE]`, where DIR holds set
//! folders of `.txt` articles (or is one set). Normalises every article once, then
//! runs the stage article by article, as the pipeline does, REPEAT times and prints
//! the normalised bytes, seconds and MB/s of the best run (wall and CPU), then the CPU
//! time of cloning and serialising the records once, as the engine does. `--dump
//! FILE` writes every sentence record as JSON lines, so that two builds can be
//! compared byte for byte.

mod common;

use common::{articles_of, cpu_seconds, set_dirs};

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use stages::records::{RecordKind, Records};
use stages::StageInput;

/// Every article of every set, normalised, one `Records` each (the stage is
/// article-scoped, so the pipeline hands it one article at a time).
fn normalised_articles(root: &Path) -> Vec<Records> {
    let normalise = stages::find_kind("normalise.v1").expect("normalise stage");
    let normaliser = (normalise.build)(&Default::default()).expect("build normalise");
    let mut out = Vec::new();
    for dir in set_dirs(root) {
        let raw = articles_of(&dir);
        let input = StageInput {
            set: "bench",
            articles: &raw,
            upstream: Vec::new(),
        };
        if let Ok(Records::Normalised(n)) = normaliser.run(&input) {
            out.extend(n.into_iter().map(|a| Records::Normalised(vec![a])));
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let root = PathBuf::from(args.get(1).map(String::as_str).unwrap_or("articles"));
    let repeat: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(10);
    let dump = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|i| args.get(i + 1));
    let articles = normalised_articles(&root);
    let bytes: usize = articles
        .iter()
        .map(|r| match r {
            Records::Normalised(v) => v.iter().map(|a| a.text.len()).sum(),
            _ => 0,
        })
        .sum();
    let kind = stages::find_kind("sentences.v1").expect("sentences stage");
    let stage = (kind.build)(&Default::default()).expect("build sentences");
    let mut best = f64::INFINITY;
    let mut best_cpu = f64::INFINITY;
    let mut outputs = Vec::new();
    for _ in 0..repeat.max(1) {
        outputs.clear();
        let cpu = cpu_seconds();
        let start = Instant::now();
        for records in &articles {
            let input = StageInput {
                set: "bench",
                articles: &[],
                upstream: vec![(RecordKind::Normalised, records.view())],
            };
            if let Ok(Records::Sentences(s)) = stage.run(&input) {
                outputs.push(s);
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu, cpu_seconds()) {
            best_cpu = best_cpu.min(b - a);
        }
    }
    if let Some(path) = dump {
        let mut f = std::io::BufWriter::new(fs::File::create(path).expect("dump file"));
        for s in outputs.iter().flatten() {
            let line = serde_json::to_string(s).expect("serialise");
            writeln!(f, "{line}").expect("write dump");
        }
    }
    // What the engine does after the stage, counted in its per-stage time: serialise
    // each set's records (here each article's, a close enough stand-in).
    let ser_cpu = cpu_seconds();
    let serialised: usize = outputs
        .iter()
        .map(|s| Records::Sentences(s.clone()).to_bytes().len())
        .sum();
    let ser_cpu = match (ser_cpu, cpu_seconds()) {
        (Some(a), Some(b)) => b - a,
        _ => f64::NAN,
    };
    let count: usize = outputs.iter().map(Vec::len).sum();
    println!(
        "sentences: {} articles, {bytes} bytes, {count} segments, best of {repeat}: \
         wall {best:.4} s = {:.1} MB/s, cpu {best_cpu:.4} s = {:.1} MB/s",
        articles.len(),
        bytes as f64 / best / 1e6,
        bytes as f64 / best_cpu / 1e6
    );
    println!(
        "  then cloning and serialising the records ({serialised} bytes of JSON lines): \
         cpu {ser_cpu:.4} s"
    );
}
