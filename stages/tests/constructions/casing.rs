//! The casings every case runs in.
//!
//! - `normal`: the text as written, paragraphs separated by a blank line.
//! - `bulk`: the style of the bulk corpus (`multinews-plus.jsonl.gz`), reproduced
//!   from its lines: paragraph breaks lost, everything lower-cased except the
//!   first letter after a sentence end (`. ` `? ` `! `, which also capitalises the
//!   word after `mr.`, as the corpus does), curly quotes made straight, every
//!   double quote and parenthesis spaced on both sides (`" we will , " said`);
//!   commas and full stops stay attached to their word, as in the corpus.
//! - `lower`: fully lower-cased and tokenised, as hand-written bulk-style
//!   examples are: commas, colons, question marks and sentence-final full stops
//!   spaced too (`" we will reopen on monday , " said mayor ines duarte .`).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Casing {
    Normal,
    Bulk,
    Lower,
}

impl Casing {
    pub const ALL: [Casing; 3] = [Casing::Normal, Casing::Bulk, Casing::Lower];

    pub fn name(self) -> &'static str {
        match self {
            Casing::Normal => "normal",
            Casing::Bulk => "bulk",
            Casing::Lower => "lower",
        }
    }

    /// Whether names compare without regard to case.
    pub fn folds_case(self) -> bool {
        self != Casing::Normal
    }

    /// The article text of `paragraphs` in this casing.
    pub fn render(self, paragraphs: &[String]) -> String {
        match self {
            Casing::Normal => paragraphs.join("\n\n"),
            Casing::Bulk => bulk(&paragraphs.join(" ")),
            Casing::Lower => lower(&paragraphs.join(" ")),
        }
    }
}

fn straight_quotes(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '“' | '”' | '„' | '«' | '»' => '"',
            '‘' | '’' => '\'',
            other => other,
        })
        .collect()
}

/// Puts one space on each side of every char in `marks`.
fn space_around(text: &str, marks: &[char]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if marks.contains(&c) {
            out.push(' ');
            out.push(c);
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn bulk(text: &str) -> String {
    let spaced = space_around(&straight_quotes(text).to_lowercase(), &['"', '(', ')']);
    let flat = collapse_spaces(&spaced);
    // Capitalise the first letter of the text and the letter right after `. `.
    let mut out = String::with_capacity(flat.len());
    for c in flat.chars() {
        let starts = out.is_empty() || [". ", "? ", "! "].iter().any(|e| out.ends_with(e));
        if starts && c.is_alphabetic() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Abbreviations whose full stop is not a sentence end.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "jr",
    "sr", "prof", "rev", "no", "u.s", "u.n", "u.k", "a.m", "p.m", "inc", "co", "corp", "maj",
];

fn lower(text: &str) -> String {
    let lowered = straight_quotes(text).to_lowercase();
    let spaced = space_around(&lowered, &['"', '(', ')', ';']);
    let mut words = Vec::new();
    for word in spaced.split_whitespace() {
        words.extend(split_word(word));
    }
    words.join(" ")
}

/// Splits trailing `, : ? !` and a sentence-final `.` off a word.
fn split_word(word: &str) -> Vec<String> {
    let mut tail = Vec::new();
    let mut core = word;
    while let Some(last) = core.chars().last() {
        let stem = &core[..core.len() - last.len_utf8()];
        let split = match last {
            ',' | ':' | '?' | '!' => true,
            '.' => {
                let initial = stem.chars().count() == 1 && stem.chars().all(char::is_alphabetic);
                !(stem.is_empty()
                    || ABBREVIATIONS.contains(&stem)
                    || initial
                    || stem.ends_with('.'))
            }
            _ => false,
        };
        if !split || stem.is_empty() {
            break;
        }
        tail.push(last.to_string());
        core = stem;
    }
    let mut out = vec![core.to_string()];
    out.extend(tail.into_iter().rev());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<String> {
        text.split('\n').map(str::to_string).collect()
    }

    #[test]
    fn bulk_lowers_all_but_sentence_starts_and_spaces_quotes() {
        let got = Casing::Bulk.render(&paras(
            "“We will reopen on Monday,” said Mayor Ines Duarte. Mr. Roe agreed.\nPolice (local) said so.",
        ));
        assert_eq!(
            got,
            "\" we will reopen on monday, \" said mayor ines duarte. Mr. Roe agreed. Police ( local ) said so."
        );
    }

    #[test]
    fn lower_spaces_punctuation_but_not_abbreviations() {
        let got = Casing::Lower.render(&paras(
            "“We will reopen on Monday,” said Mr. Ines Duarte of the U.S. Navy.",
        ));
        assert_eq!(
            got,
            "\" we will reopen on monday , \" said mr. ines duarte of the u.s. navy ."
        );
    }
}
