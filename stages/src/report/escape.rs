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
    escape_into(out, text, |b| match b {
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
    escape_into(out, text, |b| match b {
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

/// Copies `text` to `out`, replacing each ASCII byte for which `replace` gives
/// a string. Only ASCII bytes are replaced, so the runs between them are whole
/// characters.
fn escape_into(out: &mut String, text: &str, replace: impl Fn(u8) -> Option<&'static str>) {
    let mut from = 0;
    for (i, b) in text.bytes().enumerate() {
        if let Some(with) = replace(b) {
            out.push_str(&text[from..i]);
            out.push_str(with);
            from = i + 1;
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
}
