//! Parsing and checking a pipeline file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use marked_yaml::types::{MarkedMappingNode, MarkedScalarNode};
use marked_yaml::{LoadError, Node, Span};
use serde_json::Value;
use stages::{ParamType, Params, RecordKind};

use super::error::{did_you_mean, ConfigError, ConfigErrors};
use super::{Dep, ExternalCommand, Pipeline, StageConfig, Uses};

const TOP_KEYS: &[&str] = &["input", "output", "stages"];
const STAGE_KEYS: &[&str] = &[
    "name",
    "uses",
    "after",
    "with",
    "needs",
    "provides",
    "timeout_s",
    "max_output_mb",
    "allow_empty",
    "deps",
];
const EXTERNAL_ONLY: &[&str] = &[
    "needs",
    "provides",
    "timeout_s",
    "max_output_mb",
    "allow_empty",
];
/// Larger pipeline files are refused before parsing.
const MAX_FILE_BYTES: usize = 1 << 20;

/// Parses and checks `text`, read from `file`. Relative `input`/`output` paths
/// are taken relative to the file's folder.
pub fn parse(file: &Path, text: &str) -> Result<Pipeline, ConfigErrors> {
    let mut errs = Errors::default();
    let base = file.parent().map(Path::to_path_buf).unwrap_or_default();
    let pipeline = check(text, &base, &mut errs);
    match pipeline {
        Some(p) if errs.0.is_empty() => Ok(p),
        _ => Err(ConfigErrors {
            file: file.to_path_buf(),
            errors: errs.0,
        }),
    }
}

#[derive(Default)]
struct Errors(Vec<ConfigError>);

impl Errors {
    fn at(&mut self, span: &Span, message: impl Into<String>) {
        let (line, column) = span.start().map_or((1, 1), |m| (m.line(), m.column()));
        self.0.push(ConfigError {
            line,
            column,
            message: message.into(),
        });
    }
}

/// A stage as written, before its references are resolved.
struct RawStage<'a> {
    node: &'a MarkedMappingNode,
    name: Option<&'a MarkedScalarNode>,
    uses: Option<Uses>,
    after: Option<Vec<&'a MarkedScalarNode>>,
    needs: Option<Vec<RecordKind>>,
    provides: Option<RecordKind>,
    params: Params,
    deps: Vec<Dep>,
}

fn check(text: &str, base: &Path, errs: &mut Errors) -> Option<Pipeline> {
    if text.len() > MAX_FILE_BYTES {
        errs.0.push(ConfigError {
            line: 1,
            column: 1,
            message: format!(
                "the file is {} bytes; a pipeline file may hold at most {MAX_FILE_BYTES}",
                text.len()
            ),
        });
        return None;
    }
    if text.trim().is_empty() {
        errs.0.push(ConfigError {
            line: 1,
            column: 1,
            message: "the file is empty; expected a mapping with a `stages:` list".into(),
        });
        return None;
    }
    let root = match marked_yaml::parse_yaml(0, text) {
        Ok(root) => root,
        Err(e) => {
            errs.0.push(load_error(&e));
            return None;
        }
    };
    let Some(top) = root.as_mapping() else {
        errs.at(
            root.span(),
            "expected a mapping with `input`, `output` and `stages` keys",
        );
        return None;
    };
    for key in top.keys() {
        if !TOP_KEYS.contains(&key.as_str()) {
            errs.at(
                key.span(),
                format!(
                    "unknown key `{}`; expected one of {}{}",
                    key.as_str(),
                    list(TOP_KEYS),
                    did_you_mean(key, TOP_KEYS.iter().copied())
                ),
            );
        }
    }
    let input = path_value(top, "input", "articles", base, errs);
    let output = path_value(top, "output", "out", base, errs);
    let Some(stages_node) = top.get_node("stages") else {
        errs.at(top.span(), "missing key `stages`: a list of stages to run");
        return None;
    };
    let Some(seq) = stages_node.as_sequence() else {
        errs.at(stages_node.span(), "`stages` must be a list of stages");
        return None;
    };
    if seq.is_empty() {
        errs.at(
            stages_node.span(),
            "`stages` is empty; list at least one stage",
        );
        return None;
    }
    let raws: Vec<RawStage> = seq
        .iter()
        .filter_map(|n| raw_stage(n, base, errs))
        .collect();
    let stages = resolve(&raws, errs)?;
    Some(Pipeline {
        input,
        output,
        stages,
    })
}

