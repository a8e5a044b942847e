//! `normalise.v1`: raw article bytes to clean text.
//!
//! Decodes (UTF-8, else Windows-1252 with a warning), repairs UTF-8 read as
//! Windows-1252 (`â€™` → `’`), applies Unicode NFC, turns exotic spaces into
//! plain ones, drops control and zero-width characters, lifts media markup
//! (`%image(..., alt="caption")`) out of the body keeping its caption as data,
//! and lays the text out as paragraphs separated by one blank line. Inside a
//! paragraph, runs of spaces fold to one; a single line break is kept, since
//! in real files it separates a caption or label line from the paragraph.
//! Typographic quotes and apostrophes are kept as they are; a closing quotation
//! mark lost to a bad decoding (`�?`) is put back where a quotation is open.

mod chars;
mod decode;
mod entities;
mod lost_quotes;
mod markup;
mod mojibake;

use serde::Deserialize;

use crate::params::{typed, ParamSpec, ParamType, Params};
use crate::records::{Changes, NormalisedArticle, RawArticle, RecordKind, Records};
use crate::registry::StageSpec;
use crate::stage::{Scope, Stage, StageError, StageInput};

pub fn spec() -> StageSpec {
    StageSpec {
        kind: "normalise.v1",
        scope: Scope::Article,
        needs: &[RecordKind::Articles],
        provides: RecordKind::Normalised,
        params: &[ParamSpec {
            name: "repair_mojibake",
            ty: ParamType::Bool,
            help: "repair UTF-8 text that was read as Windows-1252 (default true)",
        }],
        build: |p: &Params| Ok(Box::new(Normalise::new(typed(p)?))),
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NormaliseParams {
    #[serde(default = "yes")]
    pub repair_mojibake: bool,
    /// Decode HTML character references (`&amp;`). Not a pipeline parameter (always
    /// on there): only the gap model's trainer turns it off, to count its word-pair
    /// table over the text that the shipped table was counted from
    /// (`stages/examples/train_boundaries.rs`, `PAIRS_DECODE_ENTITIES`).
    #[serde(skip, default = "yes")]
    pub decode_entities: bool,
}

fn yes() -> bool {
    true
}

impl Default for NormaliseParams {
    fn default() -> Self {
        NormaliseParams {
            repair_mojibake: true,
            decode_entities: true,
        }
    }
}

pub struct Normalise {
    params: NormaliseParams,
}

impl Normalise {
    pub fn new(params: NormaliseParams) -> Self {
        Normalise { params }
    }
}

impl Stage for Normalise {
    fn run(&self, input: &StageInput<'_>) -> Result<Records, StageError> {
        Ok(Records::Normalised(
            input
                .articles
                .iter()
                .map(|a| normalise(a, &self.params))
                .collect(),
        ))
    }
}

/// Normalises one article. Never fails: problems become warnings.
pub fn normalise(article: &RawArticle, params: &NormaliseParams) -> NormalisedArticle {
    let mut changes = Changes::default();
    let mut warnings = Vec::new();
    let decoded = decode::decode(&article.bytes, &mut changes);
    if changes.decoded_as_windows_1252 {
        warnings.push("not valid UTF-8: decoded as Windows-1252".to_string());
    }
    let repaired = if params.repair_mojibake {
        mojibake::repair(decoded, &mut changes)
    } else {
        decoded
    };
    let repaired = if params.decode_entities {
        entities::decode(repaired, &mut changes)
    } else {
        repaired
    };
    let cleaned = chars::clean(&repaired, &mut changes);
    let cleaned = lost_quotes::repair(cleaned, &mut changes);
    let (text, captions) = markup::layout(&cleaned, &mut changes);
    if changes.lost_quotes_flagged > 0 {
        warnings.push(format!(
            "{} lost quotation mark(s) (U+FFFD then ?) left unrepaired: no quotation open there",
            changes.lost_quotes_flagged
        ));
    }
    if text.is_empty() {
        warnings.push("empty article: no text after normalisation".to_string());
    }
    NormalisedArticle {
        article: article.id.clone(),
        text,
        captions,
        changes,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(bytes: &[u8]) -> NormalisedArticle {
        normalise(
            &RawArticle {
                id: "a".into(),
                bytes: bytes.to_vec(),
            },
            &NormaliseParams::default(),
        )
    }

    #[test]
    fn paragraphs_are_separated_by_one_blank_line_and_spaces_fold() {
        let n = norm(b"  First   line.\r\n\r\n\r\n\tSecond\xc2\xa0para.  \n\n");
        assert_eq!(n.text, "First line.\n\nSecond para.");
        assert_eq!(n.changes.spaces_replaced, 1);
    }

    #[test]
    fn single_line_break_inside_a_paragraph_is_kept() {
        assert_eq!(
            norm(b"Body text.\nA caption line\n\nNext").text,
            "Body text.\nA caption line\n\nNext"
        );
    }

    #[test]
    fn lone_carriage_returns_are_line_breaks() {
        assert_eq!(norm(b"One.\r\rTwo.").text, "One.\n\nTwo.");
    }

    #[test]
    fn invalid_utf8_is_decoded_as_windows_1252_with_a_warning() {
        let n = norm(b"Caf\xe9 \x93quoted\x94");
        assert_eq!(n.text, "Café “quoted”");
        assert!(n.changes.decoded_as_windows_1252);
        assert_eq!(n.warnings.len(), 1);
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        let n = norm(b"\xef\xbb\xbfHello.");
        assert_eq!(n.text, "Hello.");
        assert!(n.changes.byte_order_mark);
    }

    #[test]
    fn mojibake_is_repaired_and_typographic_quotes_kept() {
        let n = norm("He said â€œyesâ€\u{9d} and itâ€™s CafÃ© time.".as_bytes());
        assert_eq!(n.text, "He said “yes” and it’s Café time.");
        assert_eq!(n.changes.mojibake_repaired, 4);
    }

    #[test]
    fn zero_width_and_control_characters_are_removed() {
        let n = norm("A\u{200b}B\u{0007}C\u{feff}D".as_bytes());
        assert_eq!(n.text, "ABCD");
        assert_eq!(n.changes.controls_removed, 3);
    }

    #[test]
    fn text_is_nfc() {
        let n = norm("Cafe\u{301}".as_bytes());
        assert_eq!(n.text, "Caf\u{e9}");
        assert!(n.changes.nfc_changed);
    }

    #[test]
    fn image_markup_is_removed_and_its_caption_kept() {
        let raw =
            "Before.\n\n%image(123, type=\"full\", alt=\"A man said \"hi\" PA Wire\")\n\nAfter.";
        let n = norm(raw.as_bytes());
        assert_eq!(n.text, "Before.\n\nAfter.");
        assert_eq!(n.captions.len(), 1);
        assert_eq!(n.captions[0].text, "A man said \"hi\" PA Wire");
        assert_eq!(n.captions[0].media, "image");
        assert_eq!(n.captions[0].at, "Before.\n\n".len());
    }

    #[test]
    fn empty_article_is_kept_with_a_warning() {
        let n = norm(b"  \n\n ");
        assert_eq!(n.text, "");
        assert_eq!(
            n.warnings,
            vec!["empty article: no text after normalisation"]
        );
    }

    #[test]
    fn lost_closing_quote_is_repaired_or_flagged() {
        let n = norm("It was \u{201c}late.\u{fffd}? We left.\n\nCost: 9\u{fffd}?".as_bytes());
        assert_eq!(
            n.text,
            "It was \u{201c}late.\u{201d} We left.\n\nCost: 9\u{fffd}?"
        );
        assert_eq!(n.changes.lost_quotes_repaired, 1);
        assert_eq!(n.changes.lost_quotes_flagged, 1);
        assert_eq!(n.warnings.len(), 1);
    }

    #[test]
    fn right_to_left_text_survives() {
        let n = norm("שלום עולם. مرحبا".as_bytes());
        assert_eq!(n.text, "שלום עולם. مرحبا");
    }
}
