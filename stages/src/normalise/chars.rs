//! Character-level clean-up: NFC, spaces, line ends, invisible characters.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::records::Changes;

/// Returns NFC text with `\n` line ends, plain spaces, and no control,
/// zero-width or bidirectional formatting characters.
pub fn clean(text: &str, changes: &mut Changes) -> String {
    let already_nfc = text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes;
    let text: std::borrow::Cow<str> = if already_nfc {
        text.into()
    } else {
        let nfc: String = text.nfc().collect();
        changes.nfc_changed = nfc != text;
        nfc.into()
    };
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | ' ' => out.push(c),
            '\u{2028}' => out.push('\n'),
            '\u{2029}' => out.push_str("\n\n"),
            '\t' | '\u{0B}' | '\u{0C}' => out.push(' '),
            c if is_exotic_space(c) => {
                changes.spaces_replaced += 1;
                out.push(' ');
            }
            c if is_invisible(c) => changes.controls_removed += 1,
            c => out.push(c),
        }
    }
    out
}

fn is_exotic_space(c: char) -> bool {
    matches!(
        c,
        '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{85}'
    )
}

fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}'
        )
}
