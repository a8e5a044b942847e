//! Fingerprints the source and data each built-in stage is made of, so the
//! engine's cache keys change when a stage's code changes, not only when its
//! version is bumped. Exposed as `CORROBORATE_CODE_<STAGE>` at compile time.

use std::fs;
use std::path::{Path, PathBuf};

const STAGES: &[&str] = &[
    "normalise",
    "sentences",
    "quotes",
    "casualties",
    "reconcile",
    "report",
];
/// Data files a stage reads from another stage's data folder.
const BORROWED: &[(&str, &str)] = &[
    ("casualties", "data/quotes/departments.txt"),
    ("report", "data/reconcile/countries.tsv"),
];
/// Files every stage depends on.
const SHARED: &[&str] = &[
    "src/lib.rs",
    "src/stage.rs",
    "src/params.rs",
    "src/registry.rs",
    "src/records",
    "src/data.rs",
    "src/lexicon.rs",
    "data/people",
    "data/casualties/nationalities.tsv",
];

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        if let Ok(entries) = fs::read_dir(path) {
            for e in entries.flatten() {
                files(&e.path(), out);
            }
        }
    } else if path.is_file() {
        out.push(path.to_path_buf());
    }
}

/// FNV-1a, 64 bits: enough to tell one version of the code from another.
fn fnv(hash: &mut u64, bytes: &[u8]) {
    for b in bytes {
        *hash ^= u64::from(*b);
        *hash = hash.wrapping_mul(0x100_0000_01b3);
    }
}

fn main() {
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=data");
    for stage in STAGES {
        let mut paths = Vec::new();
        for shared in SHARED {
            files(Path::new(shared), &mut paths);
        }
        files(&Path::new("src").join(stage), &mut paths);
        files(&Path::new("data").join(stage), &mut paths);
        for (_, path) in BORROWED.iter().filter(|(s, _)| s == stage) {
            files(Path::new(path), &mut paths);
        }
        paths.sort();
        let mut hash = 0xcbf2_9ce4_8422_2325_u64;
        for p in &paths {
            fnv(&mut hash, p.to_string_lossy().as_bytes());
            fnv(&mut hash, &fs::read(p).unwrap_or_default());
        }
        println!(
            "cargo:rustc-env=CORROBORATE_CODE_{}={hash:016x}",
            stage.to_uppercase()
        );
    }
}
