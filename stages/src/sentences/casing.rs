//! Tells normally cased text from lowercased text (as in the bulk corpus, where only
//! sentence starts keep a capital). In lowercased text a capital after a dot is the
//! preprocessor's guess, not the writer's, and names give no capitals to lean on.

use super::token::{is_closer, is_terminal};

/// Words looked at, at most: the style shows in the first few hundred.
const SAMPLE: usize = 2000;
/// Fewer mid-sentence words than this tell nothing either way.
const MIN_WORDS: usize = 15;

/// Whether `text` is lowercased: of the words that follow a word without terminal
/// punctuation (so are not sentence starts), fewer than one in fifty is capitalised.
/// Normally cased news has one in ten or more (names, places, titles).
pub fn is_lowercased(text: &str) -> bool {
    let mut mid = 0usize;
    let mut capitalised = 0usize;
    for line in text.split('\n') {
        let mut after_end = true;
        for word in line.split(' ').filter(|w| !w.is_empty()).take(SAMPLE) {
            let ends = word
                .trim_end_matches(is_closer)
                .ends_with(is_terminal);
            if !after_end {
                if let Some(c) = word.chars().find(|c| c.is_alphanumeric()) {
                    if c.is_alphabetic() {
                        mid += 1;
                        capitalised += usize::from(c.is_uppercase());
                    }
                }
            }
            after_end = ends;
            if mid >= SAMPLE {
                break;
            }
        }
        if mid >= SAMPLE {
            break;
        }
    }
    mid >= MIN_WORDS && capitalised * 50 < mid
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercased_text_is_recognised() {
        let text = "the mayor of springfield said on monday that the new bridge over the \
                    river would open in june. He said the cost had risen to $ 40 million , \
                    more than the city council in springfield had planned for last year.";
        assert!(is_lowercased(text));
    }

    #[test]
    fn normally_cased_text_is_not() {
        let text = "The mayor of Springfield said on Monday that the new bridge over the \
                    Ashby River would open in June. He said the cost had risen to $40 million, \
                    more than the City Council had planned for last year.";
        assert!(!is_lowercased(text));
    }

    #[test]
    fn short_text_is_taken_as_normal() {
        assert!(!is_lowercased("a few words only"));
    }
}
