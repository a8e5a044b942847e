//! Linear scales with round tick values, and short number labels.

/// A linear scale from `0..=max` (a round number) onto `from..=to`.
pub struct Scale {
    pub max: u64,
    pub step: u64,
    from: f64,
    to: f64,
}

impl Scale {
    /// A scale whose top is the smallest round number at or above `largest`,
    /// with at most about five ticks.
    pub fn new(largest: u64, from: f64, to: f64) -> Scale {
        let largest = largest.max(1);
        // The first of 1, 2, 5, 10, 20, 50, ... that needs at most five steps.
        let mut step = 1u64;
        let mut k = 0;
        while largest.div_ceil(step) > 5 {
            k += 1;
            let power = 10u64.saturating_pow(k / 3);
            step = [1u64, 2, 5][(k % 3) as usize].saturating_mul(power);
        }
        let max = largest.div_ceil(step).saturating_mul(step);
        Scale {
            max,
            step,
            from,
            to,
        }
    }

    pub fn at(&self, value: u64) -> f64 {
        let max = self.max.max(1) as f64;
        self.from + (self.to - self.from) * (value.min(self.max) as f64 / max)
    }

    pub fn ticks(&self) -> Vec<u64> {
        let step = self.step.max(1);
        (0..=self.max / step).map(|i| i * step).collect()
    }
}

/// `1,400` for a tick; `12k` and `3.5M` past ten thousand, to stay short.
pub fn short(value: u64) -> String {
    let with_decimal = |v: u64, unit: u64, suffix: &str| {
        let tenths = (v * 10 + unit / 2) / unit;
        if tenths.is_multiple_of(10) || tenths >= 100 {
            format!("{}{suffix}", (tenths + 5) / 10)
        } else {
            format!("{}.{}{suffix}", tenths / 10, tenths % 10)
        }
    };
    if value >= 1_000_000 {
        with_decimal(value, 1_000_000, "M")
    } else if value >= 10_000 {
        with_decimal(value, 1_000, "k")
    } else {
        crate::reconcile::describe_count(value, crate::records::Approx::Exact)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_tops_and_ticks() {
        let s = Scale::new(13, 0.0, 100.0);
        assert_eq!((s.max, s.step), (15, 5));
        assert_eq!(s.ticks(), [0, 5, 10, 15]);
        assert_eq!(s.at(15), 100.0);
        let s = Scale::new(1413, 0.0, 100.0);
        assert_eq!((s.max, s.step), (1500, 500));
        let s = Scale::new(1, 0.0, 10.0);
        assert_eq!(s.max, 1);
        assert_eq!(Scale::new(0, 0.0, 1.0).max, 1);
        assert_eq!(Scale::new(4, 0.0, 1.0).ticks(), [0, 1, 2, 3, 4]);
        assert_eq!(short(1400), "1,400");
        assert_eq!(short(25_000), "25k");
        assert_eq!(short(3_500_000), "3.5M");
    }
}
