//! Turns a normally cased article and its segments into the bulk corpus's style, the
//! way that corpus was made, keeping where each segment ended: everything
//! lower-cased, the first letter after a word ending in `.` (and of the text)
//! capitalised, paragraphs and lines joined by one space, quotation marks and
//! brackets spaced off their words (`" he said , "` → `" he said, "`), typographic
//! quotes made straight, `$` and `%` spaced off numbers, `9:56` written `9: 56`.

use super::super::lexicon::Lexicon;
use super::super::splitter::{split_by_rules, Segment};
use super::super::token::{tokenize_text, LineSpan, Token};

/// An article in bulk style: its words joined by single spaces, and for each word
/// whether a segment of the original ended with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projected {
    pub text: String,
    pub ends: Vec<bool>,
    /// For each word, whether the label of the space after it is known (`None`:
    /// all are).
    pub known: Option<Vec<bool>>,
}

/// Splits a normalised, normally cased article with the rules and projects it. One
/// article in four (by a hash of `id`) stays wholly lower-case.
pub fn project_article(text: &str, id: &str, lex: &Lexicon) -> Projected {
    // The rules alone: the labels must not depend on the model being trained.
    let mut segments = Vec::new();
    split_by_rules(text, lex, &mut segments);
    let mut p = project(text, &segments, !id_hash(id).is_multiple_of(4));
    mark_furniture(&mut p);
    p
}

/// A hash of an article's id (FNV-1a), for the choices made per article.
pub fn id_hash(id: &str) -> u32 {
    id.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

const FURNITURE: &str = include_str!("../../../data/sentences/furniture_labels.txt");

/// Marks segment ends around the page-furniture labels of `furniture_labels.txt`:
/// before a label that opens a segment, before and after one that stands alone.
fn mark_furniture(p: &mut Projected) {
    let words: Vec<String> = p.text.split(' ').map(str::to_lowercase).collect();
    for line in FURNITURE.lines().map(str::trim) {
        let (alone, phrase) = match line.split_once(' ') {
            Some(("open", phrase)) => (false, phrase),
            Some(("alone", phrase)) => (true, phrase),
            _ => continue,
        };
        let phrase: Vec<&str> = phrase.split(' ').collect();
        for k in 0..words.len().saturating_sub(phrase.len() - 1) {
            if words[k..k + phrase.len()]
                .iter()
                .zip(&phrase)
                .all(|(w, p)| w == p)
            {
                if k > 0 {
                    p.ends[k - 1] = true;
                }
                if alone {
                    p.ends[k + phrase.len() - 1] = true;
                }
            }
        }
    }
}

/// Projects `text`, split into `segments` (in order), into bulk style; with
/// `capitalise` false the text stays wholly lower-case (as some of the corpus is).
pub fn project(text: &str, segments: &[Segment], capitalise: bool) -> Projected {
    let (mut tokens, mut lines) = (Vec::<Token>::new(), Vec::new());
    tokenize_text(text, &mut tokens, &mut lines);
    let mut words: Vec<String> = Vec::with_capacity(tokens.len() + tokens.len() / 8);
    let mut ends = Vec::with_capacity(words.capacity());
    let wrapped = wrapped_line_ends(text, &tokens, &lines);
    let mut seg = segments.iter().peekable();
    for (k, t) in tokens.iter().enumerate() {
        let word = text.get(t.start..t.end).unwrap_or("");
        project_word(word, &mut words);
        ends.resize(words.len(), false);
        while seg.next_if(|s| s.end < t.end).is_some() {}
        if seg.peek().is_some_and(|s| s.end == t.end) {
            if let Some(last) = ends.last_mut() {
                *last = !wrapped.contains(&k);
            }
            seg.next();
        }
    }
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut after_period = true;
    for w in &words {
        if !out.is_empty() {
            out.push(' ');
        }
        let mut chars = w.chars();
        match chars.next() {
            Some(c) if capitalise && after_period && c.is_alphabetic() => {
                out.extend(c.to_uppercase());
                out.push_str(chars.as_str());
            }
            _ => out.push_str(w),
        }
        after_period = w.ends_with('.');
    }
    Projected {
        text: out,
        ends,
        known: None,
    }
}

/// The last words of lines followed by a line that opens with a lower-case word,
/// or that end in a word no segment ends with (`the`, `of`, `and`, ...):
/// hard-wrapped text, whose line ends are no segment ends once the lines are
/// joined (the rules cut at every line break).
fn wrapped_line_ends(text: &str, tokens: &[Token], lines: &[LineSpan]) -> Vec<usize> {
    let word = |k: usize| tokens.get(k).and_then(|t| text.get(t.start..t.end));
    lines
        .windows(2)
        .filter(|pair| {
            let next_lower = word(pair[1].first)
                .and_then(|w| w.bytes().next())
                .is_some_and(|b| b.is_ascii_lowercase());
            let open_end = pair[0]
                .end
                .checked_sub(1)
                .and_then(word)
                .is_some_and(|w| NEVER_LAST.split(' ').any(|x| w.eq_ignore_ascii_case(x)));
            next_lower || open_end
        })
        .filter_map(|pair| pair[0].end.checked_sub(1))
        .collect()
}

/// Words that leave a phrase open: a line ending in one of them was wrapped.
const NEVER_LAST: &str = "a an the of to in on at by for from with and or but nor as than \
    into onto upon about over under between through during against among within without \
    is are was were be been being has have had will would shall should can could may \
    might must do does did its their his her our your my this these those who which";

/// Appends the bulk-style words of one word of the original.
fn project_word(word: &str, out: &mut Vec<String>) {
    let mut w: String = word
        .chars()
        .flat_map(char::to_lowercase)
        .map(straight_quote)
        .collect();
    // Opening quotes and brackets stand alone.
    let mut lead = 0;
    while let Some(c) = w[lead..].chars().next() {
        if matches!(c, '"' | '(' | '[') && lead + 1 < w.len() {
            out.push(c.to_string());
            lead += 1;
        } else {
            break;
        }
    }
    w.drain(..lead);
    // A closing quote or bracket stands alone with the punctuation after it
    // (`said."` → `said.` `"`, `(cnn).` → `( cnn ).`); so does a plural possessive's
    // apostrophe (`officers'` → `officers '`).
    let body_end = w
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_punctuation())
        .filter(|(_, c)| matches!(c, '"' | ')' | ']'))
        .last()
        .map(|(k, _)| k)
        .filter(|&k| k > 0);
    let tail = match body_end {
        Some(k) => {
            let (body, tail) = w.split_at(k);
            let tail = tail.to_string();
            w = body.to_string();
            Some(tail)
        }
        None if w.len() > 2 && w.ends_with("s'") => {
            w.pop();
            Some("'".to_string())
        }
        None => None,
    };
    push_body(&w, out);
    out.extend(tail);
}

