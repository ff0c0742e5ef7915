//! The command line (clap): commands and options of SPEC section 10.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Builds a bilingual static report site from YAML programme data and Markdown articles.
#[derive(Debug, Parser)]
#[command(name = "baocao", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder
    Build(BuildArgs),
    /// Check the content as a build would, writing nothing
    Check(CheckArgs),
}

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The site's folder (holding content/)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Where to write the site [default: <root>/output]
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Also build articles and pages marked `draft: true`
    #[arg(long)]
    pub drafts: bool,
    /// Make links end in index.html, so the site works opened from disk
    #[arg(long)]
    pub offline: bool,
    /// The address the site is published at (overrides base_url in site.yaml)
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The site's folder (holding content/)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Fail on warnings too (missing translations, unused files)
    #[arg(long)]
    pub strict: bool,
}
