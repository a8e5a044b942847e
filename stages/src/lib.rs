//! The stages of corroborate: record types, the [`Stage`] trait, the registry of
//! built-in stage kinds, and the stages themselves.
//!
//! Invariant: nothing in this crate does I/O, reads a clock or draws random
//! numbers. A stage is a pure function of (input records, parameters); the
//! engine (the `corroborate` binary) owns files, caching and parallelism.

pub mod casualties;
pub mod clauses;
pub mod data;
pub mod invariants;
pub mod lexicon;
pub mod name_caps;
pub mod normalise;
pub mod number_words;
pub mod packed;
pub mod params;
pub mod quotes;
pub mod reconcile;
pub mod records;
pub mod registry;
pub mod report;
pub mod sentences;
pub mod stage;
pub mod substrings;
pub mod windows;

pub use params::{ParamSpec, ParamType, Params};
pub use records::{RawArticle, RecordKind, Records, RecordsRef};
pub use registry::{find as find_kind, kinds, StageSpec};
pub use stage::{Scope, Stage, StageError, StageInput};
