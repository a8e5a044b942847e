//! Finding the cue of a quotation and the phrase that names its speaker.
//!
//! Patterns, tried in order: after the quotation (`Q, S said` / `Q, said S`), then
//! before it in its frame sentence (`S said: Q`, `S told MPs that ... Q`, `according
//! to S, Q`, `..., adding that ... Q`, `were reported as Q by S`). A quotation with
//! no cue of its own continues the last speaker when it stands as a sentence, or
//! takes the cue of the sentence just before it when it is a fragment.

use super::frame::{Frame, Kind};
use super::lexicon::{CueKind, Flags, PronounKind, LEXICON};
use super::phrases::{
    body_noun_after_determiner, capitalised_inside, classify, cue_word_before_role,
    ends_country_name, np_backward, np_forward, Mention,
};
use crate::number_words;
use std::sync::LazyLock;

/// How a quotation is attributed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attribution {
    /// A cue names the speaker with the phrase at `mention` (token range), if any.
    Cued {
        mention: Option<(usize, usize)>,
        cue: Option<String>,
    },
    /// No cue: the quotation stands as a sentence and continues the last speaker.
    Continues,
    /// Not somebody's words: a name, a title, a scare quote.
    NotSpeech,
}

#[derive(Debug, Clone, Copy)]
pub struct CueMatch {
    pub start: usize,
    /// Last token of the cue (inclusive).
    pub end: usize,
    pub kind: CueKind,
}

/// Whether token `i` opens the link label `continue reading` (`advertisement continue
/// reading the main story`): page furniture, no verb.
pub fn continue_reading(f: &Frame<'_>, i: usize) -> bool {
    f.word_in(i, &["continue"]) && f.word_in(i + 1, &["reading"])
}

/// The cue starting at token `i`, if the word there is used as one.
pub fn cue_at(f: &Frame<'_>, i: usize) -> Option<CueMatch> {
    let t = f.tokens.get(i)?;
    if t.kind == Kind::Word && !t.flags.has(Flags::CUE) {
        return read_cue(f, i);
    }
    // Capitalised inside a sentence it is part of a name (`The Washington Post`).
    if t.kind != Kind::Word || capitalised_inside(f, i) {
        return None;
    }
    // "said state senator ana roe": a cue word right after a cue verb, before a role or
    // a body's noun, opens that phrase; it is no second verb.
    if cue_word_before_role(f, i) {
        return None;
    }
    // After an article or a possessive the word is a noun ("a statement", "his report").
    if let Some(p) = i.checked_sub(1) {
        let pw = f.word(p);
        if f.tokens[p].kind == Kind::Word
            && ["a", "an", "the", "his", "her", "its", "their", "this"]
                .iter()
                .any(|d| d.eq_ignore_ascii_case(pw))
        {
            return None;
        }
    }
    // "the washington post said": a word that is both a cue and a body's noun, after a
    // determiner and one or two words, is the body's noun (the capital says so in
    // cased text, `capitalised_inside`; this is the path without it).
    if t.flags.has(Flags::ORG) && body_noun_after_determiner(f, i) {
        return None;
    }
    let mut buf = [0u8; 32];
    let word = crate::lexicon::lowercase_into(f.word(i), &mut buf)?;
    // "despite claims from acme", "amid reports that": a cue word in `-s` right after
    // a preposition is a plural noun; a verb in `-s` follows its subject.
    if word.ends_with('s') && i > 0 && f.word_in(i - 1, NOUN_PREPOSITIONS) {
        return None;
    }
    // "in nine eastern states", "several reports", "graham's comments": a cue word in
    // `-s` counted or owned is a plural noun (a verb in `-s` agrees with one subject).
    if word.ends_with('s') && counted_or_owned(f, i) {
        return None;
    }
    // "the united states said": a cue word that ends a country's name is that name.
    if ends_country_name(f, i) {
        return None;
    }
    // "story continues below", "article continued below", "advertisement continue reading
    // the main story": page furniture, no cue.
    if f.word_in(i + 1, &["below"]) || continue_reading(f, i) {
        return None;
    }
    // "media reports of chaos", "claims of fraud": a cue word in `-s` before `of` is a
    // plural noun, unless its verb takes `of` (`speaks of`, `warns of`).
    if word.ends_with('s') && f.word_in(i + 1, &["of"]) && !OF_VERBS.contains(&word) {
        return None;
    }
    // "called off the raid": a phrasal verb, no naming.
    let particle = f.word_in(i + 1, &["off", "up", "back", "out", "in"]);
    if particle && word.starts_with("call") {
        return None;
    }
    let mut best: Option<CueMatch> = None;
    for cue in LEXICON.cues(word) {
        let n = cue.rest.len();
        let matches = cue.rest.iter().enumerate().all(|(k, r)| {
            f.tokens
                .get(i + 1 + k)
                .is_some_and(|t| t.kind == Kind::Word && f.word(i + 1 + k).eq_ignore_ascii_case(r))
        });
        // "had continued to receive": a verb of aspect before `to` is no cue.
        let aspect = cue.kind.aspect && f.word_in(i + 1 + n, &["to"]);
        if matches && !aspect && best.is_none_or_shorter(i + n) {
            best = Some(CueMatch {
                start: i,
                end: i + n,
                kind: cue.kind,
            });
        }
    }
    best
}

/// Words besides number words ([`number_words::counts_several`]) that count or pick out
/// several things: a word in `-s` after them, or after them
/// and one describing word, is a plural noun (`two states`, `many angry comments`).
const PLURAL_COUNTS: &[&str] = &[
    "several", "many", "both", "all", "other", "some", "few", "various", "numerous", "multiple",
    "these", "those", "such", "more", "most", "our", "your", "my", "no", "any",
];

/// Contractions of `is` and `has` that look like possessives (`it's`, `he's`).
const NOT_OWNERS: &[&str] = &[
    "it", "he", "she", "that", "what", "there", "here", "who", "where", "this", "let",
];

/// Whether the word at `i` is counted (`nine states`, `50 states`, `several reports`,
/// `nine eastern states`) or, when the form is also a noun, owned by a possessive word
/// (`graham's comments`).
fn counted_or_owned(f: &Frame<'_>, i: usize) -> bool {
    // (`$ 1,500 julio writes`: an amount of money counts nothing)
    let money = |k: usize| k > 0 && matches!(f.tokens[k - 1].kind, Kind::Punct('$' | '£' | '€'));
    let counts = |k: usize| {
        f.tokens[k].kind == Kind::Word
            && (f.word_in(k, PLURAL_COUNTS)
                || number_words::counts_several(&f.word(k).to_lowercase())
                || is_number(f.word(k)) && f.word(k) != "1" && !money(k))
    };
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    // (one describing word between: a plain word, no function word, cue or pronoun)
    let describing = f.tokens[p].kind == Kind::Word
        && !f.tokens[p].has(Flags::FUNCTION)
        && !f.tokens[p].has(Flags::PRONOUN)
        && !f.tokens[p].has(Flags::CUE)
        && !f.tokens[p].has(Flags::ADVERB)
        && !f.tokens[p].has(Flags::GIVEN);
    // (an owner only before a form that is also a noun: `sotheby's says` is a verb)
    let noun = || {
        let mut buf = [0u8; 32];
        crate::lexicon::lowercase_into(f.word(i), &mut buf)
            .is_some_and(|w| LEXICON.cues(w).iter().any(|c| c.kind.noun))
    };
    counts(p) || owner_at(f, p) && noun() || describing && p > 0 && counts(p - 1)
}

/// Whether token `k` is a possessive word (`roe's`, `the council’s`), not a contraction
/// of `is`/`has` (`it's`, `he's`).
fn owner_at(f: &Frame<'_>, k: usize) -> bool {
    let w = f.word(k);
    f.tokens[k].kind == Kind::Word
        && ["'s", "’s"].iter().any(|s| {
            w.strip_suffix(s).is_some_and(|stem| {
                !stem.is_empty() && !NOT_OWNERS.iter().any(|n| n.eq_ignore_ascii_case(stem))
            })
        })
}

/// Whether the cue word at `i` is a noun owned by a possessive word (`mr. roe's tweet
/// was`, `the mayor's claim that`): the singular of a form that is also a plural noun
/// after an owner (a verb after `X's` is a participle: `roe's said`, `roe's tweeted`).
/// Such a noun governs nothing when a verb of saying stands before it in the sentence
/// (`ana ruiz said mr. roe's tweet was "…"`).
fn owned_noun(f: &Frame<'_>, i: usize) -> bool {
    let mut buf = [0u8; 32];
    // (one describing word may stand between: `the council's latest promise was`)
    let describing = |k: usize| {
        let t = &f.tokens[k];
        t.kind == Kind::Word
            && !t.has(
                Flags::FUNCTION
                    | Flags::PRONOUN
                    | Flags::CUE
                    | Flags::ADVERB
                    | Flags::DETERMINER
                    | Flags::POSSESSIVE,
            )
            && !owner_at(f, k)
    };
    let owned = |k: usize| owner_at(f, k) || k > 0 && describing(k) && owner_at(f, k - 1);
    i > 0
        && f.tokens[i].kind == Kind::Word
        && owned(i - 1)
        && crate::lexicon::lowercase_into(f.word(i), &mut buf)
            .is_some_and(|w| !w.ends_with('s') && LEXICON.singular_of_noun(w))
}

/// Prepositions after which a cue word in `-s` is a plural noun (`amid warnings`).
const NOUN_PREPOSITIONS: &[&str] = &[
    "despite",
    "amid",
    "amidst",
    "after",
    "over",
    "about",
    "following",
    "with",
    "without",
    "of",
    "from",
    "against",
    "among",
    "for",
    "on",
    "in",
    "at",
    "under",
    "by",
    "upon",
    "into",
    "through",
    "during",
    "between",
    "across",
    "toward",
    "towards",
    "within",
    "via",
    "throughout",
    "regarding",
    "concerning",
    "to",
    "like",
    "unlike",
];

/// `the statement read: Q`, `Q, the letter reads.`, `a letter from S read, in part, Q`:
/// `read` with no object is a cue (not `read the letter`, nor `signs read “Keep out”`).
/// Not in the cue lexicon, whose other readers take every cue word as a speech verb.
fn read_cue(f: &Frame<'_>, i: usize) -> Option<CueMatch> {
    let w = f.word(i);
    if !(w.eq_ignore_ascii_case("read") || w.eq_ignore_ascii_case("reads")) {
        return None;
    }
    let next = f.tokens.get(i + 1);
    let bare = next.is_none_or(|n| {
        n.is_punct(':') || n.is_punct(',') || n.is_punct('.') || n.kind == Kind::Break
    });
    let in_part = f.word_in(i + 1, &["in"]) && f.word_in(i + 2, &["part"]);
    (bare || in_part || reads_document(f, i)).then_some(CueMatch {
        start: i,
        end: i,
        kind: CueKind::default(),
    })
}

/// `"Q," reads a statement from the council`: `read` right after a quotation, its
/// subject a document put after it (an article, at most two modifiers, the document's
/// noun, then `from` or `by` and its author), which speaks for its author.
fn reads_document(f: &Frame<'_>, i: usize) -> bool {
    let mut k = i;
    while k > 0 && f.tokens[k - 1].kind == Kind::Punct(',') {
        k -= 1;
    }
    let after_quote = k > 0 && matches!(f.tokens[k - 1].kind, Kind::Quote(_));
    if !after_quote || !f.word_in(i + 1, &["a", "an", "the", "its", "their"]) {
        return false;
    }
    // (its author named after `from` or `by`: a bare `read a statement` or `read a
    // tweet that roe deleted` leaves the speaker to the rules that read the article)
    (i + 2..i + 5).any(|j| {
        f.tokens.get(j).is_some_and(|t| t.kind == Kind::Word)
            && (f.word_in(j, DOCUMENTS) || f.word_in(j, AUTHORED))
            && f.word_in(j + 1, &["from", "by"])
    })
}

trait EndsClause {
    fn is_none_or_ends(&self, ends: impl Fn(&super::frame::Token) -> bool) -> bool;
}

impl EndsClause for Option<&super::frame::Token> {
    fn is_none_or_ends(&self, ends: impl Fn(&super::frame::Token) -> bool) -> bool {
        match self {
            None => true,
            Some(t) => ends(t),
        }
    }
}

trait Shorter {
    fn is_none_or_shorter(&self, end: usize) -> bool;
}

impl Shorter for Option<CueMatch> {
    fn is_none_or_shorter(&self, end: usize) -> bool {
        match self {
            None => true,
            Some(c) => c.end < end,
        }
    }
}

fn cue_text(f: &Frame<'_>, c: &CueMatch) -> String {
    f.text[f.tokens[c.start].start()..f.tokens[c.end].end()].to_string()
}

fn sentence_bounds(f: &Frame<'_>, t: usize) -> (usize, usize) {
    f.sentence_range(f.tokens[t].sentence())
}

/// Attributes the quotation at token `t`. `may_tag_after` says whether words after it
/// may be its tag (not when it ends a sentence and a new one starts).
pub fn attribute(f: &Frame<'_>, t: usize, may_tag_after: bool) -> Attribution {
    if may_tag_after && super::selection::stands_alone(f, t) {
        if let Some(a) = after(f, t) {
            return a;
        }
    }
    let (s0, _) = sentence_bounds(f, t);
    if is_name_after(f, t) || is_gloss(f, t) {
        return Attribution::NotSpeech;
    }
    if let Some((c, mention)) = cue_before(f, t, s0) {
        if c.kind.naming && c.end + 1 == t {
            // "what Judge Moss calls “a line in the sand”": a subject after a relative
            // word makes the naming verb someone's words, a fragment of their speech.
            return match mention {
                Some(m) if relative_subject(f, &c, m, s0) => Attribution::Cued {
                    mention: Some(m),
                    cue: Some(cue_text(f, &c)),
                },
                _ => Attribution::NotSpeech,
            };
        }
        // "she was described as an "excellent nurse," the hospital said": a cue before
        // that names no one (a passive without its `by`) leaves the speaker to a tag
        // or an `according to` closing the sentence.
        if mention.is_none() {
            let tag = (may_tag_after && ends_with_comma(f, t))
                .then(|| after(f, t))
                .flatten()
                .or_else(|| according_to_after(f, t))
                .or_else(|| closing_tag(f, t))
                .or_else(|| final_tag(f, t));
            if let Some(a) = tag {
                return a;
            }
        } else if let Some(a) = mention.and_then(|m| tag_over_cue(f, t, may_tag_after, (&c, m))) {
            return a;
        }
        return Attribution::Cued {
            mention,
            cue: Some(cue_text(f, &c)),
        };
    }
    // `involves "highly classified information," Trump said`: a fragment closed by a
    // comma inside the quotation takes the tag after it.
    if may_tag_after && ends_with_comma(f, t) {
        if let Some(a) = after(f, t) {
            return a;
        }
    }
    let stands_alone =
        t == s0 || f.tokens[t - 1].is_punct(':') || (f.tokens[t - 1].is_punct('(') && t - 1 == s0);
    if stands_alone {
        // "the statement made by Ana Ruiz: Q": the author after `by`.
        if t > 0 && f.tokens[t - 1].is_punct(':') {
            if let Some(mention) = statement_by(f, s0, t - 1) {
                return Attribution::Cued {
                    mention: Some(mention),
                    cue: None,
                };
            }
        }
        // "Media caption General Omar Nassif: Q", "Omar Nassif: Q": a name standing
        // alone before the colon, from the sentence's start or a caption marker, is
        // the speaker's label.
        if t > 0 && f.tokens[t - 1].is_punct(':') {
            if let Some(mention) = label_before_colon(f, s0, t - 1) {
                return Attribution::Cued {
                    mention: Some(mention),
                    cue: None,
                };
            }
        }
        // A paragraph ending in a colon introduces the quotation that follows it.
        if t >= 2 && f.tokens[t - 1].kind == Kind::Break && f.tokens[t - 2].is_punct(':') {
            let (p0, _) = sentence_bounds(f, t - 2);
            if let Some((c, mention)) = first_cue(f, p0, t - 1) {
                return Attribution::Cued {
                    mention,
                    cue: Some(cue_text(f, &c)),
                };
            }
        }
        // `"Q1" if we face "Q2," added Roe`: the tag of a later quotation of the sentence.
        if let Some(a) = later_quote_tag(f, t) {
            return a;
        }
        // `"Q" over this period, study author Ana Roe told the paper.`
        if let Some(a) = final_tag(f, t) {
            return a;
        }
        // `"Q." That was how Ana Roe described it`: the next sentence names the speaker.
        if let Some(mention) = super::named_after::speaker_after(f, t) {
            return Attribution::Cued {
                mention: Some(mention),
                cue: None,
            };
        }
        return Attribution::Continues;
    }
    // "was 'listing badly' when it left, according to the harbour master": the source
    // named later in the sentence.
    if let Some(a) = according_to_after(f, t) {
        return a;
    }
    // "will provide Kiev with "enhanced capabilities" to ..., the ministry said on
    // Friday": the tag closing the sentence.
    if let Some(a) = closing_tag(f, t).or_else(|| final_tag(f, t)) {
        return a;
    }
    // A fragment right after a sentence with a cue carries on that reported speech.
    if s0 > 0 {
        let prev = s0 - 1;
        let (p0, _) = sentence_bounds(f, prev);
        let label = f.tokens[t - 1].kind == Kind::Word && f.word(t - 1).eq_ignore_ascii_case("as");
        if f.tokens[prev].kind != Kind::Break && !label {
            if let Some((c, mention)) = cue_before(f, s0, p0) {
                if mention.is_some() && !c.kind.naming {
                    return Attribution::Cued {
                        mention,
                        cue: Some(cue_text(f, &c)),
                    };
                }
            }
        }
    }
    Attribution::NotSpeech
}

