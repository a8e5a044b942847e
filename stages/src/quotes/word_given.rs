//! Given names that are ordinary words (`hope summers`, `grant rivers`, `bill doe`), read
//! as names where the article itself shows one.
//!
//! The given-name list leaves such words out (`hope to`, `will be`, `mark the`, `grant a`
//! are words), so in lower-cased text the person is not found, and a later `she` or
//! surname has no one to go to. A second list (`word_given_names.tsv`, derived from the
//! census names and the bulk corpus) holds them; a word of it is marked a given name in
//! one place only: where a surname-shaped word follows it, it stands where a name stands
//! (a sentence's or clause's start, after a verb of saying, a title or a role), and one
//! more sign says a name: a verb (of saying or in the past) right after the two words, a
//! title or a role before, a verb of saying before them with the name closed after, a
//! comma and `who` after them, or the next word repeated alone elsewhere in the article as a speaker or subject. A word
//! after the given name that reads as a word (a function word, an ordinary word, a word
//! never in names) is no surname, so `hope to`, `mark the`, `grant a` stay words.

use super::frame::{Frame, Kind};
use super::lexicon::Flags;

/// Marks the words of `f` that stand as a given name of the word-name list.
pub fn mark(f: &mut Frame<'_>) {
    let n = f.tokens.len();
    let mut found = Vec::new();
    // (the list's bound read once, not through its lazy static at each word)
    let longest = crate::lexicon::longest_word_given_name();
    let filter = crate::lexicon::word_given_filter();
    for i in 0..n.saturating_sub(1) {
        let t = &f.tokens[i];
        if t.kind != Kind::Word || t.flags.has(Flags::GIVEN | NOT_NAME) {
            continue;
        }
        // (the cheap tests first: a word of the list is short, and a name needs a word
        // after it that may be a surname; most words have a function word or a mark there)
        let next = &f.tokens[i + 1];
        if t.end() - t.start() > longest
            || next.kind != Kind::Word
            || next.flags.has(NOT_NAME)
            || !filter.may_be(f.word(i).as_bytes())
            || crate::lexicon::word_given_name(f.word(i)).is_none()
        {
            continue;
        }
        if shows_name(f, i) {
            found.push(i);
        }
    }
    for i in found {
        f.tokens[i].flags.0 |= Flags::GIVEN;
    }
}

/// Flags of a word that is no part of a person's name.
const NOT_NAME: u16 = Flags::FUNCTION
    | Flags::CUE
    | Flags::ADVERB
    | Flags::ROLE
    | Flags::TITLE
    | Flags::PRONOUN
    | Flags::MONTH
    | Flags::FURNITURE
    | Flags::DETERMINER
    | Flags::POSSESSIVE
    | Flags::PARTICLE;

/// Whether the word-name at `i` and the word after it read as a person's name.
fn shows_name(f: &Frame<'_>, i: usize) -> bool {
    let next = i + 1;
    if !surname_shaped(f, next) || f.tokens[next].sentence() != f.tokens[i].sentence() {
        return false;
    }
    let before = i.checked_sub(1).map(|p| &f.tokens[p]);
    // `ms. hope summers`, `captain grant rivers`, `analyst mark doe`
    let titled =
        i >= 2 && before.is_some_and(|p| p.is_punct('.')) && f.tokens[i - 2].has(Flags::TITLE);
    let role =
        before.is_some_and(|p| p.has(Flags::TITLE) || p.has(Flags::ROLE) && !plural(f.word(i - 1)));
    if titled || role {
        return true;
    }
    // `, said hope summers .`: after a verb of saying, the name closed by a mark (a
    // generational suffix may come first: `bill doe jr.`).
    let after_cue = before.is_some_and(|p| p.has(Flags::CUE));
    let mut end = next + 1;
    if end < f.tokens.len() && super::people::generational_suffix(f.word(end)) {
        end += 1;
    }
    let closed = f
        .tokens
        .get(end)
        .is_none_or(|t| matches!(t.kind, Kind::Punct(_) | Kind::Break | Kind::Quote(_)));
    if after_cue && closed {
        return true;
    }
    // `the team's captain , hope summers ,`: a role set off by a comma before, the name
    // closed by one after.
    // (after a generational suffix and its stop: `bill doe jr. spoke`)
    let verb = if end > next + 1 && f.tokens.get(end).is_some_and(|t| t.is_punct('.')) {
        end + 1
    } else {
        end
    };
    let comma_after = f.tokens.get(verb).is_some_and(|t| t.is_punct(','));
    if comma_after && super::people::role_before(f, i).is_some() {
        return true;
    }
    if !opens_slot(f, i) {
        return false;
    }
    // `hope summers said`, `grant rivers arrived`: a verb after the two words (the
    // list's words are no verb taking an object and another verb); `but don cheadle,
    // who ...`: a person's relative pronoun after them.
    let who_after = comma_after && f.word_in(verb + 1, &["who"]);
    verb_at(f, verb) || who_after || repeated_alone(f, i, next)
}

