//! `reconcile.v1`: merges the articles of a set into one picture.
//!
//! PLACEHOLDER: passes the quotes through unmerged. The real stage replaces this.

use crate::params::Params;
use crate::records::{Reconciled, RecordKind, Records};
use crate::registry::StageSpec;
use crate::stage::{Scope, Stage, StageError, StageInput};

pub fn spec() -> StageSpec {
    StageSpec {
        kind: "reconcile.v1",
        scope: Scope::Set,
        needs: &[
            RecordKind::Quotes,
            RecordKind::Casualties,
            RecordKind::Sentences,
        ],
        provides: RecordKind::Reconciled,
        params: &[],
        build: |_: &Params| Ok(Box::new(Reconcile)),
    }
}

pub struct Reconcile;

impl Stage for Reconcile {
    fn run(&self, input: &StageInput<'_>) -> Result<Records, StageError> {
        input.quotes()?;
        input.casualties()?;
        Ok(Records::Reconciled(Box::new(Reconciled {
            set: input.set.to_string(),
            ..Reconciled::default()
        })))
    }
}
