//! Where a quotation ends when its closing mark is lost or cannot be told from an
//! opening one: a straight `"` spaced on both sides (the bulk style) may do either,
//! and one lost mark turns every later pair inside out.
//!
//! Three readings of the raw text, used by [`super::pairing`]:
//! - an attribution sentence (`The harbour master said ...`) ends an open quotation
//!   before it: an unclosed quotation never swallows the next attribution;
//! - a mark right after an introduction (`... told the crew: "`) opens a quotation;
//! - a mark followed, before the next mark, by words closed by a tag (`" it was
//!   good , " said Roe`) opens rather than closes.

use super::lexicon::{Flags, LEXICON};

/// Words too short or dotted to end a sentence with their full stop.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "sen", "rep", "gen", "lt", "col", "sgt",
    "capt", "inc", "co", "corp", "no", "prof", "rev", "vs", "maj", "ft", "mt",
];

/// Speaker pronouns: a sentence holding one is more likely speech than narrative.
const FIRST_SECOND: &[&str] = &["i", "we", "you", "me", "us", "my", "our", "your"];

/// The ends (byte offsets just past the stop) of the sentences of `text[start..end]`,
/// the last one at `end`.
fn sentence_ends(text: &str, start: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let Some(slice) = text.get(start..end) else {
        return out;
    };
    let bytes = slice.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if !matches!(b, b'.' | b'!' | b'?') {
            continue;
        }
        if !bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace) {
            continue;
        }
        if b == b'.' && is_abbreviation(&slice[..i]) {
            continue;
        }
        out.push(start + i + 1);
    }
    if out.last() != Some(&end) {
        out.push(end);
    }
    out
}

/// Whether the word ending `head` (its full stop just after) is an abbreviation or
/// an initial (`Mr`, `a.m`, `J`).
fn is_abbreviation(head: &str) -> bool {
    let word = head
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() {
        return false;
    }
    word.chars().count() == 1
        || word.contains('.')
        || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
}

fn is_cue(word: &str) -> bool {
    word.len() <= 16 && LEXICON.flags(word).has(Flags::CUE)
}

/// What a sentence holds: a first- or second-person word, a cue verb.
fn person_and_cue(sentence: &str) -> (bool, bool) {
    let mut cue = false;
    for w in words(sentence) {
        if FIRST_SECOND.iter().any(|p| p.eq_ignore_ascii_case(w)) {
            return (true, cue);
        }
        cue |= is_cue(w);
    }
    (false, cue)
}

/// Whether a sentence reads as narrative attribution: a cue verb and no speaker
/// pronoun.
fn is_attribution(sentence: &str) -> bool {
    person_and_cue(sentence) == (false, true)
}

/// The end of an open quotation's words `text[start..end]`: before the first sentence
/// after its first that reads as narrative, else `end`. A sentence is narrative when
/// it holds no first- or second-person word and a cue verb (`The harbour master said
/// ...`). In a text without paragraph breaks (`unbroken`: the bulk style, where a
/// quotation may run on to the article's end) so is a sentence of four words or more
/// without them after a quotation that opened in the first or second person (`" we
/// have beds for forty . volunteers brought blankets ...`).
pub fn before_attribution(text: &str, start: usize, end: usize, unbroken: bool) -> usize {
    let ends = sentence_ends(text, start, end);
    let Some(&first_end) = ends.first() else {
        return end;
    };
    let spoken = unbroken && person_and_cue(&text[start..first_end]).0;
    for pair in ends.windows(2) {
        let sentence = &text[pair[0]..pair[1]];
        match person_and_cue(sentence) {
            (false, true) => return pair[0],
            (false, false) if spoken && words(sentence).nth(3).is_some() => return pair[0],
            _ => {}
        }
    }
    end
}

/// When the words of an open quotation before a mark at `at` end with an
/// introduction of a new quotation (`... Roe said:`, `... told the crew :`), the offset
/// where that introducing sentence starts (the open quotation ends there).
pub fn introduction_start(text: &str, start: usize, at: usize) -> Option<usize> {
    let before = text.get(start..at)?.trim_end();
    if !before.ends_with(':') {
        return None;
    }
    let ends = sentence_ends(text, start, start + before.len());
    // The introducing sentence is the last; it must not be the first (nothing quoted).
    let cut = *ends.iter().rev().nth(1)?;
    is_attribution(&text[cut..start + before.len()]).then_some(cut)
}

