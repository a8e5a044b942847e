//! `out/index.html` and `out/casualties.csv`: every set of the corpus, built
//! from the small summaries recorded in each set's manifest, with the sets'
//! failed stages and warnings.

use std::path::Path;

use rayon::prelude::*;
use stages::report::{casualties_csv, index_html, Flags, IndexEntry, SetSummary};

use crate::config::Pipeline;
use crate::store::{Manifest, Store};

const FILES: [&str; 2] = ["index.html", "casualties.csv"];
/// What the index was last rendered from (see [`key`]).
const KEY_FILE: &str = ".index-key";

/// The entries of `sets` as their manifests record them, in set order: each
/// set's summary (when it has a report) and its flags.
pub fn entries_on_disk(pipeline: &Pipeline, store: &Store, sets: &[String]) -> Vec<IndexEntry> {
    sets.par_iter()
        .map(|s| {
            let manifest = store.load_manifest(s);
            IndexEntry {
                set: s.clone(),
                summary: manifest.report.as_ref().map(|r| r.summary.clone()),
                flags: flags_of(pipeline, &manifest),
            }
        })
        .collect()
}

/// What the index flags about a set, as its manifest keeps it (after a run,
/// the manifest that run leaves): the warnings kept about it, and the stages
/// of `pipeline` whose last run failed, in run order. The one place flags are
/// made, for a run and for `corroborate report` alike.
pub fn flags_of(pipeline: &Pipeline, manifest: &Manifest) -> Flags {
    Flags {
        warnings: crate::set_run::kept(pipeline, manifest).count(),
        failed: pipeline
            .stages
            .iter()
            .filter(|s| {
                manifest
                    .stages
                    .get(&s.name)
                    .is_some_and(|r| r.failed.is_some())
            })
            .map(|s| s.name.clone())
            .collect(),
    }
}

/// Why the index was not written.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// No set has a report: an index of nothing would replace a good one.
    #[error("no set has a report{}", if *.0 { "; the index in place is left as it is" } else { "" })]
    NothingToList(bool),
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
}

/// Writes the index and the CSV, leaving files whose bytes would not change.
/// With a `key` (see [`key`]), nothing is rendered when the key matches the
/// one the files were last written for. An index where no set has a report
/// is never written: it would only replace a good one by nothing (a mistyped
/// `--input`, say).
pub fn write(store: &Store, entries: &[IndexEntry], key: Option<&str>) -> Result<(), IndexError> {
    if entries.iter().all(|e| e.summary.is_none()) {
        return Err(IndexError::NothingToList(exists(store)));
    }
    let key_file = Path::new(KEY_FILE);
    let present = FILES.iter().all(|f| store.exists(Path::new(f)));
    if let Some(key) = key {
        if present && store.read(key_file).ok().as_deref() == Some(key.as_bytes()) {
            return Ok(());
        }
    }
    // Only now that the index is rendered: no copy of every summary on a run that changes nothing.
    let summaries: Vec<SetSummary> = entries.iter().filter_map(|e| e.summary.clone()).collect();
    let (html, csv) = rayon::join(|| index_html(entries), || casualties_csv(&summaries));
    for (name, contents) in FILES.iter().zip([html, csv]) {
        let rel = Path::new(name);
        if store.read(rel).ok().as_deref() == Some(contents.as_bytes()) {
            continue;
        }
        store
            .write(rel, contents.as_bytes())
            .map_err(|source| IndexError::Write {
                path: store.root().join(name).display().to_string(),
                source,
            })?;
    }
    // Without a key the next run renders again; a failed key write only costs that.
    let _ = store.write(key_file, key.unwrap_or_default().as_bytes());
    Ok(())
}

/// Whether an index is in place.
pub fn exists(store: &Store) -> bool {
    store.exists(Path::new(FILES[0]))
}

/// The key of an index: every set's name with the key of its report (empty
/// for a set without one) and its flags.
pub fn key<'a>(sets: impl Iterator<Item = (&'a str, &'a str, &'a Flags)>) -> String {
    let mut h = blake3::Hasher::new();
    for (set, report, flags) in sets {
        h.update(set.as_bytes());
        h.update(&[0]);
        h.update(report.as_bytes());
        h.update(&[0]);
        h.update(&(flags.warnings as u64).to_le_bytes());
        for stage in &flags.failed {
            h.update(stage.as_bytes());
            h.update(&[0]);
        }
        h.update(&[1]);
    }
    h.finalize().to_hex().to_string()
}
