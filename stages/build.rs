//! Fingerprints the source and data each built-in stage is made of, so the
//! engine's cache keys change when a stage's code changes, not only when its
//! version is bumped. Written to `$OUT_DIR/fingerprints.rs` as one constant
//! per module, which `src/registry.rs` includes: a module without one does not
//! compile. The stages are those of the one `registry!(...)` line there.

use std::fs;
use std::path::{Path, PathBuf};

/// Fingerprinted besides the stages: the report renderers.
const EXTRA: &[&str] = &["report"];
const REGISTRY: &str = "src/registry.rs";
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
    "src/name_caps.rs",
    "src/windows.rs",
    "src/substrings.rs",
    "src/packed.rs",
    "src/clauses",
    "data/people",
    "data/clauses",
    "data/quotes/irregular_past.txt",
    "data/quotes/irregular_past_more.txt",
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

/// Tells the tests whether `../shared` (beside the repository) holds the data
/// some of them read: without it they are compiled as `#[ignore]`d, so that
/// `cargo test` counts them as ignored, not passed (see the root `build.rs`).
fn shared_data() {
    println!("cargo::rustc-check-cfg=cfg(no_shared)");
    let rules = Path::new("../../shared/data/golden_rules_en.json");
    if rules.exists() {
        println!("cargo::rerun-if-changed=../../shared/data/golden_rules_en.json");
    } else {
        println!("cargo::rustc-cfg=no_shared");
    }
}

/// The modules listed in `registry!(a, b, ...)` in `src/registry.rs`; every
/// one must have a folder `src/<module>`. Anything else stops the build.
fn registered_modules() -> Vec<String> {
    let text = fs::read_to_string(REGISTRY)
        .unwrap_or_else(|e| panic!("build.rs cannot read {REGISTRY}: {e}"));
    let list = text
        .lines()
        .map(str::trim)
        .find_map(|l| l.strip_prefix("registry!(")?.strip_suffix(");"))
        .unwrap_or_else(|| panic!("{REGISTRY} has no `registry!(a, b, ...);` line"));
    let modules: Vec<String> = list
        .split(',')
        .map(|m| m.trim().to_string())
        .filter(|m| !m.is_empty())
        .collect();
    for m in &modules {
        assert!(
            Path::new("src").join(m).is_dir(),
            "{REGISTRY} lists `{m}`, but src/{m}/ does not exist"
        );
    }
    modules
}

fn main() {
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build.rs");
    shared_data();
    let mut stages = registered_modules();
    stages.extend(EXTRA.iter().map(|s| s.to_string()));
    let mut constants = String::from("// Written by build.rs: each module's code fingerprint.\n");
    for stage in &stages {
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
        constants.push_str(&format!("pub const {stage}: &str = \"{hash:016x}\";\n"));
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let file = out.join("fingerprints.rs");
    fs::write(&file, constants)
        .unwrap_or_else(|e| panic!("build.rs cannot write {}: {e}", file.display()));
}
