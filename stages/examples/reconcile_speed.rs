//! Times the reconcile stage on article sets: `cargo run --release -p
//! corroborate-stages --example reconcile_speed -- DIR [REPEAT]`, where DIR holds
//! set folders of `.txt` articles (or is one set). Runs normalise.v1, sentences.v1,
//! quotes.v1 and casualties.v1 first (not timed), then `reconcile.v1` on each set,
//! REPEAT times, and prints the CPU seconds of the best run, of serialising
//! the reconciled documents with `Records::to_bytes`, and of rendering their
//! reports with `report::set_report`.

mod common;

use std::path::PathBuf;

use stages::records::{RawArticle, RecordKind, Records};
use stages::{Scope, Stage, StageInput};

/// CPU seconds of this thread (0 where the clock cannot be read).
fn cpu_seconds() -> f64 {
    common::cpu_seconds().unwrap_or(0.0)
}

struct Built {
    stage: Box<dyn Stage>,
    scope: Scope,
    needs: &'static [RecordKind],
    provides: RecordKind,
}

fn build(kind: &str) -> Built {
    let spec = stages::find_kind(kind).expect("stage kind");
    Built {
        stage: (spec.build)(&Default::default()).expect("build stage"),
        scope: spec.scope,
        needs: spec.needs,
        provides: spec.provides,
    }
}

/// Runs one stage on a set the way the engine does: article-scoped stages once
/// per article with that article's records, set-scoped ones once.
fn run(b: &Built, set: &str, raw: &[RawArticle], have: &[(RecordKind, Records)]) -> Records {
    let upstream: Vec<(RecordKind, &Records)> = b
        .needs
        .iter()
        .filter_map(|k| have.iter().find(|(h, _)| h == k))
        .map(|(k, r)| (k.clone(), r))
        .collect();
    if b.scope == Scope::Set {
        let input = StageInput {
            set,
            articles: raw,
            upstream: upstream
                .iter()
                .map(|(k, r)| (k.clone(), r.view()))
                .collect(),
        };
        return b.stage.run(&input).expect("stage run");
    }
    let parts: Vec<_> = upstream.iter().map(|(_, r)| r.by_article()).collect();
    let mut out = Records::empty(&b.provides);
    for (i, article) in raw.iter().enumerate() {
        let empties: Vec<Records> = upstream.iter().map(|(k, _)| Records::empty(k)).collect();
        let inputs = upstream
            .iter()
            .zip(parts.iter().zip(&empties))
            .map(|((k, _), (split, empty))| {
                (k.clone(), split.get(&article.id).unwrap_or(empty).view())
            })
            .collect();
        let input = StageInput {
            set,
            articles: &raw[i..=i],
            upstream: inputs,
        };
        out.extend(b.stage.run(&input).expect("stage run"));
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let root = PathBuf::from(args.get(1).map(String::as_str).unwrap_or("articles"));
    let repeat: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(3);
    let dirs = common::set_dirs(&root);
    let upstream: Vec<Built> = ["normalise.v1", "sentences.v1", "quotes.v1", "casualties.v1"]
        .iter()
        .map(|k| build(k))
        .collect();
    let reconcile = build("reconcile.v1");
    let mut sets = Vec::new();
    for dir in &dirs {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let raw = common::articles_of(dir);
        let mut have = vec![(
            RecordKind::Articles,
            Records::Normalised(Vec::new()), // placeholder; normalise reads `raw`
        )];
        for b in &upstream {
            let r = run(b, &name, &raw, &have);
            have.push((b.provides.clone(), r));
        }
        sets.push((name, raw, have));
    }
    let mut best = f64::INFINITY;
    let mut outputs = Vec::new();
    for _ in 0..repeat.max(1) {
        outputs.clear();
        let start = cpu_seconds();
        for (name, raw, have) in &sets {
            outputs.push(run(&reconcile, name, raw, have));
        }
        best = best.min(cpu_seconds() - start);
    }
    let mut best_ser = f64::INFINITY;
    let mut bytes = 0;
    for _ in 0..repeat.max(1) {
        let start = cpu_seconds();
        bytes = outputs.iter().map(|o| o.to_bytes().len()).sum::<usize>();
        best_ser = best_ser.min(cpu_seconds() - start);
    }
    let (best_report, report_bytes) = time_reports(&outputs, repeat);
    println!(
        "{} sets, best of {repeat}: reconcile cpu {best:.4} s; to_bytes cpu {best_ser:.4} s ({bytes} bytes); \
         set_report cpu {best_report:.4} s ({report_bytes} bytes)",
        sets.len()
    );
}

/// The best CPU seconds of rendering every reconciled document's report, and
/// the bytes rendered (so that the work cannot be skipped).
fn time_reports(outputs: &[Records], repeat: usize) -> (f64, usize) {
    let docs: Vec<&stages::records::Reconciled> = outputs
        .iter()
        .filter_map(|o| match o {
            Records::Reconciled(r) => Some(r.as_ref()),
            _ => None,
        })
        .collect();
    let mut best = f64::INFINITY;
    let mut bytes = 0;
    for _ in 0..repeat.max(1) {
        let start = cpu_seconds();
        bytes = docs
            .iter()
            .flat_map(|d| stages::report::set_report(d, &stages::report::Stamp::default()))
            .map(|f| f.contents.len())
            .sum();
        best = best.min(cpu_seconds() - start);
    }
    (best, bytes)
}
