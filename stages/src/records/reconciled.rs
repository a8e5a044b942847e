//! The merged picture of one article set (`reconcile.json`).
//!
//! Field names follow `../shared/CONTRACT.md` (`quotes`, `casualties`,
//! `conflicts`); everything else is ours. Every number and every quotation
//! carries its sources down to the evidence sentences, so a report can be
//! rendered from a [`Reconciled`] alone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Approx, QuoteKind, Role, Status};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reconciled {
    pub set: String,
    #[serde(default)]
    pub articles: Vec<ArticleInfo>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub quotes: Vec<ReconciledQuote>,
    #[serde(default)]
    pub casualties: Casualties,
    #[serde(default)]
    pub conflicts: Vec<Conflict>,
    #[serde(default)]
    pub checks: Vec<Check>,
    /// The sentence before each sentence a casualty figure cites, so a
    /// report can show the evidence in context.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<SentenceContext>,
}

/// The sentence before a cited one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SentenceContext {
    pub article: String,
    /// The cited sentence's index in the article's `sentences.jsonl`.
    pub sentence: usize,
    pub before: String,
}

/// One article of the set, as the report lists it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleInfo {
    pub article: String,
    /// The first heading or sentence.
    #[serde(default)]
    pub title: Option<String>,
    /// The article's dateline as `YYYY-MM-DD`, when it has one.
    #[serde(default)]
    pub date: Option<String>,
}

/// A person or organisation, with every name form the articles use for them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// The fullest name the set gives.
    pub name: String,
    pub forms: Vec<NameForm>,
    /// How many reconciled quotes are theirs.
    #[serde(default)]
    pub quotes: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameForm {
    pub form: String,
    pub articles: Vec<String>,
}

/// One utterance, reported by one or more quotations.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ReconciledQuote {
    /// Stable within the set (`q1`, `q2`, ...), for links.
    pub id: String,
    pub speaker: Option<String>,
    /// The fullest wording among the sources.
    pub text: String,
    pub sources: Vec<QuoteSource>,
    /// The other wordings, when sources differ.
    #[serde(default)]
    pub variants: Vec<String>,
}

/// One quotation of an utterance in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteSource {
    pub article: String,
    pub text: String,
    pub kind: QuoteKind,
    #[serde(default)]
    pub mention: Option<String>,
    pub start: usize,
    pub end: usize,
    /// Why this quotation joined the utterance; `None` for the one it was matched to.
    #[serde(default)]
    pub merged_as: Option<MergeReason>,
    #[serde(default)]
    pub evidence: Vec<SentenceRef>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MergeReason {
    /// The same words.
    Identical,
    /// The same words with a misspelling.
    Misspelt,
    /// A fragment of a longer quotation.
    Fragment,
    /// The same content in other words.
    Reworded,
    /// The next quotation of the same speaker, continuing a matched one.
    Continuation,
}

/// A sentence of an article that a number or quotation rests on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SentenceRef {
    /// Index in the article's `sentences.jsonl`.
    pub sentence: usize,
    pub text: String,
}

/// Casualties by role; the contract's `victims` / `perpetrators`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Casualties {
    #[serde(default)]
    pub victims: RoleCasualties,
    #[serde(default)]
    pub perpetrators: RoleCasualties,
}

impl Casualties {
    pub fn role(&self, role: Role) -> &RoleCasualties {
        match role {
            Role::Victim => &self.victims,
            Role::Perpetrator => &self.perpetrators,
        }
    }

    pub fn role_mut(&mut self, role: Role) -> &mut RoleCasualties {
        match role {
            Role::Victim => &mut self.victims,
            Role::Perpetrator => &mut self.perpetrators,
        }
    }
}

/// Casualties of one role by status; a status nobody reports is null.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RoleCasualties {
    #[serde(default)]
    pub killed: Option<StatusCasualties>,
    #[serde(default)]
    pub injured: Option<StatusCasualties>,
    #[serde(default)]
    pub missing: Option<StatusCasualties>,
}

