//! Every kind of content error, each pinning its whole message
//! (file:line:column, field, message, hint) and exit code 1, for `check`
//! and `build` alike; then several at once, hostile input, and nothing lost.

mod common;

use common::*;
use std::path::Path;

/// A small valid site; each case edits it.
const BASE: [(&str, &str); 4] = [
    ("content/site.yaml", "title: { vi: Thử, en: Test }\nlanguages: [vi, en]\nbase_url: https://example.org/\n"),
    (
        "content/programs/p.yaml",
        "title: { vi: Chương trình, en: Programme }\nsummary: { vi: Tóm tắt, en: Summary }\nowner: { vi: Sở, en: Department }\nperiod: { start: 2018, end: 2020 }\nindicators:\n  - id: models\n    title: { vi: Mô hình, en: Models }\n    unit: { vi: mô hình, en: models }\n    target: 10\n",
    ),
    ("content/articles/a.vi.md", "---\ntitle: Bài\ndate: 2019-01-02\nprograms: [p]\n---\nVăn bản.\n"),
    ("content/articles/a.en.md", "---\ntitle: Article\ndate: 2019-01-02\n---\nText.\n"),
];

/// A change to the base site.
enum Edit {
    Replace(&'static str, &'static str, &'static str),
    Append(&'static str, &'static str),
    Write(&'static str, &'static str),
    Bytes(&'static str, &'static [u8]),
    Rename(&'static str, &'static str),
    /// A file whose name is these bytes, in this folder.
    RawName(&'static str, &'static [u8]),
}
use Edit::*;

fn site(edits: &[Edit]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in BASE {
        put(dir.path(), path, text.as_bytes());
    }
    for edit in edits {
        match edit {
            Replace(path, from, to) => {
                let text = std::fs::read_to_string(dir.path().join(path)).unwrap();
                assert_eq!(text.matches(from).count(), 1, "{from:?} in {path}");
                put(dir.path(), path, text.replace(from, to).as_bytes());
            }
            Append(path, more) => {
                let text = std::fs::read_to_string(dir.path().join(path)).unwrap();
                put(dir.path(), path, (text + more).as_bytes());
            }
            Write(path, text) => put(dir.path(), path, text.as_bytes()),
            Bytes(path, bytes) => put(dir.path(), path, bytes),
            Rename(from, to) => std::fs::rename(dir.path().join(from), dir.path().join(to)).unwrap(),
            RawName(folder, name) => {
                use std::os::unix::ffi::OsStrExt;
                let folder = dir.path().join(folder);
                std::fs::create_dir_all(&folder).unwrap();
                std::fs::write(folder.join(std::ffi::OsStr::from_bytes(name)), b"x").unwrap();
            }
        }
    }
    dir
}

fn put(root: &Path, path: &str, bytes: &[u8]) {
    let file = root.join(path);
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(file, bytes).unwrap();
}

#[test]
fn the_base_site_is_valid() {
    let dir = site(&[]);
    let run = baocao(&["check", "--root", dir.path().to_str().unwrap()]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
}

#[test]
fn every_message_in_both_languages() {
    #[rustfmt::skip]
    let cases: &[(&str, &[Edit])] = &[
        ("yaml_syntax", &[Replace("content/programs/p.yaml", "owner: { vi: Sở, en: Department }", "owner: { vi: Sở, en: \"Department }")]),
        ("wrong_type", &[Replace("content/programs/p.yaml", "    target: 10", "    target: hai mươi")]),
        ("missing_field", &[Replace("content/programs/p.yaml", "owner: { vi: Sở, en: Department }\nperiod: { start: 2018, end: 2020 }", "period: { start: 2018, end: 2020 }")]),
        ("unknown_key", &[Append("content/programs/p.yaml", "tagz: [che]\n")]),
        ("unknown_front_matter_key", &[Replace("content/articles/a.en.md", "title: Article", "tittle: Article")]),
        ("bad_date", &[Replace("content/articles/a.en.md", "date: 2019-01-02", "date: 31/02/2019")]),
        ("duplicate_id", &[Append("content/programs/p.yaml", "  - id: models\n    title: Again\n    unit: x\n    target: 5\n")]),
        ("malformed_id", &[Replace("content/programs/p.yaml", "  - id: models", "  - id: Mô hình 1")]),
        ("target_equals_baseline", &[Replace("content/programs/p.yaml", "    target: 10", "    baseline: 10\n    target: 10")]),
        ("unknown_programme", &[Write("content/articles/a.en.md", "---\ntitle: Article\ndate: 2019-01-02\nprograms: [q]\n---\nText.\n")]),
        ("unknown_link_targets", &[Replace("content/articles/a.en.md", "Text.", "See [the page](@/pages/about.md), [a topic](@/tags/tea.md) and [an indicator](@/programs/p.yaml#modles).")]),
        ("broken_relative_link", &[Replace("content/articles/a.en.md", "Text.", "See [the report](/static/report.pdf).")]),
        ("missing_front_matter", &[Replace("content/articles/a.en.md", "---\ntitle: Article\ndate: 2019-01-02\n---", "title: Article\n")]),
        ("unclosed_front_matter", &[Replace("content/articles/a.en.md", "---\nText.", "Text.")]),
        ("not_utf8", &[Bytes("content/articles/a.en.md", b"---\ntitle: Article\ndate: 2019-01-02\n---\nH\xb5 Giang\n")]),
        ("empty_files", &[Replace("content/programs/p.yaml", "title: { vi: Chương trình, en: Programme }\nsummary: { vi: Tóm tắt, en: Summary }\nowner: { vi: Sở, en: Department }\nperiod: { start: 2018, end: 2020 }\nindicators:\n  - id: models\n    title: { vi: Mô hình, en: Models }\n    unit: { vi: mô hình, en: models }\n    target: 10\n", ""), Replace("content/articles/a.en.md", "---\ntitle: Article\ndate: 2019-01-02\n---\nText.", "")]),
        ("binary_file", &[Bytes("content/articles/a.en.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")]),
        ("slug_leaves_output", &[Write("content/articles/a.en.md", "---\ntitle: Article\ndate: 2019-01-02\nslug: ../../etc\n---\nText.\n")]),
        ("no_languages", &[Replace("content/site.yaml", "languages: [vi, en]\n", "")]),
        ("page_slug_taken", &[Write("content/pages/bai-viet.vi.md", "---\ntitle: Trang\n---\nVăn bản.\n"), Write("content/pages/bai-viet.en.md", "---\ntitle: Page\nslug: page-two\n---\nText.\n")]),
        ("unknown_language", &[Replace("content/programs/p.yaml", "title: { vi: Chương trình, en: Programme }", "title: { vi: Chương trình, fr: Programme }"), Write("content/articles/a.fr.md", "---\ntitle: Article\ndate: 2019-01-02\n---\nTexte.\n")]),
        ("two_digit_year", &[Replace("content/articles/a.en.md", "date: 2019-01-02", "date: 22/06/18")]),
        ("date_as_year", &[Replace("content/programs/p.yaml", "    target: 10", "    target: 10\n    progress: [{ year: 20190630, value: 2 }]")]),
        ("thousands_commas", &[Replace("content/programs/p.yaml", "    target: 10", "    target: 1,000")]),
        ("blank_required_text", &[Replace("content/programs/p.yaml", "  - id: models\n    title: { vi: Mô hình, en: Models }", "  - id: models\n    title: \"\"")]),
        ("sections_share_an_address", &[Append("content/site.yaml", "paths: { vi: { articles: tin-tuc, programs: tin-tuc, tags: en } }\n")]),
        ("description_link", &[Append("content/programs/p.yaml", "description:\n  vi: Xem [trang](@/pages/khong-co.md).\n  en: See [the page](@/pages/khong-co.md).\n")]),

        // Mistakes people make (the issue "Errors in Vietnamese").
        ("thousands_dots", &[Replace("content/programs/p.yaml", "    target: 10", "    target: 1.000")]),
        ("thousands_or_decimals", &[Replace("content/programs/p.yaml", "    target: 10", "    target: 2,250")]),
        ("many_thousands_dots", &[Replace("content/programs/p.yaml", "    target: 10", "    target: 1.000.000")]),
        ("budget_scale_word", &[Append("content/programs/p.yaml", "budget:\n  planned: 26,99 tỷ đồng\n")]),
        ("decimal_comma_in_braces", &[Replace("content/programs/p.yaml", "    target: 10", "    target: 10\n    progress: [{ year: 2019, value: 35,5 }]")]),
        ("budget_one_separator", &[Append("content/programs/p.yaml", "budget: { planned: 2.250 }\n")]),
        ("unknown_measure", &[Replace("content/programs/p.yaml", "    target: 10", "    target: 10\n    measure: levels")]),
        ("cumulative_falls", &[Replace("content/programs/p.yaml", "    target: 10", "    target: 10\n    progress: [{ year: 2018, value: 4 }, { year: 2019, value: 3.5 }]")]),
        ("cumulative_target_below_baseline", &[Replace("content/programs/p.yaml", "    target: 10", "    baseline: 12.5\n    target: 5")]),
        ("figure_after_as_of", &[Append("content/site.yaml", "as_of: 2019-06-30\n"), Replace("content/programs/p.yaml", "    target: 10", "    target: 10\n    progress: [{ year: 2019, value: 4 }, { year: 2020, value: 7 }]")]),
        ("stale_after_out_of_range", &[Append("content/site.yaml", "status: { stale_after_months: 500 }\n")]),
        ("as_of_not_a_date", &[Append("content/site.yaml", "as_of: cuối năm 2020\n")]),
        ("translations_not_none", &[Replace("content/articles/a.vi.md", "programs: [p]\n", "programs: [p]\ntranslations: vi\n")]),
        ("budget_thousands", &[Append("content/programs/p.yaml", "budget: { planned: 26.990.000.000 }\n")]),
        ("decimal_comma", &[Replace("content/programs/p.yaml", "    target: 10", "    target: 35,5")]),
        ("percent_sign", &[Replace("content/programs/p.yaml", "    target: 10", "    target: 5%")]),
        ("unit_in_number", &[Replace("content/programs/p.yaml", "    target: 10", "    target: 61 xã")]),
        ("not_finite", &[Replace("content/programs/p.yaml", "    target: 10", "    target: .nan")]),
        ("too_large", &[Replace("content/programs/p.yaml", "    target: 10", "    target: 1e308")]),
        ("budget_fraction", &[Append("content/programs/p.yaml", "budget: { planned: 1500.5 }\n")]),
        ("empty_value", &[Replace("content/programs/p.yaml", "    target: 10", "    target:")]),
        ("progress_outside_period", &[Replace("content/programs/p.yaml", "    target: 10", "    target: 10\n    progress: [{ year: 2030, value: 5 }]")]),
        ("every_missing_key", &[Replace("content/programs/p.yaml", "    title: { vi: Mô hình, en: Models }\n    unit: { vi: mô hình, en: models }\n    target: 10\n", "")]),
        ("tab_indent", &[Replace("content/programs/p.yaml", "    unit:", "\tunit:")]),
        ("missing_colon", &[Replace("content/programs/p.yaml", "owner: { vi: Sở, en: Department }", "owner Sở Công Thương")]),
        ("smart_quotes", &[Replace("content/programs/p.yaml", "owner: { vi: Sở, en: Department }", "owner: “Sở: Công Thương”")]),
        ("needs_start_end", &[Replace("content/programs/p.yaml", "period: { start: 2018, end: 2020 }", "period: 2018-2020")]),
        ("item_outside_list", &[Append("content/programs/p.yaml", "- id: more\n    title: Thêm\n    unit: cái\n    target: 3\n")]),
        ("two_documents", &[Append("content/programs/p.yaml", "---\ntitle: Khác\n")]),
        ("utf16", &[Bytes("content/programs/p.yaml", b"\xff\xfet\x00i\x00t\x00l\x00e\x00:\x00 \x00x\x00\n\x00")]),
        ("tcvn3", &[Bytes("content/articles/a.vi.md", b"---\ntitle: Ch\xad\xac ng tr\xd7nh\ndate: 2019-01-02\n---\nKhuy\xd5n c\xabng t\xdenh H\xb5 Giang.\n")]),
        ("vni", &[Bytes("content/articles/a.vi.md", b"---\ntitle: Ch\xf6\xf4ng tr\xecnh\ndate: 2019-01-02\n---\nKhuye\xe1n co\xe2ng t\xe6nh Ha\xf8 Giang.\n")]),
        ("suffix_upper_case", &[Write("content/articles/ket-qua.EN.md", "---\ntitle: Results\ndate: 2019-01-02\n---\nText.\n")]),
        ("suffix_with_dash", &[Write("content/articles/ket-qua.vi.md", "---\ntitle: Kết quả\ndate: 2019-01-02\n---\nVăn bản.\n"), Write("content/articles/ket-qua-en.md", "---\ntitle: Results\ndate: 2019-01-02\n---\nText.\n")]),
        ("suffix_with_underscore", &[Write("content/articles/ket-qua.md", "---\ntitle: Kết quả\ndate: 2019-01-02\n---\nVăn bản.\n"), Write("content/articles/ket-qua_en.md", "---\ntitle: Results\ndate: 2019-01-02\n---\nText.\n")]),
        ("names_that_only_look_like_suffixes", &[Write("content/articles/ra-mat-hagiang.gov.vn.md", "---\ntitle: Ra mắt\ndate: 2019-01-02\n---\nVăn bản.\n"), Write("content/articles/so-lieu.en-2020.md", "---\ntitle: Số liệu\ndate: 2019-01-02\n---\nVăn bản.\n"), Write("content/articles/hop-tac-en.md", "---\ntitle: Hợp tác\ndate: 2019-01-02\n---\nVăn bản.\n")]),
        ("suffix_with_region", &[Write("content/articles/ket-qua.en-US.md", "---\ntitle: Results\ndate: 2019-01-02\n---\nText.\n")]),
        ("suffix_country_code", &[Write("content/articles/ket-qua.vn.md", "---\ntitle: Kết quả\ndate: 2019-01-02\n---\nVăn bản.\n")]),
        ("programme_saved_as_yml", &[Rename("content/programs/p.yaml", "content/programs/p.yml")]),
        ("article_saved_as_markdown", &[Rename("content/articles/a.en.md", "content/articles/a.en.markdown")]),
        ("article_saved_as_md_txt", &[Rename("content/articles/a.en.md", "content/articles/a.en.md.txt")]),
        ("content_link_left_as_text", &[Replace("content/articles/a.vi.md", "Văn bản.", "Xem [bài](@/articles/Hội nghị.md).")]),
        ("progress_out_of_order", &[Replace("content/programs/p.yaml", "    target: 10", "    target: 10\n    progress: [{ year: 2020, value: 7 }, { year: 2019, value: 3 }]")]),
        ("javascript_link", &[Replace("content/articles/a.vi.md", "Văn bản.", "Bấm [vào đây](javascript:alert(1)) hoặc ![ảnh](vbscript:x).")]),
        ("unsafe_html_on", &[Append("content/site.yaml", "markdown: { unsafe_html: true }\n")]),
        ("names_differ_only_in_capitals", &[Write("content/static/Logo.png", "a"), Write("content/static/logo.png", "b")]),
        ("names_differ_only_in_accent_form", &[Write("content/static/b\u{1ea3}n-\u{111}\u{1ed3}.png", "a"), Write("content/static/ba\u{309}n-\u{111}o\u{302}\u{300}.png", "b")]),
        ("name_not_utf8", &[RawName("content/static", b"B\xb8o c\xb8o.pdf")]),
        ("name_too_long", &[Replace("content/articles/a.en.md", "title: Article", "title: Article\nslug: this-is-a-slug-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on")]),
        ("control_character_escape", &[Replace("content/programs/p.yaml", "owner: { vi: Sở, en: Department }", "owner: \"Sở\\x07 Công Thương\"")]),
        ("theme_folder_missing", &[Append("content/site.yaml", "theme: ha-giang\n")]),
        ("interface_strings_left_empty", &[Write("themes/default/i18n/en.yaml", "nav:\nfooter: ~\n")]),
        ("fence_with_spaces_is_read", &[Replace("content/articles/a.vi.md", "---\ntitle: Bài", "---   \ntitle: Bài")]),
    ];
    let mut failures = Vec::new();
    for (name, edits) in cases {
        let dir = site(edits);
        let got = transcript(dir.path());
        let file = repo().join("tests/errors").join(format!("{name}.txt"));
        if std::env::var_os("BAOCAO_BLESS").is_some() {
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, &got).unwrap();
        }
        let expected = std::fs::read_to_string(&file).unwrap_or_default();
        if got != expected {
            failures.push(format!("{name}: --- expected ({})\n{expected}--- got\n{got}", file.display()));
        }
        let failed = !got.contains("$ baocao build --lang en  # exit 0");
        if failed && dir.path().join("output").exists() {
            failures.push(format!("{name}: a failed build wrote output/"));
        }
    }
    assert!(failures.is_empty(), "{} (BAOCAO_BLESS=1 cargo test --test errors to accept)", failures.join("\n\n"));
}

/// What `check` and `build` say about a site in each language, with their
/// exit codes: the whole text a user sees, pinned in `tests/errors/`.
fn transcript(root: &Path) -> String {
    let root_arg = root.to_str().unwrap();
    let mut out = String::new();
    for lang in ["en", "vi"] {
        let mut checked = None;
        for command in ["check", "build"] {
            let run = baocao(&[command, "--lang", lang, "--root", root_arg]);
            let stderr = run.stderr.replace(root_arg, "<site>");
            // `check` does not make the pages, but finds all that `build`
            // finds (which then says that it wrote nothing).
            match checked.take() {
                None => checked = Some((run.code, stderr.clone())),
                Some((code, said)) => {
                    assert_eq!(code, run.code, "check and build exit alike:\n{said}\n{stderr}");
                    assert!(stderr.starts_with(&said), "check says what build says:\n{said}\n{stderr}");
                }
            }
            out.push_str(&format!("$ baocao {command} --lang {lang}  # exit {}\n{stderr}", run.code));
            if !run.stdout.is_empty() && run.code != 0 {
                out.push_str(&run.stdout);
            }
        }
    }
    out
}

#[test]
fn one_run_reports_every_error_sorted_by_file_and_line() {
    let dir = site(&[
        Replace("content/programs/p.yaml", "    target: 10", "    target: 10\n    baseline: 10"),
        Replace("content/articles/a.en.md", "date: 2019-01-02", "date: yesterday"),
        Write("content/articles/b.vi.md", "---\ntitle: B\ndate: 2019-01-03\nprograms: [p, nope]\n---\nB.\n"),
        Write("content/notes.txt", "scratch"),
    ]);
    let run = baocao(&["check", "--root", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 1);
    let places: Vec<&str> =
        run.stderr.lines().filter(|l| !l.starts_with("  hint:")).map(|l| l.split(": ").next().unwrap()).collect();
    assert_eq!(
        places,
        [
            "content/articles/a.en.md:3:7",
            "content/articles/b.vi.md:4:15",
            "content/notes.txt:1:1",
            "content/programs/p.yaml:9:13",
            "3 errors and 1 warning",
        ],
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("content/notes.txt:1:1: warning[BC1006]: this file is not used"));
    // (b.vi.md has an error, so it is not also called untranslated.)
}

#[test]
fn check_lists_missing_translations_and_strict_fails_on_warnings() {
    let dir = site(&[
        Write("content/articles/c.vi.md", "---\ntitle: C\ndate: 2019-01-03\n---\nChỉ tiếng Việt.\n"),
        Replace("content/programs/p.yaml", "unit: { vi: mô hình, en: models }", "unit: { vi: mô hình }"),
    ]);
    let root = dir.path().to_str().unwrap();
    let run = baocao(&["check", "--root", root]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "No errors: 16 pages would be built; 2 warnings.\n\
         Missing `en` translations: 1 article, 0 pages, 1 field\n\
         \x20 article  content/articles/c.vi.md\n\
         \x20 field    content/programs/p.yaml: indicator 1, unit\n"
    );
    assert!(run.stderr.contains(
        "content/programs/p.yaml:6:5: warning[BC3004]: indicator 1 (`models`), unit: no `en` translation; the vi text is shown instead\n  hint: add `en:` under `unit`"
    ), "{}", run.stderr);
    let strict = baocao(&["check", "--strict", "--root", root]);
    assert_eq!(strict.code, 1);
    assert!(strict.stderr.ends_with("--strict: warnings count as errors\n"));
}

/// `check` on a site, under a hang guard.
fn check_within(root: &Path, limit: std::time::Duration) -> Run {
    within(command().args(["check", "--root", root.to_str().unwrap()]), limit)
}

#[test]
fn hostile_input_gives_clear_errors_quickly() {
    let limit = std::time::Duration::from_secs(30);
    // An alias bomb (a billion strings) where any value is allowed: interface strings.
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..9 {
        bomb.push_str(&format!("a{i}: &a{i} [{}]\n", vec![format!("*a{}", i - 1); 10].join(", ")));
    }
    let dir = site(&[Write("themes/default/i18n/en.yaml", Box::leak(bomb.into_boxed_str()))]);
    let run = check_within(dir.path(), limit);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.starts_with("themes/default/i18n/en.yaml:"), "{}", run.stderr);
    assert!(run.stderr.contains("do not use anchors and aliases"), "{}", run.stderr);

    // Deep nesting, again where any value is allowed; and in a programme.
    let deep = format!("nav: {}x{}\n", "[".repeat(50_000), "]".repeat(50_000));
    let dir = site(&[Write("themes/default/i18n/vi.yaml", Box::leak(deep.clone().into_boxed_str()))]);
    let run = check_within(dir.path(), limit);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with("themes/default/i18n/vi.yaml:1:") && run.stderr.contains("nested too deeply"),
        "{}",
        run.stderr
    );
    let dir = site(&[Write("content/programs/p.yaml", Box::leak(deep.replace("nav:", "title:").into_boxed_str()))]);
    let run = check_within(dir.path(), limit);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with("content/programs/p.yaml:1:1: error[BC1205]: title: expected text"),
        "{}",
        run.stderr
    );

    // A huge file.
    let dir = site(&[]);
    let huge = format!("---\ntitle: Huge\ndate: 2019-01-02\n---\n{}", "Khuyến công. ".repeat(700_000));
    put(dir.path(), "content/articles/huge.vi.md", huge.as_bytes());
    let run = check_within(dir.path(), limit);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "content/articles/huge.vi.md:1:1: error[BC1004]: the file is too large (11 MB; the limit is 8 MB)"
        ),
        "{}",
        run.stderr
    );

    // A symlink loop and a link out of the site: skipped with a warning.
    let dir = site(&[]);
    std::os::unix::fs::symlink(dir.path().join("content"), dir.path().join("content/articles/loop")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", dir.path().join("content/static/passwd")).unwrap_or_else(|_| {
        std::fs::create_dir_all(dir.path().join("content/static")).unwrap();
        std::os::unix::fs::symlink("/etc/passwd", dir.path().join("content/static/passwd")).unwrap();
    });
    let run = check_within(dir.path(), limit);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "content/articles/loop:1:1: warning[BC1005]: symbolic links are not followed; this one is skipped"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("content/static/passwd:1:1: warning[BC1005]: symbolic links"), "{}", run.stderr);
}

