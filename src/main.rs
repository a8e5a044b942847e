//! Minimal runner (temporary): runs the default stages over every set of the
//! input folder and writes each stage's records to `out/<set>/<stage>.jsonl`.

use std::fs;
use std::path::PathBuf;

use stages::{RawArticle, RecordKind, Records, StageInput};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let mut input = PathBuf::from("articles");
    let mut out = PathBuf::from("out");
    let mut i = 2;
    while i < args.len() {
        match args[i].as_str() {
            "--input" => input = PathBuf::from(&args[i + 1]),
            "--out" => out = PathBuf::from(&args[i + 1]),
            _ => {}
        }
        i += 2;
    }
    let names = [
        "normalise",
        "sentences",
        "quotes",
        "casualties",
        "reconcile",
    ];
    let mut sets: Vec<_> = fs::read_dir(&input)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    sets.sort();
    for set in sets {
        let set_name = set.file_name().unwrap().to_string_lossy().to_string();
        let mut files: Vec<_> = fs::read_dir(&set)?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        let articles: Vec<RawArticle> = files
            .iter()
            .map(|p| RawArticle {
                id: p.file_stem().unwrap().to_string_lossy().to_string(),
                bytes: fs::read(p).unwrap(),
            })
            .collect();
        let mut done: Vec<(RecordKind, Records)> = Vec::new();
        fs::create_dir_all(out.join(&set_name))?;
        for (spec, name) in stages::kinds().into_iter().zip(names) {
            let stage = (spec.build)(&Default::default()).map_err(anyhow::Error::msg)?;
            let upstream = done
                .iter()
                .filter(|(k, _)| spec.needs.contains(k))
                .map(|(k, r)| (k.clone(), r))
                .collect();
            let recs = stage.run(&StageInput {
                set: &set_name,
                articles: &articles,
                upstream,
            })?;
            let ext = if spec.provides.is_document() {
                "json"
            } else {
                "jsonl"
            };
            fs::write(
                out.join(&set_name).join(format!("{name}.{ext}")),
                recs.to_bytes(),
            )?;
            done.push((spec.provides, recs));
        }
    }
    Ok(())
}
