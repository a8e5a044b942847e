//! What a set's report says, built from a [`Reconciled`] alone: the casualty
//! figures with the rule behind each, conflicts, checks, merged quotations,
//! people, and the cited sentences every number and quotation links to.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::document::{column, numeric, text, Block, Inline, Row};
use super::labels;
use super::Stamp;
use crate::reconcile::describe_count;
use crate::records::{Reconciled, SentenceRef, Statement};

/// Hover text of a link shows this much of its sentence.
const TITLE_CHARS: usize = 200;

pub fn build(rec: &Reconciled, stamp: &Stamp) -> Vec<Block> {
    let mut cite = Citations::new(rec);
    let mut doc = vec![Block::Title(format!("{} — what the articles say", rec.set))];
    doc.push(Block::Paragraph(vec![text(overview(rec))]));
    doc.extend(articles(rec, &cite));
    doc.extend(super::casualties::section(rec, &mut cite));
    doc.extend(conflicts(rec, &mut cite));
    doc.extend(checks(rec, &mut cite));
    doc.extend(quotes(rec, &mut cite));
    doc.extend(people(rec, &cite));
    doc.extend(cite.evidence_blocks(rec));
    doc.push(Block::Footer(vec![text(stamp.describe())]));
    doc
}

fn overview(rec: &Reconciled) -> String {
    let multi = rec
        .quotes
        .iter()
        .filter(|q| several_articles(q.sources.iter().map(|s| s.article.as_str())))
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

/// Whether more than one distinct article is listed: whether any differs from
/// the first, which needs no sorting.
fn several_articles<'a>(mut articles: impl Iterator<Item = &'a str>) -> bool {
    match articles.next() {
        Some(first) => articles.any(|a| a != first),
        None => false,
    }
}

fn articles(rec: &Reconciled, cite: &Citations<'_>) -> Vec<Block> {
    let rows = rec
        .articles
        .iter()
        .map(|a| {
            let label = cite.article_label(&a.article);
            Row::new(vec![
                vec![Inline::Link {
                    text: label,
                    target: cite.article_anchor(&a.article),
                    title: a.article.clone(),
                }],
                vec![text(a.article.clone())],
                vec![text(a.date.clone().unwrap_or_default())],
                vec![text(a.title.clone().unwrap_or_default())],
            ])
        })
        .collect();
    vec![
        heading(2, "Articles", Some("articles")),
        Block::Table {
            head: vec![
                column(""),
                column("Article"),
                column("Date"),
                column("Title"),
            ],
            rows,
        },
    ]
}

fn conflicts<'a>(rec: &'a Reconciled, cite: &mut Citations<'a>) -> Vec<Block> {
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

fn checks<'a>(rec: &'a Reconciled, cite: &mut Citations<'a>) -> Vec<Block> {
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

fn quotes<'a>(rec: &'a Reconciled, cite: &mut Citations<'a>) -> Vec<Block> {
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

fn people(rec: &Reconciled, cite: &Citations<'_>) -> Vec<Block> {
    if rec.people.is_empty() {
        return Vec::new();
    }
    let rows = rec
        .people
        .iter()
        .map(|p| {
            let mut forms = String::new();
            for (i, f) in p.forms.iter().enumerate() {
                if i > 0 {
                    forms.push_str("; ");
                }
                forms.push_str(&f.form);
                forms.push_str(" (");
                for (j, a) in f.articles.iter().enumerate() {
                    if j > 0 {
                        forms.push_str(", ");
                    }
                    cite.push_article_label(&mut forms, a);
                }
                forms.push(')');
            }
            Row::new(vec![
                vec![Inline::Strong(p.name.clone())],
                vec![text(forms)],
                vec![text(p.quotes.to_string())],
            ])
        })
        .collect();
    vec![
        heading(2, "People", Some("people")),
        Block::Table {
            head: vec![
                column("Name"),
                column("Name forms (articles)"),
                numeric("Quotations"),
            ],
            rows,
        },
    ]
}

pub(super) fn heading(level: u8, text: &str, anchor: Option<&str>) -> Block {
    Block::Heading {
        level,
        text: text.to_string(),
        anchor: anchor.map(str::to_string),
    }
}

