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
const HTML_SPECIAL: [bool; 256] = special(b"&<>\"'");

/// The bytes [`markdown_into`] replaces.
const MARKDOWN_SPECIAL: [bool; 256] = special(b"\\`*_[]<>#|!{}\n\r");

/// A table of the bytes in `bytes`.
const fn special(bytes: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
}

/// Copies `text` to `out`, replacing each ASCII byte marked in `special` by what
/// `replace` gives for it (a marked byte `replace` leaves alone is copied). Only ASCII
/// bytes are replaced, so the runs between them are whole characters; a run is found
/// by one table lookup a byte and copied at once.
fn escape_into(
    out: &mut String,
    text: &str,
    special: &[bool; 256],
    replace: impl Fn(u8) -> Option<&'static str>,
) {
    let bytes = text.as_bytes();
    out.reserve(bytes.len());
    let mut from = 0;
    let mut at = 0;
    while let Some(k) = bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| special[usize::from(b)]))
    {
        let i = at + k;
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
}
