//! The reports, the index and the CSV as a run writes them, through the binary.

mod util;

use util::two_sets;

#[test]
fn the_csv_traces_each_figure_and_keeps_sets_without_casualties() {
    let p = two_sets();
    p.run(&["run"]).ok();
    let csv = p.read("out/casualties.csv");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("set,role,status,nationality,value,approx,rule,articles,article_ids,evidence,report,conflict,competing")
    );
    // The bridge set reports no casualties: one explicit zero row.
    assert!(
        csv.contains(
            "\nbridge,victim,killed,ALL,0,exact,none,0,,,bridge/report.html#casualties,no,\n"
        ),
        "{csv}"
    );
    // Three injured, stated in the fourth sentence of article a (its title is the first).
    assert!(
        csv.contains(
            "\nstorm,victim,injured,ALL,3,exact,single_report,1,a,a:4,storm/report.html#victims-injured-all,no,\n"
        ),
        "{csv}"
    );
    // The anchor the CSV gives is in the report.
    let report = p.read("out/storm/report.html");
    assert!(
        report.contains("<tr id=\"victims-injured-all\">"),
        "{report}"
    );
    assert!(report.contains("<footer>Made by corroborate "));
    assert!(report.contains("normalise (normalise.v1@"));
}

#[test]
#[cfg_attr(no_python, ignore = "needs python3, absent when built")]
fn the_index_titles_each_set_and_flags_a_failed_stage() {
    if !util::have_python() {
        return;
    }
    let p = two_sets();
    p.file(
        "fail.py",
        "import os, sys\nsys.stdin.read()\nif os.environ['CORROBORATE_SET'] == 'bridge':\n    sys.exit(3)\nprint('{\"ok\": 1}')\n",
    );
    p.file(
        "pipeline.yaml",
        "stages:\n  - name: normalise\n    uses: normalise.v1\n  - name: sentences\n    uses: sentences.v1\n  - name: quotes\n    uses: quotes.v1\n  - name: casualties\n    uses: casualties.v1\n    after: sentences\n  - name: reconcile\n    uses: reconcile.v1\n    after: [quotes, casualties]\n  - name: check\n    uses:\n      command: [python3, fail.py]\n    after: sentences\n",
    );
    let run = p.run(&["run", "--keep-going"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let index = p.read("out/index.html");
    assert!(
        index.contains(">Storm hits coast</a><small>storm</small>"),
        "{index}"
    );
    assert!(
        index.contains(">Bridge closed</a><small>bridge</small>"),
        "{index}"
    );
    assert!(index.contains(">failed: check</span>"), "{index}");
    assert!(index.contains("1 failed"), "{index}");
    // `report` rebuilds the same index from the manifests.
    p.run(&["report"]).ok();
    assert_eq!(p.read("out/index.html"), index);
    // A run that does not rerun the failed stage still flags it: its last run failed.
    let again = p.run(&["run", "--stage", "normalise", "--force"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(p.read("out/index.html"), index);
}