fn load_error(e: &LoadError) -> ConfigError {
    let (marker, message) = match e {
        LoadError::TopLevelMustBeMapping(m) => {
            (m, "expected a mapping at the top level".to_string())
        }
        LoadError::TopLevelMustBeSequence(m) => {
            (m, "expected a sequence at the top level".to_string())
        }
        LoadError::UnexpectedAnchor(m) => (
            m,
            "anchors and aliases (`&x`, `*x`) are not supported in pipeline files".to_string(),
        ),
        LoadError::MappingKeyMustBeScalar(m) => {
            (m, "a mapping key must be a plain value".to_string())
        }
        LoadError::UnexpectedTag(m) => (
            m,
            "tags (`!x`) are not supported in pipeline files".to_string(),
        ),
        LoadError::ScanError(m, se) => (m, format!("YAML syntax error: {}", se.info())),
        LoadError::DuplicateKey(d) => {
            let m = d
                .key
                .span()
                .start()
                .copied()
                .unwrap_or_else(|| marked_yaml::Marker::new(0, 0, 1, 1));
            return ConfigError {
                line: m.line(),
                column: m.column(),
                message: format!("duplicate key `{}`", d.key.as_str()),
            };
        }
    };
    ConfigError {
        line: marker.line(),
        column: marker.column(),
        message,
    }
}

fn path_value(
    top: &MarkedMappingNode,
    key: &str,
    default: &str,
    base: &Path,
    errs: &mut Errors,
) -> PathBuf {
    match top.get_node(key) {
        None => base.join(default),
        Some(Node::Scalar(s)) if !s.as_str().is_empty() => base.join(s.as_str()),
        Some(n) => {
            errs.at(
                n.span(),
                format!("`{key}` must be a folder path (a string)"),
            );
            base.join(default)
        }
    }
}

