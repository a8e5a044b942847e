//! Scale-out: sharded runs and the streaming interface.

mod util;

use std::io::Write;
use std::process::{Command, Stdio};

use util::{Project, ARTICLE_A, ARTICLE_B, ARTICLE_C};

fn many_sets(p: &Project, n: usize) {
    for i in 0..n {
        p.set(
            &format!("set-{i:03}"),
            &[
                ("a", ARTICLE_A),
                ("b", if i % 2 == 0 { ARTICLE_B } else { ARTICLE_C }),
            ],
        );
    }
}

#[test]
fn the_union_of_sharded_runs_equals_one_full_run_byte_for_byte() {
    let p = Project::new();
    many_sets(&p, 40);
    p.run(&["run", "--out", "full"]).ok();
    let mut per_shard = Vec::new();
    for k in 1..=3 {
        p.run(&["run", "--out", "sharded", "--shard", &format!("{k}/3")])
            .ok();
        per_shard.push(p.snapshot("sharded").len());
    }
    assert!(
        !p.exists("sharded/index.html"),
        "shards do not write the index"
    );
    let run = p.run(&["report", "--out", "sharded"]).ok();
    assert!(
        run.stderr.contains("40 sets with reports"),
        "{}",
        run.stderr
    );
    assert_eq!(p.snapshot("sharded"), p.snapshot("full"));
    // Every shard did some of the work, and none all of it.
    assert!(
        per_shard[0] > 0 && per_shard[0] < per_shard[1] && per_shard[1] < per_shard[2],
        "{per_shard:?}"
    );
}

#[test]
fn a_bad_shard_is_a_usage_error() {
    let p = Project::new();
    for bad in ["0/3", "4/3", "1/0", "x"] {
        let run = p.run(&["run", "--shard", bad]);
        assert_eq!(run.code, 2, "{bad}");
    }
}

fn stream(p: &Project, input: &str) -> (i32, String, String) {
    stream_with(p, &[], input.as_bytes())
}

fn set_line(name: &str, articles: &[(&str, &str)]) -> String {
    let arts: Vec<serde_json::Value> = articles
        .iter()
        .map(|(id, text)| serde_json::json!({"id": id, "text": text}))
        .collect();
    serde_json::json!({"set": name, "articles": arts}).to_string()
}

#[test]
fn stream_gives_the_same_records_as_a_run_on_disk() {
    let p = Project::new();
    p.set("storm", &[("a", ARTICLE_A), ("b", ARTICLE_B)]);
    p.run(&["run"]).ok();
    let (code, stdout, stderr) = stream(
        &p,
        &(set_line("storm", &[("b", ARTICLE_B), ("a", ARTICLE_A)]) + "\n"),
    );
    assert_eq!(code, 0, "{stderr}");
    let line: serde_json::Value = serde_json::from_str(stdout.trim()).expect("one JSON line");
    assert_eq!(line["set"], "storm");
    assert_eq!(line["ok"], true);
    for stage in ["normalise", "sentences", "quotes", "casualties"] {
        let on_disk: Vec<serde_json::Value> = p
            .read(&format!("out/storm/{stage}.jsonl"))
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
        assert_eq!(
            line["outputs"][stage],
            serde_json::Value::Array(on_disk),
            "{stage}"
        );
    }
    let reconciled: serde_json::Value =
        serde_json::from_str(&p.read("out/storm/reconcile.json")).expect("json");
    assert_eq!(line["outputs"]["reconcile"], reconciled);
}

