//! The output folder: atomic writes, per-set manifests, the run lock.
//!
//! Every file is written to a hidden temporary file beside it (`.<name>.tmp`)
//! and renamed into place, so a killed run never leaves a half-written output.
//! Temporaries live in the file's own folder: threads working on different
//! sets then never contend for one directory. A killed run's leftovers are
//! removed when their set is next worked on (a set left half-done always has
//! stale stages, since its manifest is written last).

use std::collections::{BTreeMap, HashSet};
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub const MANIFEST: &str = "manifest.json";
const LOCK_FILE: &str = ".lock";
const TMP_SUFFIX: &str = ".tmp";

/// The output folder of a run.
pub struct Store {
    root: PathBuf,
    _lock: Option<File>,
    /// The names in `root` when it was opened for writing. Under the run lock
    /// nothing but this run makes a set's folder, so a set not named here has
    /// none, and is not looked for on disk (one failed lookup per new set).
    names_at_open: Option<HashSet<String>>,
}

impl Store {
    /// Opens `root` for writing: creates it and takes the run lock (one per
    /// shard, so shards of one corpus can share `out/`), failing at once if
    /// another run holds it.
    pub fn open_for_writing(root: &Path, shard: Option<(u64, u64)>) -> anyhow::Result<Store> {
        let tag = shard.map_or(String::new(), |(k, n)| format!("-shard-{}-of-{n}", k + 1));
        fs::create_dir_all(root).map_err(|e| {
            anyhow::anyhow!("cannot create the output folder {}: {e}", root.display())
        })?;
        let lock_path = root.join(format!("{LOCK_FILE}{tag}"));
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| {
                anyhow::anyhow!("cannot write in the output folder {}: {e}", root.display())
            })?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => anyhow::bail!(
                "another corroborate run is using the output folder {}; wait for it to finish, or use another --out",
                root.display()
            ),
            Err(fs::TryLockError::Error(e)) => anyhow::bail!("cannot lock {}: {e}", lock_path.display()),
        }
        let mut store = Store {
            root: root.to_path_buf(),
            _lock: Some(lock),
            names_at_open: None,
        };
        store.names_at_open = store.clean_root();
        Ok(store)
    }

    /// Opens `root` for reading only (status, dry runs): no lock, no writes.
    pub fn open_for_reading(root: &Path) -> Store {
        Store {
            root: root.to_path_buf(),
            _lock: None,
            names_at_open: None,
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn set_dir(&self, set: &str) -> PathBuf {
        self.root.join(set)
    }

    /// Writes `bytes` to `out/<rel>` atomically (temporary file, then rename).
    pub fn write(&self, rel: &Path, bytes: &[u8]) -> io::Result<()> {
        let dest = self.root.join(rel);
        let tmp = tmp_beside(&dest);
        let result = create_in_folder(&tmp)
            .and_then(|mut f| f.write_all(bytes))
            .and_then(|()| fs::rename(&tmp, &dest));
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    /// Writes what `fill` writes to `out/<rel>` atomically, hashing it on the
    /// way (the hash [`crate::cache::hash_bytes`] gives of the same bytes), and
    /// puts the file in place only when `keep(&hash)`; else it is dropped. The
    /// bytes are never held whole in memory.
    pub fn write_hashed(
        &self,
        rel: &Path,
        fill: impl FnOnce(&mut HashedFile) -> io::Result<()>,
        keep: impl FnOnce(&str) -> bool,
    ) -> io::Result<Hashed> {
        let dest = self.root.join(rel);
        write_hashed(&tmp_beside(&dest), &dest, fill, keep)
    }

    /// Removes the temporary files a killed run left in `out/` itself, and
    /// gives the names of what else is there (`None` if it cannot be read).
    fn clean_root(&self) -> Option<HashSet<String>> {
        let entries = fs::read_dir(&self.root).ok()?;
        let mut names = HashSet::new();
        for e in entries.flatten() {
            let name = e.file_name();
            if is_temporary(&name.to_string_lossy()) {
                let _ = fs::remove_file(e.path());
            } else if let Ok(name) = name.into_string() {
                names.insert(name);
            }
        }
        Some(names)
    }

    /// Removes, of the names `out/<set>/` was listed with, the temporary files
    /// a killed run left there (no second listing of the folder).
    pub fn remove_temporaries<'n>(&self, set: &str, listed: impl IntoIterator<Item = &'n String>) {
        let dir = self.set_dir(set);
        for name in listed.into_iter().filter(|n| is_temporary(n)) {
            let _ = fs::remove_file(dir.join(name));
        }
    }

    /// The names of the files in `out/<set>/`; `None` when it does not exist.
    /// A folder that cannot be read lists as empty: writing to it will say why.
    pub fn list(&self, set: &str) -> Option<std::collections::BTreeSet<String>> {
        if self
            .names_at_open
            .as_ref()
            .is_some_and(|n| !n.contains(set))
        {
            return None;
        }
        match fs::read_dir(self.set_dir(set)) {
            Ok(entries) => Some(
                entries
                    .flatten()
                    .filter_map(|e| e.file_name().into_string().ok())
                    .collect(),
            ),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(_) => Some(Default::default()),
        }
    }

    pub fn read(&self, rel: &Path) -> io::Result<Vec<u8>> {
        fs::read(self.root.join(rel))
    }

    pub fn exists(&self, rel: &Path) -> bool {
        self.root.join(rel).exists()
    }

    pub fn load_manifest(&self, set: &str) -> Manifest {
        fs::read(self.set_dir(set).join(MANIFEST))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }
}

/// What is known of one set's outputs: the record of the last run of each stage.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// The article files as last read: id → fingerprint.
    #[serde(default)]
    pub articles: BTreeMap<String, ArticleStamp>,
    #[serde(default)]
    pub stages: BTreeMap<String, StageRecord>,
    /// Warnings about the set's input, kept until what caused them is gone:
    /// `(input)` → the set folder's (skipped entries, no article), a stage's name
    /// → those of its last run (binary files left out, empty articles, ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub warnings: BTreeMap<String, Vec<String>>,
    /// The set's report, when one was rendered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<ReportRecord>,
}

