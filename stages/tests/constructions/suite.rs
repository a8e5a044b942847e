//! The case files: a small line format a reader can extend by hand.
//!
//! ```text
//! # a comment
//! [verb_passive]                      <- the class of the cases that follow
//! > First paragraph of the mini-article.
//! > Second paragraph (optional).
//! = victim killed - 12 exact           <- one expected record per `=` line
//! & nationality                        <- optional: further classes of this case
//!
//! > A trap: no record expected.
//! = none
//! ```
//!
//! A blank line ends a case. What follows `=` is kept as a string here; each
//! suite reads its own record syntax (see `casualties.rs` and `quotes.rs`).

/// One mini-article and what the stage must produce from it.
#[derive(Debug, Clone)]
pub struct Case {
    /// Classes from eval/CLASSES.md, the primary one first.
    pub classes: Vec<String>,
    /// Paragraphs of the article in normal casing.
    pub paragraphs: Vec<String>,
    /// The `=` lines, `none` removed.
    pub expected: Vec<String>,
    /// Line of the case's first paragraph in its file, for messages.
    pub line: usize,
}

impl Case {
    pub fn class(&self) -> &str {
        self.classes.first().map(String::as_str).unwrap_or("?")
    }
}

/// Reads a case file; an error names the line that is wrong.
pub fn parse(text: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    let mut class: Option<String> = None;
    let mut open: Option<Case> = None;
    let mut said_none = false;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim_end();
        if line.trim().is_empty() {
            close(&mut open, &mut cases, said_none)?;
            said_none = false;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            close(&mut open, &mut cases, said_none)?;
            said_none = false;
            let name = rest
                .strip_suffix(']')
                .ok_or_else(|| format!("line {line_no}: class header without `]`"))?;
            class = Some(name.trim().to_string());
            continue;
        }
        let (tag, body) = line.split_at(1);
        let body = body.trim();
        match tag {
            ">" => {
                let case = open.get_or_insert_with(|| Case {
                    classes: class.iter().cloned().collect(),
                    paragraphs: Vec::new(),
                    expected: Vec::new(),
                    line: line_no,
                });
                if !case.expected.is_empty() || said_none {
                    return Err(format!("line {line_no}: paragraph after expectations"));
                }
                if case.classes.is_empty() {
                    return Err(format!("line {line_no}: case before any [class] header"));
                }
                case.paragraphs.push(body.to_string());
            }
            "=" | "&" => {
                let case = open
                    .as_mut()
                    .ok_or_else(|| format!("line {line_no}: `{tag}` before any `>` line"))?;
                if tag == "&" {
                    case.classes
                        .extend(body.split_whitespace().map(str::to_string));
                } else if body == "none" {
                    said_none = true;
                } else {
                    case.expected.push(body.to_string());
                }
            }
            _ => return Err(format!("line {line_no}: unknown line {line:?}")),
        }
    }
    close(&mut open, &mut cases, said_none)?;
    Ok(cases)
}

fn close(open: &mut Option<Case>, cases: &mut Vec<Case>, said_none: bool) -> Result<(), String> {
    if let Some(case) = open.take() {
        if case.expected.is_empty() && !said_none {
            return Err(format!(
                "line {}: case without `=` lines (write `= none` for a case that expects nothing)",
                case.line
            ));
        }
        if !case.expected.is_empty() && said_none {
            return Err(format!("line {}: `= none` beside expectations", case.line));
        }
        cases.push(case);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_classes_paragraphs_and_expectations() {
        let text = "[a]\n> One.\n> Two.\n= x 1\n& b\n\n> Three.\n= none\n";
        let cases = parse(text).unwrap();
        assert_eq!(cases.len(), 2);
        assert_eq!(cases[0].classes, ["a", "b"]);
        assert_eq!(cases[0].paragraphs, ["One.", "Two."]);
        assert_eq!(cases[0].expected, ["x 1"]);
        assert!(cases[1].expected.is_empty());
    }

    #[test]
    fn a_case_without_expectations_is_an_error() {
        assert!(parse("[a]\n> One.\n\n").is_err());
    }
}
