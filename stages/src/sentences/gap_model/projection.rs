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

/// Photo credits as the bulk corpus shows them, before or after a caption or alone
/// before the text (lower-cased, words separated by one space).
const CREDITS: [&str; 16] = [
    "ap",
    "reuters",
    "afp",
    "getty images",
    "afp/getty images",
    "ap photo",
    "ap photo/file",
    "( ap )",
    "( associated press )",
    "( reuters )",
    "( ap photo )",
    "photo: ap",
    "photo: reuters",
    "image copyright getty images",
    "image copyright afp",
    "file",
];

/// Agencies of the datelines put after headline bullets.
const DATELINE_SOURCES: [&str; 3] = ["cnn", "ap", "reuters"];

/// The headings of a projected article, as headline bullets are written: its
/// segments of 4 to 14 words that end without a mark and hold only words of letters,
/// digits, `'` and `-` (one comma at most between them), not a byline (`by ...`).
/// Lower-cased, words joined by one space. The headlines of full-text articles are
/// the closest the training data comes to the corpus's bullets, which are written
/// in headline style (a verb left out, `says` for `said`), not as sentences.
pub fn headings(p: &Projected) -> Vec<String> {
    let words: Vec<&str> = p.text.split(' ').collect();
    if words.len() != p.ends.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (k, &end) in p.ends.iter().enumerate() {
        if !end {
            continue;
        }
        let seg = &words[start..=k];
        start = k + 1;
        let plain = |w: &str| {
            w.bytes().any(|b| b.is_ascii_alphabetic())
                && w.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'\'' || b == b'-')
        };
        let commas = seg.iter().filter(|w| w.ends_with(',')).count();
        let last_plain = seg.last().is_some_and(|w| plain(w));
        let ok = (4..=14).contains(&seg.len())
            && commas <= 1
            && last_plain
            && seg.iter().all(|w| plain(w.strip_suffix(',').unwrap_or(w)))
            && !seg[0].eq_ignore_ascii_case("by");
        if ok {
            out.push(seg.join(" ").to_lowercase());
        }
    }
    out
}

/// The kinds of page furniture `with_furniture` puts in.
pub const FURNITURE_KINDS: u64 = 7;

/// Words a headline leaves out when it is terse: articles, and the auxiliaries
/// before a participle (`the bridge was closed` → `bridge closed`).
const HEADLINE_LEFT_OUT: &str = "a an the is are was were has have had been";

/// Words a subheading stops before: auxiliaries, verbs of saying, relative words
/// (`the old bridge over the river was closed` → `old bridge over the river`).
const SUBHEADING_STOPS: &str = "is are was were has have had will would can could may \
    might must should said says told that which who when where because but";

/// Words a subheading starts after, where the sentence has one: articles and
/// possessives.
const SUBHEADING_AFTER: &str = "a an the his her its their our this these those";

/// Whether `w` (a projected word) is one of the words of `list`, without case.
fn listed(list: &str, w: &str) -> bool {
    list.split_ascii_whitespace()
        .any(|x| w.eq_ignore_ascii_case(x))
}

/// The words of a projected sentence up to its first word that carries a mark
/// (that word included, its marks taken off): its first clause, as a headline or
/// subheading keeps it. Stops before a word that is a mark or holds one inside.
fn first_clause<'a>(sentence: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    for w in sentence {
        let bare = w.trim_end_matches(|c: char| c.is_ascii_punctuation());
        let clean = bare.bytes().any(|b| b.is_ascii_alphabetic())
            && bare
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'\'' || b == b'-' || b >= 0x80);
        if !clean {
            break;
        }
        out.push(bare);
        if bare.len() < w.len() {
            break;
        }
    }
    out
}

/// Drops the last words of `words` that leave a phrase open (`of`, `the`, `and`,
/// ...); the words left if at least `min`, joined by one space and lower-cased.
fn closed_phrase(mut words: Vec<&str>, min: usize) -> Option<String> {
    while words
        .last()
        .is_some_and(|w| listed(NEVER_LAST, w) || listed(SUBHEADING_STOPS, w) || w.ends_with("'s"))
    {
        words.pop();
    }
    (words.len() >= min).then(|| words.join(" ").to_lowercase())
}

