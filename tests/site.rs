//! The whole pipeline, end to end, through the real binary: fixture sites
//! against their expected output trees, and what readers see in the output.

mod common;

use common::*;
use std::collections::BTreeMap;

const FIXTURE: &str = "tests/fixtures/bilingual/site";

fn build_fixture(extra: &[&str]) -> (tempfile::TempDir, BTreeMap<String, Vec<u8>>) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    build(&repo().join(FIXTURE), &out, extra);
    let t = tree(&out);
    (dir, t)
}

/// Each `tests/fixtures/<case>/site` builds to exactly `expected/`: every
/// file byte for byte, none missing, none extra. `BAOCAO_BLESS=1` rewrites
/// the expectations.
#[test]
fn fixtures_build_to_their_expected_trees() {
    let fixtures = repo().join("tests/fixtures");
    let mut cases = 0;
    for entry in std::fs::read_dir(&fixtures).unwrap() {
        let case = entry.unwrap().path();
        if !case.join("site").is_dir() {
            continue;
        }
        cases += 1;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        build(&case.join("site"), &out, &[]);
        let expected_dir = case.join("expected");
        if std::env::var_os("BAOCAO_BLESS").is_some() {
            let _ = std::fs::remove_dir_all(&expected_dir);
            copy_tree(&out, &expected_dir);
        }
        let got = tree(&out);
        let expected = tree(&expected_dir);
        let missing: Vec<&String> = expected.keys().filter(|k| !got.contains_key(*k)).collect();
        let extra: Vec<&String> = got.keys().filter(|k| !expected.contains_key(*k)).collect();
        let differ: Vec<&String> =
            got.iter().filter(|(k, v)| expected.get(*k).is_some_and(|e| e != *v)).map(|(k, _)| k).collect();
        assert!(
            missing.is_empty() && extra.is_empty() && differ.is_empty(),
            "{}: missing {missing:?}, extra {extra:?}, different {differ:?} (BAOCAO_BLESS=1 cargo test to accept)",
            case.display()
        );
    }
    assert!(cases > 0, "no fixtures found");
}

