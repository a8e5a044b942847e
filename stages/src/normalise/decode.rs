//! Bytes to text: UTF-8 when valid, Windows-1252 otherwise.

use std::borrow::Cow;

use crate::records::Changes;

pub fn decode(bytes: &[u8], changes: &mut Changes) -> String {
    let bytes = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => {
            changes.byte_order_mark = true;
            rest
        }
        None => bytes,
    };
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => {
            changes.decoded_as_windows_1252 = true;
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            match text {
                Cow::Borrowed(s) => s.to_string(),
                Cow::Owned(s) => s,
            }
        }
    }
}
