//! The engine, through the binary: runs, caching, adding sets, rerunning one
//! stage, configuration errors, external stages, determinism.

mod util;

use util::{two_sets, Project, ARTICLE_A, ARTICLE_B, ARTICLE_C};

const STAGE_FILES: &[&str] = &[
    "normalise.jsonl",
    "sentences.jsonl",
    "quotes.jsonl",
    "casualties.jsonl",
    "reconcile.json",
];

#[test]
fn a_full_run_writes_every_stage_output_of_every_set() {
    let p = two_sets();
    let run = p.run(&["run"]).ok();
    assert_eq!(run.stages_run(), 10);
    for set in ["storm", "bridge"] {
        for f in STAGE_FILES {
            assert!(p.exists(&format!("out/{set}/{f}")), "missing out/{set}/{f}");
        }
    }
    let normalised = p.read("out/storm/normalise.jsonl");
    assert_eq!(normalised.lines().count(), 2);
    assert!(
        normalised.starts_with("{\"article\":\"a\",\"text\":\"Storm hits coast\\n\\nA storm"),
        "{normalised}"
    );
    assert!(
        util::temporaries(&p.path().join("out")).is_empty(),
        "temporary files left behind"
    );
    for f in ["report.md", "report.html"] {
        assert!(p.exists(&format!("out/storm/{f}")), "missing out/storm/{f}");
    }
    let index = p.read("out/index.html");
    assert!(
        index.contains("storm/report.html") && index.contains("bridge/report.html"),
        "{index}"
    );
    let csv = p.read("out/casualties.csv");
    assert!(
        csv.starts_with("set,role,status,nationality,value,approx"),
        "{csv}"
    );
    assert!(csv.contains("storm,victim,injured,ALL,3,exact"), "{csv}");
}

#[test]
fn a_second_run_does_nothing() {
    let p = two_sets();
    p.run(&["run"]).ok();
    let before = p.mtimes("out");
    let run = p.run(&["run"]).ok();
    assert_eq!(run.stages_run(), 0);
    run.assert_stderr("10 up to date");
    assert_eq!(p.mtimes("out"), before);
}

#[test]
fn adding_a_set_then_running_touches_only_that_set() {
    let p = two_sets();
    p.run(&["run"]).ok();
    let storm = p.snapshot("out/storm");
    let storm_times = p.mtimes("out/storm");
    p.file(
        "incoming/quake/x.txt",
        "Quake\n\nAn earthquake struck at dawn, killing 12 people.",
    );
    p.run(&["add", "incoming/quake"]).ok();
    assert!(p.exists("articles/quake/x.txt"));
    let run = p.run(&["run"]).ok();
    assert_eq!(run.stages_run(), 5);
    assert!(p.exists("out/quake/reconcile.json"));
    assert_eq!(p.snapshot("out/storm"), storm);
    assert_eq!(p.mtimes("out/storm"), storm_times);
}

#[test]
fn editing_one_article_reruns_only_its_set() {
    let p = two_sets();
    p.run(&["run"]).ok();
    let bridge = p.mtimes("out/bridge");
    p.set(
        "storm",
        &[(
            "b",
            "Flooding follows storm\n\nFour fishermen were reported missing.",
        )],
    );
    let dry = p.run(&["run", "--dry-run"]).ok();
    assert!(
        dry.stdout
            .contains("would run  storm  normalise  (input changed: articles (b.txt changed))"),
        "{}",
        dry.stdout
    );
    assert!(!dry.stdout.contains("bridge"), "{}", dry.stdout);
    let run = p.run(&["run"]).ok();
    assert!(run.stages_run() >= 2, "{}", run.stderr);
    assert_eq!(p.mtimes("out/bridge"), bridge);
    assert!(p
        .read("out/storm/normalise.jsonl")
        .contains("Four fishermen"));
}

#[test]
fn changing_a_stage_parameter_reruns_it_and_what_depends_on_it_only() {
    let p = Project::new();
    // Mojibake that normalise repairs by default.
    p.set(
        "m",
        &[(
            "a",
            "Caf\u{c3}\u{a9} owner said it\u{e2}\u{80}\u{99}s over.",
        )],
    );
    p.run(&["run"]).ok();
    let pipeline = p.read("pipeline.yaml").replace(
        "uses: normalise.v1\n",
        "uses: normalise.v1\n    with:\n      repair_mojibake: false\n",
    );
    p.file("pipeline.yaml", &pipeline);
    let dry = p.run(&["run", "--dry-run"]).ok();
    dry.assert_stdout("would run  m  normalise  (parameters changed)");
    let run = p.run(&["run"]).ok();
    assert_eq!(run.stages_run(), 5, "{}", run.stderr);

    // A parameter of a later stage leaves the earlier ones alone.
    let normalised = p
        .mtimes("out/m")
        .remove(std::path::Path::new("normalise.jsonl"));
    let pipeline = p.read("pipeline.yaml").replace(
        "uses: sentences.v1\n",
        "uses: sentences.v1\n    with:\n      abbreviations: [Xyz]\n",
    );
    p.file("pipeline.yaml", &pipeline);
    let dry = p.run(&["run", "--dry-run"]).ok();
    assert!(!dry.stdout.contains("normalise"), "{}", dry.stdout);
    dry.assert_stdout("would run  m  sentences  (parameters changed)");
    p.run(&["run"]).ok();
    assert_eq!(
        p.mtimes("out/m")
            .remove(std::path::Path::new("normalise.jsonl")),
        normalised
    );
}

