//! Bad input, interrupted runs, hostile plugins: clear errors, nothing lost.

mod util;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use util::{Project, ARTICLE_A, ARTICLE_B, ARTICLE_C};

fn corroborate() -> Command {
    Command::new(env!("CARGO_BIN_EXE_corroborate"))
}

#[test]
fn messy_articles_are_read_with_warnings_not_dropped() {
    let p = Project::new();
    p.bytes(
        "articles/messy/latin1.txt",
        b"Caf\xe9 owners said \x93no\x94.",
    );
    p.bytes(
        "articles/messy/bom.txt",
        b"\xef\xbb\xbfA title\r\n\r\nFirst line.\rSecond line.",
    );
    p.bytes("articles/messy/empty.txt", b"");
    p.bytes(
        "articles/messy/binary.txt",
        b"\x7fELF\x02\x01\x01\x00\x00\x00binary",
    );
    let run = p.run(&["run"]).ok();
    run.assert_stderr("latin1: not valid UTF-8: decoded as Windows-1252");
    run.assert_stderr("empty: empty article");
    run.assert_stderr("binary.txt: skipped: looks like a binary file");
    let normalised = p.read("out/messy/normalise.jsonl");
    assert!(
        normalised.contains("Café owners said “no”."),
        "{normalised}"
    );
    assert!(
        normalised.contains("\"text\":\"A title\\n\\nFirst line.\\nSecond line.\""),
        "{normalised}"
    );
    assert!(!normalised.contains("\"binary\""), "{normalised}");
    assert_eq!(normalised.lines().count(), 3);
}

#[test]
fn hostile_text_finishes_without_panics() {
    let p = Project::new();
    let spaces: String = [
        '\u{a0}', '\u{2002}', '\u{2003}', '\u{2009}', '\u{202f}', '\u{3000}', '\u{200b}',
        '\u{feff}',
    ]
    .iter()
    .map(|c| format!("word{c}"))
    .collect();
    let quotes = "«»‹›„‚“”‘’‛‟\"'`´".repeat(200);
    let unpaired = "He said \" and ' then “ again ‘ ".repeat(2000);
    let rtl = "قال المتحدث إن ثلاثة أشخاص قتلوا. שלושה אנשים נהרגו.";
    let digits = format!(
        "{} people were killed. {} were injured.",
        "9".repeat(40),
        "1".repeat(45)
    );
    p.set(
        "hostile",
        &[
            ("spaces", &spaces),
            ("quotes", &quotes),
            ("unpaired", &unpaired),
            ("rtl", rtl),
            ("digits", &digits),
        ],
    );
    let run = p.run(&["run"]).ok();
    assert_eq!(run.stages_run(), 5, "{}", run.stderr);
    assert!(p
        .read("out/hostile/sentences.jsonl")
        .contains("\"article\":\"rtl\""));
}

