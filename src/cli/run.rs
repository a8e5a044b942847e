//! `corroborate run`: the run itself, its dry-run listing, timings and the closing summary.

use std::path::Path;
use std::time::Instant;

use anyhow::Context;
use stages::report::IndexEntry;

use super::{color, load_pipeline, RunArgs};
use crate::config::Pipeline;
use crate::execute::{Engine, ReportStep, RunOptions, SetReport, StageOutcome};
use crate::index;
use crate::store::Store;

pub(super) fn run(config_file: Option<&Path>, args: RunArgs, verbose: bool) -> anyhow::Result<i32> {
    let pipeline = load_pipeline(
        config_file,
        args.folders.input.as_deref(),
        args.folders.out.as_deref(),
    )?;
    let opts = RunOptions {
        stage: args.stage,
        downstream: args.downstream,
        sets: args.folders.sets,
        force: args.force,
        dry_run: args.dry_run,
        keep_going: args.keep_going,
        quiet: args.quiet,
        shard: args.shard,
    };
    let threads = args.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start worker threads")?;
    pool.install(|| run_in_pool(pipeline, &opts, args.timings, verbose))
}

fn run_in_pool(
    pipeline: Pipeline,
    opts: &RunOptions,
    timings: bool,
    verbose: bool,
) -> anyhow::Result<i32> {
    let started = Instant::now();
    let out_dir = pipeline.output.clone();
    let engine = Engine::new(pipeline)?;
    engine.selected(opts)?;
    let (sets, warnings) = engine.sets(opts)?;
    for w in &warnings {
        eprintln!("{} {w}", color::err("warning:", color::Paint::Warn));
    }
    let store = if opts.dry_run {
        Store::open_for_reading(&out_dir)
    } else {
        Store::open_for_writing(&out_dir, opts.shard)?
    };
    let reports = engine.run(&store, &sets, opts)?;
    if !opts.dry_run && engine.report_source().is_some() {
        if opts.shard.is_some() {
            eprintln!("note: a sharded run does not write out/index.html and out/casualties.csv; run `corroborate report` when every shard has finished");
        } else {
            if opts.sets.is_empty() {
                // Every set of the run, flagged as of this run.
                let entries: Vec<IndexEntry> = reports
                    .iter()
                    .map(|r| IndexEntry {
                        set: r.set.clone(),
                        summary: r.summary.clone(),
                        flags: r.flags.clone(),
                    })
                    .collect();
                let key = index::key(reports.iter().zip(&entries).map(|(r, e)| {
                    (
                        e.set.as_str(),
                        r.report_key.as_deref().unwrap_or_default(),
                        &e.flags,
                    )
                }));
                write_index(&store, &entries, Some(&key))?;
            } else {
                let (all, _) = engine.sets(&RunOptions::default())?;
                write_index(
                    &store,
                    &index::entries_on_disk(&engine.pipeline, &store, &all),
                    None,
                )?;
            }
        }
    }
    for r in &reports {
        for w in &r.warnings {
            eprintln!("{} {w}", color::err("warning:", color::Paint::Warn));
        }
    }
    if opts.dry_run {
        print_dry_run(&engine, &reports);
        return Ok(0);
    }
    if verbose {
        for r in &reports {
            for (stage, outcome) in engine.pipeline.stages.iter().zip(&r.stages) {
                if let StageOutcome::Ran { why } = outcome {
                    eprintln!("ran  {}  {}  ({why})", r.set, stage.name);
                }
            }
            if let ReportStep::Written { why } = &r.report_step {
                eprintln!("ran  {}  report  ({why})", r.set);
            }
        }
    }
    if timings {
        print_timings(&engine, &reports);
    }
    let code = summarise(
        &engine,
        &reports,
        sets.len(),
        started.elapsed().as_secs_f64(),
    );
    let index = out_dir.join("index.html");
    if opts.shard.is_none() && index.exists() {
        eprintln!("open {}", index.display());
    }
    Ok(code)
}

