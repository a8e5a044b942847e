//! Turns an article's mentions into facts: names resolved to the fullest form, the attacker
//! given their name and nationality, a described person linked to the named one, and
//! repeated mentions of one group merged with all their evidence.

use std::collections::BTreeMap;

use super::extract::{surname, Mention, State};
use crate::records::{CasualtyFact, Evidence, Role, Sentence};

/// Nouns that say nothing about who a group is, so they match any other.
pub fn generic(head: &str) -> bool {
    matches!(
        head,
        "" | "people" | "persons" | "person" | "others" | "victims" | "toll" | "individuals"
    )
}

fn same_group(a: &Mention, b: &Mention) -> bool {
    if a.role != b.role || a.status != b.status {
        return false;
    }
    if a.role == Role::Perpetrator && a.count.value == 1 && b.count.value == 1 {
        return a.name == b.name || a.name.is_none() || b.name.is_none();
    }
    match (&a.name, &b.name) {
        (Some(x), Some(y)) => return x.to_lowercase() == y.to_lowercase(),
        (None, None) => {}
        _ => return false,
    }
    if a.nat != b.nat || a.count.value != b.count.value {
        return false;
    }
    if a.single && b.single {
        return a.desc == b.desc || a.desc.is_empty() || b.desc.is_empty();
    }
    a.head == b.head || generic(&a.head) || generic(&b.head)
}

type Bucket = (Role, crate::records::Status, Option<String>, u64);

/// Mentions in different buckets are never one group: a named person by name, an attacker
/// by role alone, a group by nationality and number.
fn bucket(m: &Mention) -> Bucket {
    if m.role == Role::Perpetrator && m.count.value == 1 {
        return (m.role, m.status, None, 1);
    }
    match &m.name {
        Some(n) => (m.role, m.status, Some(n.to_lowercase()), 0),
        None => (
            m.role,
            m.status,
            m.nat.clone().map(|c| format!("@{c}")),
            m.count.value,
        ),
    }
}

pub fn facts(
    article: &str,
    sentences: &[Sentence],
    mut mentions: Vec<Mention>,
    st: &State,
) -> Vec<CasualtyFact> {
    // "the 14 crew members were all greek": the nationality of the group the sentence
    // before counted, which the restating mention then joins
    for i in 0..mentions.len() {
        if mentions[i].rule != super::extract::RESTATED {
            continue;
        }
        let m = &mentions[i];
        let stated = (0..i).rev().find(|&e| {
            let p = &mentions[e];
            (p.sentence + 1 == m.sentence || p.sentence == m.sentence)
                && p.role == m.role
                && p.status == m.status
                && p.count.value == m.count.value
                && p.nat.is_none()
                && p.name.is_none()
        });
        if let Some(e) = stated {
            let (nat, head) = (mentions[i].nat.clone(), mentions[e].head.clone());
            mentions[e].nat = nat;
            mentions[i].head = head;
        }
    }
    let attacker = st.attacker_name.as_ref().map(|n| st.fullest(n));
    // role noun → surnames introduced with it
    let mut by_role: BTreeMap<&str, Vec<&String>> = BTreeMap::new();
    for (s, roles) in &st.roles {
        if attacker.as_ref().is_some_and(|a| surname(a) == *s) {
            continue;
        }
        for r in roles {
            by_role.entry(r.as_str()).or_default().push(s);
        }
    }
    for m in &mut mentions {
        // Every way a name was found passes the same person-name check.
        if let Some(n) = &m.name {
            m.name = super::person_name::person_name(&st.fullest(n));
        }
        if m.name.is_some() && m.name == attacker {
            m.role = Role::Perpetrator;
        }
        if m.role == Role::Perpetrator && m.count.value == 1 {
            if m.name.is_none() {
                m.name = attacker.clone();
            }
            if m.nat.is_none() {
                m.nat = st.attacker_nat.clone();
            }
        }
        // "the officer" is the one named person introduced as an officer
        if m.role == Role::Victim && m.single && m.name.is_none() && !m.head.is_empty() {
            if let Some([s]) = by_role.get(m.head.as_str()).map(Vec::as_slice) {
                m.name = st.names.get(*s).cloned();
            }
        }
    }
    // an attacker named differently from the article's attacker belongs to another event
    mentions.retain(|m| {
        !(m.role == Role::Perpetrator
            && m.name.is_some()
            && attacker.is_some()
            && m.name != attacker)
    });
    super::definite_object::drop_described_named(&mut mentions);
    let mut groups: Vec<(Mention, Vec<usize>, Vec<&'static str>)> = Vec::new();
    // mentions that can be one group share a bucket, so merging stays linear
    let mut buckets: BTreeMap<Bucket, Vec<usize>> = BTreeMap::new();
    for m in mentions {
        let key = bucket(&m);
        let slot = buckets.entry(key).or_default();
        let found = slot.iter().copied().find(|&g| same_group(&groups[g].0, &m));
        if let Some((g, ev, rules)) = found.map(|g| &mut groups[g]) {
            if !rules.contains(&m.rule) {
                rules.push(m.rule);
            }
            // Deduplicated after sorting: a `contains` here is quadratic when one
            // fact is repeated in thousands of sentences.
            ev.push(m.sentence);
            if g.nat.is_none() {
                g.nat = m.nat.clone();
            }
            if g.name.is_none() {
                g.name = m.name.clone();
            }
            if g.part.is_none() {
                g.part = m.part;
            }
            continue;
        }
        let (s, rule) = (m.sentence, m.rule);
        slot.push(groups.len());
        groups.push((m, vec![s], vec![rule]));
    }
    groups.sort_by_key(|(m, ev, _)| (ev.iter().min().copied().unwrap_or(0), m.pos));
    groups
        .into_iter()
        .map(|(m, mut ev, rules)| {
            ev.sort_unstable();
            ev.dedup();
            CasualtyFact {
                article: article.to_string(),
                role: m.role,
                status: m.status,
                nationality: m.nat,
                count: m.count,
                name: m.name,
                evidence: ev
                    .into_iter()
                    .filter_map(|i| sentences.get(i))
                    .map(|s| Evidence {
                        sentence: s.index,
                        start: s.start,
                        end: s.end,
                        text: s.text.clone(),
                    })
                    .collect(),
                rule: rules.join("+"),
                part: m.part,
            }
        })
        .collect()
}
