//! The documents made from catalogues: `docs/errors.md`, the list of
//! codes, from the explanations, and `docs/reference.{vi,en}.md`, the
//! content reference, from the catalogue of fields (`baocao::fields`).
//! This renders them and compares, and `BAOCAO_BLESS=1` rewrites them (the
//! same convention as the fixtures of `site.rs`).

use baocao::messages::explain::{Explanation, all_codes, explain};
use baocao::messages::{MessageLang, severity_word};
use std::fmt::Write;

const INTRO: &str = "# Error and warning codes · Mã lỗi và cảnh báo

Every problem baocao reports has a code, such as `BC1203`, that stays the same from release to release. This page explains each one: what is wrong, why baocao refuses or warns, how to fix it, with a wrong and a right example. On the command line, `baocao explain BC1203` prints the same explanation; add `--lang vi` or `--lang en` to choose its language.

Mỗi lỗi hay cảnh báo mà baocao báo đều có một mã, ví dụ `BC1203`, giữ nguyên qua các phiên bản. Trang này giải thích từng mã: sai ở đâu, vì sao baocao từ chối hoặc cảnh báo, cách sửa, kèm một ví dụ viết sai và một ví dụ viết đúng. Trong cửa sổ dòng lệnh, `baocao explain BC1203` in ra đúng phần giải thích này; thêm `--lang vi` hoặc `--lang en` để chọn ngôn ngữ.

<!-- Made from src/messages/explain.rs by tests/docs.rs: edit the catalogue, then run `BAOCAO_BLESS=1 cargo test --test docs`. -->

";

/// One language's explanation: its body, then its examples.
fn section(out: &mut String, e: &Explanation, lang: MessageLang) {
    let (name, wrong, right, inside) = match lang {
        MessageLang::En => ("English", "Wrong", "Right", "in"),
        MessageLang::Vi => ("Tiếng Việt", "Sai", "Đúng", "trong"),
    };
    write!(out, "**{name}.** {}\n\n", e.body).unwrap();
    let place = e.file.place(lang).map(|p| format!(" ({inside} {p})")).unwrap_or_default();
    let syntax = e.file.syntax();
    write!(out, "{wrong}{place}:\n\n```{syntax}\n{}\n```\n\n", e.wrong).unwrap();
    write!(out, "{right}:\n\n```{syntax}\n{}\n```\n\n", e.right).unwrap();
}

fn render() -> String {
    let mut out = String::from(INTRO);
    for code in all_codes() {
        let en = explain(code, MessageLang::En).unwrap();
        let vi = explain(code, MessageLang::Vi).unwrap();
        write!(out, "## {code} — {} / {}\n\n", en.title, vi.title).unwrap();
        let severity = [MessageLang::En, MessageLang::Vi].map(|lang| severity_word(en.severity, lang));
        write!(out, "*{}*\n\n", severity.join(" · ")).unwrap();
        section(&mut out, &en, MessageLang::En);
        section(&mut out, &vi, MessageLang::Vi);
    }
    // One newline at the end, as editors leave it.
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// `expected` is what `docs/<name>` holds (or, blessed, is written there).
fn compare(name: &str, expected: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs").join(name);
    if std::env::var_os("BAOCAO_BLESS").is_some() {
        std::fs::write(&path, expected).unwrap();
    }
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        written == expected,
        "docs/{name} is not what the catalogue gives (BAOCAO_BLESS=1 cargo test --test docs rewrites it)"
    );
}

#[test]
fn the_content_reference_is_the_catalogue_of_fields() {
    for (lang, name) in [(MessageLang::Vi, "reference.vi.md"), (MessageLang::En, "reference.en.md")] {
        let expected = baocao::fields::reference::reference(lang);
        compare(name, &expected);
        for file in &baocao::fields::FILES {
            let title = if lang == MessageLang::Vi { file.title.vi } else { file.title.en };
            assert_eq!(expected.matches(&format!("\n## {title} — ")).count(), 1, "{name}: {title}");
        }
    }
}

#[test]
fn the_list_of_codes_is_the_catalogue() {
    let expected = render();
    compare("errors.md", &expected);
    for code in all_codes() {
        assert_eq!(expected.matches(&format!("\n## {code} — ")).count(), 1, "{code}");
    }
}
