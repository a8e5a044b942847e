//! One set's run, step by step: for each stage, whether it is stale
//! ([`SetRun::plan`], from the key parts [`SetRun::key_parts`] gathers), its
//! inputs ([`SetRun::inputs`]), running it and recording the outcome
//! ([`SetRun::execute`]); then the report, a step of its own
//! ([`SetRun::report_step`], see `report_step.rs`), and putting the set's
//! files in place.

use std::collections::BTreeMap;
use std::path::PathBuf;

use stages::{RawArticle, RecordKind, Records};

use crate::articles::{describe_changes, Articles};
use crate::cache::KeyParts;
use crate::config::Pipeline;
use crate::execute::{output_file, Engine, RunOptions, SetReport, StageOutcome};
use crate::index;
use crate::input;
use crate::progress::Progress;
use crate::set_output::SetOutput;
use crate::store::{Manifest, StageRecord, Store};

/// What a stage needs, decided before anything runs.
enum Plan {
    NotSelected,
    Blocked(String),
    UpToDate,
    Stale(Box<Stale>),
}

/// A stale stage: its key, why it is stale, and what was recorded last time.
struct Stale {
    parts: KeyParts,
    key: String,
    why: String,
    present: bool,
    forced: bool,
    last: Option<StageRecord>,
}

/// How a run was asked for, shared by every set.
pub(crate) struct Context<'a> {
    pub selected: &'a [bool],
    pub opts: &'a RunOptions,
    pub progress: &'a Progress,
    pub articles_in_parallel: bool,
}

/// One set while it runs.
pub(crate) struct SetRun<'a> {
    engine: &'a Engine,
    cx: &'a Context<'a>,
    set: &'a str,
    set_dir: PathBuf,
    output: SetOutput<'a>,
    manifest: Manifest,
    before: Manifest,
    articles: Articles,
    articles_hash: String,
    /// Which article files changed since the last run, for staleness reasons.
    article_changes: Option<String>,
    /// Each stage's records, while a later stage or the report still needs them.
    outputs: Vec<Option<Records>>,
    /// Content hash of each stage's output as of now (this run or recorded).
    hashes: Vec<Option<String>>,
    new_set: bool,
    report: SetReport,
}

/// A set with at most this many bytes of articles has its document output (the
/// reconciled picture) serialised whole before it is written; a larger one's is
/// streamed, so that a giant article's picture is never held serialised.
const SMALL_SET_BYTES: u64 = 4 << 20;

/// Runs (or, dry, looks at) every selected stage of `set`, then its report.
pub(crate) fn run_set(engine: &Engine, store: &Store, set: &str, cx: &Context<'_>) -> SetReport {
    match SetRun::open(engine, store, set, cx) {
        Ok(mut run) => {
            for i in 0..engine.pipeline.stages.len() {
                run.step(i);
            }
            run.report_step();
            run.finish()
        }
        Err(report) => *report,
    }
}

