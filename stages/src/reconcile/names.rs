//! Which names in a set belong to one person: `Jeff Herman`, `Herman` and
//! `Mr. Herman`; `Gary Goddard` and `Garry Goddard`; `marie colvin` and `Colvin`.
//!
//! A surname alone joins a full name only when exactly one full name in the
//! set carries it (`Singer` stays apart when both `Bryan Singer` and `Marty
//! Singer` appear).

use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use super::text::{tokens, within_one_edit, WordSet};

static TITLES: LazyLock<WordSet<String>> = LazyLock::new(|| {
    crate::lexicon::before_name_words()
        .map(str::to_string)
        .collect()
});

/// Name endings that are not a surname.
const SUFFIXES: [&str; 5] = ["jr", "sr", "ii", "iii", "iv"];

/// The set's names, grouped into people.
#[derive(Debug, Default)]
pub struct NameClusters {
    /// Each distinct name as written, to its person.
    ids: BTreeMap<String, usize>,
    /// Each person's display name.
    display: Vec<String>,
}

impl NameClusters {
    /// Groups `names` (as written; repeats allowed) into people.
    pub fn build<'a>(names: impl IntoIterator<Item = &'a str>) -> NameClusters {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for n in names {
            if !n.trim().is_empty() {
                *counts.entry(n).or_default() += 1;
            }
        }
        let keyed: Vec<(&str, Vec<String>)> = counts
            .keys()
            .map(|n| (*n, name_key(n)))
            .filter(|(_, k)| !k.is_empty())
            .collect();
        let mut parent: Vec<usize> = (0..keyed.len()).collect();
        for i in 0..keyed.len() {
            for j in i + 1..keyed.len() {
                let (a, b) = (&keyed[i].1, &keyed[j].1);
                if a == b || (a.len() > 1 && b.len() > 1 && full_names_match(a, b)) {
                    union(&mut parent, i, j);
                }
            }
        }
        // A lone surname joins the one group of full names that carries it.
        for i in 0..keyed.len() {
            if keyed[i].1.len() != 1 {
                continue;
            }
            let word = &keyed[i].1[0];
            let groups: HashSet<usize> = (0..keyed.len())
                .filter(|&j| keyed[j].1.len() > 1 && surname(&keyed[j].1) == word)
                .map(|j| find(&mut parent, j))
                .collect();
            if groups.len() == 1 {
                if let Some(&g) = groups.iter().next() {
                    union(&mut parent, i, g);
                }
            }
        }
        let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..keyed.len() {
            let root = find(&mut parent, i);
            members.entry(root).or_default().push(i);
        }
        let mut out = NameClusters::default();
        for group in members.values() {
            let id = out.display.len();
            let best = group
                .iter()
                .max_by(|&&a, &&b| {
                    let rank = |k: usize| {
                        let name = keyed[k].0;
                        (
                            keyed[k].1.len(),
                            name.chars().any(char::is_uppercase),
                            name.chars().count(),
                            counts.get(name).copied().unwrap_or(0),
                        )
                    };
                    rank(a)
                        .cmp(&rank(b))
                        .then_with(|| keyed[b].0.cmp(keyed[a].0))
                })
                .map(|&k| without_titles(keyed[k].0))
                .unwrap_or_default();
            out.display.push(best);
            for &k in group {
                out.ids.insert(keyed[k].0.to_string(), id);
            }
        }
        out
    }

    /// The person a name (as written) belongs to.
    pub fn id(&self, name: &str) -> Option<usize> {
        self.ids.get(name).copied()
    }

    /// The fullest name of a person.
    pub fn display(&self, id: usize) -> &str {
        self.display.get(id).map(String::as_str).unwrap_or("")
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.display.len()
    }
}

/// The folded words of a name without leading titles (`Mr`, `Gen.`, `PC`) or
/// trailing `Jr.`; a name made only of titles keeps its last word.
pub fn name_key(name: &str) -> Vec<String> {
    let mut toks = tokens(name);
    while toks.len() > 1 && toks.last().is_some_and(|t| SUFFIXES.contains(&t.as_str())) {
        toks.pop();
    }
    let skip = toks
        .iter()
        .take_while(|t| TITLES.contains(t.as_str()))
        .count();
    let skip = skip.min(toks.len().saturating_sub(1));
    toks.split_off(skip)
}

/// The name as written, without its leading titles: `PC Keith Palmer` → `Keith Palmer`.
pub fn without_titles(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_title = |w: &str| {
        let t = tokens(w);
        !t.is_empty() && t.iter().all(|t| TITLES.contains(t.as_str()))
    };
    let skip = words.iter().take_while(|w| is_title(w)).count();
    let skip = skip.min(words.len().saturating_sub(1));
    words[skip..].join(" ")
}

fn surname(key: &[String]) -> &str {
    key.last().map(String::as_str).unwrap_or("")
}

/// Two full names match when surnames agree and the first names agree,
/// allowing an initial (`J. Herman`) or one slip (`Garry` / `Gary`).
fn full_names_match(a: &[String], b: &[String]) -> bool {
    if a == b {
        return true;
    }
    if !close(surname(a), surname(b)) {
        return false;
    }
    let (fa, fb) = (&a[0], &b[0]);
    if fa == fb {
        return true;
    }
    let initial = |x: &str, y: &str| x.chars().count() == 1 && y.starts_with(x);
    if initial(fa, fb) || initial(fb, fa) {
        return true;
    }
    fa.chars().count() >= 4 && fb.chars().count() >= 4 && within_one_edit(fa, fb)
}

fn close(a: &str, b: &str) -> bool {
    a == b || (a.chars().count() >= 6 && within_one_edit(a, b))
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        parent[hi] = lo;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(c: &NameClusters, a: &str, b: &str) -> bool {
        c.id(a).is_some() && c.id(a) == c.id(b)
    }

    #[test]
    fn surname_and_titles_join_the_full_name() {
        let c = NameClusters::build(["Ada Quill", "Quill", "Mrs. Quill", "Dr Ada Quill"]);
        assert_eq!(c.len(), 1);
        assert_eq!(c.display(0), "Ada Quill");
    }

    #[test]
    fn misspelt_first_name_and_lowercase_join() {
        let c = NameClusters::build(["Barry Tolland", "Bary Tolland", "barry tolland"]);
        assert_eq!(c.len(), 1);
        assert_eq!(c.display(0), "Barry Tolland");
    }

    #[test]
    fn ambiguous_surname_stays_apart() {
        let c = NameClusters::build(["Nina Stone", "Paul Stone", "Stone"]);
        assert_eq!(c.len(), 3);
        assert!(!same(&c, "Nina Stone", "Paul Stone"));
        assert!(!same(&c, "Stone", "Paul Stone"));
    }

    #[test]
    fn different_people_stay_apart() {
        let c = NameClusters::build(["Nina Stone", "Nina Brook"]);
        assert!(!same(&c, "Nina Stone", "Nina Brook"));
    }

    #[test]
    fn suffix_is_kept_in_display_but_not_in_matching() {
        let c = NameClusters::build(["Tom Vale Jr.", "Vale"]);
        assert!(same(&c, "Tom Vale Jr.", "Vale"));
        assert_eq!(c.display(0), "Tom Vale Jr.");
        assert_eq!(without_titles("PC Tom Vale"), "Tom Vale");
    }
}
