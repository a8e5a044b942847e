//! The input folder: article sets and their files.
//!
//! A set is a sub-folder; an article is a `.txt` file in it. Hidden entries and
//! symbolic links are not followed (a link could lead outside the input
//! folder); nested folders inside a set are ignored.

use std::fs;
use std::io::{self, Read};
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

/// Reads an article file whose size the listing gave: no `stat` first (as
/// `fs::read` makes), and no read past the end to find it when the file still
/// has the listed size. The buffer asks for one byte more than listed; a
/// regular file gives less than asked only at its end, so a read returning
/// exactly the listed size has reached it. A file that grew or shrank since
/// it was listed is read to its end as `fs::read` would.
pub fn read_article(file: &ArticleFile) -> io::Result<Vec<u8>> {
    let mut f = fs::File::open(&file.path)?;
    let listed = usize::try_from(file.size).unwrap_or(usize::MAX);
    let mut bytes = Vec::new();
    if let Some(want) = listed.checked_add(1) {
        bytes.resize(want, 0);
        let got = loop {
            match f.read(&mut bytes) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                other => break other?,
            }
        };
        bytes.truncate(got);
        if got == listed {
            return Ok(bytes);
        }
    }
    f.read_to_end(&mut bytes)?;
    Ok(bytes)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(dir: &Path, text: &[u8]) -> ArticleFile {
        let path = dir.join("a.txt");
        fs::write(&path, text).expect("write");
        let (files, _) = list_articles(dir).expect("list");
        assert_eq!(files.len(), 1);
        files.into_iter().next().expect("one file")
    }

    #[test]
    fn an_article_is_read_whole_as_listed_grown_or_shrunk() {
        let dir = tempfile::tempdir().expect("temp dir");
        for text in [&b""[..], b"x", b"three words here\n"] {
            let file = listed(dir.path(), text);
            assert_eq!(read_article(&file).expect("read"), text);
        }
        let file = listed(dir.path(), b"short");
        fs::write(&file.path, b"longer than it was listed").expect("grow");
        assert_eq!(
            read_article(&file).expect("read"),
            b"longer than it was listed"
        );
        let file = listed(dir.path(), b"longer than it will be");
        fs::write(&file.path, b"short").expect("shrink");
        assert_eq!(read_article(&file).expect("read"), b"short");
        let big: Vec<u8> = (0..300_000).map(|i| (i % 251) as u8).collect();
        let file = listed(dir.path(), &big);
        assert_eq!(read_article(&file).expect("read"), big);
    }
}