#[test]
fn both_languages_live_at_their_urls() {
    let (_dir, t) = build_fixture(&[]);
    for path in [
        "index.html",
        "en/index.html",
        "chuong-trinh/index.html",
        "chuong-trinh/duong-giao-thong/index.html",
        "en/programs/duong-giao-thong/index.html",
        "bai-viet/index.html",
        "bai-viet/page/2/index.html",
        "en/articles/index.html",
        "bai-viet/mo-duong/index.html",
        "en/articles/opening-roads/index.html",
        "chu-de/duong-giao-thong/index.html",
        "en/tags/roads/index.html",
        "gioi-thieu/index.html",
        "en/about/index.html",
        "atom.xml",
        "en/atom.xml",
        "data/duong-giao-thong.json",
        "data/duong-giao-thong.csv",
        "sitemap.xml",
        "404.html",
        "robots.txt",
        "static/bang.csv",
    ] {
        assert!(t.contains_key(path), "missing {path}");
    }
    assert!(text(&t, "index.html").starts_with("<!DOCTYPE html>\n<html lang=\"vi\">"));
    assert!(text(&t, "en/index.html").starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    // The untranslated article has no English page.
    assert!(!t.contains_key("en/articles/cau-moi/index.html"));
}

#[test]
fn translations_pair_and_switch_languages() {
    let (_dir, t) = build_fixture(&[]);
    let vi = text(&t, "bai-viet/mo-duong/index.html");
    let en = text(&t, "en/articles/opening-roads/index.html");
    // Reciprocal hreflang alternates, absolute because base_url is set.
    for page in [&vi, &en] {
        assert!(
            page.contains(
                "<link rel=\"alternate\" hreflang=\"vi\" href=\"https://example.org/tinh/bai-viet/mo-duong/\">"
            )
        );
        assert!(page.contains(
            "<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/tinh/en/articles/opening-roads/\">"
        ));
    }
    assert!(vi.contains("<link rel=\"canonical\" href=\"https://example.org/tinh/bai-viet/mo-duong/\">"));
    // The switcher leads to the translation.
    assert!(vi.contains("<a href=\"../../en/articles/opening-roads/\" hreflang=\"en\" rel=\"alternate\"><span lang=\"en\">English</span></a>"), "{vi}");
    assert!(en.contains("<a href=\"../../../bai-viet/mo-duong/\" hreflang=\"vi\" rel=\"alternate\"><span lang=\"vi\">Tiếng Việt</span></a>"));
    // Without a translation it leads to the other home, and says so.
    let only_vi = text(&t, "bai-viet/cau-moi/index.html");
    // (the note is in the reader's language, outside the language name)
    assert!(only_vi.contains("<a href=\"../../en/\" hreflang=\"en\" class=\"untranslated\"><span lang=\"en\">English</span> <small>(chưa có bản dịch, đến trang chủ)</small></a>"), "{only_vi}");
    assert!(!only_vi.contains("hreflang=\"en\" href="));
}

#[test]
fn missing_translations_fall_back_marked_with_lang() {
    let (_dir, t) = build_fixture(&[]);
    // A field without English shows the Vietnamese text, marked for screen readers.
    let program = text(&t, "en/programs/duong-giao-thong/index.html");
    assert!(program.contains("<h3 id=\"poverty-title\"><span lang=\"vi\">Tỷ lệ hộ nghèo</span></h3>"));
    // An article without English is listed in English, in Vietnamese, linking to its page.
    let list = text(&t, "en/articles/index.html");
    assert!(
        list.contains("<a href=\"../../bai-viet/cau-moi/\" hreflang=\"vi\"><span lang=\"vi\">Cầu mới</span></a>"),
        "{list}"
    );
    assert!(list.contains("Not yet translated"));
    // Content links fall back to the default language's page.
    let en = text(&t, "en/articles/opening-roads/index.html");
    assert!(en.contains("<a href=\"../../../bai-viet/cau-moi/\">Vietnamese-only article</a>"));
    assert!(en.contains("<a href=\"../../../en/about/\">about page</a>"));
}

#[test]
fn decomposed_text_bom_and_crlf_are_read_as_plain_text() {
    let (_dir, t) = build_fixture(&[]);
    let nfd = text(&t, "bai-viet/khanh-thanh/index.html");
    assert!(nfd.contains("<h1>Khánh thành cầu Đồng Văn</h1>"), "NFD title not composed");
    assert!(nfd.contains("Thứ Sáu, 22 tháng 6, 2018"));
    let crlf = text(&t, "bai-viet/dao-tao/index.html");
    assert!(crlf.contains("<h1>Đào tạo nghề</h1>"));
    assert!(crlf.contains("<p>Bài có BOM và CRLF.</p>"));
    assert!(!crlf.contains('\r') && !crlf.contains('\u{feff}'));
}

#[test]
fn tags_are_slugged_the_vietnamese_way() {
    let (_dir, t) = build_fixture(&[]);
    let tag = text(&t, "chu-de/duong-giao-thong/index.html");
    assert!(tag.contains("<h1>Chủ đề: Đường giao thông</h1>"));
    // The programme tagged `duong-giao-thong` and both articles with the tag are there.
    assert!(tag.contains("../../chuong-trinh/duong-giao-thong/"));
    assert!(tag.contains("../../bai-viet/mo-duong/") && tag.contains("../../bai-viet/cau-moi/"));
    // The topic index lists names in Vietnamese order (Đ after D, H after Đ).
    let index = text(&t, "chu-de/index.html");
    let order: Vec<usize> =
        ["Đào tạo", "Đường giao thông", "Hạ tầng"].iter().map(|n| index.find(&format!(">{n}<")).unwrap()).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

#[test]
fn drafts_are_built_only_when_asked() {
    let (_dir, t) = build_fixture(&[]);
    assert!(!t.contains_key("bai-viet/ban-nhap/index.html"));
    assert!(!t.values().any(|b| String::from_utf8_lossy(b).contains("Bản nháp")));
    let (_dir2, with) = build_fixture(&["--drafts"]);
    assert!(with.contains_key("bai-viet/ban-nhap/index.html"));
}

#[test]
fn article_lists_paginate() {
    let (_dir, t) = build_fixture(&[]);
    // Four Vietnamese articles at two a page: two pages, newest first.
    let first = text(&t, "bai-viet/index.html");
    let second = text(&t, "bai-viet/page/2/index.html");
    assert!(!t.contains_key("bai-viet/page/3/index.html"));
    assert!(first.find("Cầu mới").unwrap() < first.find("Đào tạo nghề").unwrap());
    assert!(second.contains("Mở đường") && second.contains("Khánh thành"));
    assert!(first.contains("<nav class=\"pagination\" aria-label=\"Phân trang\">"));
    assert!(second.contains("<a href=\"../../../bai-viet/\" rel=\"prev\">"));
    assert!(first.contains("<a href=\"../bai-viet/page/2/\" rel=\"next\">"));
}

/// A topic's articles are paginated like the article list: its first page
/// at the topic's address with its programmes, then `page/N/`; the pager
/// links the ends and the pages near the current one.
/// A theme's own copy of a list template from before topics were paged
/// (or without the pager) is warned about while the list has pages it
/// cannot reach, and not once it shows a pager, through a template of its
/// own too, or while the list fits one page.
#[test]
fn a_list_template_without_a_pager_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let site = |per_page: usize| {
        format!(
            "title: Thử\nlanguages: [vi]\nbase_url: https://example.org/\nper_page: {per_page}\ntags:\n  che: Chè\n"
        )
    };
    let article = |i: usize| format!("---\ntitle: Bài {i}\ndate: 2019-01-0{i}\ntags: [che]\n---\nVăn bản {i}.\n");
    let (a1, a2, a3) = (article(1), article(2), article(3));
    let old_tag = "{% extends \"base.html\" %}{% block content %}<h1>{{ tag_name.html | safe }}</h1>{% include \"_entries.html\" %}{% endblock content %}";
    write_files(
        &root,
        &[
            ("content/site.yaml", &site(1)),
            ("content/articles/a1.vi.md", &a1),
            ("content/articles/a2.vi.md", &a2),
            ("content/articles/a3.vi.md", &a3),
            ("themes/default/templates/tag.html", old_tag),
        ],
    );
    let warned = |name: &str| {
        let run = build(&root, &dir.path().join(name), &[]);
        run.stderr.lines().filter(|l| l.contains("BC6007")).map(String::from).collect::<Vec<_>>()
    };
    let found = warned("out1");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("themes/default/templates/tag.html: warning[BC6007]: your theme's template tag.html has no pager: its longest list has 3 pages"),
        "{found:?}"
    );
    // A pager of its own, in a template it includes: no warning.
    write_files(
        &root,
        &[
            (
                "themes/default/templates/tag.html",
                &old_tag.replace("{% endblock", "{% include 'my_pager.html' %}{% endblock"),
            ),
            ("themes/default/templates/my_pager.html", "{% if pagination %}{{ pagination.next }}{% endif %}"),
        ],
    );
    assert!(warned("out2").is_empty());
    // Or in a template of its own that it extends.
    write_files(
        &root,
        &[
            (
                "themes/default/templates/tag.html",
                "{% extends \"list.html\" %}{% block list %}{% include \"_entries.html\" %}{% endblock list %}",
            ),
            (
                "themes/default/templates/list.html",
                "{% extends \"base.html\" %}{% block content %}{% block list %}{% endblock list %}{% include \"_pagination.html\" %}{% endblock content %}",
            ),
        ],
    );
    assert!(warned("out2b").is_empty());
    // The old copy again, with every topic on one page: nothing to warn of.
    write_files(&root, &[("themes/default/templates/tag.html", old_tag), ("content/site.yaml", &site(20))]);
    assert!(warned("out3").is_empty());
}

