//! The registry of built-in stage kinds. Adding a built-in stage means adding
//! its module and its name to the one [`registry!`] line below: `build.rs`
//! reads that line to fingerprint the module's source and data, and a module
//! listed without a fingerprint does not compile.

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

/// Each listed module's `spec` with the fingerprint of its code and data,
/// which `build.rs` exposes as `CORROBORATE_CODE_<module>`: a module it did
/// not fingerprint is a compile error here, not an empty fingerprint.
macro_rules! registry {
    ($($module:ident),+ $(,)?) => {
        static KINDS: &[(fn() -> StageSpec, &str)] = &[
            $(($module::spec, env!(concat!("CORROBORATE_CODE_", stringify!($module))))),+
        ];
    };
}

// The one list of built-in stages (build.rs reads this line).
registry!(normalise, sentences, quotes, casualties, reconcile);

/// Every built-in stage kind, in registry order.
pub fn kinds() -> Vec<StageSpec> {
    KINDS.iter().map(|(f, _)| f()).collect()
}

/// The built-in stage kind named `kind` (`sentences.v1`), if any.
pub fn find(kind: &str) -> Option<StageSpec> {
    KINDS.iter().map(|(f, _)| f()).find(|s| s.kind == kind)
}

/// Fingerprint of the source and data files the built-in stage `kind` is made
/// of (see `build.rs`); part of its cache key, so changed code reruns it.
/// `None` only for a kind that is not built in.
pub fn code_fingerprint(kind: &str) -> Option<&'static str> {
    KINDS
        .iter()
        .find(|(f, _)| f().kind == kind)
        .map(|(_, fingerprint)| *fingerprint)
}

/// Fingerprint of the report renderers' source.
pub fn report_fingerprint() -> &'static str {
    env!("CORROBORATE_CODE_report")
}
