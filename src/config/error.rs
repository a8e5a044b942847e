//! Configuration errors, each with the position in `pipeline.yaml` it concerns.

use std::fmt;
use std::path::PathBuf;

/// One problem found in a pipeline file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Every problem found in one pipeline file: validation reports them all at once.
#[derive(Debug, Clone, thiserror::Error)]
pub struct ConfigErrors {
    pub file: PathBuf,
    pub errors: Vec<ConfigError>,
}

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors.len();
        writeln!(
            f,
            "{} has {} error{}:",
            self.file.display(),
            n,
            if n == 1 { "" } else { "s" }
        )?;
        for e in &self.errors {
            writeln!(
                f,
                "  {}:{}:{}: {}",
                self.file.display(),
                e.line,
                e.column,
                e.message
            )?;
        }
        Ok(())
    }
}

/// The known name nearest to `word`, if it is near enough to be a likely typo.
pub fn nearest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::damerau_levenshtein(word, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// ` Did you mean 'x'?` or nothing.
pub fn did_you_mean<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    nearest(word, known).map_or_else(String::new, |k| format!("; did you mean '{k}'?"))
}
