//! `quotes.v1`: every quotation of a set with its canonical speaker.
//!
//! PLACEHOLDER: finds nothing yet. The real stage replaces this.

use crate::params::Params;
use crate::records::{RecordKind, Records};
use crate::registry::StageSpec;
use crate::stage::{Scope, Stage, StageError, StageInput};

pub fn spec() -> StageSpec {
    StageSpec {
        kind: "quotes.v1",
        scope: Scope::Set,
        needs: &[RecordKind::Normalised, RecordKind::Sentences],
        provides: RecordKind::Quotes,
        params: &[],
        build: |_: &Params| Ok(Box::new(Quotes)),
    }
}

pub struct Quotes;

impl Stage for Quotes {
    fn run(&self, input: &StageInput<'_>) -> Result<Records, StageError> {
        input.sentences()?;
        Ok(Records::Quotes(Vec::new()))
    }
}
