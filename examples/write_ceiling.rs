//! The file-writing floor of a run: writes again, into a fresh folder, every
//! file of an output folder a run made (same folders, names and bytes), the
//! way the engine writes a new set (a hidden staging folder per set, renamed
//! into place), on THREADS threads. No stage runs: this is what the files
//! alone cost, so `INPUT_MB / seconds` is the fastest any end-to-end run
//! writing these outputs could go here.
//!
//! usage: cargo run --release --example write_ceiling -- OUT INPUT_MB [THREADS]

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

/// One set folder: its name and its files' names and bytes.
type SetFiles = (String, Vec<(String, Vec<u8>)>);

fn read_sets(out: &Path) -> Vec<SetFiles> {
    let mut sets: Vec<SetFiles> = Vec::new();
    let Ok(entries) = fs::read_dir(out) else {
        return sets;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !e.path().is_dir() {
            continue;
        }
        let files = fs::read_dir(e.path())
            .map(|d| {
                d.flatten()
                    .filter_map(|f| {
                        let bytes = fs::read(f.path()).ok()?;
                        Some((f.file_name().to_string_lossy().into_owned(), bytes))
                    })
                    .collect()
            })
            .unwrap_or_default();
        sets.push((name, files));
    }
    sets.sort();
    sets
}

fn write_set(dest: &Path, (name, files): &SetFiles) -> std::io::Result<()> {
    let staging = dest.join(format!(".{name}.new"));
    fs::create_dir(&staging)?;
    for (file, bytes) in files {
        fs::write(staging.join(file), bytes)?;
    }
    fs::rename(&staging, dest.join(name))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(out), Some(input_mb)) = (
        args.get(1).map(PathBuf::from),
        args.get(2).and_then(|m| m.parse::<f64>().ok()),
    ) else {
        eprintln!("usage: write_ceiling OUT INPUT_MB [THREADS]");
        std::process::exit(2);
    };
    let threads: usize = args.get(3).and_then(|t| t.parse().ok()).unwrap_or(2);
    let sets = read_sets(&out);
    let files: usize = sets.iter().map(|(_, f)| f.len()).sum();
    let bytes: usize = sets
        .iter()
        .flat_map(|(_, f)| f.iter().map(|(_, b)| b.len()))
        .sum();
    let dest = out.with_file_name(format!(
        "{}.write-ceiling",
        out.file_name()
            .map_or("out".into(), |n| n.to_string_lossy())
    ));
    if let Err(e) = fs::create_dir(&dest) {
        eprintln!("cannot create {}: {e}", dest.display());
        std::process::exit(1);
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    let started = Instant::now();
    let failed = pool.install(|| {
        sets.par_iter()
            .filter(|s| write_set(&dest, s).is_err())
            .count()
    });
    let secs = started.elapsed().as_secs_f64();
    println!(
        "write ceiling: {} sets, {files} files, {:.1} MB written in {secs:.2} s on {threads} threads ({failed} failed): at most {:.1} MB/s of input ({input_mb} MB)",
        sets.len(),
        bytes as f64 / 1e6,
        input_mb / secs
    );
    println!("(written to {}; delete it when done)", dest.display());
}
