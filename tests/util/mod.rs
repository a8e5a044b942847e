//! A harness for CLI tests: a temporary project folder with articles and a
//! pipeline file, the binary run inside it, and helpers to read outputs.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::SystemTime;

pub struct Project {
    dir: tempfile::TempDir,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Asserts success and returns self.
    #[track_caller]
    pub fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "exit code {}\nstdout:\n{}\nstderr:\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    /// Asserts that stderr contains `needle`, showing the whole of it if not.
    #[track_caller]
    pub fn assert_stderr(&self, needle: &str) -> &Run {
        contains("stderr", &self.stderr, needle);
        self
    }

    /// Asserts that stdout contains `needle`, showing the whole of it if not.
    #[track_caller]
    pub fn assert_stdout(&self, needle: &str) -> &Run {
        contains("stdout", &self.stdout, needle);
        self
    }

    /// The number in "N stage runs done" of the closing summary.
    #[track_caller]
    pub fn stages_run(&self) -> usize {
        let at = self
            .stderr
            .find(" stage run")
            .unwrap_or_else(|| panic!("no summary in:\n{}", self.stderr));
        let head = &self.stderr[..at];
        let n = head.rsplit(' ').next().unwrap_or_default();
        n.parse()
            .unwrap_or_else(|_| panic!("no count in summary:\n{}", self.stderr))
    }
}

#[track_caller]
fn contains(stream: &str, text: &str, needle: &str) {
    assert!(text.contains(needle), "no {needle:?} in {stream}:\n{text}");
}

impl Project {
    /// An empty project folder with the default pipeline.
    pub fn new() -> Project {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("pipeline.yaml"),
            dir.path().join("pipeline.yaml"),
        )
        .expect("copy pipeline");
        Project { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn file(&self, rel: &str, contents: &str) -> &Project {
        self.bytes(rel, contents.as_bytes())
    }

    pub fn bytes(&self, rel: &str, contents: &[u8]) -> &Project {
        let path = self.path().join(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, contents).expect("write");
        self
    }

    /// Writes `articles/<set>/<id>.txt` for each (id, text).
    pub fn set(&self, set: &str, articles: &[(&str, &str)]) -> &Project {
        for (id, text) in articles {
            self.file(&format!("articles/{set}/{id}.txt"), text);
        }
        self
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(
            Command::new(env!("CARGO_BIN_EXE_corroborate"))
                .args(args)
                .current_dir(self.path())
                .output()
                .expect("run corroborate"),
        )
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path().join(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.path().join(rel).exists()
    }

    /// Every file under `rel` (relative path → bytes), for byte-for-byte comparisons.
    pub fn snapshot(&self, rel: &str) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        walk(&self.path().join(rel), Path::new(""), &mut |p, full| {
            out.insert(p.to_path_buf(), fs::read(full).expect("read"));
        });
        out
    }

    /// Modification times of every file under `rel`.
    pub fn mtimes(&self, rel: &str) -> BTreeMap<PathBuf, SystemTime> {
        let mut out = BTreeMap::new();
        walk(&self.path().join(rel), Path::new(""), &mut |p, full| {
            out.insert(
                p.to_path_buf(),
                fs::metadata(full)
                    .and_then(|m| m.modified())
                    .expect("mtime"),
            );
        });
        out
    }
}

fn walk(dir: &Path, rel: &Path, f: &mut dyn FnMut(&Path, &Path)) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        if e.file_name().to_string_lossy().starts_with('.') {
            continue; // the run lock and temporary files are not outputs
        }
        let p = rel.join(e.file_name());
        let full = e.path();
        if full.is_dir() {
            walk(&full, &p, f);
        } else {
            f(&p, &full);
        }
    }
}

/// A project with two sets: `storm` (articles a and b) and `bridge` (c).
pub fn two_sets() -> Project {
    let p = Project::new();
    p.set("storm", &[("a", ARTICLE_A), ("b", ARTICLE_B)]);
    p.set("bridge", &[("c", ARTICLE_C)]);
    p
}

/// A few short articles written for the tests.
pub const ARTICLE_A: &str = "Storm hits coast\n\nA storm hit the coast on Monday, officials said.\n\n\"We are safe now,\" said Jane Roe, the mayor. Three people were injured.";
pub const ARTICLE_B: &str = "Flooding follows storm\n\nMayor Jane Roe said: \"The water is receding.\"\n\nTwo fishermen were reported missing.";
pub const ARTICLE_C: &str =
    "Bridge closed\n\nThe old bridge was closed after cracks were found, engineers said.";

/// Hidden temporary files (`.<name>.tmp`) anywhere under `dir`.
pub fn temporaries(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let hidden = name.starts_with('.');
            if e.path().is_dir() {
                // A staging folder of a new set (`.<set>.new`) is a temporary too.
                if hidden && name.ends_with(".new") {
                    found.push(e.path());
                }
                stack.push(e.path());
            } else if hidden && name.ends_with(".tmp") {
                found.push(e.path());
            }
        }
    }
    found
}

/// Whether python3 runs here. Tests of external stages written in Python are
/// ignored when it did not run at build time (`no_python`, see `build.rs`);
/// this covers it going away since, with a notice.
pub fn have_python() -> bool {
    let ok = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("skipping: python3 is not installed");
    }
    ok
}
