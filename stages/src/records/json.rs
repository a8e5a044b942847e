//! Compact JSON writing of records, byte for byte what `serde_json::to_writer` writes,
//! faster: strings are escaped eight bytes at a time (most of a record's bytes are
//! article text with nothing to escape), and nothing goes through `io::Write`.
//!
//! Only what records hold is written here: strings, integers, booleans, options,
//! sequences, structs, maps with string keys and unit or newtype enum variants. Anything
//! else (a float, a byte string, a non-string map key) is an [`Unsupported`] error, and
//! [`write_compact`] then writes the value with `serde_json` instead, so the output is
//! the same whatever the value holds.

use serde::ser::{self, Serialize};

/// Appends `value` as compact JSON, as `serde_json::to_writer` would.
pub fn write_compact<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    let mark = out.len();
    if value.serialize(Compact { out: &mut *out }).is_err() {
        out.truncate(mark);
        // Plain data always serialises to a Vec.
        serde_json::to_writer(&mut *out, value).expect("serialise records");
    }
}

/// A value this writer leaves to `serde_json`.
#[derive(Debug)]
pub struct Unsupported;

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a value the compact writer leaves to serde_json")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

struct Compact<'a> {
    out: &'a mut Vec<u8>,
}

type Done = Result<(), Unsupported>;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `s` as a JSON string: quoted, with `"`, `\` and control characters escaped
/// as `serde_json` escapes them.
pub fn push_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut run = 0;
    while let Some(at) = next_escape(bytes, run) {
        out.extend_from_slice(&bytes[run..at]);
        let b = bytes[at];
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            _ => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xf)],
            ]),
        }
        run = at + 1;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// Appends `"key":` for a struct's field name. Field names are short and never escaped
/// in our records: such a name is tested byte by byte and copied at once (a record
/// writes one per field, so this runs about as often as `push_str` itself); any
/// other goes through [`push_str`].
fn push_key(out: &mut Vec<u8>, key: &str) {
    let bytes = key.as_bytes();
    if bytes.iter().any(|&b| escaped(b)) {
        push_str(out, key);
        out.push(b':');
        return;
    }
    out.reserve(bytes.len() + 3);
    out.push(b'"');
    out.extend_from_slice(bytes);
    out.extend_from_slice(b"\":");
}

/// The first byte at or after `from` that is escaped (below 0x20, `"` or `\`), eight
/// bytes at a time.
fn next_escape(bytes: &[u8], mut from: usize) -> Option<usize> {
    while let Some(chunk) = bytes.get(from..from + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let mask = escape_mask(u64::from_le_bytes(word));
        if mask != 0 {
            return Some(from + (mask.trailing_zeros() / 8) as usize);
        }
        from += 8;
    }
    // The last few bytes: the word ending with the string, shifted so that its first
    // lane is byte `from` and padded with spaces (never escaped), so that no byte
    // before `from` counts.
    let n = bytes.len();
    if from >= n {
        return None;
    }
    let Some(last) = n.checked_sub(8).and_then(|base| bytes.get(base..n)) else {
        // A string shorter than eight bytes, one byte at a time.
        return (from..n).find(|&j| bytes.get(j).is_some_and(|&b| escaped(b)));
    };
    let mut word = [0u8; 8];
    word.copy_from_slice(last);
    let shift = 8 * (from + 8 - n) as u32;
    let spaces = u64::from_le_bytes([b' '; 8]);
    let v = u64::from_le_bytes(word).checked_shr(shift).unwrap_or(0)
        | spaces.checked_shl(64 - shift).unwrap_or(0);
    let mask = escape_mask(v);
    (mask != 0).then(|| from + (mask.trailing_zeros() / 8) as usize)
}

