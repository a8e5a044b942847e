//! Datelines and credits run into the text they head: `WASHINGTON (AP) — The Senate`,
//! `Seoul (CNN) North Korea`, `LAS VEGAS — Police said`, `(Reuters)` after a
//! sentence. Like title and date lines, they are segments of their own.

use super::lexicon::AbbrevClass;
use super::line::{bare, is_dash, Line};
use super::token::{is_terminal, letters_start, Start};

/// Words a place name may have before its agency tag (`CAPE CANAVERAL, Fla.`).
const MAX_PLACE_WORDS: usize = 6;
/// Words an agency's name may have inside its brackets (`( associated press )`).
const MAX_TAG_WORDS: usize = 4;
/// Words a place may have before a dash (`NEW YORK, N.Y. —`).
pub const MAX_DASH_PLACE_WORDS: usize = 4;

/// Labels that head a photo caption like a dateline but belong to its sentence.
const CAPTION_LABELS: &[&str] = &["FILE", "PHOTO", "PHOTOS", "VIDEO", "AUDIO", "GRAPHIC"];

/// If word `i` closes a bracketed news agency (`(AP)`, `( reuters )`) that heads the
/// segment starting at word `seg`, possibly after a place name, the last word of the
/// dateline: the tag, or the dash after it.
pub fn agency_tag_end(line: &Line<'_>, i: usize, seg: usize) -> Option<usize> {
    if !line.word(i).ends_with(')') {
        return None;
    }
    let open = (seg..=i)
        .rev()
        .take(MAX_TAG_WORDS + 2)
        .find(|&k| line.word(k).starts_with('('))?;
    let next = i + 1;
    if next >= line.len() || !is_place(line, seg, open) {
        return None;
    }
    let dash = is_dash(line.word(next));
    // Before a dash any short source stands as a dateline's (`CHICAGO (WXYZ) —`).
    if dash && (is_agency_group(line, open, i) || is_short_source(line, open, i)) {
        return Some(next);
    }
    if !is_agency_group(line, open, i) {
        return None;
    }
    let credit_alone = open == seg;
    let heads_text =
        line.lowercased || matches!(letters_start(line.word(next)), Start::Upper | Start::Digit);
    (credit_alone || heads_text).then_some(i)
}

/// If word `i` is the dash of a dateline without agency at the start of the line
/// (`LAS VEGAS —`, `SPOKANE, Wash. -`), that word. In normally cased text the place
/// is in capitals or is `City, State`; in lowercased text, where case tells nothing,
/// only the first line of the text is looked at and the place must hold no function
/// word (`the drug — a new one` is no dateline).
pub fn dash_dateline_end(line: &Line<'_>, i: usize, seg: usize) -> Option<usize> {
    if seg != 0 || i == 0 || i > MAX_DASH_PLACE_WORDS || i + 1 >= line.len() {
        return None;
    }
    if !is_dash(line.word(i)) {
        return None;
    }
    let first = line.word(0).trim_end_matches(',');
    if CAPTION_LABELS.contains(&first) {
        return None;
    }
    let no_sentence_end = (0..i).all(|k| !ends_sentence(line, line.word(k)));
    let place = if line.lowercased {
        line.opens_text && (0..i).all(|k| !line.lex.is_starter(bare(line.word(k))))
    } else {
        let all_caps = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !first.chars().any(char::is_lowercase);
        let city_state = line.word(0).ends_with(',') || (1..i).any(|k| line.word(k).ends_with(','));
        (all_caps || city_state)
            && (0..i).all(|k| !matches!(letters_start(line.word(k)), Start::Lower))
    };
    (place && no_sentence_end).then_some(i)
}

