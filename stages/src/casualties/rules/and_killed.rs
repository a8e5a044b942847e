//! `verb_passive/and_killed`: one subject, injured then killed in one predicate: `One man
//! was shot in the neck and killed`, `a guard was stabbed and later died`. The person is
//! counted once, as killed.

use super::View;
use crate::casualties::extract::Mention;
use crate::records::Status;

// every rule has the signature of `Rule::read`, though this one only changes mentions
#[allow(clippy::ptr_arg)]
pub fn read(v: &mut View<'_>, out: &mut Vec<Mention>) {
    let toks = v.ctx.toks;
    for h in v.hits.iter().filter(|h| h.status == Status::Killed) {
        // "... and killed", "... and later died"
        let mut a = h.start;
        if a > 0 && (v.low(a - 1).ends_with("ly") || matches!(v.low(a - 1), "later" | "then")) {
            a -= 1;
        }
        if a == 0 || !matches!(v.low(a - 1), "and" | "before") {
            continue;
        }
        // the injuring verb of the same clause: no comma or other status between
        let Some(first) = v.hits.iter().rfind(|g| {
            g.end < a
                && g.status == Status::Injured
                && a - g.end <= 8
                && toks[g.end..a - 1].iter().all(|t| t.is_word())
        }) else {
            continue;
        };
        let at = toks[first.start].start;
        // its subject: the last injured mention of this sentence before it
        if let Some(m) = out
            .iter_mut()
            .rev()
            .find(|m| m.sentence == v.index && m.pos < at && m.status == Status::Injured)
        {
            m.status = Status::Killed;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::casualties::tests::{keys, I, K, V};

    #[test]
    fn injured_then_killed_is_killed() {
        for text in [
            "One man was shot in the neck and killed, medics said.",
            "one man was shot in the neck and killed , medics said .",
            "A guard was stabbed and later died.",
        ] {
            assert_eq!(keys(text), vec![(V, K, None, 1)], "{text}");
        }
        // two predicates with their own subjects stay apart
        assert_eq!(
            keys("Two men were shot, and a woman was killed."),
            vec![(V, I, None, 2), (V, K, None, 1)]
        );
    }
}
