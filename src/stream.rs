//! `corroborate stream`: article sets as JSON lines on stdin, one JSON line of
//! results per set on stdout, in input order. The interface for Spark's
//! `RDD.pipe`, Hadoop Streaming and shell pipelines.
//!
//! Input line: `{"set": NAME, "articles": [{"id": ID, "text": TEXT}, ...]}`.
//! Output line: `{"set": NAME, "ok": true, "outputs": {STAGE: RECORDS, ...}}`,
//! where RECORDS is an array of records (an object for document stages), or
//! `{"set": NAME, "ok": false, "line": N, "stage": STAGE, "error": MESSAGE}`; a
//! line that is not a set gives `{"set": null, "ok": false, "line": N, "error": ...}`.
//! `N` counts every line this process read, blank ones included, from 1: under
//! Spark or Hadoop each process reads one partition or split, so it is the line
//! within that part. A failed set is a row, not a failure of the stream.

use std::io::{self, BufRead, IoSlice, Write};

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
///
/// Three stages run at once: a reader thread reads the next batch of lines while
/// the current batch is worked on in parallel, and a writer thread writes the
/// batch before; so the workers never wait for a read or a write, and memory
/// holds at most a few batches.
pub fn stream(
    engine: &Engine,
    input: impl BufRead + Send,
    output: impl Write + Send,
) -> io::Result<StreamSummary> {
    let (send, receive) = std::sync::mpsc::sync_channel::<Vec<(bool, Vec<u8>)>>(1);
    let (read_send, read_receive) = std::sync::mpsc::sync_channel::<Vec<(usize, Line)>>(1);
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || write_results(receive, output));
        // The reader stops when the input ends or breaks, or when the batches stop
        // being taken (after a write error).
        let reader =
            scope.spawn(move || read_batches(input, |batch| read_send.send(batch).is_ok()));
        for batch in read_receive.iter() {
            let articles_in_parallel = crate::execute::few_sets(batch.len());
            let results: Vec<(bool, Vec<u8>)> = batch
                .par_iter()
                .map(|(n, line)| process_line(engine, *n, line, articles_in_parallel))
                .collect();
            // The writer stops early only after a write error, which it returns;
            // then reading stops too.
            if send.send(results).is_err() {
                break;
            }
        }
        drop(read_receive);
        drop(send);
        let read = reader
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the reader thread stopped")));
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the writer thread stopped")));
        read?;
        written
    })
}

/// One line of input: its text, or why it is not text.
type Line = Result<String, String>;

