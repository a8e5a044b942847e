//! Reading the stages' data files (`stages/data/**`, embedded with
//! `include_str!`): one entry per line, `#` starts a comment line, blank lines
//! are skipped; tables are tab-separated.

/// The entries of a data file, trimmed, comments and blank lines left out.
pub fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The entries of a word-list file, lowercased.
pub fn lowercase(src: &'static str) -> impl Iterator<Item = String> {
    lines(src).map(str::to_lowercase)
}

/// The nationality table (`casualties/nationalities.tsv`: form, ISO code, kind),
/// derived from mledoze/countries (ODbL-1.0; see `stages/data/casualties/NOTICE.md`).
pub const NATIONALITIES: &str = include_str!("../data/casualties/nationalities.tsv");

/// The forms of the nationality table of one kind (`adjective`, `country_name`, ...), lowercased.
pub fn nationality_forms(kind: &'static str) -> impl Iterator<Item = String> {
    lines(NATIONALITIES).filter_map(move |l| {
        let mut cols = l.split('\t');
        let form = cols.next()?;
        (cols.nth(1)? == kind).then(|| form.to_lowercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let got: Vec<&str> = lines("# a comment\n\n  one \ntwo\n").collect();
        assert_eq!(got, ["one", "two"]);
    }

    #[test]
    fn nationality_forms_are_read_by_kind() {
        let adjectives: Vec<String> = nationality_forms("adjective").collect();
        assert!(adjectives.iter().any(|a| a == "french"));
        assert!(!adjectives.iter().any(|a| a == "france"));
        assert!(nationality_forms("country_name").any(|c| c == "france"));
    }
}
