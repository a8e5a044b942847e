//! The reconciled casualty picture: for each role and status, a total, counts
//! by nationality and the named people, each with the rule that chose it.
//!
//! Within one article the largest count of a group is taken as that article's
//! figure (a running toll covers the incidents before it). A count smaller than
//! its own article's breakdown or list of names is a subgroup (`two police
//! officers are in a serious condition`), not a total. Across articles a stated
//! total wins over a sum of parts, unless the parts add up to more than it: a
//! total cannot be smaller than its parts.

use std::collections::{BTreeMap, BTreeSet};

use super::figures::{
    cell_name, choose, describe, lower, status_word, values_compatible, with_separators,
};
use super::names::NameClusters;
use crate::records::{
    Approx, Casualties, CasualtyFact, Check, CheckKind, CompetingValue, Conflict, Figure,
    NamedCasualty, Outcome, Part, Role, Rule, SentenceRef, Statement, Status, StatusCasualties,
};

/// Segments at the top of an article (title, dateline, first sentence) that make its lede.
const LEDE_SENTENCES: usize = 3;

pub const ROLES: [Role; 2] = [Role::Victim, Role::Perpetrator];
pub const STATUSES: [Status; 3] = [Status::Killed, Status::Injured, Status::Missing];

/// What the casualty facts add up to.
#[derive(Debug, Default)]
pub struct Picture {
    pub casualties: Casualties,
    pub conflicts: Vec<Conflict>,
    pub checks: Vec<Check>,
}

pub fn reconcile(
    facts: &[CasualtyFact],
    names: &NameClusters,
    dates: &BTreeMap<String, String>,
) -> Picture {
    let people = People::new(facts, names);
    let mut picture = Picture::default();
    for role in ROLES {
        // Someone reported killed in one article and injured (or missing) in
        // another is counted as killed: the injured die, the missing are found dead.
        let killed: BTreeSet<&str> = facts
            .iter()
            .filter(|f| f.role == role && f.status == Status::Killed)
            .filter_map(|f| people.key_of(f))
            .collect();
        for status in STATUSES {
            let cell: Vec<&CasualtyFact> = facts
                .iter()
                .filter(|f| f.role == role && f.status == status)
                .filter(|f| {
                    status == Status::Killed
                        || !matches!(people.key_of(f), Some(k) if killed.contains(k))
                })
                .collect();
            if cell.is_empty() {
                continue;
            }
            let figures = reconcile_cell(&cell, role, status, &people, dates, &mut picture);
            *picture.casualties.role_mut(role).status_mut(status) = Some(figures);
        }
    }
    picture.checks.extend(people.status_checks(facts));
    picture
}

/// Named casualties merged across articles by their name forms.
struct People {
    /// Person key of each distinct name as written.
    key: BTreeMap<String, String>,
    /// Each person's display name and nationality (the first stated).
    info: BTreeMap<String, (String, Option<String>)>,
}

impl People {
    fn new(facts: &[CasualtyFact], names: &NameClusters) -> People {
        let mut key = BTreeMap::new();
        let mut info: BTreeMap<String, (String, Option<String>)> = BTreeMap::new();
        for f in facts {
            let Some(name) = f.name.as_deref().filter(|n| !n.trim().is_empty()) else {
                continue;
            };
            let (k, display) = match names.id(name) {
                Some(id) => (format!("#{id}"), names.display(id).to_string()),
                None => (format!("={name}"), name.to_string()),
            };
            key.insert(name.to_string(), k.clone());
            let entry = info.entry(k).or_insert((display, None));
            if entry.1.is_none() {
                entry.1.clone_from(&f.nationality);
            }
        }
        People { key, info }
    }

    fn key_of(&self, fact: &CasualtyFact) -> Option<&str> {
        fact.name
            .as_deref()
            .and_then(|n| self.key.get(n))
            .map(String::as_str)
    }

    fn nationality(&self, key: &str) -> Option<&str> {
        self.info.get(key).and_then(|(_, n)| n.as_deref())
    }

