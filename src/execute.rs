//! Running a pipeline over the sets of the input folder.
//!
//! Sets run in parallel (rayon); inside a set, stages run in dependency order
//! and an article-scoped stage runs its articles in parallel. A stage runs when
//! its cache key differs from the one recorded in the set's manifest; its
//! output is written atomically and the manifest updated after it.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use rayon::prelude::*;
use stages::{RawArticle, RecordKind, Records, RecordsRef, Scope, Stage, StageInput};

use crate::cache::hash_bytes;
use crate::config::{Pipeline, Uses};
use crate::external;
use crate::input;
use crate::progress::Progress;
use crate::store::Store;

/// At most this many sets go to a thread at a time: a thread that runs out of
/// work takes the next few from another, so both end within a few sets' time.
const SETS_PER_TURN: usize = 4;

/// The report files of a set, in `out/<set>/`.
pub const REPORT_FILES: &[&str] = &["report.md", "report.html"];

/// What the user asked of this run.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Run only this stage (and with `downstream`, what depends on it).
    pub stage: Option<String>,
    pub downstream: bool,
    /// Only these sets (all when empty).
    pub sets: Vec<String>,
    pub force: bool,
    pub dry_run: bool,
    pub keep_going: bool,
    pub quiet: bool,
    /// Process only the sets of shard `k` of `n` (0-based `k`).
    pub shard: Option<(u64, u64)>,
}

/// What happened to one stage of one set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StageOutcome {
    UpToDate,
    Ran {
        why: String,
    },
    WouldRun {
        why: String,
    },
    /// (Dry runs) would run only if an upstream stage that would run changes
    /// its output: an edit that leaves it byte-identical stops there.
    MayRun {
        /// The upstream stages, `a, b`.
        upstream: String,
    },
    Failed {
        error: String,
    },
    /// Not run: an input it needs is missing or failed.
    Blocked {
        why: String,
    },
    NotSelected,
}

/// The outcome of one set.
#[derive(Debug)]
pub struct SetReport {
    pub set: String,
    pub articles: usize,
    pub bytes_read: u64,
    pub stages: Vec<StageOutcome>,
    /// Time spent in each stage (running it, reading its inputs, writing its output).
    pub seconds: Vec<f64>,
    pub warnings: Vec<String>,
    /// Every warning about the set as of the end of this run, this run's and
    /// those kept in the manifest from the last run of stages not rerun.
    pub kept_warnings: Vec<String>,
    /// The set's summary for the index, if it has a report.
    pub summary: Option<stages::report::SetSummary>,
    /// What the set's report was rendered from (the reconciled output's hash and the renderers').
    pub report_key: Option<String>,
    /// The report step: up to date, written, or (dry runs) would be.
    pub report_step: ReportStep,
    /// What the index flags about the set as of the end of this run (see `index::flags_of`).
    pub flags: stages::report::Flags,
}

/// What happened to a set's report, the step after its stages.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ReportStep {
    /// No report: the pipeline has no reconciled picture, or the set has no
    /// article or no picture yet.
    #[default]
    None,
    UpToDate,
    Written {
        why: String,
    },
    /// Could not be written (the set's warnings say why).
    NotWritten {
        why: String,
    },
    /// (Dry runs) would be rendered.
    Would {
        why: String,
    },
    /// (Dry runs) would be rendered if the picture, which would be remade, changes.
    May {
        upstream: String,
    },
}

impl SetReport {
    pub(crate) fn new(set: &str, stages: usize) -> SetReport {
        SetReport {
            set: set.to_string(),
            articles: 0,
            bytes_read: 0,
            stages: vec![StageOutcome::NotSelected; stages],
            seconds: vec![0.0; stages],
            warnings: Vec::new(),
            kept_warnings: Vec::new(),
            summary: None,
            report_key: None,
            report_step: ReportStep::None,
            flags: stages::report::Flags::default(),
        }
    }

    pub fn failed(&self) -> bool {
        self.stages
            .iter()
            .any(|s| matches!(s, StageOutcome::Failed { .. }))
    }
}

/// The stamp at the foot of every report: this program's version and each
/// stage's kind (with its code fingerprint) and parameters.
fn report_stamp(pipeline: &Pipeline, kinds: &[String], params: &[String]) -> stages::report::Stamp {
    stages::report::Stamp {
        version: env!("CARGO_PKG_VERSION").to_string(),
        stages: pipeline
            .stages
            .iter()
            .zip(kinds.iter().zip(params))
            .map(|(s, (kind, params))| stages::report::StageStamp {
                name: s.name.clone(),
                kind: kind.clone(),
                params: params.clone(),
            })
            .collect(),
    }
}

