//! `baocao explain CODE`: the longer explanation of a message code, with a
//! wrong and a right example, in the chosen language (like `rustc --explain`).

use super::{EXIT_OK, UsageError};
use crate::cli::ExplainArgs;
use crate::messages::explain::explain;
use crate::messages::{MessageLang, Say, severity_word};
use anyhow::{Result, bail};

pub fn run(args: &ExplainArgs, lang: MessageLang) -> Result<i32> {
    let Some(e) = explain(&args.code, lang) else {
        bail!(UsageError(Say::UnknownCode { code: args.code.trim().to_string() }));
    };
    let code = args.code.trim().to_uppercase();
    let code = if code.starts_with("BC") { code } else { format!("BC{code}") };
    let (wrong, right, inside) = match lang {
        MessageLang::En => ("Wrong", "Right", "in"),
        MessageLang::Vi => ("Sai", "Đúng", "trong"),
    };
    let indent = |text: &str| text.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n");
    let place = e.file.place(lang).map(|p| format!(" ({inside} {p})")).unwrap_or_default();
    println!("{code}: {} ({})\n", e.title, severity_word(e.severity, lang));
    println!("{}\n", e.body);
    println!("{wrong}{place}:\n\n{}\n", indent(e.wrong));
    println!("{right}:\n\n{}", indent(e.right));
    Ok(EXIT_OK)
}