#[test]
fn topic_pages_paginate_like_the_article_list() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let mut files = vec![
        (
            "content/site.yaml".to_string(),
            "title: { vi: Thử, en: Test }\nlanguages: [vi, en]\nbase_url: https://example.org/\nper_page: 1\ntags:\n  che: { vi: Chè, en: Tea }\n".to_string(),
        ),
        (
            "content/programs/p.yaml".to_string(),
            "title: { vi: Chương trình chè, en: Tea programme }\nsummary: Tóm tắt\nowner: Sở\nperiod: { start: 2018, end: 2020 }\ntags: [che]\nbudget: { planned: 1000000 }\nindicators:\n  - id: models\n    title: Mô hình\n    unit: mô hình\n    target: 10\n    progress: [{ year: 2019, value: 5 }]\n".to_string(),
        ),
    ];
    for i in 1..=10 {
        files.push((
            format!("content/articles/a{i}.vi.md"),
            format!("---\ntitle: Bài số {i}\ndate: 2019-01-{i:02}\ntags: [che]\n---\nVăn bản {i}.\n"),
        ));
        // In English, only the two newest are about tea.
        let tags = if i > 8 { "[che]" } else { "[]" };
        files.push((
            format!("content/articles/a{i}.en.md"),
            format!("---\ntitle: Article {i}\ndate: 2019-01-{i:02}\ntags: {tags}\n---\nText {i}.\n"),
        ));
    }
    let files: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    write_files(&root, &files);
    let out = dir.path().join("out");
    let run = build(&root, &out, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let t = tree(&out);
    check_links(&t, Some("https://example.org/"));
    let page = |n: usize| match n {
        1 => text(&t, "chu-de/che/index.html"),
        n => text(&t, &format!("chu-de/che/page/{n}/index.html")),
    };
    assert!(!t.contains_key("chu-de/che/page/11/index.html") && !t.contains_key("chu-de/che/page/1/index.html"));
    // Newest first, one article a page, each on exactly one page.
    for n in 1..=10 {
        let html = page(n);
        let shown: Vec<usize> = (1..=10).filter(|i| html.contains(&format!(">Bài số {i}</a>"))).collect();
        assert_eq!(shown, vec![11 - n], "page {n}");
        assert_eq!(
            html.contains("<h2 id=\"section_programs\">"),
            n == 1,
            "the programme is on the first page only ({n})"
        );
        let title = if n == 1 {
            "<title>Chủ đề: Chè – Thử</title>".to_string()
        } else {
            format!("<title>Chủ đề: Chè – Trang {n} – Thử</title>")
        };
        assert!(html.contains(&title), "page {n}: {html}");
    }
    // The pager of page 5 of 10: 1 2 3 4 [5] 6 7 … 10, with its neighbours.
    let fifth = page(5);
    let numbers: Vec<&str> =
        fifth.split("aria-label=\"Đến trang ").skip(1).map(|s| &s[..s.find('"').unwrap()]).collect();
    assert_eq!(numbers, ["1", "2", "3", "4", "6", "7", "10"], "{fifth}");
    assert!(fifth.contains("aria-current=\"page\" aria-label=\"Trang 5\">5</a>"));
    assert_eq!(fifth.matches("<li class=\"gap\" aria-hidden=\"true\">…</li>").count(), 1);
    assert!(fifth.contains("<a href=\"../../../../chu-de/che/page/4/\" rel=\"prev\">"), "{fifth}");
    assert!(fifth.contains("<a href=\"../../../../chu-de/che/page/6/\" rel=\"next\">"), "{fifth}");
    assert!(page(1).contains("<a href=\"../../chu-de/che/\" aria-current=\"page\""));
    assert!(!page(10).contains("rel=\"next\""));
    // English has two pages of the topic: page 2's switcher leads to its
    // translation, page 5's to the topic's first page, and says so.
    assert!(t.contains_key("en/tags/che/page/2/index.html") && !t.contains_key("en/tags/che/page/3/index.html"));
    assert!(page(2).contains("<a href=\"../../../../en/tags/che/page/2/\" hreflang=\"en\" rel=\"alternate\">"));
    let to_first = "<a href=\"../../../../en/tags/che/\" hreflang=\"en\" class=\"untranslated\"><span lang=\"en\">English</span> <small>(không có trang này, đến trang đầu)</small></a>";
    assert!(fifth.contains(to_first), "{fifth}");
    assert!(!fifth.contains("hreflang=\"en\" href="), "no alternate for a page English lacks");
    // The article list has the same pager.
    let list = text(&t, "bai-viet/page/5/index.html");
    assert_eq!(list.matches("aria-label=\"Đến trang ").count(), 7, "{list}");
    // Each page is in the sitemap.
    let sitemap = text(&t, "sitemap.xml");
    assert!((2..=10).all(|n| sitemap.contains(&format!("/chu-de/che/page/{n}/</loc>"))), "{sitemap}");
}

