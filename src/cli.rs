//! The command line (clap): commands and options of SPEC section 10.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Builds a bilingual static report site from YAML programme data and Markdown articles.
#[derive(Debug, Parser)]
#[command(name = "baocao", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of baocao's own messages, and of the files init and new write [default: BAOCAO_LANG, else the site's first language, else en; init: vi]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// Print errors only
    #[arg(long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print how long each stage took
    #[arg(long, global = true)]
    pub verbose: bool,
}

/// A language of baocao's messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    Vi,
    En,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder
    Build(BuildArgs),
    /// Check the content as a build would, writing nothing
    Check(CheckArgs),
    /// Explain a message code (BC1203), with a wrong and a right example
    Explain(ExplainArgs),
    /// Start a new site in a folder: settings, a programme, an article, pages
    Init(InitArgs),
    /// Write a new article, page or programme file, ready to edit
    New(NewArgs),
    /// Write JSON Schemas of the content files, for editors to check them as you type
    Schema(SchemaArgs),
    /// Preview the site: build it in memory, serve it on this computer, rebuild and reload on every change
    Serve(ServeArgs),
}

impl Command {
    /// The site folder the command works on.
    pub fn root(&self) -> &PathBuf {
        match self {
            Command::Build(a) => &a.root,
            Command::Check(a) => &a.root,
            Command::Explain(a) => &a.root,
            Command::Init(a) => &a.dir,
            Command::New(a) => &a.root,
            Command::Schema(a) => &a.root,
            Command::Serve(a) => &a.root,
        }
    }
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
    /// The day the figures are reported at, e.g. 2026-06-30 (overrides as_of in site.yaml)
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The site's folder (holding content/)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The port to serve on, at 127.0.0.1; the next free one if it is taken (0: any free port)
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// Also show articles and pages marked `draft: true`
    #[arg(long)]
    pub drafts: bool,
    /// Open the site in the web browser
    #[arg(long)]
    pub open: bool,
    /// The day the figures are reported at, e.g. 2026-06-30 (overrides as_of in site.yaml)
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The site's folder (holding content/)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Fail on warnings too (missing translations, unused files)
    #[arg(long)]
    pub strict: bool,
    /// The day the figures are reported at, e.g. 2026-06-30 (overrides as_of in site.yaml)
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The new site's folder, new or empty; its first language is --lang (default vi)
    #[arg(default_value = ".")]
    pub dir: PathBuf,
}

/// What `new` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NewKind {
    Article,
    Page,
    Program,
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// article, page or program
    pub kind: NewKind,
    /// The title, in quotes: "Hội nghị tập huấn" (the file name is made from it)
    #[arg(required_unless_present = "translation_of")]
    pub name: Option<String>,
    /// Start the other language's file of this existing article or page (its file name)
    #[arg(long, value_name = "NAME")]
    pub translation_of: Option<String>,
    /// The site's folder (holding content/)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The code, as printed with a message: BC1203 (or 1203)
    pub code: String,
    /// The site's folder, whose first language is the default language of the explanation
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// The site's folder, whose languages the schemas take
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Where to write the schemas [default: <root>/schemas]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}
