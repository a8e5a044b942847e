//! `sentences.v1`: splits each normalised article into sentences and segments.
//!
//! PLACEHOLDER: breaks at line ends and after `.`, `!` or `?` followed by a
//! space. The real splitter replaces this.

use serde::Deserialize;

use crate::params::{typed, ParamSpec, ParamType, Params};
use crate::records::{RecordKind, Records, SegmentKind, Sentence};
use crate::registry::StageSpec;
use crate::stage::{Scope, Stage, StageError, StageInput};

pub fn spec() -> StageSpec {
    StageSpec {
        kind: "sentences.v1",
        scope: Scope::Article,
        needs: &[RecordKind::Normalised],
        provides: RecordKind::Sentences,
        params: &[ParamSpec {
            name: "abbreviations",
            ty: ParamType::StringList,
            help: "extra abbreviations (without the final dot) after which no sentence ends",
        }],
        build: |p: &Params| Ok(Box::new(Sentences { _params: typed(p)? })),
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentencesParams {
    #[serde(default)]
    pub abbreviations: Vec<String>,
}

pub struct Sentences {
    _params: SentencesParams,
}

impl Stage for Sentences {
    fn run(&self, input: &StageInput<'_>) -> Result<Records, StageError> {
        let mut out = Vec::new();
        for article in input.normalised()? {
            let text = &article.text;
            let mut index = 0;
            let mut paragraph = 0;
            let mut start = 0;
            let bytes = text.as_bytes();
            let mut i = 0;
            while i <= bytes.len() {
                let at_end = i == bytes.len();
                let line_end = !at_end && bytes[i] == b'\n';
                let punct_end = !at_end
                    && matches!(bytes[i], b'.' | b'!' | b'?')
                    && bytes.get(i + 1) == Some(&b' ');
                if at_end || line_end || punct_end {
                    let end = if punct_end { i + 1 } else { i };
                    let piece = text[start..end].trim();
                    if !piece.is_empty() {
                        let s =
                            start + (text[start..end].len() - text[start..end].trim_start().len());
                        out.push(Sentence {
                            article: article.article.clone(),
                            index,
                            start: s,
                            end: s + piece.len(),
                            text: piece.to_string(),
                            kind: SegmentKind::Body,
                            paragraph,
                        });
                        index += 1;
                    }
                    if line_end && bytes.get(i + 1) == Some(&b'\n') {
                        paragraph += 1;
                    }
                    start = end + usize::from(line_end);
                }
                i += 1;
            }
        }
        Ok(Records::Sentences(out))
    }
}
