//! Progress bars (one per stage, counting sets) and the closing summary.

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bars: Vec<Option<ProgressBar>>,
    _multi: MultiProgress,
}

impl Progress {
    /// Bars for the stages whose names are given (`None` for stages not run).
    /// Hidden when stderr is not a terminal, or when `quiet`.
    pub fn new(stages: &[Option<&str>], sets: u64, quiet: bool) -> Progress {
        let target = if quiet {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        };
        let multi = MultiProgress::with_draw_target(target);
        let style = ProgressStyle::with_template(
            "{prefix:>12} {bar:30} {pos}/{len} sets  {per_sec}  eta {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar());
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
            _multi: multi,
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