#[test]
fn markup_from_yaml_is_escaped_in_every_format() {
    let (_dir, t) = build_fixture(&[]);
    let raw = "<script>alert(1)</script>";
    for (path, bytes) in &t {
        let s = String::from_utf8_lossy(bytes);
        assert!(!s.contains(raw), "{path} holds unescaped markup from YAML");
        assert!(
            !s.contains("<b>thử</b>") && !s.contains("<i>Tests</i>"),
            "{path} holds unescaped markup from site.yaml"
        );
    }
    let html = text(&t, "en/programs/duong-giao-thong/index.html");
    assert!(html.contains("<h1>Rural roads &lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
    assert!(html.contains(
        "<title>Rural roads &lt;script&gt;alert(1)&lt;/script&gt; – Test &lt;b&gt;report&lt;/b&gt; &amp; check</title>"
    ));
    // Feeds and sitemap are well-formed XML with the text escaped.
    assert_eq!(check_xml(&t), 3);
    assert!(text(&t, "atom.xml").contains("<title>Mở đường &lt;mới&gt;</title>"));
    // JSON keeps the text exactly, with markup characters as escapes.
    let json_text = text(&t, "data/duong-giao-thong.json");
    let json: serde_json::Value = serde_json::from_str(&json_text).unwrap();
    assert_eq!(json["title"]["en"], "Rural roads <script>alert(1)</script>");
    assert!(json_text.contains("\\u003cscript\\u003e"));
    // CSV defuses formulas.
    let csv = text(&t, "data/duong-giao-thong.csv");
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.contains(",'=SUM(1) new road km,"), "{csv}");
}

#[test]
fn open_data_has_computed_status() {
    let (_dir, t) = build_fixture(&[]);
    let json: serde_json::Value = serde_json::from_str(&text(&t, "data/duong-giao-thong.json")).unwrap();
    let roads = &json["indicators"][0];
    assert_eq!(roads["latest"], serde_json::json!({ "date": "2020-06-30", "value": 75 }));
    assert_eq!(roads["percent"], 75);
    assert_eq!(roads["status"], "at_risk");
    // A falling indicator: 30 → 10, at 25 after half the time: a quarter of the way.
    let poverty = &json["indicators"][1];
    assert_eq!(poverty["percent"], 25);
    assert_eq!(poverty["status"], "off_track");
    let csv = text(&t, "data/duong-giao-thong.csv");
    // A header, one row per progress point, one row for the indicator without data.
    assert_eq!(csv.lines().count(), 5, "{csv}");
    assert!(
        csv.lines().last().unwrap().starts_with("duong-giao-thong,budget,cumulative,Vốn đối ứng,Matching funds,"),
        "{csv}"
    );
    assert_eq!(json["indicators"][2]["status"], "no_data");
    assert_eq!(json["indicators"][2]["latest"], serde_json::Value::Null);
}

#[test]
fn every_internal_link_resolves_in_the_example_site() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let run = build(&repo(), &out, &[]);
    assert!(run.stdout.starts_with("Built "), "{}", run.stdout);
    let t = tree(&out);
    let checked = check_links(&t, Some("https://example.gov.vn/khuyencong/"));
    assert!(checked > 1000, "only {checked} links checked");
    assert_eq!(check_xml(&t), 3);
    // Every page has one h1, a title and a meta description.
    for (path, bytes) in t.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        assert_eq!(html.matches("<h1").count(), 1, "{path}");
        assert!(html.contains("<title>") && html.contains("<meta name=\"description\" content=\""), "{path}");
    }
}

#[test]
fn fixture_links_resolve_and_offline_links_end_in_index_html() {
    let (_dir, t) = build_fixture(&[]);
    check_links(&t, Some("https://example.org/tinh/"));
    let (_dir2, offline) = build_fixture(&["--offline"]);
    check_links(&offline, Some("https://example.org/tinh/"));
    // An author's own relative link also names the file offline.
    assert!(text(&offline, "bai-viet/mo-duong/index.html").contains("<a href=\"../../gioi-thieu/index.html\">"));
    assert!(text(&t, "bai-viet/mo-duong/index.html").contains("<a href=\"../../gioi-thieu/\">"));
    let home = text(&offline, "en/index.html");
    for href in attributes(&home, "href") {
        if !href.starts_with("http") && !href.starts_with("mailto:") && !href.contains('#') {
            let file = href.rsplit('/').next().unwrap();
            assert!(file.contains('.'), "offline link {href} does not name a file");
        }
    }
}

#[test]
fn ids_are_unique_in_every_page() {
    // The fixture has an indicator named `budget`, like the budget section.
    let (_dir, t) = build_fixture(&[]);
    for (path, bytes) in t.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        let mut ids = attributes(&html, "id");
        let count = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count, "{path} repeats an id");
    }
}