impl RoleCasualties {
    pub fn status(&self, status: Status) -> Option<&StatusCasualties> {
        match status {
            Status::Killed => self.killed.as_ref(),
            Status::Injured => self.injured.as_ref(),
            Status::Missing => self.missing.as_ref(),
        }
    }

    pub fn status_mut(&mut self, status: Status) -> &mut Option<StatusCasualties> {
        match status {
            Status::Killed => &mut self.killed,
            Status::Injured => &mut self.injured,
            Status::Missing => &mut self.missing,
        }
    }
}

/// The reconciled figures for one role and status.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StatusCasualties {
    pub total: Option<Figure>,
    /// ISO 3166-1 alpha-2 code to count.
    #[serde(default)]
    pub by_nationality: BTreeMap<String, Figure>,
    /// Names of the named casualties (fullest form).
    #[serde(default)]
    pub named: Vec<String>,
    #[serde(default)]
    pub named_people: Vec<NamedCasualty>,
}

/// A chosen number, the rule that chose it, and the statements behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub value: u64,
    pub approx: Approx,
    pub rule: Rule,
    /// In plain words: why this figure.
    pub why: String,
    /// The statements giving this figure (or, for a derived one, its parts).
    pub sources: Vec<Statement>,
}

/// How a figure was chosen among the reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Only one report gives the figure.
    SingleReport,
    /// Every report gives the same figure.
    Agreement,
    /// The reports differ but are compatible; the most precise one is kept.
    MostPrecise,
    /// The reports disagree; the latest dated article is kept.
    LaterReport,
    /// The reports disagree and are undated; the larger figure is kept, for the reason given.
    LargerWithReason,
    /// The reports disagree by too much to be one growing count; the figure
    /// in an article's lead (its headline figure) is kept.
    LeadFigure,
    /// No report gives a total; the parts are added up.
    SumOfParts,
    /// A stated total is smaller than a breakdown of it; the breakdown is added up.
    BreakdownExceedsTotal,
    /// More people are named than the figures allow; the named people are counted.
    NamedCount,
}

/// One article's statement of a count, with the sentences it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub article: String,
    pub value: u64,
    pub approx: Approx,
    #[serde(default)]
    pub nationality: Option<String>,
    #[serde(default)]
    pub evidence: Vec<SentenceRef>,
}

/// A named casualty and where the articles name them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedCasualty {
    pub name: String,
    #[serde(default)]
    pub nationality: Option<String>,
    pub sources: Vec<Statement>,
}

/// Articles disagreeing on a figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// In plain words: `victims killed, total`.
    pub what: String,
    pub role: Role,
    pub status: Status,
    /// Null for the total.
    #[serde(default)]
    pub nationality: Option<String>,
    /// Whether every value can hold at once (`at least 3` and `at least 6`).
    pub compatible: bool,
    /// Each competing value with the statements giving it.
    pub values: Vec<CompetingValue>,
    pub chosen: Option<CompetingValue>,
    pub rule: Rule,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompetingValue {
    pub value: u64,
    pub approx: Approx,
    pub sources: Vec<Statement>,
}

/// What a consistency check found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub kind: CheckKind,
    pub outcome: Outcome,
    pub message: String,
    #[serde(default)]
    pub role: Option<Role>,
    #[serde(default)]
    pub status: Option<Status>,
    #[serde(default)]
    pub sources: Vec<Statement>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// The by-nationality counts against the total.
    Breakdown,
    /// A stated number of countries against the by-nationality counts.
    NationalityCount,
    /// The named casualties against the total.
    NamedInTotal,
    /// A count smaller than its own article's breakdown, read as a subgroup.
    Subgroup,
    /// One person given different statuses or nationalities.
    PersonStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Consistent,
    Partial,
    Mismatch,
    Note,
}
