//! The command line: the commands and flags (clap), dispatch, exit codes.
//! `run` and its summaries are in `run.rs`.

mod run;

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::color;
use crate::config::{self, Pipeline};
use crate::execute::{Engine, RunOptions};
use crate::index;
use crate::status;
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
    /// More detail: `status` lists every set and stage; `run` names each stage it ran and why.
    #[arg(short, long, global = true)]
    verbose: bool,
    /// Colour in output: auto (a terminal, and NO_COLOR unset), always, never.
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    color: color::When,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run every stale (stage, set) pair and write the outputs.
    Run(RunArgs),
    /// Count the (set, stage) outputs up to date, stale, missing, failed or blocked; exit 1 unless all are up to date.
    Status(StatusArgs),
    /// Add article sets to the input folder: folders of .txt files, .txt files, or JSON-lines files of sets (.jsonl, .jsonl.gz).
    Add(AddArgs),
    /// Read article sets as JSON lines on stdin, write one JSON line of results per set on stdout.
    Stream(StreamArgs),
    /// Rewrite out/index.html and out/casualties.csv from the sets' reports (after sharded runs).
    Report(Folders),
    /// List the built-in stage kinds and their parameters.
    Stages,
    /// Print the pipeline's graph: each stage, what it reads and from which stage (`--dot` for Graphviz).
    Dag(DagArgs),
    /// Start a working folder: a pipeline.yaml (the default pipeline) and an empty articles/ folder.
    Init(InitArgs),
    /// Print a shell completion script: `corroborate completions bash > ~/.local/share/bash-completion/completions/corroborate`.
    Completions(CompletionsArgs),
    /// Print the man page (roff): `corroborate man > ~/.local/share/man/man1/corroborate.1`.
    Man,
}

#[derive(Args)]
struct DagArgs {
    /// Graphviz DOT instead of text: `corroborate dag --dot | dot -Tsvg > dag.svg`.
    #[arg(long)]
    dot: bool,
}

#[derive(Args)]
struct InitArgs {
    /// The folder to set up (created if needed; default: the current folder).
    #[arg(default_value = ".", value_name = "DIR")]
    dir: PathBuf,
}

#[derive(Args)]
struct CompletionsArgs {
    /// The shell: bash, zsh, fish, elvish or powershell.
    shell: clap_complete::Shell,
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
    #[arg(long, short = 'n')]
    dry_run: bool,
    /// After a failure, finish every other set (the run still exits 1).
    #[arg(long, short = 'k')]
    keep_going: bool,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
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
struct StatusArgs {
    #[command(flatten)]
    folders: Folders,
    /// Print the status as one JSON document: counts per state, every output with its state and reason, warnings.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct StreamArgs {
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    /// Exit 1 when some set failed. By default a failed set is a row with "ok": false and the
    /// stream exits 0, so that one bad set does not fail a Spark or Hadoop job.
    #[arg(long)]
    strict: bool,
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
        // (RUST_BACKTRACE=1 asks for the trace, as with Rust's default hook)
        if std::env::var_os("RUST_BACKTRACE").is_some_and(|v| v != "0") {
            eprintln!("{}", std::backtrace::Backtrace::force_capture());
        }
    }));
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let when = color::from_args(&args);
    color::init(when);
    let parsed = command(when)
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{} {e:#}", color::err("error:", color::Paint::Bad));
            2
        }
    }
}

/// The command line's definition, with the version and code fingerprint
/// (`--version` lists each stage's) and the colour choice for clap's own output.
fn command(when: color::When) -> clap::Command {
    let version = format!(
        "{} (code {})",
        env!("CARGO_PKG_VERSION"),
        crate::cache::code_fingerprint()
    );
    let mut long = format!("{version}\ncode fingerprints, part of every cache key:");
    for (kind, fingerprint) in crate::cache::code_fingerprints() {
        long.push_str(&format!("\n  {kind:<16} {fingerprint}"));
    }
    Cli::command()
        .version(version)
        .long_version(long)
        .color(match when {
            color::When::Auto => clap::ColorChoice::Auto,
            color::When::Always => clap::ColorChoice::Always,
            color::When::Never => clap::ColorChoice::Never,
        })
}

