//! One set's article files during a run: fingerprinted against the manifest
//! (reading only files whose size or time changed), read lazily when a stage
//! needs them, and what changed since the last run, for staleness reasons.

use std::collections::BTreeMap;

use stages::RawArticle;

use crate::cache::hash_bytes;
use crate::execute::SetReport;
use crate::input::{looks_binary, read_article, ArticleFile};
use crate::store::{ArticleStamp, Manifest};

/// Which article files changed between two fingerprints of a set, for
/// staleness reasons: `b.txt changed; c.txt added`. `None` when none did.
pub(crate) fn describe_changes(
    old: &BTreeMap<String, ArticleStamp>,
    new: &BTreeMap<String, ArticleStamp>,
) -> Option<String> {
    let changed = new
        .iter()
        .filter(|(id, s)| old.get(*id).is_some_and(|o| o.hash != s.hash))
        .map(|(id, _)| id);
    let added = new.keys().filter(|id| !old.contains_key(*id));
    let removed = old.keys().filter(|id| !new.contains_key(*id));
    let parts: Vec<String> = [
        ("changed", changed.collect::<Vec<_>>()),
        ("added", added.collect()),
        ("removed", removed.collect()),
    ]
    .into_iter()
    .filter(|(_, ids)| !ids.is_empty())
    .map(|(what, ids)| {
        const SHOWN: usize = 3;
        let mut names: Vec<String> = ids
            .iter()
            .take(SHOWN)
            .map(|id| format!("{id}.txt"))
            .collect();
        if ids.len() > SHOWN {
            names.push(format!("{} more", ids.len() - SHOWN));
        }
        format!("{} {what}", names.join(", "))
    })
    .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The article files of one set, read lazily.
pub(crate) struct Articles {
    files: Vec<ArticleFile>,
    bytes: BTreeMap<String, Vec<u8>>,
    raw: Option<Vec<RawArticle>>,
}

impl Articles {
    pub(crate) fn new(files: Vec<ArticleFile>) -> Articles {
        Articles {
            files,
            bytes: BTreeMap::new(),
            raw: None,
        }
    }

    pub(crate) fn ids(&self) -> Vec<&str> {
        self.files.iter().map(|f| f.id.as_str()).collect()
    }

    /// Hash of the set's article files; reads only files whose size or
    /// modification time changed since the manifest recorded them.
    pub(crate) fn fingerprint(
        &mut self,
        manifest: &mut Manifest,
        report: &mut SetReport,
    ) -> String {
        let mut stamps = BTreeMap::new();
        let mut h = blake3::Hasher::new();
        for f in &self.files {
            let known = manifest
                .articles
                .get(&f.id)
                .filter(|s| s.size == f.size && s.mtime_ns == f.mtime_ns && f.mtime_ns != 0)
                .map(|s| s.hash.clone());
            let hash = match known {
                Some(hash) => hash,
                None => match read_article(f) {
                    Ok(bytes) => {
                        report.bytes_read += bytes.len() as u64;
                        let hash = hash_bytes(&bytes);
                        self.bytes.insert(f.id.clone(), bytes);
                        hash
                    }
                    Err(e) => format!("unreadable: {e}"),
                },
            };
            h.update(f.id.as_bytes());
            h.update(&[0]);
            h.update(hash.as_bytes());
            stamps.insert(
                f.id.clone(),
                ArticleStamp {
                    size: f.size,
                    mtime_ns: f.mtime_ns,
                    hash,
                },
            );
        }
        manifest.articles = stamps;
        h.finalize().to_hex().to_string()
    }

    /// Frees the articles' bytes once no later stage reads them (a 100 MB
    /// article would otherwise be held while every stage after it runs).
    pub(crate) fn release(&mut self) {
        self.raw = None;
        self.bytes.clear();
    }

    /// The raw articles, binary files left out with a warning.
    pub(crate) fn read(&mut self, report: &mut SetReport) -> Result<&[RawArticle], String> {
        if self.raw.is_none() {
            let mut raw = Vec::with_capacity(self.files.len());
            for f in &self.files {
                let bytes = match self.bytes.remove(&f.id) {
                    Some(b) => b,
                    None => {
                        let b = read_article(f)
                            .map_err(|e| format!("cannot read {}: {e}", f.path.display()))?;
                        report.bytes_read += b.len() as u64;
                        b
                    }
                };
                if looks_binary(&bytes) {
                    report.warnings.push(format!(
                        "{}: skipped: looks like a binary file (NUL bytes), not text",
                        f.path.display()
                    ));
                    continue;
                }
                raw.push(RawArticle {
                    id: f.id.clone(),
                    bytes,
                });
            }
            self.raw = Some(raw);
        }
        Ok(self.raw.as_deref().unwrap_or(&[]))
    }
}
