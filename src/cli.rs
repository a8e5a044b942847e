//! The command line: `run`, `status`, `add`, `stages`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use crate::config::{self, Pipeline};
use crate::execute::{Engine, RunOptions, SetReport, StageOutcome};
use crate::index;
use crate::store::Store;

#[derive(Parser)]
#[command(
    name = "corroborate",
    version,
    about = "Turns sets of news articles about one event into checkable facts."
)]
struct Cli {
    /// The pipeline file (default: ./pipeline.yaml, else the built-in default pipeline).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run every stale (stage, set) pair and write the outputs.
    Run(RunArgs),
    /// Show, per set and stage, whether the output is up to date, stale, missing or failed.
    Status(Folders),
    /// Add article sets to the input folder: folders of .txt files, .txt files, or JSON-lines files of sets (.jsonl, .jsonl.gz).
    Add(AddArgs),
    /// Read article sets as JSON lines on stdin, write one JSON line of results per set on stdout.
    Stream(StreamArgs),
    /// Rewrite out/index.html and out/casualties.csv from the sets' reports (after sharded runs).
    Report(Folders),
    /// List the built-in stage kinds and their parameters.
    Stages,
}

#[derive(Args)]
struct Folders {
    /// The folder of article sets (overrides `input` in pipeline.yaml).
    #[arg(long, value_name = "DIR")]
    input: Option<PathBuf>,
    /// The output folder (overrides `output` in pipeline.yaml).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Only this set (repeatable).
    #[arg(long = "set", value_name = "NAME")]
    sets: Vec<String>,
}

#[derive(Args)]
struct RunArgs {
    #[command(flatten)]
    folders: Folders,
    /// Rerun only this stage, from the upstream outputs already on disk.
    #[arg(long, value_name = "NAME")]
    stage: Option<String>,
    /// With --stage: also rerun the stages that depend on it, where stale.
    #[arg(long, requires = "stage")]
    downstream: bool,
    /// Ignore the cache: rerun every selected stage.
    #[arg(long)]
    force: bool,
    /// Print what would run and why, without running anything.
    #[arg(long)]
    dry_run: bool,
    /// After a failure, finish every other set (the run still exits 1).
    #[arg(long)]
    keep_going: bool,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Process only the sets whose name hashes to shard K of N (1-based K), e.g. 2/8.
    #[arg(long, value_name = "K/N", value_parser = parse_shard)]
    shard: Option<(u64, u64)>,
    /// No progress bars.
    #[arg(long, short)]
    quiet: bool,
    /// Print the time spent in each stage.
    #[arg(long)]
    timings: bool,
}

#[derive(Args)]
struct StreamArgs {
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
}

#[derive(Args)]
struct AddArgs {
    /// Folders of .txt files, .txt files, or .jsonl / .jsonl.gz files of sets.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// The set's name (for one folder or for .txt files).
    #[arg(long, value_name = "SET")]
    name: Option<String>,
    /// Replace sets that already exist.
    #[arg(long)]
    replace: bool,
    /// The folder of article sets (overrides `input` in pipeline.yaml).
    #[arg(long, value_name = "DIR")]
    input: Option<PathBuf>,
}

fn parse_shard(s: &str) -> Result<(u64, u64), String> {
    let (k, n) = s.split_once('/').ok_or("expected K/N, e.g. 1/4")?;
    let k: u64 = k
        .trim()
        .parse()
        .map_err(|_| format!("`{k}` is not a whole number"))?;
    let n: u64 = n
        .trim()
        .parse()
        .map_err(|_| format!("`{n}` is not a whole number"))?;
    if n == 0 || k == 0 || k > n {
        return Err(format!("shard {k}/{n}: K must be between 1 and N"));
    }
    Ok((k - 1, n))
}

/// Runs the command line; returns the process exit code: 0 success, 1 some
/// sets failed, 2 usage or configuration error.
pub fn main() -> i32 {
    // Stage panics are caught and reported as failures of their set; keep the
    // default hook's backtrace out of the user's terminal.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()));
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("panic");
        eprintln!("internal error{}: {message}", at.unwrap_or_default());
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            2
        }
    }
}