fn dispatch(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Command::Run(args) => run::run(cli.config.as_deref(), args, cli.verbose),
        Command::Status(args) => status(cli.config.as_deref(), args, cli.verbose),
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
            let streamed = pool.install(|| {
                // Read on a thread of its own (see `stream`): a lock of stdin cannot
                // move to it, so stdin is read through a buffer of its own.
                let stdin = std::io::BufReader::with_capacity(1 << 20, std::io::stdin());
                let stdout = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout());
                crate::stream::stream(&engine, stdin, stdout)
            });
            let summary = match streamed {
                Ok(summary) => summary,
                Err(e) => {
                    // The stream itself broke: not every set has its row.
                    eprintln!(
                        "{} the stream broke: {e}",
                        color::err("error:", color::Paint::Bad)
                    );
                    return Ok(3);
                }
            };
            eprintln!(
                "{} sets, {} failed (rows with \"ok\": false)",
                summary.sets, summary.failed
            );
            Ok(i32::from(args.strict && summary.failed > 0))
        }
        Command::Report(folders) => report(cli.config.as_deref(), folders),
        Command::Dag(args) => {
            // The graph only: no stage is built and no `deps` file read.
            let pipeline = load_pipeline(cli.config.as_deref(), None, None)?;
            let source = pipeline.report_source();
            if args.dot {
                print!("{}", crate::dag::dot(&pipeline, source));
            } else {
                print!("{}", crate::dag::text(&pipeline, source));
            }
            Ok(0)
        }
        Command::Init(args) => init(&args.dir),
        Command::Completions(args) => {
            let mut cmd = command(color::When::Never);
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut cmd, "corroborate", &mut script);
            print_bytes(&script)?;
            Ok(0)
        }
        Command::Man => {
            let mut page = Vec::new();
            clap_mangen::Man::new(command(color::When::Never))
                .render(&mut page)
                .context("cannot render the man page")?;
            print_bytes(&page)?;
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

/// Writes `bytes` to stdout; a reader that stops early (`| head`) is not an error.
fn print_bytes(bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// `corroborate init`: a working folder with its own pipeline file and input folder.
fn init(dir: &Path) -> anyhow::Result<i32> {
    let pipeline = dir.join("pipeline.yaml");
    if pipeline.exists() {
        anyhow::bail!("{} exists already; nothing was changed", pipeline.display());
    }
    std::fs::create_dir_all(dir.join("articles"))
        .with_context(|| format!("cannot create {}", dir.join("articles").display()))?;
    std::fs::write(&pipeline, config::DEFAULT_PIPELINE)
        .with_context(|| format!("cannot write {}", pipeline.display()))?;
    eprintln!(
        "wrote {} and an empty {}; next: `corroborate add PATH...`, then `corroborate run`",
        pipeline.display(),
        dir.join("articles").display()
    );
    Ok(0)
}

/// `corroborate report`: renders the reports of the sets named with `--set`
/// again, then the index and the CSV over every set of the input folder.
fn report(config_file: Option<&Path>, folders: Folders) -> anyhow::Result<i32> {
    let pipeline = load_pipeline(
        config_file,
        folders.input.as_deref(),
        folders.out.as_deref(),
    )?;
    let (input, out_dir) = (pipeline.input.clone(), pipeline.output.clone());
    let engine = Engine::new(pipeline)?;
    let chosen = RunOptions {
        sets: folders.sets,
        ..RunOptions::default()
    };
    let (named, _) = engine.sets(&chosen)?;
    let (all, _) = engine.sets(&RunOptions::default())?;
    if !out_dir.is_dir() {
        anyhow::bail!(
            "the output folder {} does not exist; run `corroborate run` first, or check --out",
            out_dir.display()
        );
    }
    let store = Store::open_for_writing(&out_dir, None)?;
    if !chosen.sets.is_empty() {
        for set in &named {
            engine
                .rerender_report(&store, set)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            eprintln!("wrote {}", store.set_dir(set).join("report.html").display());
        }
    }
    let entries = index::entries_on_disk(&engine.pipeline, &store, &all);
    match index::write(&store, &entries, None) {
        Ok(()) => {}
        Err(index::IndexError::NothingToList(kept)) => anyhow::bail!(
            "none of the {} sets in {} has a report in {}{}; run `corroborate run` first, or check --input and --out",
            all.len(),
            input.display(),
            out_dir.display(),
            if kept {
                format!("; {} is left as it is", out_dir.join("index.html").display())
            } else {
                String::new()
            }
        ),
        Err(e) => return Err(e.into()),
    }
    eprintln!(
        "wrote {} and {} ({} of {} sets with reports)",
        out_dir.join("index.html").display(),
        out_dir.join("casualties.csv").display(),
        entries.iter().filter(|e| e.summary.is_some()).count(),
        all.len()
    );
    Ok(0)
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

fn status(config_file: Option<&Path>, args: StatusArgs, verbose: bool) -> anyhow::Result<i32> {
    let folders = args.folders;
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
    let names = engine.pipeline.stage_names();
    let entries = status::entries(&names, &reports);
    if args.json {
        println!("{}", status::json(&entries, &reports));
    } else {
        if verbose {
            for line in status::full_list(&entries, &reports) {
                println!("{line}");
            }
        }
        for line in status::summary(&entries, &reports) {
            println!("{line}");
        }
        if !verbose && !status::all_up_to_date(&entries) {
            println!("(`corroborate status -v` lists each set and stage with the reason; `corroborate run` brings them up to date)");
        }
    }
    Ok(i32::from(!status::all_up_to_date(&entries)))
}