/// Labels for articles (`A1`, `A2`, in the set's order) and the sentences cited so far.
///
/// Built once per report and asked for a label or link for every figure and
/// quotation, so what does not change is worked out here once.
pub(super) struct Citations<'a> {
    position: FxHashMap<&'a str, usize>,
    /// `A1`, `A2`, ...: the label of position `n` at index `n - 1`.
    labels: Vec<String>,
    /// Article ids with their positions, longest first, for [`Citations::relabel`].
    longest_first: Vec<(&'a str, usize)>,
    /// Each cited sentence's text, borrowed from the reconciled set.
    cited: BTreeMap<(usize, usize), &'a str>,
}

impl<'a> Citations<'a> {
    pub(super) fn new(rec: &'a Reconciled) -> Citations<'a> {
        let mut position = FxHashMap::default();
        for a in &rec.articles {
            let next = position.len() + 1;
            position.entry(a.article.as_str()).or_insert(next);
        }
        let labels = (1..=position.len())
            .map(|n| {
                let mut label = String::with_capacity(4);
                label.push('A');
                push_int(&mut label, n);
                label
            })
            .collect();
        let mut longest_first: Vec<(&str, usize)> = position
            .iter()
            .filter(|(a, _)| !a.is_empty())
            .map(|(a, p)| (*a, *p))
            .collect();
        // Longest first, so that an id which is a prefix of another cannot cut it.
        longest_first.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
        Citations {
            position,
            labels,
            longest_first,
            cited: BTreeMap::new(),
        }
    }

    pub(super) fn pos(&self, article: &str) -> usize {
        self.position.get(article).copied().unwrap_or(0)
    }

    /// The label of a position; an article outside the set is labelled by its id.
    fn label<'s>(&'s self, pos: usize, article: &'s str) -> &'s str {
        match pos.checked_sub(1).and_then(|i| self.labels.get(i)) {
            Some(label) => label,
            None => article,
        }
    }

    pub(super) fn article_label(&self, article: &str) -> String {
        self.label(self.pos(article), article).to_string()
    }

    fn push_article_label(&self, out: &mut String, article: &str) {
        out.push_str(self.label(self.pos(article), article));
    }

    pub(super) fn article_anchor(&self, article: &str) -> String {
        let mut anchor = String::with_capacity(4);
        anchor.push('a');
        push_int(&mut anchor, self.pos(article));
        anchor
    }

    /// Links to the sentences of each statement, each sentence once.
    pub(super) fn statements(&mut self, statements: &'a [Statement]) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut seen: Vec<(&str, usize)> = Vec::new();
        for s in statements {
            let fresh: Vec<&SentenceRef> = s
                .evidence
                .iter()
                .filter(|e| !seen.contains(&(s.article.as_str(), e.sentence)))
                .collect();
            if !s.evidence.is_empty() && fresh.is_empty() {
                continue;
            }
            seen.extend(s.evidence.iter().map(|e| (s.article.as_str(), e.sentence)));
            if !out.is_empty() {
                out.push(text(" "));
            }
            out.extend(self.cite(&s.article, fresh.into_iter()));
        }
        out
    }

    /// A message with article ids replaced by their labels (`A2`).
    pub(super) fn relabel(&self, message: &str) -> String {
        let mut out = message.to_string();
        for &(id, pos) in &self.longest_first {
            // `replace` copies the text even when the id is absent, as it mostly is.
            if out.contains(id) {
                out = out.replace(id, self.label(pos, id));
            }
        }
        out
    }

    /// Links to sentences of one article (to the article itself when none is known).
    fn sentences(&mut self, article: &str, evidence: &'a [SentenceRef]) -> Vec<Inline> {
        self.cite(article, evidence.iter())
    }

    /// Links to the given sentences of one article (to the article itself when none).
    fn cite(
        &mut self,
        article: &str,
        evidence: impl ExactSizeIterator<Item = &'a SentenceRef>,
    ) -> Vec<Inline> {
        if evidence.len() == 0 {
            return vec![Inline::Link {
                text: self.article_label(article),
                target: self.article_anchor(article),
                title: article.to_string(),
            }];
        }
        let pos = self.pos(article);
        let mut out = Vec::with_capacity(2 * evidence.len());
        for e in evidence {
            self.cited.entry((pos, e.sentence)).or_insert(&e.text);
            if !out.is_empty() {
                out.push(text(" "));
            }
            out.push(Inline::Link {
                text: numbered(self.label(pos, article), e.sentence),
                target: sentence_anchor(pos, e.sentence),
                title: shorten(&e.text, TITLE_CHARS),
            });
        }
        out
    }

    /// A link labelled `label` to a sentence of an article, which joins the evidence.
    pub(super) fn link_sentence(
        &mut self,
        article: &str,
        e: &'a SentenceRef,
        label: String,
    ) -> Inline {
        let (target, title) = self.cite_one(article, e);
        Inline::Link {
            text: label,
            target,
            title,
        }
    }

    /// The anchor of a sentence, which joins the evidence, and its text to show on hover.
    fn cite_one(&mut self, article: &str, e: &'a SentenceRef) -> (String, String) {
        let pos = self.pos(article);
        self.cited.entry((pos, e.sentence)).or_insert(&e.text);
        (
            sentence_anchor(pos, e.sentence),
            shorten(&e.text, TITLE_CHARS),
        )
    }

    /// Where a chart's mark for a statement links (`#a2-s8`, its first
    /// sentence, else `#a2`, its article) and the hover text (`A2: ...`).
    pub(super) fn statement_target(&mut self, s: &'a Statement) -> (String, String) {
        let label = self.article_label(&s.article);
        match s.evidence.first() {
            Some(e) => {
                let (target, title) = self.cite_one(&s.article, e);
                (cat(&["#", &target]), cat(&[&label, ": ", &title]))
            }
            None => (
                cat(&["#", &self.article_anchor(&s.article)]),
                cat(&[&label, ": ", &s.article]),
            ),
        }
    }

    /// `A2:8`: an article's label with a sentence's number, counting from 1.
    pub(super) fn sentence_label(&self, article: &str, sentence: usize) -> String {
        numbered(self.label(self.pos(article), article), sentence)
    }

    fn evidence_blocks(&self, rec: &Reconciled) -> Vec<Block> {
        let mut out = vec![
            heading(2, "Evidence", Some("evidence")),
            Block::Paragraph(vec![text(
                "Every sentence a number or quotation above rests on; A2:7 is the seventh sentence of article A2.",
            )]),
        ];
        let mut by_article: BTreeMap<usize, Vec<(usize, &str)>> = BTreeMap::new();
        for (&(pos, sentence), &t) in &self.cited {
            by_article.entry(pos).or_default().push((sentence, t));
        }
        for a in &rec.articles {
            let pos = self.pos(&a.article);
            let label = self.label(pos, &a.article);
            out.push(heading(
                3,
                &cat(&[label, " · ", &a.article]),
                Some(&self.article_anchor(&a.article)),
            ));
            for (sentence, t) in by_article.get(&pos).into_iter().flatten() {
                out.push(Block::Evidence {
                    anchor: sentence_anchor(pos, *sentence),
                    label: numbered(label, *sentence),
                    text: t.to_string(),
                });
            }
        }
        out
    }
}

/// The anchor of a cited sentence: `a2-s8` for the eighth sentence of article A2.
pub(super) fn sentence_anchor(pos: usize, sentence: usize) -> String {
    let mut anchor = String::with_capacity(12);
    anchor.push('a');
    push_int(&mut anchor, pos);
    anchor.push_str("-s");
    push_int(&mut anchor, sentence + 1);
    anchor
}

/// `A2:8`: a label with a sentence's number, counting from 1.
fn numbered(label: &str, sentence: usize) -> String {
    let mut out = String::with_capacity(label.len() + 6);
    out.push_str(label);
    out.push(':');
    push_int(&mut out, sentence + 1);
    out
}

/// Appends `n` in decimal.
pub(super) fn push_int(out: &mut String, n: usize) {
    out.push_str(itoa::Buffer::new().format(n));
}

/// The pieces one after another, in a string of their length.
pub(super) fn cat(pieces: &[&str]) -> String {
    let mut out = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    for p in pieces {
        out.push_str(p);
    }
    out
}

/// At most `max` characters of `text`, with `…` when cut.
pub(super) fn shorten(text: &str, max: usize) -> String {
    // Every character takes at least a byte, so a text no longer than `max`
    // bytes needs no counting.
    if text.len() <= max {
        return text.to_string();
    }
    match text.char_indices().nth(max) {
        Some((cut, _)) => cat(&[&text[..cut], "…"]),
        None => text.to_string(),
    }
}
