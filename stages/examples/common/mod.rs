//! What the speed examples share: reading article sets and pipeline outputs,
//! and the CPU time of the calling thread. Each example uses some of it.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use stages::records::RawArticle;

/// The `.txt` articles of one set folder, sorted by id.
pub fn articles_of(dir: &Path) -> Vec<RawArticle> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    files.sort();
    files
        .iter()
        .filter_map(|p| {
            Some(RawArticle {
                id: p.file_stem()?.to_string_lossy().into_owned(),
                bytes: fs::read(p).ok()?,
            })
        })
        .collect()
}

/// The set folders under `root`, sorted; `root` itself when it holds none.
pub fn set_dirs(root: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(root)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    if dirs.is_empty() {
        dirs.push(root.to_path_buf());
    }
    dirs
}

/// The records of a JSON-lines file; lines that do not parse are skipped.
pub fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> Vec<T> {
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

/// CPU time of this thread in seconds (Linux), so that other processes on a busy
/// machine do not count against the code timed.
pub fn cpu_seconds() -> Option<f64> {
    let stat = fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