    fn display(&self, key: &str) -> &str {
        self.info.get(key).map_or("", |(d, _)| d.as_str())
    }

    /// One person reported with different statuses (killed here, injured there).
    fn status_checks(&self, facts: &[CasualtyFact]) -> Vec<Check> {
        let mut statuses: BTreeMap<(&str, Role), BTreeMap<Status, Vec<Statement>>> =
            BTreeMap::new();
        for f in facts {
            if let Some(k) = self.key_of(f) {
                statuses
                    .entry((k, f.role))
                    .or_default()
                    .entry(f.status)
                    .or_default()
                    .push(statement(f));
            }
        }
        statuses
            .into_iter()
            .filter(|(_, by_status)| by_status.len() > 1)
            .map(|((k, role), by_status)| {
                let listing = by_status
                    .iter()
                    .map(|(s, st)| format!("{} in {}", status_word(*s), articles_of(st)))
                    .collect::<Vec<_>>()
                    .join(", ");
                Check {
                    kind: CheckKind::PersonStatus,
                    outcome: Outcome::Mismatch,
                    message: format!("{} is reported {listing}", self.display(k)),
                    role: Some(role),
                    status: None,
                    sources: by_status.into_values().flatten().collect(),
                }
            })
            .collect()
    }
}

/// One article's figures for a cell.
#[derive(Default)]
struct ArticleFigures {
    total: Option<Statement>,
    by_nationality: BTreeMap<String, Statement>,
    named: BTreeSet<String>,
}

fn reconcile_cell(
    cell: &[&CasualtyFact],
    role: Role,
    status: Status,
    people: &People,
    dates: &BTreeMap<String, String>,
    picture: &mut Picture,
) -> StatusCasualties {
    let mut by_article: BTreeMap<&str, Vec<&CasualtyFact>> = BTreeMap::new();
    for f in cell {
        by_article.entry(f.article.as_str()).or_default().push(f);
    }
    let articles: Vec<ArticleFigures> = by_article
        .values()
        .map(|facts| article_figures(facts, people, role, status, picture))
        .collect();

    let mut out = StatusCasualties::default();
    // Counts by nationality.
    let mut nats: BTreeMap<&str, Vec<Statement>> = BTreeMap::new();
    for a in &articles {
        for (n, s) in &a.by_nationality {
            nats.entry(n.as_str()).or_default().push(s.clone());
        }
    }
    for (nat, statements) in nats {
        if let Some((fig, conflict)) = choose(statements, role, status, Some(nat), dates) {
            out.by_nationality.insert(nat.to_string(), fig);
            picture.conflicts.extend(conflict);
        }
    }
    // Named people, in order of first mention.
    let mut named_people: Vec<NamedCasualty> = Vec::new();
    for f in cell {
        let Some(k) = people.key_of(f) else { continue };
        let display = people.display(k);
        match named_people.iter_mut().find(|p| p.name == display) {
            Some(p) => p.sources.push(statement(f)),
            None => named_people.push(NamedCasualty {
                name: display.to_string(),
                nationality: people.nationality(k).map(str::to_string),
                sources: vec![statement(f)],
            }),
        }
    }
    // The total.
    let stated: Vec<Statement> = articles.iter().filter_map(|a| a.total.clone()).collect();
    let parts_floor: u64 = out
        .by_nationality
        .values()
        .map(|f| lower(f.value, f.approx))
        .sum();
    let named_count_all = named_people.len() as u64;
    out.total = if stated.is_empty() {
        sum_of_parts(&out.by_nationality, &named_people)
    } else {
        choose(stated, role, status, None, dates).map(|(fig, conflict)| {
            let conflict = conflict.map(|c| c.values).unwrap_or_else(|| {
                vec![CompetingValue {
                    value: fig.value,
                    approx: fig.approx,
                    sources: fig.sources.clone(),
                }]
            });
            let (fig, kept) = check_floor(fig, &out.by_nationality, parts_floor, named_count_all);
            let changed = !kept;
            let mut values = conflict;
            if changed {
                values.push(CompetingValue {
                    value: fig.value,
                    approx: fig.approx,
                    sources: fig.sources.clone(),
                });
            }
            if values.len() > 1 {
                let chosen = values
                    .iter()
                    .find(|v| v.value == fig.value && v.approx == fig.approx)
                    .cloned();
                picture.conflicts.push(Conflict {
                    what: cell_name(role, status, None),
                    role,
                    status,
                    nationality: None,
                    compatible: !changed && values_compatible(&values),
                    values,
                    chosen,
                    rule: fig.rule,
                    why: fig.why.clone(),
                });
            }
            fig
        })
    };
    out.named = named_people.iter().map(|p| p.name.clone()).collect();
    out.named_people = named_people;
    out
}

