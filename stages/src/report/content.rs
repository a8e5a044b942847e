//! What a set's report says, built from a [`Reconciled`] alone: the casualty
//! figures with the rule behind each, conflicts, checks, merged quotations,
//! people, and the cited sentences every number and quotation links to.

use std::collections::{BTreeMap, HashMap};

use super::document::{text, Block, Inline};
use super::labels;
use crate::reconcile::describe_count;
use crate::records::{Figure, Reconciled, Rule, SentenceRef, Statement};

const STATUSES: [crate::records::Status; 3] = [
    crate::records::Status::Killed,
    crate::records::Status::Injured,
    crate::records::Status::Missing,
];
const ROLES: [crate::records::Role; 2] = [
    crate::records::Role::Victim,
    crate::records::Role::Perpetrator,
];
/// Hover text of a link shows this much of its sentence.
const TITLE_CHARS: usize = 200;

pub fn build(rec: &Reconciled) -> Vec<Block> {
    let mut cite = Citations::new(rec);
    let mut doc = vec![Block::Title(format!("{} — what the articles say", rec.set))];
    doc.push(Block::Paragraph(vec![text(overview(rec))]));
    doc.extend(articles(rec, &cite));
    doc.extend(casualties(rec, &mut cite));
    doc.extend(conflicts(rec, &mut cite));
    doc.extend(checks(rec, &mut cite));
    doc.extend(quotes(rec, &mut cite));
    doc.extend(people(rec, &cite));
    doc.extend(cite.evidence_blocks(rec));
    doc
}

fn overview(rec: &Reconciled) -> String {
    let multi = rec
        .quotes
        .iter()
        .filter(|q| distinct_articles(q.sources.iter().map(|s| s.article.as_str())) > 1)
        .count();
    let n = |count: usize, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    format!(
        "{}; {} ({} reported by more than one article); {}; {} between articles.",
        n(rec.articles.len(), "article", "articles"),
        n(rec.quotes.len(), "quoted utterance", "quoted utterances"),
        multi,
        n(rec.people.len(), "person", "people"),
        n(rec.conflicts.len(), "conflict", "conflicts")
    )
}

fn distinct_articles<'a>(articles: impl Iterator<Item = &'a str>) -> usize {
    let mut a: Vec<&str> = articles.collect();
    a.sort();
    a.dedup();
    a.len()
}

fn articles(rec: &Reconciled, cite: &Citations) -> Vec<Block> {
    let rows = rec
        .articles
        .iter()
        .map(|a| {
            let label = cite.article_label(&a.article);
            vec![
                vec![Inline::Link {
                    text: label,
                    target: cite.article_anchor(&a.article),
                    title: a.article.clone(),
                }],
                vec![text(a.article.clone())],
                vec![text(a.date.clone().unwrap_or_default())],
                vec![text(a.title.clone().unwrap_or_default())],
            ]
        })
        .collect();
    vec![
        heading(2, "Articles", Some("articles")),
        Block::Table {
            head: vec!["".into(), "Article".into(), "Date".into(), "Title".into()],
            rows,
        },
    ]
}

fn casualties(rec: &Reconciled, cite: &mut Citations) -> Vec<Block> {
    let mut out = vec![heading(2, "Casualties", Some("casualties"))];
    let mut any = false;
    for role in ROLES {
        for status in STATUSES {
            let Some(cell) = rec.casualties.role(role).status(status) else {
                continue;
            };
            any = true;
            let name = format!("{} {}", labels::role(role), labels::status(status));
            out.push(heading(
                3,
                &name,
                Some(&format!("{}-{}", labels::role(role), labels::status(status)).to_lowercase()),
            ));
            let mut rows = Vec::new();
            if let Some(total) = &cell.total {
                rows.push(figure_row("Total", total, cite));
            }
            let mut nats: Vec<(&String, &Figure)> = cell.by_nationality.iter().collect();
            nats.sort_by(|a, b| b.1.value.cmp(&a.1.value).then(a.0.cmp(b.0)));
            for (code, fig) in nats {
                rows.push(figure_row(&labels::country(code), fig, cite));
            }
            if !rows.is_empty() {
                out.push(Block::Table {
                    head: vec![
                        "Who".into(),
                        "Count".into(),
                        "How chosen".into(),
                        "Sources".into(),
                    ],
                    rows,
                });
            }
            if !cell.named_people.is_empty() {
                let mut line = vec![Inline::Strong("Named:".into())];
                for (i, p) in cell.named_people.iter().enumerate() {
                    line.push(text(if i == 0 { " " } else { "; " }));
                    line.push(text(p.name.clone()));
                    if let Some(n) = &p.nationality {
                        line.push(text(format!(" ({n})")));
                    }
                    line.push(text(" "));
                    line.extend(cite.statements(&p.sources));
                }
                out.push(Block::Paragraph(line));
            }
        }
    }
    if !any {
        out.push(Block::Paragraph(vec![text(
            "No article reports anyone killed, injured or missing.",
        )]));
    }
    out
}

