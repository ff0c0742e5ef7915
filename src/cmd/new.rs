//! `baocao new article|page|program NAME`: a ready-to-edit file from a
//! template in the site's language, named the Vietnamese way ("Hội nghị
//! tập huấn" → `hoi-nghi-tap-huan.vi.md`), dated today, with its optional
//! fields commented. `--translation-of NAME` starts the other language's
//! file of an existing article or page. It never overwrites.

use super::{EXIT_OK, UsageError};
use crate::cli::{NewArgs, NewKind};
use crate::date::Date;
use crate::messages::{MessageLang, Say};
use anyhow::{Context, Result, bail};
use std::path::Path;

pub fn run(args: &NewArgs, content_lang: Option<&str>, lang: MessageLang) -> Result<i32> {
    let root = super::site_root(&args.root)?;
    let site_file = root.join("content/site.yaml");
    if !site_file.is_file() {
        bail!(UsageError(Say::NewNoSite { root: args.root.display().to_string() }));
    }
    let languages = crate::config::peek_languages(&root).unwrap_or_else(|| vec!["vi".into(), "en".into()]);
    let first = languages.first().cloned().unwrap_or_else(|| "vi".into());
    // An authoring command may read the clock: the date an officer writes on.
    let today = Date::from_unix(
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64),
    );
    let (path, text, draft) = match &args.translation_of {
        Some(original) => translation(&root, args.kind, original, content_lang, &languages)?,
        None => {
            let file_lang = content_lang.unwrap_or(&first);
            let name = args.name.as_deref().unwrap_or_default();
            let slug = crate::text::slugify(name);
            if slug.is_empty() {
                bail!(UsageError(Say::NewNameWithoutLetters { name: name.to_string() }));
            }
            let title = name.trim();
            let vi = file_lang == "vi";
            let (path, text) = match args.kind {
                NewKind::Article => (format!("content/articles/{slug}.{file_lang}.md"), article(title, &today, vi)),
                NewKind::Page => (format!("content/pages/{slug}.{file_lang}.md"), page(title, vi)),
                NewKind::Program => (format!("content/programs/{slug}.yaml"), program(title, file_lang, &today, vi)),
            };
            (path, text, false)
        }
    };
    let file = root.join(&path);
    if file.exists() {
        bail!(UsageError(Say::NewExists { path }));
    }
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    }
    // `create_new`: a file that appeared meanwhile is not overwritten either.
    use std::io::Write;
    let mut out = match std::fs::OpenOptions::new().write(true).create_new(true).open(&file) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => bail!(UsageError(Say::NewExists { path })),
        Err(e) => return Err(e).with_context(|| format!("writing {}", file.display())),
    };
    out.write_all(text.as_bytes()).with_context(|| format!("writing {}", file.display()))?;
    println!("{}", Say::Created { path, draft }.text(lang));
    Ok(EXIT_OK)
}

/// A YAML double-quoted string: a title with `:` or `#` stays a title.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).expect("a string serializes")
}

fn article(title: &str, today: &Date, vi: bool) -> String {
    let title = quoted(title);
    let date = today.iso();
    if vi {
        format!(
            "---\ntitle: {title}\ndate: {date}\n# Tóm tắt trong một, hai câu (nếu bỏ trống, trang web lấy đoạn đầu của bài):\n# summary: \"...\"\n# Chương trình liên quan (mã, tức tên tệp trong content/programs/):\n# programs: [khuyen-cong-2025]\n# Chủ đề (mã hoặc tên trong danh mục tags: của site.yaml):\n# tags: [Khuyến công]\n# Ảnh minh hoạ trong content/static/ và lời mô tả ảnh dành cho người khiếm thị:\n# image: /static/anh.jpg\n# image_alt: \"...\"\n# Nếu chưa muốn đăng bài: draft: true. Nếu bài chỉ viết bằng tiếng Việt: translations: none\n---\nHãy viết nội dung bài ở đây bằng Markdown: một dòng trống giữa hai đoạn, `## Tiêu đề nhỏ`, `**chữ đậm**`, `- gạch đầu dòng`.\n"
        )
    } else {
        format!(
            "---\ntitle: {title}\ndate: {date}\n# A one or two sentence summary (without it, the first paragraph is used):\n# summary: \"...\"\n# Related programmes (their ids: file names in content/programs/):\n# programs: [khuyen-cong-2025]\n# Topics (ids or names of the tags: vocabulary in site.yaml):\n# tags: [Industrial promotion]\n# A picture in content/static/, and its description for readers who cannot see it:\n# image: /static/picture.jpg\n# image_alt: \"...\"\n# Not published yet: draft: true. Written in one language only: translations: none\n---\nWrite the article here, in Markdown: a blank line between paragraphs, `## A heading`, `**bold**`, `- a list item`.\n"
        )
    }
}

fn page(title: &str, vi: bool) -> String {
    let title = quoted(title);
    if vi {
        format!(
            "---\ntitle: {title}\n# Thứ tự trên thanh điều hướng (1, 2, ...); bỏ dòng này nếu trang không cần hiện ở đó:\n# menu: 3\n# summary: \"...\"\n---\nHãy viết nội dung trang ở đây bằng Markdown.\n"
        )
    } else {
        format!(
            "---\ntitle: {title}\n# Its place in the navigation (1, 2, ...); leave it out for a page not listed there:\n# menu: 3\n# summary: \"...\"\n---\nWrite the page here, in Markdown.\n"
        )
    }
}

