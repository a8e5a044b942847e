//! Giant articles read in windows: the byte ranges a stage reads one article in.
//!
//! The quote and casualty stages hold several times an article's size in working memory
//! (tokens, name mentions, coreference). An article longer than a stage's `window_bytes`
//! parameter is therefore read in consecutive windows of about that many bytes, each cut
//! after a line break, and each window is read as if it were an article of its own: links
//! between windows (coreference, running speakers, an article's people, a surname taking the
//! full name given earlier, casualty mentions merged into one fact) stop at its edges. Any
//! article at most `window_bytes` long, which is every real one at the default, is read whole
//! and gives exactly what it gave before windows existed.

use std::ops::Range;

use serde::Deserialize;

use crate::params::{typed, ParamSpec, ParamType, Params};

/// The default `window_bytes` of the quote and casualty stages: 1 MB, twenty times the
/// longest article of the corpus (50 KB), so that only generated or concatenated texts are
/// cut; a window then costs the stages some tens of MB of working memory.
pub const DEFAULT_WINDOW_BYTES: usize = 1_000_000;

/// The `window_bytes` parameter, as the quote and casualty stages declare it.
pub const WINDOW_PARAM: ParamSpec = ParamSpec {
    name: "window_bytes",
    ty: ParamType::Integer,
    help: "an article longer than this many bytes is read in windows of about this size, cut \
           after line breaks, each as an article of its own (coreference stops at their edges, \
           facts are merged within one); 0 reads every article whole (default 1000000)",
};

/// The parameters of a stage that reads long articles in windows.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WindowParams {
    #[serde(default = "default_window")]
    pub window_bytes: usize,
}

/// The `window_bytes` a stage's parameters give (the default when they give none).
pub fn window_bytes(params: &Params) -> Result<usize, String> {
    typed::<WindowParams>(params).map(|p| p.window_bytes)
}

fn default_window() -> usize {
    DEFAULT_WINDOW_BYTES
}

/// The ranges `text` is read in: the whole text when it is at most `window` bytes long or
/// `window` is 0; else consecutive ranges covering it, each ending after the first run of
/// line breaks at or past `window` bytes into it. A window finding no line break within a
/// further `window` bytes takes the rest of the text when that is all there is, else ends
/// after a space there, or failing that at the first character boundary: no window is longer
/// than about twice `window`.
pub fn windows(text: &str, window: usize) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    if window == 0 || bytes.len() <= window {
        return std::iter::once(0..bytes.len()).collect();
    }
    let mut out = Vec::with_capacity(bytes.len() / window + 1);
    let mut start = 0;
    while bytes.len() - start > window {
        let limit = start + window;
        let far = (limit + window).min(bytes.len());
        let seek = |b: u8| {
            bytes[limit..far]
                .iter()
                .position(|&x| x == b)
                .map(|p| limit + p)
        };
        let mut end = match seek(b'\n') {
            Some(p) => p + 1,
            // the rest of the text is no longer than a window: it is the last one
            None if far == bytes.len() => far,
            None => match seek(b' ') {
                Some(p) => p + 1,
                None => (limit..=bytes.len())
                    .find(|&p| text.is_char_boundary(p))
                    .unwrap_or(bytes.len()),
            },
        };
        while bytes.get(end) == Some(&b'\n') {
            end += 1;
        }
        out.push(start..end);
        start = end;
    }
    if start < bytes.len() {
        out.push(start..bytes.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cover(text: &str, window: usize) -> Vec<&str> {
        let ranges = windows(text, window);
        let mut at = 0;
        for r in &ranges {
            assert_eq!(r.start, at, "ranges are consecutive");
            assert!(r.end > r.start, "no range is empty");
            at = r.end;
        }
        assert_eq!(at, text.len(), "ranges cover the text");
        ranges.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn a_text_within_the_window_is_one_range() {
        assert_eq!(
            cover("Two lines.\nAnd more.", 100),
            ["Two lines.\nAnd more."]
        );
        assert_eq!(windows("", 10).iter().collect::<Vec<_>>(), [&(0..0)]);
        assert_eq!(cover("Any length at all.\n\nNo cut.", 0).len(), 1);
    }

    #[test]
    fn windows_end_after_the_line_breaks_past_the_limit() {
        assert_eq!(
            cover("aaaa.\nbbbb.\ncccc.", 4),
            ["aaaa.\n", "bbbb.\n", "cccc."]
        );
        assert_eq!(
            cover("aaaa.\n\nbbbb.\n\ncccc.", 4),
            ["aaaa.\n\n", "bbbb.\n\n", "cccc."]
        );
    }

    #[test]
    fn a_text_without_line_breaks_is_cut_after_a_space_or_a_character() {
        assert_eq!(
            cover("aaaa bbbb cccc dddd", 3),
            ["aaaa ", "bbbb ", "cccc ", "dddd"]
        );
        // no space either: cut at a character boundary, never inside a character
        assert_eq!(cover("éééééé", 3), ["éé", "éé", "éé"]);
    }
}
