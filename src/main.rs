//! The `baocao` binary: parses the command line, runs the command, prints
//! an error once and maps it to the exit codes of SPEC section 10.

use baocao::cli::{Cli, Command};
use baocao::cmd;
use clap::Parser;

/// The command line is wrong.
const EXIT_USAGE: i32 = 2;
/// An internal or I/O failure.
const EXIT_INTERNAL: i32 = 3;

fn main() {
    let cli = Cli::parse(); // exits with code 2 on a usage error
    let result = match &cli.command {
        Command::Build(args) => cmd::build::run(args),
        Command::Check(args) => cmd::check::run(args),
    };
    let code = match result {
        Ok(code) => code,
        Err(e) if e.downcast_ref::<cmd::build::UsageError>().is_some() => {
            eprintln!("error: {e}");
            EXIT_USAGE
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            EXIT_INTERNAL
        }
    };
    std::process::exit(code);
}
