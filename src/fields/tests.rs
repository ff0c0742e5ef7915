//! The catalogue against the code: its fields are the structs' own (read
//! from serde), and its examples pass the real stages.

use super::*;
use std::collections::BTreeSet;
use std::path::Path;

/// Every group of every file, named as `raw_fields` names them.
fn catalogue_groups() -> Vec<(String, Vec<&'static Field>)> {
    FILES
        .iter()
        .flat_map(|file| {
            groups(file).into_iter().map(move |(path, fields)| {
                let name = if path.is_empty() { file.name.to_string() } else { format!("{}.{path}", file.name) };
                (name, fields)
            })
        })
        .collect()
}

#[test]
fn the_catalogue_names_every_field_of_the_raw_structs() {
    let mut structs = crate::config::raw_fields();
    structs.extend(crate::validate::raw_fields());
    let catalogue = catalogue_groups();
    let names = |list: &[(String, Vec<&Field>)]| list.iter().map(|(n, _)| n.clone()).collect::<BTreeSet<_>>();
    let struct_names: BTreeSet<String> = structs.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(names(&catalogue), struct_names, "the catalogue's groups and the Raw structs");
    let mut failures = Vec::new();
    for (group, fields) in &catalogue {
        let code: BTreeSet<&str> =
            structs.iter().find(|(n, _)| n == group).unwrap().1.iter().map(String::as_str).collect();
        for field in fields {
            match (field.pending, code.contains(field.name)) {
                (false, false) => failures.push(format!("{group}: `{}` is in the catalogue, not in the code", field.name)),
                (true, true) => failures.push(format!(
                    "{group}: `{}` is read now: remove `.pending()` from its catalogue entry, then BAOCAO_BLESS=1 cargo test --test docs",
                    field.name
                )),
                _ => {}
            }
        }
        for name in code {
            if !fields.iter().any(|f| f.name == name) {
                failures.push(format!(
                    "{group}: `{name}` is read by the code: give it an entry in src/fields/catalogue.rs"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_field_is_described_in_both_languages() {
    let mut failures = Vec::new();
    for (group, fields) in catalogue_groups() {
        for field in fields {
            let at = format!("{group}.{}", field.name);
            let Words { vi, en } = field.about;
            let mut texts = vec![vi];
            texts.extend(field.rule.map(|r| r.vi));
            if let Fallback::Words(words) = field.default {
                texts.push(words.vi);
            }
            for text in texts {
                let words = crate::messages::tests::forbidden_words(text);
                if !words.is_empty() {
                    failures.push(format!("{at}: {words:?} in {text}"));
                }
                if !unicode_normalization::is_nfc(text) {
                    failures.push(format!("{at}: not NFC: {text}"));
                }
            }
            if vi.trim().is_empty() || en.trim().is_empty() || vi == en {
                failures.push(format!("{at}: the description needs both languages"));
            }
            let leaf = field.children().is_empty();
            if leaf == field.example.is_empty() {
                failures.push(format!("{at}: a value has an example, a group is made of its fields' examples"));
            }
            for yaml in [field.example].into_iter().chain(match field.default {
                Fallback::Value(v) => Some(v),
                _ => None,
            }) {
                if !yaml.is_empty() && crate::yaml::parse::<serde_json::Value>(yaml).is_err() {
                    failures.push(format!("{at}: `{yaml}` is not YAML"));
                }
            }
            if field.need == Need::Required && field.default != Fallback::None {
                failures.push(format!("{at}: a required field has no default"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The site made of the catalogue's examples: `site.yaml`, the programme,
/// an article and a page in both languages, and the files they name.
fn example_site(dir: &Path, variant: usize) {
    let put = |path: &str, text: &str| {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    let [site, program, front] = &FILES;
    put("content/site.yaml", &example_file(site, variant, Document::Article));
    put("content/programs/khuyen-cong-ha-giang-2020.yaml", &example_file(program, variant, Document::Article));
    for lang in ["vi", "en"] {
        let article = example_file(front, variant, Document::Article);
        put(&format!("content/articles/hoi-nghi.{lang}.md"), &format!("---\n{article}---\nVăn bản.\n"));
        let page = example_file(front, variant, Document::Page);
        put(&format!("content/pages/gioi-thieu.{lang}.md"), &format!("---\n{page}---\nVăn bản.\n"));
    }
    let mut photo = Vec::new();
    jpeg_encoder::Encoder::new(&mut photo, 75)
        .encode(&[90; 16 * 12 * 3], 16, 12, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    std::fs::create_dir_all(dir.join("content/static/anh")).unwrap();
    std::fs::write(dir.join("content/static/anh/hoi-nghi.jpg"), photo).unwrap();
    put("themes/ha-giang/i18n/vi.yaml", "nav:\n  home: Trang chủ\n");
}

#[test]
fn the_examples_make_a_site_without_errors() {
    // Two variants: a progress point with `year`, then with `date`.
    for variant in 0..2 {
        let dir = tempfile::tempdir().unwrap();
        example_site(dir.path(), variant);
        let outcome = crate::pipeline::run(dir.path(), &Default::default()).unwrap();
        let said: Vec<String> =
            outcome.diagnostics.iter().map(|d| d.render(crate::messages::MessageLang::En)).collect();
        assert!(!outcome.has_errors(), "variant {variant}:\n{}", said.join("\n"));
        assert!(said.is_empty(), "variant {variant} warns:\n{}", said.join("\n"));
        let site = outcome.site.unwrap();
        let indicator = &site.programs[0].indicators[0];
        assert_eq!(indicator.progress[0].date.is_some(), variant == 1);
    }
}

#[test]
fn example_files_hold_every_field_the_code_reads() {
    let [site, program, front] = &FILES;
    let text = example_file(site, 0, Document::Article)
        + &example_file(program, 0, Document::Article)
        + &example_file(program, 1, Document::Article)
        + &example_file(front, 0, Document::Page);
    for (group, fields) in catalogue_groups() {
        for field in fields.iter().filter(|f| !f.pending) {
            assert!(text.contains(&format!("{}:", field.name)), "{group}.{} is in no example", field.name);
        }
    }
    assert!(!example_file(front, 0, Document::Article).contains("menu:"), "articles have no menu");
}
