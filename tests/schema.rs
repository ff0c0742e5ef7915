//! `baocao schema`: what it writes, where, what it says, and what it refuses.

mod common;

use common::*;

#[test]
fn writes_the_schemas_under_the_site_with_its_languages() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_files(root, &[("content/site.yaml", "title: Thử\nlanguages: [vi, en]\n")]);
    let run = baocao(&["schema", "--root", root.to_str().unwrap()]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let schemas = root.join("schemas");
    let expected: String = ["front-matter", "program", "site"]
        .iter()
        .map(|name| format!("Wrote {}\n", schemas.join(format!("{name}.schema.json")).display()))
        .collect();
    let languages = "Texts in several languages take the site's languages (vi, en); run `baocao schema` again after changing `languages` in content/site.yaml.\n";
    assert_eq!(run.stdout, expected + languages);
    for (name, text) in baocao::fields::schemas(&["vi".into(), "en".into()]) {
        assert_eq!(std::fs::read_to_string(schemas.join(&name)).unwrap(), text, "{name}");
    }
}

#[test]
fn without_a_site_texts_take_any_language_and_the_words_follow_lang() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a/b");
    let run =
        baocao(&["schema", "--root", dir.path().to_str().unwrap(), "--out", out.to_str().unwrap(), "--lang", "vi"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with(&format!("Đã ghi {}\n", out.join("front-matter.schema.json").display())));
    assert!(run.stdout.ends_with(
        "Không đọc được ngôn ngữ nào trong content/site.yaml: văn bản nhiều ngôn ngữ nhận mọi mã ngôn ngữ.\n"
    ));
    for (name, text) in baocao::fields::schemas(&[]) {
        assert_eq!(std::fs::read_to_string(out.join(&name)).unwrap(), text, "{name}");
    }
}

#[test]
fn a_file_is_refused_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("schemas");
    std::fs::write(&file, "keep me").unwrap();
    let root = dir.path().to_str().unwrap();
    let shown = file.display();
    for (target, lang, said) in [
        (
            file.clone(),
            "en",
            format!(
                "error: refusing to write the schemas into {shown}: it is a file, not a folder; give a folder with --out\n"
            ),
        ),
        (
            file.join("inside"),
            "vi",
            format!(
                "lỗi: không ghi lược đồ vào {shown}: đây là một tệp, không phải thư mục; hãy chỉ một thư mục bằng --out\n"
            ),
        ),
    ] {
        let run = baocao(&["schema", "--root", root, "--out", target.to_str().unwrap(), "--lang", lang]);
        assert_eq!((run.code, run.stdout.as_str(), run.stderr.as_str()), (2, "", said.as_str()));
    }
    // The default folder, `<root>/schemas`, is that file too.
    let run = baocao(&["schema", "--root", root]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep me");
}
