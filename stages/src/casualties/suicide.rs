//! A suicide told alone (`the singer killed himself at 27`, `he took his own life`): the
//! one who died attacked no one else, so the stage reads them as a victim killed, not as an
//! attacker. A self-killing stays the attacker's (`extract::attacker_mention`) wherever
//! anything tells of other victims: another casualty phrase in the sentence (`killed three
//! before shooting herself`), others after `and` (`killed himself and the boys`), a bomber
//! (`blew themselves up`), an attacker noun before it (`the gunman, named as NAME, then shot himself`), or an
//! article that told victims, an attacker or a legal case before.

use super::extract::{Focus, State};
use super::lexicon::{class, Voice};
use super::status::Hit;
use super::tokens::Tok;

/// Whether the self-killing `h` of a sentence with status phrases `hits` is a suicide told
/// alone.
pub fn alone(toks: &[Tok], st: &State, hits: &[Hit], h: &Hit) -> bool {
    let low = |i: usize| toks.get(i).map_or("", |t| t.low);
    // only a told death: `killed herself`, `took his own life`, `fatally shot himself`; not
    // `shot himself in the foot`, `should kill herself`, `kills herself` (a plot, a rate) or
    // `self-inflicted`
    if !matches!(low(h.start), "killed" | "took" | "fatally") {
        return false;
    }
    let bomber = (h.start..h.end).any(|i| low(i) == "up");
    let others_here = hits.iter().any(|o| o.voice != Voice::SelfKill);
    let and_others = low(h.end) == "and";
    let told_before = st.last_victims.is_some()
        || !st.last_groups.is_empty()
        || st.attacker_name.is_some()
        || st.court
        || matches!(st.focus, Focus::Attacker);
    let attacker_noun = toks[..h.start].iter().any(|t| t.has(class::PERPETRATOR));
    !(bomber || others_here || and_others || told_before || attacker_noun)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{keys, K, P, V};

    fn roles(text: &str) -> Vec<crate::records::Role> {
        keys(text)
            .into_iter()
            .filter(|(_, s, _, c)| *s == K && *c == 1)
            .map(|(r, ..)| r)
            .collect()
    }

    #[test]
    fn a_suicide_told_alone_is_a_victims_death() {
        assert_eq!(
            roles("A young farmer killed himself after the harvest failed."),
            [V]
        );
        assert_eq!(roles("the retired nurse took her own life last week."), [V]);
    }

    #[test]
    fn a_self_killing_after_other_victims_stays_the_attackers() {
        assert!(roles("A man killed two people before killing himself.").contains(&P));
        assert!(roles("The gunman, named as Ned Iley, later shot himself.").contains(&P));
        assert!(roles("A man shot three guards at the gate. He then shot himself.").contains(&P));
        assert!(roles("The bomber blew himself up at the gate.").contains(&P));
    }
}