/// A pipeline ready to run: the checked configuration with its stages built.
pub struct Engine {
    pub pipeline: Pipeline,
    built: Vec<Option<Box<dyn Stage>>>,
    /// Per stage, the kind and the parameters as they enter cache keys, made once.
    key_kinds: Vec<String>,
    key_params: Vec<String>,
    /// The version and stage parameters printed at the foot of each report,
    /// and their hash, which joins each report's key.
    pub(crate) report_stamp: stages::report::Stamp,
    pub(crate) report_stamp_key: String,
    /// Per stage, each `deps:` file as it enters cache keys: (`file NAME`, content hash).
    key_deps: Vec<Vec<(String, String)>>,
}

impl Engine {
    pub fn new(pipeline: Pipeline) -> anyhow::Result<Engine> {
        let mut built = Vec::with_capacity(pipeline.stages.len());
        for s in &pipeline.stages {
            built.push(match &s.uses {
                Uses::Builtin(spec) => Some((spec.build)(&s.params).map_err(|e| {
                    anyhow::anyhow!("stage `{}` ({}): bad parameters: {e}", s.name, spec.kind)
                })?),
                Uses::External(_) => None,
            });
        }
        let key_kinds: Vec<String> = pipeline.stages.iter().map(|s| s.uses.kind()).collect();
        let key_params: Vec<String> = pipeline
            .stages
            .iter()
            .map(|s| serde_json::Value::Object(s.params.clone()).to_string())
            .collect();
        let report_stamp = report_stamp(&pipeline, &key_kinds, &key_params);
        let report_stamp_key =
            blake3::hash(report_stamp.describe().as_bytes()).to_hex()[..16].to_string();
        let mut key_deps = Vec::with_capacity(pipeline.stages.len());
        for s in &pipeline.stages {
            let mut deps = Vec::with_capacity(s.deps.len());
            for dep in &s.deps {
                let bytes = std::fs::read(&dep.path).map_err(|e| {
                    anyhow::anyhow!(
                        "stage `{}`: cannot read `{}` listed in its `deps` ({}): {e}",
                        s.name,
                        dep.name,
                        dep.path.display()
                    )
                })?;
                deps.push((format!("file {}", dep.name), hash_bytes(&bytes)));
            }
            key_deps.push(deps);
        }
        Ok(Engine {
            pipeline,
            built,
            key_kinds,
            key_params,
            report_stamp,
            report_stamp_key,
            key_deps,
        })
    }

    /// Which stages the options select, by index.
    pub fn selected(&self, opts: &RunOptions) -> anyhow::Result<Vec<bool>> {
        let n = self.pipeline.stages.len();
        let Some(name) = &opts.stage else {
            return Ok(vec![true; n]);
        };
        let Some(i) = self.pipeline.stage_index(name) else {
            let names = self.pipeline.stage_names();
            anyhow::bail!(
                "no stage named `{name}` in the pipeline; stages are {}{}",
                names.join(", "),
                crate::config::did_you_mean(name, names.iter().copied())
            );
        };
        let mut sel = vec![false; n];
        if opts.downstream {
            for j in self.pipeline.downstream_of(i) {
                sel[j] = true;
            }
        } else {
            sel[i] = true;
        }
        Ok(sel)
    }

    /// The sets this run covers, sorted.
    pub fn sets(&self, opts: &RunOptions) -> anyhow::Result<(Vec<String>, Vec<String>)> {
        let input = &self.pipeline.input;
        let (mut sets, skipped) = input::list_sets(input).map_err(|e| {
            anyhow::anyhow!("cannot read the input folder {}: {e} (set `input` in pipeline.yaml or pass --input DIR)", input.display())
        })?;
        let warnings = skipped
            .iter()
            .map(|s| format!("{}: skipped: {}", s.path.display(), s.why))
            .collect();
        if !opts.sets.is_empty() {
            for want in &opts.sets {
                if !sets.contains(want) {
                    anyhow::bail!("no set named `{want}` in {}", input.display());
                }
            }
            sets.retain(|s| opts.sets.contains(s));
        }
        if let Some((k, n)) = opts.shard {
            sets.retain(|s| shard_of(s, n) == k);
        }
        Ok((sets, warnings))
    }

