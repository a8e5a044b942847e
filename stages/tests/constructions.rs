//! Construction suites: short articles written for these tests, one per
//! everyday construction of casualty reports and of quotation attribution,
//! grouped by the classes of `eval/CLASSES.md` (listed in
//! `tests/constructions/README.md`). Each case runs normalise -> sentences ->
//! the stage, in-process, in three casings (normal, the bulk corpus's style, and
//! fully lower-cased); it passes only when the stage's records equal the
//! expected ones exactly, as multisets.
//!
//! The test fails when a class's pass rate in a casing falls below its floor in
//! `tests/constructions/floors.txt`; the message names the class. Stage
//! developers raise the floors as the stages improve (the report prints the
//! measured rates in the floors file's format). See the README there for how
//! to add a case.
//!
//! Run with `-- --nocapture` to see the table and every failure; set
//! `CONSTRUCTIONS_CLASS=partitive` and/or `CONSTRUCTIONS_CASING=bulk` to list
//! only those failures.
//!
//! `CONSTRUCTIONS_PROBE=DIR` (relative to the workspace root) runs `DIR/quotes.cases` and `DIR/casualties.cases`
//! instead of the suites (a probe written apart from the code, such as
//! `eval/blind/probe18/`): the table and the failures are printed, and no floor
//! applies, as a probe is a measurement before it is folded into the suites.

#[path = "constructions/casing.rs"]
mod casing;
#[path = "constructions/expect.rs"]
mod expect;
#[path = "constructions/floors.rs"]
mod floors;
#[path = "constructions/suite.rs"]
mod suite;
#[path = "constructions/tally.rs"]
mod tally;

use stages::{RawArticle, RecordKind, Records, Stage, StageInput};

use casing::Casing;
use tally::{Failure, Tally};

const CASUALTIES: &str = include_str!("constructions/casualties.cases");
const QUOTES: &str = include_str!("constructions/quotes.cases");
const FLOORS: &str = include_str!("constructions/floors.txt");
const PIPELINE: &str = include_str!("../../pipeline.yaml");

/// The stage kind the default pipeline uses for `name` (`casualties.v1`).
fn pipeline_kind(name: &str) -> String {
    PIPELINE
        .lines()
        .filter_map(|l| l.trim().strip_prefix("uses:"))
        .map(str::trim)
        .find(|kind| kind.split('.').next() == Some(name))
        .unwrap_or_else(|| panic!("pipeline.yaml uses no `{name}` stage"))
        .to_string()
}

struct Built {
    kind: String,
    stage: Box<dyn Stage>,
    needs: Vec<RecordKind>,
}

fn build(name: &str) -> Built {
    let kind = pipeline_kind(name);
    let spec = stages::find_kind(&kind).unwrap_or_else(|| panic!("no stage kind {kind}"));
    let stage = (spec.build)(&Default::default()).unwrap_or_else(|e| panic!("{kind}: {e}"));
    Built {
        kind,
        stage,
        needs: spec.needs.to_vec(),
    }
}

/// normalise -> sentences -> the stage under test, for one article.
struct Pipeline {
    normalise: Built,
    sentences: Built,
    target: Built,
}

impl Pipeline {
    fn new(target: &str) -> Pipeline {
        Pipeline {
            normalise: build("normalise"),
            sentences: build("sentences"),
            target: build(target),
        }
    }

    fn run(&self, text: &str) -> Records {
        let raw = [RawArticle {
            id: "a".into(),
            bytes: text.as_bytes().to_vec(),
        }];
        let normalised = run_stage(&self.normalise, &raw, &[]);
        let sentences = run_stage(
            &self.sentences,
            &raw,
            &[(RecordKind::Normalised, &normalised)],
        );
        run_stage(
            &self.target,
            &raw,
            &[
                (RecordKind::Normalised, &normalised),
                (RecordKind::Sentences, &sentences),
            ],
        )
    }
}

fn run_stage(built: &Built, raw: &[RawArticle], have: &[(RecordKind, &Records)]) -> Records {
    let upstream = built
        .needs
        .iter()
        .filter(|k| **k != RecordKind::Articles)
        .map(|need| {
            let (_, records) = have.iter().find(|(k, _)| k == need).unwrap_or_else(|| {
                panic!(
                    "{} needs {need:?}, which this suite does not run",
                    built.kind
                )
            });
            (need.clone(), records.view())
        })
        .collect();
    let input = StageInput {
        set: "construction",
        articles: raw,
        upstream,
    };
    built
        .stage
        .run(&input)
        .unwrap_or_else(|e| panic!("{}: {e}", built.kind))
}