/// If word `i` opens a lowercased text with places or credits joined by slashes and
/// no agency tag after them (`Gaza/jerusalem hamas said`, `Kyodo/reuters japan`),
/// that word. (`Seoul/washington ( reuters ) -` is left to [`agency_tag_end`].) A
/// credit whose last name is `images` (`Afp/getty images`) keeps that word.
pub fn slash_dateline_end(line: &Line<'_>, i: usize, seg: usize) -> Option<usize> {
    if i != 0 || seg != 0 || !line.lowercased || !line.opens_text || line.len() < 3 {
        return None;
    }
    let word = line.word(0);
    let mut parts = word.split('/');
    let joined = parts.clone().count() >= 2
        && parts.all(|p| p.len() >= 2 && p.chars().all(|c| c.is_ascii_alphabetic()));
    if !joined {
        return None;
    }
    let agency_ahead =
        (1..line.len().min(MAX_PLACE_WORDS + 2)).any(|k| line.word(k).starts_with('('));
    let place_goes_on = (1..line.len().min(3)).any(|k| line.word(k).ends_with(','));
    if agency_ahead || place_goes_on || letters_start(line.word(1)) != Start::Lower {
        return None;
    }
    Some(if line.word(1) == "images" { 1 } else { 0 })
}

/// Whether the bracket group starting at word `open` names an agency or is a photo
/// credit (`(Jane Doe/Getty Images)`).
pub fn is_credit_at(line: &Line<'_>, open: usize) -> bool {
    if !line.word(open).starts_with('(') {
        return false;
    }
    let Some(close) = (open..line.len())
        .take(MAX_TAG_WORDS + 2)
        .find(|&k| line.word(k).ends_with(')'))
    else {
        return false;
    };
    is_agency_group(line, open, close) || is_photo_credit(line, open, close)
}

/// `(WXYZ)`, `( news.org )`: one or two words, no digits, short.
fn is_short_source(line: &Line<'_>, open: usize, close: usize) -> bool {
    let words = close + 1 - open;
    let bytes: usize = (open..=close).map(|k| line.word(k).len()).sum();
    words <= 4
        && bytes <= 20
        && (open..=close).all(|k| !line.word(k).bytes().any(|b| b.is_ascii_digit()))
}

/// Whether words `open..=close` are `(name)` for an agency's name, in any spacing.
fn is_agency_group(line: &Line<'_>, open: usize, close: usize) -> bool {
    if close + 1 - open > MAX_TAG_WORDS + 2 {
        return false;
    }
    let mut name = [0u8; 48];
    let mut len = 0;
    for k in open..=close {
        let w = line.word(k).trim_start_matches('(').trim_end_matches(')');
        if w.is_empty() {
            continue;
        }
        let sep = usize::from(len > 0);
        if len + sep + w.len() > name.len() {
            return false;
        }
        if sep == 1 {
            name[len] = b' ';
        }
        name[len + sep..len + sep + w.len()].copy_from_slice(w.as_bytes());
        len += sep + w.len();
    }
    std::str::from_utf8(&name[..len]).is_ok_and(|n| line.lex.is_agency(n))
}

/// `(Jane Doe/Getty Images)`: capitalised words around a slash, no sentence inside.
fn is_photo_credit(line: &Line<'_>, open: usize, close: usize) -> bool {
    let has_slash = (open..=close).any(|k| line.word(k).contains('/'));
    has_slash
        && (open..=close).all(|k| {
            let w = line.word(k);
            !matches!(letters_start(w), Start::Lower)
                && !w.trim_end_matches(')').ends_with(is_terminal)
        })
}

/// Whether words `seg..open` can be the place of a dateline: few, none ending a
/// sentence, and capitalised in normally cased text (`Rio de Janeiro` allowed).
fn is_place(line: &Line<'_>, seg: usize, open: usize) -> bool {
    if open - seg > MAX_PLACE_WORDS {
        return false;
    }
    (seg..open).all(|k| {
        let w = line.word(k);
        let cased = if line.lowercased {
            !line.lex.is_starter(bare(w))
        } else {
            !matches!(letters_start(w), Start::Lower) || w.len() <= 3
        };
        cased && !ends_sentence(line, w)
    })
}