#[test]
fn a_huge_article_and_a_long_unpunctuated_paragraph_finish_in_linear_time() {
    let p = Project::new();
    // 10 MB without punctuation, one paragraph.
    let long: String = "and then the water kept rising over the old town ".repeat(200_000);
    // A million dots.
    let dots = ".".repeat(1_000_000);
    p.set("big", &[("long", &long), ("dots", &dots)]);
    let started = Instant::now();
    p.run(&["run"]).ok();
    // Linear stages do this in well under a second; a quadratic one would take hours.
    assert!(
        started.elapsed() < Duration::from_secs(120),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
#[ignore = "writes a 100 MB article; run with: cargo test --release --test reliability -- --ignored"]
fn a_100_mb_article_is_processed() {
    let p = Project::new();
    let paragraph = "Officials said 3 people were killed and 12 injured when the storm hit. \"It was terrible,\" a witness said.\n\n";
    p.set(
        "huge",
        &[("a", &paragraph.repeat(100 * 1024 * 1024 / paragraph.len()))],
    );
    p.run(&["run"]).ok();
}

#[test]
fn odd_set_folders_and_names_are_handled() {
    let p = Project::new();
    p.set(
        "Séance été 2026",
        &[("Ünïcode name", ARTICLE_A), ("with space", ARTICLE_B)],
    );
    std::fs::create_dir_all(p.path().join("articles/no-text")).expect("mkdir");
    p.file("articles/no-text/readme.md", "not an article");
    p.file("articles/nested/inner/deep.txt", ARTICLE_C);
    p.file("articles/nested/top.txt", ARTICLE_C);
    p.file("outside/secret.txt", "Outside the input folder.");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(p.path().join("outside"), p.path().join("articles/linked"))
            .expect("symlink");
        std::os::unix::fs::symlink(
            p.path().join("outside/secret.txt"),
            p.path().join("articles/nested/link.txt"),
        )
        .expect("symlink");
    }
    let run = p.run(&["run"]).ok();
    assert!(p
        .read("out/Séance été 2026/normalise.jsonl")
        .contains("\"article\":\"Ünïcode name\""));
    run.assert_stderr("no-text: no .txt files");
    run.assert_stderr("inner: skipped: folders inside a set are not read");
    #[cfg(unix)]
    {
        run.assert_stderr("linked: skipped: symbolic links are not followed");
        assert!(!p.exists("out/linked"));
        assert!(!p.read("out/nested/normalise.jsonl").contains("Outside"));
    }
    assert_eq!(p.read("out/nested/normalise.jsonl").lines().count(), 1);
}

#[test]
fn names_that_would_escape_the_folders_are_refused() {
    let p = Project::new();
    p.file("in/a.txt", "Text.");
    for name in ["..", "../escape", "/tmp/abs", ".hidden"] {
        let run = p.run(&["add", "in/a.txt", "--name", name]);
        assert_eq!(run.code, 2, "{name}");
        assert!(
            run.stderr.contains("is not a plain folder name"),
            "{name}: {}",
            run.stderr
        );
    }
    p.file(
        "sets.jsonl",
        "{\"set\": \"ok\", \"articles\": [{\"id\": \"../../x\", \"text\": \"t\"}]}\n",
    );
    let run = p.run(&["add", "sets.jsonl"]);
    assert_eq!(run.code, 2);
    run.assert_stderr("article name `../../x` is not a plain folder name");
    assert!(!p.exists("articles"), "nothing may be written");
}

#[test]
fn malformed_pipeline_files_are_refused_quickly() {
    let p = Project::new();
    p.set("s", &[("a", ARTICLE_A)]);
    let bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\nstages: *i\n";
    let huge = format!(
        "stages:\n{}",
        "  - name: n\n    uses: normalise.v1\n".repeat(60_000)
    );
    for (yaml, want) in [
        (bomb.to_string(), "anchors and aliases"),
        (huge, "a pipeline file may hold at most"),
        (String::new(), "the file is empty"),
    ] {
        p.file("pipeline.yaml", &yaml);
        let started = Instant::now();
        let run = p.run(&["run"]);
        assert_eq!(run.code, 2);
        run.assert_stderr(want);
        assert!(started.elapsed() < Duration::from_secs(5));
    }
}

fn external_pipeline(script: &str, extra: &str) -> String {
    format!("stages:\n  - name: normalise\n    uses: normalise.v1\n  - name: ext\n    uses:\n      command: [python3, {script}]\n{extra}")
}

#[test]
#[cfg_attr(no_python, ignore = "needs python3, absent when built")]
fn hostile_external_stages_fail_only_their_set_and_keep_its_previous_output() {
    if !util::have_python() {
        return;
    }
    let cases: &[(&str, &str, &str)] = &[
        ("import sys\nsys.stdin.read()\nraise SystemExit('crashed on purpose')\n", "", "crashed on purpose"),
        ("import time\ntime.sleep(60)\n", "    timeout_s: 1\n", "timed out after 1 s"),
        ("import sys\nsys.stdin.read()\nprint('{not json')\n", "", "stdout line 1 is not a JSON object"),
        ("import sys\nsys.stdin.read()\n", "", "printed no records for 1 input records"),
        ("import sys\nsys.stdin.read()\nline = '{\"x\": \"' + 'y' * 1000000 + '\"}\\n'\nwhile True:\n    sys.stdout.write(line)\n", "    max_output_mb: 5\n", "wrote more than 5242880 bytes"),
    ];
    for (script, extra, want) in cases {
        let p = Project::new();
        p.set("good", &[("a", ARTICLE_A)]);
        p.set("bad", &[("b", ARTICLE_B)]);
        p.file("ok.py", "import sys, os\nsys.stdin.read()\nprint('{\"set\": \"%s\"}' % os.environ['CORROBORATE_SET'])\n");
        // The first, good run has no tight limits: a slow machine must not fail it.
        p.file("pipeline.yaml", &external_pipeline("ok.py", ""));
        p.run(&["run"]).ok();
        let before = p.read("out/bad/ext.jsonl");
        p.file("ext.py", &format!("import os, sys\nif os.environ['CORROBORATE_SET'] != 'bad':\n    sys.stdin.read()\n    print('{{\"set\": \"good\"}}')\n    sys.exit(0)\n{script}"));
        p.file("pipeline.yaml", &external_pipeline("ext.py", extra));
        let run = p.run(&["run", "--keep-going"]);
        assert_eq!(run.code, 1, "{want}: {}", run.stderr);
        assert!(
            run.stderr
                .contains("set `bad`, stage `ext`: external stage `ext`:"),
            "{want}: {}",
            run.stderr
        );
        assert!(run.stderr.contains(want), "{want}: {}", run.stderr);
        assert_eq!(
            p.read("out/bad/ext.jsonl"),
            before,
            "{want}: previous output lost"
        );
        assert!(p.read("out/good/ext.jsonl").contains("good"));
        assert!(
            util::temporaries(&p.path().join("out")).is_empty(),
            "{want}: temporary files left"
        );
    }
}

#[test]
fn an_unwritable_output_folder_is_a_clear_error_and_inputs_are_untouched() {
    let p = Project::new();
    p.set("s", &[("a", ARTICLE_A)]);
    let inputs = p.snapshot("articles");
    p.file("blocked", "a file where the output folder should be");
    let run = p.run(&["run", "--out", "blocked/out"]);
    assert_eq!(run.code, 2);
    run.assert_stderr("cannot create the output folder blocked/out");
    assert_eq!(p.snapshot("articles"), inputs);

    // A set's output folder that cannot be written fails that set only.
    p.set("t", &[("b", ARTICLE_B)]);
    p.file("out2/s", "not a folder");
    let run = p.run(&["run", "--out", "out2", "--keep-going"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_stderr("set `s`, stage `normalise`: cannot write");
    assert!(p.exists("out2/t/reconcile.json"));
    let after = p.snapshot("articles");
    assert!(
        inputs.iter().all(|(k, v)| after.get(k) == Some(v)),
        "inputs changed"
    );
}

#[test]
#[cfg_attr(no_python, ignore = "needs python3, absent when built")]
fn a_second_run_on_the_same_output_folder_refuses() {
    let p = Project::new();
    p.set("s", &[("a", ARTICLE_A)]);
    p.file(
        "slow.py",
        "import sys, time\nsys.stdin.read()\ntime.sleep(3)\nprint('{}')\n",
    );
    if !util::have_python() {
        return;
    }
    p.file("pipeline.yaml", &external_pipeline("slow.py", ""));
    let mut first = corroborate()
        .arg("run")
        .current_dir(p.path())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    // The first run holds the lock once its lock file exists (and a moment after).
    let deadline = Instant::now() + Duration::from_secs(30);
    while !p.exists("out/.lock") && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(300));
    let second = p.run(&["run"]);
    let _ = first.wait();
    assert_eq!(second.code, 2, "{}", second.stderr);
    second.assert_stderr("another corroborate run is using the output folder");
}

/// A small deterministic generator for kill moments.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn killing_a_run_at_random_moments_then_rerunning_gives_the_same_output() {
    let p = Project::new();
    for i in 0..240 {
        let extra = format!(
            "\n\nUpdate {i}: {} people were injured, officials said.",
            i % 17 + 2
        );
        p.set(
            &format!("set{i:03}"),
            &[
                ("a", &format!("{ARTICLE_A}{extra}")),
                ("b", ARTICLE_B),
                ("c", ARTICLE_C),
            ],
        );
    }
    let started = Instant::now();
    p.run(&["run", "--out", "reference"]).ok();
    let full = started.elapsed().as_micros() as u64;
    let reference = p.snapshot("reference");
    let mut rng = Lcg(42);
    for _ in 0..20 {
        let mut child = corroborate()
            .args(["run", "--keep-going"])
            .current_dir(p.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_micros(rng.next() % full.max(1)));
        let _ = child.kill();
        let _ = child.wait();
    }
    p.run(&["run"]).ok();
    assert_eq!(p.snapshot("out"), reference);
    let leftovers = util::temporaries(&p.path().join("out"));
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn set_order_on_disk_does_not_change_outputs() {
    let p = Project::new();
    for name in ["zeta", "alpha", "mid"] {
        p.set(name, &[("a", ARTICLE_A), ("c", ARTICLE_C)]);
    }
    p.run(&["run", "--out", "first"]).ok();
    let q = Project::new();
    for name in ["mid", "alpha", "zeta"] {
        q.set(name, &[("c", ARTICLE_C), ("a", ARTICLE_A)]);
    }
    q.run(&["run", "--out", "first"]).ok();
    let strip = |m: std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>| -> Vec<_> {
        m.into_iter()
            .filter(|(k, _)| !k.ends_with("manifest.json"))
            .collect()
    };
    assert_eq!(strip(p.snapshot("first")), strip(q.snapshot("first")));
}
