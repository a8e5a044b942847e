use std::collections::BTreeMap;
use std::fmt;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{json, CasualtyFact, NormalisedArticle, Quotation, Reconciled, Sentence};

/// An article as read from disk: its id (file name without `.txt`) and raw bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawArticle {
    pub id: String,
    pub bytes: Vec<u8>,
}

/// Declares [`RecordKind`] from one table of built-in kinds and their names as
/// written in `pipeline.yaml`, so that a kind's name is given once.
macro_rules! record_kinds {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)+) => {
        /// What kind of records a stage needs or provides. Stages are wired by record
        /// kind: a stage needing `Sentences` reads them from the nearest upstream stage
        /// providing `Sentences`.
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RecordKind {
            $($(#[$doc])* $variant,)+
            /// Records of an external stage, named by its `provides` key.
            Custom(String),
        }

        impl RecordKind {
            /// Every built-in kind, in declaration order.
            pub const BUILT_IN: &'static [RecordKind] = &[$(RecordKind::$variant),+];

            pub fn name(&self) -> &str {
                match self {
                    $(RecordKind::$variant => $name,)+
                    RecordKind::Custom(name) => name,
                }
            }

            /// Parses a record kind name as written in `pipeline.yaml` (`needs:`/`provides:`).
            pub fn from_name(name: &str) -> RecordKind {
                match name {
                    $($name => RecordKind::$variant,)+
                    other => RecordKind::Custom(other.to_string()),
                }
            }
        }
    };
}

// The one list of built-in record kinds; each but `Articles` is provided by
// exactly one built-in stage of the registry (its tests check it).
record_kinds! {
    /// The article files of a set, as bytes. Always available.
    Articles = "articles",
    Normalised = "normalised",
    Sentences = "sentences",
    Quotes = "quotes",
    Casualties = "casualties",
    Reconciled = "reconciled",
}

impl RecordKind {
    /// Whether this kind is stored as one JSON document (`.json`) rather than JSON lines.
    pub fn is_document(&self) -> bool {
        matches!(self, RecordKind::Reconciled)
    }
}

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The output of one stage for one set (or one article of it).
#[derive(Debug, Clone, PartialEq)]
pub enum Records {
    Normalised(Vec<NormalisedArticle>),
    Sentences(Vec<Sentence>),
    Quotes(Vec<Quotation>),
    Casualties(Vec<CasualtyFact>),
    Reconciled(Box<Reconciled>),
    /// Records of an external stage: one JSON object per line.
    Json(Vec<serde_json::Map<String, serde_json::Value>>),
}

/// Records as a stage reads them: borrowed, and for an article-scoped stage
/// only one article's run of them, so that no record is copied to be read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RecordsRef<'a> {
    Normalised(&'a [NormalisedArticle]),
    Sentences(&'a [Sentence]),
    Quotes(&'a [Quotation]),
    Casualties(&'a [CasualtyFact]),
    Reconciled(&'a Reconciled),
    Json(&'a [serde_json::Map<String, serde_json::Value>]),
}

impl<'a> RecordsRef<'a> {
    /// The records at positions `range` (a document is given whole).
    pub fn slice(self, range: std::ops::Range<usize>) -> RecordsRef<'a> {
        match self {
            RecordsRef::Normalised(v) => RecordsRef::Normalised(&v[range]),
            RecordsRef::Sentences(v) => RecordsRef::Sentences(&v[range]),
            RecordsRef::Quotes(v) => RecordsRef::Quotes(&v[range]),
            RecordsRef::Casualties(v) => RecordsRef::Casualties(&v[range]),
            RecordsRef::Json(v) => RecordsRef::Json(&v[range]),
            RecordsRef::Reconciled(doc) => RecordsRef::Reconciled(doc),
        }
    }
}

impl<'a> From<&'a Records> for RecordsRef<'a> {
    fn from(records: &'a Records) -> RecordsRef<'a> {
        records.view()
    }
}

/// Error raised when stored records cannot be read back.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl Records {
    /// An empty collection of the given kind.
    pub fn empty(kind: &RecordKind) -> Records {
        match kind {
            RecordKind::Normalised | RecordKind::Articles => Records::Normalised(Vec::new()),
            RecordKind::Sentences => Records::Sentences(Vec::new()),
            RecordKind::Quotes => Records::Quotes(Vec::new()),
            RecordKind::Casualties => Records::Casualties(Vec::new()),
            RecordKind::Reconciled => Records::Reconciled(Box::default()),
            RecordKind::Custom(_) => Records::Json(Vec::new()),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Records::Normalised(v) => v.len(),
            Records::Sentences(v) => v.len(),
            Records::Quotes(v) => v.len(),
            Records::Casualties(v) => v.len(),
            Records::Reconciled(_) => 1,
            Records::Json(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Serialises the records: JSON lines, or one pretty JSON document for
    /// document kinds. Deterministic: field order is declaration order.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        // Writing to a Vec cannot fail.
        self.write_to(&mut out).expect("serialise records");
        out
    }

    /// Writes the records to `out` as [`Records::to_bytes`] gives them, without
    /// holding them serialised whole: a stage's output can be far larger than
    /// the records (a 100 MB article's sentences are 190 MB of JSON lines).
    /// Only `out` can fail.
    pub fn write_to(&self, out: &mut (impl std::io::Write + ?Sized)) -> std::io::Result<()> {
        match self {
            Records::Normalised(v) => write_rows(out, v, |a| {
                a.text.len() + a.captions.iter().map(|c| c.text.len()).sum::<usize>()
            }),
            Records::Sentences(v) => {
                write_rows_with(out, v, |s| s.text.len(), |buf, s| s.write_json(buf))
            }
            Records::Quotes(v) => write_rows(out, v, |q| q.text.len()),
            Records::Casualties(v) => write_rows(out, v, |f| {
                f.evidence.iter().map(|e| e.text.len()).sum::<usize>()
            }),
            Records::Json(v) => write_lines(out, v),
            Records::Reconciled(doc) => {
                serde_json::to_writer_pretty(&mut *out, doc).map_err(std::io::Error::from)?;
                out.write_all(b"\n")
            }
        }
    }

    /// [`Records::write_to`] for records known to be small (a set of a few MB of
    /// articles): a document is serialised whole by the faster writer
    /// ([`json::write_pretty`], the same bytes as `serde_json`) and passed on at once,
    /// instead of being streamed by `serde_json`.
    pub fn write_small_to(&self, out: &mut (impl std::io::Write + ?Sized)) -> std::io::Result<()> {
        match self {
            Records::Reconciled(doc) => {
                let mut buf = Vec::with_capacity(16 << 10);
                json::write_pretty(&mut buf, doc);
                buf.push(b'\n');
                out.write_all(&buf)
            }
            _ => self.write_to(out),
        }
    }

    /// Appends the records as one compact JSON value: an array of records, or
    /// the object of a document kind. The same records as [`Records::to_bytes`].
    pub fn write_json(&self, out: &mut Vec<u8>) {
        match self {
            Records::Normalised(v) => json::write_compact(out, v),
            Records::Sentences(v) => {
                out.push(b'[');
                for (i, s) in v.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    s.write_json(out);
                }
                out.push(b']');
            }
            Records::Quotes(v) => json::write_compact(out, v),
            Records::Casualties(v) => json::write_compact(out, v),
            Records::Json(v) => json::write_compact(out, v),
            Records::Reconciled(doc) => json::write_compact(out, doc),
        }
    }

    /// Reads records of `kind` back from the bytes [`Records::to_bytes`] wrote.
    pub fn from_bytes(kind: &RecordKind, bytes: &[u8]) -> Result<Records, ParseError> {
        Ok(match kind {
            RecordKind::Normalised | RecordKind::Articles => {
                Records::Normalised(read_lines(bytes)?)
            }
            RecordKind::Sentences => Records::Sentences(read_lines(bytes)?),
            RecordKind::Quotes => Records::Quotes(read_lines(bytes)?),
            RecordKind::Casualties => Records::Casualties(read_lines(bytes)?),
            RecordKind::Custom(_) => Records::Json(read_lines(bytes)?),
            RecordKind::Reconciled => {
                Records::Reconciled(serde_json::from_slice(bytes).map_err(|e| ParseError {
                    line: e.line(),
                    message: e.to_string(),
                })?)
            }
        })
    }

    /// All the records, borrowed.
    pub fn view(&self) -> RecordsRef<'_> {
        match self {
            Records::Normalised(v) => RecordsRef::Normalised(v),
            Records::Sentences(v) => RecordsRef::Sentences(v),
            Records::Quotes(v) => RecordsRef::Quotes(v),
            Records::Casualties(v) => RecordsRef::Casualties(v),
            Records::Reconciled(doc) => RecordsRef::Reconciled(doc),
            Records::Json(v) => RecordsRef::Json(v),
        }
    }

    /// Where each article's records are, when every article's records sit
    /// together (as stages write them: in article order); `None` when some
    /// article's records are split up, or for a document kind.
    pub fn article_ranges(&self) -> Option<BTreeMap<&str, std::ops::Range<usize>>> {
        match self {
            Records::Normalised(v) => runs(v, |r| &r.article),
            Records::Sentences(v) => runs(v, |r| &r.article),
            Records::Quotes(v) => runs(v, |r| &r.article),
            Records::Casualties(v) => runs(v, |r| &r.article),
            Records::Json(v) => runs(v, |r| {
                r.get("article")
                    .and_then(|a| a.as_str())
                    .unwrap_or_default()
            }),
            Records::Reconciled(_) => None,
        }
    }

    /// The records grouped by article in one pass. Document kinds are not per
    /// article and give an empty map.
    pub fn by_article(&self) -> BTreeMap<String, Records> {
        match self {
            Records::Normalised(v) => group(v, |r| &r.article, Records::Normalised),
            Records::Sentences(v) => group(v, |r| &r.article, Records::Sentences),
            Records::Quotes(v) => group(v, |r| &r.article, Records::Quotes),
            Records::Casualties(v) => group(v, |r| &r.article, Records::Casualties),
            Records::Json(v) => group(
                v,
                |r| {
                    r.get("article")
                        .and_then(|a| a.as_str())
                        .unwrap_or_default()
                },
                Records::Json,
            ),
            Records::Reconciled(_) => BTreeMap::new(),
        }
    }

    /// Appends `other` (of the same variant) to `self`.
    pub fn extend(&mut self, other: Records) {
        match (self, other) {
            (Records::Normalised(a), Records::Normalised(b)) => a.extend(b),
            (Records::Sentences(a), Records::Sentences(b)) => a.extend(b),
            (Records::Quotes(a), Records::Quotes(b)) => a.extend(b),
            (Records::Casualties(a), Records::Casualties(b)) => a.extend(b),
            (Records::Json(a), Records::Json(b)) => a.extend(b),
            (a, b) => *a = b,
        }
    }
}

/// The run of positions of each article's rows; `None` if an article's rows
/// are not all next to each other.
fn runs<'a, T>(
    rows: &'a [T],
    article: impl Fn(&'a T) -> &'a str,
) -> Option<BTreeMap<&'a str, std::ops::Range<usize>>> {
    let mut ranges: BTreeMap<&str, std::ops::Range<usize>> = BTreeMap::new();
    let mut start = 0;
    for i in 1..=rows.len() {
        let ends_run = i == rows.len() || article(&rows[i]) != article(&rows[start]);
        if ends_run {
            if ranges.insert(article(&rows[start]), start..i).is_some() {
                return None;
            }
            start = i;
        }
    }
    Some(ranges)
}

fn group<T: Clone>(
    rows: &[T],
    article: impl Fn(&T) -> &str,
    wrap: impl Fn(Vec<T>) -> Records,
) -> BTreeMap<String, Records> {
    let mut groups: BTreeMap<String, Vec<T>> = BTreeMap::new();
    for row in rows {
        let id = article(row);
        match groups.get_mut(id) {
            Some(g) => g.push(row.clone()),
            None => {
                groups.insert(id.to_string(), vec![row.clone()]);
            }
        }
    }
    groups
        .into_iter()
        .map(|(id, rows)| (id, wrap(rows)))
        .collect()
}

/// A row whose text runs longer than this is written by `serde_json` as it goes, not
/// serialised whole first (a 100 MB article is one row of `normalise`).
const BUFFERED_ROW_TEXT: usize = 1 << 20;

/// How much serialised JSON [`write_rows`] gathers before passing it on.
const ROWS_BUFFER: usize = 256 << 10;

/// [`write_lines`] for rows whose text is measured by `text_len`: rows with up to
/// [`BUFFERED_ROW_TEXT`] bytes of text are serialised by [`json::write_compact`]
/// (the same bytes as `serde_json`, in fewer instructions) into a buffer passed on a
/// quarter megabyte at a time; a longer row is streamed by `serde_json` as before.
fn write_rows<T: Serialize>(
    out: &mut (impl std::io::Write + ?Sized),
    rows: &[T],
    text_len: impl Fn(&T) -> usize,
) -> std::io::Result<()> {
    write_rows_with(out, rows, text_len, |buf, row| {
        json::write_compact(buf, row)
    })
}

/// [`write_rows`] with the rows' own compact writer (`write_row`, the same bytes).
fn write_rows_with<T: Serialize>(
    out: &mut (impl std::io::Write + ?Sized),
    rows: &[T],
    text_len: impl Fn(&T) -> usize,
    write_row: impl Fn(&mut Vec<u8>, &T),
) -> std::io::Result<()> {
    let mut buf: Vec<u8> = Vec::new();
    for row in rows {
        if text_len(row) > BUFFERED_ROW_TEXT {
            out.write_all(&buf)?;
            buf.clear();
            write_lines(out, std::slice::from_ref(row))?;
            continue;
        }
        write_row(&mut buf, row);
        buf.push(b'\n');
        if buf.len() >= ROWS_BUFFER {
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    out.write_all(&buf)
}

fn write_lines<T: Serialize>(
    out: &mut (impl std::io::Write + ?Sized),
    rows: &[T],
) -> std::io::Result<()> {
    // Straight to `out`, never a whole row in memory (a 100 MB article is one row of
    // `normalise`): serde_json writes as it goes. Plain data always serialises: only
    // `out` can fail.
    for row in rows {
        serde_json::to_writer(&mut *out, row).map_err(std::io::Error::from)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn read_lines<T: DeserializeOwned>(bytes: &[u8]) -> Result<Vec<T>, ParseError> {
    let mut rows = Vec::new();
    for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        rows.push(serde_json::from_slice(line).map_err(|e| ParseError {
            line: n + 1,
            message: e.to_string(),
        })?);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(articles: &[&str]) -> Records {
        Records::Json(
            articles
                .iter()
                .map(|a| {
                    let mut row = serde_json::Map::new();
                    row.insert("article".into(), serde_json::Value::from(*a));
                    row
                })
                .collect(),
        )
    }

    #[test]
    fn rows_are_written_as_serde_json_writes_them_long_or_short() {
        let sentence = |text: String| Sentence {
            article: "a\"1".into(),
            index: 0,
            start: 0,
            end: text.len(),
            text,
            kind: Default::default(),
            paragraph: 0,
        };
        // Short rows past the buffer's size, a row over the buffered length, more rows.
        let mut v: Vec<Sentence> = (0..3000)
            .map(|i| sentence(format!("row {i} \"quoted\"\n")))
            .collect();
        v.push(sentence("x".repeat(BUFFERED_ROW_TEXT + 1)));
        v.push(sentence("last".into()));
        let mut reference = Vec::new();
        for row in &v {
            serde_json::to_writer(&mut reference, row).expect("serialise");
            reference.push(b'\n');
        }
        assert!(reference.len() > 2 * ROWS_BUFFER);
        assert_eq!(Records::Sentences(v).to_bytes(), reference);
    }

    #[test]
    fn every_built_in_kind_is_read_back_from_its_name() {
        for kind in RecordKind::BUILT_IN {
            assert_eq!(&RecordKind::from_name(kind.name()), kind);
        }
        let custom = RecordKind::from_name("word_counts");
        assert_eq!(custom, RecordKind::Custom("word_counts".into()));
        assert_eq!(custom.name(), "word_counts");
    }

    #[test]
    fn records_of_each_article_together_are_lent_by_range() {
        let records = rows(&["a", "a", "b", "c", "c", "c"]);
        let ranges = records
            .article_ranges()
            .expect("each article's rows together");
        assert_eq!(ranges.get("a"), Some(&(0..2)));
        assert_eq!(ranges.get("b"), Some(&(2..3)));
        assert_eq!(ranges.get("c"), Some(&(3..6)));
        let RecordsRef::Json(c) = records.view().slice(3..6) else {
            panic!("a slice keeps its kind");
        };
        assert_eq!(c.len(), 3);
        assert_eq!(rows(&[]).article_ranges(), Some(BTreeMap::new()));
    }

    #[test]
    fn records_of_an_article_spread_out_have_no_ranges() {
        assert_eq!(rows(&["a", "b", "a"]).article_ranges(), None);
        assert_eq!(Records::Reconciled(Box::default()).article_ranges(), None);
    }
}