fn figure_row(who: &str, fig: &Figure, cite: &mut Citations) -> Vec<Vec<Inline>> {
    vec![
        vec![text(who)],
        vec![Inline::Strong(describe_count(fig.value, fig.approx))],
        // A single report or agreement speaks for itself through the sources column.
        match fig.rule {
            Rule::SingleReport | Rule::Agreement => {
                vec![Inline::Tag(labels::rule(fig.rule).into())]
            }
            _ => vec![
                Inline::Tag(labels::rule(fig.rule).into()),
                text(format!(" {}", cite.relabel(&fig.why))),
            ],
        },
        cite.statements(&fig.sources),
    ]
}

fn conflicts(rec: &Reconciled, cite: &mut Citations) -> Vec<Block> {
    let mut out = vec![heading(2, "Where the articles disagree", Some("conflicts"))];
    if rec.conflicts.is_empty() {
        out.push(Block::Paragraph(vec![text(
            "No figures differ between the articles.",
        )]));
        return out;
    }
    let items = rec
        .conflicts
        .iter()
        .map(|c| {
            let mut line = vec![
                Inline::Tag(if c.compatible {
                    "compatible".into()
                } else {
                    "conflict".into()
                }),
                text(" "),
                Inline::Strong(c.what.clone()),
                text(": "),
            ];
            for (i, v) in c.values.iter().enumerate() {
                if i > 0 {
                    line.push(text(" · "));
                }
                line.push(text(format!("{} ", describe_count(v.value, v.approx))));
                line.extend(cite.statements(&v.sources));
            }
            if let Some(ch) = &c.chosen {
                line.push(text(format!(
                    " → kept {}: {}",
                    describe_count(ch.value, ch.approx),
                    cite.relabel(&c.why)
                )));
            }
            line
        })
        .collect();
    out.push(Block::List(items));
    out
}

fn checks(rec: &Reconciled, cite: &mut Citations) -> Vec<Block> {
    if rec.checks.is_empty() {
        return Vec::new();
    }
    let items = rec
        .checks
        .iter()
        .map(|c| {
            let mut line = vec![
                Inline::Tag(labels::outcome(c.outcome).into()),
                text(format!(" {} ", cite.relabel(&c.message))),
            ];
            line.extend(cite.statements(&c.sources));
            line
        })
        .collect();
    vec![
        heading(2, "Consistency checks", Some("checks")),
        Block::List(items),
    ]
}

fn quotes(rec: &Reconciled, cite: &mut Citations) -> Vec<Block> {
    let mut out = vec![heading(2, "Quotations", Some("quotes"))];
    if rec.quotes.is_empty() {
        out.push(Block::Paragraph(vec![text("No quotations found.")]));
        return out;
    }
    for q in &rec.quotes {
        let mut lines = vec![vec![text(format!(
            "— {}",
            q.speaker.as_deref().unwrap_or("speaker not named")
        ))]];
        for s in &q.sources {
            let mut line = cite.sentences(&s.article, &s.evidence);
            if let Some(m) = &s.mention {
                line.push(text(format!(" as “{m}”")));
            }
            if let Some(reason) = s.merged_as {
                line.push(text(" "));
                line.push(Inline::Tag(labels::merge(reason).into()));
            }
            if s.text != q.text {
                line.push(text(" "));
                line.push(Inline::Quoted(s.text.clone()));
            }
            lines.push(line);
        }
        out.push(Block::Quote {
            anchor: q.id.clone(),
            text: q.text.clone(),
            lines,
        });
    }
    out
}

fn people(rec: &Reconciled, cite: &Citations) -> Vec<Block> {
    if rec.people.is_empty() {
        return Vec::new();
    }
    let rows = rec
        .people
        .iter()
        .map(|p| {
            let forms = p
                .forms
                .iter()
                .map(|f| {
                    let labels: Vec<String> =
                        f.articles.iter().map(|a| cite.article_label(a)).collect();
                    format!("{} ({})", f.form, labels.join(", "))
                })
                .collect::<Vec<_>>()
                .join("; ");
            vec![
                vec![Inline::Strong(p.name.clone())],
                vec![text(forms)],
                vec![text(p.quotes.to_string())],
            ]
        })
        .collect();
    vec![
        heading(2, "People", Some("people")),
        Block::Table {
            head: vec![
                "Name".into(),
                "Name forms (articles)".into(),
                "Quotations".into(),
            ],
            rows,
        },
    ]
}

