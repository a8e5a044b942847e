//! Stage parameters: each stage kind declares the keys its `with:` block
//! accepts, so the engine can check a whole `pipeline.yaml` (unknown keys, wrong
//! types) before anything runs and report every problem with its position.

use serde::de::DeserializeOwned;

/// The validated `with:` block of one stage, as JSON values.
pub type Params = serde_json::Map<String, serde_json::Value>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    Bool,
    Integer,
    Number,
    String,
    StringList,
}

impl ParamType {
    pub fn describe(self) -> &'static str {
        match self {
            ParamType::Bool => "a boolean (true or false)",
            ParamType::Integer => "a whole number",
            ParamType::Number => "a number",
            ParamType::String => "a string",
            ParamType::StringList => "a list of strings",
        }
    }

    /// Whether `value` is of this type.
    pub fn accepts(self, value: &serde_json::Value) -> bool {
        use serde_json::Value;
        match self {
            ParamType::Bool => value.is_boolean(),
            ParamType::Integer => value.is_i64() || value.is_u64(),
            ParamType::Number => value.is_number(),
            ParamType::String => value.is_string(),
            ParamType::StringList => match value {
                Value::Array(items) => items.iter().all(Value::is_string),
                _ => false,
            },
        }
    }
}

/// One key a stage kind accepts in its `with:` block.
#[derive(Debug, Clone, Copy)]
pub struct ParamSpec {
    pub name: &'static str,
    pub ty: ParamType,
    pub help: &'static str,
}

/// Turns validated parameters into a stage's typed parameter struct.
pub fn typed<T: DeserializeOwned>(params: &Params) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::Object(params.clone())).map_err(|e| e.to_string())
}