    /// Runs the pipeline over `sets`. Sets run in parallel; without
    /// `keep_going`, no new set starts after a failure.
    pub fn run(
        &self,
        store: &Store,
        sets: &[String],
        opts: &RunOptions,
    ) -> anyhow::Result<Vec<SetReport>> {
        let selected = self.selected(opts)?;
        let names: Vec<Option<&str>> = self
            .pipeline
            .stages
            .iter()
            .zip(&selected)
            .map(|(s, &sel)| sel.then_some(s.name.as_str()))
            .collect();
        let progress = Progress::new(&names, sets.len() as u64, opts.quiet || opts.dry_run);
        let stop = AtomicBool::new(false);
        let reports = Mutex::new(Vec::with_capacity(sets.len()));
        let cx = crate::set_run::Context {
            selected: &selected,
            opts,
            progress: &progress,
            articles_in_parallel: few_sets(sets.len()),
        };
        // Sets are handed out a few at a time. Left to itself, rayon splits the
        // list into one run of thousands of sets per thread and half-run, and a
        // run once started cannot be stolen: a thread that finished its runs sat
        // idle while the other worked through its last (seconds over 20,000 sets).
        sets.par_iter().with_max_len(SETS_PER_TURN).for_each(|set| {
            if stop.load(Ordering::Relaxed) {
                return;
            }
            let report = crate::set_run::run_set(self, store, set, &cx);
            if report.failed() && !opts.keep_going {
                stop.store(true, Ordering::Relaxed);
            }
            if let Ok(mut r) = reports.lock() {
                r.push(report);
            }
        });
        progress.finish();
        let mut reports = reports.into_inner().unwrap_or_default();
        reports.sort_by(|a, b| a.set.cmp(&b.set));
        Ok(reports)
    }

    /// Renders a set's report again from the reconciled output on disk
    /// (`corroborate report --set`), whether or not it looks up to date.
    pub fn rerender_report(&self, store: &Store, set: &str) -> Result<(), String> {
        crate::report_step::rerender_report(self, store, set)
    }

    /// Stage `i`'s kind as it enters cache keys (`sentences.v1@<code fingerprint>`).
    pub fn key_kind(&self, i: usize) -> &str {
        &self.key_kinds[i]
    }

    /// Stage `i`'s parameters as they enter cache keys.
    pub fn key_params(&self, i: usize) -> &str {
        &self.key_params[i]
    }

    /// Stage `i`'s `deps` files as they enter cache keys: (`file NAME`, content hash).
    pub fn key_deps(&self, i: usize) -> &[(String, String)] {
        &self.key_deps[i]
    }

    /// The stage whose reconciled picture the report shows: the last one providing it.
    pub fn report_source(&self) -> Option<usize> {
        self.pipeline.report_source()
    }

    /// Calls stage `i` on one set's inputs: a built-in stage in this process,
    /// an external one as a child process. `articles_in_parallel` lets an
    /// article-scoped stage work on the set's articles in parallel: worth it
    /// only when there are too few sets to keep every thread busy (see [`few_sets`]).
    pub fn invoke(
        &self,
        i: usize,
        set: &str,
        raw: &[RawArticle],
        upstream: &[(RecordKind, &Records)],
        ids: &[&str],
        articles_in_parallel: bool,
    ) -> Result<Records, String> {
        let stage = &self.pipeline.stages[i];
        match (&stage.uses, &self.built[i]) {
            (Uses::Builtin(spec), Some(built)) => {
                // A bug in a stage fails that set, not the run.
                let call = || {
                    run_builtin(
                        built.as_ref(),
                        spec.scope,
                        &spec.provides,
                        set,
                        raw,
                        upstream,
                        ids,
                        articles_in_parallel,
                    )
                };
                match std::panic::catch_unwind(std::panic::AssertUnwindSafe(call)) {
                    Ok(result) => result.map_err(|e| e.to_string()),
                    Err(panic) => Err(format!(
                        "stage {} crashed on this set ({}); this is a bug in corroborate: please report it with the set",
                        spec.kind,
                        panic_message(panic.as_ref())
                    )),
                }
            }
            (Uses::External(cmd), _) => {
                let named: Vec<(&str, &Records)> =
                    upstream.iter().map(|(k, r)| (k.name(), *r)).collect();
                let call = external::Invocation {
                    set,
                    stage: &stage.name,
                    params: &stage.params,
                    inputs: &named,
                };
                external::run(cmd, &call)
                    .map_err(|e| format!("external stage `{}`: {e}", stage.name))
            }
            (Uses::Builtin(spec), None) => Err(format!("stage kind {} was not built", spec.kind)),
        }
    }
}

