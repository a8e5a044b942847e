//! `corroborate stream`: article sets as JSON lines on stdin, one JSON line of
//! results per set on stdout, in input order. The interface for Spark's
//! `RDD.pipe`, Hadoop Streaming and shell pipelines.
//!
//! Input line: `{"set": NAME, "articles": [{"id": ID, "text": TEXT}, ...]}`.
//! Output line: `{"set": NAME, "ok": true, "outputs": {STAGE: RECORDS, ...}}`,
//! where RECORDS is an array of records (an object for document stages), or
//! `{"set": NAME, "ok": false, "stage": STAGE, "error": MESSAGE}`; a line that
//! is not a set gives `{"set": null, "ok": false, "line": N, "error": ...}`.

use std::io::{self, BufRead, Write};

use rayon::prelude::*;
use stages::{RawArticle, RecordKind, Records};

use crate::execute::Engine;
use crate::input::{SetLine, SET_LINE_FORMAT};

const BATCH: usize = 512;

/// Counts of what a stream run did.
#[derive(Debug, Default, Clone, Copy)]
pub struct StreamSummary {
    pub sets: usize,
    pub failed: usize,
}

/// Reads sets from `input` until it ends, writing a result line per set to `output`.
pub fn stream(
    engine: &Engine,
    input: impl BufRead,
    mut output: impl Write,
) -> io::Result<StreamSummary> {
    let mut summary = StreamSummary::default();
    let mut batch: Vec<(usize, String)> = Vec::with_capacity(BATCH);
    let mut flush = |batch: &mut Vec<(usize, String)>, output: &mut dyn Write| -> io::Result<()> {
        let results: Vec<(bool, String)> = batch
            .par_iter()
            .map(|(n, line)| process_line(engine, *n, line))
            .collect();
        for (ok, line) in results {
            summary.sets += 1;
            summary.failed += usize::from(!ok);
            output.write_all(line.as_bytes())?;
            output.write_all(b"\n")?;
        }
        output.flush()?;
        batch.clear();
        Ok(())
    };
    for (n, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        batch.push((n + 1, line));
        if batch.len() == BATCH {
            flush(&mut batch, &mut output)?;
        }
    }
    flush(&mut batch, &mut output)?;
    Ok(summary)
}

fn process_line(engine: &Engine, n: usize, line: &str) -> (bool, String) {
    let row: SetLine = match serde_json::from_str(line) {
        Ok(row) => row,
        Err(e) => {
            let error = format!("stdin line {n}: not a set ({e}); expected {SET_LINE_FORMAT}");
            return (
                false,
                serde_json::json!({"set": null, "ok": false, "line": n, "error": error})
                    .to_string(),
            );
        }
    };
    let mut articles: Vec<RawArticle> = row
        .articles
        .into_iter()
        .map(|a| RawArticle {
            id: a.id,
            bytes: a.text.into_bytes(),
        })
        .collect();
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    match run_set(engine, &row.set, &articles) {
        Ok(outputs) => {
            let mut out = String::with_capacity(4096);
            out.push_str("{\"set\":");
            out.push_str(&serde_json::Value::String(row.set).to_string());
            out.push_str(",\"ok\":true,\"outputs\":{");
            for (i, (name, records)) in outputs.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::Value::String(name.clone()).to_string());
                out.push(':');
                push_records(&mut out, records);
            }
            out.push_str("}}");
            (true, out)
        }
        Err((stage, error)) => (
            false,
            serde_json::json!({"set": row.set, "ok": false, "stage": stage, "error": error})
                .to_string(),
        ),
    }
}

/// Runs every stage of the pipeline on one set in memory.
pub fn run_set(
    engine: &Engine,
    set: &str,
    articles: &[RawArticle],
) -> Result<Vec<(String, Records)>, (String, String)> {
    let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    let stages = &engine.pipeline.stages;
    let mut outputs: Vec<Option<Records>> = (0..stages.len()).map(|_| None).collect();
    for (i, stage) in stages.iter().enumerate() {
        let needs_raw = stage.inputs.iter().any(|(k, _)| *k == RecordKind::Articles);
        let upstream: Vec<(RecordKind, &Records)> = stage
            .inputs
            .iter()
            .filter_map(|(kind, p)| Some((kind.clone(), outputs[(*p)?].as_ref()?)))
            .collect();
        let raw = if needs_raw { articles } else { &[] };
        let records = engine
            .invoke(i, set, raw, &upstream, &ids)
            .map_err(|e| (stage.name.clone(), e))?;
        outputs[i] = Some(records);
    }
    Ok(stages
        .iter()
        .zip(outputs)
        .filter_map(|(s, r)| Some((s.name.clone(), r?)))
        .collect())
}

fn push_records(out: &mut String, records: &Records) {
    if let Records::Reconciled(doc) = records {
        // A document: one compact object (the file on disk is pretty-printed).
        out.push_str(&serde_json::to_string(doc).unwrap_or_else(|_| "null".into()));
        return;
    }
    let bytes = records.to_bytes();
    // What serde_json writes is UTF-8.
    let text = std::str::from_utf8(&bytes).unwrap_or_default();
    out.push('[');
    for (i, line) in text.lines().filter(|l| !l.is_empty()).enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(line);
    }
    out.push(']');
}
