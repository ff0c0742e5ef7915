//! Property tests: the loaders take arbitrary bytes and arbitrary YAML and
//! answer with a value or an error, never a panic, and within a generous
//! time (a guard against hangs, not a speed test).

use baocao::config;
use baocao::load::{SourceFile, Sources, decode};
use baocao::messages::{LinkProblem, MessageLang};
use baocao::render::markdown::{self, MarkdownContext};
use baocao::validate::{ResolveOptions, resolve, split_front_matter};
use proptest::prelude::*;
use std::time::{Duration, Instant};

const HANG: Duration = Duration::from_secs(5);

fn file(path: &str, name: &str, text: &str) -> SourceFile {
    SourceFile { path: path.into(), name: name.into(), text: text.into(), hash: 0 }
}

fn site_config() -> baocao::model::SiteConfig {
    let site = file("content/site.yaml", "site.yaml", "title: { vi: Thử, en: Test }\nlanguages: [vi, en]\n");
    config::resolve(Some(&site), &mut Vec::new()).expect("a valid site.yaml")
}

/// Runs the whole validation on a programme and an article made of `program` and `article`.
fn validate(program: &str, article: &str) {
    let sources = Sources {
        programs: vec![file("content/programs/p.yaml", "p.yaml", program)],
        articles: vec![file("content/articles/a.vi.md", "a.vi.md", article)],
        ..Sources::default()
    };
    let mut diagnostics = Vec::new();
    let site = resolve(sources, site_config(), ResolveOptions::default(), &mut diagnostics);
    // Either a site or at least one error: never silence.
    assert!(site.is_some() || diagnostics.iter().any(|d| d.is_error()));
    for d in &diagnostics {
        assert!(d.file.starts_with("content/") && !d.message.text(MessageLang::En).message.is_empty(), "{d}");
    }
}

/// YAML built from pieces a programme file might hold, nested at random.
fn yaml_value() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "title",
        "summary",
        "owner",
        "period",
        "start",
        "end",
        "indicators",
        "id",
        "target",
        "baseline",
        "progress",
        "year",
        "value",
        "date",
        "vi",
        "en",
        "budget",
        "planned",
        "disbursed",
        "amount",
        "tags",
        "x",
    ]);
    let scalar = prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|f| f.to_string()),
        "[a-zđăâêôơư ]{0,12}".prop_map(|s| format!("\"{s}\"")),
        Just("~".to_string()),
        Just("true".to_string()),
        Just("2019-06-30".to_string()),
        Just("&a x".to_string()),
        Just("*a".to_string()),
    ];
    scalar.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(|items| format!("[{}]", items.join(", "))),
            prop::collection::vec((key.clone(), inner), 0..6).prop_map(|pairs| format!(
                "{{{}}}",
                pairs.into_iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(", ")
            )),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn decoding_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let started = Instant::now();
        if let Ok(text) = decode(&bytes, "content/x.md") {
            let clean = !text.contains('\r') && !text.starts_with('\u{feff}');
            prop_assert!(clean, "a CR or BOM survived decoding");
        }
        prop_assert!(started.elapsed() < HANG);
    }

    #[test]
    fn splitting_front_matter_never_panics(text in "(---\n)?[-a-z: \n]{0,200}(\n---\n)?[^\r]{0,100}") {
        if let Ok((front, body, line)) = split_front_matter(&text) {
            prop_assert!(text.contains(front) && text.ends_with(body) && line >= 3);
        }
    }

    #[test]
    fn arbitrary_text_as_a_programme_or_article(program in "\\PC{0,300}", article in "\\PC{0,300}") {
        let started = Instant::now();
        validate(&program, &article);
        validate(&program, &format!("---\n{article}\n---\nBody\n"));
        prop_assert!(started.elapsed() < HANG);
    }

    #[test]
    fn arbitrary_yaml_as_a_programme(value in yaml_value(), top in yaml_value()) {
        let started = Instant::now();
        let program = format!("title: {value}\nsummary: x\nowner: y\nperiod: {{start: 2018, end: 2020}}\nindicators: {top}\n");
        validate(&program, "---\ntitle: A\ndate: 2019-01-01\n---\n");
        validate(&value, &format!("---\ntitle: {top}\ndate: {value}\n---\n"));
        prop_assert!(started.elapsed() < HANG);
    }

    #[test]
    fn arbitrary_markdown_renders(text in "\\PC{0,400}", links in prop::collection::vec("(@/|/|\\.\\./|#|https?://)[a-z/.#]{0,20}", 0..4)) {
        let mut md = text;
        for l in links {
            md.push_str(&format!(" [x]({l}) ![y]({l}) [^n]\n\n[^n]: note\n"));
        }
        let resolve = |p: &str| if p.starts_with("pages/") { Ok("gioi-thieu/".to_string()) } else { Err(LinkProblem::NotLinkable) };
        let relative = |p: &str| format!("../../{p}");
        let ctx = MarkdownContext { source: "content/articles/a.vi.md", first_line: 5, page: "bai-viet/a/", resolve: &resolve, relative: &relative, id_prefix: "", unsafe_html: false, images: None };
        let out = markdown::render(&md, &ctx);
        for d in &out.diagnostics {
            prop_assert!(d.line >= 5);
        }
    }
}