#[test]
fn builds_are_reproducible() {
    let (_a, first) = build_fixture(&[]);
    let (_b, second) = build_fixture(&[]);
    assert!(first == second, "two builds of the same input differ");
}

#[test]
fn a_failed_build_leaves_the_previous_output() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    copy_tree(&repo().join(FIXTURE), &site);
    let out = site.join("output");
    build(&site, &out, &[]);
    let before = tree(&out);
    std::fs::write(site.join("content/programs/duong-giao-thong.yaml"), "title: [unclosed\n").unwrap();
    let run = baocao(&["build", "--root", site.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("content/programs/duong-giao-thong.yaml:1:"), "{}", run.stderr);
    assert!(tree(&out) == before, "the previous output changed");
    let mut names: Vec<_> = std::fs::read_dir(&site).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    assert_eq!(names, [".baocao-cache", "content", "output"], "stray folders left beside the output");
}

#[test]
fn exit_codes_follow_the_spec() {
    assert_eq!(baocao(&["build", "--no-such-flag"]).code, 2);
    assert_eq!(baocao(&["frobnicate"]).code, 2);
    let root = repo().join(FIXTURE);
    // The site folder itself and a folder holding content/ are refused.
    let run = baocao(&["build", "--root", root.to_str().unwrap(), "--output", root.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("refusing to build into the site folder itself"));
    let check = baocao(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(check.stdout.starts_with("No errors: 29 pages would be built; 6 warnings."), "{}", check.stdout);
    assert!(
        check.stderr.contains("content/articles/cau-moi.md:1:1: warning[BC4010]: not translated into `en`"),
        "{}",
        check.stderr
    );
    let strict = baocao(&["check", "--strict", "--root", root.to_str().unwrap()]);
    assert_eq!(strict.code, 1);
    let missing = baocao(&["check", "--root", "/nonexistent/site"]);
    assert_eq!(missing.code, 2, "{}", missing.stderr);
    let bad_url = baocao(&["build", "--root", root.to_str().unwrap(), "--base-url", "example.gov.vn"]);
    assert_eq!(bad_url.code, 2);
    assert!(bad_url.stderr.contains("--base-url example.gov.vn: expected the full address"), "{}", bad_url.stderr);
}

#[test]
fn charts_are_accessible_well_formed_svg() {
    let (_dir, t) = build_fixture(&[]);
    let svgs: Vec<(&String, &Vec<u8>)> =
        t.iter().filter(|(p, _)| p.starts_with("charts/") && p.ends_with(".svg")).collect();
    // Per language: one per indicator (3), the overview, the budget, the home chart.
    assert_eq!(svgs.len(), 12, "{:?}", svgs.iter().map(|s| s.0).collect::<Vec<_>>());
    for (path, bytes) in &svgs {
        let svg = String::from_utf8((*bytes).clone()).unwrap();
        let mut only = BTreeMap::new();
        only.insert(format!("{path}.xml"), bytes.to_vec());
        check_xml(&only);
        let open = &svg[..svg.find('>').unwrap()];
        assert!(open.contains(" viewBox=\"0 0 480 ") && open.contains(" role=\"img\""), "{path}: {open}");
        let labelled = attributes(open, "aria-labelledby")[0];
        for id in labelled.split(' ') {
            assert!(svg.contains(&format!(" id=\"{id}\"")), "{path}: no element {id}");
        }
        assert!(svg.contains("<title id=") && svg.contains("<desc id="), "{path}");
        assert!(!svg.contains("<script"), "{path}");
    }
    // The words say the figures and the status; markup from YAML stays text.
    let roads = text(&t, "charts/duong-giao-thong/roads.en.svg");
    assert!(
        roads.contains(
            "<desc id=\"chart-roads-desc\">100 km targeted by 2020; 75 reached by 30 June 2020 (75%); at risk.</desc>"
        ),
        "{roads}"
    );
    let vi = text(&t, "charts/duong-giao-thong/roads.vi.svg");
    assert!(vi.contains("<desc id=\"chart-roads-desc\">Mục tiêu 100 km vào năm 2020; đạt 75 tính đến ngày 30/06/2020 (75%); có nguy cơ chậm.</desc>"), "{vi}");
    assert!(vi.contains("Km đường &lt;em&gt;mới&lt;/em&gt;"), "markup in a chart label is escaped");
    // Money in the page's language.
    assert!(text(&t, "charts/duong-giao-thong/_budget.vi.svg").contains("1,5 tỷ đồng"));
    assert!(text(&t, "charts/duong-giao-thong/_budget.en.svg").contains("VND 1.5 billion"));
    // Inline in the page too, with a link to the standalone file.
    let page = text(&t, "en/programs/duong-giao-thong/index.html");
    assert!(page.contains("<title id=\"chart-roads-title\">=SUM(1) new road km</title>"));
    assert!(page.contains("href=\"../../../charts/duong-giao-thong/roads.en.svg\""));
}

/// What a standalone chart needs once it is pasted into a document or a
/// slide, with no page around it: text at absolute positions (LibreOffice
/// ignores `dy`), status icons as shapes (no font has to have ✓ or ✕),
/// whole-number ticks on a count axis, a visible title, source and
/// sample-data line, and a PNG twin at twice the size, the same bytes at
/// every build.
#[test]
fn standalone_charts_survive_copy_and_paste() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let files = [
        (
            "content/site.yaml",
            "title: { vi: Thử, en: Test }\nlanguages: [vi, en]\nbase_url: https://example.org/\norganisation: { vi: Sở Công Thương, en: Department of Industry }\n",
        ),
        (
            "content/programs/cum.yaml",
            "title: { vi: Cụm công nghiệp, en: Industrial clusters }\nsummary: Tóm tắt\nowner: { vi: Ban quản lý, en: Management board }\nperiod: { start: 2018, end: 2020 }\nsample_data: true\nindicators:\n  - id: cluster\n    title: { vi: Cụm được xây dựng, en: Clusters built }\n    unit: { vi: cụm, en: clusters }\n    target: 1\n    progress: [{ year: 2019, value: 0 }, { year: 2020, value: 1 }]\n    source: { vi: Báo cáo của Sở, en: The department's report }\n",
        ),
        (
            "content/programs/dien.yaml",
            "title: { vi: Điện nông thôn, en: Rural power }\nsummary: Tóm tắt\nowner: { vi: Công ty Điện lực, en: Power company }\nperiod: { start: 2018, end: 2020 }\nbudget: { planned: 1500000000, disbursed: [{ year: 2019, amount: 500000000 }] }\nindicators:\n  - id: homes\n    title: { vi: Hộ có điện, en: Homes with power }\n    unit: \"%\"\n    baseline: 80\n    target: 98.5\n    progress: [{ year: 2019, value: 90.5 }, { year: 2020, value: 97 }]\n",
        ),
    ];
    write_files(&root, &files);
    let first = tree(&{
        let out = dir.path().join("first");
        build(&root, &out, &[]);
        out
    });
    let second = tree(&{
        let out = dir.path().join("second");
        build(&root, &out, &[]);
        out
    });
    // path → title, source, sample-data line
    let sample_vi = "Số liệu minh hoạ, không phải số liệu chính thức.";
    let sample_en = "Illustrative figures, not official statistics.";
    let expected = [
        ("charts/cum/cluster.vi.svg", "Cụm được xây dựng", "Nguồn: Báo cáo của Sở", Some(sample_vi)),
        ("charts/cum/cluster.en.svg", "Clusters built", "Source: The department's report", Some(sample_en)),
        ("charts/cum/_overview.vi.svg", "Tỷ lệ hoàn thành từng chỉ tiêu", "Nguồn: Ban quản lý", Some(sample_vi)),
        ("charts/cum/_overview.en.svg", "Share of each target reached", "Source: Management board", Some(sample_en)),
        ("charts/dien/homes.vi.svg", "Hộ có điện", "Nguồn: Công ty Điện lực", None),
        ("charts/dien/homes.en.svg", "Homes with power", "Source: Power company", None),
        ("charts/dien/_budget.vi.svg", "Kinh phí dự kiến và đã giải ngân", "Nguồn: Công ty Điện lực", None),
        ("charts/dien/_budget.en.svg", "Budget planned and disbursed", "Source: Power company", None),
        ("charts/_programs.vi.svg", "Tiến độ chung của các chương trình", "Nguồn: Sở Công Thương", Some(sample_vi)),
        (
            "charts/_programs.en.svg",
            "Overall progress of each programme",
            "Source: Department of Industry",
            Some(sample_en),
        ),
    ];
    let svgs: Vec<&String> = first.keys().filter(|p| p.starts_with("charts/") && p.ends_with(".svg")).collect();
    assert_eq!(svgs.len(), expected.len() + 2, "{svgs:?}"); // and the overview of dien
    for path in svgs {
        let svg = text(&first, path);
        assert!(!svg.contains(" dy="), "{path}: text placed with a relative dy");
        for glyph in ['✓', '✕', '→'] {
            assert!(!svg.contains(glyph), "{path}: the icon {glyph} is a glyph, not a shape");
        }
        // The PNG beside it: twice the viewBox, the same bytes at every build.
        let png_path = path.replace(".svg", ".png");
        let png = first.get(&png_path).unwrap_or_else(|| panic!("no {png_path} beside {path}"));
        assert!(second.get(&png_path) == Some(png), "{png_path} differs between two builds");
        let info = png::Decoder::new(std::io::Cursor::new(png.as_slice())).read_info().expect("a PNG").info().clone();
        let view_box: Vec<u32> = attributes(&svg, "viewBox")[0].split(' ').map(|n| n.parse().unwrap()).collect();
        assert_eq!((info.width, info.height), (2 * view_box[2], 2 * view_box[3]), "{png_path}");
    }
    for (path, title, source, sample) in expected {
        let lines = visible_text(&text(&first, path));
        let words = lines.join(" ");
        assert!(words.starts_with(title), "{path}: the title first: {lines:?}");
        assert!(words.ends_with(source), "{path}: the source line last: {lines:?}");
        match sample {
            Some(sample) => assert!(words.contains(sample), "{path}: no sample-data line: {lines:?}"),
            None => assert!(!words.contains("minh hoạ") && !words.contains("Illustrative"), "{path}: {lines:?}"),
        }
    }
    // A count of one: ticks 0 and 1, no fraction.
    for path in ["charts/cum/cluster.vi.svg", "charts/cum/cluster.en.svg"] {
        let ticks: Vec<String> = visible_text(&text(&first, path))
            .into_iter()
            .filter(|t| t.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ','))
            .filter(|t| !(t.len() == 4 && t.starts_with("20")))
            .collect();
        assert_eq!(ticks, ["0", "1"], "{path}");
    }
    // Fractional data keeps fractional ticks, in the page's number format.
    assert!(visible_text(&text(&first, "charts/dien/homes.vi.svg")).iter().any(|t| t.contains(',')));
    // Inline charts have no caption (the page has headings and the banner),
    // and link both standalone files.
    let page = text(&first, "chuong-trinh/cum/index.html");
    let inline = &page[page.find("<svg").unwrap()..page.find("</svg>").unwrap()];
    assert!(!inline.contains(sample_vi) && !inline.contains("Nguồn:"), "{inline}");
    assert!(
        page.contains("<a href=\"../../charts/cum/cluster.vi.png\" type=\"image/png\">Tải ảnh (PNG)</a>"),
        "{page}"
    );
    let page = text(&first, "en/programs/cum/index.html");
    assert!(
        page.contains("<a href=\"../../../charts/cum/cluster.en.png\" type=\"image/png\">Download image (PNG)</a>")
    );
}

