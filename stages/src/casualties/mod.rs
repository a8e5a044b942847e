//! `casualties.v1`: who was killed, injured or missing, how many, of which nationality.
//!
//! PLACEHOLDER: finds nothing yet. The real stage replaces this.

use crate::params::Params;
use crate::records::{RecordKind, Records};
use crate::registry::StageSpec;
use crate::stage::{Scope, Stage, StageError, StageInput};

pub fn spec() -> StageSpec {
    StageSpec {
        kind: "casualties.v1",
        scope: Scope::Article,
        needs: &[RecordKind::Normalised, RecordKind::Sentences],
        provides: RecordKind::Casualties,
        params: &[],
        build: |_: &Params| Ok(Box::new(Casualties)),
    }
}

pub struct Casualties;

impl Stage for Casualties {
    fn run(&self, input: &StageInput<'_>) -> Result<Records, StageError> {
        input.sentences()?;
        Ok(Records::Casualties(Vec::new()))
    }
}
