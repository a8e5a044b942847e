//! The registry of built-in stage kinds. Adding a built-in stage means adding
//! its module and one line to [`KINDS`].

use crate::params::{ParamSpec, Params};
use crate::records::RecordKind;
use crate::stage::{Scope, Stage};
use crate::{casualties, normalise, quotes, reconcile, sentences};

/// What the engine knows of a stage kind before running it.
pub struct StageSpec {
    /// `name.vN`, as written after `uses:`.
    pub kind: &'static str,
    pub scope: Scope,
    /// Record kinds the stage reads, each from its nearest upstream provider.
    pub needs: &'static [RecordKind],
    pub provides: RecordKind,
    pub params: &'static [ParamSpec],
    /// Builds the stage from parameters already checked against `params`.
    pub build: fn(&Params) -> Result<Box<dyn Stage>, String>,
}

static KINDS: &[fn() -> StageSpec] = &[
    normalise::spec,
    sentences::spec,
    quotes::spec,
    casualties::spec,
    reconcile::spec,
];

/// Every built-in stage kind, in registry order.
pub fn kinds() -> Vec<StageSpec> {
    KINDS.iter().map(|f| f()).collect()
}

/// The built-in stage kind named `kind` (`sentences.v1`), if any.
pub fn find(kind: &str) -> Option<StageSpec> {
    KINDS.iter().map(|f| f()).find(|s| s.kind == kind)
}

/// Fingerprint of the source and data files the built-in stage `kind` is made
/// of (see `build.rs`); part of its cache key, so changed code reruns it.
pub fn code_fingerprint(kind: &str) -> &'static str {
    match kind.split('.').next() {
        Some("normalise") => env!("CORROBORATE_CODE_NORMALISE"),
        Some("sentences") => env!("CORROBORATE_CODE_SENTENCES"),
        Some("quotes") => env!("CORROBORATE_CODE_QUOTES"),
        Some("casualties") => env!("CORROBORATE_CODE_CASUALTIES"),
        Some("reconcile") => env!("CORROBORATE_CODE_RECONCILE"),
        _ => "",
    }
}

/// Fingerprint of the report renderers' source.
pub fn report_fingerprint() -> &'static str {
    env!("CORROBORATE_CODE_REPORT")
}