/// The text of every `<text>` element of an SVG, unescaped, in order.
fn visible_text(svg: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(i) = rest.find("<text ") {
        rest = &rest[i..];
        let start = rest.find('>').unwrap() + 1;
        let end = rest.find("</text>").unwrap();
        let t = rest[start..end].replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
        out.push(t.replace("&#39;", "'").replace("&amp;", "&"));
        rest = &rest[end..];
    }
    out
}

/// A language baocao has no rules for builds with English formats and
/// English interface strings (with a warning), at its own address.
#[test]
fn a_third_language_uses_english_rules() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let files = [
        (
            "content/site.yaml",
            "title: { vi: Thử, en: Test, fr: Essai }\nlanguages: [vi, en, fr]\nbase_url: https://example.org/\n",
        ),
        (
            "content/programs/p.yaml",
            "title: { vi: Chương trình, en: Programme, fr: Programme }\nsummary: Tóm tắt\nowner: Sở\nperiod: { start: 2018, end: 2020 }\nbudget: { planned: 26990000000, disbursed: [{ year: 2019, amount: 1500000000 }] }\nindicators:\n  - id: models\n    title: Mô hình\n    unit: mô hình\n    target: 1500\n    progress: [{ year: 2019, value: 1250.5 }]\n",
        ),
        ("content/articles/a.vi.md", "---\ntitle: Bài\ndate: 2018-06-22\n---\nVăn bản.\n"),
        ("content/articles/a.fr.md", "---\ntitle: Article en français\ndate: 2018-06-22\n---\nTexte.\n"),
    ];
    write_files(&root, &files);
    let out = dir.path().join("out");
    let run = build(&root, &out, &[]);
    assert!(
        run.stderr.contains("the theme has no interface strings for `fr`; English ones are used"),
        "{}",
        run.stderr
    );
    let t = tree(&out);
    check_links(&t, Some("https://example.org/"));
    let article = text(&t, "fr/articles/a/index.html");
    assert!(article.contains("<html lang=\"fr\">"), "{article}");
    assert!(article.contains("Friday, 22 June 2018"), "English long date in fr: {article}");
    assert!(article.contains(">Home</a>"), "English interface strings in fr");
    let program = text(&t, "fr/programs/p/index.html");
    assert!(program.contains("VND 26.99 billion"), "English compact money in fr");
    assert!(program.contains("1,250.5 of 1,500"), "English number format in fr");
    let vi = text(&t, "chuong-trinh/p/index.html");
    assert!(vi.contains("26,99 tỷ đồng") && vi.contains("1.250,5"), "Vietnamese formats stay Vietnamese");
    let sitemap = text(&t, "sitemap.xml");
    assert!(sitemap.contains("hreflang=\"fr\" href=\"https://example.org/fr/articles/a/\""), "{sitemap}");
}

