//! Minimum pass rates, per stage, construction class and casing, read from
//! `floors.txt`. A class without a line has no floor; the class `all` is every
//! case of the stage together.

use crate::casing::Casing;

#[derive(Debug)]
pub struct Floor {
    pub stage: String,
    pub class: String,
    /// One rate per casing, in the order of [`Casing::ALL`].
    pub rates: [f64; 3],
}

pub fn parse(text: &str) -> Result<Vec<Floor>, String> {
    let mut floors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [stage, class, a, b, c] = fields[..] else {
            return Err(format!(
                "floors line {}: want `stage class normal bulk lower`",
                i + 1
            ));
        };
        let mut rates = [0.0; 3];
        for (slot, field) in rates.iter_mut().zip([a, b, c]) {
            *slot = field
                .parse()
                .map_err(|_| format!("floors line {}: {field:?} is not a rate", i + 1))?;
        }
        floors.push(Floor {
            stage: stage.to_string(),
            class: class.to_string(),
            rates,
        });
    }
    Ok(floors)
}

/// The floor of `stage`/`class` in `casing`, 0 when none is set.
pub fn floor(floors: &[Floor], stage: &str, class: &str, casing: Casing) -> f64 {
    let slot = Casing::ALL.iter().position(|c| *c == casing).unwrap_or(0);
    floors
        .iter()
        .find(|f| f.stage == stage && f.class == class)
        .map_or(0.0, |f| f.rates[slot])
}