#[test]
fn stream_writes_an_error_record_for_a_bad_set_and_goes_on() {
    let p = Project::new();
    let input = format!(
        "{}\nthis is not json\n{{\"set\": 3}}\n{}\n",
        set_line("one", &[("a", ARTICLE_A)]),
        set_line("two", &[("c", ARTICLE_C)])
    );
    let (code, stdout, stderr) = stream(&p, &input);
    assert_eq!(
        code, 0,
        "failed sets are rows, not a failed stream: {stderr}"
    );
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(
        (lines[0]["set"].as_str(), lines[0]["ok"].as_bool()),
        (Some("one"), Some(true))
    );
    assert_eq!(
        (lines[1]["ok"].as_bool(), lines[1]["line"].as_u64()),
        (Some(false), Some(2))
    );
    assert!(lines[1]["error"].as_str().is_some_and(
        |e| e.contains("stdin line 2 (counted over all of this process's input): not a set")
    ));
    assert_eq!(lines[2]["ok"], false);
    assert_eq!(
        (lines[3]["set"].as_str(), lines[3]["ok"].as_bool()),
        (Some("two"), Some(true))
    );
    assert!(stderr.contains("4 sets, 2 failed"), "{stderr}");
}

fn stream_with(p: &Project, args: &[&str], input: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_corroborate"))
        .arg("stream")
        .args(args)
        .current_dir(p.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("join").expect("write");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn stream_strict_exits_1_when_a_set_failed_and_line_numbers_count_the_whole_input() {
    let p = Project::new();
    let mut input = Vec::new();
    input.extend_from_slice(set_line("one", &[("a", ARTICLE_A)]).as_bytes());
    input.extend_from_slice(b"\n\n");
    // Line 3 is not UTF-8.
    input.extend_from_slice(b"{\"set\": \"bad\xff\"}\n");
    input.extend_from_slice(set_line("two", &[("c", ARTICLE_C)]).as_bytes());
    input.extend_from_slice(b"\n");
    let (code, stdout, stderr) = stream_with(&p, &[], &input);
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert_eq!(lines[1]["line"], 3, "blank lines are counted: {stdout}");
    let error = lines[1]["error"].as_str().unwrap_or_default();
    assert!(
        error.starts_with(
            "stdin line 3 (counted over all of this process's input): not a set (not UTF-8"
        ),
        "{error}"
    );
    assert_eq!(lines[2]["set"], "two");
    let (code, stdout, _) = stream_with(&p, &["--strict"], &input);
    assert_eq!(code, 1);
    assert_eq!(stdout.lines().count(), 3, "--strict still writes every row");
}

#[test]
fn a_set_that_fails_in_a_stage_is_a_row_naming_its_line() {
    if !util::have_python() {
        return;
    }
    let p = Project::new();
    p.file("fail.py", "import sys\nsys.exit(5)\n");
    p.file(
        "pipeline.yaml",
        "stages:\n  - name: normalise\n    uses: normalise.v1\n  - name: ext\n    uses:\n      command: [python3, fail.py]\n",
    );
    let input = format!("\n{}\n", set_line("one", &[("a", ARTICLE_A)]));
    let (code, stdout, stderr) = stream_with(&p, &[], input.as_bytes());
    assert_eq!(code, 0, "{stderr}");
    let row: serde_json::Value = serde_json::from_str(stdout.trim()).expect("json");
    assert_eq!(row["ok"], false);
    assert_eq!(row["set"], "one");
    assert_eq!(row["stage"], "ext");
    assert_eq!(row["line"], 2);
    let (code, _, _) = stream_with(&p, &["--strict"], input.as_bytes());
    assert_eq!(code, 1);
}

#[test]
fn stream_with_a_bad_pipeline_is_a_config_error() {
    let p = Project::new();
    p.file("pipeline.yaml", "stages: []\n");
    let (code, _, stderr) = stream(&p, "");
    assert_eq!(code, 2);
    assert!(stderr.contains("`stages` is empty"), "{stderr}");
}

#[test]
fn a_stream_whose_output_cannot_be_written_exits_3() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("skipping: no /dev/full here");
        return;
    };
    let p = Project::new();
    let mut child = Command::new(env!("CARGO_BIN_EXE_corroborate"))
        .arg("stream")
        .current_dir(p.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = set_line("one", &[("a", ARTICLE_A)]) + "\n";
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("wait");
    let _ = writer.join();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("the stream broke"), "{stderr}");
}