/// `the review indicates that "…," Roe said`, `he came out wielding "…," court papers
/// say`: a fragment closed by a comma inside its marks and followed by a tag naming
/// someone is that speaker's words, whatever cue stands before it in the sentence (the
/// tag reports the whole sentence). `according to S` or `S reported` after it is not
/// such a tag: it names where the report came from, and the cue before names who spoke (`Roe told
/// analysts that the odds were "…," according to a person present`).
fn tag_over_cue(
    f: &Frame<'_>,
    t: usize,
    may_tag_after: bool,
    before: (&CueMatch, (usize, usize)),
) -> Option<Attribution> {
    if !may_tag_after || !ends_with_comma(f, t) {
        return None;
    }
    let j = if f.tokens.get(t + 1).is_some_and(|n| n.is_punct(',')) {
        t + 2
    } else {
        t + 1
    };
    if j < f.tokens.len() && cue_at(f, j).is_some_and(|c| c.kind.inverted) {
        return None;
    }
    match after(f, t)? {
        Attribution::Cued {
            mention: Some(m),
            cue,
        } => {
            // `…," insists it is`: a pronoun after the cue opens a clause of its own.
            let pronoun_after =
                m.0 != j && matches!(classify(f, m.0, m.1), Some(Mention::Pronoun(_)));
            // `…," the station reported`: an outlet's report, like `according to`.
            let report = cue.as_deref().is_some_and(|c| {
                c.split_whitespace()
                    .next()
                    .is_some_and(|w| REPORTING.iter().any(|r| w.eq_ignore_ascii_case(r)))
            });
            // (only when the cue before is a finite verb with a subject of its own: not
            // `rather than saying "…," the man said "…"`, `after he said "…," roe admitted`)
            let main_clause = !before.0.kind.participle
                && !matches!(
                    classify(f, before.1 .0, before.1 .1),
                    Some(Mention::Pronoun(_))
                )
                && governs_own_quote(f, t, m, j);
            (!pronoun_after && !report && !main_clause).then_some(Attribution::Cued {
                mention: Some(m),
                cue,
            })
        }
        _ => None,
    }
}

/// Whether the clause after the quotation at `t`, its subject `m` right after the
/// quotation (at `j`), carries a quotation of its own before any comma (`While Roe
/// described it as "Q1," Ruiz dismissed it as "Q2."`): the clause is the sentence's main
/// clause with its own words, not a tag of the quotation before it.
fn governs_own_quote(f: &Frame<'_>, t: usize, m: (usize, usize), j: usize) -> bool {
    if m.0 != j {
        return false;
    }
    let (_, s_end) = sentence_bounds(f, t);
    (m.1 + 1..s_end.min(m.1 + 1 + REACH))
        .take_while(|&i| {
            !f.tokens[i].is_punct(',')
                && !f.tokens[i].is_punct('.')
                && f.tokens[i].kind != Kind::Break
        })
        .any(|i| matches!(f.tokens[i].kind, Kind::Quote(_)))
}

/// Cues of a report passed on by an outlet rather than spoken (`the paper reported`).
const REPORTING: &[&str] = &["report", "reports", "reported", "reporting"];

/// Whether the speaker phrase `m` of the naming cue `c` is the subject of a relative
/// clause (`what S calls`, `which S called`, `that S calls`): a name, or a singular
/// pronoun standing for one (`what he called`, `which it described as`), right before
/// the verb, with a relative word right before it. A plural pronoun is left out: `what
/// they call "…"` is as often everyone's term as somebody's words.
fn relative_subject(f: &Frame<'_>, c: &CueMatch, m: (usize, usize), s0: usize) -> bool {
    if c.kind.participle || m.1 + 1 != c.start || m.0 <= s0 {
        return false;
    }
    let rel = m.0 - 1;
    f.tokens[rel].kind == Kind::Word
        && f.word_in(rel, &["what", "which", "that", "whom"])
        && matches!(
            classify(f, m.0, m.1),
            Some(
                Mention::Name { .. }
                    | Mention::Pronoun(
                        PronounKind::Male | PronounKind::Female | PronounKind::Thing
                    )
            )
        )
}

/// The attribution of the next quotation in the sentence of the one at `t`, when
/// a tag follows that one (`"Q1" if ... "Q2," added Roe.`).
fn later_quote_tag(f: &Frame<'_>, t: usize) -> Option<Attribution> {
    let (_, s_end) = sentence_bounds(f, t);
    let next = (t + 1..s_end.min(t + 1 + REACH))
        .take_while(|&i| f.tokens[i].kind != Kind::Break)
        .find(|&i| matches!(f.tokens[i].kind, Kind::Quote(_)))?;
    match after(f, next)? {
        a @ Attribution::Cued { .. } => Some(a),
        _ => None,
    }
}

/// `a statement (made|released) by S` in `s0..colon`: the phrase after `by`. The
/// statement may be followed by what it is about, when a verb of issuing stands before
/// `by` (`the full statement on the flooding made by S`).
fn statement_by(f: &Frame<'_>, s0: usize, colon: usize) -> Option<(usize, usize)> {
    let floor = s0.max(colon.saturating_sub(REACH));
    let by = (floor..colon)
        .rev()
        .find(|&i| f.tokens[i].kind == Kind::Word && f.word(i).eq_ignore_ascii_case("by"))?;
    let spokes = |i: usize| f.tokens[i].has(Flags::SPOKES);
    let issued = by > floor && f.word_in(by - 1, ISSUES);
    let statement = (by.saturating_sub(3).max(floor)..by).any(spokes)
        || issued
            && (by.saturating_sub(10).max(floor)..by - 1)
                .rev()
                .take_while(|&i| f.tokens[i].kind == Kind::Word)
                .any(spokes);
    if !statement {
        return None;
    }
    let np = np_forward(f, by + 1, colon)?;
    matches!(classify(f, np.0, np.1), Some(Mention::Name { .. })).then_some(np)
}

/// The name that is all of `s0..colon`, or all of it after a caption marker
/// (`media caption general omar nassif :`): a speaker's label.
fn label_before_colon(f: &Frame<'_>, s0: usize, colon: usize) -> Option<(usize, usize)> {
    let np = np_backward(f, colon.checked_sub(1)?, s0)?;
    let alone = np.0 == s0 || f.tokens[np.0 - 1].flags.has(Flags::FURNITURE);
    if alone && matches!(classify(f, np.0, np.1), Some(Mention::Name { .. })) {
        return Some(np);
    }
    name_then_medium(f, s0, colon)
}

/// Where someone's words were published, besides the [`DOCUMENTS`] (`in a post on
/// social media`, `in an interview`), after a name introducing them with a colon.
const MEDIA: &[&str] = &["post", "interview", "speech", "video", "email"];

/// `Ana Ruiz, in a post on social media: Q`: the name opening the sentence, a comma (or
/// none: `Ana Ruiz in an email to staff:`) and an `in` phrase naming where the words
/// appeared, up to the colon.
fn name_then_medium(f: &Frame<'_>, s0: usize, colon: usize) -> Option<(usize, usize)> {
    let np = np_forward(f, s0, colon)?;
    let comma = np.1 + 1;
    let comma = if f.tokens.get(comma).is_some_and(|t| t.is_punct(',')) {
        comma
    } else {
        np.1
    };
    if comma + 3 >= colon || !f.word_in(comma + 1, &["in"]) {
        return None;
    }
    let medium =
        (comma + 2..colon.min(comma + 6)).any(|i| f.word_in(i, MEDIA) || f.word_in(i, DOCUMENTS));
    let plain = (comma + 2..colon)
        .all(|i| f.tokens[i].kind == Kind::Word || f.tokens[i].is_punct(',') && i + 1 == colon);
    (medium && plain && matches!(classify(f, np.0, np.1), Some(Mention::Name { .. }))).then_some(np)
}

/// `according to S` later in the quotation's sentence, before any other quotation.
fn according_to_after(f: &Frame<'_>, t: usize) -> Option<Attribution> {
    let (_, s_end) = sentence_bounds(f, t);
    let end = s_end.min(t + 1 + REACH);
    let c = (t + 1..end)
        .take_while(|&i| !matches!(f.tokens[i].kind, Kind::Quote(_)))
        .find_map(|i| cue_at(f, i).filter(|c| c.kind.inverted))?;
    let np = np_forward(f, c.end + 1, end)?;
    // "Q." according to the police, a man ...: after a quotation closed by its own
    // stop, `according to X,` opens the next sentence (lower-cased text has no capital
    // to tell it).
    if according_opens_next(f, t, &c, np) {
        return None;
    }
    let np = prefer_apposed_name(f, np, end);
    classify(f, np.0, np.1)?;
    Some(Attribution::Cued {
        mention: Some(widen_spokes(f, np, end)),
        cue: Some(cue_text(f, &c)),
    })
}

/// How many tokens may follow the cue of a sentence's closing tag (`said on Friday`,
/// `told reporters in a statement`).
const TAG_TAIL: usize = 8;

/// `..., S said ...` closing the sentence of the fragment at token `t`: after the
/// sentence's last comma, a speaker phrase and a cue with only a short tail after it,
/// and no other quotation between.
fn closing_tag(f: &Frame<'_>, t: usize) -> Option<Attribution> {
    let (_, s_end) = sentence_bounds(f, t);
    let end = s_end.min(t + 1 + REACH);
    let comma = (t + 1..end)
        .take_while(|&i| !matches!(f.tokens[i].kind, Kind::Quote(_) | Kind::Break))
        .filter(|&i| f.tokens[i].is_punct(','))
        .last()?;
    let np = np_forward(f, comma + 1, end)?;
    let c = cue_after_aux(f, np.1 + 1, end)?;
    if c.kind.participle || c.kind.naming || c.kind.inverted || c.kind.passive {
        return None;
    }
    let tail_ends = (c.end + 1..end.min(c.end + 2 + TAG_TAIL))
        .find(|&i| f.tokens[i].kind != Kind::Word)
        .unwrap_or(end);
    let closes = tail_ends >= end
        || f.tokens
            .get(tail_ends)
            .is_some_and(|k| k.is_punct('.') || k.kind == Kind::Break || tail_ends + 1 >= end);
    if !closes || tail_ends > c.end + 1 + TAG_TAIL {
        return None;
    }
    classify(f, np.0, np.1)?;
    let np = prefer_apposed_name(f, np, end);
    Some(Attribution::Cued {
        mention: Some(widen_spokes(f, np, end)),
        cue: Some(cue_text(f, &c)),
    })
}

/// How many tokens may follow the speaker of a sentence's final tag when they open
/// an apposition (`said Dr. Ana Roe, the head of research at the national centre`).
const APPOSITION_TAIL: usize = 16;

/// How many tokens may stand between a quotation and the comma of its sentence's final
/// tag (`"Q" over this period, ...`).
const FINAL_TAG_GAP: usize = 14;

/// `"Q" over this period, study author Ana Roe, of the centre, told the paper.`,
/// `"Q," and the rate rose, said Dr. Ana Roe, its director.`: a quotation with no tag
/// of its own whose sentence ends in one, set off by a comma, speaks with that tag's
/// speaker (the reported speech runs from the quotation to the tag). The tag is read
/// as one right after a quotation is, from each comma in turn; it must close the
/// sentence: after the cue and its speaker, only a short tail or an apposition.
fn final_tag(f: &Frame<'_>, t: usize) -> Option<Attribution> {
    // A quotation closed by its own stop ends its sentence (lower-cased text may not
    // show the break after it).
    if closes_sentence(f, t) || in_noun_phrase(f, t) {
        return None;
    }
    let (_, s_end) = sentence_bounds(f, t);
    let end = s_end.min(t + 1 + REACH);
    if (t + 1..end).any(|i| matches!(f.tokens[i].kind, Kind::Quote(_) | Kind::Break)) {
        return None;
    }
    // The sentence ends within reach, at its own stop or the text's end.
    if end < s_end {
        return None;
    }
    // A term or two in marks is no one's speech for a tag this far away.
    let words = f.text[f.tokens[t].start()..f.tokens[t].end()]
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    if words < 3 {
        return None;
    }
    // The tag's comma comes soon after the quotation: a long stretch between holds a
    // clause of its own (a caption's quotation glued to the news after it).
    (t + 2..end.min(t + 2 + FINAL_TAG_GAP))
        .filter(|&k| f.tokens[k].is_punct(','))
        .find_map(|k| {
            let a = after_from(f, t, k)?;
            let Attribution::Cued {
                mention: Some(m), ..
            } = a
            else {
                return None;
            };
            // `, told the paper`: a cue of telling right after the comma has its speaker
            // before the comma (an apposition's end), not after it; nor is a word in
            // `-ly` a speaker (`, ecstatically told the post`).
            let inverted_telling = cue_at(f, k + 1).is_some_and(|c| c.kind.hearer);
            let adverb = m.0 == m.1 && crate::lexicon::ly_word(f.word(m.0));
            (!inverted_telling && !adverb && closes_with_tag(f, k, m, end)).then_some(a)
        })
}

/// Whether the tag read from the comma at `k`, with its speaker phrase at `m`, closes
/// the sentence ending before `end`: one cue between the comma and the end, then no
/// more than a short tail, or an apposition of the speaker with no cue in it.
fn closes_with_tag(f: &Frame<'_>, k: usize, m: (usize, usize), end: usize) -> bool {
    let Some(c) = (k + 1..end).find_map(|i| cue_at(f, i)) else {
        return false;
    };
    // (`their worst fears were confirmed`: a passive or a participle is no tag)
    let passive =
        c.start > 0 && f.word_in(c.start - 1, &["was", "were", "is", "are", "be", "been"]);
    if c.kind.participle || c.kind.naming || c.kind.passive || passive {
        return false;
    }
    let last = c.end.max(m.1);
    let words = |from: usize| {
        (from..end)
            .filter(|&i| !matches!(f.tokens[i].kind, Kind::Punct('.' | '!' | '?')))
            .count()
    };
    if (last + 1..end).any(|i| cue_at(f, i).is_some()) {
        return false;
    }
    let tail = words(last + 1);
    tail <= TAG_TAIL
        || m.1 > c.end
            && f.tokens.get(m.1 + 1).is_some_and(|p| p.is_punct(','))
            && tail <= APPOSITION_TAIL
}

/// Whether the quotation at token `t` stands inside a noun phrase, after its determiner
/// or owner and at most one word: a name's or a title's marks (`the former "Q" actress`,
/// `its own "Q"`, `his "Q" tour`), no one's words for a tag closing the sentence.
fn in_noun_phrase(f: &Frame<'_>, t: usize) -> bool {
    let opens = |i: usize| {
        f.tokens[i].kind == Kind::Word
            && (f.tokens[i].has(Flags::DETERMINER) || f.tokens[i].has(Flags::POSSESSIVE))
    };
    let plain = |i: usize| {
        let tok = &f.tokens[i];
        tok.kind == Kind::Word && !tok.has(Flags::CUE) && !tok.has(Flags::DETERMINER)
    };
    t >= 1 && opens(t - 1) || t >= 2 && opens(t - 2) && plain(t - 1)
}

/// Whether the quotation at token `t` ends with a comma inside its closing mark.
fn ends_with_comma(f: &Frame<'_>, t: usize) -> bool {
    inner_end(f, t).ends_with(',')
}

/// The quotation at token `t`, its closing marks and spaces trimmed off the end.
fn inner_end<'a>(f: &Frame<'a>, t: usize) -> &'a str {
    let tok = &f.tokens[t];
    f.text[tok.start()..tok.end()]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\''))
}

