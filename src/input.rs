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

/// The names of the sets in `input`, sorted, and what was passed over.
pub fn list_sets(input: &Path) -> io::Result<(Vec<String>, Vec<Skipped>)> {
    let mut sets = Vec::new();
    let mut skipped = Vec::new();
    for entry in fs::read_dir(input)? {
        let entry = entry?;
        let path = entry.path();
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
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
        } else if ty.is_dir() {
            sets.push(name);
        }
    }
    sets.sort();
    Ok((sets, skipped))
}

/// The `.txt` files of one set, sorted by id, and what was passed over.
pub fn list_articles(set_dir: &Path) -> io::Result<(Vec<ArticleFile>, Vec<Skipped>)> {
    let mut articles = Vec::new();
    let mut skipped = Vec::new();
    for entry in fs::read_dir(set_dir)? {
        let entry = entry?;
        let path = entry.path();
        let file_name = entry.file_name();
        let Some(name) = file_name.to_str() else {
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
        if ty.is_dir() {
            skipped.push(Skipped {
                path,
                why: "folders inside a set are not read; a set is one folder of .txt files".into(),
            });
            continue;
        }
        let Some(id) = name.strip_suffix(".txt") else {
            continue;
        };
        if ty.is_symlink() {
            skipped.push(Skipped {
                path,
                why: "symbolic links are not followed".into(),
            });
            continue;
        }
        if !ty.is_file() || id.is_empty() {
            continue;
        }
        let meta = entry.metadata()?;
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        articles.push(ArticleFile {
            id: id.to_string(),
            path,
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