/// Writes the index after a run; a run where no set has a report leaves it alone, with a note.
fn write_index(store: &Store, entries: &[IndexEntry], key: Option<&str>) -> anyhow::Result<()> {
    match index::write(store, entries, key) {
        Err(index::IndexError::NothingToList(_)) => {
            eprintln!(
                "note: no set has a report, so {} was not written",
                store.root().join("index.html").display()
            );
            Ok(())
        }
        other => Ok(other?),
    }
}

fn print_dry_run(engine: &Engine, reports: &[SetReport]) {
    let (mut would, mut may, mut renders, mut renders_may, mut blocked) = (0, 0, 0, 0, 0);
    for r in reports {
        for (stage, outcome) in engine.pipeline.stages.iter().zip(&r.stages) {
            match outcome {
                StageOutcome::WouldRun { why } => {
                    would += 1;
                    println!("would run  {}  {}  ({})", r.set, stage.name, indented(why));
                }
                StageOutcome::MayRun { upstream } => {
                    may += 1;
                    println!(
                        "may run    {}  {}  (if the output of {upstream} changes)",
                        r.set, stage.name
                    );
                }
                StageOutcome::Blocked { why } => {
                    blocked += 1;
                    println!("blocked    {}  {}  ({})", r.set, stage.name, indented(why))
                }
                _ => {}
            }
        }
        match &r.report_step {
            ReportStep::Would { why } => {
                renders += 1;
                println!("would run  {}  report  ({why})", r.set);
            }
            ReportStep::May { upstream } => {
                renders_may += 1;
                println!(
                    "may run    {}  report  (if the output of {upstream} changes)",
                    r.set
                );
            }
            _ => {}
        }
    }
    let reports_line = match (renders, renders_may) {
        (0, 0) => String::new(),
        (n, 0) => format!("; {} would be rendered", plural(n, "report", "reports")),
        (0, m) => format!(
            "; up to {} would be rendered",
            plural(m, "report", "reports")
        ),
        (n, m) => format!(
            "; {n} to {} would be rendered",
            plural(n + m, "report", "reports")
        ),
    };
    let blocked_line = if blocked > 0 {
        format!(
            "; {} blocked (the run would fail there: see above)",
            plural(blocked, "stage run", "stage runs")
        )
    } else {
        String::new()
    };
    let reports_line = reports_line + &blocked_line;
    if would == 0 && may == 0 && reports_line.is_empty() {
        println!("nothing to run: every selected output is up to date");
    } else if would == 0 && may == 0 {
        println!("no stage would run{reports_line}");
    } else {
        let sets = reports
            .iter()
            .filter(|r| {
                r.stages
                    .iter()
                    .any(|o| matches!(o, StageOutcome::WouldRun { .. }))
            })
            .count();
        println!(
            "{would} stage run{} would be done in {sets} set{}{}{}",
            if would == 1 { "" } else { "s" },
            if sets == 1 { "" } else { "s" },
            if may > 0 {
                format!(", and up to {may} more if their upstream outputs change")
            } else {
                String::new()
            },
            reports_line
        );
    }
}

/// `1 report`, `2 reports`.
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A multi-line message with its later lines indented under the first.
fn indented(text: &str) -> String {
    text.trim_end().replace('\n', "\n    ")
}

/// Per stage: sets run, thread-seconds spent, and MB of article text per thread-second.
fn print_timings(engine: &Engine, reports: &[SetReport]) {
    let bytes: u64 = reports.iter().map(|r| r.bytes_read).sum();
    eprintln!(
        "{:>12}  {:>8}  {:>10}  {:>14}",
        "stage", "sets run", "thread-s", "MB/s per core"
    );
    for (i, stage) in engine.pipeline.stages.iter().enumerate() {
        let ran = reports
            .iter()
            .filter(|r| matches!(r.stages[i], StageOutcome::Ran { .. }))
            .count();
        let secs: f64 = reports.iter().map(|r| r.seconds[i]).sum();
        let rate = if secs > 0.0 {
            bytes as f64 / 1e6 / secs
        } else {
            0.0
        };
        eprintln!("{:>12}  {ran:>8}  {secs:>10.3}  {rate:>14.1}", stage.name);
    }
}