/// `"X" ("Y")`: a translation or gloss of the quotation before it.
fn is_gloss(f: &Frame<'_>, t: usize) -> bool {
    t >= 2 && f.tokens[t - 1].is_punct('(') && matches!(f.tokens[t - 2].kind, Kind::Quote(_))
}

/// The first cue of the sentence `s0..end` with the phrase naming its speaker: the
/// main clause's, for a sentence that introduces a quotation with a colon.
fn first_cue(f: &Frame<'_>, s0: usize, end: usize) -> Option<(CueMatch, Option<(usize, usize)>)> {
    let s0 = s0.max(end.saturating_sub(REACH));
    (s0..end).find_map(|i| {
        let c = cue_at(f, i)?;
        (c.end < end).then(|| (c, speaker_of(f, &c, s0, end)))
    })
}

/// `known as "X"`: a name, not speech.
fn is_name_after(f: &Frame<'_>, t: usize) -> bool {
    t >= 2
        && f.tokens[t - 1].kind == Kind::Word
        && f.word(t - 1).eq_ignore_ascii_case("as")
        && f.tokens[t - 2].has(Flags::NAMING)
}

/// `Q, S said` or `Q, said S`.
fn after(f: &Frame<'_>, t: usize) -> Option<Attribution> {
    after_from(f, t, t + 1)
}

/// The tag of the quotation at token `t` read from token `j` on: right after the
/// quotation, or from a comma later in its sentence ([`final_tag`]).
fn after_from(f: &Frame<'_>, t: usize, mut j: usize) -> Option<Attribution> {
    let n = f.tokens.len();
    let dash = j < n && f.tokens[j].is_dash();
    if j < n && (f.tokens[j].is_punct(',') || dash) {
        j += 1;
    }
    if j >= n {
        return None;
    }
    let (_, s_end) = sentence_bounds(f, t);
    let ceil = s_end.max(j + 1).min(n);
    // "Q, say officials": a bare form takes a plural subject; before one person's name
    // it is no cue (`" text size - + reset`: page furniture; `" state trooper Ed Roe
    // said`: the name's first word).
    let person_after = |c: &CueMatch| {
        np_forward(f, c.end + 1, ceil)
            .map(|np| cut_of_tail(f, np))
            .filter(|&np| is_person_name(f, np))
    };
    let cue = cue_at(f, j);
    let bare_then_person = cue.filter(|c| c.kind.bare).and_then(|c| person_after(&c));
    if let Some(c) = cue.filter(|_| bare_then_person.is_none()) {
        if c.kind.participle || c.kind.naming {
            return None;
        }
        // (`…" told fox news`: the phrase after `told` is who was told, an outlet or a
        // person, never the speaker, who goes unnamed here; `asked`, `warned` do take
        // theirs after them)
        if c.kind.hearer && f.word_in(c.start, TELLING) {
            return Some(Attribution::Cued {
                mention: None,
                cue: Some(cue_text(f, &c)),
            });
        }
        let np = cut_of_tail(f, np_forward(f, c.end + 1, ceil)?);
        if according_opens_next(f, t, &c, np) {
            return None;
        }
        let np = name_after_joined_role(f, np, ceil).unwrap_or(np);
        let np = prefer_apposed_name(f, np, ceil);
        return Some(Attribution::Cued {
            mention: Some(widen_spokes(f, np, ceil)),
            cue: Some(cue_text(f, &c)),
        });
    }
    if dash {
        if let Some(credit) = credit_after_dash(f, j) {
            return Some(credit);
        }
    }
    let np = match bare_then_person {
        Some(np) => (j, np.1),
        None => cut_of_tail(f, np_forward(f, j, ceil)?),
    };
    let np = name_after_joined_role(f, np, ceil).unwrap_or(np);
    // "Q, the letter read.": `read` is no cue word to end the phrase.
    let np = if np.1 > np.0 && read_cue(f, np.1).is_some() {
        (np.0, np.1 - 1)
    } else {
        np
    };
    let np = extend_of_phrase(f, np, ceil);
    let mut k = np.1 + 1;
    // "Q, Senator Ana Roe (D-Ohio) said": a party label in brackets after the name.
    if f.tokens.get(k).is_some_and(|t| t.is_punct('(')) {
        if let Some(close) = (k + 1..ceil.min(k + 8)).find(|&i| f.tokens[i].is_punct(')')) {
            if cue_after_aux(f, close + 1, ceil).is_some() {
                k = close + 1;
            }
        }
    }
    // "Q, Roe's friend, Ana Ruiz said": the name closing an unclosed apposition.
    if let Some(a) = apposed_name_then_cue(f, k, ceil) {
        return Some(a);
    }
    let c = if let Some(c) = cue_after_of_phrase(f, np, k, ceil) {
        Some(c)
    } else if let Some(c) = cue_after_described_body(f, np, k, ceil) {
        Some(c)
    } else if let Some(c) = cue_after_body_place(f, np, k, ceil) {
        Some(c)
    } else if k < n && f.tokens[k].is_punct(',') {
        // "Q, Roe, a reporter, strategist and supporter, said": the comma the cue follows.
        apposition_ends(f, k, ceil)
            .find_map(|k| cue_after_aux(f, k, ceil))
            .or_else(|| unclosed_apposition_cue(f, np, k, ceil))
    } else {
        cue_after_aux(f, k, ceil)
    };
    let Some(c) = c else {
        return (j <= t + 2).then(|| cut_tag(f, t, np, k)).flatten();
    };
    // "Q," the paper quoted inspector Tomas Andersson as saying: the one quoted speaks.
    if let Some(quoted) = quoted_as_saying(f, &c, ceil) {
        return Some(Attribution::Cued {
            mention: Some(quoted),
            cue: Some(cue_text(f, &c)),
        });
    }
    if c.kind.naming && c.end + 1 < n && f.tokens[c.end + 1].kind != Kind::Word {
        return None;
    }
    if bare_after_one_person(f, np, &c) {
        // "Q, pennsylvania state trooper Ed Roe told": the bare form opens the phrase
        // of the tag's subject.
        let np = (np.0, cut_of_tail(f, np_forward(f, c.end + 1, ceil)?).1);
        let c = cue_after_aux(f, np.1 + 1, ceil).filter(|c| !c.kind.bare)?;
        let named = matches!(classify(f, np.0, np.1), Some(Mention::Name { .. }));
        return named.then(|| Attribution::Cued {
            mention: Some(prefer_apposed_name(f, np, ceil)),
            cue: Some(cue_text(f, &c)),
        });
    }
    // "Q." Police said she had left before: after a quotation closed by a sentence's
    // end, a cue with a reported clause of its own opens the next sentence; it is no tag.
    // (A person named there most often goes on speaking: `"Q." Grande also announced
    // that ...` keeps her as the quotation's speaker.)
    let pronoun = matches!(classify(f, np.0, np.1), Some(Mention::Pronoun(_)));
    if closes_sentence(f, t) && clause_after_cue(f, &c) && !is_person_name(f, np) && !pronoun {
        return None;
    }
    classify(f, np.0, np.1)?;
    // "Q, the lead investigator, Anil Kapoor, told reporters": the apposed name.
    let np = prefer_apposed_name(f, np, ceil);
    Some(Attribution::Cued {
        mention: Some(widen_spokes(f, np, ceil)),
        cue: Some(cue_text(f, &c)),
    })
}

/// `"Q." according to X, ...`: right after a quotation closed by its own stop, an
/// `according to` phrase closed by a comma opens the next sentence.
fn according_opens_next(f: &Frame<'_>, t: usize, c: &CueMatch, np: (usize, usize)) -> bool {
    closes_sentence(f, t)
        && c.start == t + 1
        && c.kind.inverted
        && f.tokens.get(np.1 + 1).is_some_and(|t| t.is_punct(','))
}

/// The verb forms of `X quoted Y as saying`.
const QUOTING: &[&str] = &["quoted", "quotes", "quote"];

/// The participles after `as` in `X quoted Y as saying`.
const AS_SAYING: &[&str] = &["saying", "telling", "writing", "stating"];

/// `quoted Ana Roe as saying`: the person between `quoted` and `as saying` (`telling`,
/// `writing`) is who spoke.
fn quoted_as_saying(f: &Frame<'_>, c: &CueMatch, ceil: usize) -> Option<(usize, usize)> {
    quoted_person(f, c, ceil).map(|(person, _)| person)
}

/// The person of `quoted Ana Roe as saying` (after the cue `c` of `quoted`) and the
/// token before its `as`. One apposition set off by commas may stand around the person
/// (`quoted the governor, Ana Roe, as saying`, `quoted Ana Roe, the governor, as
/// saying`): the name of the two speaks.
fn quoted_person(f: &Frame<'_>, c: &CueMatch, ceil: usize) -> Option<((usize, usize), usize)> {
    if !f.word_in(c.start, QUOTING) {
        return None;
    }
    let np = cut_of_tail(f, np_forward(f, c.end + 1, ceil)?);
    // (over a role's `of` or `for` phrase: `the governor of Tarsk province, Ana Roe,`)
    // (the phrase's words up to a comma, at most five)
    let tail = if f.word_in(np.1 + 1, &["of", "for"]) {
        (np.1 + 2..ceil.min(np.1 + 8))
            .take_while(|&k| f.tokens[k].kind == Kind::Word || f.tokens[k].is_punct(','))
            .find(|&k| f.tokens[k].is_punct(','))
            .map_or(np.1, |k| k - 1)
    } else {
        np.1
    };
    let comma = |k: usize| f.tokens.get(k).is_some_and(|t| t.is_punct(','));
    let apposed = comma(tail + 1)
        .then(|| np_forward(f, tail + 2, ceil))
        .flatten()
        .map(|a| cut_of_tail(f, a))
        .filter(|a| comma(a.1 + 1));
    let end = apposed.map_or(np.1, |a| a.1 + 1);
    if !(f.word_in(end + 1, &["as"]) && f.word_in(end + 2, AS_SAYING)) {
        return None;
    }
    // (a person, named or by a pronoun: `quoted the airport as saying` leaves the
    // speaker to the one quoting)
    let person = |p: (usize, usize)| {
        matches!(
            classify(f, p.0, p.1),
            Some(Mention::Name { org: false, .. } | Mention::Pronoun(_))
        )
    };
    let speaker = match apposed {
        // (the name of the two: `the governor, ana roe,` in any casing)
        Some(a) if person(a) && (!person(np) || is_described(f, np)) => a,
        _ if person(np) => np,
        _ => return None,
    };
    Some((speaker, end))
}

/// Whether the phrase `np` opens with an article or a possessive (`the governor`,
/// `its chief`): a description, even where lower-cased words read as a name.
fn is_described(f: &Frame<'_>, np: (usize, usize)) -> bool {
    f.tokens[np.0].has(Flags::DETERMINER) || f.tokens[np.0].has(Flags::POSSESSIVE)
}

/// `"Q," Ana Roe, the director of the agency's` at the text's end: a quotation closed
/// by a comma announces its tag, and a person's full name right after it, closing the
/// text or opening an apposition, is that tag with its cue cut off (truncated pages).
fn cut_tag(f: &Frame<'_>, t: usize, np: (usize, usize), k: usize) -> Option<Attribution> {
    let n = f.tokens.len();
    let comma_inside = ends_with_comma(f, t);
    let ends = k >= n || f.tokens[k].is_punct(',') && f.word_in(k + 1, &["the", "a", "an"]);
    let Some(Mention::Name {
        words, org: false, ..
    }) = classify(f, np.0, np.1)
    else {
        return None;
    };
    let full = words.len() >= 2 && crate::lexicon::given_name(words[0]).is_some();
    (comma_inside && ends && full).then_some(Attribution::Cued {
        mention: Some(np),
        cue: None,
    })
}

/// `" Q " special report: ...`: a bare cue form (`say`, `report`) agrees with no single
/// person's name right before it (`Roe says`, `officials say`, `Roe would say`), nor
/// with one ordinary word (`special`, `size`), so the two words are no subject and its
/// verb but a heading or a noun phrase.
fn bare_after_one_person(f: &Frame<'_>, np: (usize, usize), c: &CueMatch) -> bool {
    let plural_looking = f.word(np.1).ends_with(['s', 'S']);
    let joined = (np.0..=np.1).any(|i| f.word_in(i, &["and", "&"]));
    c.kind.bare
        && c.start == np.1 + 1
        && !plural_looking
        && !joined
        && (is_person_name(f, np) || np.0 == np.1 && super::phrases::lone_ordinary_word(f, np.0))
}

/// Whether the quotation closing at `t` ends with a sentence's end inside its marks.
fn closes_sentence(f: &Frame<'_>, t: usize) -> bool {
    inner_end(f, t).ends_with(['.', '!', '?'])
}

/// Whether a reported clause starts right after the cue `c`: `that` or a subject
/// pronoun (`said she had left`), or an article opening its subject (`said the girl had
/// left`; not after a cue whose object is the hearer, `told the group`).
/// Also a determiner, a possessive, a quantity or an expletive subject (`said these
/// were`, `confirmed at least one exit was`, `said 12 people`), and after a cue whose
/// object is the hearer, `that` closing the hearer's phrase (`told a local paper that`).
fn clause_after_cue(f: &Frame<'_>, c: &CueMatch) -> bool {
    let k = c.end + 1;
    if f.word_in(k, &["that", "he", "she", "they", "we", "i"]) {
        return true;
    }
    // `said on Tuesday that`, `announced last week that`: a day's or a time's phrase,
    // then `that` (no tag's adjunct is followed by one).
    if dated_that(f, k) {
        return true;
    }
    if c.kind.hearer {
        return hearer_then_that(f, k);
    }
    f.word_in(k, &["the", "a", "an"])
        || f.word_in(k, CLAUSE_OPENERS)
        || f.tokens.get(k).is_some_and(|t| t.kind == Kind::Word) && is_number(f.word(k))
        || f.word_in(k, &["at", "more", "fewer", "less"])
            && f.word_in(k + 1, &["least", "most", "than"])
}

/// Whether a time adverbial naming a day or a span (`on tuesday`, `last week`, `earlier
/// this month`) starts at `k` and `that` follows it.
fn dated_that(f: &Frame<'_>, k: usize) -> bool {
    let n = f.tokens.len();
    let after = skip_time_forward(f, k, n);
    let named = (k..after).any(|i| {
        f.tokens[i].has(Flags::MONTH)
            || f.word_in(
                i,
                &[
                    "week",
                    "month",
                    "year",
                    "yesterday",
                    "today",
                    "morning",
                    "afternoon",
                    "evening",
                    "night",
                ],
            )
    });
    named && f.word_in(after, &["that"])
}

/// Words that open a reported clause's subject right after a cue (never a tag's
/// object or adjunct there): demonstratives, possessives, quantifiers, expletives.
/// (Not `her`, also the object of a cue: `asked her`, `insists her mother ...`.)
const CLAUSE_OPENERS: &[&str] = &[
    "these", "those", "this", "his", "their", "its", "our", "some", "many", "most", "all", "no",
    "several", "both", "it", "there",
];

/// `told a local paper that`: a hearer of a few words, then `that`, before any stop.
fn hearer_then_that(f: &Frame<'_>, k: usize) -> bool {
    let n = f.tokens.len();
    (k + 1..n.min(k + 8))
        .take_while(|&i| f.tokens[i].kind == Kind::Word)
        .any(|i| f.word_in(i, &["that"]))
}

/// `said team leader and school director Fanny Unikel`, `Q, editor and ceo Ana Roe
/// said`: two roles joined by `and`, then the name; the phrase after `and` holds the
/// speaker's name. The first role is a description, or ordinary words that open no
/// name (`anthropologist and study co-author Ana Roe`; not `Roe and Ana Lima`).
fn name_after_joined_role(
    f: &Frame<'_>,
    np: (usize, usize),
    ceil: usize,
) -> Option<(usize, usize)> {
    if !f.word_in(np.1 + 1, &["and"]) {
        return None;
    }
    let role = match classify(f, np.0, np.1)? {
        Mention::Description { .. } => true,
        Mention::Name { org: false, .. } => (np.0..=np.1).all(|i| {
            let t = &f.tokens[i];
            // (`-ist` nouns are people by what they do: `economist`, `anthropologist`)
            let w = f.word(i);
            let agent = w.len() > 5 && w.to_ascii_lowercase().ends_with("ist");
            t.kind != Kind::Word
                || (!t.has(Flags::GIVEN) && (crate::lexicon::common_word(w) || agent))
        }),
        _ => false,
    };
    if !role {
        return None;
    }
    // (a given name in it: not `police and medics said`, `the congressman and gop
    // contender said`)
    let next = cut_of_tail(f, np_forward(f, np.1 + 2, ceil)?);
    // (cased, a capitalised word stands for it)
    let given = (next.0..=next.1)
        .any(|i| f.tokens[i].has(Flags::GIVEN) || !f.lowercase && f.tokens[i].capital);
    (given && is_person_name(f, next)).then_some(next)
}

