//! Reports rendered from a small hand-made set.

use super::*;
use crate::records::{
    Approx, CasualtyFact, Count, Evidence, Quotation, QuoteKind, Role, SegmentKind, Sentence,
    Status,
};

fn sentence(article: &str, index: usize, start: usize, text: &str) -> Sentence {
    Sentence {
        article: article.into(),
        index,
        start,
        end: start + text.len(),
        text: text.into(),
        kind: SegmentKind::Body,
        paragraph: index,
    }
}

fn sample() -> Reconciled {
    let s0 = "Ferry fire <kills> 4 & injures \"dozens\"";
    let s1 = "Captain Ines Varga said: \"We did what we could.\"";
    let s2 = "Four people died, officials said.";
    let s3 = "Two Dutch tourists were among the injured.";
    let sentences = vec![
        sentence("a<1>", 0, 0, s0),
        sentence("a<1>", 1, s0.len() + 2, s1),
        sentence("b", 0, 0, s2),
        sentence("b", 1, s2.len() + 1, s3),
    ];
    let q_start = s0.len() + 2 + s1.find("We").unwrap_or(0);
    let quotes = vec![Quotation {
        article: "a<1>".into(),
        text: "We did what we could.".into(),
        speaker: Some("Ines Varga".into()),
        mention: Some("Captain Ines Varga".into()),
        kind: QuoteKind::Direct,
        cue: Some("said".into()),
        start: q_start,
        end: q_start + 21,
    }];
    let fact =
        |article: &str, status, nat: Option<&str>, value, approx, s: &Sentence| CasualtyFact {
            article: article.into(),
            role: Role::Victim,
            status,
            nationality: nat.map(str::to_string),
            count: Count { value, approx },
            name: None,
            evidence: vec![Evidence {
                sentence: s.index,
                start: s.start,
                end: s.end,
                text: s.text.clone(),
            }],
            rule: String::new(),
        };
    let facts = vec![
        fact(
            "a<1>",
            Status::Killed,
            None,
            4,
            Approx::Exact,
            &sentences[0],
        ),
        fact("b", Status::Killed, None, 4, Approx::Exact, &sentences[2]),
        fact(
            "b",
            Status::Injured,
            Some("NL"),
            2,
            Approx::Exact,
            &sentences[3],
        ),
    ];
    crate::reconcile::reconcile("ferry, \"fire\"", &quotes, &facts, &sentences)
}

fn file<'a>(files: &'a [ReportFile], name: &str) -> &'a str {
    files
        .iter()
        .find(|f| f.name == name)
        .map(|f| f.contents.as_str())
        .unwrap_or("")
}

#[test]
fn html_report_escapes_text_and_links_every_number_to_its_sentence() {
    let files = set_report(&sample());
    let html = file(&files, "report.html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Ferry fire &lt;kills&gt; 4 &amp; injures &quot;dozens&quot;"));
    assert!(!html.contains("<kills>"));
    assert!(!html.contains("<script"));
    assert!(html.contains("<strong>4</strong>"));
    assert!(html.contains("Netherlands (NL)"));
    assert!(html.contains("We did what we could."));
    // Every in-page link has a target.
    for part in html.split("href=\"#").skip(1) {
        let target = part.split('"').next().unwrap_or("");
        assert!(
            html.contains(&format!("id=\"{target}\"")),
            "no anchor for #{target}"
        );
    }
}

#[test]
fn markdown_report_shows_the_figures_and_quotes() {
    let files = set_report(&sample());
    let md = file(&files, "report.md");
    assert!(md.contains("| Total | **4** |"));
    assert!(md.contains("“We did what we could.”"));
    assert!(md.contains("Ferry fire \\<kills\\> 4 & injures \"dozens\""));
    assert!(md.contains("<a id=\"a1-s0\"></a>"));
}

#[test]
fn summary_feeds_the_index_and_the_csv() {
    let s = summary(&sample());
    assert_eq!(s.victims_killed.map(|h| h.value), Some(4));
    assert_eq!(s.rows.len(), 3);
    let csv = casualties_csv(std::slice::from_ref(&s));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "set,role,status,nationality,value,approx,rule,articles"
    );
    assert!(lines.contains(&"\"ferry, \"\"fire\"\"\",victim,killed,ALL,4,exact,agreement,2"));
    assert!(lines.contains(&"\"ferry, \"\"fire\"\"\",victim,injured,NL,2,exact,single_report,1"));
    let index = index_html(&[s]);
    assert!(index.contains("href=\"ferry%2C%20%22fire%22/report.html\""));
    assert!(index.contains("ferry, &quot;fire&quot;"));
    let json = serde_json::to_string(&summary(&sample())).unwrap_or_default();
    let back: Option<SetSummary> = serde_json::from_str(&json).ok();
    assert_eq!(back, Some(summary(&sample())));
}

#[test]
fn empty_set_renders() {
    let rec = Reconciled {
        set: "empty".into(),
        ..Reconciled::default()
    };
    let files = set_report(&rec);
    assert!(file(&files, "report.html").contains("No article reports anyone killed"));
    assert_eq!(casualties_csv(&[summary(&rec)]).lines().count(), 1);
}
