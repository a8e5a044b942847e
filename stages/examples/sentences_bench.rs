//! Times the sentence splitter on paragraphs given one at a time, as the peer
//! splitters are timed by `bench/sentences.sh`, or prints the segments.
//!
//! usage: sentences_bench PARAGRAPHS.jsonl [--repeat N] [--print]
//!
//! PARAGRAPHS.jsonl holds one JSON string per line. Prints the characters (Unicode
//! scalar values, as Python counts them) per second of the best of N runs.

use std::time::Instant;

use stages::sentences::{split_into, Lexicon, Segment};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: sentences_bench PARAGRAPHS.jsonl [--repeat N] [--print]");
        std::process::exit(2);
    };
    let repeat = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(5);
    let print = args.iter().any(|a| a == "--print");
    let data = match std::fs::read_to_string(path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let paragraphs: Vec<String> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let chars: usize = paragraphs.iter().map(|p| p.chars().count()).sum();
    let lex = Lexicon::default_ref();
    let mut segments: Vec<Segment> = Vec::new();
    if print {
        for p in &paragraphs {
            segments.clear();
            split_into(p, lex, &mut segments);
            for s in &segments {
                println!("{}", &p[s.start..s.end]);
            }
            println!();
        }
        return;
    }
    let mut best = f64::INFINITY;
    let mut count = 0;
    for _ in 0..repeat {
        let t = Instant::now();
        count = 0;
        for p in &paragraphs {
            segments.clear();
            split_into(p, lex, &mut segments);
            count += segments.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "corroborate sentences.v1: {} paragraphs, {} chars, {} segments, best of {}: {:.4} s, {:.1} M chars/s",
        paragraphs.len(),
        chars,
        count,
        repeat,
        best,
        chars as f64 / best / 1e6
    );
}