/// What the report files of a set were rendered from, and the set's summary
/// line for `index.html` and `casualties.csv`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportRecord {
    /// Content hash of the reconciled output the report shows.
    pub source_hash: String,
    pub summary: stages::report::SetSummary,
}

/// Size and modification time of an article file with its content hash, so an
/// unchanged file need not be read again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleStamp {
    pub size: u64,
    pub mtime_ns: u128,
    pub hash: String,
}

/// The last run of one stage on one set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageRecord {
    /// Cache key of the inputs the current output file was made from.
    pub key: String,
    /// The parts of the key, so a stale stage can say why it is stale.
    pub kind: String,
    pub params: String,
    pub inputs: BTreeMap<String, String>,
    /// File name in `out/<set>/` and blake3 of its bytes.
    pub output: String,
    pub output_hash: String,
    /// Set when the last attempt failed; the output file is then the last good one, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed: Option<String>,
}

/// Whether `name` is a temporary file a write goes through (`.<name>.tmp`).
fn is_temporary(name: &str) -> bool {
    name.starts_with('.') && name.ends_with(TMP_SUFFIX)
}

/// The temporary file a write to `dest` goes through: `.<name>.tmp` beside it.
fn tmp_beside(dest: &Path) -> PathBuf {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dest.with_file_name(format!(".{name}{TMP_SUFFIX}"))
}

/// Creates `path`, making its folder first if it does not exist.
fn create_in_folder(path: &Path) -> io::Result<File> {
    match File::create(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            File::create(path)
        }
        other => other,
    }
}

/// A file written through [`write_hashed`]: its content hash, and whether it was put in place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hashed {
    pub hash: String,
    pub kept: bool,
}

/// Writes what `fill` writes to `tmp` through a buffer, hashing it, then
/// renames it to `dest` if `keep(&hash)` (nothing to rename when they are the
/// same path) or removes it. An output that fits the buffer is hashed before
/// any file is made, and one not kept (an unchanged output, in a rerun) never
/// touches the disk. On an error nothing is left at `tmp`.
pub fn write_hashed(
    tmp: &Path,
    dest: &Path,
    fill: impl FnOnce(&mut HashedFile) -> io::Result<()>,
    keep: impl FnOnce(&str) -> bool,
) -> io::Result<Hashed> {
    let mut out = HashedFile {
        // Most outputs are a few KB: room for them at once, not grown by doubling.
        buf: Vec::with_capacity(16 << 10),
        file: None,
        path: tmp.to_path_buf(),
        hasher: blake3::Hasher::new(),
    };
    let result = fill(&mut out).and_then(|()| {
        out.hasher.update(&out.buf);
        let hash = out.hasher.finalize().to_hex().to_string();
        let kept = keep(&hash);
        match (&mut out.file, kept) {
            (None, false) => {}
            (None, true) => create_in_folder(tmp)?.write_all(&out.buf)?,
            (Some(file), true) => file.write_all(&out.buf)?,
            (Some(_), false) => fs::remove_file(tmp)?,
        }
        if kept && tmp != dest {
            fs::rename(tmp, dest)?;
        }
        Ok(Hashed { hash, kept })
    });
    if result.is_err() {
        let _ = fs::remove_file(tmp);
    }
    result
}

