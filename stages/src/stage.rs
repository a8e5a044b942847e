//! The one trait every stage implements, and what it is given.

use crate::records::{
    CasualtyFact, NormalisedArticle, Quotation, RawArticle, Reconciled, RecordKind, Records,
    RecordsRef, Sentence,
};

/// Whether a stage sees one article at a time or a whole set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Run once per article; the engine may run articles in parallel and
    /// concatenates the outputs in article order.
    Article,
    /// Run once per set, seeing every article of it.
    Set,
}

/// A built-in stage: a pure function of its input records and its parameters.
pub trait Stage: Send + Sync {
    fn run(&self, input: &StageInput<'_>) -> Result<Records, StageError>;
}

/// What a stage is given for one set (or, for [`Scope::Article`], one article).
pub struct StageInput<'a> {
    pub set: &'a str,
    /// The raw article files, sorted by id (one, for an article-scoped stage).
    pub articles: &'a [RawArticle],
    /// Upstream records, one entry per needed kind (for [`Scope::Article`], the
    /// article's own records; document kinds whole).
    pub upstream: Vec<(RecordKind, RecordsRef<'a>)>,
}

/// Why a stage could not produce its records.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StageError {
    #[error("needs {0} records, but none were given")]
    MissingInput(RecordKind),
    #[error("{0}")]
    Failed(String),
}

impl<'a> StageInput<'a> {
    fn records(&self, kind: RecordKind) -> Result<RecordsRef<'a>, StageError> {
        self.upstream
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, r)| *r)
            .ok_or(StageError::MissingInput(kind))
    }

    pub fn normalised(&self) -> Result<&'a [NormalisedArticle], StageError> {
        match self.records(RecordKind::Normalised)? {
            RecordsRef::Normalised(v) => Ok(v),
            _ => Err(StageError::MissingInput(RecordKind::Normalised)),
        }
    }

    pub fn sentences(&self) -> Result<&'a [Sentence], StageError> {
        match self.records(RecordKind::Sentences)? {
            RecordsRef::Sentences(v) => Ok(v),
            _ => Err(StageError::MissingInput(RecordKind::Sentences)),
        }
    }

    pub fn quotes(&self) -> Result<&'a [Quotation], StageError> {
        match self.records(RecordKind::Quotes)? {
            RecordsRef::Quotes(v) => Ok(v),
            _ => Err(StageError::MissingInput(RecordKind::Quotes)),
        }
    }

    pub fn casualties(&self) -> Result<&'a [CasualtyFact], StageError> {
        match self.records(RecordKind::Casualties)? {
            RecordsRef::Casualties(v) => Ok(v),
            _ => Err(StageError::MissingInput(RecordKind::Casualties)),
        }
    }

    pub fn reconciled(&self) -> Result<&'a Reconciled, StageError> {
        match self.records(RecordKind::Reconciled)? {
            RecordsRef::Reconciled(v) => Ok(v),
            _ => Err(StageError::MissingInput(RecordKind::Reconciled)),
        }
    }
}
