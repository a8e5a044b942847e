//! Prints the span classifier's features of every quotation span, for its trainer
//! (`eval/blind/quotes/train_span_model.py`): `cargo run --release -p corroborate-stages
//! --example span_features < TEXTS.jsonl`, where each line is `{"key": ..., "text": ...}`
//! with a normalised article text. Writes first `{"names": [...]}`, then one line per
//! span: `{"key", "start", "end", "features", "decided"}` (byte offsets of the quoted
//! words; `decided`: attribution found speech, so the classifier decides the span).

use std::io::{BufRead, BufWriter, Write};

use serde_json::{json, Value};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    writeln!(
        out,
        "{}",
        json!({ "names": stages::quotes::SPAN_FEATURES.to_vec() })
    )?;
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
        for s in stages::quotes::span_features(text) {
            let row = json!({
                "key": key,
                "start": s.start,
                "end": s.end,
                "features": s.features.to_vec(),
                "decided": s.decided,
            });
            writeln!(out, "{row}")?;
        }
    }
    Ok(())
}