/// `1.2 MB read in 0.40 s (3.0 MB/s)`, with a rate only when there is enough to measure.
fn amount_read(bytes: u64, seconds: f64) -> String {
    if bytes == 0 {
        return format!("no article read (none changed) in {seconds:.2} s");
    }
    let size = size_of(bytes as f64);
    if seconds < 0.1 {
        return format!("{size} read in {seconds:.2} s");
    }
    format!(
        "{size} read in {seconds:.2} s ({}/s)",
        size_of(bytes as f64 / seconds)
    )
}

/// `246 B`, `1.5 kB`, `3.0 MB`: whole bytes, else one decimal in the largest unit under it.
fn size_of(bytes: f64) -> String {
    if bytes < 1e3 {
        format!("{} B", bytes.round())
    } else if bytes < 1e6 {
        format!("{:.1} kB", bytes / 1e3)
    } else {
        format!("{:.1} MB", bytes / 1e6)
    }
}

/// Prints the closing summary; returns the exit code.
fn summarise(engine: &Engine, reports: &[SetReport], planned: usize, seconds: f64) -> i32 {
    let (mut ran, mut fresh, mut failed, mut blocked) = (0, 0, 0, 0);
    let articles: usize = reports.iter().map(|r| r.articles).sum();
    let bytes: u64 = reports.iter().map(|r| r.bytes_read).sum();
    let mut failures = Vec::new();
    for r in reports {
        for (stage, outcome) in engine.pipeline.stages.iter().zip(&r.stages) {
            match outcome {
                StageOutcome::Ran { .. } => ran += 1,
                StageOutcome::UpToDate => fresh += 1,
                StageOutcome::Failed { error } => {
                    failed += 1;
                    failures.push(format!(
                        "  set `{}`, stage `{}`: {error}",
                        r.set, stage.name
                    ));
                }
                StageOutcome::Blocked { why } => {
                    blocked += 1;
                    failures.push(format!(
                        "  set `{}`, stage `{}`: not run: {why}",
                        r.set, stage.name
                    ));
                }
                _ => {}
            }
        }
    }
    let read = amount_read(bytes, seconds);
    let written = reports
        .iter()
        .filter(|r| matches!(r.report_step, ReportStep::Written { .. }))
        .count();
    let skipped = planned - reports.len();
    let earlier: usize = reports
        .iter()
        .map(|r| r.kept_warnings.len().saturating_sub(r.warnings.len()))
        .sum();
    eprintln!(
        "{} set{}, {}, {read}: {ran} stage run{} done, {fresh} up to date, {failed} failed{}{}{}{}",
        reports.len(),
        if reports.len() == 1 { "" } else { "s" },
        plural(articles, "article", "articles"),
        if ran == 1 { "" } else { "s" },
        if blocked > 0 {
            format!(", {blocked} blocked")
        } else {
            String::new()
        },
        if written > 0 {
            format!("; {} written", plural(written, "report", "reports"))
        } else {
            String::new()
        },
        if earlier > 0 {
            format!(
                "; {earlier} warning{} from earlier runs (`corroborate status -v`)",
                if earlier == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        },
        if skipped > 0 {
            format!("; {skipped} sets not started after the first failure (use --keep-going to finish them)")
        } else {
            String::new()
        },
    );
    if failures.is_empty() {
        0
    } else {
        eprintln!("{}", color::err("failures:", color::Paint::Bad));
        for f in &failures {
            eprintln!("{f}");
        }
        1
    }
}

#[cfg(test)]
mod tests {
    use super::amount_read;

    #[test]
    fn rates_are_in_the_unit_of_what_was_read() {
        assert_eq!(amount_read(265, 1.03), "265 B read in 1.03 s (257 B/s)");
        assert_eq!(
            amount_read(2_500_000, 0.5),
            "2.5 MB read in 0.50 s (5.0 MB/s)"
        );
        assert_eq!(
            amount_read(48_000, 0.2),
            "48.0 kB read in 0.20 s (240.0 kB/s)"
        );
        assert_eq!(amount_read(900, 0.01), "900 B read in 0.01 s");
        assert_eq!(
            amount_read(0, 0.01),
            "no article read (none changed) in 0.01 s"
        );
    }
}
