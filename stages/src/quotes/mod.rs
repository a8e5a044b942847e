//! `quotes.v1`: every quotation of a set with its canonical speaker.
//!
//! Per article: pair the quotation marks ([`marks`], [`pairing`]), read the narrative
//! around them ([`frame`]), find each quotation's cue and speaker phrase
//! ([`attribution`]), and collect the names it mentions ([`people`]). The articles'
//! people make the set's table, so that a speaker is printed with the fullest name
//! the set gives. Then each article is read again in order, resolving pronouns and
//! descriptions as they come ([`coref`]).
//!
//! Sentence boundaries are recomputed around quotations ([`frame`]): a quotation is
//! one unit for attribution whatever the sentence stage does inside it.
//!
//! Attribution rules go by cue position: tag after, `S said:`, `according to`, colon
//! paragraphs, participles such as `adding`, appositions, `with X saying`. A quotation
//! without a cue takes the running speaker (same paragraph: the last speaker; later: the
//! subject since, a body never taking over from a person). Lower-cased text is read the
//! same way, names being found from cue position, titles and roles, given names and
//! repetition. Titles, roles, party labels and given names come from one lexicon,
//! `stages/data/people/` through `crate::lexicon`, which reconcile reads too.
//!
//! An article longer than the `window_bytes` parameter (default 1 MB, see
//! [`crate::windows`]) is read in windows of about that size cut after line breaks, each as
//! an article of its own: coreference, running speakers and the article's people table stop
//! at a window's edge (the set's table still holds every window's people). The windows are
//! read twice, once for their people and once to attribute, so that only one window's
//! tokens are held at a time. Shorter articles are read whole, as before.

mod attribution;
mod body_kinds;
mod children;
mod coref;
mod credit;
mod fragment_tag;
mod frame;
mod lexicon;
mod marks;
mod named_after;
mod nickname;
mod open_ends;
mod pairing;
mod people;
mod phrases;
mod selection;
mod span_class;
mod speaker_kind;
mod speaker_name;
mod word_given;

use crate::params::Params;
use crate::records::{Quotation, RecordKind, Records};
use crate::registry::StageSpec;
use crate::stage::{Scope, Stage, StageError, StageInput};

use attribution::Attribution;
use coref::{Referent, Resolver, SetAnswers};
use frame::{Frame, Kind};
use lexicon::LEXICON;
use pairing::Quotation as Span;
use people::{NameMention, People};

pub fn spec() -> StageSpec {
    StageSpec {
        kind: "quotes.v1",
        scope: Scope::Set,
        needs: &[RecordKind::Normalised, RecordKind::Sentences],
        provides: RecordKind::Quotes,
        params: &[crate::windows::WINDOW_PARAM],
        build: |p: &Params| {
            Ok(Box::new(Quotes {
                window: crate::windows::window_bytes(p)?,
            }))
        },
    }
}

pub struct Quotes {
    /// Articles longer than this many bytes are read in windows (0: never).
    window: usize,
}

impl Stage for Quotes {
    fn run(&self, input: &StageInput<'_>) -> Result<Records, StageError> {
        let articles = input.normalised()?;
        // The sentence stage is a declared input; frame sentences are recut around
        // quotations (see the module docs), so its records are not read here.
        input.sentences()?;
        let texts: Vec<(&str, &str)> = articles
            .iter()
            .map(|a| (a.article.as_str(), a.text.as_str()))
            .collect();
        Ok(Records::Quotes(quotations_in_windows(&texts, self.window)))
    }
}

/// One article after the first reading.
struct Analysis<'a> {
    id: &'a str,
    spans: Vec<Span>,
    frame: Frame<'a>,
    names: Vec<NameMention<'a>>,
    people: People<'a>,
}

fn analyse<'a>(id: &'a str, text: &'a str) -> Analysis<'a> {
    analyse_with(id, text, spans_of(text))
}

/// [`analyse`] given the text's quotation spans.
fn analyse_with<'a>(id: &'a str, text: &'a str, spans: Vec<Span>) -> Analysis<'a> {
    let mut a = frame_with(id, text, spans);
    a.people = people::table_of_mentions(&a.names);
    a
}