/// A stated total below its parts or its named people gives way to them.
/// Returns the figure and whether the stated one was kept.
fn check_floor(
    fig: Figure,
    by_nationality: &BTreeMap<String, Figure>,
    parts_floor: u64,
    named_count_all: u64,
) -> (Figure, bool) {
    if fig.value < parts_floor && parts_floor >= named_count_all {
        let stated = format!(
            "{} ({})",
            describe(fig.value, fig.approx),
            articles_of(&fig.sources)
        );
        if let Some(mut sum) = sum_of_parts(by_nationality, &[]) {
            sum.why = format!(
                "the stated total {stated} is smaller than the breakdown ({}), and a total cannot be smaller than its parts",
                parts_listing(by_nationality, &[])
            );
            sum.rule = Rule::BreakdownExceedsTotal;
            return (sum, false);
        }
    }
    // More names than the stated total is left to the named-in-total check:
    // a stray name is likelier than a wrong official toll.
    (fig, true)
}

/// No article states a total: the nationality counts plus the named people
/// of no stated nationality.
fn sum_of_parts(
    by_nationality: &BTreeMap<String, Figure>,
    named: &[NamedCasualty],
) -> Option<Figure> {
    let unplaced: Vec<&NamedCasualty> = named.iter().filter(|p| p.nationality.is_none()).collect();
    if by_nationality.is_empty() && unplaced.is_empty() {
        return None;
    }
    let value: u64 = by_nationality.values().map(|f| f.value).sum::<u64>() + unplaced.len() as u64;
    let approxes: BTreeSet<Approx> = by_nationality.values().map(|f| f.approx).collect();
    let approx = if approxes.iter().all(|a| *a == Approx::Exact) {
        Approx::Exact
    } else if approxes.contains(&Approx::About) {
        Approx::About
    } else {
        Approx::AtLeast
    };
    let mut sources: Vec<Statement> = by_nationality
        .values()
        .flat_map(|f| f.sources.iter().cloned())
        .collect();
    sources.extend(unplaced.iter().flat_map(|p| p.sources.iter().cloned()));
    Some(Figure {
        value,
        approx,
        rule: Rule::SumOfParts,
        why: format!(
            "no article states a total; the parts add up: {}",
            parts_listing(by_nationality, &unplaced)
        ),
        sources,
    })
}

fn parts_listing(by_nationality: &BTreeMap<String, Figure>, unplaced: &[&NamedCasualty]) -> String {
    let mut parts: Vec<String> = by_nationality
        .iter()
        .map(|(n, f)| format!("{} from {n}", describe(f.value, f.approx)))
        .collect();
    if !unplaced.is_empty() {
        let names: Vec<&str> = unplaced.iter().map(|p| p.name.as_str()).collect();
        parts.push(format!("{} named ({})", unplaced.len(), names.join(", ")));
    }
    parts.join(" + ")
}

