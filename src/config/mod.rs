//! `pipeline.yaml`: raw YAML with positions → a checked [`Pipeline`].
//!
//! Nothing downstream sees unchecked configuration. Every problem in a file is
//! collected and reported at once, each with line and column.
//!
//! YAML is read with `marked-yaml` rather than a serde-based parser: those stop at
//! the first error and lose positions once a value is deserialised, while this
//! walks a tree with a span on every node (and marked-yaml refuses anchors and
//! aliases, which rules out YAML bombs).

mod error;
mod parse;

pub use error::{did_you_mean, nearest, ConfigError, ConfigErrors};
pub use parse::parse;

use std::path::PathBuf;

use stages::{Params, RecordKind, StageSpec};

/// The default pipeline, used when no `pipeline.yaml` exists.
pub const DEFAULT_PIPELINE: &str = include_str!("../../pipeline.yaml");

/// A checked pipeline: stages in a valid run order, inputs resolved.
pub struct Pipeline {
    pub input: PathBuf,
    pub output: PathBuf,
    /// In run order (every stage after all it depends on).
    pub stages: Vec<StageConfig>,
}

/// One checked stage.
pub struct StageConfig {
    pub name: String,
    pub uses: Uses,
    /// Indices (into [`Pipeline::stages`]) of the stages this one runs after.
    pub after: Vec<usize>,
    /// For each record kind needed: the index of the stage providing it, or
    /// `None` for the article files themselves.
    pub inputs: Vec<(RecordKind, Option<usize>)>,
    pub provides: RecordKind,
    pub params: Params,
    /// Files whose content joins the stage's cache key (`deps:`), as DVC's deps.
    pub deps: Vec<Dep>,
}

/// A file a stage depends on beyond its records: a script, a model, a table.
#[derive(Debug, Clone)]
pub struct Dep {
    /// As written in the pipeline file; names the file in staleness reasons.
    pub name: String,
    /// Resolved against the pipeline file's folder.
    pub path: PathBuf,
}

pub enum Uses {
    Builtin(StageSpec),
    External(ExternalCommand),
}

impl Uses {
    /// `sentences.v1@<code fingerprint>`, or `command:...` for an external program.
    pub fn kind(&self) -> String {
        match self {
            // Every built-in kind is registered with its fingerprint (a build
            // error otherwise), so `None` cannot happen for a kind found there.
            Uses::Builtin(spec) => format!(
                "{}@{}",
                spec.kind,
                stages::registry::code_fingerprint(spec.kind).unwrap_or("unregistered")
            ),
            Uses::External(cmd) => format!("command:{}", cmd.argv.join(" ")),
        }
    }
}

/// An external stage: a program reading JSON lines on stdin, writing them on stdout.
#[derive(Debug, Clone)]
pub struct ExternalCommand {
    pub argv: Vec<String>,
    pub timeout_s: f64,
    /// Output larger than this fails the stage for that set.
    pub max_output_bytes: u64,
    /// Whether printing no records for a non-empty input is normal for this program.
    pub allow_empty: bool,
}

impl Pipeline {
    /// The stages' names, in run order.
    pub fn stage_names(&self) -> Vec<&str> {
        self.stages.iter().map(|s| s.name.as_str()).collect()
    }

    pub fn stage_index(&self, name: &str) -> Option<usize> {
        self.stages.iter().position(|s| s.name == name)
    }

    /// The stage whose reconciled picture the report shows: the last one providing it.
    pub fn report_source(&self) -> Option<usize> {
        self.stages
            .iter()
            .rposition(|s| s.provides == RecordKind::Reconciled)
    }

    /// Indices of `index` and every stage depending on it, in run order.
    pub fn downstream_of(&self, index: usize) -> Vec<usize> {
        let mut marked = vec![false; self.stages.len()];
        marked[index] = true;
        for (i, s) in self.stages.iter().enumerate().skip(index + 1) {
            if s.after.iter().any(|&a| marked[a])
                || s.inputs.iter().any(|(_, p)| p.is_some_and(|p| marked[p]))
            {
                marked[i] = true;
            }
        }
        (0..self.stages.len()).filter(|&i| marked[i]).collect()
    }
}
