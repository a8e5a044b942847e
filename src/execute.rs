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

use crate::cache::{hash_bytes, KeyParts};
use crate::config::{Pipeline, Uses};
use crate::external;
use crate::input::{self, looks_binary, ArticleFile};
use crate::progress::Progress;
use crate::set_output::SetOutput;
use crate::store::{ArticleStamp, Manifest, ReportRecord, StageRecord, Store};

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
    /// The set's summary for the index, if it has a report.
    pub summary: Option<stages::report::SetSummary>,
    /// What the set's report was rendered from (the reconciled output's hash and the renderers').
    pub report_key: Option<String>,
    /// Whether this run wrote the set's report.
    pub report_written: bool,
}

impl SetReport {
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
    report_stamp: stages::report::Stamp,
    report_stamp_key: String,
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
        Ok(Engine {
            pipeline,
            built,
            key_kinds,
            key_params,
            report_stamp,
            report_stamp_key,
        })
    }

    /// Which stages the options select, by index.
    pub fn selected(&self, opts: &RunOptions) -> anyhow::Result<Vec<bool>> {
        let n = self.pipeline.stages.len();
        let Some(name) = &opts.stage else {
            return Ok(vec![true; n]);
        };
        let Some(i) = self.pipeline.stage_index(name) else {
            let names: Vec<&str> = self
                .pipeline
                .stages
                .iter()
                .map(|s| s.name.as_str())
                .collect();
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
        let articles_in_parallel = few_sets(sets.len());
        sets.par_iter().for_each(|set| {
            if stop.load(Ordering::Relaxed) {
                return;
            }
            let report = self.run_set(store, set, &selected, opts, &progress, articles_in_parallel);
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

    fn run_set(
        &self,
        store: &Store,
        set: &str,
        selected: &[bool],
        opts: &RunOptions,
        progress: &Progress,
        articles_in_parallel: bool,
    ) -> SetReport {
        let mut report = SetReport {
            set: set.to_string(),
            articles: 0,
            bytes_read: 0,
            stages: vec![StageOutcome::NotSelected; self.pipeline.stages.len()],
            seconds: vec![0.0; self.pipeline.stages.len()],
            warnings: Vec::new(),
            summary: None,
            report_key: None,
            report_written: false,
        };
        let set_dir = self.pipeline.input.join(set);
        let files = match input::list_articles(&set_dir) {
            Ok((files, skipped)) => {
                report.warnings.extend(
                    skipped
                        .iter()
                        .map(|s| format!("{}: skipped: {}", s.path.display(), s.why)),
                );
                files
            }
            Err(e) => {
                let error = format!("cannot read the set folder {}: {e}", set_dir.display());
                for (i, &sel) in selected.iter().enumerate() {
                    if sel {
                        report.stages[i] = StageOutcome::Failed {
                            error: error.clone(),
                        };
                        progress.tick(i);
                    }
                }
                return report;
            }
        };
        if files.is_empty() {
            report.warnings.push(format!(
                "{}: no .txt files; the set is empty",
                set_dir.display()
            ));
        }
        report.articles = files.len();
        let mut output = SetOutput::open(store, set);
        let mut manifest = output.load_manifest();
        let before = manifest.clone();
        let mut articles = Articles::new(files);
        let articles_hash = articles.fingerprint(&mut manifest, &mut report);

        let n = self.pipeline.stages.len();
        let mut outputs: Vec<Option<Records>> = (0..n).map(|_| None).collect();
        // Content hash of each stage's output as of now (this run or recorded).
        let mut hashes: Vec<Option<String>> = vec![None; n];
        let new_set = manifest.stages.is_empty();
        for i in 0..n {
            let stage = &self.pipeline.stages[i];
            let last = manifest.stages.get(&stage.name).cloned();
            let output_name = output_file(&stage.name, &stage.provides);
            let recorded_hash = last
                .as_ref()
                .filter(|l| !l.output_hash.is_empty())
                .map(|l| l.output_hash.clone());
            if !selected[i] {
                hashes[i] = recorded_hash;
                continue;
            }
            let mut inputs = BTreeMap::new();
            let mut missing = None;
            for (kind, provider) in &stage.inputs {
                match provider {
                    None => {
                        inputs.insert("articles".to_string(), articles_hash.clone());
                    }
                    Some(p) => match &hashes[*p] {
                        Some(h) => {
                            inputs.insert(self.pipeline.stages[*p].name.clone(), h.clone());
                        }
                        None => {
                            missing = Some((self.pipeline.stages[*p].name.clone(), kind.clone()))
                        }
                    },
                }
            }
            if let Some((up, kind)) = missing {
                let why = match &report.stages[self.pipeline.stage_index(&up).unwrap_or(0)] {
                    StageOutcome::Failed { .. } | StageOutcome::Blocked { .. } => format!("upstream stage `{up}` failed"),
                    _ => format!("no {kind} records of stage `{up}` on disk; run it first (`corroborate run --stage {up}`)"),
                };
                report.stages[i] = StageOutcome::Blocked { why };
                progress.tick(i);
                continue;
            }
            let parts = KeyParts {
                name: stage.name.clone(),
                kind: self.key_kinds[i].clone(),
                params: self.key_params[i].clone(),
                inputs,
            };
            let key = parts.key();
            let present = output.contains(&output_name);
            let fresh = last
                .as_ref()
                .is_some_and(|l| l.key == key && l.failed.is_none())
                && present;
            let forced = opts.force || (opts.stage.as_deref() == Some(stage.name.as_str()));
            if fresh && !forced {
                hashes[i] = recorded_hash;
                report.stages[i] = StageOutcome::UpToDate;
                progress.tick(i);
                continue;
            }
            let mut why = parts.why_stale(last.as_ref(), present);
            if new_set && last.is_none() {
                why = "new set".into();
            }
            if opts.dry_run {
                // Downstream stages see a changed input.
                hashes[i] = Some(format!("pending:{key}"));
                report.stages[i] = StageOutcome::WouldRun { why };
                continue;
            }
            let started = std::time::Instant::now();
            let result = self.run_stage(
                &output,
                i,
                &mut articles,
                &outputs,
                &mut report,
                articles_in_parallel,
            );
            match result {
                Ok(records) => {
                    if let Records::Normalised(rows) = &records {
                        for r in rows {
                            for w in &r.warnings {
                                report.warnings.push(format!(
                                    "{}/{}: {w}",
                                    set_dir.display(),
                                    r.article
                                ));
                            }
                        }
                    }
                    let bytes = records.to_bytes();
                    let hash = hash_bytes(&bytes);
                    // An unchanged output is not rewritten: its file keeps its time, and
                    // the file system is spared a replace.
                    let unchanged = present && recorded_hash.as_deref() == Some(hash.as_str());
                    let written = if unchanged {
                        Ok(())
                    } else {
                        output.write(&output_name, &bytes)
                    };
                    if let Err(e) = written {
                        report.stages[i] = StageOutcome::Failed {
                            error: format!(
                                "cannot write {}: {e}",
                                output.path(&output_name).display()
                            ),
                        };
                        progress.tick(i);
                        continue;
                    }
                    manifest.stages.insert(
                        stage.name.clone(),
                        StageRecord {
                            key,
                            kind: parts.kind,
                            params: parts.params,
                            inputs: parts.inputs,
                            output: output_name,
                            output_hash: hash.clone(),
                            failed: None,
                        },
                    );
                    hashes[i] = Some(hash);
                    outputs[i] = Some(records);
                    report.stages[i] = StageOutcome::Ran { why };
                }
                Err(error) => {
                    let mut rec = last.unwrap_or_default();
                    rec.failed = Some(error.clone());
                    manifest.stages.insert(stage.name.clone(), rec);
                    report.stages[i] = StageOutcome::Failed { error };
                }
            }
            report.seconds[i] = started.elapsed().as_secs_f64();
            progress.tick(i);
            // Free what no later stage reads (the report reads the reconciled picture).
            for (p, out) in outputs.iter_mut().enumerate() {
                let read_later = self.pipeline.stages[i + 1..]
                    .iter()
                    .any(|s| s.inputs.iter().any(|(_, q)| *q == Some(p)));
                if out.is_some() && !read_later && Some(p) != self.report_source() {
                    *out = None;
                }
            }
        }
        if !opts.dry_run {
            self.render_report(
                &mut output,
                set,
                &outputs,
                &hashes,
                &mut manifest,
                &mut report,
            );
        }
        if !opts.dry_run && manifest != before {
            if let Err(e) = output.save_manifest(&manifest) {
                report
                    .warnings
                    .push(format!("{set}: cannot save the manifest: {e}"));
            }
        }
        if let Err(e) = output.finish() {
            let error = format!("cannot put the outputs of {set} in place: {e}");
            for outcome in report.stages.iter_mut() {
                if matches!(outcome, StageOutcome::Ran { .. }) {
                    *outcome = StageOutcome::Failed {
                        error: error.clone(),
                    };
                }
            }
        }
        report
    }

    /// The stage whose reconciled picture the report shows: the last one providing it.
    pub fn report_source(&self) -> Option<usize> {
        self.pipeline
            .stages
            .iter()
            .rposition(|s| s.provides == RecordKind::Reconciled)
    }

    /// Writes `report.md` and `report.html` when the reconciled picture changed
    /// since they were rendered (or they are missing), and records the summary.
    #[allow(clippy::too_many_arguments)]
    fn render_report(
        &self,
        files: &mut SetOutput,
        set: &str,
        outputs: &[Option<Records>],
        hashes: &[Option<String>],
        manifest: &mut Manifest,
        report: &mut SetReport,
    ) {
        let Some(i) = self.report_source() else {
            return;
        };
        let Some(source) = &hashes[i] else {
            return;
        };
        // The report changes with the picture it shows, the renderers' code and its stamp.
        let hash = format!(
            "{source}+{}+{}",
            stages::registry::report_fingerprint(),
            self.report_stamp_key
        );
        let files_present = REPORT_FILES.iter().all(|f| files.contains(f));
        if let Some(last) = &manifest.report {
            if last.source_hash == hash && files_present {
                report.summary = Some(last.summary.clone());
                report.report_key = Some(hash);
                return;
            }
        }
        let stage = &self.pipeline.stages[i];
        let loaded;
        let reconciled = match &outputs[i] {
            Some(Records::Reconciled(rec)) => rec.as_ref(),
            _ => {
                let name = output_file(&stage.name, &stage.provides);
                loaded = files
                    .read(&name)
                    .ok()
                    .and_then(|b| Records::from_bytes(&RecordKind::Reconciled, &b).ok());
                match &loaded {
                    Some(Records::Reconciled(rec)) => rec.as_ref(),
                    _ => {
                        report.warnings.push(format!(
                            "{set}: no report: cannot read {}",
                            files.path(&name).display()
                        ));
                        return;
                    }
                }
            }
        };
        for file in stages::report::set_report(reconciled, &self.report_stamp) {
            if let Err(e) = files.write(&file.name, file.contents.as_bytes()) {
                report.warnings.push(format!(
                    "cannot write {}: {e}",
                    files.path(&file.name).display()
                ));
                return;
            }
        }
        let summary = stages::report::summary(reconciled);
        manifest.report = Some(ReportRecord {
            source_hash: hash,
            summary: summary.clone(),
        });
        report.summary = Some(summary);
        report.report_key = manifest.report.as_ref().map(|r| r.source_hash.clone());
        report.report_written = true;
    }

    /// Runs stage `i` on one set, reading inputs from this run or from disk.
    fn run_stage(
        &self,
        files: &SetOutput,
        i: usize,
        articles: &mut Articles,
        outputs: &[Option<Records>],
        report: &mut SetReport,
        articles_in_parallel: bool,
    ) -> Result<Records, String> {
        let stage = &self.pipeline.stages[i];
        let mut loaded: Vec<(RecordKind, Records)> = Vec::new();
        let mut needs_raw = false;
        for (kind, provider) in &stage.inputs {
            match provider {
                None => needs_raw = true,
                Some(p) => {
                    if outputs[*p].is_none() {
                        let up = &self.pipeline.stages[*p];
                        let name = output_file(&up.name, &up.provides);
                        let bytes = files.read(&name).map_err(|e| {
                            format!(
                                "cannot read the output of upstream stage `{}` ({}): {e}",
                                up.name,
                                files.path(&name).display()
                            )
                        })?;
                        let records = Records::from_bytes(kind, &bytes).map_err(|e| {
                            format!(
                                "{}:{e}; rerun stage `{}`",
                                files.path(&name).display(),
                                up.name
                            )
                        })?;
                        loaded.push((kind.clone(), records));
                    }
                }
            }
        }
        let ids: Vec<String> = articles.ids().iter().map(|s| s.to_string()).collect();
        let raw: &[RawArticle] = if needs_raw {
            articles.read(report)?
        } else {
            &[]
        };
        let upstream: Vec<(RecordKind, &Records)> = stage
            .inputs
            .iter()
            .filter_map(|(kind, provider)| {
                let p = (*provider)?;
                let r = outputs[p]
                    .as_ref()
                    .or_else(|| loaded.iter().find(|(k, _)| k == kind).map(|(_, r)| r))?;
                Some((kind.clone(), r))
            })
            .collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        self.invoke(i, files.set(), raw, &upstream, &ids, articles_in_parallel)
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

/// The article files of one set, read lazily.
struct Articles {
    files: Vec<ArticleFile>,
    bytes: BTreeMap<String, Vec<u8>>,
    raw: Option<Vec<RawArticle>>,
}

impl Articles {
    fn new(files: Vec<ArticleFile>) -> Articles {
        Articles {
            files,
            bytes: BTreeMap::new(),
            raw: None,
        }
    }

    fn ids(&self) -> Vec<&str> {
        self.files.iter().map(|f| f.id.as_str()).collect()
    }

    /// Hash of the set's article files; reads only files whose size or
    /// modification time changed since the manifest recorded them.
    fn fingerprint(&mut self, manifest: &mut Manifest, report: &mut SetReport) -> String {
        let mut stamps = BTreeMap::new();
        let mut h = blake3::Hasher::new();
        for f in &self.files {
            let known = manifest
                .articles
                .get(&f.id)
                .filter(|s| s.size == f.size && s.mtime_ns == f.mtime_ns && f.mtime_ns != 0)
                .map(|s| s.hash.clone());
            let hash = match known {
                Some(hash) => hash,
                None => match std::fs::read(&f.path) {
                    Ok(bytes) => {
                        report.bytes_read += bytes.len() as u64;
                        let hash = hash_bytes(&bytes);
                        self.bytes.insert(f.id.clone(), bytes);
                        hash
                    }
                    Err(e) => format!("unreadable: {e}"),
                },
            };
            h.update(f.id.as_bytes());
            h.update(&[0]);
            h.update(hash.as_bytes());
            stamps.insert(
                f.id.clone(),
                ArticleStamp {
                    size: f.size,
                    mtime_ns: f.mtime_ns,
                    hash,
                },
            );
        }
        manifest.articles = stamps;
        h.finalize().to_hex().to_string()
    }

    /// The raw articles, binary files left out with a warning.
    fn read(&mut self, report: &mut SetReport) -> Result<&[RawArticle], String> {
        if self.raw.is_none() {
            let mut raw = Vec::with_capacity(self.files.len());
            for f in &self.files {
                let bytes = match self.bytes.remove(&f.id) {
                    Some(b) => b,
                    None => {
                        let b = std::fs::read(&f.path)
                            .map_err(|e| format!("cannot read {}: {e}", f.path.display()))?;
                        report.bytes_read += b.len() as u64;
                        b
                    }
                };
                if looks_binary(&bytes) {
                    report.warnings.push(format!(
                        "{}: skipped: looks like a binary file (NUL bytes), not text",
                        f.path.display()
                    ));
                    continue;
                }
                raw.push(RawArticle {
                    id: f.id.clone(),
                    bytes,
                });
            }
            self.raw = Some(raw);
        }
        Ok(self.raw.as_deref().unwrap_or(&[]))
    }
}