fn dispatch(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Command::Run(args) => run(cli.config.as_deref(), args),
        Command::Status(folders) => status(cli.config.as_deref(), folders),
        Command::Add(args) => {
            let pipeline = load_pipeline(cli.config.as_deref(), args.input.as_deref(), None)?;
            let summary = crate::add::add(
                &args.paths,
                args.name.as_deref(),
                args.replace,
                &pipeline.input,
            )?;
            eprintln!("{summary}");
            Ok(0)
        }
        Command::Stream(args) => {
            let pipeline = load_pipeline(cli.config.as_deref(), None, None)?;
            let engine = Engine::new(pipeline)?;
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(args.threads.unwrap_or(0))
                .build()
                .context("cannot start worker threads")?;
            let summary = pool
                .install(|| {
                    let stdin = std::io::stdin().lock();
                    let stdout = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout());
                    crate::stream::stream(&engine, stdin, stdout)
                })
                .context("stream")?;
            eprintln!("{} sets, {} failed", summary.sets, summary.failed);
            Ok(i32::from(summary.failed > 0))
        }
        Command::Report(folders) => {
            let pipeline = load_pipeline(
                cli.config.as_deref(),
                folders.input.as_deref(),
                folders.out.as_deref(),
            )?;
            let out_dir = pipeline.output.clone();
            let engine = Engine::new(pipeline)?;
            let (sets, _) = engine.sets(&RunOptions::default())?;
            let store = Store::open_for_writing(&out_dir, None)?;
            let entries = index::entries_on_disk(&store, &sets);
            index::write(&store, &entries, None)?;
            eprintln!(
                "wrote {} and {} ({} sets with reports)",
                out_dir.join("index.html").display(),
                out_dir.join("casualties.csv").display(),
                entries.iter().filter(|e| e.summary.is_some()).count()
            );
            Ok(0)
        }
        Command::Stages => {
            for spec in stages::kinds() {
                let needs: Vec<&str> = spec.needs.iter().map(|k| k.name()).collect();
                println!(
                    "{}  (needs {}; provides {})",
                    spec.kind,
                    needs.join(", "),
                    spec.provides
                );
                for p in spec.params {
                    println!("    {}: {} — {}", p.name, p.ty.describe(), p.help);
                }
            }
            Ok(0)
        }
    }
}

/// Loads the pipeline file, or the built-in default when none is named and
/// `./pipeline.yaml` does not exist; applies folder overrides.
fn load_pipeline(
    file: Option<&Path>,
    input: Option<&Path>,
    out: Option<&Path>,
) -> anyhow::Result<Pipeline> {
    let mut pipeline = match file {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the pipeline file {}", path.display()))?;
            config::parse(path, &text)?
        }
        None if Path::new("pipeline.yaml").exists() => {
            let path = Path::new("pipeline.yaml");
            let text = std::fs::read_to_string(path).context("cannot read pipeline.yaml")?;
            config::parse(path, &text)?
        }
        None => config::parse(Path::new("pipeline.yaml"), config::DEFAULT_PIPELINE)?,
    };
    if let Some(dir) = input {
        pipeline.input = dir.to_path_buf();
    }
    if let Some(dir) = out {
        pipeline.output = dir.to_path_buf();
    }
    Ok(pipeline)
}

fn run(config_file: Option<&Path>, args: RunArgs) -> anyhow::Result<i32> {
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
    pool.install(|| run_in_pool(pipeline, &opts, args.timings))
}