fn program(title: &str, lang: &str, today: &Date, vi: bool) -> String {
    let title = quoted(title);
    let (start, end) = (today.year, today.year + 4);
    if vi {
        format!(
            "# Một chương trình: tên tệp (bỏ đuôi .yaml) là mã của chương trình.\n# Chữ ghi theo từng ngôn ngữ: {{ vi: ..., en: ... }}; hãy thêm bản tiếng Anh (en) khi có.\ntitle: {{ {lang}: {title} }}\nsummary: {{ {lang}: \"Một, hai câu giới thiệu chương trình.\" }}\n# description: {{ {lang}: \"Mô tả dài hơn, bằng Markdown.\" }}\nowner: {{ {lang}: \"Đơn vị chủ trì\" }}\nperiod: {{ start: {start}, end: {end} }}\n# true: số liệu chỉ mang tính minh hoạ.\nsample_data: false\n# tags: [khuyen-cong]\n# Kinh phí: số tiền viết liền các chữ số, không có dấu chấm hay dấu phẩy.\n# budget:\n#   planned: 1000000000\n#   disbursed:\n#     - {{ year: {start}, amount: 200000000 }}\nindicators:\n  - id: chi-tieu-1\n    title: {{ {lang}: \"Tên chỉ tiêu\" }}\n    unit: {{ {lang}: \"đơn vị\" }}\n    # Giá trị ban đầu (mặc định 0) và mục tiêu:\n    baseline: 0\n    target: 10\n    # Năm cần đạt mục tiêu (mặc định là năm kết thúc):\n    # target_year: {end}\n    # measure: level   # cho chỉ tiêu mức độ, như tỷ lệ, có thể tăng hoặc giảm (mặc định: chỉ tiêu cộng dồn)\n    # Số liệu đạt được theo năm (hoặc theo ngày: {{ date: {start}-06-30, value: 2 }}):\n    # progress:\n    #   - {{ year: {start}, value: 2 }}\n    # source: {{ {lang}: \"Nguồn số liệu\" }}\n"
        )
    } else {
        format!(
            "# A programme: the file's name (without .yaml) is its id.\n# Text per language: {{ en: ..., vi: ... }}; add the other language when you have it.\ntitle: {{ {lang}: {title} }}\nsummary: {{ {lang}: \"One or two sentences on the programme.\" }}\n# description: {{ {lang}: \"A longer description, in Markdown.\" }}\nowner: {{ {lang}: \"The body in charge\" }}\nperiod: {{ start: {start}, end: {end} }}\n# true: the figures are for illustration only.\nsample_data: false\n# tags: [khuyen-cong]\n# The budget: amounts in digits, without points or commas.\n# budget:\n#   planned: 1000000000\n#   disbursed:\n#     - {{ year: {start}, amount: 200000000 }}\nindicators:\n  - id: indicator-1\n    title: {{ {lang}: \"The indicator's name\" }}\n    unit: {{ {lang}: \"units\" }}\n    # The value at the start (default 0) and the target:\n    baseline: 0\n    target: 10\n    # The year the target is due (default: the last year):\n    # target_year: {end}\n    # measure: level   # for a rate or level that may rise or fall (default: a running total)\n    # Figures reached, by year (or by day: {{ date: {start}-06-30, value: 2 }}):\n    # progress:\n    #   - {{ year: {start}, value: 2 }}\n    # source: {{ {lang}: \"Where the figures come from\" }}\n"
        )
    }
}

/// The other language's file of an existing article or page: a copy of the
/// original, marked as a draft until it is translated.
fn translation(
    root: &Path,
    kind: NewKind,
    original: &str,
    content_lang: Option<&str>,
    languages: &[String],
) -> Result<(String, String, bool)> {
    let folder = match kind {
        NewKind::Page => "pages",
        _ => "articles",
    };
    let name = original.trim().trim_end_matches(".md");
    let name = name.rsplit('/').next().unwrap_or(name);
    let dir = root.join("content").join(folder);
    // The original's versions: `<name>.<lang>.md`, or `<name>.md` in the first language.
    let mut versions: Vec<(String, std::path::PathBuf)> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(stem) = file.strip_suffix(".md") else { continue };
        let (base, lang) = match stem.rsplit_once('.') {
            Some((b, l)) if languages.iter().any(|x| x == l) => (b.to_string(), l.to_string()),
            _ => (stem.to_string(), languages.first().cloned().unwrap_or_default()),
        };
        names.push(base.clone());
        if base == name || stem == name {
            versions.push((lang, entry.path()));
        }
    }
    versions.sort();
    let Some((from_lang, from_path)) = versions.first().cloned() else {
        names.sort();
        names.dedup();
        let suggestion = crate::diagnostic::nearest(name, names.iter().map(String::as_str)).map(String::from);
        bail!(UsageError(Say::NoSuchDocument { name: name.to_string(), folder, suggestion }));
    };
    let to = match content_lang {
        Some(l) if !versions.iter().any(|(v, _)| v == l) => l.to_string(),
        Some(_) => bail!(UsageError(Say::NoOtherLanguage { name: name.to_string() })),
        None => match languages.iter().find(|l| !versions.iter().any(|(v, _)| v == *l)) {
            Some(l) => l.clone(),
            None => bail!(UsageError(Say::NoOtherLanguage { name: name.to_string() })),
        },
    };
    let text = std::fs::read_to_string(&from_path).with_context(|| format!("reading {}", from_path.display()))?;
    let base = name.strip_suffix(&format!(".{from_lang}")).unwrap_or(name);
    let path = format!("content/{folder}/{base}.{to}.md");
    // The copy stays unpublished until someone translates it and removes the line.
    let text = match text.strip_prefix("---\n") {
        Some(rest) if !rest.lines().any(|l| l.trim_start().starts_with("draft:")) => {
            format!("---\ndraft: true\n{rest}")
        }
        _ => text,
    };
    Ok((path, text, true))
}
