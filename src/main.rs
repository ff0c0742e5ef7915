//! The `baocao` binary: parses the command line, chooses the language of
//! its messages, runs the command, prints an error once and maps it to the
//! exit codes of SPEC section 10.

use baocao::cli::{Cli, Command, Lang};
use baocao::cmd;
use baocao::messages::{MessageLang, Say, error_prefix};
use clap::Parser;

/// The command line is wrong.
const EXIT_USAGE: i32 = 2;
/// An internal or I/O failure.
const EXIT_INTERNAL: i32 = 3;

fn main() {
    let cli = Cli::parse(); // exits with code 2 on a usage error
    let flag = cli.lang.map(|l| match l {
        Lang::Vi => MessageLang::Vi,
        Lang::En => MessageLang::En,
    });
    let env = std::env::var("BAOCAO_LANG").ok();
    let site_first = match &cli.command {
        // A new site is Vietnamese unless asked otherwise.
        Command::Init(_) => Some("vi".to_string()),
        command => baocao::config::peek_first_language(command.root()),
    };
    let lang = MessageLang::choose(flag, env.as_deref(), site_first.as_deref());
    let verbosity = match (cli.quiet, cli.verbose) {
        (true, _) => cmd::Verbosity::Quiet,
        (_, true) => cmd::Verbosity::Verbose,
        _ => cmd::Verbosity::Normal,
    };
    let result = match &cli.command {
        Command::Build(args) => cmd::build::run(args, lang, verbosity),
        Command::Check(args) => cmd::check::run(args, lang, verbosity),
        Command::Explain(args) => cmd::explain::run(args, lang),
        Command::Init(args) => cmd::init::run(&args.dir, lang, lang),
        Command::New(args) => {
            let content = cli.lang.map(|l| match l {
                Lang::Vi => "vi",
                Lang::En => "en",
            });
            cmd::new::run(args, content, lang)
        }
        Command::Schema(args) => cmd::schema::run(args, lang),
        Command::Serve(args) => cmd::serve::run(args, lang, verbosity),
    };
    let code = match result {
        Ok(code) => code,
        Err(e) => match e.downcast_ref::<cmd::UsageError>() {
            Some(usage) => {
                eprintln!("{}{}", error_prefix(lang), usage.0.text(lang));
                EXIT_USAGE
            }
            None => {
                let text = match e.downcast_ref::<Say>() {
                    Some(say) => say.text(lang),
                    None => format!("{e:#}"),
                };
                eprintln!("{}{text}", error_prefix(lang));
                EXIT_INTERNAL
            }
        },
    };
    std::process::exit(code);
}
