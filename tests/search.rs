//! Search through the real binary: the ranking table of
//! `tests/search/cases.json` on the search fixture's built index (the
//! browser suite runs the same table through the page's script), and what
//! the search pages hold.

mod common;

use baocao::search::index::{Core, read_core, search};
use common::*;
use std::collections::BTreeMap;

const FIXTURE: &str = "tests/fixtures/search/site";

fn built(extra: &[&str]) -> (tempfile::TempDir, BTreeMap<String, Vec<u8>>) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    build(&repo().join(FIXTURE), &out, extra);
    let t = tree(&out);
    (dir, t)
}

/// The core index beside the search page at `page` (`tim-kiem/`).
fn core(t: &BTreeMap<String, Vec<u8>>, page: &str) -> Core {
    let (_, bytes) = t
        .iter()
        .find(|(path, _)| path.strip_prefix(page).is_some_and(|f| f.starts_with("search-index.")))
        .unwrap_or_else(|| panic!("no index beside {page}"));
    read_core(std::str::from_utf8(bytes).unwrap()).expect("a core index file")
}

#[test]
fn the_ranking_table() {
    let (_dir, t) = built(&[]);
    let cores = [("vi", core(&t, "tim-kiem/")), ("en", core(&t, "en/search/"))];
    let cases: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join("tests/search/cases.json")).unwrap()).unwrap();
    let rank = cases["rank"].as_array().unwrap();
    assert!(rank.len() >= 10, "the table has {} ranking cases", rank.len());
    let mut failed = Vec::new();
    for case in rank {
        let lang = case["lang"].as_str().unwrap();
        let query = case["query"].as_str().unwrap();
        let core = &cores.iter().find(|(l, _)| *l == lang).unwrap().1;
        let got: Vec<&str> = search(core, query).into_iter().map(|d| core.titles[d].as_str()).collect();
        let expected: Vec<&str> = case["titles"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        if got != expected {
            failed.push(format!("{lang} {query:?}: got {got:?}, expected {expected:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
