//! Pass counts per class and casing, the failures, and the printed table.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::casing::Casing;
use crate::floors::{self, Floor};

pub struct Failure {
    pub class: String,
    pub casing: Casing,
    pub line: usize,
    pub text: String,
    pub expected: Vec<String>,
    pub got: Vec<String>,
}

#[derive(Default)]
pub struct Tally {
    /// class -> per casing (passed, total), casings in the order of [`Casing::ALL`].
    counts: BTreeMap<String, [(usize, usize); 3]>,
    pub failures: Vec<Failure>,
}

fn slot(casing: Casing) -> usize {
    Casing::ALL.iter().position(|c| *c == casing).unwrap_or(0)
}

impl Tally {
    /// Counts one run of a case under its primary class and under `all`.
    pub fn record(&mut self, class: &str, casing: Casing, passed: bool) {
        for key in [class, "all"] {
            let cell = &mut self.counts.entry(key.to_string()).or_default()[slot(casing)];
            cell.0 += usize::from(passed);
            cell.1 += 1;
        }
    }

    fn rate(&self, class: &str, casing: Casing) -> f64 {
        let (passed, total) = self.counts.get(class).map_or((0, 0), |c| c[slot(casing)]);
        if total == 0 {
            1.0
        } else {
            passed as f64 / total as f64
        }
    }

    /// Classes in table order: alphabetical, `all` last.
    fn classes(&self) -> Vec<&str> {
        let mut classes: Vec<&str> = self
            .counts
            .keys()
            .map(String::as_str)
            .filter(|c| *c != "all")
            .collect();
        classes.push("all");
        classes
    }

    /// The table, the failures (those of class `only` and casing `casing` when
    /// given), and the measured rates in the floors file's format.
    pub fn report(&self, stage: &str, only: Option<&str>, casing: Option<&str>) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "\n== construction suite: {stage} ==");
        let _ = writeln!(
            out,
            "{:<18} {:>9} {:>9} {:>9}",
            "class", "normal", "bulk", "lower"
        );
        for class in self.classes() {
            let cells = self.counts.get(class).copied().unwrap_or_default();
            let cell = |i: usize| format!("{}/{}", cells[i].0, cells[i].1);
            let _ = writeln!(
                out,
                "{class:<18} {:>9} {:>9} {:>9}",
                cell(0),
                cell(1),
                cell(2)
            );
        }
        let shown: Vec<&Failure> = self
            .failures
            .iter()
            .filter(|f| only.is_none_or(|c| f.class.split('+').any(|k| k == c)))
            .filter(|f| casing.is_none_or(|c| c == f.casing.name()))
            .collect();
        let _ = writeln!(out, "\n-- failures ({} shown) --", shown.len());
        for f in shown {
            let _ = writeln!(
                out,
                "[{}] {} (line {}): {}\n    expected: {}\n    got:      {}",
                f.class,
                f.casing.name(),
                f.line,
                f.text,
                list(&f.expected),
                list(&f.got)
            );
        }
        let _ = writeln!(
            out,
            "\n-- measured rates (floors.txt format, rounded down) --"
        );
        for class in self.classes() {
            let r = |c: Casing| (self.rate(class, c) * 100.0).floor() / 100.0;
            let _ = writeln!(
                out,
                "{stage:<11} {class:<16} {:.2} {:.2} {:.2}",
                r(Casing::Normal),
                r(Casing::Bulk),
                r(Casing::Lower)
            );
        }
        out
    }

    /// Every class and casing whose pass rate is below its floor.
    pub fn below_floors(&self, stage: &str, floors: &[Floor]) -> Vec<String> {
        let mut broken = Vec::new();
        for class in self.classes() {
            for casing in Casing::ALL {
                let want = floors::floor(floors, stage, class, casing);
                let have = self.rate(class, casing);
                if have + 1e-9 < want {
                    let (passed, total) =
                        self.counts.get(class).map_or((0, 0), |c| c[slot(casing)]);
                    broken.push(format!(
                        "{stage}: class `{class}` in {} casing passes {passed}/{total} ({have:.2}), below its floor {want:.2}",
                        casing.name()
                    ));
                }
            }
        }
        broken
    }
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "(nothing)".to_string()
    } else {
        items.join(" ; ")
    }
}
