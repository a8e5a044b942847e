//! Tells the tests whether `../shared` (the answer sets and the scorer, kept
//! beside the repository, not in it) is there: without it, the tests that need
//! it are compiled as `#[ignore]`d, so `cargo test` reports them as ignored
//! rather than as passes. The answer is taken when the package is built: after
//! `../shared` appears or goes, `touch build.rs` (or `cargo clean -p corroborate`).

use std::path::Path;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(no_shared)");
    println!("cargo::rerun-if-changed=build.rs");
    let scorer = Path::new("../shared/eval/score.py");
    if scorer.exists() {
        // Watching a path that does not exist would rerun this script, and
        // rebuild the package, on every build.
        println!("cargo::rerun-if-changed=../shared/eval/score.py");
    } else {
        println!("cargo::rustc-cfg=no_shared");
    }
}