/// A headline made from one of the article's sentences by the habits of headline
/// writing across the news: the sentence's first clause, without a leading article;
/// when `terse`, also without the other articles and auxiliaries and with `said`
/// written `says`; at most `n` words, ending on a word that closes a phrase. `None`
/// when fewer than two words are left.
pub fn headline_of(sentence: &[&str], n: usize, terse: bool) -> Option<String> {
    let clause = first_clause(sentence);
    let mut out = Vec::with_capacity(n);
    for (k, w) in clause.into_iter().enumerate() {
        let article = listed("a an the", w);
        if (k == 0 && article) || (terse && listed(HEADLINE_LEFT_OUT, w)) {
            continue;
        }
        out.push(if terse && w.eq_ignore_ascii_case("said") {
            "says"
        } else {
            w
        });
        if out.len() == n {
            break;
        }
    }
    closed_phrase(out, 2)
}

/// A subheading made from one of the article's sentences: from the first word
/// after an article or possessive (or from the start), the words of its first
/// clause up to an auxiliary, a verb of saying or a relative word, at most `n`,
/// ending on a word that closes a phrase. `None` when fewer than two are left.
pub fn subheading_of(sentence: &[&str], n: usize) -> Option<String> {
    let clause = first_clause(sentence);
    let from = clause
        .iter()
        .position(|w| listed(SUBHEADING_AFTER, w))
        .map_or(0, |k| k + 1);
    let words: Vec<&str> = clause
        .into_iter()
        .skip(from)
        .take_while(|w| !listed(SUBHEADING_STOPS, w))
        .take(n)
        .collect();
    closed_phrase(words, 2)
}