/// Whether a tag follows the text from `from` (just after a closing mark): a cue
/// within the next four words, before any sentence stop and after no first- or
/// second-person word (`, said Roe`, `Roe said`; not `" we were asked ...`, which
/// opens a quotation).
pub fn tag_follows(text: &str, from: usize) -> bool {
    let Some(rest) = text.get(from..) else {
        return false;
    };
    let rest = rest.trim_start().trim_start_matches(',').trim_start();
    let clause = rest
        .split(['.', '!', '?', '"', '“', '”', ';', '\n'])
        .next()
        .unwrap_or("");
    for w in words(clause).take(4) {
        if FIRST_SECOND.iter().any(|p| p.eq_ignore_ascii_case(w)) {
            return false;
        }
        if is_cue(w) {
            return true;
        }
    }
    false
}

/// How the words between two marks read, for telling speech from narrative.
pub struct Reading {
    /// The first clause speaks in the first or second person before any cue (`our dad
    /// did not deserve this`, not `the family said our dad ...`, nor `... began when a
    /// poster asked: if you ...`).
    pub speaks: bool,
    /// A later sentence speaks so.
    pub speaks_later: bool,
    /// A sentence reports speech in the third person (a reporting verb, no speaker
    /// pronoun).
    pub attribution: bool,
    /// More auxiliaries in the present tense than in the past (`is`, `will`, `don't`
    /// against `was`, `did`): speech more often than news narrative.
    pub present: bool,
}

const PRESENT: &[&str] = &[
    "is", "are", "am", "isn't", "aren't", "has", "have", "hasn't", "haven't", "will", "won't",
    "can", "can't", "do", "does", "don't", "doesn't",
];
const PAST: &[&str] = &[
    "was", "were", "wasn't", "weren't", "had", "hadn't", "did", "didn't", "said",
];

/// Verbs that only report speech (not `brands`, `calls`, `notes`, which are nouns as
/// often).
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "according",
    "asked",
    "explained",
    "stated",
    "wrote",
    "writes",
    "recalled",
    "insisted",
    "announced",
    "declared",
    "replied",
    "commented",
    "tweeted",
];

/// Whether a sentence reports speech in the third person: a reporting verb and no
/// speaker pronoun.
fn reports(sentence: &str) -> bool {
    let mut verb = false;
    for w in words(sentence) {
        if FIRST_SECOND.iter().any(|p| p.eq_ignore_ascii_case(w)) {
            return false;
        }
        verb |= REPORTING.iter().any(|r| r.eq_ignore_ascii_case(w));
    }
    verb
}

/// Whether `text[from..to]` holds a first- or second-person word.
pub fn has_speaker_pronoun(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to)
        .is_some_and(|s| words(s).any(person_word))
}

/// A first- or second-person word, contractions included (`i've`, `we ' re`'s `we`).
fn person_word(w: &str) -> bool {
    let head = w.trim_matches(['\'', '’']);
    let head = head.split(['\'', '’']).next().unwrap_or(head);
    FIRST_SECOND.iter().any(|p| p.eq_ignore_ascii_case(head))
}

/// Whether `text[from..to]` narrates speech: a reporting verb (or `telling`) and no
/// first- or second-person word anywhere (`roe , who was the host , said the two ...`).
pub fn narrates(text: &str, from: usize, to: usize) -> bool {
    let Some(s) = text.get(from..to) else {
        return false;
    };
    let mut verb = false;
    for w in words(s) {
        if person_word(w) {
            return false;
        }
        let w = w.trim_matches(['\'', '’']);
        verb |= w.eq_ignore_ascii_case("telling")
            || REPORTING.iter().any(|r| r.eq_ignore_ascii_case(w));
    }
    verb
}