fn run_in_pool(pipeline: Pipeline, opts: &RunOptions, timings: bool) -> anyhow::Result<i32> {
    let started = Instant::now();
    let out_dir = pipeline.output.clone();
    let engine = Engine::new(pipeline)?;
    engine.selected(opts)?;
    let (sets, warnings) = engine.sets(opts)?;
    for w in &warnings {
        eprintln!("warning: {w}");
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
                let names: Vec<String> = engine
                    .pipeline
                    .stages
                    .iter()
                    .map(|s| s.name.clone())
                    .collect();
                let entries = index::entries_of_run(&reports, &names);
                index::write(&store, &entries, Some(&index::key(&reports, &entries)))?;
            } else {
                let (all, _) = engine.sets(&RunOptions::default())?;
                index::write(&store, &index::entries_on_disk(&store, &all), None)?;
            }
        }
    }
    for r in &reports {
        for w in &r.warnings {
            eprintln!("warning: {w}");
        }
    }
    if opts.dry_run {
        print_dry_run(&engine, &reports);
        return Ok(0);
    }
    if timings {
        print_timings(&engine, &reports);
    }
    Ok(summarise(
        &engine,
        &reports,
        sets.len(),
        started.elapsed().as_secs_f64(),
    ))
}

fn print_dry_run(engine: &Engine, reports: &[SetReport]) {
    let mut would = 0;
    for r in reports {
        for (stage, outcome) in engine.pipeline.stages.iter().zip(&r.stages) {
            match outcome {
                StageOutcome::WouldRun { why } => {
                    would += 1;
                    println!("would run  {}  {}  ({why})", r.set, stage.name);
                }
                StageOutcome::Blocked { why } => {
                    println!("blocked    {}  {}  ({why})", r.set, stage.name)
                }
                _ => {}
            }
        }
    }
    if would == 0 {
        println!("nothing to run: every selected output is up to date");
    }
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
    let mb = bytes as f64 / 1e6;
    let rate = if seconds > 0.0 { mb / seconds } else { 0.0 };
    let skipped = planned - reports.len();
    eprintln!(
        "{} set{}, {articles} articles, {mb:.2} MB read in {seconds:.2} s ({rate:.1} MB/s): {ran} stage run{} done, {fresh} up to date, {failed} failed{}{}",
        reports.len(),
        if reports.len() == 1 { "" } else { "s" },
        if ran == 1 { "" } else { "s" },
        if blocked > 0 { format!(", {blocked} blocked") } else { String::new() },
        if skipped > 0 { format!("; {skipped} sets not started after the first failure (use --keep-going to finish them)") } else { String::new() },
    );
    if failures.is_empty() {
        0
    } else {
        eprintln!("failures:");
        for f in &failures {
            eprintln!("{f}");
        }
        1
    }
}

fn status(config_file: Option<&Path>, folders: Folders) -> anyhow::Result<i32> {
    let pipeline = load_pipeline(
        config_file,
        folders.input.as_deref(),
        folders.out.as_deref(),
    )?;
    let out_dir = pipeline.output.clone();
    let engine = Engine::new(pipeline)?;
    let opts = RunOptions {
        sets: folders.sets,
        dry_run: true,
        quiet: true,
        ..RunOptions::default()
    };
    let (sets, _) = engine.sets(&opts)?;
    let store = Store::open_for_reading(&out_dir);
    let reports = engine.run(&store, &sets, &opts)?;
    let set_width = reports
        .iter()
        .map(|r| r.set.chars().count())
        .max()
        .unwrap_or(0);
    let width = engine
        .pipeline
        .stages
        .iter()
        .map(|s| s.name.len())
        .max()
        .unwrap_or(0);
    for r in &reports {
        for (stage, outcome) in engine.pipeline.stages.iter().zip(&r.stages) {
            let state = match outcome {
                StageOutcome::UpToDate => "up to date".to_string(),
                StageOutcome::WouldRun { why } if why == "never run" || why == "new set" => {
                    "missing".to_string()
                }
                StageOutcome::WouldRun { why } if why.starts_with("failed last time") => {
                    format!("failed ({})", why.trim_start_matches("failed last time: "))
                }
                StageOutcome::WouldRun { why } => format!("stale ({why})"),
                StageOutcome::Blocked { why } => format!("blocked ({why})"),
                StageOutcome::Failed { error } => format!("failed ({error})"),
                StageOutcome::Ran { .. } | StageOutcome::NotSelected => continue,
            };
            println!("{:set_width$}  {:width$}  {state}", r.set, stage.name);
        }
    }
    Ok(0)
}
