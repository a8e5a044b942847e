//! The speed ceiling the benchmark compares stages with: read every `.txt`
//! file under a folder and make one regex pass over its bytes (here, finding
//! candidate sentence ends), on one core.
//!
//! usage: cargo run --release --example ceiling -- DIR

use std::path::Path;
use std::time::Instant;

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "articles".into());
    let mut paths = Vec::new();
    files(Path::new(&dir), &mut paths);
    paths.sort();
    let re = regex::bytes::Regex::new(r#"[.!?]["'”’)]*\s+[A-Z“"‘']"#).expect("regex");
    let started = Instant::now();
    let (mut bytes, mut hits) = (0usize, 0usize);
    for p in &paths {
        let Ok(text) = std::fs::read(p) else { continue };
        bytes += text.len();
        hits += re.find_iter(&text).count();
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "ceiling: {} files, {:.1} MB, {hits} matches, {secs:.3} s, {:.1} MB/s",
        paths.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
}