/// `"Q" — Ana Roe, speaking in Ohio`, `"Q" — Ana Roe (@anaroe) May 2, 2016`: a person's
/// full name after a dash that closes the quotation, closed by punctuation or the text's
/// end, is its credit line (epigraphs, pull quotes, embedded posts).
fn credit_after_dash(f: &Frame<'_>, j: usize) -> Option<Attribution> {
    // (the sentence may end at the quotation: the credit runs to its line's end)
    let ceil = (j..f.tokens.len().min(j + 12))
        .find(|&k| f.tokens[k].kind == Kind::Break)
        .unwrap_or(f.tokens.len().min(j + 12));
    let np = cut_of_tail(f, np_forward(f, j, ceil)?);
    // ("— Ana Roe on her rival, 2012": a preposition may close it too)
    let closed = f
        .tokens
        .get(np.1 + 1)
        .is_none_or(|t| matches!(t.kind, Kind::Punct(_) | Kind::Break | Kind::Quote(_)))
        || f.word_in(
            np.1 + 1,
            &["on", "in", "at", "to", "about", "after", "during"],
        );
    // The phrase opens with the name, a title or role, an article or `former` (not `—
    // despite ho-hum reviews —`).
    let first = &f.tokens[np.0];
    let leads = first.has(Flags::GIVEN)
        || !crate::lexicon::common_word(f.word(np.0))
        || first.has(Flags::ROLE)
        || first.has(Flags::TITLE)
        || first.has(Flags::DETERMINER)
        || f.word_in(np.0, &["former", "late"]);
    let Some(Mention::Name { words, .. }) = classify(f, np.0, np.1).filter(|_| closed && leads)
    else {
        return None;
    };
    // A person's full name (its title or role before it aside: `— coach Ana Roe`): two
    // words or more, opening with a given name or a word that is no ordinary word, none
    // a web address (not `- came`, `— despite ho-hum reviews —`, `- hrc
    // pic.twitter.com`).
    let opens = opens_like_a_name(&words);
    let address = words.iter().any(|w| w.len() > 3 && w.contains('.'));
    if words.len() < 2 || !opens || address {
        return None;
    }
    Some(Attribution::Cued {
        mention: Some(np),
        cue: None,
    })
}

/// `her chief of staff, Tom Waller,`: a description with its `of` (`for`, `at`)
/// phrase, when an apposition follows it.
fn extend_of_phrase(f: &Frame<'_>, np: (usize, usize), ceil: usize) -> (usize, usize) {
    let k = np.1 + 1;
    let opens = f.word_in(k, &["of", "for", "at"]);
    if !opens || !matches!(classify(f, np.0, np.1), Some(Mention::Description { .. })) {
        return np;
    }
    match np_forward(f, k + 1, ceil) {
        Some(tail) if f.tokens.get(tail.1 + 1).is_some_and(|t| t.is_punct(',')) => (np.0, tail.1),
        _ => np,
    }
}

/// `Ana Ruiz of the Museum of Natural History` read as one phrase: the person's name
/// before `of`, `at` or `from`, when that part is a person's name.
fn cut_of_tail(f: &Frame<'_>, np: (usize, usize)) -> (usize, usize) {
    let cut = (np.0 + 1..=np.1)
        .find(|&i| f.word_in(i, &["of", "at", "from"]) || ordinary_after_name(f, np.0, i));
    match cut {
        // Two words at least, the last no role: not `department of ...`.
        Some(i)
            if i >= np.0 + 2
                && !f.tokens[i - 1].has(Flags::ROLE)
                && matches!(
                    classify(f, np.0, i - 1),
                    Some(Mention::Name { org: false, .. })
                ) =>
        {
            (np.0, i - 1)
        }
        _ => np,
    }
}

/// Lower-cased, whether the word at `i` is an ordinary word ([`crate::lexicon::common_word`])
/// right after two or three words that are none, from `first` on, the first of them a
/// given name: it ends the name those
/// words make (`cried mina karimi outside the school`), as a lowercase word after a
/// capitalised name does in cased text. Not before another name word (`dallas county da
/// faith johnson`) nor before a body's noun (`kessler international airport`).
fn ordinary_after_name(f: &Frame<'_>, first: usize, i: usize) -> bool {
    let head = Flags::ROLE | Flags::GROUP | Flags::SPOKES | Flags::ORG | Flags::TITLE;
    let name_word = |k: usize| {
        f.tokens.get(k).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.has(head)
                && !t.has(Flags::FUNCTION)
                && !crate::lexicon::common_word(f.word(k))
        })
    };
    let run = (first..i).rev().take_while(|&k| name_word(k)).count();
    // The name opens with a given name (`mina`), not a rarer noun (`librarian gail`).
    f.lowercase
        && (2..=3).contains(&run)
        && f.tokens[i - run].has(Flags::GIVEN)
        && !f.tokens[i].has(head)
        && crate::lexicon::common_word(f.word(i))
        // "da faith johnson": a name word after it makes it a name's first word.
        && !name_word(i + 1)
        && !f.tokens.get(i + 1).is_some_and(|t| t.has(Flags::ORG))
}

/// `Q, study author Ana Ruiz of the Museum of Natural History wrote`: a person's
/// name, then a phrase opened by `of`, `at` or `from` at `k`, then the cue, with no
/// punctuation between.
fn cue_after_of_phrase(
    f: &Frame<'_>,
    np: (usize, usize),
    k: usize,
    ceil: usize,
) -> Option<CueMatch> {
    let opens = f.word_in(k, &["of", "at", "from"]);
    if !opens {
        return None;
    }
    match classify(f, np.0, np.1) {
        Some(Mention::Name { org: false, .. }) => {}
        _ => return None,
    }
    let usable = |c: CueMatch| (!c.kind.participle && !c.kind.naming).then_some(c);
    let limit = ceil.min(k + 16);
    let mut words = (k + 1..limit).take_while(|&i| f.tokens[i].kind == Kind::Word);
    if let Some(c) = words.find_map(|i| cue_at(f, i).and_then(usable)) {
        return Some(c);
    }
    // "Sen. Jon Roe of South Dakota, told the paper": a stray comma closing the phrase
    // before the verb.
    let end = (k + 1..limit).find(|&i| f.tokens[i].kind != Kind::Word)?;
    (end > k + 1 && f.tokens[end].is_punct(','))
        .then(|| cue_after_aux(f, end + 1, ceil))
        .flatten()
        .and_then(usable)
}

/// `Q, a spokesman for Coast Radio said`, `Q, a lawyer for the family told reporters`:
/// a description, its `for` (`of`, `from`, `at`) phrase at `k`, then the cue. The
/// mention stays the description; [`widen_spokes`] reads the body it speaks for.
fn cue_after_described_body(
    f: &Frame<'_>,
    np: (usize, usize),
    k: usize,
    ceil: usize,
) -> Option<CueMatch> {
    if !f.word_in(k, &["for", "of", "from", "at"])
        || !matches!(classify(f, np.0, np.1), Some(Mention::Description { .. }))
    {
        return None;
    }
    let tail = np_forward(f, k + 1, ceil)?;
    // "a spokeswoman for Tarland Police in Norway said": over the body's place.
    let mut next = tail.1 + 1;
    if f.word_in(next, &["in"]) {
        if let Some(place) = np_forward(f, next + 1, ceil) {
            next = place.1 + 1;
        }
    }
    cue_after_aux(f, next, ceil)
        .filter(|c| !c.kind.participle && !c.kind.naming && !c.kind.inverted)
}

/// `Q, the Norvian Embassy in Lisbon said`, `Q, police in the capital told`: a body's
/// name or noun, an `in` phrase at `k` naming its place (a few words, no verb, in any
/// casing), then the cue. The place locates the body; the body is the subject.
fn cue_after_body_place(
    f: &Frame<'_>,
    np: (usize, usize),
    k: usize,
    ceil: usize,
) -> Option<CueMatch> {
    let body_noun = f.tokens[np.1].has(Flags::ORG) || f.word_in(np.1, SEATS);
    if !f.word_in(k, &["in"]) || !body_noun {
        return None;
    }
    match classify(f, np.0, np.1) {
        Some(Mention::Name { org: true, .. } | Mention::Description { .. }) => {}
        _ => return None,
    }
    let place = np_forward(f, k + 1, ceil)?;
    let short = place.1 - place.0 < PLACE_WORDS
        && (place.0..=place.1)
            .all(|i| f.tokens[i].kind == Kind::Word && !f.tokens[i].has(Flags::PRONOUN));
    if !short {
        return None;
    }
    let next = skip_time_forward(f, place.1 + 1, ceil);
    cue_after_aux(f, next, ceil)
        .filter(|c| !c.kind.participle && !c.kind.naming && !c.kind.inverted)
}

/// A state's offices abroad, named by their place (`the Norvian Embassy in Lisbon`):
/// bodies here, though not marked as such for every reading (`at the embassy` is a
/// place).
const SEATS: &[&str] = &["embassy", "consulate"];

/// How many words a body's place may have (`the Embassy in Lisbon`, `in the capital`,
/// `in New South Wales`).
const PLACE_WORDS: usize = 4;

/// After a comma at `k`, a person's name and at once its cue (`..., Ana Ruiz said`).
fn apposed_name_then_cue(f: &Frame<'_>, k: usize, ceil: usize) -> Option<Attribution> {
    if !f.tokens.get(k).is_some_and(|t| t.is_punct(',')) {
        return None;
    }
    let name = np_forward(f, k + 1, ceil)?;
    let c = cue_after_aux(f, name.1 + 1, ceil)?;
    if c.kind.participle || c.kind.naming || c.kind.inverted {
        return None;
    }
    match classify(f, name.0, name.1) {
        Some(Mention::Name { org: false, .. }) => Some(Attribution::Cued {
            mention: Some(name),
            cue: Some(cue_text(f, &c)),
        }),
        _ => None,
    }
}

/// `Q, Ana Ruiz, the lawyer hired by the family told CNN`: a person's name, a comma at
/// `k` and a description opened by an article or a possessive that runs, unclosed, into
/// the cue.
fn unclosed_apposition_cue(
    f: &Frame<'_>,
    np: (usize, usize),
    k: usize,
    ceil: usize,
) -> Option<CueMatch> {
    let opens = f
        .tokens
        .get(k + 1)
        .is_some_and(|t| t.has(Flags::DETERMINER) || t.has(Flags::POSSESSIVE));
    if !opens
        || !matches!(
            classify(f, np.0, np.1),
            Some(Mention::Name { org: false, .. })
        )
    {
        return None;
    }
    (k + 2..ceil.min(k + 26))
        .take_while(|&i| f.tokens[i].kind == Kind::Word)
        .find_map(|i| cue_at(f, i).filter(|c| !c.kind.participle && !c.kind.naming))
}

/// After a comma at `k`, the token after each comma that may close an apposition
/// (`Diego Grez, a student in Lima, told ...`), nearest first, up to a quotation.
fn apposition_ends<'f>(
    f: &'f Frame<'_>,
    k: usize,
    ceil: usize,
) -> impl Iterator<Item = usize> + 'f {
    let limit = (k + 30).min(ceil);
    (k + 1..limit)
        .take_while(|&i| !matches!(f.tokens[i].kind, Kind::Quote(_)))
        .filter(|&i| f.tokens[i].is_punct(','))
        .map(|i| i + 1)
}

/// The cue at token `k` after any auxiliaries (`has also said`).
fn cue_after_aux(f: &Frame<'_>, mut k: usize, ceil: usize) -> Option<CueMatch> {
    while k < ceil && is_aux(f, k) {
        k += 1;
    }
    cue_at(f, k)
}

fn is_aux(f: &Frame<'_>, i: usize) -> bool {
    let t = &f.tokens[i];
    // A negated auxiliary with a curly apostrophe (`didn’t`) is beyond the lexicon's
    // ASCII keys.
    let negated = || f.word(i).ends_with("n’t");
    // (`trump eventually said`, `ecstatically told`: an adverb in `-ly`, listed or not;
    // not a surname, `mcsally called`)
    t.kind == Kind::Word
        && !t.capital
        && (t.flags.has(Flags::ADVERB) || negated() || crate::lexicon::ly_word(f.word(i)))
}

/// How many tokens a cue may stand from its quotation or its speaker: keeps every scan
/// short on a sentence that never ends.
const REACH: usize = 80;

/// The nearest cue before token `t` in the sentence starting at `s0`, with the phrase
/// naming its speaker.
pub fn cue_before(
    f: &Frame<'_>,
    t: usize,
    s0: usize,
) -> Option<(CueMatch, Option<(usize, usize)>)> {
    let mut i = t;
    let floor = s0.max(t.saturating_sub(REACH));
    while i > floor {
        i -= 1;
        let Some(c) = cue_at(f, i) else {
            continue;
        };
        if c.end >= t {
            continue;
        }
        // "He hopes, the paper reports, to “…”": an outlet's report set off as an aside
        // names where the words were read; the clause it interrupts names who spoke.
        if c.kind.relay {
            if let Some(found) = relay_aside(f, &c, s0, t) {
                return Some(found);
            }
        }
        // "the suspension, said Roe, indicated his “...”": a verb that may have a
        // thing as subject gives way to a cue before it in the sentence.
        if f.word_in(c.start, WEAK_CUES) {
            if let Some(earlier) = cue_before(f, c.start, s0) {
                return Some(earlier);
            }
        }
        // "ana ruiz said mr. roe's tweet was “…”": an owned noun with words of its
        // clause before the quotation gives way to an earlier cue that names a speaker
        // (not `roe's claim that “…”`, `roe's tweet, “…”`: the noun governs those).
        if owned_noun(f, c.start) && !f.word_in(c.end + 1, &["that"]) {
            let words_between = (c.end + 1..t).any(|k| f.tokens[k].kind == Kind::Word);
            if words_between {
                if let Some(earlier) = cue_before(f, c.start, s0).filter(|(_, m)| m.is_some()) {
                    return Some(earlier);
                }
            }
        }
        // "the agency quoted minister Ana Roe as saying: “…”": the one quoted speaks,
        // whichever of the two cues is nearer the quotation.
        if let Some(quoted) = quoted_before(f, &c, s0, t) {
            return Some((c, Some(quoted)));
        }
        let mention = speaker_of(f, &c, s0, t);
        return Some((c, mention));
    }
    None
}

/// How many tokens `quoted` may stand before its `as saying` (the person between).
const QUOTED_REACH: usize = 12;

/// The person quoted by `X quoted Y as saying` before a quotation, where the cue found
/// is `quoted` or the participle of `as saying` (whose own subject would be the one
/// quoting).
fn quoted_before(f: &Frame<'_>, c: &CueMatch, s0: usize, t: usize) -> Option<(usize, usize)> {
    if f.word_in(c.start, QUOTING) {
        return quoted_as_saying(f, c, t);
    }
    if c.start < s0 + 2 || !f.word_in(c.start - 1, &["as"]) || !f.word_in(c.start, AS_SAYING) {
        return None;
    }
    let floor = s0.max(c.start.saturating_sub(QUOTED_REACH));
    (floor..c.start - 1)
        .rev()
        .filter(|&k| f.word_in(k, QUOTING))
        .find_map(|k| {
            let q = cue_at(f, k)?;
            quoted_person(f, &q, t)
                .filter(|&(_, end)| end + 2 == c.start)
                .map(|(person, _)| person)
        })
}

