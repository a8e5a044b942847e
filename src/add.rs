//! `corroborate add`: puts article sets into the input folder.
//!
//! Everything is checked before anything is written: a bad name, an existing
//! set (without `--replace`) or a binary file rejects the whole command. Each
//! set is written to a hidden folder and renamed into place, so a set appears
//! whole or not at all.

use std::collections::BTreeSet;
use std::fmt;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use rayon::prelude::*;

use crate::input::{looks_binary, SetLine, SET_LINE_FORMAT};

/// What `add` did.
#[derive(Debug, Default)]
pub struct AddSummary {
    pub sets: usize,
    pub articles: usize,
    pub replaced: usize,
    pub input: PathBuf,
}

impl fmt::Display for AddSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "added {} set{} ({} articles) to {}",
            self.sets,
            if self.sets == 1 { "" } else { "s" },
            self.articles,
            self.input.display()
        )?;
        if self.replaced > 0 {
            write!(f, ", replacing {}", self.replaced)?;
        }
        write!(f, "; `corroborate run` will process only what changed")
    }
}

/// One set to write: its name and (article id, text) pairs.
struct NewSet {
    name: String,
    articles: Vec<(String, Vec<u8>)>,
}

pub fn add(
    paths: &[PathBuf],
    name: Option<&str>,
    replace: bool,
    input: &Path,
) -> anyhow::Result<AddSummary> {
    let mut txt_files = Vec::new();
    let mut folders = Vec::new();
    let mut jsonl = Vec::new();
    for p in paths {
        let meta = fs::metadata(p).with_context(|| format!("cannot read {}", p.display()))?;
        let file_name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if meta.is_dir() {
            folders.push(p.clone());
        } else if file_name.ends_with(".txt") {
            txt_files.push(p.clone());
        } else if file_name.ends_with(".jsonl") || file_name.ends_with(".jsonl.gz") {
            jsonl.push(p.clone());
        } else {
            bail!("{}: not a folder, a .txt file or a .jsonl / .jsonl.gz file of sets; nothing was added", p.display());
        }
    }
    if name.is_some()
        && (!jsonl.is_empty()
            || folders.len() > 1
            || (!folders.is_empty() && !txt_files.is_empty()))
    {
        bail!("--name names one set: give it with one folder or with .txt files only; nothing was added");
    }
    if let Some(n) = name {
        check_name(n, "set name").context("nothing was added")?;
    }
    let mut sets: Vec<NewSet> = Vec::new();
    for dir in &folders {
        sets.push(read_folder(dir, name)?);
    }
    if !txt_files.is_empty() {
        let set_name = match (name, txt_files.as_slice()) {
            (Some(n), _) => n.to_string(),
            (None, [one]) => stem(one)?,
            (None, _) => {
                bail!("several .txt files make one set: name it with --name SET; nothing was added")
            }
        };
        let mut articles = Vec::new();
        for f in &txt_files {
            articles.push((stem(f)?, read_text_file(f)?));
        }
        sets.push(NewSet {
            name: set_name,
            articles,
        });
    }
    // Check names across everything before writing anything.
    let mut names: BTreeSet<String> = BTreeSet::new();
    for s in &sets {
        check_set(s)?;
        if !names.insert(s.name.clone()) {
            bail!("set `{}` is given twice; nothing was added", s.name);
        }
    }
    for f in &jsonl {
        scan_jsonl(f, &mut names)?;
    }
    let existing: Vec<&String> = names.iter().filter(|n| input.join(n).exists()).collect();
    if !existing.is_empty() && !replace {
        let shown: Vec<&str> = existing.iter().take(5).map(|s| s.as_str()).collect();
        bail!(
            "{} set{} already exist{} in {} ({}{}); use --replace to replace them; nothing was added",
            existing.len(),
            if existing.len() == 1 { "" } else { "s" },
            if existing.len() == 1 { "s" } else { "" },
            input.display(),
            shown.join(", "),
            if existing.len() > 5 { ", ..." } else { "" }
        );
    }
    let replaced = existing.len();
    fs::create_dir_all(input)
        .with_context(|| format!("cannot create the input folder {}", input.display()))?;
    let staging = input.join(format!(".add-{}", std::process::id()));
    fs::create_dir_all(&staging)
        .with_context(|| format!("cannot write in the input folder {}", input.display()))?;
    let result = (|| -> anyhow::Result<AddSummary> {
        let mut summary = AddSummary {
            input: input.to_path_buf(),
            replaced,
            ..AddSummary::default()
        };
        summary.sets += sets.len();
        summary.articles += sets.iter().map(|s| s.articles.len()).sum::<usize>();
        sets.par_iter()
            .try_for_each(|s| write_set(s, &staging, input))?;
        for f in &jsonl {
            let (n_sets, n_articles) = write_jsonl(f, &staging, input)?;
            summary.sets += n_sets;
            summary.articles += n_articles;
        }
        Ok(summary)
    })();
    let _ = fs::remove_dir_all(&staging);
    result
}

fn stem(path: &Path) -> anyhow::Result<String> {
    let id = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".txt"))
        .with_context(|| format!("{}: the file name is not valid UTF-8", path.display()))?;
    check_name(id, "article name").with_context(|| path.display().to_string())?;
    Ok(id.to_string())
}

fn read_text_file(path: &Path) -> anyhow::Result<Vec<u8>> {
    let bytes = fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    if looks_binary(&bytes) {
        bail!(
            "{}: looks like a binary file (NUL bytes), not text; nothing was added",
            path.display()
        );
    }
    Ok(bytes)
}

