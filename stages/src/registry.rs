//! The registry of built-in stage kinds. Adding a built-in stage means adding
//! its module and its name to the one `registry!` line below: `build.rs`
//! reads that line to fingerprint the module's source and data, the record
//! kind it provides is checked against [`RecordKind::BUILT_IN`] by the tests,
//! and a module listed without a fingerprint does not compile (see
//! [`fingerprint!`](crate::fingerprint)).

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

/// The code fingerprints `build.rs` wrote, one constant per module it
/// fingerprinted (the registered stages and `report`).
#[doc(hidden)]
#[allow(non_upper_case_globals)]
pub mod fingerprints {
    include!(concat!(env!("OUT_DIR"), "/fingerprints.rs"));
}

/// The fingerprint of the code and data of `module`, as `build.rs` computed
/// it. A module `build.rs` did not fingerprint is a compile error, never an
/// empty fingerprint:
///
/// ```
/// assert_eq!(stages::fingerprint!(normalise).len(), 16);
/// ```
///
/// ```compile_fail,E0425
/// // Not listed in `registry!(...)`, so build.rs wrote no fingerprint for it.
/// let _ = stages::fingerprint!(unregistered_stage);
/// ```
#[macro_export]
macro_rules! fingerprint {
    ($module:ident) => {
        $crate::registry::fingerprints::$module
    };
}

/// Each listed module's `spec` with the fingerprint of its code and data.
macro_rules! registry {
    ($($module:ident),+ $(,)?) => {
        static KINDS: &[(fn() -> StageSpec, &str)] = &[
            $(($module::spec, $crate::fingerprint!($module))),+
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

/// Each built-in stage kind with its code fingerprint, in registry order.
pub fn code_fingerprints() -> impl Iterator<Item = (&'static str, &'static str)> {
    KINDS
        .iter()
        .map(|(f, fingerprint)| (f().kind, *fingerprint))
}

/// Fingerprint of the report renderers' source.
pub fn report_fingerprint() -> &'static str {
    crate::fingerprint!(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_built_in_record_kind_but_the_articles_has_one_provider() {
        for kind in RecordKind::BUILT_IN {
            let providers: Vec<&str> = kinds()
                .iter()
                .filter(|s| &s.provides == kind)
                .map(|s| s.kind)
                .collect();
            let expected = usize::from(*kind != RecordKind::Articles);
            assert_eq!(
                providers.len(),
                expected,
                "{kind}: provided by {providers:?}"
            );
        }
    }

    #[test]
    fn built_in_stages_read_and_give_built_in_kinds_only() {
        for spec in kinds() {
            for kind in spec.needs.iter().chain([&spec.provides]) {
                assert!(
                    RecordKind::BUILT_IN.contains(kind),
                    "{}: {kind} is not a built-in record kind",
                    spec.kind
                );
            }
        }
    }

    #[test]
    fn every_built_in_stage_has_its_own_fingerprint() {
        let mut prints: Vec<&str> = code_fingerprints().map(|(_, p)| p).collect();
        assert!(prints.iter().all(|p| p.len() == 16), "{prints:?}");
        prints.sort_unstable();
        prints.dedup();
        assert_eq!(
            prints.len(),
            kinds().len(),
            "two stages share a fingerprint"
        );
        for spec in kinds() {
            assert!(code_fingerprint(spec.kind).is_some(), "{}", spec.kind);
        }
        assert_eq!(code_fingerprint("nonesuch.v1"), None);
    }
}