impl<'a> SetRun<'a> {
    /// Lists the set's articles and fingerprints them against the manifest.
    /// A set folder that cannot be read fails every selected stage.
    fn open(
        engine: &'a Engine,
        store: &'a Store,
        set: &'a str,
        cx: &'a Context<'a>,
    ) -> Result<SetRun<'a>, Box<SetReport>> {
        let n = engine.pipeline.stages.len();
        let mut report = SetReport::new(set, n);
        let set_dir = engine.pipeline.input.join(set);
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
                let mut manifest = store.load_manifest(set);
                for (i, &sel) in cx.selected.iter().enumerate() {
                    if sel {
                        report.stages[i] = StageOutcome::Failed {
                            error: error.clone(),
                        };
                        mark_failed(&mut manifest, &engine.pipeline.stages[i].name, &error);
                        cx.progress.tick(i);
                    }
                }
                report.flags = index::flags_of(&engine.pipeline, &manifest);
                return Err(Box::new(report));
            }
        };
        if files.is_empty() {
            report.warnings.push(format!(
                "{}: no .txt files; the set is empty",
                set_dir.display()
            ));
        }
        report.articles = files.len();
        let output = SetOutput::open(store, set);
        let mut manifest = output.load_manifest();
        let before = manifest.clone();
        keep_warnings(&mut manifest, INPUT_WARNINGS, &report.warnings);
        let mut articles = Articles::new(files);
        let articles_hash = articles.fingerprint(&mut manifest, &mut report);
        let article_changes = describe_changes(&before.articles, &manifest.articles);
        let new_set = manifest.stages.is_empty();
        Ok(SetRun {
            engine,
            cx,
            set,
            set_dir,
            output,
            manifest,
            before,
            articles,
            articles_hash,
            article_changes,
            outputs: (0..n).map(|_| None).collect(),
            hashes: vec![None; n],
            new_set,
            report,
        })
    }

    /// Stage `i`: plans it, then runs it, looks at it (dry runs) or passes it.
    fn step(&mut self, i: usize) {
        match self.plan(i) {
            Plan::NotSelected => {
                self.hashes[i] = self.recorded_hash(i);
            }
            Plan::Blocked(why) => {
                self.report.stages[i] = StageOutcome::Blocked { why };
                self.cx.progress.tick(i);
            }
            Plan::UpToDate => {
                self.hashes[i] = self.recorded_hash(i);
                self.report.stages[i] = StageOutcome::UpToDate;
                self.cx.progress.tick(i);
            }
            Plan::Stale(stale) if self.cx.opts.dry_run => {
                // Downstream stages see an input that may change.
                self.hashes[i] = Some(format!("{PENDING}{}", stale.key));
                self.report.stages[i] = match waits_on(
                    &stale.parts,
                    stale.last.as_ref(),
                    stale.present,
                    stale.forced,
                ) {
                    Some(upstream) => StageOutcome::MayRun {
                        upstream: upstream.join(", "),
                    },
                    None => StageOutcome::WouldRun { why: stale.why },
                };
            }
            Plan::Stale(stale) => {
                self.cx.progress.working();
                let started = std::time::Instant::now();
                let warned = self.report.warnings.len();
                self.execute(i, stale);
                let stage = &self.engine.pipeline.stages[i].name;
                keep_warnings(&mut self.manifest, stage, &self.report.warnings[warned..]);
                self.report.seconds[i] = started.elapsed().as_secs_f64();
                self.cx.progress.tick(i);
                self.free_unread(i);
            }
        }
    }

    fn recorded_hash(&self, i: usize) -> Option<String> {
        let stage = &self.engine.pipeline.stages[i];
        self.manifest
            .stages
            .get(&stage.name)
            .filter(|l| !l.output_hash.is_empty())
            .map(|l| l.output_hash.clone())
    }

    /// The parts of stage `i`'s cache key: its kind, parameters, and the
    /// content hash of each input (articles, upstream outputs, `deps` files).
    /// `Err` names an upstream stage whose output is neither made nor on disk.
    fn key_parts(&self, i: usize) -> Result<KeyParts, (String, RecordKind)> {
        let pipeline = &self.engine.pipeline;
        let stage = &pipeline.stages[i];
        let mut inputs = BTreeMap::new();
        for (kind, provider) in &stage.inputs {
            match provider {
                None => {
                    inputs.insert("articles".to_string(), self.articles_hash.clone());
                }
                Some(p) => {
                    let up = pipeline.stages[*p].name.clone();
                    match &self.hashes[*p] {
                        Some(h) => {
                            inputs.insert(up, h.clone());
                        }
                        None => return Err((up, kind.clone())),
                    }
                }
            }
        }
        for (name, hash) in self.engine.key_deps(i) {
            inputs.insert(name.clone(), hash.clone());
        }
        Ok(KeyParts {
            name: stage.name.clone(),
            kind: self.engine.key_kind(i).to_string(),
            params: self.engine.key_params(i).to_string(),
            inputs,
        })
    }

    /// Whether stage `i` is selected, blocked, up to date or stale (and why).
    fn plan(&self, i: usize) -> Plan {
        if !self.cx.selected[i] {
            return Plan::NotSelected;
        }
        let pipeline = &self.engine.pipeline;
        let stage = &pipeline.stages[i];
        let parts = match self.key_parts(i) {
            Ok(parts) => parts,
            Err((up, kind)) => {
                let upstream = pipeline.stage_index(&up).map(|u| &self.report.stages[u]);
                let why = match upstream {
                    Some(StageOutcome::Failed { .. } | StageOutcome::Blocked { .. }) => {
                        format!("upstream stage `{up}` failed")
                    }
                    _ => format!("no {kind} records of stage `{up}` on disk; run it first (`corroborate run --stage {up}`)"),
                };
                return Plan::Blocked(why);
            }
        };
        let last = self.manifest.stages.get(&stage.name).cloned();
        let key = parts.key();
        let present = self
            .output
            .contains(&output_file(&stage.name, &stage.provides));
        let fresh = present
            && last
                .as_ref()
                .is_some_and(|l| l.key == key && l.failed.is_none());
        let opts = self.cx.opts;
        let forced = opts.force || opts.stage.as_deref() == Some(stage.name.as_str());
        if fresh && !forced {
            return Plan::UpToDate;
        }
        let why = if self.new_set && last.is_none() {
            "new set".to_string()
        } else if forced && waits_on(&parts, last.as_ref(), present, false).is_some() {
            // (Dry runs) only inputs that would be remade differ: forced, as the run will say.
            "forced".to_string()
        } else {
            let changes = &self.article_changes;
            let describe = |name: &str| match (name, changes) {
                ("articles", Some(changes)) => format!("articles ({changes})"),
                _ => name.to_string(),
            };
            parts.why_stale(last.as_ref(), present, &describe)
        };
        Plan::Stale(Box::new(Stale {
            parts,
            key,
            why,
            present,
            forced,
            last,
        }))
    }

    /// Runs stale stage `i` and records what came of it: the output written
    /// (unless byte-identical), the manifest updated, or the failure kept.
    fn execute(&mut self, i: usize, stale: Box<Stale>) {
        let stale = *stale;
        let stage = &self.engine.pipeline.stages[i];
        let records = match self.inputs_and_invoke(i) {
            Ok(records) => records,
            Err(error) => {
                let rec = stale.last.unwrap_or_default();
                self.manifest.stages.insert(stage.name.clone(), rec);
                mark_failed(&mut self.manifest, &stage.name, &error);
                self.report.stages[i] = StageOutcome::Failed { error };
                return;
            }
        };
        if let Records::Normalised(rows) = &records {
            for r in rows {
                for w in &r.warnings {
                    self.report.warnings.push(format!(
                        "{}/{}: {w}",
                        self.set_dir.display(),
                        r.article
                    ));
                }
            }
        }
        let output_name = output_file(&stage.name, &stage.provides);
        // An unchanged output is not rewritten: its file keeps its time, and
        // the file system is spared a replace. The output is written as it is
        // serialised, hashed on the way, never held whole, but for the document of
        // a set of a few MB of articles (small enough to serialise whole, faster).
        let recorded = self.recorded_hash(i).filter(|_| stale.present);
        let article_bytes: u64 = self.manifest.articles.values().map(|a| a.size).sum();
        let small = article_bytes <= SMALL_SET_BYTES;
        let written = self.output.write_hashed(
            &output_name,
            |out| {
                if small {
                    records.write_small_to(out)
                } else {
                    records.write_to(out)
                }
            },
            |hash| recorded.as_deref() != Some(hash),
        );
        let hash = match written {
            Ok(w) => w.hash,
            Err(e) => {
                self.report.stages[i] = StageOutcome::Failed {
                    error: format!(
                        "cannot write {}: {e}",
                        self.output.path(&output_name).display()
                    ),
                };
                return;
            }
        };
        self.manifest.stages.insert(
            stage.name.clone(),
            StageRecord {
                key: stale.key,
                kind: stale.parts.kind,
                params: stale.parts.params,
                inputs: stale.parts.inputs,
                output: output_name,
                output_hash: hash.clone(),
                failed: None,
            },
        );
        self.hashes[i] = Some(hash);
        self.outputs[i] = Some(records);
        self.report.stages[i] = StageOutcome::Ran { why: stale.why };
    }

    /// Gathers stage `i`'s inputs (this run's records, or the upstream files
    /// on disk, and the raw articles if it reads them) and calls it.
    fn inputs_and_invoke(&mut self, i: usize) -> Result<Records, String> {
        let pipeline = &self.engine.pipeline;
        let stage = &pipeline.stages[i];
        let files = &self.output;
        let mut loaded: Vec<(RecordKind, Records)> = Vec::new();
        let mut needs_raw = false;
        for (kind, provider) in &stage.inputs {
            match provider {
                None => needs_raw = true,
                Some(p) if self.outputs[*p].is_none() => {
                    let up = &pipeline.stages[*p];
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
                Some(_) => {}
            }
        }
        let ids: Vec<String> = self.articles.ids().iter().map(|s| s.to_string()).collect();
        let raw: &[RawArticle] = if needs_raw {
            self.articles.read(&mut self.report)?
        } else {
            &[]
        };
        let outputs = &self.outputs;
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
        self.engine.invoke(
            i,
            self.set,
            raw,
            &upstream,
            &ids,
            self.cx.articles_in_parallel,
        )
    }

    /// Frees, after stage `i`, the records no later stage reads (the report
    /// reads the reconciled picture), and the article files once no later
    /// stage reads them.
    fn free_unread(&mut self, i: usize) {
        let stages = &self.engine.pipeline.stages;
        let source = self.engine.report_source();
        // Whether a later stage reads the output of stage `p` (`None`: the articles).
        let read_later = |p: Option<usize>| {
            stages[i + 1..]
                .iter()
                .any(|s| s.inputs.iter().any(|(_, q)| *q == p))
        };
        if !read_later(None) {
            self.articles.release();
        }
        for (p, out) in self.outputs.iter_mut().enumerate() {
            if out.is_some() && !read_later(Some(p)) && Some(p) != source {
                *out = None;
            }
        }
    }

    /// The report: rendered when the picture it shows or the renderers
    /// changed, or its files are missing; in a dry run, said why it would be.
    fn report_step(&mut self) {
        self.report.kept_warnings = kept_warnings(self.engine, &mut self.manifest);
        let step = crate::report_step::report_step(
            self.engine,
            &mut self.output,
            self.set,
            &self.outputs,
            &self.hashes,
            &mut self.manifest,
            &mut self.report,
            self.cx.opts.dry_run,
        );
        self.report.report_step = step;
    }

    /// Saves the manifest if it changed and puts a new set's folder in place.
    fn finish(mut self) -> SetReport {
        let set = self.set;
        if !self.cx.opts.dry_run && self.manifest != self.before {
            if let Err(e) = self.output.save_manifest(&self.manifest) {
                self.report
                    .warnings
                    .push(format!("{set}: cannot save the manifest: {e}"));
            }
        }
        let mut report = self.report;
        if let Err(e) = self.output.finish() {
            let error = format!("cannot put the outputs of {set} in place: {e}");
            let stages = &self.engine.pipeline.stages;
            for (stage, outcome) in stages.iter().zip(report.stages.iter_mut()) {
                if matches!(outcome, StageOutcome::Ran { .. }) {
                    *outcome = StageOutcome::Failed {
                        error: error.clone(),
                    };
                    mark_failed(&mut self.manifest, &stage.name, &error);
                }
            }
        }
        report.flags = index::flags_of(&self.engine.pipeline, &self.manifest);
        report
    }
}

