//! corroborate: the engine. Reads `pipeline.yaml`, plans which (stage, set)
//! pairs are stale, runs them in parallel and writes every stage's output
//! under `out/`. The stages themselves live in the `stages` crate and do no I/O.

pub mod add;
mod articles;
pub mod cache;
pub mod cli;
pub mod color;
pub mod config;
pub mod dag;
pub mod execute;
pub mod external;
pub mod index;
pub mod input;
pub mod progress;
mod report_step;
pub mod set_output;
mod set_run;
pub mod status;
pub mod store;
pub mod stream;
