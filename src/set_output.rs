//! One set's output folder while a run works on it.
//!
//! A set seen for the first time has no folder yet: its files are written
//! straight into a hidden staging folder beside it (`out/.<set>.new/`), which
//! is renamed into place once the set is done. One rename per set instead of
//! a temporary file and a rename per file; on a corpus of small sets that is
//! a good part of the run. A set that already has a folder gets each file
//! through a temporary file and a rename (see [`Store::write`]). Either way a
//! killed run leaves no half-written file where outputs are read: a staging
//! folder is cleared when its set is next worked on.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::store::{self, Hashed, HashedFile, Manifest, Store, MANIFEST};

const STAGING_SUFFIX: &str = ".new";

pub struct SetOutput<'a> {
    store: &'a Store,
    set: &'a str,
    /// The file names in `out/<set>/`; `None` when the folder does not exist.
    on_disk: Option<BTreeSet<String>>,
    /// The staging folder, once something was written to it.
    staging: Option<PathBuf>,
    prepared: bool,
}

impl<'a> SetOutput<'a> {
    /// Looks at `out/<set>/` once; every later "is it there?" is answered from that.
    pub fn open(store: &'a Store, set: &'a str) -> SetOutput<'a> {
        SetOutput {
            store,
            set,
            on_disk: store.list(set),
            staging: None,
            prepared: false,
        }
    }

    /// The set's name.
    pub fn set(&self) -> &'a str {
        self.set
    }

    /// Whether `out/<set>/<name>` existed when the set was opened.
    pub fn contains(&self, name: &str) -> bool {
        self.on_disk.as_ref().is_some_and(|d| d.contains(name))
    }

    /// The manifest of the set's last run (empty for a new set).
    pub fn load_manifest(&self) -> Manifest {
        if self.on_disk.is_none() {
            return Manifest::default();
        }
        self.store.load_manifest(self.set)
    }

    /// Where `name` is shown to users: its place in `out/<set>/`.
    pub fn path(&self, name: &str) -> PathBuf {
        self.store.set_dir(self.set).join(name)
    }

    /// Clears what an interrupted run left for this set. Called once, before
    /// the first write.
    fn prepare(&mut self) {
        if self.prepared {
            return;
        }
        self.prepared = true;
        if let Some(names) = &self.on_disk {
            self.store.remove_temporaries(self.set, names);
            return;
        }
        let staging = self.staging_dir();
        // What an interrupted run staged is started over. Where no staging
        // folder can be made (a set name too long for the extra characters,
        // a leftover that cannot be removed), files are written one by one.
        // Made first and cleared only when it is there: no look before each new set.
        let made = match fs::create_dir(&staging) {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                let _ = fs::remove_dir_all(&staging);
                fs::create_dir(&staging)
            }
            other => other,
        };
        if made.is_ok() {
            self.staging = Some(staging);
        }
    }

    fn staging_dir(&self) -> PathBuf {
        self.store
            .root()
            .join(format!(".{}{STAGING_SUFFIX}", self.set))
    }

    /// Writes `out/<set>/<name>` (or its staged copy) so that no reader sees it half-written.
    pub fn write(&mut self, name: &str, bytes: &[u8]) -> io::Result<()> {
        self.prepare();
        match &self.staging {
            Some(dir) => fs::write(dir.join(name), bytes),
            None => self.store.write(&Path::new(self.set).join(name), bytes),
        }
    }

    /// Writes `out/<set>/<name>` from `fill` as [`SetOutput::write`] does, hashing
    /// it on the way, and keeps it only when `keep(&hash)` (an output that came
    /// out the same as the one in place need not replace it).
    pub fn write_hashed(
        &mut self,
        name: &str,
        fill: impl FnOnce(&mut HashedFile) -> io::Result<()>,
        keep: impl FnOnce(&str) -> bool,
    ) -> io::Result<Hashed> {
        self.prepare();
        match &self.staging {
            // Nothing reads a staged folder before it is renamed into place.
            Some(dir) => {
                let path = dir.join(name);
                store::write_hashed(&path, &path, fill, keep)
            }
            None => self
                .store
                .write_hashed(&Path::new(self.set).join(name), fill, keep),
        }
    }

    /// Reads a file of the set: the staged copy when this run wrote one.
    pub fn read(&self, name: &str) -> io::Result<Vec<u8>> {
        if let Some(dir) = &self.staging {
            match fs::read(dir.join(name)) {
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                other => return other,
            }
        }
        self.store.read(&Path::new(self.set).join(name))
    }

    pub fn save_manifest(&mut self, manifest: &Manifest) -> io::Result<()> {
        // The same bytes as `serde_json::to_vec_pretty`, written by the records' faster writer.
        let mut bytes = Vec::with_capacity(8 << 10);
        stages::records::json::write_pretty(&mut bytes, manifest);
        bytes.push(b'\n');
        self.write(MANIFEST, &bytes)
    }

    /// Puts a staged folder in place as `out/<set>/`.
    pub fn finish(self) -> io::Result<()> {
        match &self.staging {
            Some(dir) => fs::rename(dir, self.store.set_dir(self.set)),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    #[test]
    fn a_new_set_appears_whole_when_finished() {
        let root = tempfile::tempdir().expect("temp dir");
        let store = Store::open_for_reading(root.path());
        let mut out = SetOutput::open(&store, "s");
        out.write("a.jsonl", b"one\n").expect("write");
        out.write("b.json", b"{}\n").expect("write");
        assert!(
            !root.path().join("s").exists(),
            "nothing in place before the end"
        );
        assert_eq!(out.read("a.jsonl").expect("read staged"), b"one\n");
        out.finish().expect("finish");
        assert_eq!(names(&root.path().join("s")), ["a.jsonl", "b.json"]);
        assert_eq!(names(root.path()), ["s"], "no staging folder left");
    }

    #[test]
    fn an_interrupted_new_set_is_started_over() {
        let root = tempfile::tempdir().expect("temp dir");
        let staging = root.path().join(".s.new");
        fs::create_dir_all(&staging).expect("mkdir");
        fs::write(staging.join("half.jsonl"), b"half").expect("write");
        let store = Store::open_for_reading(root.path());
        let mut out = SetOutput::open(&store, "s");
        out.write("a.jsonl", b"whole\n").expect("write");
        out.finish().expect("finish");
        assert_eq!(names(&root.path().join("s")), ["a.jsonl"]);
        assert!(!staging.exists());
    }

    #[test]
    fn a_set_name_too_long_to_stage_is_written_file_by_file() {
        let root = tempfile::tempdir().expect("temp dir");
        let store = Store::open_for_reading(root.path());
        let name = "n".repeat(254);
        let mut out = SetOutput::open(&store, &name);
        out.write("a.jsonl", b"one\n").expect("write");
        out.finish().expect("finish");
        assert_eq!(names(&root.path().join(&name)), ["a.jsonl"]);
    }

    #[test]
    fn streamed_outputs_are_staged_or_replaced_like_written_ones() {
        let root = tempfile::tempdir().expect("temp dir");
        let store = Store::open_for_reading(root.path());
        let mut out = SetOutput::open(&store, "s");
        let fill = |out: &mut HashedFile| std::io::Write::write_all(out, b"one\n");
        let staged = out.write_hashed("a.jsonl", fill, |_| true).expect("write");
        assert_eq!(staged.hash, crate::cache::hash_bytes(b"one\n"));
        assert!(!root.path().join("s").exists(), "staged until the end");
        assert_eq!(out.read("a.jsonl").expect("read staged"), b"one\n");
        out.finish().expect("finish");
        let mut again = SetOutput::open(&store, "s");
        let fill = |out: &mut HashedFile| std::io::Write::write_all(out, b"two\n");
        again
            .write_hashed("a.jsonl", fill, |_| true)
            .expect("write");
        assert_eq!(
            fs::read(root.path().join("s/a.jsonl")).expect("in place at once"),
            b"two\n"
        );
        assert_eq!(names(&root.path().join("s")), ["a.jsonl"]);
    }

    #[test]
    fn an_existing_set_is_written_file_by_file() {
        let root = tempfile::tempdir().expect("temp dir");
        fs::create_dir_all(root.path().join("s")).expect("mkdir");
        fs::write(root.path().join("s/old.jsonl"), b"old").expect("write");
        let store = Store::open_for_reading(root.path());
        let mut out = SetOutput::open(&store, "s");
        assert!(out.contains("old.jsonl"));
        out.write("a.jsonl", b"new\n").expect("write");
        assert_eq!(
            fs::read(root.path().join("s/a.jsonl")).expect("in place at once"),
            b"new\n"
        );
        out.finish().expect("finish");
        assert_eq!(names(&root.path().join("s")), ["a.jsonl", "old.jsonl"]);
    }

    #[test]
    fn a_killed_runs_temporaries_go_when_the_set_is_next_written() {
        let root = tempfile::tempdir().expect("temp dir");
        fs::create_dir_all(root.path().join("s")).expect("mkdir");
        fs::write(root.path().join("s/.a.jsonl.tmp"), b"half").expect("write");
        fs::write(root.path().join(".index.html.tmp"), b"half").expect("write");
        let store = Store::open_for_writing(root.path(), None).expect("open");
        assert!(!root.path().join(".index.html.tmp").exists());
        assert!(store.list("t").is_none(), "a set with no folder");
        let mut out = SetOutput::open(&store, "s");
        assert!(out.contains(".a.jsonl.tmp"));
        out.write("a.jsonl", b"whole\n").expect("write");
        out.finish().expect("finish");
        assert_eq!(names(&root.path().join("s")), ["a.jsonl"]);
        let mut new = SetOutput::open(&store, "t");
        new.write("a.jsonl", b"new\n").expect("write");
        new.finish().expect("finish");
        assert_eq!(names(&root.path().join("t")), ["a.jsonl"]);
    }

    #[test]
    fn a_manifest_is_written_as_serde_json_pretty_prints_it() {
        let root = tempfile::tempdir().expect("temp dir");
        let store = Store::open_for_reading(root.path());
        let mut manifest = Manifest::default();
        manifest.articles.insert(
            "a \"1\"".into(),
            store::ArticleStamp {
                size: 12,
                mtime_ns: u128::from(u64::MAX) * 3,
                hash: "ab".repeat(32),
            },
        );
        manifest.stages.insert(
            "quotes".into(),
            store::StageRecord {
                key: "k".into(),
                kind: "quotes.v1@1234".into(),
                params: "{}".into(),
                inputs: [("sentences".to_string(), "h".to_string())].into(),
                output: "quotes.jsonl".into(),
                output_hash: "cd".repeat(32),
                failed: Some("line 1:\tbroken".into()),
            },
        );
        manifest.stages.insert("empty".into(), Default::default());
        manifest
            .warnings
            .insert("(input)".into(), vec!["a\nb".into(), String::new()]);
        let mut out = SetOutput::open(&store, "s");
        out.save_manifest(&manifest).expect("save");
        out.finish().expect("finish");
        let mut want = serde_json::to_vec_pretty(&manifest).expect("serialise");
        want.push(b'\n');
        let got = fs::read(root.path().join("s").join(MANIFEST)).expect("read");
        assert_eq!(
            String::from_utf8_lossy(&got),
            String::from_utf8_lossy(&want)
        );
    }
}