/// Raw HTML in articles and in programme descriptions (Markdown inside
/// YAML) keeps to the allow-list: no script, no event handlers, no
/// `javascript:` anywhere in the site; allowed markup stays.
#[test]
fn markup_that_runs_code_never_reaches_a_page() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let files = [
        ("content/site.yaml", "title: Thử\nlanguages: [vi, en]\nbase_url: https://example.org/\n"),
        (
            "content/programs/p.yaml",
            "title: Chương trình\nsummary: Tóm tắt\nowner: Sở\nperiod: { start: 2018, end: 2020 }\ndescription: |\n  Mô tả <script>alert(1)</script> <img src=x onerror=alert(2) alt=a>\n  <a href=\"javascript:alert(3)\">bấm</a> <details><summary>Thêm</summary>Chi tiết</details>\nindicators:\n  - id: models\n    title: Mô hình\n    unit: mô hình\n    target: 10\n",
        ),
        (
            "content/articles/a.vi.md",
            "---\ntitle: Bài\ndate: 2019-01-02\n---\n<iframe src=\"https://www.openstreetmap.org/export/embed.html\" title=\"Bản đồ\"></iframe>\n\n<p onmouseover=\"alert(4)\">Đoạn <svg onload=alert(5)></svg></p>\n",
        ),
    ];
    write_files(&root, &files);
    let out = dir.path().join("out");
    build(&root, &out, &[]);
    let t = tree(&out);
    for (path, bytes) in t.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes).to_lowercase();
        // The page's own JSON-LD is data, not script, and cannot be closed early.
        let (html, data) = match html.split_once("<script type=\"application/ld+json\">") {
            Some((before, rest)) => {
                let (json, after) = rest.split_once("</script>").unwrap();
                (format!("{before}{after}"), json.to_string())
            }
            None => (html.clone(), String::new()),
        };
        // The theme's own script, on the search page only, is the one allowed.
        let own = "<script src=\"../theme/search.js\" defer></script>";
        let html = match path.as_str() {
            "tim-kiem/index.html" => html.replacen(own, "", 1),
            "en/search/index.html" => html.replacen(&own.replace("../", "../../"), "", 1),
            _ => html,
        };
        assert!(!data.contains('<'), "{path}: markup in JSON-LD");
        for bad in ["<script", "onerror", "onload", "onmouseover", "javascript:", "<svg onload"] {
            assert!(!html.contains(bad), "{path} holds {bad}");
        }
    }
    let program = text(&t, "chuong-trinh/p/index.html");
    assert!(program.contains("<details><summary>Thêm</summary>Chi tiết</details>"), "allowed markup stays");
    assert!(
        text(&t, "bai-viet/a/index.html").contains("<iframe src=\"https://www.openstreetmap.org/export/embed.html\"")
    );
}