/// Whether `word` ends in terminal punctuation that is not an abbreviation's dot.
fn ends_sentence(line: &Line<'_>, word: &str) -> bool {
    let w = word.trim_end_matches(',');
    let Some(body) = w.strip_suffix('.') else {
        return w.ends_with(is_terminal);
    };
    !matches!(
        line.lex.abbreviation(body, line.lowercased),
        Some(AbbrevClass::General | AbbrevClass::BeforeName | AbbrevClass::BeforeNumber)
    ) && !body.contains('.')
}

#[cfg(test)]
mod tests {
    use super::super::line::with_line;
    use super::*;

    #[test]
    fn agency_dateline_ends_after_its_dash() {
        with_line("ASHFORD, Ky. (AP) — A dog was found.", false, |l| {
            assert_eq!(agency_tag_end(l, 2, 0), Some(3));
        });
        with_line("Dayton (WXYZ) -- A bridge closed.", false, |l| {
            assert_eq!(agency_tag_end(l, 1, 0), Some(2));
        });
        with_line("Lisbon (CNN) The bridge closed.", false, |l| {
            assert_eq!(agency_tag_end(l, 1, 0), Some(1));
        });
        with_line(
            "lisbon , portugal ( reuters ) the bridge closed.",
            true,
            |l| {
                assert_eq!(agency_tag_end(l, 5, 0), Some(5));
            },
        );
    }

    #[test]
    fn an_acronym_in_brackets_mid_sentence_is_no_dateline() {
        with_line(
            "The Springfield Broadcasting Company (AP) said no.",
            false,
            |l| {
                assert_eq!(agency_tag_end(l, 4, 0), None);
            },
        );
        with_line("He told the agency (AP) that it was over.", false, |l| {
            assert_eq!(agency_tag_end(l, 4, 0), None);
        });
    }

    #[test]
    fn dash_dateline_needs_a_capitalised_place_at_line_start() {
        with_line("EAST LANSING, Mich. — The team won.", false, |l| {
            assert_eq!(dash_dateline_end(l, 3, 0), Some(3));
        });
        with_line("FILE - A crowd gathers.", false, |l| {
            assert_eq!(dash_dateline_end(l, 1, 0), None);
        });
        with_line("The drug — a new one — works.", false, |l| {
            assert_eq!(dash_dateline_end(l, 2, 0), None);
        });
        with_line("Salem, Ore. — A bridge fell.", false, |l| {
            assert_eq!(dash_dateline_end(l, 2, 0), Some(2));
        });
        with_line("Salem, ore. -- a bridge fell.", true, |l| {
            assert_eq!(dash_dateline_end(l, 2, 0), Some(2));
        });
        with_line("The drug -- a new one -- works.", true, |l| {
            assert_eq!(dash_dateline_end(l, 2, 0), None);
        });
    }

    #[test]
    fn slash_joined_places_open_lowercased_text() {
        with_line("Lima/quito the two governments agreed.", true, |l| {
            assert_eq!(slash_dateline_end(l, 0, 0), Some(0));
        });
        with_line("Wire/getty images the crowd grew.", true, |l| {
            assert_eq!(slash_dateline_end(l, 0, 0), Some(1));
        });
        with_line(
            "Lima/quito ( reuters ) - the two governments agreed.",
            true,
            |l| {
                assert_eq!(slash_dateline_end(l, 0, 0), None);
            },
        );
        with_line("Lima/quito the two governments agreed.", false, |l| {
            assert_eq!(slash_dateline_end(l, 0, 0), None);
        });
    }

    #[test]
    fn credits_in_brackets() {
        with_line("(Jane Roe/Wire Photos) next", false, |l| {
            assert!(is_credit_at(l, 0));
        });
        with_line("( associated press ) next", true, |l| {
            assert!(is_credit_at(l, 0));
        });
        with_line("(see below) next", false, |l| {
            assert!(!is_credit_at(l, 0));
        });
    }
}
