//! `out/index.html` and `out/casualties.csv`: every set of the corpus, built
//! from the small summaries recorded in each set's manifest, with the sets'
//! failures and warnings.

use std::path::Path;

use rayon::prelude::*;
use stages::report::{casualties_csv, index_html, IndexEntry, SetSummary};

use crate::execute::{SetReport, StageOutcome};
use crate::store::Store;

const FILES: [&str; 2] = ["index.html", "casualties.csv"];
/// What the index was last rendered from (see [`key`]).
const KEY_FILE: &str = ".index-key";

/// The entries of `sets` as their manifests record them, in set order: the
/// report's summary and the stages whose last run failed.
pub fn entries_on_disk(store: &Store, sets: &[String]) -> Vec<IndexEntry> {
    sets.par_iter()
        .map(|s| {
            let manifest = store.load_manifest(s);
            IndexEntry {
                set: s.clone(),
                failed: manifest
                    .stages
                    .iter()
                    .filter(|(_, r)| r.failed.is_some())
                    .map(|(name, _)| name.clone())
                    .collect(),
                summary: manifest.report.map(|r| r.summary),
                warnings: Vec::new(),
            }
        })
        .collect()
}

/// The entries of the sets of a run, with the run's failures and warnings.
pub fn entries_of_run(reports: &[SetReport], stage_names: &[String]) -> Vec<IndexEntry> {
    reports
        .iter()
        .map(|r| IndexEntry {
            set: r.set.clone(),
            summary: r.summary.clone(),
            failed: r
                .stages
                .iter()
                .zip(stage_names)
                .filter(|(o, _)| matches!(o, StageOutcome::Failed { .. }))
                .map(|(_, name)| name.clone())
                .collect(),
            warnings: r.warnings.clone(),
        })
        .collect()
}

/// Writes the index and the CSV, leaving files whose bytes would not change.
/// With a `key` (see [`key`]), nothing is rendered when the key matches the
/// one the files were last written for.
pub fn write(store: &Store, entries: &[IndexEntry], key: Option<&str>) -> anyhow::Result<()> {
    let key_file = Path::new(KEY_FILE);
    let present = FILES.iter().all(|f| store.exists(Path::new(f)));
    if let Some(key) = key {
        if present && store.read(key_file).ok().as_deref() == Some(key.as_bytes()) {
            return Ok(());
        }
    }
    let summaries: Vec<SetSummary> = entries.iter().filter_map(|e| e.summary.clone()).collect();
    let (html, csv) = rayon::join(|| index_html(entries), || casualties_csv(&summaries));
    for (name, contents) in FILES.iter().zip([html, csv]) {
        let rel = Path::new(name);
        if store.read(rel).ok().as_deref() == Some(contents.as_bytes()) {
            continue;
        }
        store.write(rel, contents.as_bytes()).map_err(|e| {
            anyhow::anyhow!("cannot write {}: {e}", store.root().join(name).display())
        })?;
    }
    // Without a key the next run renders again; a failed key write only costs that.
    let _ = store.write(key_file, key.unwrap_or_default().as_bytes());
    Ok(())
}

/// The key of an index: every set's name with the key of its report, its
/// failed stages and its warnings.
pub fn key(reports: &[SetReport], entries: &[IndexEntry]) -> String {
    let mut h = blake3::Hasher::new();
    for (r, e) in reports.iter().zip(entries) {
        for part in [e.set.as_str(), r.report_key.as_deref().unwrap_or("")]
            .into_iter()
            .chain(e.failed.iter().map(String::as_str))
            .chain(e.warnings.iter().map(String::as_str))
        {
            h.update(part.as_bytes());
            h.update(&[0]);
        }
        h.update(&[1]);
    }
    h.finalize().to_hex().to_string()
}