/// Every warning a manifest keeps for its set, the set folder's first, then
/// each stage's in run order; those of stages no longer in the pipeline are
/// dropped from it.
pub(crate) fn kept_warnings(engine: &Engine, manifest: &mut Manifest) -> Vec<String> {
    manifest
        .warnings
        .retain(|k, _| k == INPUT_WARNINGS || engine.pipeline.stage_index(k).is_some());
    kept(&engine.pipeline, manifest).cloned().collect()
}

/// The warnings a manifest keeps for its set that `pipeline` still shows: the
/// set folder's first, then each of its stages' in run order.
pub(crate) fn kept<'m>(
    pipeline: &'m Pipeline,
    manifest: &'m Manifest,
) -> impl Iterator<Item = &'m String> {
    std::iter::once(INPUT_WARNINGS)
        .chain(pipeline.stages.iter().map(|s| s.name.as_str()))
        .filter_map(|k| manifest.warnings.get(k))
        .flatten()
}

/// Marks in the manifest that the last run of stage `name` failed; the record
/// of its last good run, if any, is kept with its output.
fn mark_failed(manifest: &mut Manifest, name: &str, error: &str) {
    manifest.stages.entry(name.to_string()).or_default().failed = Some(error.to_string());
}

/// Where a manifest keeps the warnings about the set folder itself: not a
/// possible stage name (those are letters, digits, `_` and `-`).
const INPUT_WARNINGS: &str = "(input)";

