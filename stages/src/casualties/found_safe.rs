//! An absence ended: `found safe`, `found alive`, `located`, `rescued`, `returned home`
//! (`data/casualties/found_safe.txt`) said of the people reported missing takes the
//! `missing` reading back, in the same sentence (`three hunters who were reported missing
//! on friday were found safe on saturday`, `a missing 80-year-old man was located`) or in
//! one of the next two that refers back to them (`they were found alive on monday`, `the
//! boys returned home`).
//!
//! Same sentence: the phrase follows the group, and nothing between them opens another
//! subject (a number, a pronoun, a person noun: `five are missing and two were rescued`,
//! `the search for the missing boy went on after his sister was rescued`) or another clause
//! (`but`, `;`). A part (`two of the five missing climbers were found alive`) says nothing
//! of the rest. Next sentences: the subject before the phrase is `they`, `both`, `all`
//! (for a group), `he`, `she` (for one person), or `the`, `all` or `both` with a person
//! noun and no other count. A denied or hoped-for phrase (`have not been found alive`,
//! `may be found safe`) takes nothing back.

use std::sync::LazyLock;

use super::extract::Mention;
use super::lexicon::LEX;
use crate::records::{Sentence, Status};

/// One phrase of the list and whether it needs an auxiliary before it.
struct Phrase {
    words: Vec<&'static str>,
    aux: bool,
}

static PHRASES: LazyLock<Vec<Phrase>> = LazyLock::new(|| {
    include_str!("../../data/casualties/found_safe.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (words, how) = l.split_once('\t')?;
            Some(Phrase {
                words: words.split(' ').collect(),
                aux: how.trim() == "aux",
            })
        })
        .collect()
});

/// The phrases' first words: a sentence without any of them (nearly all) is not read word
/// by word.
static FIRST_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut first: Vec<&str> = PHRASES
        .iter()
        .filter_map(|p| p.words.first().copied())
        .collect();
    first.sort_unstable();
    first.dedup();
    first
});

/// Whether `text` holds a first word of a phrase, in any casing.
fn may_hold_phrase(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| !w.is_empty() && FIRST_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w)))
}

/// A word or punctuation mark of a sentence, lower-cased, with its byte offset.
struct Word {
    start: usize,
    low: String,
}

fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, String)> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '-' | '\'' | '’')
            && cur.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            let w = cur.get_or_insert_with(|| (i, String::new()));
            if c == '’' {
                w.1.push('\'');
            } else {
                w.1.extend(c.to_lowercase());
            }
            continue;
        }
        if let Some((start, low)) = cur.take() {
            out.push(Word { start, low });
        }
        if matches!(c, ',' | ';' | ':' | '.' | '(' | ')' | '—' | '–') {
            out.push(Word {
                start: i,
                low: c.to_string(),
            });
        }
    }
    if let Some((start, low)) = cur {
        out.push(Word { start, low });
    }
    out
}

/// Whether a phrase of the list, said as a fact, starts at word `k`.
fn phrase_at(w: &[Word], k: usize) -> bool {
    let low = |i: usize| w.get(i).map_or("", |x| x.low.as_str());
    let back = |n: usize| k.checked_sub(n).map_or("", low);
    let denied = |x: &str| matches!(x, "not" | "never" | "n't" | "yet" | "no");
    let modal = |x: &str| {
        matches!(
            x,
            "to" | "will" | "would" | "could" | "may" | "might" | "did" | "should" | "must"
        )
    };
    PHRASES.iter().any(|p| {
        let said = if p.aux {
            // `were found safe`, `has been located`; never `be found`, `not been found`
            match back(1) {
                "was" | "were" | "is" | "are" => true,
                "been" => {
                    matches!(back(2), "have" | "has" | "had") && !denied(back(3)) && !modal(back(3))
                }
                _ => false,
            }
        } else {
            !denied(back(1)) && !modal(back(1))
        };
        said && p.words.iter().enumerate().all(|(j, pw)| low(k + j) == *pw)
    })
}

fn is_number(w: &str) -> bool {
    w.bytes().next().is_some_and(|b| b.is_ascii_digit()) && !w.contains("-year")
        || LEX.numbers.contains_key(w)
}

fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "his" | "her" | "their" | "its"
    )
}

/// Words that end one clause and open another.
fn breaks(w: &str) -> bool {
    matches!(
        w,
        "but" | "while" | "whereas" | "although" | "though" | ";" | ":" | "—" | "–"
    )
}

/// Whether the missing group starting at byte `pos` is the subject of an ended absence later
/// in the sentence.
fn undone_here(w: &[Word], pos: usize, head: &str) -> bool {
    let Some(first) = w.iter().position(|x| x.start >= pos) else {
        return false;
    };
    // a part of the group says nothing of the rest
    let before = |n: usize| first.checked_sub(n).and_then(|i| w.get(i));
    if [1, 2]
        .iter()
        .any(|&n| before(n).is_some_and(|x| x.low == "of"))
    {
        return false;
    }
    // the group's words: up to its head noun (or its first word)
    let end = (first..w.len().min(first + 8))
        .find(|&i| w[i].low == head)
        .map_or(first + 1, |i| i + 1);
    for k in end..w.len() {
        if phrase_at(w, k) {
            return true;
        }
        let x = w[k].low.as_str();
        if breaks(x) || is_number(x) || is_pronoun(x) || LEX.people.contains_key(x) {
            return false;
        }
    }
    false
}