/// Calls `work` on each batch of up to [`BATCH`] non-blank lines, numbered from
/// 1 over the whole input (blank lines counted), until the input ends or
/// `work` returns false. A line that is not UTF-8 is passed on as an error, to
/// become its own error row: only a failing read stops the stream.
fn read_batches(
    mut input: impl BufRead,
    mut work: impl FnMut(Vec<(usize, Line)>) -> bool,
) -> io::Result<()> {
    let mut batch: Vec<(usize, Line)> = Vec::with_capacity(BATCH);
    let mut n = 0;
    loop {
        let mut bytes = Vec::new();
        if input.read_until(b'\n', &mut bytes)? == 0 {
            break;
        }
        n += 1;
        if bytes.last() == Some(&b'\n') {
            bytes.pop();
            if bytes.last() == Some(&b'\r') {
                bytes.pop();
            }
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let line = String::from_utf8(bytes).map_err(|e| format!("not UTF-8 ({e})"));
        batch.push((n, line));
        if batch.len() == BATCH {
            let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
            if !work(full) {
                return Ok(());
            }
        }
    }
    if !batch.is_empty() {
        work(batch);
    }
    Ok(())
}

/// Writes each batch's result lines in order, and counts them.
fn write_results(
    batches: std::sync::mpsc::Receiver<Vec<(bool, Vec<u8>)>>,
    mut output: impl Write,
) -> io::Result<StreamSummary> {
    let mut summary = StreamSummary::default();
    for results in batches {
        // The batch's lines go out as they are, without a copy into the writer's buffer
        // (a batch's lines are larger than the buffer, which passes them on whole).
        let mut slices = Vec::with_capacity(2 * results.len());
        for (ok, line) in &results {
            summary.sets += 1;
            summary.failed += usize::from(!ok);
            slices.push(IoSlice::new(line));
            slices.push(IoSlice::new(b"\n"));
        }
        write_all_vectored(&mut output, &mut slices)?;
        output.flush()?;
    }
    Ok(summary)
}

/// Writes all of `bufs` in order, as `Write::write_all` writes one buffer: as many as
/// each call takes, until all are written.
fn write_all_vectored(output: &mut impl Write, mut bufs: &mut [IoSlice<'_>]) -> io::Result<()> {
    IoSlice::advance_slices(&mut bufs, 0);
    while !bufs.is_empty() {
        match output.write_vectored(bufs) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => IoSlice::advance_slices(&mut bufs, n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

fn process_line(
    engine: &Engine,
    n: usize,
    line: &Line,
    articles_in_parallel: bool,
) -> (bool, Vec<u8>) {
    let parsed = line
        .as_ref()
        .map_err(String::clone)
        .and_then(|l| serde_json::from_str::<SetLine>(l).map_err(|e| e.to_string()));
    let row: SetLine = match parsed {
        Ok(row) => row,
        Err(e) => {
            let error = format!(
                "stdin line {n} (counted over all of this process's input): not a set ({e}); expected {SET_LINE_FORMAT}"
            );
            return (
                false,
                serde_json::json!({"set": null, "ok": false, "line": n, "error": error})
                    .to_string()
                    .into_bytes(),
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
    match run_set(engine, &row.set, &articles, articles_in_parallel) {
        Ok(outputs) => {
            let size = line.as_ref().map_or(0, String::len);
            // The outputs run to about 4.5 times the set's line over the bulk corpus:
            // room for 6 times spares most rows a reallocation and its copy (pages
            // reserved and never written are not resident).
            let mut out = Vec::with_capacity(6 * size + 1024);
            out.extend_from_slice(b"{\"set\":");
            push_json_string(&mut out, &row.set);
            out.extend_from_slice(b",\"ok\":true,\"outputs\":{");
            for (i, (name, records)) in outputs.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                push_json_string(&mut out, name);
                out.push(b':');
                records.write_json(&mut out);
            }
            out.extend_from_slice(b"}}");
            (true, out)
        }
        Err((stage, error)) => (
            false,
            serde_json::json!({"set": row.set, "ok": false, "line": n, "stage": stage, "error": error})
                .to_string()
                .into_bytes(),
        ),
    }
}

/// Runs every stage of the pipeline on one set in memory.
pub fn run_set(
    engine: &Engine,
    set: &str,
    articles: &[RawArticle],
    articles_in_parallel: bool,
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
            .invoke(i, set, raw, &upstream, &ids, articles_in_parallel)
            .map_err(|e| (stage.name.clone(), e))?;
        outputs[i] = Some(records);
    }
    Ok(stages
        .iter()
        .zip(outputs)
        .filter_map(|(s, r)| Some((s.name.clone(), r?)))
        .collect())
}

fn push_json_string(out: &mut Vec<u8>, text: &str) {
    stages::records::json::push_str(out, text);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that takes at most five bytes a call, across the buffers it is given.
    struct Trickle(Vec<u8>);

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.write_vectored(&[IoSlice::new(buf)])
        }
        fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> io::Result<usize> {
            let mut n = 0;
            for b in bufs {
                let k = b.len().min(5 - n);
                self.0.extend_from_slice(&b[..k]);
                n += k;
                if k < b.len() || n == 5 {
                    break;
                }
            }
            Ok(n)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn vectored_lines_are_written_whole_and_in_order() {
        let lines: Vec<Vec<u8>> = ["{\"set\":\"a\"}", "", "{\"set\":\"second one\"}", "x"]
            .iter()
            .map(|l| l.as_bytes().to_vec())
            .collect();
        let mut slices: Vec<IoSlice<'_>> = lines
            .iter()
            .flat_map(|l| [IoSlice::new(l), IoSlice::new(b"\n")])
            .collect();
        let mut out = Trickle(Vec::new());
        write_all_vectored(&mut out, &mut slices).expect("written");
        let want: Vec<u8> = lines
            .iter()
            .flat_map(|l| [&l[..], b"\n"].concat())
            .collect();
        assert_eq!(out.0, want);
    }
}
