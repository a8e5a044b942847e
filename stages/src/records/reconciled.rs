use serde::{Deserialize, Serialize};

/// The merged picture of one article set (`reconcile.json`).
///
/// Fields follow `../shared/CONTRACT.md`: `quotes`, `casualties`, `conflicts`.
/// The reconcile stage owns the shape of the inner values.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reconciled {
    pub set: String,
    #[serde(default)]
    pub people: Vec<serde_json::Value>,
    #[serde(default)]
    pub quotes: Vec<serde_json::Value>,
    #[serde(default)]
    pub casualties: serde_json::Value,
    #[serde(default)]
    pub conflicts: Vec<serde_json::Value>,
    #[serde(default)]
    pub checks: Vec<serde_json::Value>,
}
