//! Times the quote stage on article sets: `cargo run --release -p corroborate-stages
//! --example quotes_speed -- DIR [REPEAT]`, where DIR holds set folders of `.txt`
//! articles (or is one set). Normalises first (not timed), then runs `quotes.v1` on
//! each set, REPEAT times, and prints bytes, seconds and MB/s of the best run.

// Under the allocator the `corroborate` binary runs the stage with (mimalloc): the
// system allocator cost the stage about a tenth of its instructions more.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod common;

use common::{articles_of, cpu_seconds, set_dirs};

use std::path::PathBuf;
use std::time::Instant;

use stages::records::{RecordKind, Records};
use stages::StageInput;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let root = PathBuf::from(args.get(1).map(String::as_str).unwrap_or("articles"));
    let repeat: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(3);
    let dirs = set_dirs(&root);
    let normalise = stages::find_kind("normalise.v1").expect("normalise stage");
    let normaliser = (normalise.build)(&Default::default()).expect("build normalise");
    let mut sets = Vec::new();
    for dir in &dirs {
        let raw = articles_of(dir);
        let input = StageInput {
            set: "bench",
            articles: &raw,
            upstream: Vec::new(),
        };
        if let Ok(Records::Normalised(n)) = normaliser.run(&input) {
            sets.push(n);
        }
    }
    let bytes: usize = sets.iter().flatten().map(|a| a.text.len()).sum();
    let mut best = f64::INFINITY;
    let mut best_cpu = f64::INFINITY;
    let mut found = 0;
    for _ in 0..repeat.max(1) {
        let cpu = cpu_seconds();
        let start = Instant::now();
        found = 0;
        for set in &sets {
            let texts: Vec<(&str, &str)> = set
                .iter()
                .map(|a| (a.article.as_str(), a.text.as_str()))
                .collect();
            found += stages::quotes::quotations(&texts).len();
        }
        best = best.min(start.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu, cpu_seconds()) {
            best_cpu = best_cpu.min(b - a);
        }
    }
    let _ = RecordKind::Quotes;
    println!(
        "ours: {bytes} bytes in {} sets, {found} quotations, best of {repeat}: \
         wall {best:.4} s = {:.1} MB/s, cpu {best_cpu:.4} s = {:.1} MB/s",
        sets.len(),
        bytes as f64 / best / 1e6,
        bytes as f64 / best_cpu / 1e6
    );
}
