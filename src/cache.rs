//! Cache keys: a stage's output is up to date when and only when its key — a
//! blake3 hash over the stage's name, kind and version, parameters and the
//! content hashes of its inputs — equals the key recorded with the output.

use std::collections::BTreeMap;

use crate::store::StageRecord;

/// Version of the built-in stage code, part of every key: a release that
/// changes what a stage outputs bumps it, and outputs are recomputed.
pub const CODE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// One fingerprint of all the built-in code that cache keys depend on: the
/// release, each built-in stage's source and data, and the report renderers'.
/// Shown by `--version`; two binaries with the same one reuse each other's outputs.
pub fn code_fingerprint() -> String {
    let mut h = blake3::Hasher::new();
    h.update(CODE_VERSION.as_bytes());
    for (name, fingerprint) in code_fingerprints() {
        h.update(name.as_bytes());
        h.update(&[0]);
        h.update(fingerprint.as_bytes());
        h.update(&[0]);
    }
    h.finalize().to_hex()[..16].to_string()
}

/// Each built-in stage kind's code fingerprint, and the report renderers'.
pub fn code_fingerprints() -> Vec<(&'static str, &'static str)> {
    stages::registry::code_fingerprints()
        .chain([("report", stages::registry::report_fingerprint())])
        .collect()
}

/// The parts a key is made of, kept so that a stale stage can say why.
pub struct KeyParts {
    pub name: String,
    pub kind: String,
    pub params: String,
    /// Input name (`articles` or the upstream stage) → content hash.
    pub inputs: BTreeMap<String, String>,
}

impl KeyParts {
    pub fn key(&self) -> String {
        // The parts gathered first and hashed at once: the same bytes as one
        // `update` per part, in fewer instructions (a key is made per stage and set).
        let mut bytes = Vec::with_capacity(512);
        for part in [CODE_VERSION, &self.name, &self.kind, &self.params] {
            bytes.extend_from_slice(&(part.len() as u64).to_le_bytes());
            bytes.extend_from_slice(part.as_bytes());
        }
        for (name, hash) in &self.inputs {
            bytes.extend_from_slice(&(name.len() as u64).to_le_bytes());
            bytes.extend_from_slice(name.as_bytes());
            bytes.extend_from_slice(hash.as_bytes());
        }
        blake3::hash(&bytes).to_hex().to_string()
    }

    /// Why the stage must run again, given what was recorded last time.
    /// `describe` names a changed input (`articles` → which articles changed).
    pub fn why_stale(
        &self,
        last: Option<&StageRecord>,
        output_present: bool,
        describe: &dyn Fn(&str) -> String,
    ) -> String {
        let Some(last) = last else {
            return "never run".into();
        };
        if let Some(err) = &last.failed {
            return format!("failed last time: {err}");
        }
        if last.kind != self.kind {
            let name = |k: &str| k.split('@').next().unwrap_or_default().to_string();
            return if name(&last.kind) == name(&self.kind) {
                "stage code changed".into()
            } else {
                format!(
                    "stage kind changed ({} → {})",
                    name(&last.kind),
                    name(&self.kind)
                )
            };
        }
        if last.params != self.params {
            return "parameters changed".into();
        }
        let changed: Vec<String> = self
            .inputs
            .iter()
            .filter(|(name, hash)| last.inputs.get(*name) != Some(hash))
            .map(|(name, _)| describe(name))
            .chain(
                last.inputs
                    .keys()
                    .filter(|name| !self.inputs.contains_key(*name))
                    .map(|name| format!("{name} (no longer an input)")),
            )
            .collect();
        if !changed.is_empty() {
            return format!("input changed: {}", changed.join(", "));
        }
        if !output_present {
            return "output file missing".into();
        }
        if last.key != self.key() {
            return "stage code version changed".into();
        }
        "forced".into()
    }
}

pub fn hash_bytes(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(kind: &str, params: &str, input: &str) -> KeyParts {
        KeyParts {
            name: "s".into(),
            kind: kind.into(),
            params: params.into(),
            inputs: [("articles".to_string(), input.to_string())].into(),
        }
    }

    fn record(p: &KeyParts) -> StageRecord {
        StageRecord {
            key: p.key(),
            kind: p.kind.clone(),
            params: p.params.clone(),
            inputs: p.inputs.clone(),
            ..StageRecord::default()
        }
    }

    #[test]
    fn the_key_changes_with_each_part_and_only_then() {
        let base = parts("k.v1@aa", "{}", "h1");
        assert_eq!(base.key(), parts("k.v1@aa", "{}", "h1").key());
        for other in [
            parts("k.v1@bb", "{}", "h1"),
            parts("k.v1@aa", "{\"x\":1}", "h1"),
            parts("k.v1@aa", "{}", "h2"),
        ] {
            assert_ne!(base.key(), other.key());
        }
    }

    fn plain(name: &str) -> String {
        name.to_string()
    }

    #[test]
    fn every_built_in_stage_has_a_code_fingerprint() {
        let prints = code_fingerprints();
        assert_eq!(prints.len(), stages::kinds().len() + 1, "{prints:?}");
        for (kind, fingerprint) in prints {
            assert!(
                fingerprint.len() == 16 && fingerprint.bytes().all(|b| b.is_ascii_hexdigit()),
                "{kind}: {fingerprint:?}"
            );
        }
    }

    #[test]
    fn staleness_says_why() {
        let last = record(&parts("k.v1@aa", "{}", "h1"));
        assert_eq!(
            parts("k.v1@bb", "{}", "h1").why_stale(Some(&last), true, &plain),
            "stage code changed"
        );
        assert_eq!(
            parts("k.v2@aa", "{}", "h1").why_stale(Some(&last), true, &plain),
            "stage kind changed (k.v1 → k.v2)"
        );
        assert_eq!(
            parts("k.v1@aa", "{\"x\":1}", "h1").why_stale(Some(&last), true, &plain),
            "parameters changed"
        );
        assert_eq!(
            parts("k.v1@aa", "{}", "h2").why_stale(Some(&last), true, &plain),
            "input changed: articles"
        );
        assert_eq!(
            parts("k.v1@aa", "{}", "h1").why_stale(Some(&last), false, &plain),
            "output file missing"
        );
        assert_eq!(
            parts("k.v1@aa", "{}", "h1").why_stale(None, true, &plain),
            "never run"
        );
    }
}