#[test]
fn rerunning_one_stage_uses_the_outputs_on_disk() {
    let p = two_sets();
    p.run(&["run"]).ok();
    let before = p.mtimes("out");
    let run = p.run(&["run", "--stage", "quotes", "--set", "storm"]).ok();
    assert_eq!(run.stages_run(), 1, "{}", run.stderr);
    // The stage ran; its output, being the same, was not rewritten; nothing else was touched.
    assert_eq!(p.mtimes("out"), before);
}

#[test]
fn rerunning_a_stage_whose_upstream_output_is_missing_says_so() {
    let p = two_sets();
    let run = p.run(&["run", "--stage", "quotes"]);
    assert_eq!(run.code, 1);
    run.assert_stderr("no normalised records of stage `normalise` on disk; run it first");
}

#[test]
fn a_dry_run_of_a_stage_with_no_upstream_output_says_it_is_blocked() {
    let p = two_sets();
    let dry = p
        .run(&["run", "-n", "--stage", "quotes", "--set", "storm"])
        .ok();
    assert_eq!(
        dry.stdout,
        "blocked    storm  quotes  (no normalised records of stage `normalise` on disk; run it first (`corroborate run --stage normalise`))\nno stage would run; 1 stage run blocked (the run would fail there: see above)\n"
    );
    let run = p.run(&["run", "--stage", "quotes", "--set", "storm"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("1 set, 2 articles, 246 B read in")
            && run
                .stderr
                .contains("0 stage runs done, 0 up to date, 0 failed, 1 blocked"),
        "{}",
        run.stderr
    );
}

#[test]
fn downstream_reruns_what_depends_on_the_stage() {
    let p = two_sets();
    p.run(&["run"]).ok();
    let run = p
        .run(&["run", "--stage", "sentences", "--downstream", "--force"])
        .ok();
    assert_eq!(run.stages_run(), 8, "{}", run.stderr);
}

#[test]
fn config_errors_name_line_and_column() {
    let p = two_sets();
    p.file(
        "pipeline.yaml",
        "stages:\n  - name: normalise\n    uses: normalize.v1\n  - name: sentences\n    uses: sentences.v1\n    wiht: {}\n",
    );
    let run = p.run(&["run"]);
    assert_eq!(run.code, 2);
    run.assert_stderr("pipeline.yaml:3:11: unknown stage kind `normalize.v1`");
    run.assert_stderr("did you mean 'normalise.v1'?");
    run.assert_stderr("pipeline.yaml:6:5: unknown stage key `wiht`");
    assert!(!p.exists("out"), "nothing may be written on a config error");
}

#[test]
fn window_bytes_reads_a_long_article_in_windows() {
    let p = Project::new();
    // four paragraphs of 50 to 100 bytes: one window each at `window_bytes: 50`
    let text =
        "\u{201c}The pier stays shut,\u{201d} harbour master Ellen Varga said on Monday.\n\n\
                Four fishermen were killed when the storm hit the coast.\n\n\
                \u{201c}We will rebuild it by spring,\u{201d} said mayor Ivo Brandt.\n\n\
                Four fishermen were killed when the storm hit the coast.\n";
    p.set("w", &[("a", text)]);
    p.run(&["run"]).ok();
    let quotes = p.read("out/w/quotes.jsonl");
    let casualties = p.read("out/w/casualties.jsonl");
    assert_eq!(quotes.lines().count(), 2, "{quotes}");
    assert_eq!(casualties.lines().count(), 1, "{casualties}");
    let pipeline = p
        .read("pipeline.yaml")
        .replace(
            "uses: quotes.v1\n",
            "uses: quotes.v1\n    with:\n      window_bytes: 50\n",
        )
        .replace(
            "uses: casualties.v1\n",
            "uses: casualties.v1\n    with:\n      window_bytes: 50\n",
        );
    p.file("pipeline.yaml", &pipeline);
    let dry = p.run(&["run", "--dry-run"]).ok();
    dry.assert_stdout("would run  w  quotes  (parameters changed)");
    dry.assert_stdout("would run  w  casualties  (parameters changed)");
    p.run(&["run"]).ok();
    // each quotation's speaker is named in its own window: the same quotations, same offsets
    assert_eq!(p.read("out/w/quotes.jsonl"), quotes);
    // the toll stated in two windows is two facts, one sentence each
    let windowed = p.read("out/w/casualties.jsonl");
    assert_eq!(windowed.lines().count(), 2, "{windowed}");
    assert!(windowed
        .lines()
        .all(|l| l.matches("\"sentence\":").count() == 1));
}

#[test]
fn each_config_error_kind_is_reported() {
    let cases: &[(&str, &str)] = &[
        ("stages: [\n", "YAML syntax error"),
        ("stages:\n  - name: a\n    uses: normalise.v1\n    with:\n      repair_mojibake: 3\n", "5:24: parameter `repair_mojibake` of `normalise.v1` must be a boolean"),
        ("stages:\n  - name: a\n    uses: quotes.v1\n    with:\n      window_bytes: big\n", "5:21: parameter `window_bytes` of `quotes.v1` must be a whole number"),
        ("stages:\n  - name: a\n    uses: normalise.v1\n  - name: a\n    uses: sentences.v1\n", "4:11: duplicate stage name `a`"),
        ("stages:\n  - name: a\n    uses: normalise.v1\n    after: b\n  - name: b\n    uses: normalise.v1\n    after: a\n", "dependency cycle"),
        ("stages:\n  - name: q\n    uses: quotes.v1\n", "stage `q` needs normalised records"),
        ("stages:\n  - name: a\n    uses: normalise.v1\n    after: nope\n", "4:12: `after` names `nope`, which is not a stage"),
        ("", "the file is empty"),
    ];
    for (yaml, want) in cases {
        let p = two_sets();
        p.file("pipeline.yaml", yaml);
        let run = p.run(&["run"]);
        assert_eq!(run.code, 2, "{yaml}");
        assert!(
            run.stderr.contains(want),
            "want {want:?} for {yaml:?}, got:\n{}",
            run.stderr
        );
    }
}

fn external_pipeline(script: &str) -> String {
    format!(
        "stages:\n  - name: normalise\n    uses: normalise.v1\n  - name: sentences\n    uses: sentences.v1\n  - name: ext\n    uses:\n      command: [python3, {script}]\n    timeout_s: 5\n"
    )
}

#[test]
#[cfg_attr(no_python, ignore = "needs python3, absent when built")]
fn the_example_external_stage_runs_through_the_engine() {
    if !util::have_python() {
        return;
    }
    let p = two_sets();
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("stages/examples/word_count.py");
    p.file(
        "pipeline.yaml",
        &(external_pipeline(&example.display().to_string()) + "    with:\n      min_words: 1\n"),
    );
    p.run(&["run"]).ok();
    let out = p.read("out/storm/ext.jsonl");
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(
        out.starts_with("{\"article\":\"a\",\"sentences\":"),
        "{out}"
    );

    // Rerunning one stage reads its input from disk, as it is there now.
    let sentences = p.read("out/storm/sentences.jsonl");
    let first = sentences.lines().next().unwrap_or_default();
    p.file("out/storm/sentences.jsonl", &format!("{first}\n"));
    p.run(&["run", "--stage", "ext", "--set", "storm"]).ok();
    let out = p.read("out/storm/ext.jsonl");
    assert!(
        out.starts_with("{\"article\":\"a\",\"sentences\":1,"),
        "{out}"
    );
    assert_eq!(out.lines().count(), 1, "{out}");
    let kept = p.read("out/storm/sentences.jsonl");
    assert_eq!(kept.lines().count(), 1, "upstream stages are not rerun");
}

#[test]
#[cfg_attr(no_python, ignore = "needs python3, absent when built")]
fn an_external_stage_that_crashes_or_prints_garbage_fails_only_its_set() {
    if !util::have_python() {
        return;
    }
    let p = two_sets();
    p.file(
        "flaky.py",
        "import os, sys\nsys.stdin.read()\nset = os.environ['CORROBORATE_SET']\nif set == 'storm':\n    print('not json')\nelif set == 'bridge':\n    print('{\"ok\": 1}')\n",
    );
    p.file("pipeline.yaml", &external_pipeline("flaky.py"));
    let run = p.run(&["run", "--keep-going"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_stderr(
        "set `storm`, stage `ext`: external stage `ext`: stdout line 1 is not a JSON object",
    );
    assert!(p.read("out/bridge/ext.jsonl").contains("\"ok\""));
    assert!(!p.exists("out/storm/ext.jsonl"));
    assert!(p.exists("out/storm/sentences.jsonl"));

    // A crash keeps the previous good output of that set.
    p.file(
        "flaky.py",
        "import sys\nsys.stdin.read()\nprint('{\"ok\": 2}')\n",
    );
    p.run(&["run"]).ok();
    p.file(
        "flaky.py",
        "import sys\nsys.stderr.write('boom\\n')\nsys.exit(3)\n",
    );
    let run = p.run(&["run", "--keep-going", "--force", "--stage", "ext"]);
    assert_eq!(run.code, 1);
    run.assert_stderr("exited with exit status: 3");
    run.assert_stderr("boom");
    assert!(p.read("out/storm/ext.jsonl").contains("\"ok\":2"));
    let status = p.run(&["status", "-v"]);
    assert_eq!(status.code, 1, "a failed output makes status exit 1");
    let line = status
        .stdout
        .lines()
        .find(|l| l.starts_with("storm ") && l.contains(" ext "))
        .unwrap_or_default();
    assert!(
        line.contains("failed (external stage `ext`: exited with exit status: 3"),
        "{}",
        status.stdout
    );
}

#[test]
fn outputs_are_byte_identical_at_any_thread_count() {
    let p = Project::new();
    for i in 0..12 {
        p.set(
            &format!("s{i:02}"),
            &[("a", ARTICLE_A), ("b", ARTICLE_B), ("c", ARTICLE_C)],
        );
    }
    p.run(&["run", "--threads", "1", "--out", "one"]).ok();
    p.run(&["run", "--threads", "2", "--out", "two"]).ok();
    p.run(&["run", "--threads", "7", "--out", "seven"]).ok();
    let one = p.snapshot("one");
    assert_eq!(one.len(), 12 * 8 + 2, "{:?}", one.keys());
    assert_eq!(one, p.snapshot("two"));
    assert_eq!(one, p.snapshot("seven"));
}

#[test]
fn add_rejects_bad_names_and_existing_sets_writing_nothing() {
    let p = two_sets();
    p.file("incoming/x.txt", "Some text.");
    for bad in ["..", ".hidden", "a/b", ""] {
        let run = p.run(&["add", "incoming/x.txt", "--name", bad]);
        assert_eq!(run.code, 2, "{bad}");
        assert!(
            run.stderr.contains("not a plain folder name"),
            "{bad}: {}",
            run.stderr
        );
    }
    let run = p.run(&["add", "incoming/x.txt", "--name", "storm"]);
    assert_eq!(run.code, 2);
    run.assert_stderr("already exist");
    assert!(!p.exists("articles/storm/x.txt"));
    p.run(&["add", "incoming/x.txt", "--name", "storm", "--replace"])
        .ok();
    assert!(p.exists("articles/storm/x.txt") && !p.exists("articles/storm/a.txt"));
}

#[test]
fn add_reads_json_lines_of_sets() {
    let p = Project::new();
    p.file(
        "bulk.jsonl",
        "{\"set\": \"one\", \"articles\": [{\"id\": \"000_a\", \"text\": \"First.\"}]}\n{\"set\": \"two\", \"articles\": [{\"id\": \"000_b\", \"text\": \"Second.\"}, {\"id\": \"001_c\", \"text\": \"Third.\"}]}\n",
    );
    let run = p.run(&["add", "bulk.jsonl"]).ok();
    run.assert_stderr("added 2 sets (3 articles)");
    assert_eq!(p.read("articles/two/001_c.txt"), "Third.");
    p.file(
        "bad.jsonl",
        "{\"set\": \"three\", \"articles\": []}\n{\"set\": \"../x\", \"articles\": []}\n",
    );
    let run = p.run(&["add", "bad.jsonl"]);
    assert_eq!(run.code, 2);
    run.assert_stderr("bad.jsonl:2");
    assert!(!p.exists("articles/three"));
}

#[test]
fn status_says_what_is_up_to_date_stale_or_missing() {
    let p = two_sets();
    let status = p.run(&["status", "-v"]);
    assert_eq!(status.code, 1);
    status.assert_stdout("bridge  normalise   missing");
    let dry = p.run(&["run", "--dry-run"]).ok();
    dry.assert_stdout("would run  bridge  normalise  (new set)");
    p.run(&["run"]).ok();
    p.set("bridge", &[("c", "Changed text.")]);
    let status = p.run(&["status", "--verbose"]);
    assert_eq!(status.code, 1);
    assert!(
        status
            .stdout
            .contains("bridge  normalise   stale (input changed: articles (c.txt changed))"),
        "{}",
        status.stdout
    );
    status.assert_stdout("storm   normalise   up to date");
}

#[test]
fn a_deleted_output_is_made_again() {
    let p = two_sets();
    p.run(&["run"]).ok();
    let quotes = p.read("out/storm/quotes.jsonl");
    std::fs::remove_file(p.path().join("out/storm/quotes.jsonl")).expect("remove");
    std::fs::remove_file(p.path().join("out/storm/report.html")).expect("remove");
    let dry = p.run(&["run", "--dry-run"]).ok();
    dry.assert_stdout("would run  storm  quotes  (output file missing)");
    let run = p.run(&["run"]).ok();
    assert_eq!(run.stages_run(), 1, "{}", run.stderr);
    assert_eq!(p.read("out/storm/quotes.jsonl"), quotes);
    assert!(p.exists("out/storm/report.html"));
}

#[test]
fn the_report_is_a_step_that_dry_runs_status_and_runs_show() {
    let p = two_sets();
    p.run(&["run"]).ok();
    std::fs::remove_file(p.path().join("out/storm/report.html")).expect("remove");
    let dry = p.run(&["run", "-n"]).ok();
    assert_eq!(
        dry.stdout,
        "would run  storm  report  (report file missing)\nno stage would run; 1 report would be rendered\n"
    );
    let status = p.run(&["status", "-v"]);
    assert_eq!(status.code, 1);
    status.assert_stdout("storm   report      stale (report file missing)");
    let run = p.run(&["run", "-v"]).ok();
    run.assert_stderr("ran  storm  report  (report file missing)");
    run.assert_stderr("; 1 report written");
    assert!(p.exists("out/storm/report.html"));
    assert_eq!(p.run(&["status"]).code, 0);
}

/// The `pipeline.yaml` block of the README's reference, as documented.
fn readme_pipeline_reference() -> String {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .expect("read README.md");
    let section = readme
        .split("## pipeline.yaml reference")
        .nth(1)
        .expect("a pipeline.yaml reference section in README.md");
    let block = section
        .split("```yaml\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a yaml block in the reference section");
    block.to_string()
}

#[test]
fn every_key_of_the_readme_pipeline_reference_is_accepted() {
    let p = two_sets();
    let yaml = readme_pipeline_reference();
    // Every key the reference shows, so that a key dropped from it is noticed too.
    let keys: std::collections::BTreeSet<&str> = yaml
        .lines()
        .filter_map(|l| {
            let l = l.trim_start().trim_start_matches("- ");
            let (key, _) = l.split_once(':')?;
            key.bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_')
                .then_some(key)
        })
        .filter(|k| !k.is_empty())
        .collect();
    // The parser's unit test holds the other direction: every key it accepts
    // is in this block. Here: the keys that once drifted are documented, and
    // every documented key is accepted.
    for documented in ["allow_empty", "deps", "timeout_s", "needs"] {
        assert!(
            keys.contains(documented),
            "README's reference lacks `{documented}`: {keys:?}"
        );
    }
    p.file("pipeline.yaml", &yaml);
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("stages/examples/word_count.py");
    p.file(
        "stages/examples/word_count.py",
        &std::fs::read_to_string(example).expect("read the example stage"),
    );
    let dry = p.run(&["run", "--dry-run"]);
    assert_eq!(
        dry.code, 0,
        "the README's pipeline.yaml is refused:\n{}",
        dry.stderr
    );
    dry.assert_stdout("would run  storm  word_count  (new set)");
}

#[test]
#[cfg_attr(no_python, ignore = "needs python3, absent when built")]
fn an_external_stage_with_allow_empty_may_print_nothing() {
    if !util::have_python() {
        return;
    }
    let p = two_sets();
    p.file("quiet.py", "import sys\nsys.stdin.read()\n");
    p.file("pipeline.yaml", &external_pipeline("quiet.py"));
    let run = p.run(&["run", "--keep-going"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_stderr("allow_empty: true");
    p.file(
        "pipeline.yaml",
        &(external_pipeline("quiet.py") + "    allow_empty: true\n"),
    );
    p.run(&["run"]).ok();
    assert_eq!(p.read("out/storm/ext.jsonl"), "");
}

#[test]
#[cfg_attr(no_python, ignore = "needs python3, absent when built")]
fn editing_a_file_in_deps_reruns_the_stage() {
    if !util::have_python() {
        return;
    }
    let p = two_sets();
    p.file(
        "count.py",
        "import sys\nprint('{\"n\": %d}' % len(sys.stdin.readlines()))\n",
    );
    p.file("words.txt", "one\n");
    let pipeline = external_pipeline("count.py") + "    deps: [count.py, words.txt]\n";
    p.file("pipeline.yaml", &pipeline);
    p.run(&["run"]).ok();
    assert_eq!(p.run(&["run"]).ok().stages_run(), 0);

    p.file("words.txt", "one\ntwo\n");
    let dry = p.run(&["run", "--dry-run"]).ok();
    dry.assert_stdout("would run  storm  ext  (input changed: file words.txt)");
    assert_eq!(p.run(&["run"]).ok().stages_run(), 2);

    // Without `deps`, an edited script goes unnoticed: that is what deps are for.
    p.file(
        "count.py",
        "import sys\nsys.stdin.read()\nprint('{\"n\": 0}')\n",
    );
    assert_eq!(p.run(&["run"]).ok().stages_run(), 2);
    assert!(p.read("out/storm/ext.jsonl").contains("\"n\":0"));

    std::fs::remove_file(p.path().join("words.txt")).expect("remove");
    let run = p.run(&["run"]);
    assert_eq!(run.code, 2);
    run.assert_stderr("stage `ext`: cannot read `words.txt` listed in its `deps`");
}

#[test]
fn report_refuses_to_replace_an_index_with_an_empty_one() {
    let p = two_sets();
    p.run(&["run"]).ok();
    let index = p.read("out/index.html");
    std::fs::create_dir_all(p.path().join("elsewhere/empty-set")).expect("mkdir");
    for args in [
        &["report", "--input", "elsewhere"][..],
        &["run", "--input", "elsewhere"][..],
    ] {
        let run = p.run(args);
        assert_eq!(
            p.read("out/index.html"),
            index,
            "{args:?} replaced the index"
        );
        if args[0] == "report" {
            assert_eq!(run.code, 2, "{}", run.stderr);
            assert!(
                run.stderr.contains("none of the 1 sets in")
                    && run.stderr.contains("is left as it is"),
                "{}",
                run.stderr
            );
        }
    }
    assert!(p.exists("out/empty-set/normalise.jsonl"));
    assert!(
        !p.exists("out/empty-set/report.html"),
        "a set with no article gets no report"
    );
    let run = p.run(&["report", "--input", "nowhere"]);
    assert_eq!(run.code, 2);
    run.assert_stderr("cannot read the input folder");
    assert_eq!(p.read("out/index.html"), index);
}

#[test]
fn report_with_a_set_renders_that_set_again() {
    let p = two_sets();
    p.run(&["run"]).ok();
    let html = p.read("out/storm/report.html");
    p.file("out/storm/report.html", "spoiled");
    p.file("out/bridge/report.html", "spoiled");
    let run = p.run(&["report", "--set", "storm"]).ok();
    run.assert_stderr("storm/report.html");
    run.assert_stderr("2 of 2 sets with reports");
    assert_eq!(p.read("out/storm/report.html"), html);
    assert_eq!(
        p.read("out/bridge/report.html"),
        "spoiled",
        "only the named set"
    );
    let run = p.run(&["report", "--set", "nope"]);
    assert_eq!(run.code, 2);
    run.assert_stderr("no set named `nope`");
}

#[test]
fn status_prints_one_line_per_state_and_exits_1_when_something_is_to_do() {
    let p = two_sets();
    let status = p.run(&["status"]);
    assert_eq!(status.code, 1);
    assert!(
        status
            .stdout
            .starts_with("missing     12 outputs in 2 sets: bridge, storm\n"),
        "{}",
        status.stdout
    );
    p.run(&["run"]).ok();
    let status = p.run(&["status"]).ok();
    assert_eq!(status.stdout, "up to date  12 outputs in 2 sets\n");

    p.set(
        "storm",
        &[("b", "Flooding\n\nFive fishermen were reported missing.")],
    );
    p.set("storm", &[("new", "A new article.")]);
    std::fs::remove_file(p.path().join("articles/storm/a.txt")).expect("remove");
    let status = p.run(&["status"]);
    assert_eq!(status.code, 1);
    assert!(
        status.stdout.contains("up to date  6 outputs in 1 set\n")
            && status
                .stdout
                .contains("stale       6 outputs in 1 set: storm\n"),
        "{}",
        status.stdout
    );
    let status = p.run(&["status", "-v", "--set", "storm"]);
    assert!(
        status.stdout.contains(
            "storm  normalise   stale (input changed: articles (b.txt changed; new.txt added; a.txt removed))"
        ),
        "{}",
        status.stdout
    );
}

#[test]
fn status_json_gives_counts_and_every_output() {
    let p = two_sets();
    p.run(&["run"]).ok();
    p.set("bridge", &[("c", "Changed.")]);
    let status = p.run(&["status", "--json"]);
    assert_eq!(status.code, 1);
    let v: serde_json::Value = serde_json::from_str(&status.stdout).expect("status --json is JSON");
    assert_eq!(v["sets"], 2);
    assert_eq!(v["up_to_date"], false);
    assert_eq!(v["counts"]["up_to_date"], 6);
    assert_eq!(v["counts"]["stale"], 6);
    let outputs = v["outputs"].as_array().expect("outputs");
    assert_eq!(outputs.len(), 12);
    assert_eq!(outputs[5]["stage"], "report");
    assert_eq!(outputs[5]["state"], "stale");
    assert_eq!(outputs[0]["set"], "bridge");
    assert_eq!(outputs[0]["stage"], "normalise");
    assert_eq!(outputs[0]["state"], "stale");
    assert_eq!(outputs[0]["why"], "input changed: articles (c.txt changed)");
}

#[test]
#[cfg_attr(no_python, ignore = "needs python3, absent when built")]
fn status_shows_a_failure_in_full() {
    if !util::have_python() {
        return;
    }
    let p = two_sets();
    p.file(
        "loud.py",
        "import sys\nsys.stdin.read()\nsys.stderr.write('first line\\n' + 'x' * 300 + '\\nlast line\\n')\nsys.exit(4)\n",
    );
    p.file("pipeline.yaml", &external_pipeline("loud.py"));
    assert_eq!(p.run(&["run", "--keep-going"]).code, 1);
    let status = p.run(&["status"]);
    assert_eq!(status.code, 1);
    status.assert_stdout("failed      2 outputs in 2 sets: bridge, storm");
    let status = p.run(&["status", "-v"]);
    status.assert_stdout(&"x".repeat(300));
    status.assert_stdout("    last line");
    let json = p.run(&["status", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    let why = v["outputs"][2]["why"].as_str().unwrap_or_default();
    assert!(why.ends_with("last line"), "{why}");
}

#[test]
fn warnings_are_kept_and_shown_by_status_on_later_runs() {
    let p = two_sets();
    p.bytes("articles/bridge/scan.txt", b"\x00\x01binary");
    let run = p.run(&["run"]).ok();
    run.assert_stderr("scan.txt: skipped: looks like a binary file");
    let again = p.run(&["run"]).ok();
    assert_eq!(again.stages_run(), 0);
    let status = p.run(&["status"]).ok();
    status.assert_stdout("warnings    1 in 1 set: bridge");
    let status = p.run(&["status", "-v"]).ok();
    status.assert_stdout(
        "bridge  warning: articles/bridge/scan.txt: skipped: looks like a binary file",
    );
    // The set's report lists them, with paths inside the set.
    let report = p.read("out/bridge/report.html");
    assert!(report.contains("Warnings about the input"), "{report}");
    assert!(
        report.contains("scan.txt: skipped: looks like a binary file")
            && !report.contains("articles/bridge"),
        "{report}"
    );
    assert!(!p
        .read("out/storm/report.md")
        .contains("Warnings about the input"));

    std::fs::remove_file(p.path().join("articles/bridge/scan.txt")).expect("remove");
    let run = p.run(&["run", "-v"]).ok();
    run.assert_stderr("ran  bridge  report  (the set's warnings changed)");
    let status = p.run(&["status"]).ok();
    assert!(!status.stdout.contains("warning"), "{}", status.stdout);
    assert!(!p
        .read("out/bridge/report.md")
        .contains("Warnings about the input"));
}

#[test]
fn version_shows_the_code_fingerprint_of_the_cache_keys() {
    let p = Project::new();
    let short = p.run(&["-V"]).ok();
    let re = regex::Regex::new(r"^corroborate \d+\.\d+\.\d+ \(code [0-9a-f]{16}\)\n$").expect("re");
    assert!(re.is_match(&short.stdout), "{}", short.stdout);
    let long = p.run(&["--version"]).ok();
    assert!(
        long.stdout.starts_with(short.stdout.trim_end()),
        "{}",
        long.stdout
    );
    for kind in [
        "normalise.v1",
        "sentences.v1",
        "quotes.v1",
        "casualties.v1",
        "reconcile.v1",
        "report",
    ] {
        assert!(
            long.stdout
                .lines()
                .any(|l| l.trim_start().starts_with(kind)),
            "{kind} missing from:\n{}",
            long.stdout
        );
    }
    // The same fingerprints are what the manifests record.
    let p = two_sets();
    p.run(&["run"]).ok();
    let manifest = p.read("out/storm/manifest.json");
    let sentences = long
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with("sentences.v1"))
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or_default();
    assert!(
        manifest.contains(&format!("sentences.v1@{sentences}")),
        "{manifest}"
    );
}

#[test]
fn short_flags_n_k_and_j() {
    let p = two_sets();
    let dry = p.run(&["run", "-n"]).ok();
    dry.assert_stdout("would run  bridge  normalise  (new set)");
    assert!(
        dry.stdout
            .ends_with("10 stage runs would be done in 2 sets; 2 reports would be rendered\n"),
        "{}",
        dry.stdout
    );
    assert!(!p.exists("out"), "-n writes nothing");
    let run = p.run(&["run", "-k", "-j", "1"]).ok();
    assert_eq!(run.stages_run(), 10);
    assert!(
        run.stderr.ends_with("open out/index.html\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn dag_prints_the_pipeline_as_text_and_as_dot() {
    let p = Project::new();
    let text = p.run(&["dag"]).ok();
    let lines: Vec<&str> = text.stdout.lines().collect();
    assert_eq!(lines.len(), 6, "{}", text.stdout);
    assert!(
        lines[0].starts_with("normalise ") && lines[0].ends_with("<- articles"),
        "{}",
        text.stdout
    );
    assert!(
        lines[4].starts_with("reconcile ") && lines[4].contains("<- quotes, casualties"),
        "{}",
        text.stdout
    );
    assert!(
        lines[5].starts_with("report ") && lines[5].ends_with("<- reconcile"),
        "{}",
        text.stdout
    );
    let dot = p.run(&["dag", "--dot"]).ok();
    assert!(
        dot.stdout.starts_with("digraph corroborate {"),
        "{}",
        dot.stdout
    );
    dot.assert_stdout("\"stage:normalise\" -> \"stage:sentences\" [label=\"normalised\"];");
    assert!(dot.stdout.trim_end().ends_with('}'), "{}", dot.stdout);

    // An external stage: its command, and ordering-only `after` edges dashed; no
    // `deps` file is read to draw the graph.
    p.file(
        "pipeline.yaml",
        "stages:\n  - name: normalise\n    uses: normalise.v1\n  - name: sentences\n    uses: sentences.v1\n  - name: ext\n    uses:\n      command: [python3, \"x.py\"]\n    after: [sentences]\n    needs: [normalised]\n    deps: [missing.py]\n",
    );
    let text = p.run(&["dag"]).ok();
    text.assert_stdout(
        "ext        command: python3 x.py  <- normalise (normalised), after sentences",
    );
    let dot = p.run(&["dag", "--dot"]).ok();
    dot.assert_stdout("\"stage:sentences\" -> \"stage:ext\" [style=dashed];");
}

#[test]
fn completions_and_man_page_are_generated_from_the_flags() {
    let p = Project::new();
    for (shell, mark) in [
        ("bash", "_corroborate()"),
        ("zsh", "#compdef corroborate"),
        ("fish", "complete -c corroborate"),
    ] {
        let out = p.run(&["completions", shell]).ok();
        assert!(out.stdout.contains(mark), "{shell}: {}", out.stdout);
        assert!(
            out.stdout.contains("keep-going"),
            "{shell} lacks run's flags"
        );
    }
    assert_eq!(p.run(&["completions", "tcsh"]).code, 2);
    let man = p.run(&["man"]).ok();
    man.assert_stdout(".TH corroborate 1");
    man.assert_stdout("completions");
}

#[test]
fn color_follows_the_flag_and_no_color() {
    let p = two_sets();
    let coloured = p.run(&["--color", "always", "status"]);
    assert!(
        coloured.stdout.contains("\x1b[33mmissing"),
        "{:?}",
        coloured.stdout
    );
    for args in [&["--color", "never", "status"][..], &["status"][..]] {
        let plain = p.run(args);
        assert!(
            !plain.stdout.contains('\x1b'),
            "{args:?}: {:?}",
            plain.stdout
        );
    }
    let no_color = std::process::Command::new(env!("CARGO_BIN_EXE_corroborate"))
        .args(["--color=auto", "status"])
        .env("NO_COLOR", "1")
        .current_dir(p.path())
        .output()
        .expect("run");
    assert!(!no_color.stdout.contains(&0x1b));
}

#[test]
fn init_starts_a_working_folder() {
    let p = Project::new();
    let run = p.run(&["init", "work"]).ok();
    run.assert_stderr("corroborate add");
    assert_eq!(p.read("work/pipeline.yaml"), p.read("pipeline.yaml"));
    assert!(p.path().join("work/articles").is_dir());
    let again = p.run(&["init", "work"]);
    assert_eq!(again.code, 2);
    again.assert_stderr("exists already");
}

#[test]
fn added_sets_are_ignored_by_git_in_the_source_checkout() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let check = |rel: &str| {
        std::process::Command::new("git")
            .args(["check-ignore", "-q", "--no-index", rel])
            .current_dir(root)
            .status()
            .ok()
            .map(|s| s.success())
    };
    let Some(ignored) =
        check("articles/some-added-set/a.txt").filter(|_| root.join(".git").exists())
    else {
        eprintln!("skipping: not a git checkout, or git is not installed");
        return;
    };
    assert!(ignored, "an added set under articles/ must be git-ignored");
    assert_eq!(check("articles/westminster/x.txt"), Some(false));
}

#[test]
fn a_dry_run_after_a_whitespace_only_edit_says_what_the_run_then_does() {
    let p = two_sets();
    p.run(&["run"]).ok();
    p.set("storm", &[("a", &format!("{ARTICLE_A}\n\n   \n"))]);
    let dry = p.run(&["run", "-n"]).ok();
    assert!(
        dry.stdout
            .contains("would run  storm  normalise  (input changed: articles (a.txt changed))"),
        "{}",
        dry.stdout
    );
    dry.assert_stdout("may run    storm  sentences  (if the output of normalise changes)");
    assert!(
        dry.stdout.ends_with(
            "1 stage run would be done in 1 set, and up to 4 more if their upstream outputs change; up to 1 report would be rendered\n"
        ),
        "{}",
        dry.stdout
    );
    let run = p.run(&["run"]).ok();
    assert_eq!(run.stages_run(), 1, "{}", run.stderr);

    // A forced dry run and a forced run agree too, reasons included.
    let dry = p.run(&["run", "-n", "--force"]).ok();
    dry.assert_stdout("would run  storm  reconcile  (forced)\n");
    assert!(
        dry.stdout.ends_with(
            "10 stage runs would be done in 2 sets; up to 2 reports would be rendered\n"
        ),
        "{}",
        dry.stdout
    );
    assert_eq!(p.run(&["run", "--force"]).ok().stages_run(), 10);
    let quiet = p.run(&["run"]).ok();
    quiet.assert_stderr("no article read (none changed)");
}

#[test]
#[cfg_attr(no_python, ignore = "needs python3, absent when built")]
fn the_index_flags_sets_with_warnings_or_failed_stages() {
    if !util::have_python() {
        return;
    }
    let p = two_sets();
    p.bytes("articles/bridge/scan.txt", b"\x00\x01binary");
    p.file(
        "fail.py",
        "import os, sys\nsys.stdin.read()\nif os.environ['CORROBORATE_SET'] == 'storm':\n    sys.exit(1)\nprint('{\"ok\": 1}')\n",
    );
    let pipeline = p.read("pipeline.yaml")
        + "  - name: ext\n    uses:\n      command: [python3, fail.py]\n    after: reconcile\n";
    p.file("pipeline.yaml", &pipeline);
    assert_eq!(p.run(&["run", "-k"]).code, 1);
    let index = p.read("out/index.html");
    let row = |set: &str| {
        index
            .lines()
            .find(|l| l.contains(&format!("href=\"{set}/report.html\"")))
            .unwrap_or_default()
            .to_string()
    };
    assert!(row("storm").contains(">failed: ext</span>"), "{index}");
    assert!(
        row("bridge").ends_with(">1 warning</span></td></tr>"),
        "{index}"
    );
    // `report` flags from the manifests the same way.
    p.run(&["report"]).ok();
    assert_eq!(p.read("out/index.html"), index);

    p.file(
        "fail.py",
        "import sys\nsys.stdin.read()\nprint('{\"ok\": 1}')\n",
    );
    p.run(&["run"]).ok();
    let index = p.read("out/index.html");
    assert!(!index.contains("failed:"), "{index}");
    assert!(index.contains("1 warning"), "{index}");
}
