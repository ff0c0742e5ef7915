//! The floor of a static site build, for `bench/compare.py`: read every
//! Markdown file under a folder, split off its front matter, render the
//! body with pulldown-cmark and write it as HTML, in parallel; no
//! templates, no validation, no lists. What no generator can beat.
//!
//! usage: floor CONTENT_DIR OUT_DIR

use rayon::prelude::*;
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (input, output) = match args.as_slice() {
        [_, i, o] => (PathBuf::from(i), PathBuf::from(o)),
        _ => {
            eprintln!("usage: floor CONTENT_DIR OUT_DIR");
            std::process::exit(2);
        }
    };
    let files: Vec<PathBuf> = walkdir::WalkDir::new(&input)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    let _ = std::fs::remove_dir_all(&output);
    std::fs::create_dir_all(&output).expect("creating the output folder");
    files.par_iter().for_each(|file| {
        let text = std::fs::read_to_string(file).expect("reading a file");
        let body = text
            .strip_prefix("---\n")
            .and_then(|rest| rest.split_once("\n---\n"))
            .map_or(text.as_str(), |(_, body)| body);
        let mut html = String::with_capacity(body.len() * 3 / 2);
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(body));
        let name = file.strip_prefix(&input).expect("inside").with_extension("html");
        let out = output.join(name.to_string_lossy().replace('/', "_"));
        std::fs::write(out, html).expect("writing a file");
    });
    println!("{} files", files.len());
}
