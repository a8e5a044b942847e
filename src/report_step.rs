//! The report step of a set, after its stages: `report.md` and `report.html`
//! rendered from the reconciled picture when it, or the renderers, changed,
//! or the files are missing; in a dry run, only why they would be.

use stages::{RecordKind, Records};

use crate::execute::{output_file, Engine, ReportStep, SetReport, REPORT_FILES};
use crate::set_output::SetOutput;
use crate::set_run::PENDING;
use crate::store::{Manifest, ReportRecord, Store};

/// Renders a set's report again from the reconciled output on disk
/// (`corroborate report --set`), whether or not it looks up to date.
pub(crate) fn rerender_report(engine: &Engine, store: &Store, set: &str) -> Result<(), String> {
    let i = engine
        .report_source()
        .ok_or("the pipeline has no stage providing reconciled records, so no report")?;
    let mut output = SetOutput::open(store, set);
    let mut manifest = output.load_manifest();
    let hashes: Vec<Option<String>> = engine
        .pipeline
        .stages
        .iter()
        .map(|s| {
            let rec = manifest.stages.get(&s.name)?;
            (!rec.output_hash.is_empty()).then(|| rec.output_hash.clone())
        })
        .collect();
    if hashes[i].is_none() {
        return Err(format!(
            "set `{set}` has no output of stage `{}` in {}; run it first (`corroborate run --set {set}`)",
            engine.pipeline.stages[i].name,
            store.root().display()
        ));
    }
    let outputs: Vec<Option<Records>> = (0..hashes.len()).map(|_| None).collect();
    let mut report = SetReport::new(set, hashes.len());
    report.articles = manifest.articles.len();
    report.kept_warnings = crate::set_run::kept_warnings(engine, &mut manifest);
    manifest.report = None;
    let step = report_step(
        engine,
        &mut output,
        set,
        &outputs,
        &hashes,
        &mut manifest,
        &mut report,
        false,
    );
    if !matches!(step, ReportStep::Written { .. }) {
        return Err(report.warnings.join("; "));
    }
    output
        .save_manifest(&manifest)
        .and_then(|()| output.finish())
        .map_err(|e| format!("set `{set}`: cannot save the manifest: {e}"))
}

/// Why the report must be rendered again, given what it was last rendered
/// from (`<reconciled hash>+<renderers' fingerprint>+<stamp's hash>[+<warnings' hash>]`);
/// `None` when it need not.
fn report_stale(last: Option<&ReportRecord>, hash: &str, files_present: bool) -> Option<String> {
    let Some(last) = last else {
        return Some("never rendered".into());
    };
    let parts = |h: &str| {
        let mut p = h.splitn(4, '+');
        let mut part = || p.next().unwrap_or_default().to_string();
        [part(), part(), part(), part()]
    };
    let [source, code, stamp, notes] = parts(hash);
    let [last_source, last_code, last_stamp, last_notes] = parts(&last.source_hash);
    if last_source != source {
        Some("its reconciled picture changed".into())
    } else if last_code != code {
        Some("report code changed".into())
    } else if last_stamp != stamp {
        Some("the version or a stage's code or parameters changed".into())
    } else if last_notes != notes {
        Some("the set's warnings changed".into())
    } else if !files_present {
        Some("report file missing".into())
    } else {
        None
    }
}

/// The set's kept warnings as its report shows them: paths relative to the
/// set folder, so that the report does not depend on where the input is.
fn shown_warnings(engine: &Engine, set: &str, warnings: &[String]) -> Vec<String> {
    let dir = engine.pipeline.input.join(set).display().to_string();
    warnings
        .iter()
        .map(|w| {
            w.strip_prefix(&dir)
                .map(|rest| rest.trim_start_matches(['/', ':', ' ']))
                .unwrap_or(w)
                .to_string()
        })
        .collect()
}

/// The report step of one set: writes `report.md` and `report.html` when
/// stale (unless `dry`), records the summary, and says what it did.
#[allow(clippy::too_many_arguments)]
pub(crate) fn report_step(
    engine: &Engine,
    files: &mut SetOutput,
    set: &str,
    outputs: &[Option<Records>],
    hashes: &[Option<String>],
    manifest: &mut Manifest,
    report: &mut SetReport,
    dry: bool,
) -> ReportStep {
    let Some(i) = engine.report_source() else {
        return ReportStep::None;
    };
    let Some(source) = &hashes[i] else {
        return ReportStep::None;
    };
    if report.articles == 0 {
        // Nothing to report on: a page of zeros would read as "no casualties".
        if !dry {
            manifest.report = None;
        }
        report
            .warnings
            .push(format!("{set}: no report: the set has no article"));
        return ReportStep::None;
    }
    let stage = &engine.pipeline.stages[i];
    if dry && source.starts_with(PENDING) {
        return match &manifest.report {
            None => ReportStep::Would {
                why: "never rendered".into(),
            },
            Some(_) => ReportStep::May {
                upstream: stage.name.clone(),
            },
        };
    }
    // The report changes with the picture it shows, the renderers' code, its
    // stamp and the warnings it lists.
    let shown = shown_warnings(engine, set, &report.kept_warnings);
    let mut hash = format!(
        "{source}+{}+{}",
        stages::registry::report_fingerprint(),
        engine.report_stamp_key
    );
    if !shown.is_empty() {
        let notes = blake3::hash(shown.join("\n").as_bytes()).to_hex();
        hash = format!("{hash}+{}", &notes[..16]);
    }
    let files_present = REPORT_FILES.iter().all(|f| files.contains(f));
    let Some(why) = report_stale(manifest.report.as_ref(), &hash, files_present) else {
        if let Some(last) = &manifest.report {
            report.summary = Some(last.summary.clone());
        }
        report.report_key = Some(hash);
        return ReportStep::UpToDate;
    };
    if dry {
        return ReportStep::Would { why };
    }
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
                    let why = format!("cannot read {}", files.path(&name).display());
                    report.warnings.push(format!("{set}: no report: {why}"));
                    return ReportStep::NotWritten { why };
                }
            }
        }
    };
    // Each file is written as it is rendered: one file's text is held at a time.
    let written = stages::report::each_report_file(
        reconciled,
        &engine.report_stamp,
        &shown,
        |name, contents| {
            files
                .write(name, contents.as_bytes())
                .map_err(|e| format!("cannot write {}: {e}", files.path(name).display()))
        },
    );
    if let Err(why) = written {
        report.warnings.push(why.clone());
        return ReportStep::NotWritten { why };
    }
    let summary = stages::report::summary(reconciled);
    manifest.report = Some(ReportRecord {
        source_hash: hash.clone(),
        summary: summary.clone(),
    });
    report.summary = Some(summary);
    report.report_key = Some(hash);
    ReportStep::Written { why }
}