/// The speaker of a quotation after an outlet's report set off as an aside (the relay
/// cue `c`): `S VERB, the paper reports, … “…”` gives a cue of the clause before the
/// aside that names its speaker, else that clause's subject; `as the paper reports, S
/// VERB … “…”` gives the subject after it. Only a subject that may speak (a person's
/// name, a personal pronoun, a role) takes the quotation from the outlet: `the fire,
/// the station reported, was “…”` stays the station's.
fn relay_aside(
    f: &Frame<'_>,
    c: &CueMatch,
    s0: usize,
    t: usize,
) -> Option<(CueMatch, Option<(usize, usize)>)> {
    let close = c.end + 1;
    if close >= t || !f.tokens[close].is_punct(',') {
        return None;
    }
    // The aside opens at a comma or `as` up to [`RELAY_OUTLET`] words before the cue,
    // with only the outlet's words between (`as the city paper's weekly blog reports`).
    let open = (s0..c.start)
        .rev()
        .take(RELAY_OUTLET + 1)
        .find(|&k| f.tokens[k].is_punct(',') || f.word_in(k, &["as"]))?;
    // (`as previously reported` names no outlet: an adverb is no outlet's word)
    let outlet_word = |k: usize| {
        let tk = &f.tokens[k];
        (tk.kind == Kind::Word && !tk.has(Flags::ADVERB)) || tk.is_punct('\'') || tk.is_punct('’')
    };
    if open + 1 == c.start || !(open + 1..c.start).all(outlet_word) {
        return None;
    }
    // The interrupted clause runs on to the quotation: not `…, the agency reports, and
    // — … : “…”`, a new clause or an aside of its own after the outlet.
    let runs_on = !f.word_in(close + 1, &["and", "but", "or"])
        && (close + 1..t).all(|k| !f.tokens[k].is_punct(':') && !f.tokens[k].is_dash());
    if !runs_on {
        return None;
    }
    let subject = if f.tokens[open].is_punct(',') {
        let named = |(e, m): &(CueMatch, Option<(usize, usize)>)| m.is_some() && !e.kind.naming;
        if let Some(found) = cue_before(f, open, s0).filter(named) {
            return Some(found);
        }
        sentence_subject(f, s0, open)?
    } else if f.word_in(open, &["as"])
        && (open == s0 || matches!(f.tokens[open - 1].kind, Kind::Punct(_) | Kind::Break))
    {
        end_before_verb(f, np_forward(f, close + 1, t)?)
    } else {
        return None;
    };
    may_speak_subject(f, subject).then_some((*c, Some(subject)))
}

/// How many words an outlet's phrase in a relay aside may hold.
const RELAY_OUTLET: usize = 7;

/// Whether the phrase `np` may be a speaker's: a person's name, a personal pronoun,
/// or a role (`researchers`, `the coach`); not a thing (`the fire`).
fn may_speak_subject(f: &Frame<'_>, np: (usize, usize)) -> bool {
    match classify(f, np.0, np.1) {
        Some(Mention::Name { org, .. }) => !org,
        Some(Mention::Pronoun(k)) => matches!(
            k,
            PronounKind::Male | PronounKind::Female | PronounKind::Plural
        ),
        Some(Mention::Description { head, .. }) => LEXICON.flags(&head).has(Flags::ROLE),
        None => false,
    }
}

/// How many tokens an aside between dashes may hold (`-- who once worked there --`).
const ASIDE_REACH: usize = 25;

/// Whether token `i` is a dash that sets off an aside: a long dash, or a hyphen
/// standing apart (`--`, ` - `), never one inside a word (`health-care`).
fn aside_dash(f: &Frame<'_>, i: usize) -> bool {
    let t = &f.tokens[i];
    t.is_dash()
        && (!t.is_punct('-')
            || f.text[..t.start()].ends_with([' ', '-'])
            || f.text[t.end()..].starts_with([' ', '-']))
}

/// The first token of the run of dashes (`--`, `- -`) that ends at token `k`, no
/// further back than just after `s0`.
fn dash_run_start(f: &Frame<'_>, k: usize, s0: usize) -> usize {
    let mut i = k;
    while i > s0 && aside_dash(f, i - 1) {
        i -= 1;
    }
    i
}

/// The first token of the aside between dashes that ends at token `k` (`-- who once
/// worked there --`, `— a nurse —`), when one opens within the sentence after `s0`.
fn dash_aside_open(f: &Frame<'_>, k: usize, s0: usize) -> Option<usize> {
    if !aside_dash(f, k) {
        return None;
    }
    let close = dash_run_start(f, k, s0);
    let floor = s0.max(close.saturating_sub(ASIDE_REACH));
    let open = (floor..close).rev().find(|&i| aside_dash(f, i))?;
    let open = dash_run_start(f, open, s0);
    (open > s0 && f.tokens[open - 1].kind == Kind::Word).then_some(open)
}

/// The phrase ending at token `k` when it opens its clause: at the sentence's start,
/// after `but`, `while`, `when` or a colon, or after a comma that closes no name
/// (`speaking in oslo, the envoy`, not `roe, r-utah` nor `at the school in eastby`).
fn subject_opening(f: &Frame<'_>, k: usize, s0: usize) -> Option<(usize, usize)> {
    let np = np_backward(f, k, s0)?;
    classify(f, np.0, np.1)?;
    if np.0 == s0 {
        return Some(np);
    }
    let p = np.0 - 1;
    let opener = f.word_in(p, &SUBJECT_OPENERS) || f.tokens[p].is_punct(':');
    let comma = f.tokens[p].is_punct(',')
        && p > s0
        && !np_backward(f, p - 1, s0)
            .is_some_and(|b| matches!(classify(f, b.0, b.1), Some(Mention::Name { .. })));
    (opener || comma).then_some(np)
}

/// Prepositions before a place's name.
const PLACE_PREPOSITIONS: &[&str] = &["at", "in", "from", "throughout", "across", "near", "of"];

/// Verbs of saying that take `of` (`she speaks of hope`, `he warns of delays`).
const OF_VERBS: &[&str] = &[
    "says",
    "tells",
    "warns",
    "speaks",
    "writes",
    "complains",
    "brags",
];

/// Cues that stand between commas inside a sentence with their speaker after them
/// (`the review, said roe, was …`), from `parenthetical_cues.txt`.
static PARENTHETICAL: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/quotes/parenthetical_cues.txt")).collect()
});

/// Words after which a phrase opens its clause (`but the envoy`), from
/// `subject_openers.txt`.
static SUBJECT_OPENERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::data::lines(include_str!("../../data/quotes/subject_openers.txt")).collect()
});

/// Cues that also report what things show (`the data indicated`): a cue earlier in
/// the sentence is preferred to them.
const WEAK_CUES: &[&str] = &["indicate", "indicates", "indicated", "indicating"];

fn speaker_of(f: &Frame<'_>, c: &CueMatch, s0: usize, t: usize) -> Option<(usize, usize)> {
    let (_, s_end) = sentence_bounds(f, c.start);
    if c.kind.inverted {
        let np = np_forward(f, c.end + 1, t.max(c.end + 1))?;
        // "according to the Foreign Minister, Ana Ruiz, ...": the name after the role.
        let np = prefer_apposed_name(f, np, t.max(c.end + 1));
        return Some(widen_spokes(f, np, s_end));
    }
    if c.kind.participle {
        // "with the hospital saying ...": the phrase between `with` and the participle.
        if let Some(np) = c.start.checked_sub(1).and_then(|k| np_backward(f, k, s0)) {
            let with = np.0 > s0 && f.word(np.0 - 1).eq_ignore_ascii_case("with");
            if with && classify(f, np.0, np.1).is_some() {
                return Some(np);
            }
        }
        // "Declaring he had \"turned the city upside down,\" the governor unveiled ...": a
        // participle opening the sentence hangs on the main clause after its comma.
        // The clause must close with the quotation (a comma inside it or right after it).
        if c.start == s0 && t > c.end {
            let main = if ends_with_comma(f, t) {
                Some(t + 1)
            } else {
                f.tokens
                    .get(t + 1)
                    .filter(|n| n.is_punct(','))
                    .map(|_| t + 2)
            };
            // (`surgeons rebuilt the man's ...`: a verb read into the phrase, before its
            // object; not `mayor ana roe on monday`)
            let object_next = |np: (usize, usize)| {
                f.tokens
                    .get(np.1 + 1)
                    .is_some_and(|t| t.has(Flags::DETERMINER) || t.has(Flags::POSSESSIVE))
            };
            let np = main
                .and_then(|m| np_forward(f, m, s_end))
                .map(|np| {
                    if object_next(np) {
                        end_before_verb(f, np)
                    } else {
                        np
                    }
                })
                .map(|np| cut_of_tail(f, np));
            if let Some(np) = np.filter(|np| classify(f, np.0, np.1).is_some()) {
                return Some(np);
            }
        }
        // The subject of the clause the participle hangs on.
        let mut i = c.start;
        let floor = s0.max(c.start.saturating_sub(REACH));
        while i > floor {
            i -= 1;
            if let Some(p) = cue_at(f, i) {
                if !p.kind.participle && p.end < c.start {
                    // "According to police, he confessed, saying: Q": the participle
                    // hangs on the clause after the source, whose subject speaks.
                    if p.kind.inverted {
                        if let Some(np) = clause_after_source(f, &p, c.start) {
                            return Some(np);
                        }
                    }
                    return speaker_of(f, &p, s0, t);
                }
            }
        }
        // "Its chief, Sarah Kent, explained ..., adding": the name apposed to the subject.
        return sentence_subject(f, s0, c.start).map(|np| prefer_apposed_name(f, np, c.start));
    }
    if c.kind.passive && c.start > s0 && is_be(f, c.start - 1) {
        let by = (c.end + 1..s_end.min(c.end + 1 + REACH))
            .find(|&i| f.tokens[i].kind == Kind::Word && f.word(i).eq_ignore_ascii_case("by"))?;
        return np_forward(f, by + 1, s_end);
    }
    // "..., said Singer, indicated ...": the speaker follows.
    if c.start == s0
        || f.tokens[c.start - 1].is_punct(',')
        || matches!(f.tokens[c.start - 1].kind, Kind::Quote(_))
    {
        if let Some(np) = np_forward(f, c.end + 1, s_end) {
            let after_quote = c
                .start
                .checked_sub(1)
                .and_then(|i| f.tokens.get(i))
                .is_some_and(|t| matches!(t.kind, Kind::Quote(_)));
            let capital = f.tokens[np.0].capital || after_quote;
            // "said Roe, ...", "said Roe also adding ...".
            let next_comma = f.tokens.get(np.1 + 1).is_none_or_ends(|x| {
                x.is_punct(',')
                    || x.is_punct('.')
                    || x.kind == Kind::Break
                    || x.has(Flags::ADVERB) && !x.capital
            });
            // "the review, said roe, was ...": a tag set off by commas on both sides
            // inside its sentence is the same parenthetical without capitals.
            let enclosed = c.start > s0
                && f.word_in(c.start, &PARENTHETICAL)
                && f.tokens[c.start - 1].is_punct(',')
                && f.tokens.get(np.1 + 1).is_some_and(|x| x.is_punct(','));
            if (capital || enclosed)
                && next_comma
                && matches!(classify(f, np.0, np.1), Some(Mention::Name { .. }))
            {
                return Some(np);
            }
        }
    }
    // "\"Q1,\" Mr. Roe said and asked the agency to \"Q2\"": a verb joined to a cue
    // before it shares that cue's subject.
    if c.start > s0 + 1 && f.word_in(c.start - 1, &["and"]) {
        if let Some(p) = cue_at(f, c.start - 2).filter(|p| p.end + 2 == c.start) {
            // (not `at penn state and accused`: a cue word ending a place after a
            // preposition is the place's)
            let placed = p.start > s0
                && np_backward(f, p.start - 1, s0).is_some_and(|np| {
                    f.word_in(np.0, PLACE_PREPOSITIONS)
                        || np.0 > s0 && f.word_in(np.0 - 1, PLACE_PREPOSITIONS)
                });
            if !p.kind.participle && !p.kind.inverted && !placed {
                if let Some(np) = speaker_of(f, &p, s0, t) {
                    return Some(np);
                }
            }
        }
    }
    subject_before(f, c.start, s0)
        .map(|np| widen_spokes(f, np, s_end))
        .or_else(|| sentence_subject(f, s0, c.start))
}

/// The subject of the clause after `according to S,` (`p`), before the participle at
/// `limit`: `he` in `according to police , he confessed , saying`. Lower-cased, the
/// phrase ends before its verb (`dara holt broke down`, `marek sova apologised`).
fn clause_after_source(f: &Frame<'_>, p: &CueMatch, limit: usize) -> Option<(usize, usize)> {
    let source = np_forward(f, p.end + 1, limit)?;
    let comma = source.1 + 1;
    if !f.tokens.get(comma)?.is_punct(',') {
        return None;
    }
    let np = end_before_verb(f, np_forward(f, comma + 1, limit)?);
    // A verb must follow the subject inside the clause.
    let verb = np.1 + 1 < limit && f.tokens[np.1 + 1].kind == Kind::Word;
    (verb && classify(f, np.0, np.1).is_some()).then_some(np)
}

/// Lower-cased, a subject phrase read forwards ends before its verb: after two words,
/// a word before a small word that is no body's, role's, group's or given name
/// (`dana whitlock took to`, `mark oduya issued a`, `lena brauer left the`).
fn end_before_verb(f: &Frame<'_>, np: (usize, usize)) -> (usize, usize) {
    if !f.lowercase {
        return np;
    }
    let small = |k: usize| {
        f.tokens.get(k).is_some_and(|t| {
            t.kind == Kind::Word
                && (t.has(Flags::FUNCTION) || t.has(Flags::DETERMINER) || t.has(Flags::POSSESSIVE))
        })
    };
    let noun = Flags::ORG | Flags::ROLE | Flags::GROUP | Flags::SPOKES | Flags::GIVEN;
    // (`rudolph w. giuliani of new york`: the word after an initial is a surname)
    let surname = |k: usize| k >= 2 && f.initial_at(k - 2);
    // (`ted rowe also admonished`, `ana roe has warned`: an adverb or an auxiliary, then a
    // verb, follow the subject; the surname before them ends it and is no verb. Only a
    // surname after a given name, or after a role and a first name the list lacks
    // (`commissioner bill rowe`): `the elder bush even went`, `a lifelong ballerina has`,
    // `the student's screed was posted` end in no name.)
    let adverb_then_verb = |k: usize| {
        (f.tokens[k - 1].has(Flags::GIVEN)
            || k >= 2
                && f.tokens[k - 2].has(Flags::ROLE | Flags::TITLE)
                // (`editor's pick airbnb has`: an owner's role is no title)
                && !f.word(k - 2).ends_with("'s"))
            && !crate::lexicon::common_word(f.word(k))
            && f.tokens.get(k + 1).is_some_and(|t| t.has(Flags::ADVERB))
            && f.tokens.get(k + 2).is_some_and(|t| {
                t.kind == Kind::Word
                    && !t.has(Flags::FUNCTION)
                    && super::phrases::past_form(f, k + 2)
                    || t.has(Flags::CUE)
            })
    };
    match (np.0 + 2..=np.1)
        .find(|&k| !f.tokens[k].has(noun) && !surname(k) && small(k + 1) && !adverb_then_verb(k))
    {
        Some(k) => (np.0, k - 1),
        None => np,
    }
}

fn is_be(f: &Frame<'_>, i: usize) -> bool {
    f.tokens[i].kind == Kind::Word
        && ["was", "were", "been", "is", "are", "be", "being"]
            .iter()
            .any(|w| f.word(i).eq_ignore_ascii_case(w))
}

/// `Roe, a reporter for the paper said`: a name, a comma and a description with no
/// closing comma before the cue; the name is the subject.
fn unclosed_apposition(f: &Frame<'_>, cue: usize, s0: usize) -> Option<(usize, usize)> {
    let floor = s0.max(cue.saturating_sub(25));
    let comma = (floor..cue).rev().find(|&i| f.tokens[i].is_punct(','))?;
    let det = f.tokens.get(comma + 1)?;
    let opens = det.has(Flags::DETERMINER) && !f.word(comma + 1).eq_ignore_ascii_case("the");
    if !opens || (comma + 1..cue).any(|i| matches!(f.tokens[i].kind, Kind::Quote(_))) {
        return None;
    }
    let np = np_backward(f, comma.checked_sub(1)?, s0)?;
    match classify(f, np.0, np.1) {
        Some(Mention::Name { .. }) if !is_opener(np, s0) => Some(np),
        _ => None,
    }
}

/// The comma opening the relative clause that the shared clause reader
/// ([`crate::clauses`]) closes with the comma at token `k` (`Ana Roe, who …, said`), in
/// the sentence starting at `s0`.
fn relative_closed_at(f: &Frame<'_>, k: usize, s0: usize) -> Option<usize> {
    let (_, s_end) = sentence_bounds(f, k);
    let base = f.tokens.get(s0)?.start();
    let last = f.tokens.get(s_end.checked_sub(1)?)?;
    let text = f.text.get(base..last.end())?;
    let comma = f.tokens[k].start().checked_sub(base)?;
    let clause = crate::clauses::read(text).list.into_iter().find(|c| {
        c.kind == crate::clauses::ClauseKind::Relative
            && c.end <= comma
            && (comma + 1..=comma + 2).contains(&c.outer_end)
    })?;
    let opening = base + clause.outer_start;
    (s0..k).find(|&i| f.tokens[i].start() == opening && f.tokens[i].is_punct(','))
}

