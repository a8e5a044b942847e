//! `out/index.html` and `out/casualties.csv`: every set of the corpus, built
//! from the small summaries recorded in each set's manifest.

use rayon::prelude::*;
use stages::report::{casualties_csv, index_html, SetSummary};

use crate::store::Store;

/// The summaries recorded in the manifests of `sets`, in set order.
pub fn summaries_on_disk(store: &Store, sets: &[String]) -> Vec<SetSummary> {
    sets.par_iter()
        .filter_map(|s| store.load_manifest(s).report.map(|r| r.summary))
        .collect()
}

/// Writes the index and the CSV, leaving files whose bytes would not change.
pub fn write(store: &Store, summaries: &[SetSummary]) -> anyhow::Result<()> {
    let (html, csv) = rayon::join(|| index_html(summaries), || casualties_csv(summaries));
    for (name, contents) in [("index.html", html), ("casualties.csv", csv)] {
        let rel = std::path::Path::new(name);
        if store.read(rel).ok().as_deref() == Some(contents.as_bytes()) {
            continue;
        }
        store.write(rel, contents.as_bytes()).map_err(|e| {
            anyhow::anyhow!("cannot write {}: {e}", store.root().join(name).display())
        })?;
    }
    Ok(())
}
