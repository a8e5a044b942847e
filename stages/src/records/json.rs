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
    if value.serialize(Compact::<false>::at(&mut *out, 0)).is_err() {
        out.truncate(mark);
        // Plain data always serialises to a Vec.
        serde_json::to_writer(&mut *out, value).expect("serialise records");
    }
}

/// Appends `value` as pretty-printed JSON (two spaces of indent), byte for byte what
/// `serde_json::to_writer_pretty` writes: the reconciled document and the manifests.
/// An enum variant holding data is left to `serde_json` too (records have none).
pub fn write_pretty<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    let mark = out.len();
    if value.serialize(Compact::<true>::at(&mut *out, 0)).is_err() {
        out.truncate(mark);
        // Plain data always serialises to a Vec.
        serde_json::to_writer_pretty(&mut *out, value).expect("serialise records");
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

/// The writer; `PRETTY` writes as `serde_json`'s pretty formatter does, one value or
/// field a line, indented by two spaces a level (`depth`: the value's level).
struct Compact<'a, const PRETTY: bool> {
    out: &'a mut Vec<u8>,
    depth: usize,
}

impl<'a, const PRETTY: bool> Compact<'a, PRETTY> {
    fn at(out: &'a mut Vec<u8>, depth: usize) -> Self {
        Compact { out, depth }
    }

    /// Opens an array or object: `open`, then its contents a level deeper.
    fn open(self, open: u8, close: &'static [u8]) -> Seq<'a, PRETTY> {
        self.out.push(open);
        Seq::new(self.out, close, self.depth + 1)
    }

    /// Opens an enum variant holding an array or object, `{"variant":` and `open`
    /// (`:[` or `:{`), closed by `close`; the pretty writer leaves it to `serde_json`.
    fn variant(
        self,
        variant: &'static str,
        open: &[u8],
        close: &'static [u8],
    ) -> Result<Seq<'a, PRETTY>, Unsupported> {
        if PRETTY {
            return Err(Unsupported);
        }
        self.out.push(b'{');
        push_str(self.out, variant);
        self.out.extend_from_slice(open);
        Ok(Seq::new(self.out, close, self.depth + 1))
    }
}