/// One article's total, counts by nationality and named people for a cell.
fn article_figures(
    facts: &[&CasualtyFact],
    people: &People,
    role: Role,
    status: Status,
    picture: &mut Picture,
) -> ArticleFigures {
    let mut a = ArticleFigures::default();
    let mut named_by_nat: BTreeMap<String, Vec<&CasualtyFact>> = BTreeMap::new();
    // The lede states the article's headline figure; later counts are mostly
    // details (a hospital's intake, one location), so a total from the lede wins.
    let in_lede = |f: &CasualtyFact| f.evidence.iter().any(|e| e.sentence < LEDE_SENTENCES);
    let lede_total = facts
        .iter()
        .any(|f| f.name.is_none() && f.nationality.is_none() && in_lede(f));
    for f in facts {
        if lede_total && f.name.is_none() && f.nationality.is_none() && !in_lede(f) {
            continue;
        }
        if let Some(k) = people.key_of(f) {
            a.named.insert(k.to_string());
            if let Some(n) = people.nationality(k).or(f.nationality.as_deref()) {
                named_by_nat.entry(n.to_string()).or_default().push(f);
            }
            continue;
        }
        let s = statement(f);
        let slot = match &f.nationality {
            Some(n) => a
                .by_nationality
                .entry(n.clone())
                .or_insert_with(|| s.clone()),
            None => a.total.get_or_insert_with(|| s.clone()),
        };
        if bigger(&s, slot) {
            *slot = s;
        }
    }
    // Groups listed with one predicate (`92 passengers and 11 crew were killed`) add up.
    let mut lists: BTreeMap<(usize, bool), Vec<&CasualtyFact>> = BTreeMap::new();
    for f in facts {
        let listed = f.part == Some(Part::Listed);
        if listed && f.name.is_none() && f.nationality.is_none() && f.evidence.len() == 1 {
            let e = &f.evidence[0];
            lists.entry((e.sentence, in_lede(f))).or_default().push(f);
        }
    }
    for ((_, lede), list) in lists {
        if list.len() < 2 || (lede_total && !lede) {
            continue;
        }
        let mut sum = statement(list[0]);
        sum.value = list.iter().map(|f| f.count.value).sum();
        if list.iter().any(|f| f.count.approx != Approx::Exact) {
            sum.approx = Approx::AtLeast;
        }
        let slot = a.total.get_or_insert_with(|| sum.clone());
        if bigger(&sum, slot) {
            *slot = sum;
        }
    }
    // Named people of a nationality count towards it when no larger count is given.
    for (nat, facts) in named_by_nat {
        let mut persons: BTreeSet<&str> = BTreeSet::new();
        let mut evidence: Vec<SentenceRef> = Vec::new();
        for f in &facts {
            if let Some(k) = people.key_of(f) {
                persons.insert(k);
            }
            evidence.extend(f.evidence.iter().map(sentence_ref));
        }
        evidence.sort();
        evidence.dedup();
        let derived = Statement {
            article: facts[0].article.clone(),
            value: persons.len() as u64,
            approx: Approx::Exact,
            nationality: Some(nat.clone()),
            evidence,
        };
        let slot = a
            .by_nationality
            .entry(nat)
            .or_insert_with(|| derived.clone());
        if bigger(&derived, slot) {
            *slot = derived;
        }
    }
    if let Some(total) = &a.total {
        let parts: u64 = a
            .by_nationality
            .values()
            .map(|s| lower(s.value, s.approx))
            .sum();
        let floor = parts.max(a.named.len() as u64);
        // The nominal value decides: `at least 17` beside a breakdown of 1,357 is true but is not the total.
        if total.value < floor {
            picture.checks.push(Check {
                kind: CheckKind::Subgroup,
                outcome: Outcome::Note,
                message: format!(
                    "{}: {} in {} is fewer than the {} the same article counts in detail, so it is read as a subgroup, not a total",
                    cell_name(role, status, None),
                    describe(total.value, total.approx),
                    total.article,
                    with_separators(floor)
                ),
                role: Some(role),
                status: Some(status),
                sources: vec![total.clone()],
            });
            a.total = None;
        }
    }
    a
}

/// Whether statement `a` says more than `b`: a higher floor, then exactness.
fn bigger(a: &Statement, b: &Statement) -> bool {
    let key = |s: &Statement| (lower(s.value, s.approx), s.value, s.approx == Approx::Exact);
    key(a) > key(b)
}

