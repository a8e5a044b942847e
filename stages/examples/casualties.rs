//! Runs `casualties.v1` on pipeline output and reports throughput.
//!
//! usage: cargo run --release -p corroborate-stages --example casualties -- OUT_DIR [REPEAT] [--print]
//!
//! OUT_DIR is a `corroborate run` output folder (one sub-folder per set holding
//! `normalise.jsonl` and `sentences.jsonl`). Each article is processed REPEAT times (default 20);
//! the bytes of normalised text per second of stage time are printed.

use std::time::Instant;

use stages::records::{NormalisedArticle, Sentence};

fn read_jsonl<T: serde::de::DeserializeOwned>(path: &std::path::Path) -> Vec<T> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: casualties OUT_DIR [REPEAT] [--print]");
        std::process::exit(2);
    };
    let repeat: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(20);
    let print = args.iter().any(|a| a == "--print");
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
    let bytes: usize = work.iter().map(|(a, _)| a.text.len()).sum();
    let t0 = Instant::now();
    let mut n = 0;
    for _ in 0..repeat {
        for (a, s) in &work {
            let facts = stages::casualties::article_facts(a, s);
            n += facts.len();
            if print && repeat == 1 {
                for f in facts {
                    println!("{}", serde_json::to_string(&f).unwrap_or_default());
                }
            }
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    eprintln!(
        "{} articles, {:.2} MB x {repeat}: {:.3} s, {:.1} MB/s, {} facts",
        work.len(),
        bytes as f64 / 1e6,
        secs,
        (bytes * repeat) as f64 / 1e6 / secs,
        n / repeat.max(1)
    );
}