/// Whether a byte is escaped: below 0x20, `"` or `\`.
fn escaped(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The high bit of each byte lane that may need escaping. The lowest set bit is exact
/// (the lane of the first byte below 0x20, `"` or `\`): each test is the "some byte
/// is zero" test on a transformed word, whose lowest hit has no borrow from below;
/// higher bits may be false hits, which are never read.
fn escape_mask(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    // A byte below 0x20: subtracting 0x20 borrows while the byte's high bit is clear.
    let below = v.wrapping_sub(ONES * 0x20) & !v & HIGH;
    below | zero(v ^ (ONES * u64::from(b'"'))) | zero(v ^ (ONES * u64::from(b'\\')))
}

fn push_int(out: &mut Vec<u8>, v: impl itoa::Integer) {
    let mut buf = itoa::Buffer::new();
    out.extend_from_slice(buf.format(v).as_bytes());
}

impl<'a> ser::Serializer for Compact<'a> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = Seq<'a>;
    type SerializeMap = Seq<'a>;
    type SerializeStruct = Seq<'a>;
    type SerializeStructVariant = Seq<'a>;

    fn serialize_bool(self, v: bool) -> Done {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Done {
        push_int(self.out, v);
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Done {
        push_int(self.out, v);
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Done {
        push_int(self.out, v);
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Done {
        push_int(self.out, v);
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Done {
        push_int(self.out, v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Done {
        push_int(self.out, v);
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Done {
        push_int(self.out, v);
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Done {
        push_int(self.out, v);
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Done {
        push_int(self.out, v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Done {
        push_int(self.out, v);
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Done {
        Err(Unsupported)
    }
    fn serialize_f64(self, _: f64) -> Done {
        Err(Unsupported)
    }
    fn serialize_char(self, v: char) -> Done {
        push_str(self.out, v.encode_utf8(&mut [0u8; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Done {
        push_str(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Done {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Done {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Done {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Done {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Done {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Done {
        push_str(self.out, variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Done {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Done {
        self.out.push(b'{');
        push_str(self.out, variant);
        self.out.push(b':');
        value.serialize(Compact {
            out: &mut *self.out,
        })?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, Unsupported> {
        self.out.push(b'[');
        Ok(Seq::new(self.out, b"]"))
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'a>, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq<'a>, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a>, Unsupported> {
        self.out.push(b'{');
        push_str(self.out, variant);
        self.out.extend_from_slice(b":[");
        Ok(Seq::new(self.out, b"]}"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Seq<'a>, Unsupported> {
        self.out.push(b'{');
        Ok(Seq::new(self.out, b"}"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Seq<'a>, Unsupported> {
        self.out.push(b'{');
        Ok(Seq::new(self.out, b"}"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a>, Unsupported> {
        self.out.push(b'{');
        push_str(self.out, variant);
        self.out.extend_from_slice(b":{");
        Ok(Seq::new(self.out, b"}}"))
    }
}

/// An array, object or variant being written: its closing bytes and whether an
/// element was written (for the commas).
struct Seq<'a> {
    out: &'a mut Vec<u8>,
    close: &'static [u8],
    first: bool,
}

impl<'a> Seq<'a> {
    fn new(out: &'a mut Vec<u8>, close: &'static [u8]) -> Self {
        Seq {
            out,
            close,
            first: true,
        }
    }

    fn comma(&mut self) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
    }

    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        value.serialize(Compact {
            out: &mut *self.out,
        })
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Done {
        self.comma();
        push_key(self.out, key);
        self.value(value)
    }

    fn end(self) -> Done {
        self.out.extend_from_slice(self.close);
        Ok(())
    }
}

impl ser::SerializeSeq for Seq<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.comma();
        self.value(value)
    }
    fn end(self) -> Done {
        Seq::end(self)
    }
}

impl ser::SerializeTuple for Seq<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.comma();
        self.value(value)
    }
    fn end(self) -> Done {
        Seq::end(self)
    }
}

impl ser::SerializeTupleStruct for Seq<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.comma();
        self.value(value)
    }
    fn end(self) -> Done {
        Seq::end(self)
    }
}

impl ser::SerializeTupleVariant for Seq<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.comma();
        self.value(value)
    }
    fn end(self) -> Done {
        Seq::end(self)
    }
}

impl ser::SerializeMap for Seq<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Done {
        self.comma();
        key.serialize(Key {
            out: &mut *self.out,
        })?;
        self.out.push(b':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.value(value)
    }
    fn end(self) -> Done {
        Seq::end(self)
    }
}

impl ser::SerializeStruct for Seq<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Done {
        self.field(key, value)
    }
    fn end(self) -> Done {
        Seq::end(self)
    }
}

impl ser::SerializeStructVariant for Seq<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Done {
        self.field(key, value)
    }
    fn end(self) -> Done {
        Seq::end(self)
    }
}

/// A map key: a string as it is, any other key left to `serde_json`.
struct Key<'a> {
    out: &'a mut Vec<u8>,
}

impl ser::Serializer for Key<'_> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = ser::Impossible<(), Unsupported>;
    type SerializeTuple = ser::Impossible<(), Unsupported>;
    type SerializeTupleStruct = ser::Impossible<(), Unsupported>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = ser::Impossible<(), Unsupported>;
    type SerializeStruct = ser::Impossible<(), Unsupported>;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_str(self, v: &str) -> Done {
        push_str(self.out, v);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Done {
        value.serialize(self)
    }
    fn serialize_bool(self, _: bool) -> Done {
        Err(Unsupported)
    }
    fn serialize_i8(self, _: i8) -> Done {
        Err(Unsupported)
    }
    fn serialize_i16(self, _: i16) -> Done {
        Err(Unsupported)
    }
    fn serialize_i32(self, _: i32) -> Done {
        Err(Unsupported)
    }
    fn serialize_i64(self, _: i64) -> Done {
        Err(Unsupported)
    }
    fn serialize_u8(self, _: u8) -> Done {
        Err(Unsupported)
    }
    fn serialize_u16(self, _: u16) -> Done {
        Err(Unsupported)
    }
    fn serialize_u32(self, _: u32) -> Done {
        Err(Unsupported)
    }
    fn serialize_u64(self, _: u64) -> Done {
        Err(Unsupported)
    }
    fn serialize_f32(self, _: f32) -> Done {
        Err(Unsupported)
    }
    fn serialize_f64(self, _: f64) -> Done {
        Err(Unsupported)
    }
    fn serialize_char(self, _: char) -> Done {
        Err(Unsupported)
    }
    fn serialize_bytes(self, _: &[u8]) -> Done {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Done {
        Err(Unsupported)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Done {
        Err(Unsupported)
    }
    fn serialize_unit(self) -> Done {
        Err(Unsupported)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Done {
        Err(Unsupported)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Done {
        Err(Unsupported)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Done {
        Err(Unsupported)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    fn both<T: Serialize>(value: &T) {
        let mut ours = Vec::new();
        write_compact(&mut ours, value);
        let theirs = serde_json::to_vec(value).expect("serialise");
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        );
    }

    #[derive(Serialize)]
    enum E {
        Unit,
        New(u32),
        Tuple(i8, String),
        Struct { a: Option<u64>, b: Vec<bool> },
    }

    #[derive(Serialize)]
    struct S {
        #[serde(rename = "a \"quoted\"\tname")]
        text: String,
        n: i64,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<String>,
        kinds: Vec<E>,
        map: BTreeMap<String, Vec<u16>>,
        unit: (),
        c: char,
        f: f64,
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let mut all = String::new();
        for b in 0u8..0x80 {
            all.push(char::from(b));
        }
        all.push_str("é “quoted” \u{2028} end");
        for s in [
            "",
            "a",
            "plain text longer than eight bytes",
            "\"",
            "a\\b",
            "line\nbreak\r\n\ttab",
            "\u{7f}\u{1f}\u{0}",
            "12345678\"12345678\\",
            all.as_str(),
        ] {
            both(&s);
            for cut in 0..s.len() {
                if let Some(tail) = s.get(cut..) {
                    both(&tail);
                }
            }
        }
    }

    #[test]
    fn values_write_as_serde_json_writes_them() {
        let s = S {
            text: "a \"b\"\n".into(),
            n: -42,
            skipped: None,
            kinds: vec![
                E::Unit,
                E::New(7),
                E::Tuple(-1, "x".into()),
                E::Struct {
                    a: Some(u64::MAX),
                    b: vec![true, false],
                },
            ],
            map: BTreeMap::from([("k\"".to_string(), vec![1, 2]), ("z".into(), vec![])]),
            unit: (),
            c: '\n',
            f: 0.5,
        };
        both(&s);
        both(&serde_json::json!({"a": [1, -2, 3.25, null, true, "s"], "b": {"c": {}}}));
        both(&vec![Some(1u8), None]);
        both(&BTreeMap::from([(1u32, 2u32)]));
    }
}
