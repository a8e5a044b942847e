//! Paragraph layout and removal of embedded media markup.

use std::borrow::Cow;

use crate::records::{Caption, Changes};

/// Lays `text` out as paragraphs separated by one blank line, folding runs of
/// spaces, and lifts media markup lines out of the body as captions.
pub fn layout(text: &str, changes: &mut Changes) -> (String, Vec<Caption>) {
    let mut out = String::with_capacity(text.len());
    let mut captions = Vec::new();
    // `pending` is the separator owed before the next kept line.
    let mut pending: Option<&str> = None;
    for raw_line in text.split('\n') {
        let line = fold_spaces(raw_line);
        if line.is_empty() {
            if !out.is_empty() {
                pending = Some("\n\n");
            }
            continue;
        }
        if let Some((media, caption)) = media_markup(&line) {
            changes.markup_removed += 1;
            // The markup ends its paragraph: the next kept text starts after a blank line.
            let at = if out.is_empty() { 0 } else { out.len() + 2 };
            if !caption.is_empty() {
                captions.push(Caption {
                    media,
                    text: caption,
                    at,
                });
            }
            if !out.is_empty() {
                pending = Some("\n\n");
            }
            continue;
        }
        if let Some(sep) = pending.take() {
            out.push_str(sep);
        }
        out.push_str(&line);
        pending = Some("\n");
    }
    (out, captions)
}

/// `line` without leading, trailing or repeated spaces. Most lines have none, and
/// are returned as they are.
fn fold_spaces(line: &str) -> Cow<'_, str> {
    let b = line.as_bytes();
    let untidy = b.first() == Some(&b' ')
        || b.last() == Some(&b' ')
        || memchr::memmem::find(b, b"  ").is_some();
    if !untidy {
        return line.into();
    }
    let mut out = String::with_capacity(line.len());
    for word in line.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.into()
}

/// Recognises a line that is one piece of media markup: `%image(...)`,
/// `%video(...)` and the like, or a `[caption ...]...[/caption]` shortcode.
/// Returns the media kind and the caption it carries.
fn media_markup(line: &str) -> Option<(String, String)> {
    if let Some(rest) = line.strip_prefix('%') {
        let open = rest.find('(')?;
        let media = &rest[..open];
        if media.is_empty() || !media.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_') {
            return None;
        }
        let inner = rest[open + 1..].strip_suffix(')')?;
        let caption = attribute(inner, "alt=\"")
            .or_else(|| attribute(inner, "caption=\""))
            .unwrap_or_default();
        return Some((media.to_ascii_lowercase(), caption));
    }
    if line.starts_with("[caption") && line.ends_with("[/caption]") {
        let body_start = line.find(']')? + 1;
        // `get` also refuses a first `]` that is the closing tag's own.
        let body = line.get(body_start..line.len() - "[/caption]".len())?;
        return Some(("caption".to_string(), fold_spaces(body.trim()).into_owned()));
    }
    None
}

/// The value of `key"...` running to the last double quote: captions hold
/// unescaped double quotes, so the closing one is the last in the markup.
fn attribute(inner: &str, key: &str) -> Option<String> {
    let start = inner.find(key)? + key.len();
    let end = inner.rfind('"')?;
    (end >= start).then(|| inner[start..end].trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_shortcode_without_its_own_bracket_is_left_as_text() {
        let mut changes = Changes::default();
        let (text, captions) = layout("[caption x[/caption]", &mut changes);
        assert_eq!(text, "[caption x[/caption]");
        assert!(captions.is_empty());
        let (text, captions) = layout("[caption id=1]A boat.[/caption]", &mut changes);
        assert_eq!((text.as_str(), captions[0].text.as_str()), ("", "A boat."));
    }
}