/// Runs every case of `cases` in every casing; `expected` turns an expectation
/// line into its key, `got` the stage's records into keys.
fn run_suite(
    name: &str,
    cases: &str,
    expected: fn(&str, bool) -> Result<String, String>,
    got: fn(&Records, bool) -> Vec<String>,
) -> Tally {
    let cases = suite::parse(cases).unwrap_or_else(|e| panic!("{name}.cases: {e}"));
    let pipeline = Pipeline::new(name);
    let mut tally = Tally::default();
    for case in &cases {
        for casing in Casing::ALL {
            let text = casing.render(&case.paragraphs);
            // (a case written without capitals, in the bulk style, gives no casing for a
            // name to keep: its names compare without regard to case in every casing)
            let fold = casing.folds_case() || !text.bytes().any(|b| b.is_ascii_uppercase());
            let mut want: Vec<String> = case
                .expected
                .iter()
                .map(|line| expected(line, fold))
                .collect::<Result<_, _>>()
                .unwrap_or_else(|e| panic!("{name}.cases line {}: {e}", case.line));
            let mut have = got(&pipeline.run(&text), fold);
            want.sort();
            have.sort();
            let passed = want == have;
            tally.record(case.class(), casing, passed);
            if !passed {
                tally.failures.push(Failure {
                    class: case.classes.join("+"),
                    casing,
                    line: case.line,
                    text: text.replace("\n\n", " ¶ "),
                    expected: want,
                    got: have,
                });
            }
        }
    }
    tally
}

/// The cases to run for `name`: the probe's file when `CONSTRUCTIONS_PROBE`
/// names a folder (and `true`), else the built-in suite.
fn cases_of(name: &str, builtin: &'static str) -> (std::borrow::Cow<'static, str>, bool) {
    match std::env::var_os("CONSTRUCTIONS_PROBE") {
        Some(dir) => {
            // A relative folder is read from the workspace root, where the
            // command is typed, not from this crate's folder, where tests run.
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
            let path = root.join(dir).join(format!("{name}.cases"));
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
                panic!("CONSTRUCTIONS_PROBE: cannot read {}: {e}", path.display())
            });
            (text.into(), true)
        }
        None => (builtin.into(), false),
    }
}

fn check(name: &str, tally: &Tally, probe: bool) {
    if probe {
        println!("{}", tally.report(name, None, None));
        println!("(probe: no floors applied)");
        return;
    }
    let floors = floors::parse(FLOORS).unwrap_or_else(|e| panic!("floors.txt: {e}"));
    let only = std::env::var("CONSTRUCTIONS_CLASS").ok();
    let casing = std::env::var("CONSTRUCTIONS_CASING").ok();
    println!("{}", tally.report(name, only.as_deref(), casing.as_deref()));
    let broken = tally.below_floors(name, &floors);
    assert!(
        broken.is_empty(),
        "construction classes below their floors:\n{}",
        broken.join("\n")
    );
}

fn casualty_keys(records: &Records, fold: bool) -> Vec<String> {
    match records {
        Records::Casualties(facts) => facts
            .iter()
            .map(|f| expect::casualty_fact(f, fold))
            .collect(),
        other => panic!("casualties stage gave {other:?}"),
    }
}

fn quote_keys(records: &Records, fold: bool) -> Vec<String> {
    match records {
        Records::Quotes(quotes) => quotes.iter().map(|q| expect::quotation(q, fold)).collect(),
        other => panic!("quotes stage gave {other:?}"),
    }
}

#[test]
fn casualty_constructions() {
    let (cases, probe) = cases_of("casualties", CASUALTIES);
    let tally = run_suite("casualties", &cases, expect::casualty_line, casualty_keys);
    check("casualties", &tally, probe);
}

#[test]
fn quote_constructions() {
    let (cases, probe) = cases_of("quotes", QUOTES);
    let tally = run_suite("quotes", &cases, expect::quote_line, quote_keys);
    check("quotes", &tally, probe);
}
