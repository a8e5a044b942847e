//! An attribution after a quotation (`"Why?" Herman asks.`, `"Run!" shouted the
//! guard.`) belongs to the quotation's sentence even though it starts with a capital.

use super::lexicon::AbbrevClass;
use super::line::{bare, Line};
use super::token::{is_closer, is_opener, is_terminal, letters_start, Start};

/// Words of a speaker's name or description before the verb, at most.
const MAX_SUBJECT_WORDS: usize = 4;
/// Words after the verb before the attribution's clause ends, at most.
const WORDS_AFTER_VERB: usize = 2;

const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "you", "it", "one"];

/// Whether the words from `j` on read as an attribution: a speech verb, either first
/// (`asked the guard`) or after a short subject of names or a pronoun (`Herman says`,
/// `Mr. Smith added`).
pub fn follows(line: &Line<'_>, j: usize) -> bool {
    let lex = line.lex;
    for k in j..(j + MAX_SUBJECT_WORDS + 1).min(line.len()) {
        let word = line.word(k);
        let w = bare(word);
        if lex.is_speech_verb(w) {
            return clause_ends_soon(line, k);
        }
        if k == j + MAX_SUBJECT_WORDS || !subject_word(line, word, w) {
            return false;
        }
    }
    false
}

/// An attribution is short: its clause ends within a few words of the verb
/// (`said the mayor.`, `told reporters on Monday,`), where a new sentence goes on
/// (`the council said it would appeal the ruling.`).
fn clause_ends_soon(line: &Line<'_>, verb: usize) -> bool {
    (verb..verb + WORDS_AFTER_VERB + 1).any(|k| {
        k + 1 >= line.len() || {
            let w = line.word(k).trim_end_matches(is_closer);
            w.ends_with(is_terminal) || w.ends_with([',', ';', ':'])
        }
    })
}

fn subject_word(line: &Line<'_>, word: &str, w: &str) -> bool {
    if w.is_empty() {
        return false;
    }
    // A subject runs up to its verb: punctuation after a word ends it, except the dot
    // of a title (`Mr.`).
    if word.trim_start_matches(is_opener) != w {
        let title = word.strip_suffix('.').is_some_and(|b| {
            line.lex.abbreviation(b, line.lowercased) == Some(AbbrevClass::BeforeName)
        });
        if !title {
            return false;
        }
    }
    if PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(w)) {
        return true;
    }
    match letters_start(w) {
        Start::Upper => true,
        // In lowercased text names have lost their capitals.
        Start::Lower => line.lowercased,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::line::with_line;
    use super::*;

    fn attributed(rest: &str) -> bool {
        with_line(rest, false, |line| follows(line, 0))
    }

    #[test]
    fn attributions() {
        assert!(attributed("Marta asks."));
        assert!(attributed("asked the guard."));
        assert!(attributed("Mr. Okafor said, smiling."));
        assert!(attributed("Chief Inspector Lund shouted."));
        assert!(attributed("She wondered aloud."));
    }

    #[test]
    fn new_sentences_are_not_attributions() {
        assert!(!attributed("The city said nothing more."));
        assert!(!attributed("Nobody knows the answer, she said."));
        assert!(!attributed("Then, he said, it stopped."));
        assert!(!attributed("Officials said the road would reopen soon."));
        assert!(!attributed(""));
    }
}