/// Whether a run over `sets` sets should also spread each set's articles over
/// threads. With enough sets, the sets alone keep every thread busy, and
/// splitting inside a set only adds waits (a thread joining the articles it
/// gave away): the bulk corpus ran a third slower with it.
pub fn few_sets(sets: usize) -> bool {
    sets < 2 * rayon::current_num_threads()
}

#[allow(clippy::too_many_arguments)]
fn run_builtin(
    stage: &dyn Stage,
    scope: Scope,
    provides: &RecordKind,
    set: &str,
    raw: &[RawArticle],
    upstream: &[(RecordKind, &Records)],
    ids: &[&str],
    articles_in_parallel: bool,
) -> Result<Records, stages::StageError> {
    match scope {
        Scope::Set => stage.run(&StageInput {
            set,
            articles: raw,
            upstream: upstream
                .iter()
                .map(|(k, r)| (k.clone(), r.view()))
                .collect(),
        }),
        Scope::Article => {
            // Split each input by article once.
            let parts: Vec<ByArticle> = upstream.iter().map(|(_, r)| ByArticle::new(r)).collect();
            let one = |id: &&str| {
                // `raw` is sorted by id (binary files left out).
                let raw_one = raw
                    .binary_search_by(|a| a.id.as_str().cmp(id))
                    .map_or(&raw[..0], |i| &raw[i..=i]);
                let inputs = upstream
                    .iter()
                    .zip(&parts)
                    .map(|((kind, whole), part)| (kind.clone(), part.of(whole, id)))
                    .collect();
                stage.run(&StageInput {
                    set,
                    articles: raw_one,
                    upstream: inputs,
                })
            };
            let per_article: Vec<Result<Records, stages::StageError>> = if articles_in_parallel {
                ids.par_iter().map(one).collect()
            } else {
                ids.iter().map(one).collect()
            };
            let mut out: Option<Records> = None;
            for r in per_article {
                let r = r?;
                match &mut out {
                    None => out = Some(r),
                    Some(o) => o.extend(r),
                }
            }
            Ok(out.unwrap_or_else(|| Records::empty(provides)))
        }
    }
}

/// One input of an article-scoped stage, split by article.
enum ByArticle<'a> {
    /// A document kind: every article sees it whole.
    Whole,
    /// Each article's records sit together (as stages write them): lent in place.
    Runs(BTreeMap<&'a str, std::ops::Range<usize>>),
    /// Some article's records are spread out (an external stage's, say): gathered into copies.
    Copied(BTreeMap<String, Records>),
}

impl<'a> ByArticle<'a> {
    fn new(records: &'a Records) -> ByArticle<'a> {
        if let Records::Reconciled(_) = records {
            return ByArticle::Whole;
        }
        match records.article_ranges() {
            Some(runs) => ByArticle::Runs(runs),
            None => ByArticle::Copied(records.by_article()),
        }
    }

    /// The records of article `id` out of `whole`, the records this split was made from.
    fn of<'b>(&'b self, whole: &'b Records, id: &str) -> RecordsRef<'b> {
        let none = whole.view().slice(0..0);
        match self {
            ByArticle::Whole => whole.view(),
            ByArticle::Runs(runs) => runs
                .get(id)
                .map_or(none, |range| whole.view().slice(range.clone())),
            ByArticle::Copied(groups) => groups.get(id).map_or(none, Records::view),
        }
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".into())
}

/// The file a stage writes in `out/<set>/`.
pub fn output_file(stage: &str, provides: &RecordKind) -> String {
    if provides.is_document() {
        format!("{stage}.json")
    } else {
        format!("{stage}.jsonl")
    }
}

/// Which of `n` shards a set belongs to: a stable hash of its name.
pub fn shard_of(set: &str, n: u64) -> u64 {
    let h = blake3::hash(set.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&h.as_bytes()[..8]);
    u64::from_le_bytes(first) % n.max(1)
}
