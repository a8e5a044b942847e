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
            part: None,
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
    let files = set_report(&sample(), &Stamp::default());
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
    let files = set_report(&sample(), &Stamp::default());
    let md = file(&files, "report.md");
    assert!(md.contains("Total | **4** |"));
    assert!(md.contains("“We did what we could.”"));
    assert!(md.contains("Ferry fire \\<kills\\> 4 & injures \"dozens\""));
    assert!(md.contains("<a id=\"a1-s1\"></a>"));
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
        "set,role,status,nationality,value,approx,rule,articles,article_ids,evidence,report,conflict,competing"
    );
    assert!(lines.contains(&"\"ferry, \"\"fire\"\"\",victim,killed,ALL,4,exact,agreement,2,a<1>;b,a<1>:1;b:1,ferry%2C%20%22fire%22/report.html#victims-killed-all,no,"), "{csv}");
    assert!(lines.contains(&"\"ferry, \"\"fire\"\"\",victim,injured,NL,2,exact,single_report,1,b,b:2,ferry%2C%20%22fire%22/report.html#victims-injured-nl,no,"), "{csv}");
    let index = index_html(&[IndexEntry {
        set: s.set.clone(),
        summary: Some(s),
        ..IndexEntry::default()
    }]);
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
    let files = set_report(&rec, &Stamp::default());
    assert!(file(&files, "report.html").contains("No article reports anyone killed"));
}

#[test]
fn a_set_without_casualties_has_a_zero_row() {
    let rec = Reconciled {
        set: "quiet".into(),
        ..Reconciled::default()
    };
    let csv = casualties_csv(&[summary(&rec)]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2, "{csv}");
    assert_eq!(
        lines[1],
        "quiet,victim,killed,ALL,0,exact,none,0,,,quiet/report.html#casualties,no,"
    );
}

#[test]
fn the_csv_flags_a_conflict_with_the_competing_values() {
    let csv = casualties_csv(&[summary(&conflicting())]);
    let row = csv
        .lines()
        .find(|l| l.starts_with("storm,victim,killed,ALL,"))
        .unwrap_or("");
    // The kept figure's articles and sentences, the flag, and both values with their articles.
    assert!(
        row.contains(",storm/report.html#victims-killed-all,yes,3 [a]; 5 [b]"),
        "{row}"
    );
    assert!(row.contains(",b,b:2,") || row.contains(",a,a:2,"), "{row}");
}

#[test]
fn the_index_has_titles_flags_and_right_aligned_numbers() {
    let ok = summary(&conflicting());
    let entries = [
        IndexEntry {
            set: "storm".into(),
            summary: Some(ok),
            flags: Flags {
                warnings: 1,
                ..Flags::default()
            },
        },
        IndexEntry {
            set: "broken".into(),
            flags: Flags {
                failed: vec!["casualties".into()],
                ..Flags::default()
            },
            ..IndexEntry::default()
        },
    ];
    let html = index_html(&entries);
    // The set's title (its first article's), linked to its report, with the set's id under it.
    assert!(html.contains("<a href=\"storm/report.html\" title=\"Storm Hilde crossed the coast at dawn.\">Storm Hilde crossed the coast at dawn.</a><small>storm</small>"), "{html}");
    assert!(html.contains("<td class=\"num\" data-label=\"Articles\" data-v=\"2\">2</td>"));
    assert!(html.contains("2011-04-08</span> – <span class=\"d\">2011-04-10"));
    assert!(html.contains(
        "tag-failed\" title=\"the last run of these stages failed\">failed: casualties</span>"
    ));
    assert!(html.contains(">no report</span>"));
    assert!(html.contains(">1 warning</span>"));
    assert!(html.contains("href=\"storm/report.html#conflicts\">1 conflict</a>"));
    assert!(html.contains("2 sets · 2 articles · 1 with casualty figures · 1 with conflicts · 1 failed · 1 with warnings · 1 without a report"));
    // Sortable with a few lines of script; the rows are all in the page without it.
    assert_eq!(html.matches("<script>").count(), 1);
    assert!(!html.contains("src="));
    assert_eq!(html.matches("<tr>").count(), 3);
}