/// `$100` → `$ 100`, `20%` → `20 %`, `9:56` → `9: 56`.
fn push_body(w: &str, out: &mut Vec<String>) {
    if w.is_empty() {
        return;
    }
    if let Some(rest) = w
        .strip_prefix('$')
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        out.push("$".to_string());
        return push_body(rest, out);
    }
    if let Some(num) = w
        .strip_suffix('%')
        .filter(|n| n.ends_with(|c: char| c.is_ascii_digit()))
    {
        out.push(num.to_string());
        out.push("%".to_string());
        return;
    }
    let b = w.as_bytes();
    if let Some(k) = (1..b.len().saturating_sub(1))
        .find(|&k| b[k] == b':' && b[k - 1].is_ascii_digit() && b[k + 1].is_ascii_digit())
    {
        out.push(w[..=k].to_string());
        return push_body(&w[k + 1..], out);
    }
    out.push(w.to_string());
}

fn straight_quote(c: char) -> char {
    match c {
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{00ab}' | '\u{00bb}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201a}' => '\'',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bulk(text: &str) -> (String, Vec<bool>) {
        let segments = crate::sentences::split(text, Lexicon::default_ref());
        let p = project(text, &segments, true);
        (p.text, p.ends)
    }

    #[test]
    fn paragraphs_join_and_case_falls() {
        let (text, ends) = bulk("Storm Warning\n\nThe river rose. Police in Newtown said \u{201c}leave now.\u{201d}\n\nBy Ann Lee");
        assert_eq!(
            text,
            "Storm warning the river rose. Police in newtown said \" leave now. \" by ann lee"
        );
        let ended: Vec<&str> = text
            .split(' ')
            .zip(&ends)
            .filter(|(_, e)| **e)
            .map(|(w, _)| w)
            .collect();
        assert_eq!(ended, ["warning", "rose.", "\"", "lee"]);
    }

    #[test]
    fn marks_numbers_and_brackets_are_spaced() {
        let (text, _) = bulk("Costs (about $40 or 20%) rose at 9:56 p.m. at the officers' club.");
        assert_eq!(
            text,
            "Costs ( about $ 40 or 20 % ) rose at 9: 56 p.m. At the officers ' club."
        );
    }

    #[test]
    fn furniture_labels_cut() {
        let p = project_article(
            "Image copyright Ann Lee Image caption A dog in the park\n\nIt rained.",
            "x",
            Lexicon::default_ref(),
        );
        let ended: Vec<&str> = p
            .text
            .split(' ')
            .zip(&p.ends)
            .filter(|(_, e)| **e)
            .map(|(w, _)| w)
            .collect();
        assert_eq!(ended, ["lee", "park", "rained."]);
    }

    #[test]
    fn wholly_lowercase_variant() {
        let segments = crate::sentences::split("One. Two.", Lexicon::default_ref());
        assert_eq!(project("One. Two.", &segments, false).text, "one. two.");
    }
}
