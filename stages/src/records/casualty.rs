use serde::{Deserialize, Serialize};

/// One distinct casualty fact stated in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CasualtyFact {
    pub article: String,
    pub role: Role,
    pub status: Status,
    /// ISO 3166-1 alpha-2 code, or null where the text states none.
    pub nationality: Option<String>,
    pub count: Count,
    /// The person's name for a named casualty.
    pub name: Option<String>,
    /// The sentences the fact rests on.
    pub evidence: Vec<Evidence>,
    /// The constructions it was read from (class names of `eval/CLASSES.md`, or finer names
    /// within them, joined by `+`), so a report can show how a figure was read.
    #[serde(default)]
    pub rule: String,
    /// What the fact is to the other facts of its sentence, when the construction says:
    /// set by the rule that read it, so that reconcile need not parse `rule`. Left out of
    /// the JSON when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<Part>,
}

/// How a fact stands to the others read from the same sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// One group of a list sharing one predicate (`92 passengers and 11 crew were
    /// killed`): the groups of the list add up to a total no sentence states.
    Listed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Victim,
    Perpetrator,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Killed,
    Injured,
    Missing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Count {
    pub value: u64,
    pub approx: Approx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    Exact,
    About,
    AtLeast,
    AtMost,
    MoreThan,
}

/// A sentence a fact rests on: its index in `sentences.jsonl` and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}