/// Whether the phrase `a`, standing right before the relative word at `rel` with no
/// apposition before it, is that clause's antecedent and the sentence's subject, as it
/// would be without the clause: a body's name before `which`, a person's before `who`
/// or `whose`; not a description or a pronoun, nor a preposition's object (`the report
/// by ana roe, which`).
fn relative_antecedent(f: &Frame<'_>, a: (usize, usize), rel: usize, s0: usize) -> bool {
    if a.0 > s0 && f.word_in(a.0 - 1, GOVERNING_PREPOSITIONS) {
        return false;
    }
    let which = f.word_in(rel, &["which"]);
    match classify(f, a.0, a.1) {
        Some(Mention::Name { org, .. }) => org == which,
        // (a description is left to the sentence's subject: `our tipster, who`)
        _ => false,
    }
}

/// Prepositions whose object is no subject.
const GOVERNING_PREPOSITIONS: &[&str] = &[
    "of", "for", "to", "by", "with", "from", "at", "in", "on", "about", "against", "near",
];

/// Whether a word is a number written in digits (`70`, `1,200`).
fn is_number(word: &str) -> bool {
    word.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && word
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// Whether the phrase `np` names a person (not a body).
fn is_person_name(f: &Frame<'_>, np: (usize, usize)) -> bool {
    matches!(
        classify(f, np.0, np.1),
        Some(Mention::Name { org: false, .. })
    )
}

/// `Ana Roe's column, which`: before the comma closing at `which - 1`, a writing
/// ([`WRITINGS`], [`DOCUMENTS`], [`AUTHORED_BY`]) owned by a name in its possessive,
/// at most [`OWNED_WRITING`] words back: the owner's name.
fn writing_owner(f: &Frame<'_>, which: usize, s0: usize) -> Option<(usize, usize)> {
    let head = which
        .checked_sub(2)
        .filter(|&k| k >= s0 && f.tokens[which - 1].is_punct(','))?;
    let writing =
        |k: usize| f.word_in(k, WRITINGS) || f.word_in(k, DOCUMENTS) || f.word_in(k, AUTHORED_BY);
    if !writing(head) {
        return None;
    }
    let floor = s0.max(head.saturating_sub(OWNED_WRITING));
    let owner_end = (floor..head).rev().find(|&k| {
        f.tokens[k].kind == Kind::Word
            && super::frame::strip_possessive(f.word(k)).len() < f.word(k).len()
    })?;
    // (only words between the owner and the writing: `roe's new york times op-ed`)
    if !(owner_end + 1..head).all(|k| f.tokens[k].kind == Kind::Word) {
        return None;
    }
    let np = np_backward(f, owner_end, s0)?;
    matches!(
        classify(f, np.0, np.1),
        Some(Mention::Name { org: false, .. })
    )
    .then_some(np)
}

/// Writings a person puts her name to (`column`, `op-ed`), besides the [`DOCUMENTS`] and
/// [`AUTHORED_BY`].
const WRITINGS: &[&str] = &[
    "column", "op-ed", "oped", "book", "letter", "speech", "report",
];

/// How many words may stand between a writing's owner and the writing.
const OWNED_WRITING: usize = 5;

/// One word opening the sentence before a comma is an opener (`Separately, ...`), not
/// a name set off by an apposition.
fn is_opener(np: (usize, usize), s0: usize) -> bool {
    np.0 == s0 && np.1 == np.0
}

/// The subject phrase just before the cue at token `cue`.
fn subject_before(f: &Frame<'_>, cue: usize, s0: usize) -> Option<(usize, usize)> {
    if let Some(np) = unclosed_apposition(f, cue, s0) {
        return Some(np);
    }
    // "..., Paul Grant, who said", "Paul Grant who also added": the relative
    // pronoun's antecedent (adverbs between `who` and the cue; the comma before `who`
    // may be left out).
    let mut who = cue.saturating_sub(1);
    while who > s0 && f.tokens[who].has(Flags::ADVERB) {
        who -= 1;
    }
    if who >= s0 + 2 && f.word(who).eq_ignore_ascii_case("who") {
        // (without the comma only a person's full name: `local veterans who called`
        // picks out some veterans, no one named)
        let comma = f.tokens[who - 1].is_punct(',');
        let last = if comma {
            who.checked_sub(2)
        } else {
            Some(who - 1)
        };
        if let Some(np) = last
            .filter(|&k| k >= s0)
            .and_then(|k| np_backward(f, k, s0))
        {
            let name = matches!(classify(f, np.0, np.1), Some(Mention::Name { .. }));
            if name && (comma || full_person_name(f, np)) {
                return Some(np);
            }
        }
    }
    // "..., Ana Roe's column, which told readers to": the writing's author, named by
    // her possessive before the relative pronoun, is the subject.
    if who >= s0 + 3 && f.word(who).eq_ignore_ascii_case("which") {
        if let Some(owner) = writing_owner(f, who, s0) {
            return Some(owner);
        }
        // "according to the Westmere Fire Brigade, which said": a body named before `,
        // which` is its antecedent (a thing's name is no speaker: names of bodies only).
        if let Some(body) = body_before_which(f, who, s0) {
            return Some(body);
        }
    }
    // "It was Mark Twain who wrote": a cleft; the phrase it focuses is the subject.
    if let Some(np) = cleft_focus(f, cue, s0) {
        return Some(np);
    }
    let mut k = cue.checked_sub(1)?;
    while k > s0 && is_aux(f, k) {
        k -= 1;
    }
    // "speaker ana roe ( d-ohio ) called": a party label in brackets after the name.
    if f.tokens[k].is_punct(')') {
        let open = (k.saturating_sub(8).max(s0)..k)
            .rev()
            .find(|&i| f.tokens[i].is_punct('('));
        if let Some(open) = open.filter(|&o| o > s0) {
            k = open - 1;
        }
    }
    // "ana roe -- who once worked there -- said", "ana roe — a nurse — said": an aside
    // between dashes; the subject stands before the first one.
    if let Some(np) = dash_aside_open(f, k, s0).and_then(|open| subject_opening(f, open - 1, s0)) {
        return Some(np);
    }
    // "Roe on Wednesday declared ...": the time between subject and verb.
    k = skip_time_back(f, k, s0);
    while k > s0 && is_aux(f, k) {
        k -= 1;
    }
    if k < s0 {
        return None;
    }
    if f.tokens[k].is_punct(',') {
        // "Mary Roe, the council's director, said": skip back over the apposition.
        let floor = s0.max(k.saturating_sub(25));
        // (a relative clause may run longer than an apposition: `Ana Roe, who chairs
        // the residents' association on the estate and has campaigned for new windows
        // on it since 2017, said`; the shared clause reader finds where it opens)
        let mut open = (floor..k)
            .rev()
            .find(|&i| f.tokens[i].is_punct(','))
            .or_else(|| relative_closed_at(f, k, s0))?;
        // (an apposition before a long clause is looked for back from its opening comma)
        let floor = floor.min(s0.max(open.saturating_sub(25)));
        // "Roe, CEO of Acme, which owns Beta, said": a relative clause continues the
        // apposition; its comma is not the one that opens it.
        while f.tokens.get(open + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && ["which", "who", "whose", "where"]
                    .iter()
                    .any(|r| f.word(open + 1).eq_ignore_ascii_case(r))
        }) {
            // "Ana Roe, who wrote the report, told": a person's name right before `who`
            // is its antecedent and the subject; an earlier comma is no part of it.
            let antecedent = open.checked_sub(1).and_then(|e| np_backward(f, e, s0));
            if f.word_in(open + 1, &["who", "whose"]) {
                // (lower-cased, a name the given-name list lacks: `the mayor of oskarby,
                // lennart fjell, who faces …, said` — a name of two words or more apposed
                // between commas)
                // (not a label after a person's own name: `sen. ana roe, r-dover, who`)
                let apposed = |a: (usize, usize)| {
                    a.1 > a.0
                        && a.0 > s0 + 1
                        && f.tokens[a.0 - 1].is_punct(',')
                        && is_person_name(f, a)
                        && !np_backward(f, a.0 - 2, s0).is_some_and(|p| full_person_name(f, p))
                };
                if let Some(a) = antecedent.filter(|a| full_person_name(f, *a) || apposed(*a)) {
                    return Some(a);
                }
            }
            match (floor..open).rev().find(|&i| f.tokens[i].is_punct(',')) {
                Some(earlier) => open = earlier,
                // "the wexmoor symphony orchestra, which cancelled …, said": no apposition
                // before the clause; a name right before it (a body's before `which`, a
                // person's before `who`), not a preposition's object, is the subject.
                None => return antecedent.filter(|a| relative_antecedent(f, *a, open + 1, s0)),
            }
        }
        let mut np = np_backward(f, open.checked_sub(1)?, s0)?;
        // "Ana Ruiz of the Red Cross in Lagos, Nigeria, said": the person the phrases
        // after her name place; "police in Lagos, Nigeria, said": the body the place
        // locates. (Not when the comma closes an apposition chain: `Ana Ruiz, a nurse
        // from the town of Eastby in Westshire, said`.)
        if first_of_apposition_chain(f, np, s0, k).is_none() {
            if let Some(owner) = owner_before_phrases(f, np, s0) {
                return Some(owner);
            }
            let body = subject_before_place(f, np, s0).filter(|b| {
                matches!(
                    classify(f, b.0, b.1),
                    Some(Mention::Description { .. } | Mention::Name { org: true, .. })
                )
            });
            if body.is_some() {
                return body;
            }
        }
        // "A spokesman for the Interior Ministry, Nuno Pires, said": the phrase before
        // the comma is a preposition's object; the name apposed to the whole is the
        // subject.
        // (`a spokesman for wisdom and entitlement, Dan Roe, said`: the first of joined
        // phrases is the object.)
        let head = first_conjunct(f, np, s0);
        let object = head > s0 && f.word_in(head - 1, &["for", "of", "from", "at"]);
        if object {
            let apposed = np_forward(f, open + 1, k)
                .filter(|a| a.1 + 1 == k)
                .filter(|a| is_person_name(f, *a));
            if apposed.is_some() {
                return apposed;
            }
        }
        // "Ed Roe, the head of security at a hotel in the city of Davao, 40 miles south
        // of the capital, said": two appositions; the first ends in a preposition's
        // object, so the subject is the phrase before the comma that opens it.
        np = first_of_apposition_chain(f, np, s0, k).unwrap_or(np);
        return match classify(f, np.0, np.1) {
            Some(Mention::Name { .. }) => Some(np),
            // "Its chief, Sarah Kent, said": the name in the apposition; "the singer, 70,
            // tells": an age, and the description is the subject.
            Some(Mention::Description { .. }) => {
                let apposed = np_forward(f, open + 1, k).filter(|a| a.1 + 1 == k);
                if apposed.is_some_and(|a| a.0 == a.1 && is_number(f.word(a.0))) {
                    return Some(np);
                }
                apposed.filter(|a| matches!(classify(f, a.0, a.1), Some(Mention::Name { .. })))
            }
            _ => None,
        };
    }
    let np = np_backward(f, k, s0)?;
    // "parents who spoke to the hollins creek register said", "a woman speaking to the
    // station said": the phrase is who was told; the one who told is the subject.
    if let Some(teller) = hearer_verb_before(f, np, s0).and_then(|v| teller_before(f, v, s0)) {
        return teller;
    }
    // "Ana Ruiz of the Red Cross said", "colonel ana ruiz of the army ( fsa ) in homs
    // said": the person the phrases after her name place or attach.
    if let Some(owner) = owner_before_phrases(f, np, s0) {
        return Some(owner);
    }
    // "a spokeswoman for Westbridge Police in Scotland told", "officials in Kabul said":
    // the place after `in` locates the subject before it; it is not the subject.
    let np = subject_before_place(f, np, s0).unwrap_or(np);
    // "Sergio Roe, Director of the Survey said": a bare role after a name and a comma.
    // With its article or owner the role is a whole subject ("..., the official said",
    // "..., his lawyers said").
    if let Some(Mention::Description { .. }) = classify(f, np.0, np.1) {
        if np.0 >= s0 + 2
            && f.tokens[np.0 - 1].is_punct(',')
            && !f.tokens[np.0].has(Flags::DETERMINER)
            && !f.tokens[np.0].has(Flags::POSSESSIVE)
        {
            // (a person's name opening its clause: not `moved into the old boiler room,
            // police said`, where a phrase with its article reads as a name without
            // capitals)
            if let Some(name) = np_backward(f, np.0 - 2, s0) {
                let opens = name.0 == s0 || f.tokens[name.0 - 1].kind != Kind::Word;
                if opens && !is_opener(name, s0) && is_person_name(f, name) {
                    return Some(name);
                }
            }
        }
    }
    Some(described_name(f, np).unwrap_or(np))
}

/// Forms of `tell`: the phrase after them is always who was told (`told fox news`).
const TELLING: &[&str] = &["told", "tells", "tell"];

/// Verbs of talking whose hearer follows `to` or `with` (`spoke to the paper`).
const TALKING: &[&str] = &[
    "spoke", "speak", "speaks", "speaking", "spoken", "talked", "talk", "talks", "talking",
];

/// The verb whose hearer `np` is, when `np` follows a verb of telling (`told the
/// station`) or of talking and `to`/`with` (`spoke to the paper`): an outlet or a
/// person told is never who speaks.
fn hearer_verb_before(f: &Frame<'_>, np: (usize, usize), s0: usize) -> Option<usize> {
    let p = np.0.checked_sub(1).filter(|&p| p > s0)?;
    if f.word_in(p, &["to", "with"]) && f.word_in(p - 1, TALKING) {
        return Some(p - 1);
    }
    cue_at(f, p).is_some_and(|c| c.kind.hearer).then_some(p)
}

/// The subject of the verb of telling at `verb` when the cue's phrase is its hearer:
/// `Some` of the phrase before a relative `who` or `that` (`parents who spoke to`) or
/// before a participle (`a woman speaking to`), `Some(None)` when that phrase names no
/// one; `None` when the verb is finite with no relative before it, so that the phrase
/// after it opens the reported clause (`told the court mr roe described`).
fn teller_before(f: &Frame<'_>, verb: usize, s0: usize) -> Option<Option<(usize, usize)>> {
    let participle = f.word_in(verb, &["speaking", "talking"]);
    let mut e = verb.checked_sub(1).filter(|&e| e >= s0)?;
    while e > s0 && is_aux(f, e) {
        e -= 1;
    }
    let relative = e > s0 && f.word_in(e, &["who", "that"]);
    if !relative && !participle {
        return None;
    }
    if relative {
        e -= 1;
        if e > s0 && f.tokens[e].is_punct(',') {
            e -= 1;
        }
    }
    let np = np_backward(f, e, s0).filter(|np| {
        matches!(
            classify(f, np.0, np.1),
            Some(Mention::Name { .. } | Mention::Description { .. })
        )
    });
    Some(np)
}

/// `a furious Mel Gibson said`, `an emotional ana ruiz told`: an article and words
/// describing a person before her full name; the name is the subject. Not when the
/// phrase already reads as a person's name.
fn described_name(f: &Frame<'_>, np: (usize, usize)) -> Option<(usize, usize)> {
    if !f.word_in(np.0, &["a", "an"]) || is_person_name(f, np) {
        return None;
    }
    (np.0 + 2..np.1)
        .map(|s| (s, np.1))
        .find(|&n| full_person_name(f, n) && is_person_name(f, n))
}

/// The first token of the first of the phrases joined by `and` or `or` that ends with
/// `np` (`wisdom and entitlement`), or `np`'s own first token.
fn first_conjunct(f: &Frame<'_>, np: (usize, usize), s0: usize) -> usize {
    let mut head = np.0;
    for _ in 0..3 {
        if head < s0 + 2 || !f.word_in(head - 1, &["and", "or"]) {
            break;
        }
        match np_backward(f, head - 2, s0) {
            Some(p) => head = p.0,
            None => break,
        }
    }
    head
}

/// Whether a name's words open with a given name or a word that is no ordinary word
/// (`Lena Moravec`, `Okafor Jones`; not `Same Fake News Media`).
fn opens_like_a_name(words: &[&str]) -> bool {
    words
        .first()
        .is_some_and(|w| crate::lexicon::given_name(w).is_some() || !crate::lexicon::common_word(w))
}