/// A piece of the projected article `p` (of id `id`) with page furniture put in, as
/// the bulk corpus shows it where the full text has none. `kind` 0: a run of
/// headline bullets before the text (`story highlights`, then two to four of the
/// article's own sentences without their final `.`, sometimes a dateline `place (
/// cnn )` from `places`); 1: a caption (one of its sentences, the `.` kept or not)
/// with a photo credit before or after it; 2: a credit alone; 3: bullets again,
/// other sentences (they are the rarest in the full texts); 4: a heading, the
/// opening three to eight words of one of its sentences without a mark at their
/// end, before the text, one time in two followed by that whole sentence (a
/// heading that the text after it repeats). Kinds 1 and 2 go before the text or,
/// one time in two, after one of its first segments. Each
/// piece is a segment; the word after it starts in lower case, as in the corpus,
/// where only a word after `.` is capitalised. The copy keeps six of the article's
/// segments after the furniture; 5: a title glued to the text, a headline made from
/// one of its sentences (`headline_of`; one time in four another article's heading
/// from `headlines`), in place of the article's own first segment where that ends
/// without a mark (its title); 6: a subheading (`subheading_of`) after one of its
/// sentences two to six segments in. `None` for an article without a sentence of 4
/// to 20 words to borrow (or, for kinds 5 and 6, none that gives a heading).
pub fn with_furniture(
    p: &Projected,
    id: &str,
    kind: u64,
    places: &[String],
    headlines: &[String],
) -> Option<Projected> {
    let words: Vec<&str> = p.text.split(' ').collect();
    if words.len() != p.ends.len() || p.known.is_some() {
        return None;
    }
    let mut spans = Vec::new();
    let mut start = 0;
    for (k, &end) in p.ends.iter().enumerate() {
        if end {
            spans.push((start, k + 1));
            start = k + 1;
        }
    }
    let plain = |w: &&str| w.bytes().any(|b| b.is_ascii_alphanumeric());
    let pool: Vec<&[&str]> = spans
        .iter()
        .skip(1)
        .filter_map(|&(a, b)| words.get(a..b))
        .filter(|s| {
            (4..=20).contains(&s.len())
                && s.iter().all(plain)
                && s.last()
                    .is_some_and(|w| w.ends_with('.') && !w.ends_with("..") && w.len() > 2)
        })
        .collect();
    if pool.is_empty() {
        return None;
    }
    let h = u64::from(id_hash(&format!("{id}#{kind}"))).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 20;
    // Distinct sentences while the pool lasts.
    let pick = |j: u64| pool[((h >> 8) + j) as usize % pool.len()];
    let mut out: Vec<(String, bool)> = Vec::new();
    let push = |piece: &str, out: &mut Vec<(String, bool)>| {
        for w in piece.split(' ') {
            out.push((w.to_string(), false));
        }
        if let Some(last) = out.last_mut() {
            last.1 = true;
        }
    };
    let unpunctuated = |s: &[&str]| {
        let mut s = s.join(" ");
        s.pop();
        s
    };
    let credit = CREDITS[(h >> 3) as usize % CREDITS.len()];
    // The furniture goes after this many of the article's segments.
    let ends_plain = |span: Option<&(usize, usize)>| {
        span.and_then(|&(_, end)| words.get(end.checked_sub(1)?))
            .is_some_and(|w| w.bytes().last().is_some_and(|b| b.is_ascii_alphabetic()))
    };
    let ends_sentence = |span: &(usize, usize)| {
        span.1
            .checked_sub(1)
            .and_then(|k| words.get(k))
            .is_some_and(|w| w.ends_with('.') && w.len() > 2)
    };
    let after = match kind {
        0 | 3 | 4 => 0,
        5 => usize::from(ends_plain(spans.first())),
        6 => (2 + (h >> 1) as usize % 3..spans.len().min(7))
            .find(|&k| ends_sentence(&spans[k - 1]))?,
        _ if h & 1 == 0 => 0,
        _ => 1 + (h >> 1) as usize % 3,
    };
    let (body_start, _) = spans.get(after).copied().unwrap_or((words.len(), 0));
    let body_end = spans.get(after + 6).map_or(words.len(), |&(_, end)| end);
    // A title takes the place of the article's own.
    let kept = if kind == 5 { 0 } else { body_start };
    for (w, &end) in words.iter().zip(&p.ends).take(kept) {
        out.push((w.to_string(), end));
    }
    match kind {
        0 | 3 => {
            push("story highlights", &mut out);
            // Kind 3 takes its bullets from `headlines` where there are some (other
            // articles' headings, in headline style), kind 0 from the article.
            for j in 0..(2 + (h >> 3) % 3).min(pool.len() as u64) {
                if kind == 3 && !headlines.is_empty() && (h >> (24 + j)) & 1 == 1 {
                    let at = (h >> 11).wrapping_add(j.wrapping_mul(0x9E37)) as usize;
                    push(&headlines[at % headlines.len()], &mut out);
                } else {
                    push(&unpunctuated(pick(j)), &mut out);
                }
            }
            if (h >> 6) & 1 == 1 && !places.is_empty() {
                let place = &places[(h >> 9) as usize % places.len()];
                // A city before the country, one time in two (`dhaka, bangladesh`).
                let place = if (h >> 10) & 1 == 1 {
                    format!("{}, {place}", places[(h >> 12) as usize % places.len()])
                } else {
                    place.clone()
                };
                let source = DATELINE_SOURCES[(h >> 5) as usize % DATELINE_SOURCES.len()];
                push(&format!("{place} ( {source} )"), &mut out);
            }
        }
        1 => {
            let caption = if (h >> 6) & 1 == 1 {
                unpunctuated(pick(0))
            } else {
                pick(0).join(" ")
            };
            // Half the captions have a label, as the BBC's pages show them.
            let caption = match (h >> 10) % 4 {
                0 => format!("image caption {caption}"),
                1 => format!("media caption {caption}"),
                _ => caption,
            };
            if (h >> 7) & 1 == 1 {
                push(credit, &mut out);
                push(&caption, &mut out);
            } else {
                push(&caption, &mut out);
                push(credit, &mut out);
            }
        }
        4 => {
            let sentence = pick(0);
            let n = (3 + (h >> 6) as usize % 6).min(sentence.len() - 1);
            let heading = sentence[..n].join(" ");
            push(
                heading.trim_end_matches(|c: char| c.is_ascii_punctuation()),
                &mut out,
            );
            if (h >> 10) & 1 == 1 {
                push(&sentence.join(" "), &mut out);
            }
        }
        5 => {
            let n = 3 + (h >> 6) as usize % 8;
            let title = if (h >> 14) % 4 == 0 && !headlines.is_empty() {
                Some(headlines[(h >> 16) as usize % headlines.len()].clone())
            } else {
                (0..pool.len().min(4))
                    .find_map(|j| headline_of(pick(j as u64), n, (h >> 10) & 1 == 1))
            };
            push(&title?, &mut out);
        }
        6 => {
            let n = 2 + (h >> 6) as usize % 4;
            let heading = (0..pool.len().min(4)).find_map(|j| subheading_of(pick(j as u64), n));
            push(&heading?, &mut out);
        }
        _ => push(credit, &mut out),
    }
    out.extend(
        words
            .iter()
            .zip(&p.ends)
            .take(body_end)
            .skip(body_start)
            .map(|(w, &end)| (w.to_string(), end)),
    );
    let capitalise = p.text.bytes().any(|b| b.is_ascii_uppercase());
    let mut text = String::with_capacity(p.text.len() + 200);
    let mut after_period = true;
    for (w, _) in &out {
        if !text.is_empty() {
            text.push(' ');
        }
        let mut chars = w.chars();
        if let Some(c) = chars.next() {
            if capitalise && after_period {
                text.extend(c.to_uppercase());
            } else {
                text.extend(c.to_lowercase());
            }
            text.push_str(chars.as_str());
        }
        after_period = w.ends_with('.');
    }
    Some(Projected {
        text,
        ends: out.iter().map(|&(_, end)| end).collect(),
        known: None,
    })
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

    /// A short article (a heading, four sentences) projected in the capitalised style.
    fn storm_warning() -> Projected {
        let text = "Storm Warning\n\nThe river rose on Monday. Police in the town said the water \
                    was still rising fast. The old bridge over the river was closed at noon. \
                    Residents of the low streets were told to leave their homes tonight.";
        let segments = crate::sentences::split(text, Lexicon::default_ref());
        project(text, &segments, true)
    }

    #[test]
    fn furniture_goes_before_the_text_as_segments_of_its_own() {
        let p = storm_warning();
        let places = vec!["atlantis".to_string()];
        let mut seen = [false; 4];
        for n in 0..40 {
            for kind in 0..FURNITURE_KINDS {
                let f =
                    with_furniture(&p, &format!("a{n}"), kind, &places, &[]).expect("a sentence");
                assert_eq!(f.text.split(' ').count(), f.ends.len());
                assert!(f.text.ends_with("tonight."), "{}", f.text);
                // A capital after every `.`, none elsewhere.
                let words: Vec<&str> = f.text.split(' ').collect();
                for pair in words.windows(2) {
                    if !pair[1].starts_with(char::is_alphabetic) {
                        continue;
                    }
                    let capital = pair[1].starts_with(char::is_uppercase);
                    assert_eq!(capital, pair[0].ends_with('.'), "{}", f.text);
                }
                let added = f.ends.len() - p.ends.len();
                assert!(f.ends.iter().filter(|&&e| e).count() > 4, "{}", f.text);
                seen[0] |= f.text.starts_with("Story highlights ");
                seen[1] |= f.text.contains(" ( cnn ) ")
                    || f.text.contains(" ( ap ) ")
                    || f.text.contains(" ( reuters ) ");
                seen[2] |= kind == 2 && added <= 4;
                seen[3] |= kind > 0 && f.text.starts_with("Storm warning");
            }
        }
        assert!(seen.iter().all(|&s| s), "{seen:?}");
    }

    #[test]
    fn a_heading_is_a_segment_and_is_sometimes_repeated() {
        let p = storm_warning();
        let (mut repeated, mut alone) = (false, false);
        for n in 0..40 {
            let f = with_furniture(&p, &format!("h{n}"), 4, &[], &[]).expect("a sentence");
            let words: Vec<&str> = f.text.split(' ').collect();
            assert_eq!(words.len(), f.ends.len());
            let segments = |text: &str, ends: &[bool]| {
                let mut out = vec![String::new()];
                for (w, &end) in text.split(' ').zip(ends) {
                    let last = out.last_mut().expect("a segment");
                    if !last.is_empty() {
                        last.push(' ');
                    }
                    last.push_str(&w.to_lowercase());
                    if end {
                        out.push(String::new());
                    }
                }
                out
            };
            let original = segments(&p.text, &p.ends);
            let copy = segments(&f.text, &f.ends);
            // The heading: the one segment the article does not have.
            let new: Vec<usize> = (0..copy.len())
                .filter(|&k| !copy[k].is_empty() && !original.contains(&copy[k]))
                .collect();
            assert_eq!(new.len(), 1, "{}", f.text);
            let heading = &copy[new[0]];
            let n = heading.split(' ').count();
            assert!((3..=8).contains(&n), "{}", f.text);
            assert!(!heading.ends_with(|c: char| c.is_ascii_punctuation()));
            match copy.get(new[0] + 1) {
                Some(next) if next.starts_with(&format!("{heading} ")) => repeated = true,
                _ => alone = true,
            }
        }
        assert!(repeated && alone);
    }

    #[test]
    fn headings_are_unpunctuated_segments_of_plain_words() {
        let text =
            "Ferry Strike Ends After Four Days\n\nBy Ann Lee Smith Jones\n\nThe ferries ran \
                    again on Monday. Harbour Staff Back At Work, Union Says\n\nIt was calm.";
        let segments = crate::sentences::split(text, Lexicon::default_ref());
        let p = project(text, &segments, true);
        assert_eq!(
            headings(&p),
            [
                "ferry strike ends after four days",
                "harbour staff back at work, union says"
            ]
        );
    }

    fn words(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }

    #[test]
    fn headlines_keep_the_first_clause_and_close_the_phrase() {
        let s = words("The old bridge over the river was closed at noon, police said.");
        assert_eq!(
            headline_of(&s, 10, false).as_deref(),
            Some("old bridge over the river was closed at noon")
        );
        assert_eq!(
            headline_of(&s, 10, true).as_deref(),
            Some("old bridge over river closed at noon")
        );
        // Cut to three words, then back to a word that closes a phrase.
        assert_eq!(headline_of(&s, 3, true).as_deref(), Some("old bridge"));
        let said = words("The mayor said the ferries would run again on Monday.");
        assert_eq!(
            headline_of(&said, 8, true).as_deref(),
            Some("mayor says ferries would run again on monday")
        );
        assert_eq!(headline_of(&words("\" yes, \" she said."), 6, true), None);
    }

    #[test]
    fn subheadings_are_short_noun_phrases() {
        let s = words("Residents of the low streets were told to leave their homes.");
        assert_eq!(subheading_of(&s, 5).as_deref(), Some("low streets"));
        // A possessive does not close the phrase.
        let s = words("Crowds cheered the mayor's brave words.");
        assert_eq!(headline_of(&s, 3, true).as_deref(), Some("crowds cheered"));
        let s = words("Heavy rain and strong winds hit the coast on Monday.");
        assert_eq!(subheading_of(&s, 5).as_deref(), Some("coast on monday"));
    }

    #[test]
    fn a_title_replaces_the_articles_own_and_a_subheading_follows_a_sentence() {
        let p = storm_warning();
        for n in 0..20 {
            let title = with_furniture(&p, &format!("t{n}"), 5, &[], &[]).expect("a title");
            let ws: Vec<&str> = title.text.split(' ').collect();
            // The article's own title is gone; the first sentence follows the new one.
            assert!(!title.text.to_lowercase().starts_with("storm warning"));
            let first_end = title.ends.iter().position(|&e| e).expect("an end");
            assert_eq!(ws.get(first_end + 1), Some(&"the"), "{}", title.text);
            let sub = with_furniture(&p, &format!("s{n}"), 6, &[], &[]).expect("a heading");
            let ws: Vec<&str> = sub.text.split(' ').collect();
            let ends: Vec<usize> = (0..ws.len()).filter(|&k| sub.ends[k]).collect();
            // Some segment ends without a mark after a sentence's `.`.
            assert!(
                ends.windows(2).any(|e| ws[e[0]].ends_with('.')
                    && ws[e[1]].bytes().all(|b| b.is_ascii_alphabetic())),
                "{}",
                sub.text
            );
        }
    }

    #[test]
    fn wholly_lowercase_variant() {
        let segments = crate::sentences::split("One. Two.", Lexicon::default_ref());
        assert_eq!(project("One. Two.", &segments, false).text, "one. two.");
    }
}
