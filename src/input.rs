//! The input folder: article sets and their files.
//!
//! A set is a sub-folder; an article is a `.txt` file in it. Hidden entries and
//! symbolic links are not followed (a link could lead outside the input
//! folder); nested folders inside a set are ignored.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// One article file as found on disk, before reading it.
#[derive(Debug, Clone)]
pub struct ArticleFile {
    pub id: String,
    pub path: PathBuf,
    pub size: u64,
    pub mtime_ns: u128,
}

/// Something in the input folder that was passed over, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub path: PathBuf,
    pub why: String,
}

/// An entry of a folder that may be read: not hidden, named in UTF-8, not a link.
struct Entry {
    name: String,
    path: PathBuf,
    ty: fs::FileType,
    entry: fs::DirEntry,
}

/// The entries of `dir` worth looking at; links and non-UTF-8 names go to `skipped`.
fn entries(dir: &Path, skipped: &mut Vec<Skipped>) -> io::Result<Vec<Entry>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let Ok(name) = entry.file_name().into_string() else {
            skipped.push(Skipped {
                path,
                why: "its name is not valid UTF-8".into(),
            });
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let ty = entry.file_type()?;
        if ty.is_symlink() {
            skipped.push(Skipped {
                path,
                why: "symbolic links are not followed".into(),
            });
            continue;
        }
        out.push(Entry {
            name,
            path,
            ty,
            entry,
        });
    }
    Ok(out)
}

/// The names of the sets in `input`, sorted, and what was passed over.
pub fn list_sets(input: &Path) -> io::Result<(Vec<String>, Vec<Skipped>)> {
    let mut skipped = Vec::new();
    let mut sets: Vec<String> = entries(input, &mut skipped)?
        .into_iter()
        .filter(|e| e.ty.is_dir())
        .map(|e| e.name)
        .collect();
    sets.sort();
    Ok((sets, skipped))
}

/// The `.txt` files of one set, sorted by id, and what was passed over.
pub fn list_articles(set_dir: &Path) -> io::Result<(Vec<ArticleFile>, Vec<Skipped>)> {
    let mut skipped = Vec::new();
    let mut articles = Vec::new();
    for e in entries(set_dir, &mut skipped)? {
        if e.ty.is_dir() {
            skipped.push(Skipped {
                path: e.path,
                why: "folders inside a set are not read; a set is one folder of .txt files".into(),
            });
            continue;
        }
        let Some(id) = e
            .name
            .strip_suffix(".txt")
            .filter(|id| !id.is_empty() && e.ty.is_file())
        else {
            continue;
        };
        let meta = e.entry.metadata()?;
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        articles.push(ArticleFile {
            id: id.to_string(),
            path: e.path,
            size: meta.len(),
            mtime_ns,
        });
    }
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    Ok((articles, skipped))
}

/// Whether bytes look like a binary file rather than text: a NUL byte in the
/// first 8 KiB, as git and ripgrep decide.
pub fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
}

/// One article set as a line of JSON (the Multi-News bulk format), read by
/// `add` and `stream`: `{"set": NAME, "articles": [{"id": ID, "text": TEXT}]}`.
#[derive(Debug, serde::Deserialize)]
pub struct SetLine {
    pub set: String,
    pub articles: Vec<ArticleLine>,
}

#[derive(Debug, serde::Deserialize)]
pub struct ArticleLine {
    pub id: String,
    pub text: String,
}

/// What a JSON line of a set must look like, for error messages.
pub const SET_LINE_FORMAT: &str = "{\"set\": NAME, \"articles\": [{\"id\": ID, \"text\": TEXT}]}";
