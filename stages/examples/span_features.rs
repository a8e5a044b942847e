//! Prints the span classifier's features of every quotation span, for its trainer
//! (`eval/blind/quotes/train_span_model.py`): `cargo run --release -p corroborate-stages
//! --example span_features < TEXTS.jsonl`, where each line is `{"key": ..., "text": ...}`
//! with a normalised article text. Writes first `{"names": [...]}`, then one line per
//! span: `{"key", "start", "end", "features"}` (byte offsets of the quoted words).

use std::io::{BufRead, BufWriter, Write};

use serde_json::{json, Value};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    writeln!(out, "{}", json!({ "names": stages::quotes::SPAN_FEATURES }))?;
    for (no, line) in stdin.lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line)
            .map_err(|e| format!("stdin line {}: not JSON: {e}", no + 1))?;
        let (Some(key), Some(text)) = (v.get("key"), v.get("text").and_then(Value::as_str)) else {
            return Err(format!("stdin line {}: needs `key` and `text`", no + 1).into());
        };
        for (start, end, x) in stages::quotes::span_features(text) {
            writeln!(
                out,
                "{}",
                json!({ "key": key, "start": start, "end": end, "features": x.to_vec() })
            )?;
        }
    }
    Ok(())
}
