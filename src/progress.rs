//! Progress bars (one per stage, counting sets) and the closing summary.

use std::sync::atomic::{AtomicBool, Ordering};

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bars: Vec<Option<ProgressBar>>,
    multi: MultiProgress,
    /// Whether the bars may be drawn at all (stderr, not `quiet`).
    visible: bool,
    /// Whether they are: only once some stage really runs, so that a run with
    /// nothing to do draws no bars.
    shown: AtomicBool,
}

impl Progress {
    /// Bars for the stages whose names are given (`None` for stages not run).
    /// Hidden when stderr is not a terminal, or when `quiet`; drawn from the
    /// first stage that runs ([`Progress::working`]).
    pub fn new(stages: &[Option<&str>], sets: u64, quiet: bool) -> Progress {
        let multi = MultiProgress::with_draw_target(ProgressDrawTarget::hidden());
        let style = ProgressStyle::with_template(
            "{prefix:>12} {bar:30} {pos}/{len} sets  {rate}  eta {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{}", rate(state.per_sec()));
            },
        );
        let width = stages.iter().flatten().map(|s| s.len()).max().unwrap_or(0);
        let bars = stages
            .iter()
            .map(|s| {
                s.map(|name| {
                    let bar = multi.add(ProgressBar::new(sets));
                    bar.set_style(style.clone());
                    bar.set_prefix(format!("{name:>width$}"));
                    bar
                })
            })
            .collect();
        Progress {
            bars,
            multi,
            visible: !quiet,
            shown: AtomicBool::new(false),
        }
    }

    /// Some stage is about to run: from now on the bars are drawn.
    pub fn working(&self) {
        if self.visible && !self.shown.swap(true, Ordering::Relaxed) {
            self.multi.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    pub fn tick(&self, stage: usize) {
        if let Some(Some(bar)) = self.bars.get(stage) {
            bar.inc(1);
        }
    }

    pub fn finish(&self) {
        for bar in self.bars.iter().flatten() {
            bar.finish_and_clear();
        }
    }
}

/// Sets per second with as many digits as mean something: `1234/s`, `56.7/s`, `0.42/s`.
fn rate(per_sec: f64) -> String {
    if per_sec >= 100.0 {
        format!("{per_sec:.0}/s")
    } else if per_sec >= 1.0 {
        format!("{per_sec:.1}/s")
    } else {
        format!("{per_sec:.2}/s")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn rates_have_sane_precision() {
        assert_eq!(super::rate(497.6698), "498/s");
        assert_eq!(super::rate(39.7889), "39.8/s");
        assert_eq!(super::rate(0.4211), "0.42/s");
    }
}
