// Shared by the fuzz targets: run arbitrary text through validation as a
// programme file and as an article.
use baocao::load::{SourceFile, Sources};
use baocao::validate::{ResolveOptions, resolve};

pub fn validate(program: Option<&str>, article: Option<&str>) {
    let site = SourceFile {
        path: "content/site.yaml".into(),
        name: "site.yaml".into(),
        text: "title: { vi: Thử, en: Test }\nlanguages: [vi, en]\n".into(),
    };
    let config = baocao::config::resolve(Some(&site), &mut Vec::new()).expect("valid site.yaml");
    let file = |path: &str, name: &str, text: &str| SourceFile { path: path.into(), name: name.into(), text: text.into() };
    let sources = Sources {
        programs: program.map(|t| file("content/programs/p.yaml", "p.yaml", t)).into_iter().collect(),
        articles: article.map(|t| file("content/articles/a.vi.md", "a.vi.md", t)).into_iter().collect(),
        ..Sources::default()
    };
    let mut diagnostics = Vec::new();
    let site = resolve(sources, config, ResolveOptions::default(), &mut diagnostics);
    assert!(site.is_some() || diagnostics.iter().any(|d| d.is_error()));
}