/// Modals: a relative clause with one guesses rather than reports (`which might explain`).
const MODALS: &[&str] = &[
    "might", "may", "could", "would", "should", "can", "will", "must",
];

/// The body's name set off by a comma before the relative `which` at token `which`
/// (`the Westmere Fire Brigade, which`), or `None`.
fn body_before_which(f: &Frame<'_>, which: usize, s0: usize) -> Option<(usize, usize)> {
    // (a report, not a guess: `the grid, which might explain`)
    if !f.tokens[which - 1].is_punct(',') || f.word_in(which + 1, MODALS) {
        return None;
    }
    let np = np_backward(f, which - 2, s0)?;
    // (a name of two words or more: `the agency, which` names no body)
    let body = matches!(classify(f, np.0, np.1), Some(Mention::Name { org: true, words, .. }) if words.len() >= 2);
    body.then_some(np)
}

/// `it was NP who CUE` (also `is`, `that`): the phrase a cleft sentence focuses, when
/// it names someone or describes them.
fn cleft_focus(f: &Frame<'_>, cue: usize, s0: usize) -> Option<(usize, usize)> {
    let rel = cue.checked_sub(1).filter(|&r| r > s0)?;
    if !f.word_in(rel, &["who", "that"]) {
        return None;
    }
    let np = np_backward(f, rel - 1, s0)?;
    let be = np.0.checked_sub(1).filter(|&b| b > s0)?;
    if np.1 + 1 != rel
        || !f.word_in(be, &["was", "is"])
        || !f.word_in(be - 1, &["it"])
        || f.tokens[np.0].has(Flags::PRONOUN)
    {
        return None;
    }
    match classify(f, np.0, np.1)? {
        // (not `it is the same fake news media that said`)
        Mention::Name { words, .. } => opens_like_a_name(&words).then_some(np),
        Mention::Description { .. } => Some(np),
        Mention::Pronoun(_) => None,
    }
}

/// Prepositions whose object may end an apposition (`the head of security at a hotel
/// in Davao`).
const APPOSITION_PREPOSITIONS: &[&str] = &["for", "of", "from", "at", "in", "near", "with"];

/// When `np`, the phrase before an apposition's comma, is a preposition's object, it
/// ends an earlier apposition: go back over that one (and at most two more) to the phrase
/// before the comma that opens the chain, when it reads as a subject (a name, or a
/// description with an article or an owner). `k` is the comma before the cue.
fn first_of_apposition_chain(
    f: &Frame<'_>,
    mut np: (usize, usize),
    s0: usize,
    k: usize,
) -> Option<(usize, usize)> {
    let floor = s0.max(k.saturating_sub(45));
    // (an age or a credential set off by commas is passed over too: `Ana Roe, 51, of
    // Dover, N.Y.,`, `Dan Amen, MD, founder of ...,`)
    let aside =
        |np: (usize, usize)| np.0 == np.1 && (is_number(f.word(np.0)) || f.word(np.0).len() <= 3);
    for step in 0..4 {
        let object = np.0 > s0 && f.word_in(np.0 - 1, APPOSITION_PREPOSITIONS);
        if !(object || step > 0 && aside(np)) {
            break;
        }
        let open = (floor..np.0).rev().find(|&i| f.tokens[i].is_punct(','))?;
        if (open + 1..np.0).any(|i| matches!(f.tokens[i].kind, Kind::Quote(_) | Kind::Break)) {
            return None;
        }
        np = np_backward(f, open.checked_sub(1)?, s0)?;
    }
    if np.0 > s0 && f.word_in(np.0 - 1, APPOSITION_PREPOSITIONS) || is_opener(np, s0) || aside(np) {
        return None;
    }
    match classify(f, np.0, np.1)? {
        Mention::Name { words, .. } => opens_like_a_name(&words).then_some(np),
        Mention::Description { .. }
            if f.tokens[np.0].has(Flags::DETERMINER) || f.tokens[np.0].has(Flags::POSSESSIVE) =>
        {
            Some(np)
        }
        _ => None,
    }
}

/// `NP in PLACE` ending just before a cue: the phrase before `in`, when the words after
/// it name a place (a name, not a description) and the phrase before it reads as a
/// subject (a name or a description, not a pronoun or a preposition's object).
fn subject_before_place(f: &Frame<'_>, place: (usize, usize), s0: usize) -> Option<(usize, usize)> {
    let at = place.0.checked_sub(1).filter(|&i| i > s0)?;
    if !f.word_in(at, &["in"]) {
        return None;
    }
    if !matches!(classify(f, place.0, place.1), Some(Mention::Name { .. })) {
        return None;
    }
    let np = np_backward(f, at - 1, s0)?;
    // "a statement released in London said": only a phrase the preposition ends.
    if np.1 + 1 != at || f.tokens[np.1].has(Flags::PRONOUN) {
        return None;
    }
    match classify(f, np.0, np.1)? {
        Mention::Name { .. } | Mention::Description { .. } => Some(np),
        Mention::Pronoun(_) => None,
    }
}

/// The person's name that a chain of phrases opened by `of`, `at`, `from`, `in` or
/// `with` follows, ending with `np` right before a cue: `Ana Ruiz` in `Ana Ruiz of the
/// Free Army (FSA) in Homs said`. At most three phrases, a bracketed short form
/// between them skipped; the name must not itself be a preposition's object
/// (`supporters of Ana Ruiz at the rally said`) and no phrase may be a pronoun.
fn owner_before_phrases(f: &Frame<'_>, np: (usize, usize), s0: usize) -> Option<(usize, usize)> {
    const ATTACHING: &[&str] = &["of", "at", "from", "in", "with"];
    const GOVERNING: &[&str] = &[
        "of", "for", "to", "by", "with", "from", "at", "in", "on", "about", "against", "and",
    ];
    let mut cur = np;
    for _ in 0..3 {
        let p = cur.0.checked_sub(1).filter(|&p| p > s0)?;
        if !f.word_in(p, ATTACHING) {
            return None;
        }
        let mut e = p - 1;
        if f.tokens[e].is_punct(')') {
            let open = (e.saturating_sub(6).max(s0)..e)
                .rev()
                .find(|&i| f.tokens[i].is_punct('('))?;
            e = open.checked_sub(1).filter(|&e| e >= s0)?;
        }
        let prev = np_backward(f, e, s0)?;
        if prev.1 != e || f.tokens[prev.0].has(Flags::PRONOUN) {
            return None;
        }
        // (`Supporters of Ana Ruiz` read as one phrase: its `of` joins, not a name's)
        let joined = (prev.0 + 1..prev.1).any(|i| f.word_in(i, ATTACHING));
        match classify(f, prev.0, prev.1)? {
            Mention::Name { org: false, .. } if joined || !full_person_name(f, prev) => {
                return None
            }
            Mention::Name { org: false, .. } => {
                let governed = prev.0 > s0 && f.word_in(prev.0 - 1, GOVERNING);
                return (!governed).then_some(prev);
            }
            Mention::Pronoun(_) => return None,
            _ => cur = prev,
        }
    }
    None
}

/// A person's name of two words or more after its titles and roles, whatever the
/// casing: words that are no ordinary words after a given name (`ana ruiz`) or a title
/// or role (`colonel qassim saadeddine`), not `donald trumpa quarter`; cased, every
/// word has its capital.
fn full_person_name(f: &Frame<'_>, np: (usize, usize)) -> bool {
    // (a particle, `de` in `isabelle de groote`, is neither)
    // (the words after the last title or role: `politico reporter jonathan martin`)
    let head = Flags::ROLE | Flags::TITLE | Flags::AS_WRITTEN;
    let last_title = (np.0..=np.1)
        .rev()
        .find(|&i| f.tokens[i].has(Flags::ROLE | Flags::TITLE));
    let titled = last_title.is_some();
    let words: Vec<usize> = (last_title.map_or(np.0, |t| t + 1)..=np.1)
        .filter(|&i| f.tokens[i].kind == Kind::Word && !f.tokens[i].has(head))
        .collect();
    let Some(&first) = words.first() else {
        return false;
    };
    let plain = |i: usize| !crate::lexicon::common_word(f.word(i));
    words.len() >= 2
        && ((f.tokens[first].has(Flags::GIVEN) || titled) && words.iter().all(|&i| plain(i))
            || !f.lowercase && words.iter().all(|&i| f.tokens[i].capital))
}

/// Before token `k` (inclusive), the start of a time adverbial ending there (`on
/// Wednesday`, `last Monday night`, `yesterday`), skipped: the token before it, or `k`
/// when there is none. Never goes back to `s0` itself.
fn skip_time_back(f: &Frame<'_>, k: usize, s0: usize) -> usize {
    let mut i = k;
    if i > s0 && f.word_in(i, &["morning", "afternoon", "evening", "night"]) {
        i -= 1;
    }
    let day = f.tokens[i].kind == Kind::Word
        && (f.tokens[i].has(Flags::MONTH) && f.word(i).to_ascii_lowercase().ends_with("day")
            || f.word_in(i, &["yesterday", "today", "tonight"]));
    if !day || i <= s0 {
        return k;
    }
    i -= 1;
    if i > s0 && f.word_in(i, &["on", "last", "this", "late", "early"]) {
        i -= 1;
    }
    i
}

/// The subject of the sentence starting at `s0`, looking no further than `limit`.
pub fn sentence_subject(f: &Frame<'_>, s0: usize, limit: usize) -> Option<(usize, usize)> {
    let mut j = s0;
    while j < limit && matches!(f.tokens[j].kind, Kind::Break | Kind::Punct(_)) {
        j += 1;
    }
    // "3) Trump also used ...": an item's number in a list opens the sentence.
    if j + 1 < limit
        && f.tokens[j].kind == Kind::Word
        && f.word(j).len() <= 2
        && is_number(f.word(j))
        && f.tokens[j + 1].is_punct(')')
    {
        j += 2;
        while j < limit && matches!(f.tokens[j].kind, Kind::Break | Kind::Punct(_)) {
            j += 1;
        }
    }
    if j >= limit {
        return None;
    }
    let t = &f.tokens[j];
    let w = f.word(j);
    let starts_clause = t.kind == Kind::Word
        && t.flags.has(Flags::FUNCTION)
        && !["a", "an", "the", "his", "her", "its", "their"]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w));
    if starts_clause {
        let comma = (j..limit.min(j + REACH)).find(|&i| f.tokens[i].is_punct(','))?;
        j = comma + 1;
    }
    let mut np = np_forward(f, j, limit)?;
    // "WASHINGTON — judge ana roe, who ...": a dateline and its dash open the sentence;
    // the subject follows them.
    let dash = |k: usize| f.tokens.get(k).is_some_and(|t| t.is_dash());
    let mut k = np.1 + 1;
    while k < limit && dash(k) {
        k += 1;
    }
    if k > np.1 + 1 && np.1 - np.0 < 3 {
        np = np_forward(f, k, limit)?;
    }
    let np = end_before_verb(f, np);
    classify(f, np.0, np.1).map(|_| np)
}

/// Documents a body or a person speaks through (`the statement said`): a later
/// mention with no author of its own is the last one's whose author was named.
pub const DOCUMENTS: &[&str] = &[
    "statement",
    "release",
    "letter",
    "message",
    "tweet",
    "notice",
    "memo",
];

/// Whether the words from `k` (after adverbs) are a cue or a verb of issuing a
/// document (`roe's lawyer released a statement`, `her lawyer later said`).
pub fn speaks_or_issues(f: &Frame<'_>, mut k: usize) -> bool {
    while f.tokens.get(k).is_some_and(|t| t.has(Flags::ADVERB)) {
        k += 1;
    }
    f.word_in(k, ISSUES) || cue_at(f, k).is_some()
}

/// Verbs whose subject issues the document they take (`Orvane Foods released a
/// statement`, `the mayor sent a letter to ...`).
const ISSUES: &[&str] = &[
    "issue",
    "issues",
    "issued",
    "release",
    "releases",
    "released",
    "put",
    "puts",
    "posted",
    "sent",
    "published",
    "gave",
    "read",
    "made",
    "shared",
    "delivered",
    "emailed",
    "wrote",
    "writes",
    "signed",
];

/// A document's token and its author's phrase.
pub type Authored = (usize, (usize, usize));

/// A sentence's [`document_author`] and [`tag_author`], its document found once (the
/// search for it reads up to [`REACH`] tokens of every sentence, and both ask it).
pub fn document_and_tag_author(f: &Frame<'_>, s0: usize, s1: usize) -> [Option<Authored>; 2] {
    match document_in(f, s0, s1) {
        Some((doc, before)) => [
            document_author(f, (s0, s1), doc, before),
            tag_author(f, s0, doc, before),
        ],
        None => [None, None],
    }
}

/// A document introduced in the sentence `s0..s1` with its author: `S issued a
/// statement`, `S said in a statement`, `In a statement, S ...`. Gives the
/// document's token and the author's phrase, for the document at `doc` whose article
/// follows token `before` ([`document_in`]).
fn document_author(
    f: &Frame<'_>,
    (s0, s1): (usize, usize),
    doc: usize,
    before: usize,
) -> Option<Authored> {
    if f.word_in(before, &["in"]) {
        // `In a statement, S ...` or `S said in a statement`: the sentence's subject.
        let np = sentence_subject(f, s0, if before == s0 { s1 } else { before })?;
        return Some((doc, np));
    }
    // `put out a statement`.
    let verb = if f.word_in(before, &["out"]) && before > s0 {
        before - 1
    } else {
        before
    };
    if !f.word_in(verb, ISSUES) || verb <= s0 {
        return None;
    }
    let np = sentence_subject(f, s0, verb)?;
    Some((doc, np))
}

/// The first document of the sentence `s0..s1` with its indefinite article (`a
/// short written statement`): the document's token and the token before the article.
fn document_in(f: &Frame<'_>, s0: usize, s1: usize) -> Option<(usize, usize)> {
    let s1 = s1.min(s0 + REACH);
    let doc = (s0 + 1..s1).find(|&i| {
        f.tokens[i].kind == Kind::Word
            && f.tokens[i].has(Flags::SPOKES)
            && f.word_in(i, DOCUMENTS)
            && !f.word_in(i + 1, &["from", "by"])
    })?;
    // The indefinite article, after up to two modifiers.
    let art = (doc.saturating_sub(3).max(s0)..doc)
        .rev()
        .find(|&i| f.word_in(i, &["a", "an"]))?;
    let before = art.checked_sub(1).filter(|&b| b >= s0)?;
    Some((doc, before))
}

/// `C, S said in a statement`: a tag closing a clause or a quotation names the
/// document's author as its own subject, not the clause's (`Lena Varga taught at the
/// Halden School, the school said in a statement`). Read after [`document_author`]
/// and preferred to it when the tag's subject resolves. For the document at `doc`
/// whose article follows token `before` ([`document_in`]).
fn tag_author(f: &Frame<'_>, s0: usize, doc: usize, before: usize) -> Option<Authored> {
    if !f.word_in(before, &["in"]) {
        return None;
    }
    tag_subject(f, s0, before).map(|np| (doc, np))
}

/// The subject of a tag closing a clause or a quotation, its cue right before the
/// token `at` (`..., the academy said in a statement`): the phrase between a comma
/// (or the quotation) and the cue.
fn tag_subject(f: &Frame<'_>, s0: usize, at: usize) -> Option<(usize, usize)> {
    let cue = at.checked_sub(1).filter(|&c| c > s0 + 1)?;
    if f.tokens[cue].kind != Kind::Word || cue_at(f, cue).is_none() {
        return None;
    }
    let np = np_backward(f, cue - 1, s0 + 1)?;
    let opened = np.0.checked_sub(1).map(|k| f.tokens[k].kind);
    let after_clause = matches!(opened, Some(Kind::Punct(',') | Kind::Quote(_)));
    // (a pronoun is left to the sentence's subject: `they said in a joint statement`)
    let named = matches!(
        classify(f, np.0, np.1),
        Some(Mention::Name { .. } | Mention::Description { .. })
    );
    (after_clause && named).then_some(np)
}