/// The quotation spans of a text.
fn spans_of(text: &str) -> Vec<Span> {
    pairing::pair(text, &marks::find_marks(text))
}

/// The first reading of an article but for its people table, left empty.
fn frame_of<'a>(id: &'a str, text: &'a str) -> Analysis<'a> {
    frame_with(id, text, spans_of(text))
}

/// [`frame_of`] given the text's quotation spans.
fn frame_with<'a>(id: &'a str, text: &'a str, spans: Vec<Span>) -> Analysis<'a> {
    let frame = Frame::build(text, &spans);
    let names = people::name_mentions(&frame);
    Analysis {
        id,
        spans,
        frame,
        names,
        people: People::default(),
    }
}

/// What the first reading keeps of an article or of one window of a long one.
enum Part<'a> {
    /// An article read whole: its whole analysis.
    Whole(Analysis<'a>),
    /// A window of a long article (`text`, starting `base` bytes into it): only its people,
    /// the rest being made again when it is read.
    Window {
        id: &'a str,
        base: usize,
        text: &'a str,
        people: People<'a>,
    },
}

impl<'a> Part<'a> {
    fn people(&self) -> &People<'a> {
        match self {
            Part::Whole(a) => &a.people,
            Part::Window { people, .. } => people,
        }
    }
}

/// The names of the span classifier's features, in the order [`span_features`] gives them.
pub const SPAN_FEATURES: [&str; span_class::N] = span_class::NAMES;

/// One quotation span as the span classifier sees it: the byte range of its words, its
/// features ([`SPAN_FEATURES`]), and whether the classifier decides it (a span
/// attribution finds no speech in is dropped before).
pub struct SpanFeatures {
    pub start: usize,
    pub end: usize,
    pub features: [f32; span_class::N],
    pub decided: bool,
}

/// For the span classifier's trainer (`eval/blind/quotes/train_span_model.py`, through
/// the `span_features` example): every quotation span of a normalised text. A text
/// longer than a frame holds gives none.
pub fn span_features(text: &str) -> Vec<SpanFeatures> {
    if text.len() > frame::MAX_TEXT {
        return Vec::new();
    }
    let spans = spans_of(text);
    let f = Frame::build(text, &spans);
    spans
        .iter()
        .enumerate()
        .map(|(qi, s)| {
            let t = f.quote_token[qi];
            let attr = attribution_of(&f, t, s);
            SpanFeatures {
                start: s.start(),
                end: s.content_end(),
                features: span_class::features(&f, t, s, Some(&attr)).0,
                decided: attr != Attribution::NotSpeech,
            }
        })
        .collect()
}

/// The quotations of a set of articles `(id, normalised text)`, in article order
/// then text order, an article longer than [`crate::windows::DEFAULT_WINDOW_BYTES`] being
/// read in windows (see [`quotations_in_windows`]).
pub fn quotations(articles: &[(&str, &str)]) -> Vec<Quotation> {
    quotations_in_windows(articles, crate::windows::DEFAULT_WINDOW_BYTES)
}

