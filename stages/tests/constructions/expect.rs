//! Expected records and the stages' records in one comparable form.
//!
//! Casualty line: `ROLE STATUS NATIONALITY VALUE APPROX [NAME...]`, with `-` for
//! a null nationality: `victim killed KE 31 exact`, `victim killed - 1 exact Ana Petrov`.
//!
//! Quote line: `KIND SPEAKER | TEXT`, with `-` for a null speaker:
//! `direct Ines Duarte | We will reopen on Monday,`. Quote texts compare on their
//! words only (case, punctuation and spacing ignored), since the casings differ
//! in exactly those.

use stages::records::{Approx, CasualtyFact, Quotation, QuoteKind, Role, Status};

const ROLES: &[&str] = &["victim", "perpetrator"];
const STATUSES: &[&str] = &["killed", "injured", "missing"];
const APPROX: &[&str] = &["exact", "about", "at_least", "at_most", "more_than"];

/// Folds a name for comparison: spacing and apostrophes always (the bulk casings straighten
/// `’`), case where the casing loses it.
fn fold_name(name: &str, fold_case: bool) -> String {
    let joined = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('’', "'");
    if fold_case {
        joined.to_lowercase()
    } else {
        joined
    }
}

/// Checks an expected casualty line and returns its comparison key.
pub fn casualty_line(line: &str, fold_case: bool) -> Result<String, String> {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let [role, status, nat, value, approx, name @ ..] = &fields[..] else {
        return Err(format!("casualty line {line:?}: too few fields"));
    };
    if !ROLES.contains(role) || !STATUSES.contains(status) || !APPROX.contains(approx) {
        return Err(format!(
            "casualty line {line:?}: unknown role, status or approx"
        ));
    }
    if *nat != "-" && !(nat.len() == 2 && nat.chars().all(|c| c.is_ascii_uppercase())) {
        return Err(format!(
            "casualty line {line:?}: nationality is `-` or two capitals"
        ));
    }
    let value: u64 = value
        .parse()
        .map_err(|_| format!("casualty line {line:?}: count is not a number"))?;
    let name = if name.is_empty() {
        "-".to_string()
    } else {
        fold_name(&name.join(" "), fold_case)
    };
    Ok(format!("{role} {status} {nat} {value} {approx} {name}"))
}

/// A fact of the stage in the same form as [`casualty_line`].
pub fn casualty_fact(fact: &CasualtyFact, fold_case: bool) -> String {
    let role = match fact.role {
        Role::Victim => "victim",
        Role::Perpetrator => "perpetrator",
    };
    let status = match fact.status {
        Status::Killed => "killed",
        Status::Injured => "injured",
        Status::Missing => "missing",
    };
    let approx = match fact.count.approx {
        Approx::Exact => "exact",
        Approx::About => "about",
        Approx::AtLeast => "at_least",
        Approx::AtMost => "at_most",
        Approx::MoreThan => "more_than",
    };
    let nat = fact.nationality.as_deref().unwrap_or("-");
    let name = fact
        .name
        .as_deref()
        .map_or("-".to_string(), |n| fold_name(n, fold_case));
    format!("{role} {status} {nat} {} {approx} {name}", fact.count.value)
}

/// The words of a quotation, lower-cased, without punctuation.
fn quote_words(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Folds a speaker like a name, and drops a leading article (`The Red Cross`).
fn fold_speaker(name: &str, fold_case: bool) -> String {
    let folded = fold_name(name, fold_case);
    match folded.split_once(' ') {
        Some((first, rest)) if first.eq_ignore_ascii_case("the") => rest.to_string(),
        _ => folded,
    }
}

/// Checks an expected quote line and returns its comparison key.
pub fn quote_line(line: &str, fold_case: bool) -> Result<String, String> {
    let (head, text) = line
        .split_once('|')
        .ok_or_else(|| format!("quote line {line:?}: no `|` before the text"))?;
    let mut head = head.split_whitespace();
    let kind = head.next().unwrap_or("");
    if kind != "direct" && kind != "partial" {
        return Err(format!("quote line {line:?}: kind is direct or partial"));
    }
    let speaker: Vec<&str> = head.collect();
    if speaker.is_empty() {
        return Err(format!(
            "quote line {line:?}: no speaker (write `-` for none)"
        ));
    }
    let speaker = fold_speaker(&speaker.join(" "), fold_case);
    let words = quote_words(text);
    if words.is_empty() {
        return Err(format!("quote line {line:?}: empty text"));
    }
    Ok(format!("{kind} {speaker} | {words}"))
}

/// A quotation of the stage in the same form as [`quote_line`].
pub fn quotation(q: &Quotation, fold_case: bool) -> String {
    let kind = match q.kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
    };
    let speaker = q
        .speaker
        .as_deref()
        .map_or("-".to_string(), |s| fold_speaker(s, fold_case));
    format!("{kind} {speaker} | {}", quote_words(&q.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casualty_lines_are_checked() {
        assert_eq!(
            casualty_line("victim killed - 1 exact Ana  Petrov", true).unwrap(),
            "victim killed - 1 exact ana petrov"
        );
        assert_eq!(
            casualty_line("victim killed - 1 exact Liam O’Connor", false).unwrap(),
            "victim killed - 1 exact Liam O'Connor"
        );
        assert!(casualty_line("victim dead - 1 exact", false).is_err());
        assert!(casualty_line("victim killed kenya 1 exact", false).is_err());
    }

    #[test]
    fn quote_texts_compare_on_words() {
        assert_eq!(
            quote_line("direct Ines Duarte | We will reopen on Monday,", true).unwrap(),
            quote_line("direct ines duarte | we will reopen on monday ,", true).unwrap()
        );
        assert_eq!(
            quote_line("partial The Red Cross | on the way", false).unwrap(),
            "partial Red Cross | on the way"
        );
    }
}