fn heading(level: u8, text: &str, anchor: Option<&str>) -> Block {
    Block::Heading {
        level,
        text: text.to_string(),
        anchor: anchor.map(str::to_string),
    }
}

/// Labels for articles (`A1`, `A2`, in the set's order) and the sentences cited so far.
struct Citations {
    position: HashMap<String, usize>,
    cited: BTreeMap<(usize, usize), String>,
}

impl Citations {
    fn new(rec: &Reconciled) -> Citations {
        let mut position = HashMap::new();
        for a in &rec.articles {
            let next = position.len() + 1;
            position.entry(a.article.clone()).or_insert(next);
        }
        Citations {
            position,
            cited: BTreeMap::new(),
        }
    }

    fn pos(&self, article: &str) -> usize {
        self.position.get(article).copied().unwrap_or(0)
    }

    fn article_label(&self, article: &str) -> String {
        match self.pos(article) {
            0 => article.to_string(),
            n => format!("A{n}"),
        }
    }

    fn article_anchor(&self, article: &str) -> String {
        format!("a{}", self.pos(article))
    }

    /// Links to the sentences of each statement, each sentence once.
    fn statements(&mut self, statements: &[Statement]) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut seen: Vec<(&str, usize)> = Vec::new();
        for s in statements {
            let fresh: Vec<SentenceRef> = s
                .evidence
                .iter()
                .filter(|e| !seen.contains(&(s.article.as_str(), e.sentence)))
                .cloned()
                .collect();
            if !s.evidence.is_empty() && fresh.is_empty() {
                continue;
            }
            seen.extend(s.evidence.iter().map(|e| (s.article.as_str(), e.sentence)));
            if !out.is_empty() {
                out.push(text(" "));
            }
            out.extend(self.sentences(&s.article, &fresh));
        }
        out
    }

    /// A message with article ids replaced by their labels (`A2`).
    fn relabel(&self, message: &str) -> String {
        let mut ids: Vec<(&String, usize)> = self.position.iter().map(|(a, p)| (a, *p)).collect();
        // Longest first, so that an id which is a prefix of another cannot cut it.
        ids.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
        let mut out = message.to_string();
        for (id, pos) in ids {
            if !id.is_empty() {
                out = out.replace(id.as_str(), &format!("A{pos}"));
            }
        }
        out
    }

    /// Links to sentences of one article (to the article itself when none is known).
    fn sentences(&mut self, article: &str, evidence: &[SentenceRef]) -> Vec<Inline> {
        if evidence.is_empty() {
            return vec![Inline::Link {
                text: self.article_label(article),
                target: self.article_anchor(article),
                title: article.to_string(),
            }];
        }
        let pos = self.pos(article);
        let mut out = Vec::new();
        for e in evidence {
            self.cited
                .entry((pos, e.sentence))
                .or_insert_with(|| e.text.clone());
            if !out.is_empty() {
                out.push(text(" "));
            }
            out.push(Inline::Link {
                text: format!("{}:{}", self.article_label(article), e.sentence),
                target: format!("a{pos}-s{}", e.sentence),
                title: shorten(&e.text, TITLE_CHARS),
            });
        }
        out
    }

    fn evidence_blocks(&self, rec: &Reconciled) -> Vec<Block> {
        let mut out = vec![
            heading(2, "Evidence", Some("evidence")),
            Block::Paragraph(vec![text(
                "Every sentence a number or quotation above rests on; A2:7 is sentence 7 (counting from 0) of article A2.",
            )]),
        ];
        let mut by_article: BTreeMap<usize, Vec<(usize, &str)>> = BTreeMap::new();
        for ((pos, sentence), t) in &self.cited {
            by_article
                .entry(*pos)
                .or_default()
                .push((*sentence, t.as_str()));
        }
        for a in &rec.articles {
            let pos = self.pos(&a.article);
            out.push(heading(
                3,
                &format!("{} · {}", self.article_label(&a.article), a.article),
                Some(&self.article_anchor(&a.article)),
            ));
            for (sentence, t) in by_article.get(&pos).into_iter().flatten() {
                out.push(Block::Evidence {
                    anchor: format!("a{pos}-s{sentence}"),
                    label: format!("{}:{}", self.article_label(&a.article), sentence),
                    text: t.to_string(),
                });
            }
        }
        out
    }
}

fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}
