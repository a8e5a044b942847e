//! Repairs text that was UTF-8, decoded as Windows-1252 and encoded again as
//! UTF-8 (`â€™` for `’`, `Ã©` for `é`).
//!
//! Each maximal run of non-ASCII characters is mapped back to the Windows-1252
//! bytes it came from; when those bytes are valid UTF-8 holding fewer
//! characters, the run was mojibake and is replaced by their decoding. Real text
//! almost never passes this test: it needs a lead byte character (`Â`–`ô`)
//! followed by the right number of continuation characters (`€`–`¿`).

use crate::records::Changes;

pub fn repair(text: String, changes: &mut Changes) -> String {
    if text.is_ascii() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while !rest.is_empty() {
        // ASCII is never part of a run: copy it a stretch at a time
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        out.push_str(&rest[..ascii]);
        rest = &rest[ascii..];
        let run = rest
            .bytes()
            .position(|b| b.is_ascii())
            .unwrap_or(rest.len());
        if run > 0 {
            push_run(&rest[..run], &mut out, changes);
            rest = &rest[run..];
        }
    }
    out
}

fn push_run(run: &str, out: &mut String, changes: &mut Changes) {
    let bytes: Option<Vec<u8>> = run.chars().map(to_cp1252).collect();
    if let Some(bytes) = bytes {
        if let Ok(fixed) = std::str::from_utf8(&bytes) {
            if fixed.chars().count() < run.chars().count() {
                changes.mojibake_repaired += fixed.chars().count();
                out.push_str(fixed);
                return;
            }
        }
    }
    out.push_str(run);
}

/// The Windows-1252 byte that decodes to `c`; C1 controls stand for the five
/// bytes Windows-1252 leaves undefined (decoders pass them through).
fn to_cp1252(c: char) -> Option<u8> {
    let code = c as u32;
    if (0xA0..=0xFF).contains(&code) || (0x80..=0x9F).contains(&code) {
        return Some(code as u8);
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(s: &str) -> String {
        repair(s.to_string(), &mut Changes::default())
    }

    #[test]
    fn real_text_is_left_alone() {
        for s in [
            "naïve café",
            "“quoted” — dash",
            "Zürich £5 ½",
            "日本語",
            "Ærø",
        ] {
            assert_eq!(fix(s), s);
        }
    }

    #[test]
    fn common_mojibake_is_repaired() {
        assert_eq!(fix("donâ€™t"), "don’t");
        assert_eq!(fix("â€“ dash â€” dash"), "– dash — dash");
        assert_eq!(fix("SÃ£o Paulo"), "São Paulo");
    }
}