/// Whether `i` stands where a clause's subject does: a sentence's or a paragraph's
/// start, after a quotation, a mark of a clause (`,` `;` `:` `(` a dash), or `and`/`but`.
fn opens_slot(f: &Frame<'_>, i: usize) -> bool {
    if i == f.sentence_first(f.tokens[i].sentence()) {
        return true;
    }
    let p = &f.tokens[i - 1];
    match p.kind {
        Kind::Quote(_) | Kind::Break => true,
        Kind::Punct(c) => matches!(c, ',' | ';' | ':' | '(' | '—' | '–' | '-'),
        Kind::Word => f.word_in(i - 1, &["and", "but"]),
    }
}

/// Whether the token at `k` may be a surname: a word of letters (an apostrophe or hyphen
/// inside), not a function word, role or other listed kind, nor a word that cased news
/// writes lowercase or that never stands in a name.
fn surname_shaped(f: &Frame<'_>, k: usize) -> bool {
    let Some(t) = f.tokens.get(k) else {
        return false;
    };
    if t.kind != Kind::Word || t.flags.has(NOT_NAME) {
        return false;
    }
    let w = f.word(k);
    w.chars().count() >= 2
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '’' || c == '-')
        && w.starts_with(char::is_alphabetic)
        && !crate::lexicon::common_word(w)
        && !crate::lexicon::not_surname(w)
        && crate::lexicon::word_given_name(w).is_none()
}

/// Whether the token at `k` is a verb in a subject's reach: a cue, a past form (`used`
/// too), or an auxiliary (`has`, `was`, `will`) before one.
fn verb_at(f: &Frame<'_>, k: usize) -> bool {
    let Some(t) = f.tokens.get(k) else {
        return false;
    };
    if t.kind != Kind::Word {
        return false;
    }
    t.has(Flags::CUE)
        || super::phrases::past_verb(f, k)
        || f.word_in(k, &super::lexicon::AUXILIARIES)
            && (verb_word(f, k + 1)
                || super::phrases::past_form(f, k + 1)
                // (`amber castellanos did not expect`: an auxiliary and its negation)
                || f.word_in(k + 1, &["not", "never"]))
}

/// Whether the token at `k` is a cue word (`said`, `told`).
fn verb_word(f: &Frame<'_>, k: usize) -> bool {
    f.tokens.get(k).is_some_and(|t| t.has(Flags::CUE))
}

/// Whether the word at `k` is written alone elsewhere in the article, not after the
/// word-name at `i`, as a speaker (`" ... , " summers said`, `said summers`) or a
/// sentence's subject before a verb (`summers spoke`).
fn repeated_alone(f: &Frame<'_>, i: usize, k: usize) -> bool {
    let word = f.word(k);
    let lo = k.saturating_sub(400);
    let hi = f.tokens.len().min(k + 400);
    (lo..hi).any(|j| {
        j != k
            && f.tokens[j].kind == Kind::Word
            && f.word(j).eq_ignore_ascii_case(word)
            && !(j > 0 && f.word_in(j - 1, &[f.word(i)]))
            && (verb_word(f, j + 1)
                || j > 0 && verb_word(f, j - 1)
                || j == f.sentence_first(f.tokens[j].sentence()) && verb_at(f, j + 1))
    })
}

/// A plural noun (`officials`), which takes a verb rather than a name after it.
fn plural(word: &str) -> bool {
    word.len() > 3 && super::phrases::ends_as_plural(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str) -> Vec<String> {
        let mut f = Frame::build(text, &[]);
        mark(&mut f);
        (0..f.tokens.len())
            .filter(|&i| f.tokens[i].has(Flags::GIVEN))
            .filter(|&i| crate::lexicon::word_given_name(f.word(i)).is_some())
            .map(|i| f.word(i).to_lowercase())
            .collect()
    }

    #[test]
    fn names_with_evidence() {
        assert_eq!(marked("grant rivers arrived at the scene ."), ["grant"]);
        assert_eq!(marked("the captain , hope summers , said it ."), ["hope"]);
        assert_eq!(marked("coach hope summers spoke ."), ["hope"]);
        assert_eq!(marked("it was late , said hope summers ."), ["hope"]);
        assert_eq!(
            marked("hope summers spoke to them . later summers said it ."),
            ["hope"]
        );
        assert_eq!(marked("amber voss did not expect to win ."), ["amber"]);
        // the longest word of the list passes the length test too
        assert_eq!(marked("it was late , said crystal summers ."), ["crystal"]);
    }

    #[test]
    fn words_stay_words() {
        assert!(marked("we hope to reopen the bridge .").is_empty());
        assert!(marked("they mark the day with a parade .").is_empty());
        assert!(marked("the council will grant a licence .").is_empty());
        assert!(marked("prices rose sharply on monday .").is_empty());
        assert!(marked("i hope summers said yes .").is_empty());
        assert!(marked("the bill passed the senate .").is_empty());
    }
}
