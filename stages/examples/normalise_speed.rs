//! Times `normalise.v1` on article sets: `cargo run --release -p corroborate-stages
//! --example normalise_speed -- DIR [REPEAT] [--dump FILE]`, where DIR holds set
//! folders of `.txt` articles (or is one set). Runs the stage on every set REPEAT
//! times and prints input bytes, seconds and MB/s of the best run (wall and CPU).
//! `--dump FILE` writes every normalised record as JSON lines, so that two builds
//! can be compared byte for byte.

mod common;

use common::{articles_of, cpu_seconds, set_dirs};

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use stages::records::{RawArticle, Records};
use stages::StageInput;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let root = PathBuf::from(args.get(1).map(String::as_str).unwrap_or("articles"));
    let repeat: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(3);
    let dump = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|i| args.get(i + 1));
    let sets: Vec<Vec<RawArticle>> = set_dirs(&root).iter().map(|d| articles_of(d)).collect();
    let bytes: usize = sets.iter().flatten().map(|a| a.bytes.len()).sum();
    let normalise = stages::find_kind("normalise.v1").expect("normalise stage");
    let normaliser = (normalise.build)(&Default::default()).expect("build normalise");
    let mut best = f64::INFINITY;
    let mut best_cpu = f64::INFINITY;
    let mut outputs = Vec::new();
    for _ in 0..repeat.max(1) {
        let cpu = cpu_seconds();
        let start = Instant::now();
        outputs.clear();
        for raw in &sets {
            let input = StageInput {
                set: "bench",
                articles: raw,
                upstream: Vec::new(),
            };
            if let Ok(Records::Normalised(n)) = normaliser.run(&input) {
                outputs.push(n);
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu, cpu_seconds()) {
            best_cpu = best_cpu.min(b - a);
        }
    }
    if let Some(path) = dump {
        let mut f = std::io::BufWriter::new(fs::File::create(path).expect("dump file"));
        for a in outputs.iter().flatten() {
            let line = serde_json::to_string(a).expect("serialise");
            writeln!(f, "{line}").expect("write dump");
        }
    }
    println!(
        "normalise: {bytes} bytes in {} sets, best of {repeat}: \
         wall {best:.4} s = {:.1} MB/s, cpu {best_cpu:.4} s = {:.1} MB/s",
        sets.len(),
        bytes as f64 / best / 1e6,
        bytes as f64 / best_cpu / 1e6
    );
}
