//! `corroborate dag`: the pipeline's graph, as text or as Graphviz DOT.

use crate::config::{Pipeline, StageConfig, Uses};

/// What a stage is, for people: `sentences.v1` or `command: python3 x.py`.
fn what(stage: &StageConfig) -> String {
    match &stage.uses {
        Uses::Builtin(spec) => spec.kind.to_string(),
        Uses::External(cmd) => format!("command: {}", cmd.argv.join(" ")),
    }
}

/// Where each input of `stage` comes from: (`articles` or the providing stage, record kind).
fn sources<'a>(pipeline: &'a Pipeline, stage: &'a StageConfig) -> Vec<(&'a str, String)> {
    stage
        .inputs
        .iter()
        .map(|(kind, provider)| {
            let from = provider.map_or("articles", |p| pipeline.stages[p].name.as_str());
            (from, kind.name().to_string())
        })
        .collect()
}

/// Stages this one runs after without reading their records (ordering only).
fn order_only(pipeline: &Pipeline, stage: &StageConfig) -> Vec<usize> {
    stage
        .after
        .iter()
        .copied()
        .filter(|a| !stage.inputs.iter().any(|(_, p)| *p == Some(*a)))
        .filter(|&a| a < pipeline.stages.len())
        .collect()
}

/// One line per stage in run order, with what it reads and from where; then the report.
pub fn text(pipeline: &Pipeline, report_source: Option<usize>) -> String {
    let name_w = pipeline
        .stages
        .iter()
        .map(|s| s.name.len())
        .max()
        .unwrap_or(0);
    let what_w = pipeline
        .stages
        .iter()
        .map(|s| what(s).chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for stage in &pipeline.stages {
        let mut from: Vec<String> = sources(pipeline, stage)
            .into_iter()
            .map(|(from, kind)| {
                if from == kind {
                    from.to_string()
                } else {
                    format!("{from} ({kind})")
                }
            })
            .collect();
        from.extend(
            order_only(pipeline, stage)
                .into_iter()
                .map(|a| format!("after {}", pipeline.stages[a].name)),
        );
        out.push_str(&format!(
            "{:name_w$}  {:what_w$}  <- {}\n",
            stage.name,
            what(stage),
            if from.is_empty() {
                "nothing".to_string()
            } else {
                from.join(", ")
            }
        ));
    }
    if let Some(i) = report_source {
        out.push_str(&format!(
            "{:name_w$}  {:what_w$}  <- {}\n",
            "report", "report.md, report.html, index.html", pipeline.stages[i].name
        ));
    }
    out
}

fn escaped(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn quoted(s: &str) -> String {
    format!("\"{}\"", escaped(s))
}

/// The graph in Graphviz DOT: `corroborate dag --dot | dot -Tsvg > dag.svg`.
pub fn dot(pipeline: &Pipeline, report_source: Option<usize>) -> String {
    let mut out = String::from("digraph corroborate {\n  rankdir=LR;\n  node [shape=box];\n");
    out.push_str("  \"articles\" [shape=folder];\n");
    for stage in &pipeline.stages {
        out.push_str(&format!(
            "  {} [label=\"{}\\n{}\"];\n",
            quoted(&format!("stage:{}", stage.name)),
            escaped(&stage.name),
            escaped(&what(stage))
        ));
    }
    for stage in &pipeline.stages {
        let to = quoted(&format!("stage:{}", stage.name));
        for (from, kind) in sources(pipeline, stage) {
            let from = if from == "articles" {
                quoted("articles")
            } else {
                quoted(&format!("stage:{from}"))
            };
            out.push_str(&format!("  {from} -> {to} [label={}];\n", quoted(&kind)));
        }
        for a in order_only(pipeline, stage) {
            out.push_str(&format!(
                "  {} -> {to} [style=dashed];\n",
                quoted(&format!("stage:{}", pipeline.stages[a].name))
            ));
        }
    }
    if let Some(i) = report_source {
        out.push_str(
            "  \"report\" [shape=note, label=\"report\\nreport.md, report.html, index.html\"];\n",
        );
        out.push_str(&format!(
            "  {} -> \"report\";\n",
            quoted(&format!("stage:{}", pipeline.stages[i].name))
        ));
    }
    out.push_str("}\n");
    out
}