/// The quotations of a set of articles `(id, normalised text)`, in article order then
/// text order. An article longer than `window` bytes (when `window` is not 0) is read in
/// the windows [`crate::windows::windows`] cuts, each as an article of its own. A text
/// (an article or window) longer than [`frame::MAX_TEXT`] (4 GiB) is beyond the offsets a
/// frame keeps: it is left out, giving no quotations and no names.
pub fn quotations_in_windows(articles: &[(&str, &str)], window: usize) -> Vec<Quotation> {
    // An article read whole has its spans found first: a set with no span anywhere gives
    // no quotation, and its frames and names (which only serve to attribute spans) are
    // not made. An article read in windows is read as before, and counts as a span.
    enum First<'a> {
        Whole(&'a str, &'a str, Vec<Span>),
        // A window of a long article, already read for its people (boxed: rare and large).
        Read(Box<Part<'a>>),
    }
    let mut firsts: Vec<First<'_>> = Vec::with_capacity(articles.len());
    let mut any_span = false;
    let mut windowed = false;
    for &(id, t) in articles {
        let ranges = crate::windows::windows(t, window);
        if ranges.len() == 1 {
            if t.len() <= frame::MAX_TEXT {
                let spans = spans_of(t);
                any_span |= !spans.is_empty();
                firsts.push(First::Whole(id, t, spans));
            }
            continue;
        }
        any_span = true;
        windowed = true;
        for r in ranges {
            let text = &t[r.clone()];
            if text.len() <= frame::MAX_TEXT {
                let mut people = analyse(id, text).people;
                // Kept while the other windows are read: sized for what it holds.
                people.shrink_to_fit();
                firsts.push(First::Read(Box::new(Part::Window {
                    id,
                    base: r.start,
                    text,
                    people,
                })));
            }
        }
    }
    if !any_span {
        return Vec::new();
    }
    // Then each article read whole has its frame and the quotations it keeps: which are
    // kept is told by the frame alone (`kept_quotes`), names and people tables only
    // serving to name their speakers. A set keeping no quotation gives none, and its
    // names and tables are not made.
    let mut any_kept = windowed;
    let framed: Vec<Framed<'_>> = firsts
        .into_iter()
        .map(|f| match f {
            First::Whole(id, t, spans) => {
                let frame = Frame::build(t, &spans);
                let kept = kept_quotes(&frame, &spans);
                any_kept |= !kept.is_empty();
                Framed::Whole(id, spans, frame, kept)
            }
            First::Read(part) => Framed::Read(part),
        })
        .collect();
    if !any_kept {
        return Vec::new();
    }
    let parts: Vec<(Part<'_>, Vec<Placed>)> = framed
        .into_iter()
        .map(|f| match f {
            Framed::Whole(id, spans, frame, kept) => {
                let names = people::name_mentions(&frame);
                let people = people::table_of_mentions(&names);
                let a = Analysis {
                    id,
                    spans,
                    frame,
                    names,
                    people,
                };
                (Part::Whole(a), kept)
            }
            Framed::Read(part) => (*part, Vec::new()),
        })
        .collect();
    let set = people::set_table(parts.iter().flat_map(|(p, _)| p.people().persons.iter()));
    // (the set table's answers, asked once for all the set's articles)
    let mut answers = SetAnswers::default();
    let mut out = Vec::new();
    for (part, kept) in parts {
        match part {
            Part::Whole(mut a) => {
                let people = std::mem::take(&mut a.people);
                out.extend(read_kept(&a, people, &set, &mut answers, 0, kept));
            }
            Part::Window {
                id,
                base,
                text,
                people,
            } => out.extend(read_article(
                &frame_of(id, text),
                people,
                &set,
                &mut answers,
                base,
            )),
        }
    }
    out
}

/// An event at its token, with its order among the events of that token.
type Placed = (usize, u8, Event);

/// An article after its frame is built: read whole (its spans, frame and the quotations
/// it keeps), or a window already read for its people.
enum Framed<'a> {
    Whole(&'a str, Vec<Span>, Frame<'a>, Vec<Placed>),
    Read(Box<Part<'a>>),
}

enum Event {
    Name(usize),
    Pronoun(usize),
    /// A sentence whose subject is a description (`The 48-year-old officer was ...`).
    Described(usize, usize),
    /// A document (token) issued by the phrase `.1..=.2` (`Orvane Foods released a
    /// statement`): a later `the statement said` is theirs.
    Document(usize, usize, usize),
    /// A sentence whose subject is a spokesman for the body `.0..=.1` (`A spokesman for
    /// the Dorva Rail Authority said ...`).
    Spokes(usize, usize),
    Quote(usize, Attribution),
}

/// The quotations of one article (or window, `base` bytes into its article) after the
/// first reading, with offsets into the article.
fn read_article<'a>(
    a: &Analysis<'a>,
    people: People<'a>,
    set: &People<'a>,
    answers: &mut SetAnswers,
    base: usize,
) -> Vec<Quotation> {
    read_kept(
        a,
        people,
        set,
        answers,
        base,
        kept_quotes(&a.frame, &a.spans),
    )
}

