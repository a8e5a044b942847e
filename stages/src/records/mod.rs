//! The records that flow between stages, one module per record type.
//!
//! Offsets (`start`, `end`) are byte offsets into the article's normalised text
//! (UTF-8), end exclusive, as `../shared/CONTRACT.md` fixes.

mod casualty;
pub mod json;
mod normalised;
mod quotation;
mod reconciled;
mod sentence;
mod set;

pub use casualty::{Approx, CasualtyFact, Count, Evidence, Part, Role, Status};
pub use normalised::{Caption, Changes, NormalisedArticle};
pub use quotation::{Quotation, QuoteKind};
pub use reconciled::{
    ArticleInfo, Casualties, Check, CheckKind, CompetingValue, Conflict, Figure, MergeReason,
    NameForm, NamedCasualty, Outcome, Person, QuoteSource, Reconciled, ReconciledQuote,
    RoleCasualties, Rule, SentenceContext, SentenceRef, Statement, StatusCasualties,
};
pub use sentence::{SegmentKind, Sentence};
pub use set::{RawArticle, RecordKind, Records, RecordsRef};
