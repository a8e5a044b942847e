//! Decodes the HTML character references that web text carried into plain text.
//!
//! Pages scraped without an HTML parser keep `&amp;` where they wrote `&`
//! (`simon &amp; schuster`), and now and then `&quot;`, `&#39;` or `&nbsp;`. Only
//! well-formed references are decoded: the named ones below and numeric ones
//! (`&#8217;`, `&#x2019;`) for a character that is no control. Anything else that
//! starts with `&` stays as it is.

use crate::records::Changes;

/// The named references decoded, with their characters.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
    ("lt", '<'),
    ("gt", '>'),
    ("nbsp", '\u{a0}'),
];

/// The longest reference read between `&` and `;` (`#x10FFFF` is eight).
const LONGEST: usize = 8;

/// `text` with its character references decoded, counted in `changes`.
pub fn decode(text: String, changes: &mut Changes) -> String {
    if !text.contains('&') {
        return text;
    }
    let before = changes.entities_decoded;
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match reference(rest) {
            Some((c, len)) => {
                out.push(c);
                changes.entities_decoded += 1;
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    if changes.entities_decoded == before {
        return text;
    }
    out.push_str(rest);
    out
}

/// The character of the reference `s` opens with (`s` starts with `&`) and the
/// reference's length in bytes, `;` included.
fn reference(s: &str) -> Option<(char, usize)> {
    let body = s.get(1..)?;
    let end = body.bytes().take(LONGEST + 1).position(|b| b == b';')?;
    let name = &body[..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        char::from_u32(code).filter(|c| !c.is_control())?
    } else {
        NAMED.iter().find(|(n, _)| *n == name)?.1
    };
    Some((c, end + 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> (String, usize) {
        let mut changes = Changes::default();
        let out = decode(s.to_string(), &mut changes);
        (out, changes.entities_decoded)
    }

    #[test]
    fn decodes_named_and_numeric_references() {
        assert_eq!(dec("simon &amp; schuster"), ("simon & schuster".into(), 1));
        assert_eq!(dec("&quot;yes&quot;"), ("\"yes\"".into(), 2));
        assert_eq!(dec("it&#39;s it&#x2019;s"), ("it's it\u{2019}s".into(), 2));
    }

    #[test]
    fn leaves_what_is_no_reference() {
        for s in [
            "at&t",
            "a & b",
            "&unknown; &",
            "&#0; &#x1b;",
            "&amp",
            "&#xFFFFFFFFF;",
        ] {
            assert_eq!(dec(s), (s.to_string(), 0), "{s}");
        }
    }

    #[test]
    fn decodes_once() {
        assert_eq!(dec("&amp;amp;"), ("&amp;".into(), 1));
    }
}
