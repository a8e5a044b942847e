//! Tells the tests whether `../shared` (the answer sets and the scorer, kept
//! beside the repository, not in it) is there, and whether `python3` runs
//! (the external stages the tests write are Python): without them, the tests
//! that need them are compiled as `#[ignore]`d (`no_shared`, `no_python`), so
//! `cargo test` reports them as ignored rather than as passes. The answer is
//! taken when the package is built: after either appears or goes,
//! `touch build.rs` (or `cargo clean -p corroborate`).

use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(no_shared)");
    println!("cargo::rustc-check-cfg=cfg(no_python)");
    let python = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !python {
        println!("cargo::rustc-cfg=no_python");
    }
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