/// `a spokesman for Surrey Police` / `a statement from (or by) the agency`: the body.
fn widen_spokes(f: &Frame<'_>, np: (usize, usize), ceil: usize) -> (usize, usize) {
    // "according to a report by the National Audit Office": a document with its author.
    let head_of = |m: &Mention<'_>| match m {
        Mention::Description { spokes, head, .. } => Some((*spokes, head.clone())),
        _ => None,
    };
    let Some((spokes, head)) = classify(f, np.0, np.1).as_ref().and_then(head_of) else {
        return np;
    };
    let document = DOCUMENTS.contains(&head.as_str()) || AUTHORED.contains(&head.as_str());
    // "a blog post by Harbour Watch", "an affidavit from the officer": writings that
    // name their author only after `by` or `from` (`a note of caution` names none).
    let written = AUTHORED_BY.contains(&head.as_str());
    if spokes || document || written {
        let mut k = np.1 + 1;
        // "a statement released (on Wednesday) by the ministry": a document's issuing
        // participle, then its author.
        if (document || written) && f.word_in(k, ISSUED) {
            let by = skip_time_forward(f, k + 1, ceil);
            if f.word_in(by, &["by"]) {
                k = by;
            }
        }
        let prepositions: &[&str] = if written && !spokes && !document {
            &["from", "by"]
        } else {
            &["for", "from", "of", "by"]
        };
        if k < ceil
            && f.tokens[k].kind == Kind::Word
            && prepositions
                .iter()
                .any(|w| f.word(k).eq_ignore_ascii_case(w))
        {
            if let Some(body) = np_forward(f, k + 1, ceil) {
                // "by the courts monday": the day closing the phrase is no name's.
                let body = trim_day(f, body);
                // "filed by the seattle law firm, keller rohrback": the name apposed.
                if document || written {
                    // (closed by a stop or a comma: not `from the daily post, park
                    // rangers found`, a clause of its own)
                    let named = prefer_apposed_name(f, body, ceil);
                    let closed = f.tokens.get(named.1 + 1).is_none_or(|n| {
                        n.is_punct(',') || n.is_punct('.') || n.kind == Kind::Break
                    });
                    if named != body && closed {
                        return named;
                    }
                }
                if let Some(Mention::Name { .. }) = classify(f, body.0, body.1) {
                    return body;
                }
            }
        }
    }
    np
}

/// A phrase without the weekday or `today` closing it (`the courts monday`).
fn trim_day(f: &Frame<'_>, np: (usize, usize)) -> (usize, usize) {
    let day = |i: usize| {
        f.tokens[i].has(Flags::MONTH) && f.word(i).to_ascii_lowercase().ends_with("day")
            || f.word_in(i, &["yesterday", "today", "tonight"])
    };
    let mut end = np.1;
    while end > np.0 && day(end) {
        end -= 1;
    }
    (np.0, end)
}

/// The body a sentence's subject speaks for, when that subject is a spokesman (`A
/// spokesman for the Dorva Rail Authority said`, `a Dorva Rail spokeswoman told`): the
/// body's phrase, or the spokesman's own when the body is in it or unnamed.
pub fn spokes_subject(f: &Frame<'_>, s0: usize, s1: usize) -> Option<(usize, usize)> {
    let near = s1.min(s0 + 8).min(f.tokens.len());
    if !(s0..near).any(|i| f.tokens[i].has(Flags::SPOKES)) {
        return None;
    }
    let np = sentence_subject(f, s0, s1)?;
    let Mention::Description {
        spokes: true,
        head,
        plural: false,
        ..
    } = classify(f, np.0, np.1)?
    else {
        return None;
    };
    // (a spokesman, not `a military official`, `a source`: those are people unnamed)
    if !(head.starts_with("spokes") || head == "representative") {
        return None;
    }
    let body = widen_spokes(f, np, s1);
    // A spokesman named (`Pentagon spokesman Ana Roe`, `a spokesman for Acme, Ana Roe,`)
    // speaks as himself: only a verb may follow the phrase.
    let mut k = body.1 + 1;
    if f.tokens.get(k).is_some_and(|t| t.is_punct(',')) {
        k += 1;
        if np_forward(f, k, s1).is_some_and(|a| is_person_name(f, a)) {
            return None;
        }
    }
    let next = f.tokens.get(k)?;
    let verb = next.kind == Kind::Word && (next.has(Flags::CUE) || is_aux(f, k) || !next.capital);
    let name_word = next.kind == Kind::Word && (next.capital || next.has(Flags::GIVEN));
    (verb && !name_word && k < s1).then_some(body)
}

/// Documents named with their author (`a report by X`, `a study from X`): the author speaks.
const AUTHORED: &[&str] = &["report", "study", "survey", "analysis", "audit", "review"];

/// Writings whose author follows `by` or `from` (`a blog post by X`, `an affidavit
/// from X`); other prepositions give their topic (`a note of caution`).
const AUTHORED_BY: &[&str] = &[
    "post",
    "blog",
    "paper",
    "filing",
    "complaint",
    "lawsuit",
    "affidavit",
    "email",
    "e-mail",
    "memo",
    "note",
    "essay",
    "editorial",
    "article",
];

/// Participles by which a document is put out by its author (`a statement released by
/// X`): not `obtained by`, `seized by`, whose agent only holds it.
const ISSUED: &[&str] = &[
    "issued",
    "released",
    "published",
    "posted",
    "filed",
    "written",
    "signed",
    "sent",
    "commissioned",
    "conducted",
    "prepared",
    "compiled",
    "provided",
    "authored",
];

/// From token `k`, past a time adverbial of at most three words (`on Wednesday`, `late
/// last week`, `earlier this month`): the first token after it, or `k`.
fn skip_time_forward(f: &Frame<'_>, k: usize, ceil: usize) -> usize {
    let time = |i: usize| {
        f.tokens[i].kind == Kind::Word
            && (f.tokens[i].has(Flags::MONTH) || f.word_in(i, TIME_WORDS))
    };
    let mut i = k;
    while i < ceil.min(k + 3) && time(i) {
        i += 1;
    }
    i
}

/// Words of a time adverbial besides months and weekdays.
const TIME_WORDS: &[&str] = &[
    "on",
    "last",
    "this",
    "late",
    "early",
    "earlier",
    "yesterday",
    "today",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// `said the Executive Clerk of the Council, Ana Ruiz`: the name after the role.
fn prefer_apposed_name(f: &Frame<'_>, np: (usize, usize), ceil: usize) -> (usize, usize) {
    // Lower-cased, "the lead investigator" may read as a name: its article tells.
    let described = match classify(f, np.0, np.1) {
        Some(Mention::Description { .. }) => true,
        Some(Mention::Name { .. }) => f.lowercase && is_described(f, np),
        _ => false,
    };
    // "the Minister for Culture, Ana Ruiz": a role opening the phrase after its article
    // reads as a description, whatever capitals its `for` phrase has.
    let role = f.tokens[np.0].has(Flags::DETERMINER)
        && (np.0 + 1..=np.1.min(np.0 + 2)).any(|i| f.tokens[i].has(Flags::ROLE));
    if described || role {
        let mut k = np.1 + 1;
        // "the minister for culture , ana ruiz": over the role's `for` phrase.
        if role && f.word_in(k, &["for", "of"]) {
            if let Some(tail) = np_forward(f, k + 1, ceil) {
                k = tail.1 + 1;
            }
        }
        if k < ceil && f.tokens[k].is_punct(',') {
            // (not `according to the lawsuit, filed in ...`: one ordinary word is no name)
            let ordinary = |name: &(usize, usize)| {
                name.0 == name.1
                    && !f.tokens[name.0].capital
                    && crate::lexicon::common_word(f.word(name.0))
            };
            if let Some(name) = np_forward(f, k + 1, ceil).filter(|n| !ordinary(n)) {
                if let Some(Mention::Name { .. }) = classify(f, name.0, name.1) {
                    return name;
                }
            }
        }
    }
    np
}

#[cfg(test)]
mod tests {
    use super::super::{marks::find_marks, pairing::pair};
    use super::*;

    /// The cue and the words naming the speaker of the first quotation.
    fn attribution(text: &str) -> (Option<String>, Option<String>) {
        let quotes = pair(text, &find_marks(text));
        let f = Frame::build(text, &quotes);
        let t = f.quote_token[0];
        match attribute(&f, t, true) {
            Attribution::Cued { mention, cue } => (
                mention.map(|(a, b)| text[f.tokens[a].start()..f.tokens[b].end()].to_string()),
                cue,
            ),
            Attribution::Continues => (None, Some("continues".into())),
            Attribution::NotSpeech => (None, Some("not speech".into())),
        }
    }

    fn who(text: &str) -> String {
        attribution(text).0.unwrap_or_default()
    }

    #[test]
    fn speaker_before_the_quote() {
        assert_eq!(who("Jane Doe said: “We will rebuild.”"), "Jane Doe");
        assert_eq!(
            who("The mayor told reporters that the bridge was “unsafe”."),
            "The mayor"
        );
        assert_eq!(who("Mr Smith has also said: 'No comment.'"), "Mr Smith");
        assert_eq!(who("She added: 'It is over.'"), "She");
    }

    #[test]
    fn speaker_after_the_quote() {
        assert_eq!(who("“We will rebuild,” Jane Doe said."), "Jane Doe");
        assert_eq!(who("“We will rebuild,” said Jane Doe."), "Jane Doe");
        assert_eq!(who("\"It is over,\" he insisted."), "he");
        assert_eq!(
            who("“It shook,” Ana Ruiz, a teacher in the town, told the paper."),
            "Ana Ruiz"
        );
        assert_eq!(
            who("“It shook,” said the Chief Clerk of the Town Council, Ana Ruiz, who left."),
            "Ana Ruiz"
        );
    }

    #[test]
    fn according_to_and_apposition() {
        assert_eq!(
            who("According to the BBC, “large waves” hit the coast."),
            "the BBC"
        );
        assert_eq!(
            who("Mary Roe, the council's director, said: “We are ready.”"),
            "Mary Roe"
        );
    }

    #[test]
    fn participle_takes_the_clause_subject() {
        assert_eq!(
            who("Tom Ash was in the hall when it began, describing a “lockdown” there."),
            "Tom Ash"
        );
        let text = "Tom Ash called it “cowardly”, adding that he was “very grateful”.";
        let quotes = pair(text, &find_marks(text));
        let f = Frame::build(text, &quotes);
        match attribute(&f, f.quote_token[1], true) {
            Attribution::Cued {
                mention: Some((a, b)),
                cue,
            } => {
                assert_eq!(&text[f.tokens[a].start()..f.tokens[b].end()], "Tom Ash");
                assert_eq!(cue.as_deref(), Some("adding"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn apposition_left_open_before_the_cue() {
        assert_eq!(
            who("Town News, a paper run by friends of Tom Ash said: “It is over.”"),
            "Town News"
        );
    }

    #[test]
    fn according_to_a_role_then_its_name() {
        assert_eq!(
            who("According to the Interior Minister, Ana Ruiz, the road will “open soon”."),
            "Ana Ruiz"
        );
    }

    #[test]
    fn inverted_tag_with_an_adverb_before_a_participle() {
        let text = "“We will win,” said Ruiz also adding that it would be “easy”.";
        let quotes = pair(text, &find_marks(text));
        let f = Frame::build(text, &quotes);
        match attribute(&f, f.quote_token[1], true) {
            Attribution::Cued {
                mention: Some((a, b)),
                ..
            } => assert_eq!(&text[f.tokens[a].start()..f.tokens[b].end()], "Ruiz"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn fragment_closed_by_a_comma_takes_the_tag_after_it() {
        assert_eq!(
            who("The file holds “secret plans,” Roe said, while the other does not."),
            "Roe"
        );
    }

    #[test]
    fn apposition_with_a_relative_clause() {
        assert_eq!(
            who("Ana Ruiz, head of Acme Group, which owns River FM, said it was “a shock”."),
            "Ana Ruiz"
        );
    }

    #[test]
    fn a_later_quotation_lends_its_tag() {
        assert_eq!(
            who("“The deal is dead” unless we see “real change,” added Roe."),
            "Roe"
        );
    }

    #[test]
    fn statement_by_before_a_colon() {
        assert_eq!(
            who("Here is the statement made by Ana Ruiz today: “We are safe.”"),
            "Ana Ruiz"
        );
        assert_eq!(
            who("here is the statement made by mayor ana ruiz : \" we are safe . \""),
            "mayor ana ruiz"
        );
    }

    #[test]
    fn according_to_after_a_fragment() {
        assert_eq!(
            who("The road was “badly damaged” by the storm, according to engineer Lia Moss."),
            "engineer Lia Moss"
        );
        assert_eq!(
            who("It rained, according to Lia Moss, who said it was “a deluge”."),
            "Lia Moss"
        );
    }

    #[test]
    fn a_document_speaks_for_its_author() {
        assert_eq!(
            who("The dam will cost “far more than planned”, according to a study by the Ostrava Water Board."),
            "the Ostrava Water Board"
        );
        assert_eq!(
            who("What Judge Ada Lorne calls “a line in the sand” was crossed."),
            "Judge Ada Lorne"
        );
    }

    #[test]
    fn a_place_after_the_subject_is_not_the_speaker() {
        assert_eq!(
            who("A spokeswoman for Brisk Police in Wales told reporters: “We found him.”"),
            "Brisk Police"
        );
        assert_eq!(
            who("Officials in Vardel said: “It is closed.”"),
            "Officials"
        );
    }

    #[test]
    fn a_passive_cue_without_its_agent_leaves_the_speaker_to_the_tag() {
        assert_eq!(
            who("She was described as a “dedicated nurse,” the hospital said."),
            "the hospital"
        );
        assert_eq!(
            who("The plan was described as “costly” by opposition leader Tom Reyes."),
            "opposition leader Tom Reyes"
        );
    }

    #[test]
    fn a_spokesman_for_a_body_before_the_cue() {
        assert_eq!(
            who("“We regret it,” a spokeswoman for Coast Radio said."),
            "Coast Radio"
        );
        assert_eq!(
            who("“We regret it,” a spokeswoman for Coast Radio in Dunmore said."),
            "Coast Radio"
        );
    }

    #[test]
    fn long_apposition_with_commas_after_the_quote() {
        assert_eq!(
            who("“It went well,” Ana Ruiz, a lawyer, writer and activist, said later."),
            "Ana Ruiz"
        );
    }

    #[test]
    fn with_phrase_before_a_participle_is_its_speaker() {
        assert_eq!(
            who("The news broke on Friday, with the council saying it was “shocked”."),
            "the council"
        );
    }

    #[test]
    fn an_opening_adverb_is_no_name_before_an_apposed_role() {
        assert_eq!(
            who("Separately, the spokeswoman said: “Talks go on.”"),
            "the spokeswoman"
        );
        assert_eq!(
            who("Separately, a palace spokesman told the BBC: “Talks go on.”"),
            "a palace spokesman"
        );
    }

    #[test]
    fn passive_report_names_its_source_after_by() {
        assert_eq!(
            who("The waters were reported as “receding fast” by River News on Monday."),
            "River News"
        );
    }

    #[test]
    fn an_outlets_report_as_an_aside_is_not_the_speaker() {
        assert_eq!(
            who("She hopes, the Valley Courier reports, to “open the mill by spring.”"),
            "She"
        );
        assert_eq!(
            who("Ines Varro says the van was late, the paper reports, leaving her “stuck in the rain.”"),
            "Ines Varro"
        );
        assert_eq!(
            who("as the city's harbour gazette reports, researchers found “no link at all” in it."),
            "researchers"
        );
        // No outlet (`as previously reported`), or a new clause after the aside: the
        // rule stands aside.
        assert_ne!(
            who("As previously reported, several plans for a “harbour tunnel” were drawn up."),
            "several plans"
        );
        assert_ne!(
            who("Ana Roe set up a unit, the paper reports, and — oddly — it has plans: a “car that flies” among them."),
            "Ana Roe"
        );
        // A subject that cannot speak leaves the words to the outlet.
        assert_eq!(
            who("The fire, the Valley Courier reported, was “the worst in years.”"),
            "the Valley Courier"
        );
    }

    #[test]
    fn spokesman_for_a_body_is_the_body() {
        assert_eq!(
            who("A spokesman for Northshire Police said: “Inquiries continue.”"),
            "Northshire Police"
        );
    }

    #[test]
    fn names_and_scare_quotes_are_not_speech() {
        assert_eq!(
            attribution("He wrote an essay called “Salt and Sea” last year.")
                .1
                .as_deref(),
            Some("not speech")
        );
        assert_eq!(
            attribution("The man, known as “the Fox”, was seen.")
                .1
                .as_deref(),
            Some("not speech")
        );
        assert_eq!(
            attribution("There is a “war room” in the office.")
                .1
                .as_deref(),
            Some("not speech")
        );
    }

    #[test]
    fn standalone_quote_continues() {
        assert_eq!(
            attribution("He paused. “I never looked back.”")
                .1
                .as_deref(),
            Some("continues")
        );
    }

    #[test]
    fn fragment_after_a_cued_sentence() {
        let text = "Family matters most, Tom Ash says. He is “very close” to them.";
        assert_eq!(who(text), "Tom Ash");
    }
}