/// The quotations of a frame that attribution keeps, as events at their tokens (at the
/// cue's mention when it names one). Told by the frame alone: no name or people table
/// is read.
fn kept_quotes(f: &Frame<'_>, spans: &[Span]) -> Vec<Placed> {
    let mut events: Vec<Placed> = Vec::new();
    for (qi, span) in spans.iter().enumerate() {
        let t = f.quote_token[qi];
        let attr = attribution_of(f, t, span);
        let keep = match &attr {
            Attribution::NotSpeech => false,
            _ => {
                (f.lowercase
                    || selection::stands_alone(f, t)
                        && selection::kind(f, t, span, false) == crate::records::QuoteKind::Direct
                    || !selection::looks_like_title(&f.text[span.start()..span.content_end()]))
                    && span_class::is_quotation(f, t, span, &attr)
            }
        };
        if !keep {
            continue;
        }
        let at = match &attr {
            Attribution::Cued {
                mention: Some((m, _)),
                ..
            } => *m,
            _ => t,
        };
        events.push((at, 0, Event::Quote(qi, attr)));
    }
    events
}

/// [`read_article`] given the quotations it keeps ([`kept_quotes`] of its frame).
fn read_kept<'a>(
    a: &Analysis<'a>,
    people: People<'a>,
    set: &People<'a>,
    answers: &mut SetAnswers,
    base: usize,
    mut events: Vec<Placed>,
) -> Vec<Quotation> {
    let f = &a.frame;
    // Only what comes before the last quotation kept can change a quotation's speaker: the
    // other events only feed the resolver's state. An article with no quotation kept has
    // nothing more to read.
    let Some(last) = events.iter().map(|(at, _, _)| *at).max() else {
        return Vec::new();
    };
    let pronouns = people::subject_pronouns(f, last + 1);
    // Sized once for the names, the pronouns and about one event a sentence: grown
    // step by step, the vector was copied over and over.
    events.reserve(a.names.len() + pronouns.len() + f.sentence_start.len());
    for (k, m) in a.names.iter().enumerate() {
        if m.at > last {
            continue;
        }
        // A heading in capitals (`ISLAMIC STATE`) names a topic, not a person.
        // (the words first: most names are not in capitals)
        if m.name.words.iter().all(|w| is_upper(w)) && f.is_heading(f.tokens[m.at].sentence()) {
            continue;
        }
        events.push((m.at, 1, Event::Name(k)));
    }
    for tok in pronouns {
        events.push((tok, 1, Event::Pronoun(tok)));
    }
    for s in 0..f.sentence_start.len() {
        let (s0, s1) = f.sentence_range(s);
        // A sentence's events stand at its first token or after it.
        if s0 > last {
            break;
        }
        let [document, tag] = attribution::document_and_tag_author(f, s0, s1);
        if let Some((doc, (a0, a1))) = document {
            // After the author's own mention, so that it is known.
            events.push((doc.max(a1), 2, Event::Document(doc, a0, a1)));
        }
        if let Some((doc, (a0, a1))) = tag {
            // After the sentence's subject: the tag's own, when it resolves, wins.
            events.push((doc.max(a1), 3, Event::Document(doc, a0, a1)));
        }
        if let Some((b0, b1)) = attribution::spokes_subject(f, s0, s1) {
            events.push((b1, 2, Event::Spokes(b0, b1)));
        }
        // Only a definite description can be resolved ("The officer ...", "Roe's family").
        let definite = f.tokens.get(s0).is_some_and(|t| {
            t.kind == Kind::Word
                && (["the", "his", "her", "their", "its"]
                    .iter()
                    .any(|d| f.word(s0).eq_ignore_ascii_case(d))
                    || frame::strip_possessive(f.word(s0)).len() < f.word(s0).len())
        });
        if !definite {
            continue;
        }
        if let Some((a0, a1)) = attribution::sentence_subject(f, s0, s1) {
            let described = match phrases::classify(f, a0, a1) {
                Some(phrases::Mention::Description {
                    definite: true,
                    group: false,
                    spokes: false,
                    possessor: None,
                    ..
                }) => true,
                // "Roe's family released a statement": the family speaks next.
                Some(phrases::Mention::Description {
                    group: true,
                    possessor: Some(phrases::Possessor::Name(_)),
                    ..
                }) => true,
                // "Roe's lawyer released a statement:": the role's holder, not its
                // owner, when it speaks or issues something.
                Some(m) => owned_role(&m) && attribution::speaks_or_issues(f, a1 + 1),
                _ => false,
            };
            if described {
                events.push((a0, 1, Event::Described(a0, a1)));
            }
        }
    }
    events.sort_by_key(|(at, order, _)| (*at, *order));

    let mut resolver = Resolver::new(people, set);
    resolver.swap_set_answers(answers);
    resolver.set_sentences(&f.sentence_start);
    let mut found: Vec<(usize, Quotation)> = Vec::new();
    // The last quotation's speaker and its token, for quotations without a cue.
    // `None` as the referent: the last quotation's speaker was described but is not
    // known (`the man said`); quotations running on from it are his, not someone's.
    let mut last_speaker: Option<(usize, Option<Referent>)> = None;
    let mut children = children::Children::default();
    for (at, _, event) in events {
        match event {
            Event::Name(k) => {
                let m = &a.names[k];
                let id = resolver.person_keyed(&m.name, &m.key);
                let ages: Vec<&str> = m.name.roles.iter().map(|r| r.head.as_str()).collect();
                children.note(f, m.at, &ages, &Referent::Person(id));
                // A heading's name is no sentence's subject: it starts no running speaker.
                let subject = m.subject && !f.is_heading(f.tokens[m.at].sentence());
                resolver.note(m.at, Referent::Person(id), subject);
                if subject && m.at > 0 && f.word_in(m.at - 1, SUBORDINATORS) {
                    resolver.subordinate_last();
                }
                if subject && people::speaks(f, m) {
                    resolver.note_speaker(Referent::Person(id));
                }
                if !m.subject && !m.name.org && people::introduced(f, m) {
                    resolver.note_introduced(m.at, Referent::Person(id));
                }
            }
            Event::Pronoun(tok) => {
                if let Some(kind) = LEXICON.pronoun(f.word(tok)) {
                    // A pronoun opening a sentence after one that introduced a person
                    // by an apposition (not as its subject) takes that person.
                    let sentence = f.tokens[tok].sentence();
                    let introduced = (f.sentence_first(sentence) == tok && sentence > 0)
                        .then(|| f.sentence_range(sentence - 1))
                        .and_then(|range| resolver.introduced_in(kind, range));
                    if let Some(r) = introduced.or_else(|| resolver.pronoun(kind, tok)) {
                        resolver.note(tok, r, true);
                    }
                }
            }
            Event::Described(a0, a1) => {
                let m = phrases::classify(f, a0, a1);
                let owned = m.as_ref().is_some_and(owned_role);
                let r = m.as_ref().and_then(|m| resolver.resolve(m, a0));
                // "the boy told …": the child named with an age before.
                let r = r.or_else(|| {
                    let head = child_head(m.as_ref()?)?;
                    children.named_by(f, &mut resolver, head, a0)
                });
                match r {
                    // (a role owned by someone is read only when no one holds it: a
                    // holder found in the set may be named far from here)
                    Some(r) if !owned => resolver.note(a0, r, true),
                    Some(_) => {}
                    // A role held for someone by no one named, speaking or issuing
                    // (`her lawyer released a statement:`): what runs on from it is no
                    // one's, not the owner's.
                    None if owned => last_speaker = Some((a0, None)),
                    None => {}
                }
            }
            Event::Spokes(b0, b1) => {
                let r = phrases::classify(f, b0, b1).and_then(|m| resolver.resolve(&m, b0));
                if let Some(r) = r {
                    resolver.note_spokes(b1, r);
                }
            }
            Event::Document(doc, a0, a1) => {
                let r = phrases::classify(f, a0, a1).and_then(|m| resolver.resolve(&m, a0));
                if let Some(r) = r {
                    resolver.note_author(doc, r);
                }
            }
            Event::Quote(qi, attr) => {
                let span = &a.spans[qi];
                let t = f.quote_token[qi];
                let described = matches!(
                    &attr,
                    Attribution::Cued {
                        mention: Some(_),
                        ..
                    }
                );
                let (referent, mention, cue) = match &attr {
                    Attribution::Cued { mention, cue } => {
                        let referent = mention.and_then(|(s, e)| {
                            let m = phrases::classify(f, s, e)?;
                            // ("the boy said": the child named with an age before)
                            resolver
                                .resolve(&m, s)
                                .or_else(|| children.named_by(f, &mut resolver, child_head(&m)?, s))
                        });
                        let words = mention.map(|(s, e)| {
                            f.text[f.tokens[s].start()..f.tokens[e].end()].to_string()
                        });
                        (referent, words, cue.clone())
                    }
                    _ => (
                        running_speaker(f, &mut resolver, last_speaker.as_ref(), t),
                        None,
                        None,
                    ),
                };
                let speaker = referent
                    .as_ref()
                    .and_then(|r| speaker_name::tidy(&resolver.canonical(r)));
                // A referent that cannot speak (`I've`, a place the subject does not
                // name): no one's words, and nothing runs on from it. (It is still noted
                // where the cue found it, so that pronouns after it read as before.)
                let refused = speaker
                    .as_deref()
                    .is_some_and(|n| !speaker_kind::may_speak(n, mention.as_deref()));
                let speaker = if refused { None } else { speaker };
                if let Some(r) = referent {
                    resolver.note(at, r.clone(), true);
                    resolver.note_speaker(r.clone());
                    last_speaker = if refused {
                        Some((at.max(t), None))
                    } else {
                        Some((t, Some(r)))
                    };
                } else if described {
                    // (from the tag's position: a subject named after it takes over)
                    last_speaker = Some((at.max(t), None));
                }
                let tagged_after = at > t;
                found.push((
                    qi,
                    Quotation {
                        article: a.id.to_string(),
                        text: span.text(f.text),
                        speaker,
                        mention,
                        kind: selection::kind(f, t, span, tagged_after),
                        cue,
                        start: base + span.start(),
                        end: base + span.content_end(),
                    },
                ));
            }
        }
    }
    // (handed back for the set's next article)
    resolver.swap_set_answers(answers);
    found.sort_by_key(|(qi, _)| *qi);
    found.into_iter().map(|(_, q)| q).collect()
}

