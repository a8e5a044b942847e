//! A short word as one number: up to 15 bytes and the length, in a `u128`. A word list
//! keyed by such numbers is looked up by hashing one number and comparing no string: the
//! quote stage's word flags and people, the casualty stage's word classes.

/// An ASCII word of at most 15 bytes, lowercased and packed into one number with its
/// length (so that no two words share one); `None` for other words.
#[inline]
pub fn pack_lowercase(word: &str) -> Option<u128> {
    pack_lowercase_bytes(word.as_bytes())
}

/// [`pack_lowercase`] of a word's bytes.
#[inline]
pub fn pack_lowercase_bytes(bytes: &[u8]) -> Option<u128> {
    if bytes.len() <= 8 {
        // Most words fit eight bytes: the same lanes as below, half as wide, so that each
        // step is one 64-bit operation instead of two or three.
        let v = load_le_u64(bytes);
        const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
        if v & HIGH != 0 {
            return None;
        }
        let from_a = v + u64::from_le_bytes([0x80 - b'A'; 8]);
        let past_z = v + u64::from_le_bytes([0x80 - b'Z' - 1; 8]);
        let upper = from_a & !past_z & HIGH;
        let lower = v | (upper >> 2);
        return Some(u128::from(lower) | (bytes.len() as u128) << 120);
    }
    if bytes.len() > 15 {
        return None;
    }
    let v = load_le(bytes);
    // All sixteen bytes are handled at once, as lanes of one number (the lowercasing
    // byte by byte into a buffer cost more than the hash lookup it prepares).
    const HIGH: u128 = u128::from_le_bytes([0x80; 16]);
    if v & HIGH != 0 {
        return None;
    }
    // Every lane is below 0x80, so no sum carries into the next lane; a lane's high
    // bit then says whether its byte is at least `A`, and whether above `Z`.
    let from_a = v + u128::from_le_bytes([0x80 - b'A'; 16]);
    let past_z = v + u128::from_le_bytes([0x80 - b'Z' - 1; 16]);
    let upper = from_a & !past_z & HIGH;
    // Moving each high bit down two places gives 0x20, the case bit.
    let lower = v | (upper >> 2);
    Some(lower | (bytes.len() as u128) << 120)
}

/// A word of at most 15 bytes, as written, packed into one number with its length
/// (so that no two words share one); `None` for longer words.
pub fn pack_exact(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    (bytes.len() <= 15).then(|| load_le(bytes) | (bytes.len() as u128) << 120)
}

/// Up to 15 bytes as a little-endian number, the bytes past them zero. Read with
/// two overlapping loads rather than copied into a buffer: a buffer written byte by
/// byte and read whole stalls the processor.
fn load_le(bytes: &[u8]) -> u128 {
    let n = bytes.len();
    if n >= 8 {
        let lo = u64_at(bytes, 0);
        // The last eight bytes, shifted so that byte 8 comes first.
        let hi = u64_at(bytes, n - 8)
            .checked_shr(8 * (16 - n) as u32)
            .unwrap_or(0);
        return u128::from(lo) | u128::from(hi) << 64;
    }
    u128::from(load_le_u64(bytes))
}

/// Up to 8 bytes as a little-endian number, the bytes past them zero (`load_le` of
/// a short word).
fn load_le_u64(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    // Shorter words, most of the text, the same way: two overlapping loads, the second
    // shifted to its place (the bytes they share are the same in both).
    match n {
        0 => 0,
        1 => le_at::<1>(bytes, 0),
        2..=3 => le_at::<2>(bytes, 0) | le_at::<2>(bytes, n - 2) << (8 * (n - 2)),
        4..=7 => le_at::<4>(bytes, 0) | le_at::<4>(bytes, n - 4) << (8 * (n - 4)),
        _ => u64_at(bytes, 0),
    }
}

/// The `N` bytes at `at` as a little-endian number (zero if out of range).
fn le_at<const N: usize>(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    if let (Some(dst), Some(src)) = (word.get_mut(..N), bytes.get(at..at + N)) {
        dst.copy_from_slice(src);
    }
    u64::from_le_bytes(word)
}

/// The eight bytes at `at` as a little-endian number (zero if out of range).
fn u64_at(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    if let Some(src) = bytes.get(at..at + 8) {
        word.copy_from_slice(src);
    }
    u64::from_le_bytes(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The packed form built byte by byte: each ASCII byte lowercased in its place, the
    /// length in the top byte.
    fn packed_by_bytes(word: &str) -> Option<u128> {
        let bytes = word.as_bytes();
        if bytes.len() > 15 || !bytes.is_ascii() {
            return None;
        }
        let mut lanes = [0u8; 16];
        for (lane, b) in lanes.iter_mut().zip(bytes) {
            *lane = b.to_ascii_lowercase();
        }
        lanes[15] = bytes.len() as u8;
        Some(u128::from_le_bytes(lanes))
    }

    #[test]
    fn every_length_packs_as_byte_by_byte() {
        let words = [
            "",
            "a",
            "Zq",
            "mIx",
            "tEnt",
            "hello",
            "Gdańsk",
            "o'Neary",
            "ROUNDUPS",
            "dragonfly",
            "x-Ray-ZZ",
            "Spokeswoman",
            "@[`{AZaz09",
            "HEADQUARTERSX",
            "fifteen-letters",
            "sixteen-letters!",
            "naïve",
            "ÉCOLE",
            "\u{7f}Del",
            "tab\tbed",
            "ZZZZZZZZ",
            "zzzzzzzzz",
        ];
        for w in words {
            assert_eq!(pack_lowercase(w), packed_by_bytes(w), "{w:?}");
        }
        // Every ASCII byte at every position of an eight- and a nine-byte word.
        for b in 0u8..0x80 {
            for at in 0..9 {
                let mut bytes = *b"qWeRtYuI!";
                bytes[at] = b;
                for len in [8, 9] {
                    let w = std::str::from_utf8(&bytes[..len]).unwrap_or("");
                    assert_eq!(pack_lowercase(w), packed_by_bytes(w), "{w:?}");
                }
            }
        }
    }
}
