//! A new user's path, through the real binary: `init` a site, check it,
//! write an article with `new`, check and build, and the refusals on the
//! way (a non-empty folder, a file that exists, a name without letters).

mod common;

use common::*;
use std::path::Path;

fn run_in(dir: &Path, args: &[&str]) -> Run {
    // As a user runs it: with the build cache.
    Run::from(command().env_remove("BAOCAO_CACHE").current_dir(dir).args(args).output().expect("running baocao"))
}

#[test]
fn a_new_user_starts_writes_checks_and_builds_a_site() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("trang-moi");
    let init = baocao(&["init", site.to_str().unwrap(), "--lang", "vi"]);
    assert_eq!(init.code, 0, "{}", init.stderr);
    assert!(init.stdout.starts_with("Đã tạo trang mới trong "), "{}", init.stdout);
    for file in [
        "content/site.yaml",
        "content/programs/khuyen-cong-2025.yaml",
        "content/articles/khoi-dong-chuong-trinh.vi.md",
        "content/articles/khoi-dong-chuong-trinh.en.md",
        "content/pages/gioi-thieu.en.md",
        "content/pages/phuong-phap.vi.md",
        ".gitignore",
        ".vscode/settings.json",
        "schemas/site.schema.json",
        "schemas/program.schema.json",
        "schemas/front-matter.schema.json",
    ] {
        assert!(site.join(file).is_file(), "{file}");
    }
    // Settings commented in the chosen language; the programme's comments too.
    let settings = std::fs::read_to_string(site.join("content/site.yaml")).unwrap();
    assert!(settings.contains("# Ngày chốt số liệu") && settings.contains("languages: [vi, en]"));
    let programme = std::fs::read_to_string(site.join("content/programs/khuyen-cong-2025.yaml")).unwrap();
    assert!(
        programme.contains("# Chỉ tiêu mức độ cần giảm")
            && !programme.contains("#en")
            && !programme.contains("running total")
    );
    let settings: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site.join(".vscode/settings.json")).unwrap()).unwrap();
    assert_eq!(settings["yaml.schemas"]["./schemas/program.schema.json"], "content/programs/*.yaml");

    // 1. The new site passes the strictest check.
    let strict = run_in(&site, &["check", "--strict"]);
    assert_eq!((strict.code, strict.stderr.as_str()), (0, ""), "{}", strict.stdout);
    // It has a rising, a falling and a not-yet-measured indicator.
    let dir = tmp.path().join("built");
    build(&site, &dir, &[]);
    let data: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("data/khuyen-cong-2025.json")).unwrap()).unwrap();
    let kinds: Vec<(&str, &str)> = data["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["measure"].as_str().unwrap(), i["status"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds.len(), 3);
    assert_eq!(kinds[1].0, "level");
    assert_eq!(kinds[2].1, "no_data");
    assert!(data["indicators"][1]["target"].as_f64() < data["indicators"][1]["baseline"].as_f64());

    // 2. `new article` names the file the Vietnamese way, dated today.
    let new = run_in(&site, &["new", "article", "Hội nghị tập huấn"]);
    assert_eq!(new.code, 0, "{}", new.stderr);
    let article = site.join("content/articles/hoi-nghi-tap-huan.vi.md");
    let text = std::fs::read_to_string(&article).unwrap();
    assert!(text.starts_with("---\ntitle: \"Hội nghị tập huấn\"\ndate: 20"), "{text}");
    assert!(new.stdout.contains("content/articles/hoi-nghi-tap-huan.vi.md"), "{}", new.stdout);
    // 3. It passes check (untranslated: a warning, not an error).
    let check = run_in(&site, &["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(check.stderr.contains("hoi-nghi-tap-huan.vi.md:1:1: warning[BC4010]"), "{}", check.stderr);
    // `--translation-of` starts the English file, unpublished until translated.
    let translation = run_in(&site, &["new", "article", "--translation-of", "hoi-nghi-tap-huan"]);
    assert_eq!(translation.code, 0, "{}", translation.stderr);
    let english = std::fs::read_to_string(site.join("content/articles/hoi-nghi-tap-huan.en.md")).unwrap();
    assert!(english.starts_with("---\ndraft: true\ntitle: \"Hội nghị tập huấn\""), "{english}");
    for kind in ["page", "program"] {
        let made = run_in(&site, &["new", kind, "Liên hệ & hỏi đáp"]);
        assert_eq!(made.code, 0, "{kind}: {}", made.stderr);
    }
    assert!(site.join("content/pages/lien-he-hoi-dap.vi.md").is_file());
    assert!(site.join("content/programs/lien-he-hoi-dap.yaml").is_file());
    let check = run_in(&site, &["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);

    // 4. It builds, and every link of the output resolves.
    let out = tmp.path().join("out");
    build(&site, &out, &[]);
    let t = tree(&out);
    assert!(t.contains_key("bai-viet/hoi-nghi-tap-huan/index.html"));
    assert!(!t.contains_key("en/articles/hoi-nghi-tap-huan/index.html"), "the draft translation is not published");
    assert!(check_links(&t, Some("https://example.gov.vn/khuyencong/")) > 100);

    // 5. `schema` writes what `init` wrote, with the site's languages.
    // (tests/validate/schemas.py validates an `init` site with them, with
    // a real JSON Schema validator.)
    let written = std::fs::read_to_string(site.join("schemas/program.schema.json")).unwrap();
    let schema = run_in(&site, &["schema"]);
    assert_eq!((schema.code, schema.stderr.as_str()), (0, ""));
    assert!(schema.stdout.starts_with("Wrote schemas/front-matter.schema.json\n"), "{}", schema.stdout);
    assert_eq!(std::fs::read_to_string(site.join("schemas/program.schema.json")).unwrap(), written);
    let program: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert!(program["properties"]["title"]["properties"]["en"].is_object(), "{written}");

    // 6. Refusals, exit 2, nothing overwritten.
    let again = baocao(&["init", site.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(again.code, 2);
    assert!(
        again
            .stderr
            .contains("the folder is not empty (it holds .baocao-cache, .gitignore, .vscode, content, schemas)"),
        "{}",
        again.stderr
    );
    let twice = run_in(&site, &["new", "article", "Hội nghị tập huấn", "--lang", "vi"]);
    assert_eq!(twice.code, 2);
    assert!(
        twice.stderr.contains("content/articles/hoi-nghi-tap-huan.vi.md đã có; baocao không ghi đè"),
        "{}",
        twice.stderr
    );
    assert_eq!(std::fs::read_to_string(&article).unwrap(), text);
    let no_letters = run_in(&site, &["new", "page", "!!!", "--lang", "en"]);
    assert_eq!(no_letters.code, 2);
    let unknown = run_in(&site, &["new", "article", "--translation-of", "hoi-nghi-tap-hua", "--lang", "en"]);
    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.contains("(did you mean `hoi-nghi-tap-huan`?)"), "{}", unknown.stderr);
    let outside = run_in(tmp.path(), &["new", "article", "Bài"]);
    assert_eq!(outside.code, 2);
    assert!(outside.stderr.contains("no content/site.yaml"), "{}", outside.stderr);
}

/// An English-first site: languages in that order, comments in English.
#[test]
fn init_in_english_writes_an_english_first_site() {
    let tmp = tempfile::tempdir().unwrap();
    let run = baocao(&["init", tmp.path().to_str().unwrap(), "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("Started a site in "), "{}", run.stdout);
    let settings = std::fs::read_to_string(tmp.path().join("content/site.yaml")).unwrap();
    assert!(settings.contains("languages: [en, vi]") && settings.contains("# The day the figures are reported at"));
    let strict = run_in(tmp.path(), &["check", "--strict"]);
    assert_eq!((strict.code, strict.stderr.as_str()), (0, ""), "{}", strict.stdout);
    let out = tmp.path().join("output");
    build(tmp.path(), &out, &[]);
    assert!(out.join("about/index.html").is_file() && out.join("vi/gioi-thieu/index.html").is_file());
}

/// A long build shows its progress on a terminal (here a pseudo-terminal
/// made by `script`), and nothing of it when stderr is piped; `--quiet`
/// prints errors only, `--verbose` the time of each stage.
#[test]
fn progress_shows_on_a_terminal_only_and_verbosity_is_chosen() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let root = repo();
    let args = ["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap(), "--lang", "vi"];
    let piped = Run::from(command().env("BAOCAO_PROGRESS_AFTER_MS", "0").args(args).output().unwrap());
    assert_eq!(piped.code, 0, "{}", piped.stderr);
    assert!(!piped.stderr.contains('\r') && !piped.stderr.contains('\u{1b}'), "{:?}", piped.stderr);
    // On a terminal: the stage in words, redrawn in place, then cleared.
    let typescript = tmp.path().join("typescript");
    let line = format!(
        "BAOCAO_CACHE=off BAOCAO_PROGRESS_AFTER_MS=0 {} {}",
        env!("CARGO_BIN_EXE_baocao"),
        args.iter().map(|a| format!("'{a}'")).collect::<Vec<_>>().join(" ")
    );
    let script = std::process::Command::new("script")
        .args(["-qfec", &line, typescript.to_str().unwrap()])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("script (util-linux) runs a command on a pseudo-terminal");
    assert!(script.status.success(), "{}", String::from_utf8_lossy(&script.stderr));
    let seen = std::fs::read_to_string(&typescript).unwrap();
    assert!(seen.contains("Đang dựng trang [") || seen.contains("Đang đọc nội dung…"), "{seen}");
    assert!(seen.contains("\r\u{1b}[2K"), "the line is redrawn and cleared: {seen:?}");
    assert!(seen.contains("Đã dựng "), "{seen}");

    let quiet = baocao(&["build", "--quiet", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap()]);
    assert_eq!((quiet.code, quiet.stdout.as_str(), quiet.stderr.as_str()), (0, "", ""));
    let verbose = baocao(&["check", "--verbose", "--root", root.to_str().unwrap()]);
    assert!(verbose.stderr.contains("Time: reading the content "), "{}", verbose.stderr);
    assert!(verbose.stderr.contains(", rendering pages "), "{}", verbose.stderr);
}
