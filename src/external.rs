//! External stages: a program started once per set, given the set's upstream
//! records as JSON lines on stdin, answering with its own records as JSON
//! lines on stdout. Environment: `CORROBORATE_SET`, `CORROBORATE_STAGE`,
//! `CORROBORATE_PARAMS` (the `with:` block as JSON) and `CORROBORATE_INPUTS`
//! (`kind=count,...`, the record kinds on stdin, in order).
//!
//! Once per set, not once per run: a crash or a bad line then fails one set
//! only, and the per-set cache applies as to built-in stages.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use stages::{Params, Records};

use crate::config::ExternalCommand;

/// Why an external stage failed on one set.
#[derive(Debug, thiserror::Error)]
pub enum ExternalError {
    #[error("cannot start `{program}`: {source}")]
    Spawn {
        program: String,
        source: std::io::Error,
    },
    #[error("timed out after {0} s and was stopped (raise `timeout_s` if it needs longer)")]
    Timeout(f64),
    #[error("wrote more than {0} bytes on stdout and was stopped (raise `max_output_mb` if that is expected)")]
    TooMuchOutput(u64),
    #[error("exited with {status}{stderr}")]
    Exit { status: String, stderr: String },
    #[error("stdout line {line} is not a JSON object ({reason}): {excerpt}")]
    BadLine {
        line: usize,
        reason: String,
        excerpt: String,
    },
    #[error(
        "printed no records for {0} input records (set `allow_empty: true` if that is expected)"
    )]
    Empty(usize),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

pub struct Invocation<'a> {
    pub set: &'a str,
    pub stage: &'a str,
    pub params: &'a Params,
    pub inputs: &'a [(&'a str, &'a Records)],
}

pub fn run(cmd: &ExternalCommand, call: &Invocation<'_>) -> Result<Records, ExternalError> {
    let mut stdin_bytes = Vec::new();
    for (_, records) in call.inputs {
        stdin_bytes.extend_from_slice(&records.to_bytes());
    }
    let inputs_env: Vec<String> = call
        .inputs
        .iter()
        .map(|(k, r)| format!("{k}={}", r.len()))
        .collect();
    let mut child = Command::new(&cmd.argv[0])
        .args(&cmd.argv[1..])
        .env("CORROBORATE_SET", call.set)
        .env("CORROBORATE_STAGE", call.stage)
        .env(
            "CORROBORATE_PARAMS",
            serde_json::Value::Object(call.params.clone()).to_string(),
        )
        .env("CORROBORATE_INPUTS", inputs_env.join(","))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|source| ExternalError::Spawn {
            program: cmd.argv[0].clone(),
            source,
        })?;

    let mut stdin = child.stdin.take();
    let writer = thread::spawn(move || {
        if let Some(stdin) = stdin.as_mut() {
            // A program that stops reading early is its own business: ignore broken pipes.
            let _ = stdin.write_all(&stdin_bytes);
        }
    });
    let limit = cmd.max_output_bytes;
    let over_limit = Arc::new(AtomicBool::new(false));
    let over = Arc::clone(&over_limit);
    let mut stdout = child.stdout.take();
    let reader = thread::spawn(move || -> Vec<u8> {
        let mut buf = Vec::new();
        let Some(out) = stdout.as_mut() else {
            return buf;
        };
        let mut chunk = [0u8; 64 * 1024];
        loop {
            match out.read(&mut chunk) {
                Ok(0) | Err(_) => return buf,
                Ok(n) => {
                    if buf.len() as u64 + n as u64 > limit {
                        over.store(true, Ordering::Relaxed);
                        return buf;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                }
            }
        }
    });
    let mut stderr = child.stderr.take();
    let err_reader = thread::spawn(move || {
        let mut tail: Vec<u8> = Vec::new();
        if let Some(err) = stderr.as_mut() {
            let mut chunk = [0u8; 8192];
            while let Ok(n) = err.read(&mut chunk) {
                if n == 0 {
                    break;
                }
                tail.extend_from_slice(&chunk[..n]);
                if tail.len() > 8192 {
                    tail.drain(..tail.len() - 4096);
                }
            }
        }
        tail
    });

    let deadline = Instant::now() + Duration::from_secs_f64(cmd.timeout_s);
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        let timed_out = Instant::now() >= deadline;
        if timed_out || over_limit.load(Ordering::Relaxed) {
            let _ = child.kill();
            let _ = child.wait();
            let _ = writer.join();
            return Err(if timed_out {
                ExternalError::Timeout(cmd.timeout_s)
            } else {
                ExternalError::TooMuchOutput(limit)
            });
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    let _ = writer.join();
    let stdout_bytes = reader.join().unwrap_or_default();
    let stderr_tail = err_reader.join().unwrap_or_default();
    if over_limit.load(Ordering::Relaxed) {
        return Err(ExternalError::TooMuchOutput(limit));
    }
    if !status.success() {
        let text = String::from_utf8_lossy(&stderr_tail);
        let text = text.trim();
        let stderr = if text.is_empty() {
            String::new()
        } else {
            format!("; its stderr ends with:\n{text}")
        };
        return Err(ExternalError::Exit {
            status: status.to_string(),
            stderr,
        });
    }
    let records = parse_lines(&stdout_bytes)?;
    let given: usize = call.inputs.iter().map(|(_, r)| r.len()).sum();
    if records.is_empty() && given > 0 && !cmd.allow_empty {
        return Err(ExternalError::Empty(given));
    }
    Ok(records)
}

fn parse_lines(bytes: &[u8]) -> Result<Records, ExternalError> {
    let mut rows = Vec::new();
    for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let bad = |reason: String| ExternalError::BadLine {
            line: n + 1,
            reason,
            excerpt: String::from_utf8_lossy(&line[..line.len().min(80)]).into_owned(),
        };
        match serde_json::from_slice::<serde_json::Value>(line) {
            Ok(serde_json::Value::Object(map)) => rows.push(map),
            Ok(_) => return Err(bad("a JSON value but not an object".into())),
            Err(e) => return Err(bad(e.to_string())),
        }
    }
    Ok(Records::Json(rows))
}
