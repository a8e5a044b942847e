//! Times `casualties.v1` on pipeline output, best of N by thread CPU time.
//!
//! usage: cargo run --release -p corroborate-stages --example casualties_speed -- OUT_DIR [REPEAT]
//!
//! OUT_DIR is a `corroborate run` output folder (one sub-folder per set holding
//! `normalise.jsonl` and `sentences.jsonl`). Unlike the `casualties` example, which
//! reports the wall time of all runs together, this prints the best single run in
//! CPU time, which other processes on a shared machine disturb less.

mod common;

use common::{cpu_seconds, read_jsonl};

use std::time::Instant;

use stages::records::{NormalisedArticle, Sentence};

fn load(dir: &str) -> Vec<(NormalisedArticle, Vec<Sentence>)> {
    let mut work = Vec::new();
    let mut sets: Vec<_> = std::fs::read_dir(dir)
        .map(|r| r.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    sets.sort();
    for set in sets {
        let arts: Vec<NormalisedArticle> = read_jsonl(&set.join("normalise.jsonl"));
        let sents: Vec<Sentence> = read_jsonl(&set.join("sentences.jsonl"));
        for a in arts {
            let own: Vec<Sentence> = sents
                .iter()
                .filter(|s| s.article == a.article)
                .cloned()
                .collect();
            work.push((a, own));
        }
    }
    work
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: casualties_speed OUT_DIR [REPEAT]");
        std::process::exit(2);
    };
    let repeat: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(10);
    let work = load(dir);
    let bytes: usize = work.iter().map(|(a, _)| a.text.len()).sum();
    let mut best = f64::INFINITY;
    let mut best_cpu = f64::INFINITY;
    let mut n = 0;
    for _ in 0..repeat.max(1) {
        let cpu = cpu_seconds();
        let t0 = Instant::now();
        n = 0;
        for (a, s) in &work {
            n += stages::casualties::article_facts(a, s).len();
        }
        best = best.min(t0.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu, cpu_seconds()) {
            best_cpu = best_cpu.min(b - a);
        }
    }
    println!(
        "casualties: {} articles, {bytes} bytes, {n} facts, best of {repeat}: \
         wall {best:.4} s = {:.1} MB/s, cpu {best_cpu:.4} s = {:.1} MB/s",
        work.len(),
        bytes as f64 / best / 1e6,
        bytes as f64 / best_cpu / 1e6
    );
}
