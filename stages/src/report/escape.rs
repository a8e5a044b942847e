//! Escaping text for HTML, Markdown, CSV and URLs.

/// Text safe inside HTML elements and quoted attributes.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    html_into(&mut out, text);
    out
}

/// Appends `text` to `out`, escaped as [`html`] does. Runs of characters that
/// need no escape are copied at once.
pub fn html_into(out: &mut String, text: &str) {
    escape_into(out, text, &HTML_SPECIAL, |b| match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'"' => Some("&quot;"),
        b'\'' => Some("&#39;"),
        _ => None,
    });
}

/// Text that Markdown shows as written: punctuation with a meaning is
/// backslash-escaped and line breaks fold to spaces.
#[cfg(test)]
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    markdown_into(&mut out, text);
    out
}

/// Appends `text` to `out`, escaped as [`markdown`] does.
pub fn markdown_into(out: &mut String, text: &str) {
    escape_into(out, text, &MARKDOWN_SPECIAL, |b| match b {
        b'\\' => Some("\\\\"),
        b'`' => Some("\\`"),
        b'*' => Some("\\*"),
        b'_' => Some("\\_"),
        b'[' => Some("\\["),
        b']' => Some("\\]"),
        b'<' => Some("\\<"),
        b'>' => Some("\\>"),
        b'#' => Some("\\#"),
        b'|' => Some("\\|"),
        b'!' => Some("\\!"),
        b'{' => Some("\\{"),
        b'}' => Some("\\}"),
        b'\n' | b'\r' => Some(" "),
        _ => None,
    });
}

/// The bytes [`html_into`] replaces.
const HTML_SPECIAL: [u8; 256] = special(b"&<>\"'");

/// The bytes [`markdown_into`] replaces.
const MARKDOWN_SPECIAL: [u8; 256] = special(b"\\`*_[]<>#|!{}\n\r");

/// A table with 1 at the bytes in `bytes`, 0 elsewhere.
const fn special(bytes: &[u8]) -> [u8; 256] {
    let mut table = [0; 256];
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = 1;
        i += 1;
    }
    table
}

/// The first byte at or after `from` marked in `special`. Eight bytes are looked up
/// at a time and their marks or-ed, with no branch a byte: most text has long runs
/// with nothing to escape.
fn next_special(bytes: &[u8], from: usize, special: &[u8; 256]) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let (chunks, tail) = rest.as_chunks::<8>();
    let marked = |b: &u8| special[usize::from(*b)] != 0;
    for (n, chunk) in chunks.iter().enumerate() {
        if chunk
            .iter()
            .fold(0, |any, &b| any | special[usize::from(b)])
            != 0
        {
            return chunk.iter().position(marked).map(|k| from + 8 * n + k);
        }
    }
    tail.iter()
        .position(marked)
        .map(|k| from + 8 * chunks.len() + k)
}

/// Copies `text` to `out`, replacing each ASCII byte marked in `special` by what
/// `replace` gives for it (a marked byte `replace` leaves alone is copied). Only ASCII
/// bytes are replaced, so the runs between them are whole characters; a run is found
/// by [`next_special`] and copied at once.
fn escape_into(
    out: &mut String,
    text: &str,
    special: &[u8; 256],
    replace: impl Fn(u8) -> Option<&'static str>,
) {
    let bytes = text.as_bytes();
    out.reserve(bytes.len());
    let mut from = 0;
    let mut at = 0;
    while let Some(i) = next_special(bytes, at, special) {
        at = i + 1;
        if let Some(with) = bytes.get(i).and_then(|&b| replace(b)) {
            out.push_str(&text[from..i]);
            out.push_str(with);
            from = at;
        }
    }
    out.push_str(&text[from..]);
}

/// One CSV field: quoted when needed, and guarded against being read as a
/// spreadsheet formula.
pub fn csv(field: &str) -> String {
    let guarded = if field.starts_with(['=', '+', '-', '@']) {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A path segment for a link: unreserved characters kept, the rest percent-encoded.
pub fn url_segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_formulas() {
        assert_eq!(
            html("<b>\"Tom\" & 'Jo'</b>"),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jo&#39;&lt;/b&gt;"
        );
        assert_eq!(markdown("a *b* [c](d)|e"), "a \\*b\\* \\[c\\](d)\\|e");
        assert_eq!(csv("plain"), "plain");
        assert_eq!(csv("a,\"b\""), "\"a,\"\"b\"\"\"");
        assert_eq!(csv("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(url_segment("set a/é"), "set%20a%2F%C3%A9");
    }

    /// Each ASCII byte, alone and between other text, escapes as the one-byte-at-a-time
    /// definition says: the tables list exactly the bytes replaced.
    #[test]
    fn the_tables_mark_exactly_the_replaced_bytes() {
        let html_one = |b: u8| match b {
            b'&' => "&amp;".to_string(),
            b'<' => "&lt;".to_string(),
            b'>' => "&gt;".to_string(),
            b'"' => "&quot;".to_string(),
            b'\'' => "&#39;".to_string(),
            _ => char::from(b).to_string(),
        };
        let md_one = |b: u8| match b {
            b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'#' | b'|' | b'!' | b'{'
            | b'}' => format!("\\{}", char::from(b)),
            b'\n' | b'\r' => " ".to_string(),
            _ => char::from(b).to_string(),
        };
        for b in 0u8..0x80 {
            let c = char::from(b);
            let text = format!("é{c}x{c}{c}");
            let want = |one: &dyn Fn(u8) -> String| format!("é{}x{}{}", one(b), one(b), one(b));
            assert_eq!(html(&text), want(&html_one), "byte {b:#x}");
            assert_eq!(markdown(&text), want(&md_one), "byte {b:#x}");
        }
    }

    /// A replaced byte is found wherever it sits against the eight-byte steps of the
    /// scan: at every offset of texts long enough to take several steps.
    #[test]
    fn replaced_bytes_are_found_at_every_offset() {
        for b in [b'&', b'\'', b'*', b'\n', b'#', b'}'] {
            let c = char::from(b);
            for before in 0..30 {
                for after in [0, 1, 7, 8, 9, 20] {
                    let text = format!("{}{c}{}é{c}", "ab".repeat(before), "z".repeat(after));
                    let by_byte = |table: &[u8; 256], f: &dyn Fn(char) -> String| -> String {
                        text.chars()
                            .map(|ch| {
                                if ch.is_ascii() && table[ch as usize] != 0 {
                                    f(ch)
                                } else {
                                    ch.to_string()
                                }
                            })
                            .collect()
                    };
                    assert_eq!(
                        html(&text),
                        by_byte(&HTML_SPECIAL, &|ch| html(&ch.to_string()))
                    );
                    assert_eq!(
                        markdown(&text),
                        by_byte(&MARKDOWN_SPECIAL, &|ch| markdown(&ch.to_string()))
                    );
                }
            }
        }
    }
}