/// A file being written and hashed: bytes gather in memory (as cheaply as in a
/// `Vec`, which serialisers write to in many small pieces) and go to the file
/// and the hash a quarter megabyte at a time, so that a large output is never
/// held whole. The file is made when the first quarter megabyte goes out; a
/// smaller output is written at the end, in one write, if it is kept.
pub struct HashedFile {
    buf: Vec<u8>,
    file: Option<File>,
    path: PathBuf,
    hasher: blake3::Hasher,
}

/// How many bytes a [`HashedFile`] gathers before writing them out.
const SPOOL: usize = 1 << 18;

impl HashedFile {
    fn drain(&mut self) -> io::Result<()> {
        let file = match &mut self.file {
            Some(file) => file,
            None => self.file.insert(create_in_folder(&self.path)?),
        };
        self.hasher.update(&self.buf);
        file.write_all(&self.buf)?;
        self.buf.clear();
        Ok(())
    }
}

impl Write for HashedFile {
    #[inline]
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.write_all(bytes)?;
        Ok(bytes.len())
    }

    #[inline]
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= SPOOL {
            self.drain()?;
        }
        Ok(())
    }

    /// The gathered bytes stay gathered: they go out when the buffer is full
    /// or the output is done.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::hash_bytes;

    /// More than one spool's worth, so the output goes out in several pieces.
    fn big_payload() -> Vec<u8> {
        (0..SPOOL * 2 + 12_345).map(|i| (i % 251) as u8).collect()
    }

    fn fill_with(bytes: &[u8]) -> impl FnOnce(&mut HashedFile) -> io::Result<()> + '_ {
        move |out| {
            for piece in bytes.chunks(1000) {
                out.write_all(piece)?;
            }
            Ok(())
        }
    }

    #[test]
    fn a_kept_file_holds_the_bytes_and_their_hash() {
        let dir = tempfile::tempdir().expect("temp dir");
        let bytes = big_payload();
        let (tmp, dest) = (dir.path().join(".a.tmp"), dir.path().join("a"));
        let written = write_hashed(&tmp, &dest, fill_with(&bytes), |_| true).expect("written");
        assert_eq!(written.hash, hash_bytes(&bytes));
        assert!(written.kept);
        assert_eq!(fs::read(&dest).expect("in place"), bytes);
        assert!(!tmp.exists(), "the temporary file was renamed");
    }

    #[test]
    fn a_file_not_kept_is_removed_and_the_old_one_stays() {
        let store_dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open_for_reading(store_dir.path());
        store
            .write(Path::new("s/a.jsonl"), b"old\n")
            .expect("write");
        let mut seen = String::new();
        let written = store
            .write_hashed(Path::new("s/a.jsonl"), fill_with(b"new\n"), |h| {
                seen = h.to_string();
                false
            })
            .expect("written");
        assert_eq!(seen, hash_bytes(b"new\n"), "keep is asked with the hash");
        assert!(!written.kept);
        assert_eq!(
            fs::read(store_dir.path().join("s/a.jsonl")).expect("read"),
            b"old\n"
        );
        assert!(!store_dir.path().join("s/.a.jsonl.tmp").exists());
    }

    #[test]
    fn a_small_output_not_kept_never_makes_a_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (tmp, dest) = (dir.path().join("s/.a.tmp"), dir.path().join("s/a"));
        let written = write_hashed(&tmp, &dest, fill_with(b"same\n"), |_| false).expect("ok");
        assert_eq!(written.hash, hash_bytes(b"same\n"));
        assert!(!written.kept);
        assert!(!dir.path().join("s").exists(), "no folder, no file made");
        let big = big_payload();
        let written = write_hashed(&tmp, &dest, fill_with(&big), |_| false).expect("ok");
        assert_eq!(written.hash, hash_bytes(&big));
        assert!(!tmp.exists() && !dest.exists());
        let written = write_hashed(&tmp, &dest, fill_with(b""), |_| true).expect("ok");
        assert!(written.kept);
        assert_eq!(fs::read(&dest).expect("an empty output is a file"), b"");
    }

    #[test]
    fn a_failed_fill_leaves_nothing_behind() {
        let store_dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open_for_reading(store_dir.path());
        let failed = store.write_hashed(
            Path::new("s/a.jsonl"),
            |out| {
                out.write_all(&big_payload())?;
                Err(io::Error::other("broken serialiser"))
            },
            |_| true,
        );
        assert!(failed.is_err());
        let left: Vec<_> = fs::read_dir(store_dir.path().join("s"))
            .expect("folder made")
            .flatten()
            .collect();
        assert!(left.is_empty(), "left behind: {left:?}");
    }
}
