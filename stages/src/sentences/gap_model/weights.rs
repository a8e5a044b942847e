//! The gap model's data file: the nonzero weights of the hashed table, quantised to
//! 16 bits, as delta-coded indices. Little-endian throughout:
//! `CGM6`, table bits (u32), scale (f32), three thresholds (f32 each), two margins per
//! group of spaces (`features::MARGIN_GROUPS`, four; f32 each), count
//! (u32), then per
//! weight its index's distance from the previous one (LEB128) and the weight (i16);
//! a weight is `i16 * scale`.

use thiserror::Error;

use super::features::{CLASSES, MARGIN_GROUPS};

#[derive(Debug, Error, PartialEq, Eq)]
pub enum FormatError {
    #[error("not a gap model file (bad magic)")]
    Magic,
    #[error("gap model file is cut short")]
    Truncated,
    #[error("gap model table has {0} bits, expected {1}")]
    TableBits(u32, u32),
    #[error("gap model weight index out of the table")]
    Index,
    #[error("gap pair table's word entries take more than 256 values")]
    Entries,
}

const MAGIC: &[u8; 4] = b"CGM6";

/// Dense weights, the decision thresholds (one per kind of space, see
/// `features::gap_class`), and the margins of the two early tests (per group of
/// spaces, `features::margin_group`): a space whose
/// first features (`features::prefix_features`) score at most its threshold less
/// `margins[0]`, or whose features but the word-pair ones score at most its
/// threshold less `margins[1]`, is no segment end.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    pub table: Vec<f32>,
    pub thresholds: [f32; CLASSES],
    pub margins: [[f32; 2]; MARGIN_GROUPS],
}

impl Weights {
    /// Quantises and writes the weights; `decode(encode(w))` equals `w` up to the
    /// quantisation step.
    pub fn encode(&self, bits: u32) -> Vec<u8> {
        let max = self.table.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let entries: Vec<(usize, i16)> = self
            .table
            .iter()
            .enumerate()
            .filter_map(|(k, w)| {
                let q = (w / scale).round().clamp(-32767.0, 32767.0) as i16;
                (q != 0).then_some((k, q))
            })
            .collect();
        let mut out = Vec::with_capacity(20 + entries.len() * 4);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&bits.to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for t in self.thresholds {
            out.extend_from_slice(&t.to_le_bytes());
        }
        for m in self.margins.iter().flatten() {
            out.extend_from_slice(&m.to_le_bytes());
        }
        out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
        let mut prev = 0usize;
        for (k, q) in entries {
            let mut delta = k - prev;
            prev = k;
            loop {
                let byte = (delta & 0x7F) as u8;
                delta >>= 7;
                if delta == 0 {
                    out.push(byte);
                    break;
                }
                out.push(byte | 0x80);
            }
            out.extend_from_slice(&q.to_le_bytes());
        }
        out
    }

    /// Reads a file written by [`Weights::encode`] for a table of `bits` bits.
    pub fn decode(bytes: &[u8], bits: u32) -> Result<Weights, FormatError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(FormatError::Magic);
        }
        let file_bits = r.u32()?;
        if file_bits != bits {
            return Err(FormatError::TableBits(file_bits, bits));
        }
        let scale = f32::from_bits(r.u32()?);
        let mut thresholds = [0f32; CLASSES];
        for t in &mut thresholds {
            *t = f32::from_bits(r.u32()?);
        }
        let mut margins = [[0f32; 2]; MARGIN_GROUPS];
        for m in margins.iter_mut().flatten() {
            *m = f32::from_bits(r.u32()?);
        }
        let count = r.u32()?;
        let mut table = vec![0f32; 1 << bits];
        let mut k = 0usize;
        for _ in 0..count {
            k += r.leb128()?;
            let q = i16::from_le_bytes([r.byte()?, r.byte()?]);
            *table.get_mut(k).ok_or(FormatError::Index)? = f32::from(q) * scale;
        }
        Ok(Weights {
            table,
            thresholds,
            margins,
        })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], FormatError> {
        let s = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or(FormatError::Truncated)?;
        self.at += n;
        Ok(s)
    }

    fn byte(&mut self) -> Result<u8, FormatError> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, FormatError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }

    fn leb128(&mut self) -> Result<usize, FormatError> {
        let mut v = 0usize;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            v |= usize::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(FormatError::Index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_within_one_step() {
        let mut table = vec![0f32; 1 << 10];
        table[3] = 1.5;
        table[700] = -0.25;
        table[1023] = 0.001;
        let w = Weights {
            table,
            thresholds: [0.75, -1.0, 0.5],
            margins: [[2.5, 1.25], [1.0, 0.5], [3.0, 2.0], [4.0, 0.25]],
        };
        let back = Weights::decode(&w.encode(10), 10).expect("decodes");
        assert_eq!(
            (back.thresholds, back.margins),
            (
                [0.75, -1.0, 0.5],
                [[2.5, 1.25], [1.0, 0.5], [3.0, 2.0], [4.0, 0.25]]
            )
        );
        let step = 1.5 / 32767.0;
        for (a, b) in w.table.iter().zip(&back.table) {
            assert!((a - b).abs() <= step, "{a} vs {b}");
        }
    }

    #[test]
    fn bad_files_are_refused() {
        assert_eq!(Weights::decode(b"XXXX", 10), Err(FormatError::Magic));
        let w = Weights {
            table: vec![1.0; 1 << 4],
            thresholds: [0.0; CLASSES],
            margins: [[0.0; 2]; MARGIN_GROUPS],
        };
        let bytes = w.encode(4);
        assert_eq!(
            Weights::decode(&bytes, 5),
            Err(FormatError::TableBits(4, 5))
        );
        assert_eq!(
            Weights::decode(&bytes[..bytes.len() - 1], 4),
            Err(FormatError::Truncated)
        );
    }
}