fn raw_stage<'a>(node: &'a Node, base: &Path, errs: &mut Errors) -> Option<RawStage<'a>> {
    let Some(map) = node.as_mapping() else {
        errs.at(
            node.span(),
            "a stage must be a mapping with at least `name` and `uses`",
        );
        return None;
    };
    for key in map.keys() {
        if !STAGE_KEYS.contains(&key.as_str()) {
            errs.at(
                key.span(),
                format!(
                    "unknown stage key `{}`; expected one of {}{}",
                    key.as_str(),
                    list(STAGE_KEYS),
                    did_you_mean(key, STAGE_KEYS.iter().copied())
                ),
            );
        }
    }
    let name = match map.get_node("name") {
        None => {
            errs.at(map.span(), "stage has no `name`");
            None
        }
        Some(Node::Scalar(s)) => {
            if is_plain_name(s.as_str()) {
                Some(s)
            } else {
                errs.at(
                    s.span(),
                    format!(
                        "stage name `{}` must be a plain file name: letters, digits, `_` or `-`",
                        s.as_str()
                    ),
                );
                None
            }
        }
        Some(n) => {
            errs.at(n.span(), "`name` must be a string");
            None
        }
    };
    let uses = match map.get_node("uses") {
        None => {
            errs.at(map.span(), "stage has no `uses`: a built-in kind such as `sentences.v1`, or `command: [program, args...]`");
            None
        }
        Some(n) => uses(n, map, errs),
    };
    if let Some(Uses::Builtin(_)) = uses {
        for key in map.keys() {
            if EXTERNAL_ONLY.contains(&key.as_str()) {
                errs.at(
                    key.span(),
                    format!(
                        "`{}` applies to external (`command:`) stages only",
                        key.as_str()
                    ),
                );
            }
        }
    }
    let after = map.get_node("after").map(|n| string_list(n, "after", errs));
    let needs = map.get_node("needs").map(|n| {
        string_list(n, "needs", errs)
            .iter()
            .map(|s| RecordKind::from_name(s))
            .collect()
    });
    let provides = match map.get_node("provides") {
        Some(Node::Scalar(s)) if is_plain_name(s.as_str()) => Some(RecordKind::from_name(s)),
        Some(n) => {
            errs.at(
                n.span(),
                "`provides` must be a record kind name (letters, digits, `_` or `-`)",
            );
            None
        }
        None => None,
    };
    let params = match (&uses, map.get_node("with")) {
        (Some(Uses::Builtin(spec)), Some(with)) => params(with, spec, errs),
        (Some(Uses::External(_)), Some(with)) => match with.as_mapping() {
            Some(m) => m
                .iter()
                .map(|(k, v)| (k.as_str().to_string(), untyped(v)))
                .collect(),
            None => {
                errs.at(with.span(), "`with` must be a mapping of parameters");
                Params::new()
            }
        },
        _ => Params::new(),
    };
    let deps = map
        .get_node("deps")
        .map(|n| {
            string_list(n, "deps", errs)
                .into_iter()
                .filter_map(|s| {
                    if s.as_str().is_empty() {
                        errs.at(s.span(), "`deps` must list file paths");
                        return None;
                    }
                    Some(Dep {
                        name: s.as_str().to_string(),
                        path: base.join(s.as_str()),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    Some(RawStage {
        node: map,
        name,
        uses,
        after,
        needs,
        provides,
        params,
        deps,
    })
}

fn uses(node: &Node, stage: &MarkedMappingNode, errs: &mut Errors) -> Option<Uses> {
    match node {
        Node::Scalar(s) => match stages::find_kind(s.as_str()) {
            Some(spec) => Some(Uses::Builtin(spec)),
            None => {
                let kinds = stages::kinds();
                let names: Vec<&str> = kinds.iter().map(|k| k.kind).collect();
                errs.at(
                    s.span(),
                    format!(
                        "unknown stage kind `{}`; known kinds: {}{}",
                        s.as_str(),
                        list(&names),
                        did_you_mean(s, names.iter().copied())
                    ),
                );
                None
            }
        },
        Node::Mapping(m) => {
            for key in m.keys() {
                if key.as_str() != "command" {
                    errs.at(
                        key.span(),
                        format!(
                            "unknown key `{}` in `uses`; expected `command`",
                            key.as_str()
                        ),
                    );
                }
            }
            let Some(cmd) = m.get_node("command") else {
                errs.at(
                    m.span(),
                    "`uses` of an external stage needs `command: [program, args...]`",
                );
                return None;
            };
            let argv = string_list(cmd, "command", errs);
            if argv.is_empty() {
                errs.at(cmd.span(), "`command` must name a program");
                return None;
            }
            let timeout_s = number(stage, "timeout_s", 600.0, errs);
            let max_output_mb = number(stage, "max_output_mb", 1024.0, errs);
            Some(Uses::External(ExternalCommand {
                argv: argv.into_iter().map(|s| s.to_string()).collect(),
                timeout_s,
                max_output_bytes: (max_output_mb * 1024.0 * 1024.0) as u64,
                allow_empty: flag(stage, "allow_empty", errs),
            }))
        }
        Node::Sequence(s) => {
            errs.at(s.span(), "`uses` must be a stage kind such as `sentences.v1`, or `command: [program, args...]`");
            None
        }
    }
}

fn number(map: &MarkedMappingNode, key: &str, default: f64, errs: &mut Errors) -> f64 {
    match map.get_node(key) {
        None => default,
        Some(Node::Scalar(s)) => match s.as_f64() {
            Some(v) if v > 0.0 && v.is_finite() => v,
            _ => {
                errs.at(s.span(), format!("`{key}` must be a positive number"));
                default
            }
        },
        Some(n) => {
            errs.at(n.span(), format!("`{key}` must be a positive number"));
            default
        }
    }
}

fn flag(map: &MarkedMappingNode, key: &str, errs: &mut Errors) -> bool {
    match map.get_node(key) {
        None => false,
        Some(Node::Scalar(s)) if s.as_bool().is_some() => s.as_bool().unwrap_or(false),
        Some(n) => {
            errs.at(n.span(), format!("`{key}` must be true or false"));
            false
        }
    }
}

/// A string or a list of strings.
fn string_list<'a>(node: &'a Node, key: &str, errs: &mut Errors) -> Vec<&'a MarkedScalarNode> {
    match node {
        Node::Scalar(s) => vec![s],
        Node::Sequence(seq) => seq
            .iter()
            .filter_map(|n| match n {
                Node::Scalar(s) => Some(s),
                other => {
                    errs.at(other.span(), format!("`{key}` must list plain strings"));
                    None
                }
            })
            .collect(),
        Node::Mapping(m) => {
            errs.at(
                m.span(),
                format!("`{key}` must be a string or a list of strings"),
            );
            Vec::new()
        }
    }
}

fn params(with: &Node, spec: &stages::StageSpec, errs: &mut Errors) -> Params {
    let mut out = Params::new();
    let Some(map) = with.as_mapping() else {
        errs.at(
            with.span(),
            format!("`with` must be a mapping of parameters of `{}`", spec.kind),
        );
        return out;
    };
    let names: Vec<&str> = spec.params.iter().map(|p| p.name).collect();
    for (key, value) in map.iter() {
        let Some(p) = spec.params.iter().find(|p| p.name == key.as_str()) else {
            let accepted = if names.is_empty() {
                "it takes no parameters".to_string()
            } else {
                format!("it accepts {}", list(&names))
            };
            errs.at(
                key.span(),
                format!(
                    "unknown parameter `{}` for `{}`; {accepted}{}",
                    key.as_str(),
                    spec.kind,
                    did_you_mean(key, names.iter().copied())
                ),
            );
            continue;
        };
        match typed(value, p.ty) {
            Some(v) => {
                out.insert(p.name.to_string(), v);
            }
            None => errs.at(
                value.span(),
                format!(
                    "parameter `{}` of `{}` must be {}",
                    p.name,
                    spec.kind,
                    p.ty.describe()
                ),
            ),
        }
    }
    out
}

/// Converts a YAML value to JSON guided by the parameter's declared type.
fn typed(node: &Node, ty: ParamType) -> Option<Value> {
    match (ty, node) {
        (ParamType::Bool, Node::Scalar(s)) => s.as_bool().map(Value::Bool),
        (ParamType::Integer, Node::Scalar(s)) => s.as_i64().map(Value::from),
        (ParamType::Number, Node::Scalar(s)) => s
            .as_f64()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        (ParamType::String, Node::Scalar(s)) => Some(Value::String(s.as_str().to_string())),
        (ParamType::StringList, Node::Sequence(seq)) => seq
            .iter()
            .map(|n| n.as_scalar().map(|s| Value::String(s.as_str().to_string())))
            .collect::<Option<Vec<_>>>()
            .map(Value::Array),
        _ => None,
    }
}

/// Converts a YAML value to JSON with no schema (parameters of external stages).
fn untyped(node: &Node) -> Value {
    match node {
        Node::Scalar(s) => {
            if let Some(b) = s.as_bool() {
                Value::Bool(b)
            } else if let Some(i) = s.as_i64() {
                Value::from(i)
            } else if let Some(f) = s.as_f64().and_then(serde_json::Number::from_f64) {
                Value::Number(f)
            } else {
                Value::String(s.as_str().to_string())
            }
        }
        Node::Sequence(seq) => Value::Array(seq.iter().map(untyped).collect()),
        Node::Mapping(m) => Value::Object(
            m.iter()
                .map(|(k, v)| (k.as_str().to_string(), untyped(v)))
                .collect(),
        ),
    }
}

/// Resolves names, `after` references, run order and record inputs.
fn resolve(raws: &[RawStage], errs: &mut Errors) -> Option<Vec<StageConfig>> {
    let mut by_name: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, r) in raws.iter().enumerate() {
        if let Some(name) = r.name {
            if by_name.insert(name.as_str(), i).is_some() {
                errs.at(name.span(), format!("duplicate stage name `{}`; stage names must be unique (each names an output file)", name.as_str()));
            }
        }
    }
    let names: Vec<&str> = by_name.keys().copied().collect();
    // Dependencies as indices into `raws`; default: the previous stage.
    let mut deps: Vec<Vec<usize>> = Vec::with_capacity(raws.len());
    for (i, r) in raws.iter().enumerate() {
        let d = match &r.after {
            None => {
                if i == 0 {
                    Vec::new()
                } else {
                    vec![i - 1]
                }
            }
            Some(refs) => refs
                .iter()
                .filter_map(|n| match by_name.get(n.as_str()) {
                    Some(&j) if j == i => {
                        errs.at(
                            n.span(),
                            format!("stage `{}` cannot run after itself", n.as_str()),
                        );
                        None
                    }
                    Some(&j) => Some(j),
                    None => {
                        errs.at(
                            n.span(),
                            format!(
                                "`after` names `{}`, which is not a stage; stages are {}{}",
                                n.as_str(),
                                list(&names),
                                did_you_mean(n, names.iter().copied())
                            ),
                        );
                        None
                    }
                })
                .collect(),
        };
        deps.push(d);
    }
    let order = topological_order(raws, &deps, errs)?;
    if raws.iter().any(|r| r.name.is_none() || r.uses.is_none()) || !errs.0.is_empty() {
        return None;
    }
    let mut position = vec![0; raws.len()];
    for (pos, &i) in order.iter().enumerate() {
        position[i] = pos;
    }
    let mut out: Vec<StageConfig> = Vec::with_capacity(raws.len());
    for &i in &order {
        let r = &raws[i];
        let (name, uses) = (r.name?, r.uses.as_ref()?);
        let (needs, provides) = match uses {
            Uses::Builtin(spec) => (spec.needs.to_vec(), spec.provides.clone()),
            Uses::External(_) => (
                r.needs.clone().unwrap_or_else(|| {
                    deps[i]
                        .iter()
                        .filter_map(|&d| provides_of(&raws[d]))
                        .collect()
                }),
                r.provides
                    .clone()
                    .unwrap_or_else(|| RecordKind::Custom(name.as_str().to_string())),
            ),
        };
        let mut inputs = Vec::new();
        for kind in needs {
            if kind == RecordKind::Articles {
                inputs.push((kind, None));
                continue;
            }
            match nearest_provider(i, &kind, raws, &deps) {
                Some(p) => inputs.push((kind, Some(position[p]))),
                None => errs.at(name.span(), format!(
                    "stage `{}` needs {} records, but no stage it runs after provides them; add the stage that provides them to its `after` list",
                    name.as_str(), kind
                )),
            }
        }
        out.push(StageConfig {
            name: name.as_str().to_string(),
            uses: clone_uses(uses),
            after: deps[i].iter().map(|&d| position[d]).collect(),
            inputs,
            provides,
            params: r.params.clone(),
            deps: r.deps.clone(),
        });
    }
    errs.0.is_empty().then_some(out)
}

fn provides_of(r: &RawStage) -> Option<RecordKind> {
    match r.uses.as_ref()? {
        Uses::Builtin(spec) => Some(spec.provides.clone()),
        Uses::External(_) => {
            let name = r.name?.as_str().to_string();
            Some(r.provides.clone().unwrap_or(RecordKind::Custom(name)))
        }
    }
}

/// The nearest stage upstream of `i` (breadth-first through `after`) providing `kind`.
fn nearest_provider(
    i: usize,
    kind: &RecordKind,
    raws: &[RawStage],
    deps: &[Vec<usize>],
) -> Option<usize> {
    let mut seen = vec![false; raws.len()];
    let mut queue: std::collections::VecDeque<usize> = deps[i].iter().copied().collect();
    while let Some(j) = queue.pop_front() {
        if std::mem::replace(&mut seen[j], true) {
            continue;
        }
        if provides_of(&raws[j]).as_ref() == Some(kind) {
            return Some(j);
        }
        queue.extend(deps[j].iter().copied());
    }
    None
}

/// Kahn's algorithm, stable in declaration order; reports a cycle with its path.
fn topological_order(
    raws: &[RawStage],
    deps: &[Vec<usize>],
    errs: &mut Errors,
) -> Option<Vec<usize>> {
    let n = raws.len();
    let mut done = vec![false; n];
    let mut order = Vec::with_capacity(n);
    while order.len() < n {
        let next = (0..n).find(|&i| !done[i] && deps[i].iter().all(|&d| done[d]));
        match next {
            Some(i) => {
                done[i] = true;
                order.push(i);
            }
            None => {
                let cycle = find_cycle(deps, &done);
                let names: Vec<String> = cycle
                    .iter()
                    .map(|&i| {
                        raws[i]
                            .name
                            .map_or("?".to_string(), |s| s.as_str().to_string())
                    })
                    .collect();
                let first = cycle[0];
                errs.at(
                    raws[first].node.span(),
                    format!("dependency cycle: {}", names.join(" → ")),
                );
                return None;
            }
        }
    }
    Some(order)
}

fn find_cycle(deps: &[Vec<usize>], done: &[bool]) -> Vec<usize> {
    // Every remaining stage has an undone dependency: walking them must loop.
    let mut path: Vec<usize> = Vec::new();
    let mut i = (0..deps.len()).find(|&i| !done[i]).unwrap_or(0);
    loop {
        if let Some(pos) = path.iter().position(|&p| p == i) {
            let mut cycle: Vec<usize> = path[pos..].to_vec();
            cycle.reverse();
            cycle.push(cycle[0]);
            return cycle;
        }
        path.push(i);
        match deps[i].iter().find(|&&d| !done[d]) {
            Some(&d) => i = d,
            None => return path,
        }
    }
}

fn clone_uses(uses: &Uses) -> Uses {
    match uses {
        Uses::Builtin(spec) => Uses::Builtin(
            stages::find_kind(spec.kind).unwrap_or_else(|| unreachable!("kind was found before")),
        ),
        Uses::External(c) => Uses::External(c.clone()),
    }
}

/// A stage or set name that is safe as one path component.
pub fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 100
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

fn list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(yaml: &str) -> Vec<String> {
        match parse(Path::new("pipeline.yaml"), yaml) {
            Ok(_) => Vec::new(),
            Err(e) => e
                .errors
                .iter()
                .map(|e| format!("{}:{}: {}", e.line, e.column, e.message))
                .collect(),
        }
    }

    #[test]
    fn every_accepted_key_is_in_the_readme_reference() {
        let readme = include_str!("../../README.md");
        let reference = readme
            .split("## pipeline.yaml reference")
            .nth(1)
            .and_then(|s| s.split("```yaml\n").nth(1))
            .and_then(|s| s.split("```").next())
            .unwrap_or_default();
        for key in TOP_KEYS.iter().chain(STAGE_KEYS) {
            assert!(
                reference.contains(&format!("{key}:")),
                "`{key}` is accepted but not documented in README's pipeline.yaml reference"
            );
        }
    }

    #[test]
    fn the_default_pipeline_is_valid() {
        let p = parse(Path::new("pipeline.yaml"), super::super::DEFAULT_PIPELINE)
            .map_err(|e| e.to_string())
            .unwrap();
        let names: Vec<&str> = p.stages.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "normalise",
                "sentences",
                "quotes",
                "casualties",
                "reconcile"
            ]
        );
    }

    #[test]
    fn unknown_kind_suggests_the_nearest() {
        let e = errors("stages:\n  - name: n\n    uses: normalize.v1\n");
        assert_eq!(e.len(), 1);
        assert!(
            e[0].starts_with("3:11: unknown stage kind `normalize.v1`"),
            "{e:?}"
        );
        assert!(e[0].contains("did you mean 'normalise.v1'?"), "{e:?}");
    }

    #[test]
    fn every_error_is_reported_at_once() {
        let yaml = "inptu: x\nstages:\n  - name: a\n    uses: normalise.v1\n    with:\n      repair_mojibake: maybe\n      colour: red\n  - name: a\n    uses: sentences.v1\n";
        let e = errors(yaml);
        assert!(
            e.iter()
                .any(|m| m.starts_with("1:1: unknown key `inptu`")
                    && m.contains("did you mean 'input'")),
            "{e:?}"
        );
        assert!(
            e.iter().any(
                |m| m.starts_with("6:24: parameter `repair_mojibake`") && m.contains("boolean")
            ),
            "{e:?}"
        );
        assert!(
            e.iter()
                .any(|m| m.starts_with("7:7: unknown parameter `colour`")),
            "{e:?}"
        );
        assert!(
            e.iter()
                .any(|m| m.starts_with("8:11: duplicate stage name `a`")),
            "{e:?}"
        );
    }

    #[test]
    fn cycles_are_reported_with_their_path() {
        let yaml = "stages:\n  - name: a\n    uses: normalise.v1\n    after: b\n  - name: b\n    uses: sentences.v1\n    after: a\n";
        let e = errors(yaml);
        assert!(
            e.iter().any(|m| m.contains("dependency cycle: a → b → a")
                || m.contains("dependency cycle: b → a → b")),
            "{e:?}"
        );
    }

    #[test]
    fn a_stage_needing_records_nobody_provides_is_an_error() {
        let e = errors("stages:\n  - name: s\n    uses: sentences.v1\n");
        assert!(
            e.iter()
                .any(|m| m.starts_with("2:11: stage `s` needs normalised records")),
            "{e:?}"
        );
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let e = errors("stages: [\n  - name: a\n");
        assert_eq!(e.len(), 1);
        assert!(e[0].contains("YAML syntax error"), "{e:?}");
    }

    #[test]
    fn aliases_are_refused() {
        let e = errors("a: &a [x, x]\nb: &b [*a, *a]\nstages: [*b]\n");
        assert!(e.iter().any(|m| m.contains("anchors and aliases")), "{e:?}");
    }

    #[test]
    fn empty_file_is_an_error() {
        assert_eq!(
            errors("  \n"),
            ["1:1: the file is empty; expected a mapping with a `stages:` list"]
        );
    }

    #[test]
    fn external_stage_defaults() {
        let yaml = "stages:\n  - name: n\n    uses: normalise.v1\n  - name: wc\n    uses:\n      command: [python3, wc.py]\n    timeout_s: 5\n";
        let p = parse(Path::new("p.yaml"), yaml)
            .map_err(|e| e.to_string())
            .unwrap();
        let wc = &p.stages[1];
        assert_eq!(wc.provides, RecordKind::Custom("wc".into()));
        assert_eq!(wc.inputs, vec![(RecordKind::Normalised, Some(0))]);
        match &wc.uses {
            Uses::External(c) => assert_eq!((c.argv.len(), c.timeout_s), (2, 5.0)),
            Uses::Builtin(_) => panic!("expected external"),
        }
    }
}