/// Hidden and editor files follow one rule: what a static host reads
/// (`.well-known/`, `.htaccess`) is kept; version control, system and
/// editor files are not copied.
#[test]
fn hidden_files_follow_one_rule() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let files = [
        ("content/site.yaml", "title: Thử\nlanguages: [vi, en]\nbase_url: https://example.org/\n"),
        ("content/static/.well-known/security.txt", "Contact: mailto:a@example.org\n"),
        ("content/static/.well-known/security.txt~", "old"),
        ("content/static/.htaccess", "ErrorDocument 404 /404.html\n"),
        ("content/static/.git/config", "[core]\n"),
        ("content/static/.DS_Store", "x"),
        ("content/static/bao-cao.pdf~", "x"),
        ("content/static/#bao-cao.pdf#", "x"),
        ("content/static/Thumbs.db", "x"),
        ("content/static/bao-cao.pdf", "%PDF"),
        ("content/articles/.a.vi.md.swp", "x"),
        ("content/articles/4913", "x"),
    ];
    write_files(&root, &files);
    let out = dir.path().join("out");
    let run = build(&root, &out, &[]);
    assert!(!run.stderr.contains("BC1006"), "editor files are not 'not used' warnings: {}", run.stderr);
    assert!(
        run.stderr.contains("content/static/.git:1:1: note[BC1013]: a hidden, system or editor file is left out"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("content/articles/4913:1:1: note[BC1013]"), "{}", run.stderr);
    let strict = baocao(&["check", "--strict", "--root", root.to_str().unwrap()]);
    assert_eq!(strict.code, 0, "notes do not fail --strict: {}", strict.stderr);
    assert!(strict.stdout.starts_with("No errors: 11 pages would be built; 0 warnings."), "{}", strict.stdout);
    let t = tree(&out);
    let statics: Vec<&str> = t
        .keys()
        .filter(|k| k.starts_with("static/") || (k.starts_with('.') && *k != ".baocao-output"))
        .map(String::as_str)
        .collect();
    assert_eq!(statics, [".htaccess", ".well-known/security.txt", "static/bao-cao.pdf"], "host files at the root");
}

/// Control characters written into files (U+0007, U+001B, U+FFFE, U+FFFF)
/// never reach the output: every feed, sitemap and chart of the site stays
/// well-formed XML.
#[test]
fn control_characters_never_reach_xml() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let files = [
        ("content/site.yaml", "title: \"Thử\u{7}\"\nlanguages: [vi, en]\nbase_url: https://example.org/\n"),
        (
            "content/programs/p.yaml",
            "title: Chương\u{1b} trình\u{fffe}\nsummary: Tóm\u{ffff} tắt\nowner: Sở\nperiod: { start: 2018, end: 2020 }\nindicators:\n  - id: models\n    title: Mô\u{7} hình\n    unit: mô hình\n    target: 10\n    progress: [{ year: 2019, value: 4 }, { year: 2020, value: 8 }]\n",
        ),
        ("content/articles/a.vi.md", "---\ntitle: Bài\u{8}\ndate: 2019-01-02\n---\nVăn\u{1} bản\u{fffe}.\n"),
    ];
    write_files(&root, &files);
    let out = dir.path().join("out");
    let run = build(&root, &out, &[]);
    for (file, at) in
        [("content/site.yaml", "1:12"), ("content/programs/p.yaml", "1:14"), ("content/articles/a.vi.md", "2:11")]
    {
        assert!(run.stderr.contains(&format!("{file}:{at}: warning[BC1014]")), "{file}: {}", run.stderr);
    }
    let t = tree(&out);
    assert!(check_xml(&t) >= 3, "feeds and sitemap");
    let mut svgs = 0;
    for (path, bytes) in t.iter().filter(|(p, _)| p.ends_with(".svg") || p.ends_with(".html") || p.ends_with(".xml")) {
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(
            !text.chars().any(|c| (c.is_control() && c != '\n' && c != '\t') || c == '\u{fffe}' || c == '\u{ffff}'),
            "{path}"
        );
        if path.ends_with(".svg") {
            let mut reader = quick_xml::Reader::from_str(&text);
            loop {
                match reader.read_event() {
                    Ok(quick_xml::events::Event::Eof) => break,
                    Ok(_) => {}
                    Err(e) => panic!("{path} is not well-formed XML: {e}"),
                }
            }
            svgs += 1;
        }
    }
    assert!(svgs >= 4, "the charts were checked");
}