/// How the quotation at token `t` is attributed: by its cue, else by a second reading.
fn attribution_of(f: &Frame<'_>, t: usize, span: &Span) -> Attribution {
    match attribution::attribute(f, t, may_tag_after(f, t, span)) {
        Attribution::NotSpeech => second_reading(f, t, span).unwrap_or(Attribution::NotSpeech),
        attr => attr,
    }
}

/// A fragment inside a sentence that no cue attributes may still be somebody's words:
/// it takes the tag closing its sentence ([`fragment_tag`]), or stands on its own when
/// it speaks in the first or second person ([`span_class::speaks_alone`]). One word
/// (`By clicking "Subscribe," you agree`) is left alone.
fn second_reading(f: &Frame<'_>, t: usize, span: &Span) -> Option<Attribution> {
    let words = f.text[span.start()..span.content_end()].split_whitespace();
    if selection::stands_alone(f, t) || words.count() < 2 || !span_class::may_read_again(f, t, span)
    {
        return None;
    }
    fragment_tag::sentence_tag(f, t)
        .or_else(|| span_class::speaks_alone(f, t, span).then_some(Attribution::Continues))
}

fn is_upper(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// Whether a mention is a person's role owned by someone (`Roe's lawyer`, `her
/// lawyer`, `a lawyer representing Roe`): not a group, a spokesman or a thing of the
/// owner's.
fn owned_role(m: &phrases::Mention<'_>) -> bool {
    match m {
        phrases::Mention::Description {
            head,
            possessor: Some(_),
            group: false,
            spokes: false,
            plural: false,
            ..
        } => lexicon::LEXICON.flags(head).has(lexicon::Flags::ROLE),
        _ => false,
    }
}

/// The head of a definite description of one person with no owner (`the boy`).
fn child_head<'m>(m: &'m phrases::Mention<'_>) -> Option<&'m str> {
    match m {
        phrases::Mention::Description {
            head,
            possessor: None,
            definite: true,
            group: false,
            spokes: false,
            plural: false,
            ..
        } => Some(head.as_str()),
        _ => None,
    }
}

/// Words opening a subordinate clause: its subject is not the paragraph's focus.
const SUBORDINATORS: &[&str] = &[
    "when", "after", "before", "because", "if", "while", "although", "though", "since", "until",
    "unless", "once", "as", "whereas", "where", "whether",
];

/// The speaker of a quotation at token `t` with no cue of its own: the last
/// quotation's speaker when it stands in the same paragraph; else the subject of the
/// narrative since (a change of subject), but a body named since does not take over
/// from a person who was speaking. A speaker described but not known (`the man said`)
/// runs on in the paragraph as no one, until the narrative names a subject.
fn running_speaker(
    f: &Frame<'_>,
    resolver: &mut Resolver<'_, '_>,
    last: Option<&(usize, Option<Referent>)>,
    t: usize,
) -> Option<Referent> {
    let Some((lt, speaker)) = last else {
        return resolver.focus(t);
    };
    let same_paragraph = (*lt..t).all(|i| f.tokens[i].kind != Kind::Break);
    let Some(speaker) = speaker else {
        // A described speaker runs on as no one, until a subject is named after it.
        return if same_paragraph {
            resolver.focus_since(*lt, t)
        } else {
            resolver.focus(t)
        };
    };
    if same_paragraph {
        return Some(speaker.clone());
    }
    match resolver.focus(t) {
        Some(r) if resolver.is_org(&r) && !resolver.is_org(speaker) => Some(speaker.clone()),
        Some(r) => Some(r),
        None => Some(speaker.clone()),
    }
}

/// Whether the words after a quotation may be its tag: not when it closes a sentence
/// and a new one starts (`"... today." He left.`).
fn may_tag_after(f: &Frame<'_>, t: usize, span: &Span) -> bool {
    let body = &f.text[span.start()..span.content_end()];
    let ends_sentence = matches!(body.chars().next_back(), Some('.'));
    // (`"... ." — Ana Roe`: a credit line after a dash)
    let dash = f.tokens.get(t + 1).is_some_and(|n| n.is_dash());
    if !ends_sentence || dash {
        return true;
    }
    if f.lowercase {
        return lowercase_tag_after(f, t);
    }
    f.tokens
        .get(t + 1)
        .is_some_and(|n| n.kind == Kind::Word && !n.capital)
}

/// In lower-cased text a closed quotation's tag cannot be told by a capital: the words
/// after it are its tag only when the quotation is not introduced before (`: " ... . "`)
/// and a cue after it closes the clause within a few words (`" ... . " she said .`),
/// rather than opening one of its own (`" ... . " the ministry said it was ...`).
fn lowercase_tag_after(f: &Frame<'_>, t: usize) -> bool {
    let introduced = t
        .checked_sub(1)
        .is_some_and(|p| f.tokens[p].is_punct(':') || f.tokens[p].has(lexicon::Flags::CUE));
    if introduced {
        return false;
    }
    let n = f.tokens.len();
    let Some(cue) = (t + 1..n.min(t + 8)).find(|&i| attribution::cue_at(f, i).is_some()) else {
        return false;
    };
    (cue + 1..n.min(cue + 7))
        .map(|i| &f.tokens[i])
        .find(|k| k.kind != Kind::Word)
        .is_none_or(|k| matches!(k.kind, Kind::Punct(_) | Kind::Break) && !k.is_punct('('))
}

#[cfg(test)]
mod tests;