fn read_folder(dir: &Path, name: Option<&str>) -> anyhow::Result<NewSet> {
    let set_name = match name {
        Some(n) => n.to_string(),
        None => {
            let canonical = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
            canonical
                .file_name()
                .and_then(|n| n.to_str())
                .map(str::to_string)
                .with_context(|| {
                    format!(
                        "{}: cannot take a set name from this folder; give --name",
                        dir.display()
                    )
                })?
        }
    };
    let mut articles = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))? {
        let entry = entry?;
        let path = entry.path();
        if !entry.file_type()?.is_file() || path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        articles.push((stem(&path)?, read_text_file(&path)?));
    }
    if articles.is_empty() {
        bail!(
            "{}: no .txt files in this folder; nothing was added",
            dir.display()
        );
    }
    articles.sort();
    Ok(NewSet {
        name: set_name,
        articles,
    })
}

/// Checks a set or article name: one plain path component.
pub fn check_name(name: &str, what: &str) -> anyhow::Result<()> {
    let bad = if name.is_empty() {
        Some("it is empty")
    } else if name == "." || name == ".." || name.starts_with('.') {
        Some("it is hidden or refers to a folder (starts with a dot)")
    } else if name.contains(['/', '\\']) {
        Some("it contains a path separator")
    } else if name.chars().any(char::is_control) {
        Some("it contains control characters")
    } else if name.len() > 200 {
        Some("it is longer than 200 bytes")
    } else {
        None
    };
    match bad {
        Some(why) => bail!(
            "{what} `{}` is not a plain folder name: {why}",
            name.escape_debug()
        ),
        None => Ok(()),
    }
}

fn check_set(s: &NewSet) -> anyhow::Result<()> {
    check_name(&s.name, "set name").context("nothing was added")?;
    let mut ids = BTreeSet::new();
    for (id, _) in &s.articles {
        check_name(id, "article name")
            .with_context(|| format!("set `{}`; nothing was added", s.name))?;
        if !ids.insert(id) {
            bail!(
                "set `{}` has two articles named `{id}`; nothing was added",
                s.name
            );
        }
    }
    Ok(())
}

fn write_set(s: &NewSet, staging: &Path, input: &Path) -> anyhow::Result<()> {
    let tmp = staging.join(&s.name);
    fs::create_dir_all(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
    for (id, text) in &s.articles {
        let path = tmp.join(format!("{id}.txt"));
        fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let dest = input.join(&s.name);
    if dest.exists() {
        fs::remove_dir_all(&dest).with_context(|| format!("cannot replace {}", dest.display()))?;
    }
    fs::rename(&tmp, &dest)
        .with_context(|| format!("cannot move the new set into {}", dest.display()))
}

fn open_lines(path: &Path) -> anyhow::Result<Box<dyn BufRead>> {
    let file = fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let reader: Box<dyn Read> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    Ok(Box::new(BufReader::with_capacity(1 << 20, reader)))
}

fn parse_line(path: &Path, n: usize, line: &str) -> anyhow::Result<NewSet> {
    let row: SetLine = serde_json::from_str(line).with_context(|| {
        format!(
            "{}:{n}: not a set (expected {SET_LINE_FORMAT}); nothing was added",
            path.display()
        )
    })?;
    let set = NewSet {
        name: row.set,
        articles: row
            .articles
            .into_iter()
            .map(|a| (a.id, a.text.into_bytes()))
            .collect(),
    };
    check_set(&set).with_context(|| format!("{}:{n}", path.display()))?;
    Ok(set)
}

/// First pass over a JSON-lines file: every line parses and names a new set.
fn scan_jsonl(path: &Path, names: &mut BTreeSet<String>) -> anyhow::Result<()> {
    for (i, line) in open_lines(path)?.lines().enumerate() {
        let line = line.with_context(|| {
            format!(
                "{}:{}: cannot read (is it valid UTF-8 and gzip?)",
                path.display(),
                i + 1
            )
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let set = parse_line(path, i + 1, &line)?;
        if !names.insert(set.name.clone()) {
            bail!(
                "{}:{}: set `{}` is given twice; nothing was added",
                path.display(),
                i + 1,
                set.name
            );
        }
    }
    Ok(())
}

/// Second pass: writes the sets, a few thousand at a time in parallel.
fn write_jsonl(path: &Path, staging: &Path, input: &Path) -> anyhow::Result<(usize, usize)> {
    let (mut sets, mut articles) = (0, 0);
    let mut batch: Vec<(usize, String)> = Vec::with_capacity(4096);
    let mut flush = |batch: &mut Vec<(usize, String)>| -> anyhow::Result<()> {
        let parsed: Vec<NewSet> = batch
            .par_iter()
            .map(|(n, l)| parse_line(path, *n, l))
            .collect::<anyhow::Result<_>>()?;
        parsed
            .par_iter()
            .try_for_each(|s| write_set(s, staging, input))?;
        sets += parsed.len();
        articles += parsed.iter().map(|s| s.articles.len()).sum::<usize>();
        batch.clear();
        Ok(())
    };
    for (i, line) in open_lines(path)?.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        batch.push((i + 1, line));
        if batch.len() == 4096 {
            flush(&mut batch)?;
        }
    }
    flush(&mut batch)?;
    Ok((sets, articles))
}
