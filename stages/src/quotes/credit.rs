//! Credit lines: the people who wrote, photographed or drew the piece (`By Ana Roe`,
//! `Illustration by Ana Roe for the Weekly`, `Reporting by Ana Roe; editing by ...`).
//!
//! A credited name is no one the story tells of: neither the subject a later `he` or
//! `she` goes back to nor the running speaker of a quotation without a cue. A name is a
//! credit when `by` opens its sentence right before it, or when a credit noun opens the
//! sentence and `by` follows it. Read on words only, never on capitals, so the same line
//! is found in every casing.

use super::frame::Frame;

/// Nouns that open a credit before `by`.
const CREDIT_NOUNS: &[&str] = &[
    "illustration",
    "illustrations",
    "photo",
    "photos",
    "photograph",
    "photographs",
    "photography",
    "image",
    "images",
    "picture",
    "pictures",
    "graphic",
    "graphics",
    "video",
    "reporting",
    "editing",
    "written",
    "compiled",
    "story",
    "text",
    "words",
];

/// Whether the name whose first token is `at` is credited: `by NAME` opening a
/// sentence, or `CREDIT-NOUN by NAME` (`additional reporting by`) at a sentence's start.
pub fn credited(f: &Frame<'_>, at: usize) -> bool {
    if at == 0 || !f.word_in(at - 1, &["by"]) {
        return false;
    }
    let by = at - 1;
    let opens = |k: usize| f.sentence_first(f.tokens[k].sentence()) == k;
    if opens(by) {
        return true;
    }
    // (`additional reporting by`: one qualifying word before the noun)
    let noun = by.checked_sub(1).filter(|&k| f.word_in(k, CREDIT_NOUNS));
    noun.is_some_and(|k| opens(k) || k > 0 && opens(k - 1) && f.word_in(k - 1, &["additional"]))
}