/// Two dated articles disagreeing on a toll: three dead in one, five in the other.
fn conflicting() -> Reconciled {
    let a = [
        "Storm Hilde crossed the coast at dawn.",
        "Three people were killed in the village, the mayor said.",
    ];
    let b = [
        "2011-04-09",
        "Rescuers said five people died after the storm.",
    ];
    let mut sentences = Vec::new();
    for (article, list) in [("a", &a), ("b", &b)] {
        let mut start = 0;
        for (i, t) in list.iter().enumerate() {
            sentences.push(sentence(article, i, start, t));
            start += t.len() + 1;
        }
    }
    let fact = |article: &str, value, s: &Sentence| CasualtyFact {
        article: article.into(),
        role: Role::Victim,
        status: Status::Killed,
        nationality: None,
        count: Count {
            value,
            approx: Approx::Exact,
        },
        name: None,
        evidence: vec![Evidence {
            sentence: s.index,
            start: s.start,
            end: s.end,
            text: s.text.clone(),
        }],
        rule: "verb_passive".into(),
        part: None,
    };
    let facts = vec![fact("a", 3, &sentences[1]), fact("b", 5, &sentences[3])];
    dated(crate::reconcile::reconcile(
        "storm",
        &[],
        &facts,
        &sentences,
    ))
}

fn dated(mut rec: Reconciled) -> Reconciled {
    // Dates as a dateline would give them, so the toll has a time line.
    rec.articles[0].date = Some("2011-04-08".into());
    rec.articles[1].date = Some("2011-04-10".into());
    rec
}

fn stamp() -> Stamp {
    Stamp {
        version: "9.9.9".into(),
        stages: vec![StageStamp {
            name: "casualties".into(),
            kind: "casualties.v1@0123456789abcdef".into(),
            params: "{\"window\":3}".into(),
        }],
    }
}

/// The SVG element with the given id.
fn svg<'a>(html: &'a str, id: &str) -> &'a str {
    let open = "<svg xmlns=\"http://www.w3.org/2000/svg\"";
    html.match_indices(open)
        .map(|(i, _)| &html[i..])
        .find(|rest| {
            rest.split('>')
                .next()
                .unwrap_or("")
                .contains(&format!("id=\"{id}\""))
        })
        .map(|rest| &rest[..rest.find("</svg>").map(|e| e + 6).unwrap_or(rest.len())])
        .unwrap_or("")
}

#[test]
fn a_conflict_is_marked_in_the_table_and_drawn_as_two_dots() {
    let rec = conflicting();
    assert_eq!(rec.conflicts.len(), 1, "the sample should conflict");
    let html = file(&set_report(&rec, &stamp()), "report.html").to_string();
    // The count's cell is marked, with a tag a reader sees.
    assert!(html.contains("<td class=\"num conflict\" data-label=\"Count\">"));
    assert!(html.contains("<span class=\"tag tag-conflict\">conflict</span>"));
    // Both articles are linked from the figure's row, each to its sentence.
    assert!(html.contains("3 — <a href=\"#a1-s2\""));
    assert!(html.contains("5 — <a href=\"#a2-s2\""));
    let dots = svg(&html, "dots-victims-killed-all");
    assert!(!dots.is_empty(), "no dot plot");
    assert_eq!(dots.matches("<circle").count(), 2);
    assert!(dots.contains("<title id=\"dots-victims-killed-all-t\">"));
    assert!(
        dots.contains("<desc id=\"dots-victims-killed-all-d\">A1 reports 3; A2 reports 5; kept ")
    );
    assert!(dots.contains("#b3261e"), "the differing dot is drawn apart");
}

#[test]
fn evidence_shows_the_sentence_before_and_marks_the_words() {
    let html = file(&set_report(&conflicting(), &stamp()), "report.html").to_string();
    assert!(html.contains("<span class=\"before\">Storm Hilde crossed the coast at dawn.</span> <mark>Three</mark> people were <mark>killed</mark>"));
    assert!(html.contains("<mark>five</mark> people <mark>died</mark>"));
    // Sentence numbers count from 1: the second sentence of A1 is A1:2.
    assert!(html.contains(">A1:2</a>"));
    assert!(html.contains("id=\"a1-s2\""));
    assert!(!html.contains("A1:0"));
}

#[test]
fn tolls_over_time_need_two_dates() {
    let rec = conflicting();
    let html = file(&set_report(&rec, &stamp()), "report.html").to_string();
    let line = svg(&html, "tolls-over-time");
    assert!(line.contains("8 Apr"));
    assert!(line.contains("10 Apr"));
    let mut undated = rec.clone();
    for a in &mut undated.articles {
        a.date = None;
    }
    let html = file(&set_report(&undated, &stamp()), "report.html").to_string();
    assert!(svg(&html, "tolls-over-time").is_empty());
}