#[test]
fn output_folders_that_would_destroy_the_site_are_refused() {
    let dir = site(&[]);
    let root = dir.path().to_str().unwrap();
    for (output, reason) in [
        (root.to_string(), "refusing to build into the site folder itself"),
        (dir.path().parent().unwrap().to_str().unwrap().to_string(), "it holds the site's content/ folder"),
    ] {
        let run = baocao(&["build", "--root", root, "--output", &output]);
        assert_eq!(run.code, 2, "{output}: {}", run.stderr);
        assert!(run.stderr.contains(reason), "{}", run.stderr);
    }
    assert!(dir.path().join("content/site.yaml").exists());
}

#[test]
fn an_interrupted_build_leaves_the_previous_output_whole() {
    // A site big enough that a build takes a moment.
    let dir = site(&[]);
    for i in 0..1500 {
        let body = "Đoạn văn về khuyến công, chè và thảo quả. ".repeat(40);
        put(
            dir.path(),
            &format!("content/articles/bai-{i:04}.vi.md"),
            format!("---\ntitle: Bài {i}\ndate: 2019-01-02\ntags: [Chè]\n---\n{body}\n").as_bytes(),
        );
    }
    let root = dir.path().to_str().unwrap();
    let out = dir.path().join("output");
    build(dir.path(), &out, &[]);
    let before = tree(&out);
    // Change the content, then kill builds at various moments.
    put(dir.path(), "content/site.yaml", "title: { vi: Đổi, en: Changed }\nlanguages: [vi, en]\n".as_bytes());
    let mut interrupted = 0;
    for delay_ms in [5u64, 20, 50, 100, 200, 400] {
        let mut child = command()
            .env_remove("BAOCAO_CACHE")
            .args(["build", "--root", root])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok(); // SIGKILL: no cleanup runs
        child.wait().unwrap();
        let now = tree(&out);
        if finished || now != before {
            break; // from here on the new site may have landed
        }
        interrupted += 1;
    }
    assert!(interrupted > 0, "no build was interrupted before it finished; the test proved nothing");
    // Whatever happened, the output is one whole site, and the next build works.
    let run = baocao(&["build", "--root", root]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = tree(&out);
    assert!(text(&after, "index.html").contains("Đổi"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().contains("baocao") && n != ".baocao-cache")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // Nor half-written entries in the build cache: the next build removes them.
    let cache = dir.path().join(".baocao-cache/charts");
    let entries: Vec<String> =
        std::fs::read_dir(&cache).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(!entries.is_empty() && entries.iter().all(|n| n.ends_with(".png")), "{entries:?}");
}

#[test]
fn yaml_1_1_booleans_and_leading_zeros_stay_text() {
    // `owner: y` is the letter y, `NO` is a word, 0219 keeps its zero.
    let dir = site(&[
        Replace("content/programs/p.yaml", "owner: { vi: Sở, en: Department }", "owner: y"),
        Replace("content/programs/p.yaml", "unit: { vi: mô hình, en: models }", "unit: NO"),
        Replace("content/site.yaml", "languages: [vi, en]\n", "languages: [vi, en]\ncontact: { phone: 0219 }\n"),
    ]);
    let out = dir.path().join("out");
    build(dir.path(), &out, &[]);
    let page = text(&tree(&out), "chuong-trinh/p/index.html");
    assert!(page.contains("<dd>y</dd>") && page.contains(" NO</dd>"), "{page}");
    assert!(text(&tree(&out), "index.html").contains(": 0219</li>"));
}

#[test]
fn a_wrong_type_in_a_list_names_the_item() {
    let dir = site(&[Replace(
        "content/programs/p.yaml",
        "    target: 10",
        "    target: 10\n    progress: [{ year: 2019, value: 2 }, { year: x, value: 1 }]",
    )]);
    let run = baocao(&["check", "--root", dir.path().to_str().unwrap()]);
    assert_eq!(
        run.stderr,
        "content/programs/p.yaml:10:50: error[BC1203]: indicator 1 (`models`), progress point 2, year: expected a number, found \"x\"\n  hint: write digits only, e.g. 20 or 26990000000 (no spaces, dots, commas or units)\n1 error and 0 warnings\n"
    );
}

#[test]
fn blank_translations_fall_back_and_are_reported() {
    let dir = site(&[Replace(
        "content/programs/p.yaml",
        "summary: { vi: Tóm tắt, en: Summary }",
        "summary: { vi: Tóm tắt, en: \"\" }",
    )]);
    let run = baocao(&["check", "--root", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("warning[BC3004]: summary: no `en` translation; the vi text is shown instead"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("field    content/programs/p.yaml: summary"), "{}", run.stdout);
    let out = dir.path().join("out");
    build(dir.path(), &out, &[]);
    assert!(text(&tree(&out), "en/programs/p/index.html").contains("<span lang=\"vi\">Tóm tắt</span>"));
}

#[test]
fn encoded_links_to_files_with_spaces_and_diacritics_work() {
    let dir = site(&[
        Bytes("content/static/báo cáo.pdf", b"%PDF-1.4"),
        Replace(
            "content/articles/a.en.md",
            "Text.",
            "[a](/static/b%C3%A1o%20c%C3%A1o.pdf), [b](</static/báo cáo.pdf>).",
        ),
    ]);
    let out = dir.path().join("out");
    build(dir.path(), &out, &[]);
    let t = tree(&out);
    assert!(t.contains_key("static/báo cáo.pdf"));
    let page = text(&t, "en/articles/a/index.html");
    assert_eq!(page.matches("href=\"../../../static/b%C3%A1o%20c%C3%A1o.pdf\"").count(), 2, "{page}");
}

#[test]
fn a_partial_interface_strings_file_keeps_the_other_strings() {
    let dir = site(&[Write("themes/default/i18n/en.yaml", "nav:\n  home: Start\n")]);
    let out = dir.path().join("out");
    build(dir.path(), &out, &[]);
    let home = text(&tree(&out), "en/index.html");
    assert!(home.contains(">Start</a>") && home.contains("Skip to main content"), "{home}");
}

#[test]
fn the_output_folder_is_replaced_only_if_baocao_made_it() {
    let dir = site(&[]);
    let root = dir.path().to_str().unwrap();
    // A folder with someone's files is refused, whole.
    let elsewhere = tempfile::tempdir().unwrap();
    put(elsewhere.path(), "docs/thesis.txt", b"important");
    let run = baocao(&["build", "--root", root, "--output", elsewhere.path().to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("it holds files that baocao did not make"), "{}", run.stderr);
    assert!(elsewhere.path().join("docs/thesis.txt").exists());
    // Folders inside content/ or themes/ are refused even when empty or new.
    for inside in ["content/programs", "content/new", "themes/default"] {
        let run = baocao(&["build", "--root", root, "--output", dir.path().join(inside).to_str().unwrap()]);
        assert_eq!(run.code, 2, "{inside}: {}", run.stderr);
    }
    assert!(dir.path().join("content/programs/p.yaml").exists());
    // An empty folder is used, and from then on it is baocao's.
    let empty = tempfile::tempdir().unwrap();
    let target = empty.path().to_str().unwrap();
    assert_eq!(baocao(&["build", "--root", root, "--output", target]).code, 0);
    assert!(empty.path().join(".baocao-output").exists());
    assert_eq!(baocao(&["build", "--root", root, "--output", target]).code, 0);
}

#[test]
fn markdown_with_many_headings_and_links_is_handled_quickly() {
    let dir = site(&[]);
    let body = "# a\n\n[x](@/articles/a.md)\n\n".repeat(20_000);
    put(dir.path(), "content/articles/big.vi.md", format!("---\ntitle: Big\ndate: 2019-01-02\n---\n{body}").as_bytes());
    let run = check_within(dir.path(), std::time::Duration::from_secs(60));
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// Which language baocao speaks: `--lang`, else `BAOCAO_LANG`, else the
/// site's first language (when baocao has its messages), else English.
#[test]
fn messages_follow_the_flag_the_environment_then_the_site() {
    let dir = site(&[Replace("content/programs/p.yaml", "    target: 10", "    target: 1.000.000")]);
    let root = dir.path().to_str().unwrap();
    let run = |env: Option<&str>, flag: Option<&str>| {
        let mut c = command();
        c.env_remove("BAOCAO_LANG");
        if let Some(env) = env {
            c.env("BAOCAO_LANG", env);
        }
        c.arg("check").args(["--root", root]);
        if let Some(flag) = flag {
            c.args(["--lang", flag]);
        }
        Run::from(c.output().unwrap()).stderr
    };
    let vietnamese = "lỗi[BC3302]: chỉ tiêu thứ 1 (`models`), target: `1.000.000` dùng dấu để tách hàng nghìn";
    let english = "error[BC3302]: indicator 1 (`models`), target: `1.000.000` groups thousands";
    assert!(run(None, None).contains(vietnamese), "a Vietnamese site speaks Vietnamese unasked");
    assert!(run(Some("en"), None).contains(english), "BAOCAO_LANG=en");
    assert!(run(Some("en"), Some("vi")).contains(vietnamese), "--lang wins over BAOCAO_LANG");
    assert!(run(Some("fr"), None).contains(vietnamese), "an unknown BAOCAO_LANG is ignored");
    put(dir.path(), "content/site.yaml", b"title: Test\nlanguages: [en, vi]\nbase_url: https://example.org/\n");
    assert!(run(None, None).contains(english), "an English-first site speaks English");
    put(dir.path(), "content/site.yaml", b"title: Test\nlanguages: [fr, vi]\nbase_url: https://example.org/\n");
    assert!(run(None, None).contains("error[BC"), "a language baocao has no messages for: English");
}

/// Refusals of the command line (exit 2) in both languages.
#[test]
fn refusals_in_both_languages() {
    let dir = site(&[]);
    let root = dir.path().to_str().unwrap();
    let foreign = dir.path().join("somewhere");
    put(&foreign, "keep.txt", b"mine");
    let foreign = foreign.to_str().unwrap();
    let missing = dir.path().join("nope");
    let missing = missing.to_str().unwrap();
    #[rustfmt::skip]
    let cases: [(&[&str], &str, &str); 4] = [
        (&["check", "--root", root, "--as-of", "31-12-2020"],
         "error: --as-of 31-12-2020: expected the day the figures are reported at, written as 2018-06-22, 2018-06-22T09:30:00+07:00 or 22/06/2018 (the year in full)\n",
         "lỗi: --as-of 31-12-2020: cần ghi ngày chốt số liệu theo dạng 2018-06-22, 2018-06-22T09:30:00+07:00 hoặc 22/06/2018 (viết năm đầy đủ)\n"),
        (&["build", "--root", missing],
         "error: --root <dir>/nope: the site folder cannot be opened (it does not exist)\n",
         "lỗi: --root <dir>/nope: không mở được thư mục trang (thư mục không tồn tại)\n"),
        (&["build", "--root", root, "--base-url", "example.gov.vn"],
         "error: --base-url example.gov.vn: expected the full address the site is published at, e.g. https://example.gov.vn/khuyencong/\n",
         "lỗi: --base-url example.gov.vn: cần ghi đầy đủ địa chỉ nơi đăng trang, ví dụ https://example.gov.vn/khuyencong/\n"),
        (&["build", "--root", root, "--output", foreign],
         "error: refusing to build into <dir>/somewhere: it holds files that baocao did not make, and a build replaces the whole folder; choose a new or empty folder, or delete this one if it only holds an old build\n",
         "lỗi: không dựng trang vào <dir>/somewhere: thư mục này có những tệp không do baocao tạo ra, mà lần dựng sẽ thay toàn bộ thư mục; hãy chọn một thư mục mới hoặc thư mục trống, hoặc xóa thư mục này nếu nó chỉ chứa bản dựng cũ\n"),
    ];
    let canonical = dir.path().canonicalize().unwrap();
    for (args, en, vi) in cases {
        for (lang, expected) in [("en", en), ("vi", vi)] {
            let mut all = args.to_vec();
            all.extend(["--lang", lang]);
            let run = baocao(&all);
            let said = run.stderr.replace(canonical.to_str().unwrap(), "<dir>").replace(root, "<dir>");
            assert_eq!((run.code, said.as_str()), (2, expected), "{args:?} --lang {lang}");
        }
    }
    assert_eq!(std::fs::read_to_string(dir.path().join("somewhere/keep.txt")).unwrap(), "mine");
    let mut epoch = command();
    epoch.env("SOURCE_DATE_EPOCH", "hôm nay").args(["check", "--lang", "en", "--root", root]);
    let run = Run::from(epoch.output().unwrap());
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.starts_with("error: SOURCE_DATE_EPOCH=hôm nay: expected a Unix time"), "{}", run.stderr);
}

/// `baocao explain CODE` in both languages; an unknown code is a usage error.
#[test]
fn explain_prints_the_explanation_in_the_chosen_language() {
    let en = baocao(&["explain", "BC3302", "--lang", "en"]);
    assert_eq!(en.code, 0, "{}", en.stderr);
    assert!(en.stdout.starts_with("BC3302: Thousands are grouped with a separator (error)\n"), "{}", en.stdout);
    assert!(en.stdout.contains("\n        target: 1.000\n") && en.stdout.contains("\nRight:\n"), "{}", en.stdout);
    let vi = baocao(&["explain", "3302", "--lang", "vi"]);
    assert!(vi.stdout.starts_with("BC3302: Dùng dấu để tách hàng nghìn (lỗi)\n"), "{}", vi.stdout);
    assert!(vi.stdout.contains("\nĐúng:\n"), "{}", vi.stdout);
    let unknown = baocao(&["explain", "BC0000", "--lang", "vi"]);
    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.starts_with("lỗi: `BC0000` không phải là mã của baocao"), "{}", unknown.stderr);
}

/// `translations: none` marks an article written in one language on
/// purpose: no warning, not in the translation report, `--strict` passes.
#[test]
fn an_article_untranslated_on_purpose_passes_strict() {
    let dir = site(&[Write(
        "content/articles/b.vi.md",
        "---\ntitle: Thông báo\ndate: 2019-02-01\ntranslations: none\n---\nChỉ bằng tiếng Việt.\n",
    )]);
    let root = dir.path().to_str().unwrap();
    let run = baocao(&["check", "--strict", "--root", root]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{}", run.stdout);
    assert!(!run.stdout.contains("b.vi.md"), "{}", run.stdout);
    // Without it, the same article is reported, and --strict fails.
    put(dir.path(), "content/articles/b.vi.md", b"---\ntitle: Th\xc3\xb4ng b\xc3\xa1o\ndate: 2019-02-01\n---\nX.\n");
    let run = baocao(&["check", "--strict", "--root", root]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("content/articles/b.vi.md:1:1: warning[BC4010]"), "{}", run.stderr);
}