/// Two spaces a level, after a line break.
fn push_indent(out: &mut Vec<u8>, depth: usize) {
    const SPACES: &[u8] = &[b' '; 64];
    let mut n = 2 * depth;
    while n > 0 {
        let k = n.min(SPACES.len());
        out.extend_from_slice(&SPACES[..k]);
        n -= k;
    }
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
    if any_escaped(bytes) {
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
    // Most of a record's bytes are runs with nothing to escape: 32 bytes at a time are
    // let through by one test the compiler does on whole vector registers; the eight-byte
    // words below then find the first escaped byte of a run that has one.
    while let Some(chunk) = bytes.get(from..).and_then(<[u8]>::first_chunk::<32>) {
        if any_escaped_in(chunk) {
            break;
        }
        from += 32;
    }
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

/// Whether any byte of a short string (a field name) is escaped: at most sixteen bytes
/// tested as one or two words of eight (overlapping where the string is shorter), instead
/// of a byte at a time.
fn any_escaped(bytes: &[u8]) -> bool {
    let n = bytes.len();
    let words = if n >= 8 {
        bytes
            .first_chunk::<8>()
            .zip(bytes.last_chunk::<8>())
            .filter(|_| n <= 16)
            .map(|(lo, hi)| (u64::from_le_bytes(*lo), u64::from_le_bytes(*hi)))
    } else if n >= 4 {
        bytes
            .first_chunk::<4>()
            .zip(bytes.last_chunk::<4>())
            .map(|(lo, hi)| {
                let v =
                    u64::from(u32::from_le_bytes(*lo)) | u64::from(u32::from_le_bytes(*hi)) << 32;
                (v, v)
            })
    } else {
        None
    };
    match words {
        Some((lo, hi)) => escape_mask(lo) | escape_mask(hi) != 0,
        None => bytes.iter().any(|&b| escaped(b)),
    }
}

/// Whether any of 32 bytes is escaped ([`escaped`]): each byte's test folded into one,
/// which the compiler does sixteen bytes to a vector register.
#[inline]
fn any_escaped_in(chunk: &[u8; 32]) -> bool {
    chunk.iter().fold(0u8, |any, &b| {
        any | u8::from(b < 0x20) | u8::from(b == b'"') | u8::from(b == b'\\')
    }) != 0
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

pub(crate) fn push_int(out: &mut Vec<u8>, v: impl itoa::Integer) {
    let mut buf = itoa::Buffer::new();
    out.extend_from_slice(buf.format(v).as_bytes());
}

impl<'a, const PRETTY: bool> ser::Serializer for Compact<'a, PRETTY> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Seq<'a, PRETTY>;
    type SerializeTuple = Seq<'a, PRETTY>;
    type SerializeTupleStruct = Seq<'a, PRETTY>;
    type SerializeTupleVariant = Seq<'a, PRETTY>;
    type SerializeMap = Seq<'a, PRETTY>;
    type SerializeStruct = Seq<'a, PRETTY>;
    type SerializeStructVariant = Seq<'a, PRETTY>;

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
        if PRETTY {
            return Err(Unsupported);
        }
        self.out.push(b'{');
        push_str(self.out, variant);
        self.out.push(b':');
        value.serialize(Compact::<PRETTY>::at(&mut *self.out, self.depth))?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a, PRETTY>, Unsupported> {
        Ok(self.open(b'[', b"]"))
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'a, PRETTY>, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Seq<'a, PRETTY>, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a, PRETTY>, Unsupported> {
        self.variant(variant, b":[", b"]}")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Seq<'a, PRETTY>, Unsupported> {
        Ok(self.open(b'{', b"}"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Seq<'a, PRETTY>, Unsupported> {
        Ok(self.open(b'{', b"}"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Seq<'a, PRETTY>, Unsupported> {
        self.variant(variant, b":{", b"}}")
    }
}

/// An array, object or variant being written: its closing bytes, whether an
/// element was written (for the commas) and the level of its elements.
struct Seq<'a, const PRETTY: bool> {
    out: &'a mut Vec<u8>,
    close: &'static [u8],
    first: bool,
    depth: usize,
}

impl<'a, const PRETTY: bool> Seq<'a, PRETTY> {
    fn new(out: &'a mut Vec<u8>, close: &'static [u8], depth: usize) -> Self {
        Seq {
            out,
            close,
            first: true,
            depth,
        }
    }

    /// Before an element or key: a comma after the first, and in pretty JSON a
    /// line break and the indent.
    fn comma(&mut self) {
        if PRETTY {
            self.out
                .extend_from_slice(if self.first { b"\n" } else { b",\n" });
            push_indent(self.out, self.depth);
        } else if !self.first {
            self.out.push(b',');
        }
        self.first = false;
    }

    /// After a key: `:`, or `: ` in pretty JSON.
    fn colon(&mut self) {
        if PRETTY {
            self.out.extend_from_slice(b": ");
        } else {
            self.out.push(b':');
        }
    }

    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        value.serialize(Compact::<PRETTY>::at(&mut *self.out, self.depth))
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Done {
        self.comma();
        push_key(self.out, key);
        if PRETTY {
            self.out.push(b' ');
        }
        self.value(value)
    }

    fn end(self) -> Done {
        if PRETTY && !self.first {
            self.out.push(b'\n');
            push_indent(self.out, self.depth - 1);
        }
        self.out.extend_from_slice(self.close);
        Ok(())
    }
}

/// The four serde traits of a sequence of values (`[a, b]`): each element a value after
/// a comma.
macro_rules! seq_of_values {
    ($($trait_:ident :: $method:ident),*) => {$(
        impl<const PRETTY: bool> ser::$trait_ for Seq<'_, PRETTY> {
            type Ok = ();
            type Error = Unsupported;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
                self.comma();
                self.value(value)
            }
            fn end(self) -> Done {
                Seq::end(self)
            }
        }
    )*};
}

seq_of_values!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl<const PRETTY: bool> ser::SerializeMap for Seq<'_, PRETTY> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Done {
        self.comma();
        key.serialize(Key {
            out: &mut *self.out,
        })?;
        self.colon();
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        self.value(value)
    }
    fn end(self) -> Done {
        Seq::end(self)
    }
}

/// The two serde traits of a struct (`{"key": value}`): each field a key and its value.
macro_rules! struct_of_fields {
    ($($trait_:ident),*) => {$(
        impl<const PRETTY: bool> ser::$trait_ for Seq<'_, PRETTY> {
            type Ok = ();
            type Error = Unsupported;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Done {
                self.field(key, value)
            }
            fn end(self) -> Done {
                Seq::end(self)
            }
        }
    )*};
}

struct_of_fields!(SerializeStruct, SerializeStructVariant);

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

    #[test]
    fn any_escaped_is_the_byte_test() {
        let base = b"abcdefghijklmnopqrst";
        for n in 0..=base.len() {
            for at in 0..n {
                for b in [b'"', b'\\', b'\n', 0x00, 0x1f, b' ', b'~', 0x80, 0xff] {
                    let mut key = base[..n].to_vec();
                    key[at] = b;
                    assert_eq!(
                        any_escaped(&key),
                        key.iter().any(|&b| escaped(b)),
                        "{key:?}"
                    );
                }
            }
            assert!(!any_escaped(&base[..n]));
        }
    }
    use serde::Serialize;
    use std::collections::BTreeMap;

    /// Our compact and pretty writers against `serde_json`'s.
    fn both<T: Serialize>(value: &T) {
        let ours = |write: fn(&mut Vec<u8>, &T)| {
            let mut out = Vec::new();
            write(&mut out, value);
            String::from_utf8(out).expect("UTF-8")
        };
        let theirs = |bytes: Vec<u8>| String::from_utf8(bytes).expect("UTF-8");
        assert_eq!(
            ours(write_compact::<T>),
            theirs(serde_json::to_vec(value).expect("serialise"))
        );
        assert_eq!(
            ours(write_pretty::<T>),
            theirs(serde_json::to_vec_pretty(value).expect("serialise"))
        );
    }

    /// As [`both`], and the pretty writer wrote it itself (no fallback to `serde_json`).
    fn pretty_without_fallback<T: Serialize>(value: &T) {
        both(value);
        let mut out = Vec::new();
        assert!(
            value.serialize(Compact::<true>::at(&mut out, 0)).is_ok(),
            "fell back to serde_json"
        );
    }

    /// Records' shapes: nested structs, empty and full arrays and maps, options,
    /// unit variants, big integers, escaped keys and strings.
    #[derive(Serialize)]
    struct Doc {
        name: String,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        skipped: Vec<u8>,
        empty: Vec<Inner>,
        items: Vec<Inner>,
        nested: Vec<Vec<u32>>,
        by_name: BTreeMap<String, Inner>,
        no_keys: BTreeMap<String, u8>,
        stamp: u128,
        kind: Unit,
        none: Option<u8>,
        unit: (),
    }

    #[derive(Serialize)]
    struct Inner {
        #[serde(rename = "k\"ey")]
        key: Option<String>,
        values: Vec<i64>,
        nothing: Nothing,
    }

    #[derive(Serialize)]
    struct Nothing {
        #[serde(skip_serializing_if = "Option::is_none")]
        gone: Option<u8>,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Unit {
        LaterReport,
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
    fn the_wide_test_is_the_byte_test() {
        let base = [b'a'; 32];
        assert!(!any_escaped_in(&base));
        for at in 0..32 {
            for b in 0..=255u8 {
                let mut chunk = base;
                chunk[at] = b;
                assert_eq!(any_escaped_in(&chunk), escaped(b), "{b} at {at}");
            }
        }
    }

    #[test]
    fn long_runs_escape_as_serde_json_does() {
        let run = "a run of plain words with nothing to escape in it, ".repeat(3);
        for at in 0..run.len() {
            for c in ["\"", "\\", "\n", "\u{1}", "é"] {
                let mut s = run.clone();
                s.insert_str(at, c);
                both(&s);
            }
        }
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

    #[test]
    fn pretty_documents_write_as_serde_json_writes_them() {
        let inner = |key: Option<&str>, values: Vec<i64>| Inner {
            key: key.map(str::to_string),
            values,
            nothing: Nothing { gone: None },
        };
        let doc = Doc {
            name: "a\n\"set\"".into(),
            skipped: Vec::new(),
            empty: Vec::new(),
            items: vec![inner(Some("x"), vec![1, -2]), inner(None, Vec::new())],
            nested: vec![vec![], vec![1, 2], vec![3]],
            by_name: BTreeMap::from([("b\tc".to_string(), inner(Some(""), vec![0]))]),
            no_keys: BTreeMap::new(),
            stamp: u128::MAX,
            kind: Unit::LaterReport,
            none: None,
            unit: (),
        };
        pretty_without_fallback(&doc);
        pretty_without_fallback(&vec![doc]);
        pretty_without_fallback(&Vec::<u8>::new());
        pretty_without_fallback(&"text");
        // Eighty levels deep: more indent than one run of spaces.
        let mut deep = serde_json::json!([1]);
        for _ in 0..40 {
            deep = serde_json::json!({ "k": [deep, {}] });
        }
        pretty_without_fallback(&deep);
    }
}