#[test]
fn reports_carry_a_stamp_and_are_the_same_bytes_every_time() {
    let first = set_report(&conflicting(), &stamp());
    assert_eq!(first, set_report(&conflicting(), &stamp()));
    let html = file(&first, "report.html");
    assert!(html.contains("<footer>Made by corroborate 9.9.9 · report code "));
    assert!(html.contains("casualties (casualties.v1@01234567, {&quot;window&quot;:3})"));
    assert!(!html.contains("NaN"));
    assert!(!html.contains("<script"));
    // Phone layout: each cell carries its column's name.
    assert!(html.contains("data-label=\"Evidence\""));
    assert!(html.contains("@media (max-width:40rem)"));
}

#[test]
fn nationalities_are_drawn_as_bars() {
    let mut rec = conflicting();
    let total = rec
        .casualties
        .victims
        .killed
        .as_ref()
        .and_then(|c| c.total.clone());
    let Some(total) = total else {
        panic!("the sample has a total");
    };
    if let Some(cell) = rec.casualties.victims.killed.as_mut() {
        let mut gb = total.clone();
        gb.value = 2;
        cell.by_nationality.insert("GB".into(), gb);
        let mut fr = total;
        fr.value = 1;
        cell.by_nationality.insert("FR".into(), fr);
    }
    let html = file(&set_report(&rec, &stamp()), "report.html").to_string();
    let bars = svg(&html, "bars-victims-killed");
    assert_eq!(bars.matches("<rect").count(), 2);
    assert!(bars.contains(">United Kingdom (GB)</text>") || bars.contains("(GB)</text>"));
    // The larger count comes first.
    let gb = bars.find("(GB)").unwrap_or(usize::MAX);
    let fr = bars.find("(FR)").unwrap_or(0);
    assert!(gb < fr);
}

#[test]
fn values_that_can_all_hold_are_told_apart_from_a_conflict() {
    // "At least 3" in one article and 5 in the other: both can be true.
    let mut rec = conflicting();
    rec.conflicts.iter_mut().for_each(|c| {
        c.compatible = true;
        if let Some(v) = c.values.iter_mut().find(|v| v.value == 3) {
            v.approx = Approx::AtLeast;
            v.sources
                .iter_mut()
                .for_each(|s| s.approx = Approx::AtLeast);
        }
    });
    assert_eq!(rec.conflicts.len(), 1);
    let html = file(&set_report(&rec, &stamp()), "report.html").to_string();
    assert!(!html.contains("class=\"num conflict\""));
    assert!(html.contains("<span class=\"tag tag-compatible\">compatible</span>"));
    let dots = svg(&html, "dots-victims-killed-all");
    assert!(dots.contains("#9a6a00"), "{dots}");
    assert!(!dots.contains("#b3261e"), "{dots}");
    assert!(dots.contains("≥3"));
    let csv = casualties_csv(&[summary(&rec)]);
    assert!(csv.contains(",compatible,at least 3 [a]; 5 [b]"), "{csv}");
}

#[test]
fn report_files_are_handed_over_one_at_a_time_and_an_error_stops_them() {
    let mut seen = Vec::new();
    let stopped = each_report_file(&sample(), &Stamp::default(), &[], |name, _| {
        seen.push(name);
        Err(name)
    });
    assert_eq!(stopped, Err("report.md"));
    assert_eq!(seen, ["report.md"], "nothing is rendered after an error");
    let mut files = Vec::new();
    let made: Result<(), ()> = each_report_file(&sample(), &Stamp::default(), &[], |n, c| {
        files.push(ReportFile {
            name: n.into(),
            contents: c,
        });
        Ok(())
    });
    assert!(made.is_ok());
    assert_eq!(files, set_report(&sample(), &Stamp::default()));
}

/// `reconcile.json` of a small set is written whole by the records' pretty writer:
/// the same bytes as the streamed `serde_json` path, for documents with casualties,
/// conflicts, checks, quotes and evidence context.
#[test]
fn a_small_reconciled_document_is_written_as_serde_json_writes_it() {
    for rec in [
        sample(),
        conflicting(),
        dated(conflicting()),
        Reconciled::default(),
    ] {
        let records = crate::Records::Reconciled(Box::new(rec));
        let (mut small, mut streamed) = (Vec::new(), Vec::new());
        records.write_small_to(&mut small).expect("to a Vec");
        records.write_to(&mut streamed).expect("to a Vec");
        assert_eq!(
            String::from_utf8_lossy(&small),
            String::from_utf8_lossy(&streamed)
        );
        assert!(small.ends_with(b"}\n"));
    }
}