/// Whether `text[from..to]` is speech that swallowed its own tag, its closing mark lost
/// (`prices will fall in the spring , the owner said .`): a last clause after a comma of
/// at most four words with a reporting verb, and none before that comma.
pub fn ends_with_tag(text: &str, from: usize, to: usize) -> bool {
    let Some(s) = text.get(from..to) else {
        return false;
    };
    let s = s
        .trim_end()
        .trim_end_matches(['.', '!', '?', ','])
        .trim_end();
    let Some((head, tail)) = s.rsplit_once(',') else {
        return false;
    };
    let reporting = |w: &str| {
        let w = w.trim_matches(['\'', '’']);
        REPORTING.iter().any(|r| r.eq_ignore_ascii_case(w))
    };
    words(tail).count() <= 4 && words(tail).any(reporting) && !words(head).any(reporting)
}

/// How the words `text[from..to]` read.
pub fn reading(text: &str, from: usize, to: usize) -> Reading {
    let ends = sentence_ends(text, from, to);
    let Some(&first_end) = ends.first() else {
        return Reading {
            speaks: false,
            speaks_later: false,
            attribution: false,
            present: false,
        };
    };
    let first = &text[from..first_end];
    let clause = first.split([':', ';']).next().unwrap_or(first);
    let mut starts = vec![from];
    starts.extend(ends.iter().copied());
    Reading {
        speaks: person_and_cue(clause) == (true, false),
        speaks_later: starts
            .windows(2)
            .skip(1)
            .any(|w| person_and_cue(&text[w[0]..w[1]]) == (true, false)),
        attribution: starts.windows(2).any(|w| reports(&text[w[0]..w[1]])),
        present: {
            let (mut now, mut then) = (0, 0);
            for w in words(&text[from..to]) {
                now += usize::from(PRESENT.iter().any(|p| p.eq_ignore_ascii_case(w)));
                then += usize::from(PAST.iter().any(|p| p.eq_ignore_ascii_case(w)));
            }
            now > then
        },
    }
}

/// Whether the quoted words before a mark at `at` close a clause (`... good ,"`).
pub fn clause_closed_before(text: &str, at: usize) -> bool {
    text.get(..at).is_some_and(|h| {
        matches!(
            h.trim_end().chars().next_back(),
            Some(',' | '.' | '!' | '?' | '…')
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_is_read_from_its_first_clause() {
        let r = |t: &str| {
            let x = reading(t, 0, t.len());
            (x.speaks, x.attribution)
        };
        assert_eq!(
            r("our dad did not deserve this. we want answers."),
            (true, false)
        );
        assert_eq!(
            r("the family said our dad did not deserve this."),
            (false, false)
        );
        assert_eq!(r("the family said so. it was late."), (false, true));
        assert_eq!(
            r("the hearing resumes on monday. we will see."),
            (false, false)
        );
        assert_eq!(
            r("it began when a poster asked: can you help?"),
            (false, false)
        );
    }

    #[test]
    fn open_quotation_stops_before_an_attribution() {
        let t = "Stay at your posts. Keep watch. The harbour master said it would clear.";
        let cut = before_attribution(t, 0, t.len(), true);
        assert_eq!(&t[..cut], "Stay at your posts. Keep watch.");
        let t = "we will go. then i said we were ready.";
        assert_eq!(before_attribution(t, 0, t.len(), true), t.len());
        let t = "we have ten beds. volunteers brought in more.";
        assert_eq!(
            &t[..before_attribution(t, 0, t.len(), true)],
            "we have ten beds."
        );
        assert_eq!(before_attribution(t, 0, t.len(), false), t.len());
        let t = "Dr. Roe is here. Mr. Lee said so.";
        assert_eq!(
            &t[..before_attribution(t, 0, t.len(), true)],
            "Dr. Roe is here."
        );
    }

    #[test]
    fn an_introduction_is_found() {
        let t = "we lost. the captain , ana roe , said : \" x";
        let at = t.find('"').unwrap_or(0);
        assert_eq!(introduction_start(t, 0, at), Some(8));
        assert_eq!(introduction_start("just one : \"", 0, 11), None);
    }

    #[test]
    fn tags_are_found() {
        assert!(tag_follows(" , said ana roe .", 0));
        assert!(tag_follows(" the mayor said .", 0));
        assert!(!tag_follows(" it was late and dark . said", 0));
        assert!(!tag_follows(" we were asked by the police", 0));
    }
}
