//! Character-level clean-up: NFC, spaces, line ends, invisible characters.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::records::Changes;

/// Returns NFC text with `\n` line ends, plain spaces, and no control,
/// zero-width or bidirectional formatting characters.
pub fn clean(text: &str, changes: &mut Changes) -> String {
    let text = nfc(text, changes);
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    loop {
        // most text is plain ASCII that stays as it is: copy it a run at a time
        let plain = plain_ascii_len(rest.as_bytes());
        out.push_str(&rest[..plain]);
        rest = &rest[plain..];
        let mut chars = rest.chars();
        let Some(c) = chars.next() else {
            break;
        };
        rest = chars.as_str();
        push_cleaned(c, rest.starts_with('\n'), &mut out, changes);
    }
    out
}

/// The length of the leading run of bytes that `clean` keeps unchanged without
/// looking at them as characters: printable ASCII, space and `\n`.
fn plain_ascii_len(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let plain = |b: u8| b == b'\n' || (b' '..=b'~').contains(&b);
    let mut at = 0;
    loop {
        // Eight bytes at a time while none is below a space, `DEL` or above ASCII...
        while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
            let v = u64::from_le_bytes(*chunk);
            let below_space = v.wrapping_sub(ONES * 0x20) & !v;
            let d = v ^ (ONES * 0x7f);
            let del = d.wrapping_sub(ONES) & !d;
            if (v | below_space | del) & HIGH != 0 {
                break;
            }
            at += 8;
        }
        // ... then the next eight one by one (a line's `\n` stops the fast run, and
        // it goes on after it).
        let end = (at + 8).min(bytes.len());
        if let Some(p) = bytes
            .get(at..end)
            .and_then(|b| b.iter().position(|&b| !plain(b)))
        {
            return at + p;
        }
        if end == bytes.len() {
            return end;
        }
        at = end;
    }
}

/// Appends what one character that is not plain ASCII becomes. `lf_next` tells
/// whether a `\n` follows, which makes a `\r` part of a CRLF pair.
fn push_cleaned(c: char, lf_next: bool, out: &mut String, changes: &mut Changes) {
    match c {
        '\r' => {
            if !lf_next {
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

/// The text in NFC. Only lines that the quick check does not pass are run through
/// the (costly) normaliser: a line break is a starter that composes with nothing,
/// so normalising line by line gives the same text as normalising it whole.
fn nfc<'a>(text: &'a str, changes: &mut Changes) -> Cow<'a, str> {
    if quick_nfc(text) {
        return text.into();
    }
    let mut nfc = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if quick_nfc(line) {
            nfc.push_str(line);
        } else {
            nfc.extend(line.nfc());
        }
    }
    changes.nfc_changed = nfc != text;
    nfc.into()
}

/// Whether `text` passes NFC's quick check (`is_nfc_quick` says `Yes`). An ASCII
/// character is a starter the check always allows and that resets its state, so each run
/// of other characters is checked alone, and the ASCII between them is passed over eight
/// bytes at a time without decoding it.
fn quick_nfc(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        at += ascii_len(bytes.get(at..).unwrap_or(&[]));
        if at >= bytes.len() {
            return true;
        }
        let rest = bytes.get(at..).unwrap_or(&[]);
        let end = at + rest.iter().position(u8::is_ascii).unwrap_or(rest.len());
        // (`at` starts a character, as the ASCII before it ends one; `end` is ASCII or the end)
        let Some(run) = text.get(at..end) else {
            return is_nfc_quick(text.chars()) == IsNormalized::Yes;
        };
        if is_nfc_quick(run.chars()) != IsNormalized::Yes {
            return false;
        }
        at = end;
    }
}

/// The length of the leading run of ASCII bytes, eight at a time.
fn ascii_len(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        if u64::from_le_bytes(*chunk) & HIGH != 0 {
            break;
        }
        at += 8;
    }
    at + bytes
        .get(at..)
        .unwrap_or(&[])
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(bytes.len() - at)
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_quick_check_by_runs_answers_as_the_whole() {
        for text in [
            "",
            "plain",
            "caf\u{e9} \u{2019}quoted\u{201d}",
            "cafe\u{301} x",
            "a\u{301}\u{300}b",
            "e\u{300}\u{301}",
            "e\u{316}\u{301} then \u{301}\u{316}",
            "\u{301}",
            "x \u{1100}\u{1161} y",
            "\u{212b} angstrom",
        ] {
            assert_eq!(
                quick_nfc(text),
                is_nfc_quick(text.chars()) == IsNormalized::Yes,
                "{text:?}"
            );
        }
    }

    #[test]
    fn plain_ascii_len_is_the_first_byte_not_plain() {
        let plain = |b: u8| b == b'\n' || (b' '..=b'~').contains(&b);
        let base = b"the river rose\non monday, officials said; all ~ fine".to_vec();
        for at in 0..base.len() {
            for b in 0..=255u8 {
                let mut text = base.clone();
                text[at] = b;
                let want = text.iter().position(|&b| !plain(b)).unwrap_or(text.len());
                for from in [0, 1, 7, 9] {
                    let part = &text[from.min(at)..];
                    let want = want - from.min(at);
                    assert_eq!(plain_ascii_len(part), want, "{at} {b}");
                }
            }
        }
    }

    /// The clean-up as first written, one character at a time on the whole text.
    fn reference(text: &str, changes: &mut Changes) -> String {
        let already = text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes;
        let text: String = if already {
            text.to_string()
        } else {
            let nfc: String = text.nfc().collect();
            changes.nfc_changed = nfc != text;
            nfc
        };
        let mut out = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let lf_next = chars.peek() == Some(&'\n');
            push_cleaned(c, lf_next, &mut out, changes);
        }
        out
    }

    fn same_as_reference(text: &str) {
        let (mut a, mut b) = (Changes::default(), Changes::default());
        assert_eq!(clean(text, &mut a), reference(text, &mut b));
        assert_eq!(a, b);
    }

    #[test]
    fn runs_and_special_characters_mix() {
        for s in [
            "",
            "plain",
            "a\r\nb\rc\r",
            "Cafe\u{301}\nx\u{300}\u{327}y\n\u{301}",
            "\u{A0}x\u{200B}\u{7F}\u{1}\t\u{2029}z",
            "e\n\u{301}",
        ] {
            same_as_reference(s);
        }
    }

    proptest! {
        #[test]
        fn same_as_whole_text_clean_up(s in "([a-e \\r\\n\\t\\x00\\x7f]|[\\u{300}-\\u{36f}]|[\\u{a0}\\u{2028}\\u{2029}\\u{200b}\\u{1100}\\u{1161}\\u{11a8}\\u{ac00}é])*") {
            same_as_reference(&s);
        }
    }
}