/// Who a sentence tells was found (`they were found safe`, `the two boys returned home`):
/// whether one person, and the count and head noun its subject gives.
struct Found {
    one: bool,
    count: Option<u64>,
    head: Option<String>,
}

impl Found {
    /// Whether the group of mention `m` may be the one found.
    fn of(&self, m: &Mention) -> bool {
        let head = m.head.to_lowercase();
        let same_head = self
            .head
            .as_deref()
            .is_some_and(|h| !head.is_empty() && (h.starts_with(&head) || head.starts_with(h)));
        self.one == (m.count.value == 1)
            && self.count.is_none_or(|n| n == m.count.value)
            && (self.head.is_none() || self.count.is_some() || same_head)
    }
}

fn undone_later(w: &[Word]) -> Option<Found> {
    let k = (1..w.len()).find(|&k| phrase_at(w, k))?;
    // the subject: from the last comma (an opening phrase before it) up to the auxiliary
    let aux_at = match w[k - 1].low.as_str() {
        "been" => k.saturating_sub(2),
        "was" | "were" | "is" | "are" => k - 1,
        _ => k,
    };
    let start = w[..aux_at]
        .iter()
        .rposition(|x| x.low == ",")
        .map_or(0, |c| c + 1);
    let subj: Vec<&str> = w[start..aux_at].iter().map(|x| x.low.as_str()).collect();
    let pronoun = |one: bool| {
        Some(Found {
            one,
            count: None,
            head: None,
        })
    };
    match subj.as_slice() {
        ["they"] | ["both"] | ["all"] | ["all", "of", "them"] | ["both", "of", "them"] => {
            pronoun(false)
        }
        ["he"] | ["she"] => pronoun(true),
        [first, rest @ ..] if matches!(*first, "the" | "all" | "both") && !rest.is_empty() => {
            let head = *rest.last()?;
            let one = *LEX.people.get(head)?;
            if rest
                .iter()
                .any(|x| matches!(*x, "of" | "other" | "others" | "another") || is_pronoun(x))
            {
                return None;
            }
            let nums: Vec<u64> = rest
                .iter()
                .filter_map(|x| LEX.numbers.get(x).map(|n| n.0).or_else(|| x.parse().ok()))
                .collect();
            let count = match nums.as_slice() {
                [] => None,
                [n] => Some(*n),
                _ => return None,
            };
            Some(Found {
                one,
                count,
                head: Some(head.to_string()),
            })
        }
        _ => None,
    }
}

/// Takes back the `missing` mentions of people the article then says were found.
pub fn undo(sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    let missing_at: Vec<usize> = mentions
        .iter()
        .filter(|m| m.status == Status::Missing)
        .map(|m| m.sentence)
        .collect();
    if missing_at.is_empty() {
        return;
    }
    let text = |i: usize| sentences.get(i).map_or("", |s| s.text.as_str());
    // the sentences after a missing group that tell of a group found
    let later: Vec<(usize, Found)> = (0..sentences.len())
        .filter(|&j| missing_at.iter().any(|&i| i < j && j <= i + 2))
        .filter(|&j| may_hold_phrase(text(j)))
        .filter_map(|j| undone_later(&words(text(j))).map(|f| (j, f)))
        .collect();
    let drop: Vec<bool> = mentions
        .iter()
        .map(|m| {
            m.status == Status::Missing
                && (may_hold_phrase(text(m.sentence))
                    && undone_here(&words(text(m.sentence)), m.pos, &m.head.to_lowercase())
                    // the nearest later sentence, with no missing group told between
                    || later
                        .iter()
                        .find(|(j, _)| *j > m.sentence && *j <= m.sentence + 2)
                        .is_some_and(|(j, f)| {
                            !missing_at.iter().any(|&i| i > m.sentence && i < *j) && f.of(m)
                        }))
        })
        .collect();
    let mut it = drop.iter();
    mentions.retain(|_| !it.next().copied().unwrap_or(false));
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{both, none, M, V};

    #[test]
    fn found_in_the_same_sentence() {
        none("Four climbers who were reported missing on the ridge were found safe on Monday.");
        none("A missing 70-year-old man with memory loss was located unharmed in a park.");
        none("Two boys reported missing after a school trip returned home on Sunday.");
    }

    #[test]
    fn found_in_a_later_sentence() {
        none("Five hikers went missing in the hills on Friday. They were found alive on Sunday.");
        none("A fisherman was reported missing on Monday. On Tuesday, he was found safe.");
    }

    #[test]
    fn others_found_leave_the_missing() {
        both(
            "Six sailors are missing, but two others were rescued.",
            &[(V, M, None, 6)],
        );
        both(
            "A 12-year-old boy is still missing after his brother was found safe.",
            &[(V, M, None, 1)],
        );
        both(
            "Three divers are missing. Searchers hope they will be found alive.",
            &[(V, M, None, 3)],
        );
        both(
            "Three divers are missing. They have not been found alive.",
            &[(V, M, None, 3)],
        );
        both(
            "Seven workers are missing. A second crew was rescued on Monday.",
            &[(V, M, None, 7)],
        );
    }
}
