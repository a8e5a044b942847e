//! `sentences.v1`: splits each normalised article into sentences and stand-alone
//! segments (headings, datelines, labels, captions), with byte offsets into the
//! normalised text.
//!
//! A paragraph break and a single line break always end a segment. Inside a line, a
//! sentence can only end at a space, after a word ending in terminal punctuation
//! (with its closing quotes and brackets), after a dateline, or before a list item;
//! whether it does is decided from the shape of that word and of the next one, with
//! word lists from `stages/data/sentences/` (abbreviations, sentence starters,
//! speech verbs, news agencies). Each word is looked at a bounded number of times,
//! so time is linear in the text.
//!
//! Modules: `token` (words and their shape), `lexicon` (the word lists), `casing`
//! (lowercased text), `quote_state` (straight quotes that stand alone), `boundary`
//! (the decision at a word), `attribution`, `dateline`, `list_marker` (its helpers),
//! `segment_kind` (body, heading or other), `splitter` (the walk over the text),
//! `gap_model` (a trained model that, in lowercased text only, cuts the rules'
//! segments where a segment ends without punctuation: headings, credits, captions
//! and headline bullets run into the text, or any sentence end in wholly
//! lower-case text), `furniture` (after the model, lowercased text only: lines of
//! web-page furniture from `web_furniture.txt` and a title the text repeats),
//! `credits` (after it: photo credits, bylines and date stamps run into the text).

mod abbreviation_join;
mod attribution;
mod boundary;
mod casing;
mod credits;
mod dateline;
mod furniture;
pub mod gap_model;
mod headline;
mod lexicon;
mod line;
mod list_marker;
mod notices;
mod quote_state;
mod segment_kind;
mod source_tail;
mod splitter;
mod token;
mod word_classes;
mod word_set;

#[cfg(test)]
mod tests;

use serde::Deserialize;

pub use lexicon::Lexicon;
pub use splitter::{split, split_by_rules, split_into, split_with_model, Segment};
pub use token::Token;

use crate::params::{typed, ParamSpec, ParamType, Params};
use crate::records::{RecordKind, Records, Sentence};
use crate::registry::StageSpec;
use crate::stage::{Scope, Stage, StageError, StageInput};

pub fn spec() -> StageSpec {
    StageSpec {
        kind: "sentences.v1",
        scope: Scope::Article,
        needs: &[RecordKind::Normalised],
        provides: RecordKind::Sentences,
        params: &[
            ParamSpec {
                name: "abbreviations",
                ty: ParamType::StringList,
                help: "extra abbreviations (the final dot optional) after which no sentence \
                       ends unless a capitalised word follows, like `Inc` or `Calif`",
            },
            ParamSpec {
                name: "name_abbreviations",
                ty: ParamType::StringList,
                help: "extra titles written before a name (the final dot optional), like \
                       `Supt` or `Cllr`, after which no sentence ends",
            },
        ],
        build: |p: &Params| Ok(Box::new(Sentences::new(typed(p)?))),
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentencesParams {
    #[serde(default)]
    pub abbreviations: Vec<String>,
    #[serde(default)]
    pub name_abbreviations: Vec<String>,
}

pub struct Sentences {
    /// `None` when the parameters add nothing to the built-in lists.
    lexicon: Option<Lexicon>,
}

impl Sentences {
    pub fn new(params: SentencesParams) -> Self {
        let extra = !params.abbreviations.is_empty() || !params.name_abbreviations.is_empty();
        Sentences {
            lexicon: extra
                .then(|| Lexicon::with_extra(&params.abbreviations, &params.name_abbreviations)),
        }
    }

    fn lexicon(&self) -> &Lexicon {
        self.lexicon
            .as_ref()
            .unwrap_or_else(|| Lexicon::default_ref())
    }
}

impl Stage for Sentences {
    fn run(&self, input: &StageInput<'_>) -> Result<Records, StageError> {
        let lex = self.lexicon();
        let mut out = Vec::new();
        let mut segments = Vec::new();
        for article in input.normalised()? {
            segments.clear();
            split_into(&article.text, lex, &mut segments);
            out.extend(segments.iter().enumerate().map(|(index, s)| Sentence {
                article: article.article.clone(),
                index,
                start: s.start,
                end: s.end,
                text: article.text.get(s.start..s.end).unwrap_or("").to_string(),
                kind: s.kind,
                paragraph: s.paragraph,
            }));
        }
        Ok(Records::Sentences(out))
    }
}