/// Marks, in a dry run, the output hash of a stage that would run.
pub(crate) const PENDING: &str = "pending:";

/// The upstream stages a stage's dry-run staleness hangs on, when the only
/// inputs that differ from its last run are outputs of stages that would run
/// (whose output may come out the same, as after a whitespace-only edit);
/// `None` when it would run whatever they give.
fn waits_on<'a>(
    parts: &'a KeyParts,
    last: Option<&StageRecord>,
    present: bool,
    forced: bool,
) -> Option<Vec<&'a str>> {
    let last = last?;
    let same_stage = last.failed.is_none()
        && last.kind == parts.kind
        && last.params == parts.params
        && present
        && !forced
        && last.inputs.keys().eq(parts.inputs.keys());
    if !same_stage {
        return None;
    }
    let mut pending = Vec::new();
    for (name, hash) in &parts.inputs {
        if last.inputs.get(name) == Some(hash) {
            continue;
        }
        if !hash.starts_with(PENDING) {
            return None;
        }
        pending.push(name.as_str());
    }
    (!pending.is_empty()).then_some(pending)
}

/// Records `warnings` in the manifest under `source`, or clears them when there are none.
fn keep_warnings(manifest: &mut Manifest, source: &str, warnings: &[String]) {
    if warnings.is_empty() {
        manifest.warnings.remove(source);
    } else {
        manifest
            .warnings
            .insert(source.to_string(), warnings.to_vec());
    }
}
