//! The English Golden Rules (`../shared/data/golden_rules_en.json`), one case per
//! rule: each text must split into exactly the expected sentences.
//!
//! The file lives outside the repository; without it when the crate is built,
//! the test is compiled as ignored (see `build.rs`), and the summary says so.

use std::path::PathBuf;

use serde::Deserialize;
use stages::sentences::{split, Lexicon};

#[derive(Deserialize)]
struct Rules {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: u32,
    text: String,
    sentences: Vec<String>,
}

fn rules_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/golden_rules_en.json")
}

#[test]
#[cfg_attr(
    no_shared,
    ignore = "needs ../shared/data/golden_rules_en.json, absent when built"
)]
fn every_golden_rule_passes() {
    let path = rules_path();
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not found", path.display());
        return;
    };
    let rules: Rules = serde_json::from_str(&data).expect("golden rules file is JSON");
    assert!(!rules.cases.is_empty(), "no cases in {}", path.display());
    let lex = Lexicon::default_ref();
    let mut failures = Vec::new();
    for case in &rules.cases {
        let got: Vec<&str> = split(&case.text, lex)
            .iter()
            .map(|s| case.text[s.start..s.end].trim())
            .collect();
        let want: Vec<&str> = case.sentences.iter().map(|s| s.trim()).collect();
        if got != want {
            failures.push(format!(
                "rule {}: {:?}\n  expected {:?}\n  got      {:?}",
                case.id, case.text, want, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} golden rules fail:\n{}",
        failures.len(),
        rules.cases.len(),
        failures.join("\n")
    );
}
