//! Colour in terminal output: `--color auto|always|never`, and `NO_COLOR`
//! (<https://no-color.org>) for `auto`. An explicit `--color always` wins over
//! `NO_COLOR`, as that convention asks of command-line flags.

use std::io::IsTerminal;
use std::sync::OnceLock;

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum When {
    /// When the stream is a terminal and NO_COLOR is unset or empty.
    #[default]
    Auto,
    Always,
    Never,
}

/// A colour for one kind of word.
#[derive(Debug, Clone, Copy)]
pub enum Paint {
    Good,
    Warn,
    Bad,
    Dim,
}

static CHOICE: OnceLock<(bool, bool)> = OnceLock::new();

/// Decides once, for stdout and stderr, whether they get colour.
pub fn init(when: When) {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let decide = |terminal: bool| match when {
        When::Always => true,
        When::Never => false,
        When::Auto => terminal && !no_color,
    };
    let _ = CHOICE.set((
        decide(std::io::stdout().is_terminal()),
        decide(std::io::stderr().is_terminal()),
    ));
}

fn paint(on: bool, text: &str, paint: Paint) -> String {
    if !on {
        return text.to_string();
    }
    let code = match paint {
        Paint::Good => "32",
        Paint::Warn => "33",
        Paint::Bad => "31",
        Paint::Dim => "2",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

/// `text` coloured for stdout, when stdout gets colour.
pub fn out(text: &str, p: Paint) -> String {
    paint(CHOICE.get().is_some_and(|c| c.0), text, p)
}

/// `text` coloured for stderr, when stderr gets colour.
pub fn err(text: &str, p: Paint) -> String {
    paint(CHOICE.get().is_some_and(|c| c.1), text, p)
}

/// The `--color` value given on the command line, if any, read before clap
/// parses it so that clap's own help and errors follow it too.
pub fn from_args(args: &[std::ffi::OsString]) -> When {
    let mut when = When::Auto;
    let mut iter = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = iter.next() {
        let value = match arg.strip_prefix("--color") {
            Some("") => iter.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        when = match value {
            Some("always") => When::Always,
            Some("never") => When::Never,
            Some("auto") => When::Auto,
            _ => when,
        };
    }
    when
}
