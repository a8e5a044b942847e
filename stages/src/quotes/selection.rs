//! Which quotations are somebody's words, and whether whole (`direct`) or a fragment
//! of reported speech (`partial`).

use super::frame::{Frame, Kind};
use super::pairing::Quotation;
use crate::records::QuoteKind;

/// Small words a title may keep in lower case (`Days of Future Past`).
const TITLE_SMALL: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by",
];

/// Whether quoted words look like a title or a name (`Superman Returns`, `X-Men`):
/// every word capitalised, a few words, no closing punctuation.
pub fn looks_like_title(words: &str) -> bool {
    let trimmed = words.trim();
    if trimmed.ends_with(['.', '!', '?', ',', ';']) {
        return false;
    }
    let parts: Vec<&str> = trimmed.split_whitespace().collect();
    if parts.is_empty() || parts.len() > 8 {
        return false;
    }
    let capitalised = |w: &str| {
        w.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let all = parts.iter().enumerate().all(|(k, w)| {
        capitalised(w) || (k > 0 && TITLE_SMALL.iter().any(|s| s.eq_ignore_ascii_case(w)))
    });
    all && (parts.len() >= 2
        || trimmed.contains('-')
        || trimmed.chars().any(|c| c.is_ascii_digit()))
}

/// Whether the quotation at token `t` stands as an utterance of its own: at the start
/// of its sentence, or after a colon or comma.
pub fn stands_alone(f: &Frame<'_>, t: usize) -> bool {
    let (s0, _) = f.sentence_range(f.tokens[t].sentence());
    t == s0
        || matches!(
            f.tokens[t - 1].kind,
            Kind::Punct(':' | ',' | '(' | '—' | '-') | Kind::Break
        )
}

/// Direct when a whole utterance is quoted, partial when a fragment sits in a sentence.
pub fn kind(f: &Frame<'_>, t: usize, q: &Quotation, tagged_after: bool) -> QuoteKind {
    let first = f.text[q.start()..].chars().next();
    // Lower-cased, no capital tells: a quotation after a comma that follows no cue
    // (`the edge of the city , " sometimes miles beyond it , " according to`) is a
    // fragment of the sentence. A cue of telling a few words back in the clause counts:
    // its hearer stands between (`told the paper , " i don't know "`, `tells npr ,`).
    let after_plain_comma = t >= 2
        && f.tokens[t - 1].is_punct(',')
        && f.tokens[t - 2].kind == Kind::Word
        && !f.tokens[t - 2].has(super::lexicon::Flags::CUE)
        && !hearer_cue_before(f, t - 1);
    let starts_whole = f.lowercase && !after_plain_comma
        || first.is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '[' | '(' | '‘' | '\'' | '…')
        });
    let mid_sentence_tag = tagged_after && {
        let (s0, _) = f.sentence_range(f.tokens[t].sentence());
        t == s0
    };
    if (starts_whole || interrupted(f, t)) && (stands_alone(f, t) || mid_sentence_tag) {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// Whether a cue whose object is its hearer (`told`, `tells`, `telling`) stands among
/// the few words of the clause that end before token `end` (no punctuation, break or
/// quotation between): `told the paper , " i don't know "` quotes a whole utterance.
fn hearer_cue_before(f: &Frame<'_>, end: usize) -> bool {
    (0..end)
        .rev()
        .take_while(|&i| f.tokens[i].kind == Kind::Word)
        .take(5)
        .filter(|&i| f.tokens[i].has(super::lexicon::Flags::CUE))
        .any(|i| super::attribution::cue_at(f, i).is_some_and(|c| c.kind.hearer))
}

/// `"We're counting the damage," Roe said, "but the school will open."`: the quotation
/// at `t` resumes one its sentence broke off for a tag, and is a whole utterance too.
fn interrupted(f: &Frame<'_>, t: usize) -> bool {
    if t < 2 || !f.tokens[t - 1].is_punct(',') {
        return false;
    }
    let (s0, _) = f.sentence_range(f.tokens[t].sentence());
    let Some(before) = (s0..t - 1)
        .rev()
        .take(12)
        .find(|&i| matches!(f.tokens[i].kind, Kind::Quote(_)))
    else {
        return false;
    };
    (before + 1..t - 1).any(|i| super::attribution::cue_at(f, i).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_recognised() {
        assert!(looks_like_title("Superman Returns"));
        assert!(looks_like_title("X-Men"));
        assert!(looks_like_title("Days of Future Past"));
        assert!(!looks_like_title("strong, professional public servant"));
        assert!(!looks_like_title("We Will Fight."));
        assert!(!looks_like_title("gutless"));
    }
}