pub fn statement(f: &CasualtyFact) -> Statement {
    Statement {
        article: f.article.clone(),
        value: f.count.value,
        approx: f.count.approx,
        nationality: f.nationality.clone(),
        evidence: f.evidence.iter().map(sentence_ref).collect(),
    }
}

fn sentence_ref(e: &crate::records::Evidence) -> SentenceRef {
    SentenceRef {
        sentence: e.sentence,
        text: e.text.clone(),
    }
}

fn articles_of(statements: &[Statement]) -> String {
    let mut a: Vec<&str> = statements.iter().map(|s| s.article.as_str()).collect();
    a.sort();
    a.dedup();
    a.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{Count, Evidence};

    fn fact(
        article: &str,
        status: Status,
        nat: Option<&str>,
        value: u64,
        approx: Approx,
        name: Option<&str>,
        sentence: usize,
    ) -> CasualtyFact {
        CasualtyFact {
            article: article.into(),
            role: Role::Victim,
            status,
            nationality: nat.map(str::to_string),
            count: Count { value, approx },
            name: name.map(str::to_string),
            evidence: vec![Evidence {
                sentence,
                start: 0,
                end: 1,
                text: format!("sentence {sentence} of {article}"),
            }],
            rule: String::new(),
            part: None,
        }
    }

    fn run(facts: &[CasualtyFact]) -> Picture {
        run_dated(facts, &[])
    }

    fn run_dated(facts: &[CasualtyFact], dates: &[(&str, &str)]) -> Picture {
        let names = NameClusters::build(facts.iter().filter_map(|f| f.name.as_deref()));
        let dates = dates
            .iter()
            .map(|(a, d)| (a.to_string(), d.to_string()))
            .collect();
        reconcile(facts, &names, &dates)
    }

    fn cell(p: &Picture, status: Status) -> &StatusCasualties {
        p.casualties.victims.status(status).expect("cell")
    }

    use Approx::*;
    use Status::*;

    #[test]
    fn explicit_total_beats_a_partial_breakdown_which_is_partial_not_a_conflict() {
        let p = run(&[
            fact("a", Injured, Some("GB"), 12, Exact, None, 9),
            fact("a", Injured, Some("FR"), 3, Exact, None, 9),
            fact("a", Injured, None, 2, Exact, None, 8),
            fact("b", Injured, None, 40, About, None, 5),
        ]);
        let c = cell(&p, Injured);
        let total = c.total.as_ref().expect("total");
        assert_eq!(
            (total.value, total.approx, total.rule),
            (40, About, Rule::SingleReport)
        );
        assert_eq!(c.by_nationality.len(), 2);
        assert!(p.conflicts.is_empty());
        assert!(p.checks.iter().any(|k| k.kind == CheckKind::Subgroup));
    }

    #[test]
    fn groups_listed_with_one_predicate_add_up() {
        let mut a = fact("a", Status::Killed, None, 40, Approx::Exact, None, 5);
        let mut b = fact("a", Status::Killed, None, 6, Approx::Exact, None, 5);
        a.part = Some(Part::Listed);
        b.part = Some(Part::Listed);
        let p = run(&[a, b]);
        assert_eq!(
            cell(&p, Status::Killed).total.as_ref().map(|t| t.value),
            Some(46)
        );
    }

    #[test]
    fn sum_of_parts_when_no_total_is_stated() {
        let p = run(&[
            fact("a", Killed, Some("GB"), 2, Exact, None, 4),
            fact("a", Killed, Some("US"), 1, Exact, Some("Dale Fenwick"), 5),
            fact("b", Killed, None, 1, Exact, Some("Rosa Imbert"), 6),
        ]);
        let total = cell(&p, Killed).total.clone().expect("total");
        assert_eq!((total.value, total.rule), (4, Rule::SumOfParts));
        assert_eq!(cell(&p, Killed).named, ["Dale Fenwick", "Rosa Imbert"]);
    }

    #[test]
    fn breakdown_larger_than_the_stated_total_wins_with_a_conflict() {
        let p = run(&[
            fact("a", Injured, None, 14, Exact, None, 3),
            fact("b", Injured, Some("US"), 16, Exact, None, 2),
            fact("b", Injured, Some("PL"), 1, Exact, None, 2),
        ]);
        let total = cell(&p, Injured).total.clone().expect("total");
        assert_eq!((total.value, total.rule), (17, Rule::BreakdownExceedsTotal));
        let conflict = p
            .conflicts
            .iter()
            .find(|c| c.nationality.is_none())
            .expect("conflict");
        assert_eq!(conflict.values.len(), 2);
        assert!(!conflict.compatible);
    }

    #[test]
    fn named_victim_across_articles_is_counted_once_with_its_nationality() {
        let p = run(&[
            fact("a", Killed, Some("FR"), 1, Exact, Some("Lucie Marchand"), 0),
            fact("b", Killed, None, 1, Exact, Some("Marchand"), 0),
            fact("b", Killed, None, 2, Exact, None, 0),
        ]);
        let c = cell(&p, Killed);
        assert_eq!(c.named, ["Lucie Marchand"]);
        assert_eq!(c.by_nationality.get("FR").map(|f| f.value), Some(1));
        assert_eq!(c.total.as_ref().map(|f| f.value), Some(2));
    }

    #[test]
    fn running_toll_in_one_article_counts_once() {
        let p = run(&[
            fact("a", Killed, Some("IL"), 3, Exact, None, 7),
            fact("a", Killed, Some("IL"), 56, Exact, None, 7),
            fact("b", Killed, Some("IL"), 56, Exact, None, 9),
        ]);
        let f = &cell(&p, Killed).by_nationality["IL"];
        assert_eq!((f.value, f.rule), (56, Rule::Agreement));
    }

    #[test]
    fn the_lede_figure_beats_later_detail_counts() {
        let p = run(&[
            fact("a", Injured, None, 3, Exact, None, 0),
            fact("a", Injured, None, 5, Exact, None, 30),
            fact("b", Injured, None, 3, Exact, None, 1),
        ]);
        let total = cell(&p, Injured).total.clone().expect("total");
        assert_eq!((total.value, total.rule), (3, Rule::Agreement));
    }

    #[test]
    fn conflicting_tolls_take_the_later_dated_report() {
        let facts = [
            fact("a", Killed, None, 224, Exact, None, 5),
            fact("b", Killed, None, 213, Exact, None, 5),
        ];
        let p = run_dated(&facts, &[("a", "2021-03-01"), ("b", "2021-03-02")]);
        let total = cell(&p, Killed).total.clone().expect("total");
        assert_eq!((total.value, total.rule), (213, Rule::LaterReport));
        let p = run(&facts);
        let total = cell(&p, Killed).total.clone().expect("total");
        assert_eq!((total.value, total.rule), (224, Rule::LargerWithReason));
        assert_eq!(p.conflicts.len(), 1);
    }

    #[test]
    fn one_person_killed_in_one_report_and_injured_in_another_counts_as_killed() {
        let p = run(&[
            fact("a", Killed, Some("LB"), 1, Exact, Some("Omar Haddad"), 0),
            fact("b", Injured, None, 1, Exact, Some("Omar Haddad"), 0),
            fact("b", Injured, None, 1, Exact, Some("Sara Haddad"), 1),
        ]);
        assert!(p
            .checks
            .iter()
            .any(|k| k.kind == CheckKind::PersonStatus && k.outcome == Outcome::Mismatch));
        let injured = cell(&p, Injured);
        assert_eq!(injured.named, ["Sara Haddad"]);
        assert!(injured.by_nationality.is_empty());
    }

    #[test]
    fn more_names_than_the_stated_total_keep_the_total() {
        let p = run(&[
            fact("a", Killed, None, 1, Exact, None, 0),
            fact("a", Killed, None, 1, Exact, Some("Omar Haddad"), 0),
            fact("b", Killed, None, 1, Exact, Some("Rue Street"), 2),
        ]);
        let total = cell(&p, Killed).total.clone().expect("total");
        assert_eq!(total.value, 1);
    }
}
