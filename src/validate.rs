//! Raw, then resolved: reads programmes and Markdown front matter into
//! `Raw*` structs (serde), then checks every rule of the spec and builds the
//! [`Site`] model. Each problem becomes a [`Diagnostic`]; one run reports
//! them all.

use crate::date::{ACCEPTED_FORMS, Date};
use crate::diagnostic::Diagnostic;
use crate::load::{SourceFile, Sources};
use crate::model::*;
use crate::text::{LocalizedText, slugify};
use crate::yaml::YamlError;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, BTreeSet};

/// Choices that change what the model holds.
#[derive(Debug, Clone, Copy, Default)]
pub struct ResolveOptions {
    /// Keep articles and pages marked `draft: true`.
    pub drafts: bool,
}

/// Turns a YAML problem into a diagnostic; `line_offset` is the line of
/// the file on which the YAML starts, less one (front matter starts on 2).
pub fn yaml_diagnostic(path: &str, line_offset: usize, e: YamlError) -> Diagnostic {
    let mut d = Diagnostic::error(path, e.line + line_offset, e.column).field(e.field);
    if let Some(hint) = e.hint {
        d = d.hint(hint);
    }
    d.message(e.message)
}

/// Resolves everything loaded into a [`Site`]; `None` when there are errors.
pub fn resolve(
    sources: Sources,
    config: SiteConfig,
    options: ResolveOptions,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Site> {
    let mut v = Validator { config: &config, diagnostics };
    let programs: Vec<Program> = sources.programs.iter().filter_map(|f| v.program(f)).collect();
    // Every programme file counts, even one with errors (reported on its own):
    // links to it are not errors too.
    let program_ids: BTreeSet<&str> = sources.programs.iter().map(|f| f.name.trim_end_matches(".yaml")).collect();
    let articles = v.documents(&sources.articles, Kind::Article, &program_ids, &sources, options);
    let pages = v.documents(&sources.pages, Kind::Page, &program_ids, &sources, options);
    v.check_page_slugs(&pages);
    if v.diagnostics.iter().any(Diagnostic::is_error) {
        return None;
    }
    Some(Site { config, programs, articles, pages, statics: sources.statics })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProgram {
    title: LocalizedText,
    summary: LocalizedText,
    description: Option<Spanned<LocalizedText>>,
    owner: LocalizedText,
    period: Spanned<RawPeriod>,
    sample_data: Option<bool>,
    tags: Option<Vec<String>>,
    budget: Option<RawBudget>,
    indicators: Vec<Spanned<RawIndicator>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriod {
    start: i32,
    end: i32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBudget {
    currency: Option<String>,
    planned: Spanned<f64>,
    disbursed: Option<Vec<Spanned<RawDisbursement>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDisbursement {
    year: i32,
    amount: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    id: Spanned<String>,
    title: LocalizedText,
    unit: LocalizedText,
    baseline: Option<f64>,
    target: Spanned<f64>,
    target_year: Option<Spanned<i32>>,
    progress: Option<Vec<Spanned<RawPoint>>>,
    source: Option<LocalizedText>,
    note: Option<LocalizedText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    year: Option<i32>,
    date: Option<String>,
    value: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: Spanned<String>,
    date: Option<Spanned<String>>,
    summary: Option<String>,
    programs: Option<Vec<Spanned<String>>>,
    tags: Option<Vec<String>>,
    slug: Option<Spanned<String>>,
    draft: Option<bool>,
    image: Option<Spanned<String>>,
    image_alt: Option<String>,
    menu: Option<Spanned<i64>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Article,
    Page,
}

struct Validator<'a> {
    config: &'a SiteConfig,
    diagnostics: &'a mut Vec<Diagnostic>,
}

/// Where a value sits: a file and a line and column in it.
#[derive(Clone, Copy)]
struct At<'p> {
    path: &'p str,
    line: usize,
    column: usize,
}

impl<'p> At<'p> {
    fn of<T>(path: &'p str, spanned: &Spanned<T>, line_offset: usize) -> Self {
        At {
            path,
            line: spanned.referenced.line() as usize + line_offset,
            column: spanned.referenced.column() as usize,
        }
    }
}

impl Validator<'_> {
    fn error(&mut self, at: At, field: &str, message: impl Into<String>, hint: &str) {
        let mut d = Diagnostic::error(at.path, at.line, at.column).field(field);
        if !hint.is_empty() {
            d = d.hint(hint);
        }
        self.diagnostics.push(d.message(message));
    }

    fn warning(&mut self, at: At, field: &str, message: impl Into<String>, hint: &str) {
        let mut d = Diagnostic::warning(at.path, at.line, at.column).field(field);
        if !hint.is_empty() {
            d = d.hint(hint);
        }
        self.diagnostics.push(d.message(message));
    }

    /// Checks a text's languages: unknown ones are errors, missing ones warnings.
    /// Checks a text's languages: unknown ones are errors, missing or blank
    /// ones warnings (they fall back); `required` text must not be blank.
    fn text(&mut self, at: At, field: &str, text: &LocalizedText, required: bool) {
        if required && text.is_empty() {
            self.error(
                at,
                field,
                "is empty",
                &format!("write the {} after `{field}:`", field.rsplit('.').next().unwrap_or(field)),
            );
            return;
        }
        let LocalizedText::ByLang(map) = text else {
            return;
        };
        for lang in map.keys() {
            if !self.config.languages.contains(lang) {
                self.error(
                    at,
                    &format!("{field}.{lang}"),
                    format!("`{lang}` is not one of the site's languages ({})", self.config.languages.join(", ")),
                    "fix the language code, or add the language to `languages` in content/site.yaml",
                );
            }
        }
        let default = self.config.default_lang().to_string();
        let missing = text.missing(&self.config.languages);
        if missing.contains(&default.as_str()) {
            self.error(
                at,
                field,
                format!("no text in the default language ({default})"),
                &format!("add `{default}:` with the text; other languages fall back to it"),
            );
        }
        for lang in missing.into_iter().filter(|l| *l != default) {
            self.warning(
                at,
                field,
                format!("no `{lang}` translation; the {default} text is shown instead"),
                &format!("add `{lang}:` under `{field}`"),
            );
        }
    }

    fn program(&mut self, file: &SourceFile) -> Option<Program> {
        let path = file.path.as_str();
        let id = file.name.trim_end_matches(".yaml").to_string();
        let top = At { path, line: 1, column: 1 };
        let raw: RawProgram = match crate::yaml::parse(&file.text) {
            Ok(raw) => raw,
            Err(e) => {
                self.diagnostics.push(yaml_diagnostic(path, 0, e));
                return None;
            }
        };
        let before = self.error_count();
        if !is_id(&id) {
            self.error(
                top,
                "",
                format!("the file name `{id}` is not a usable programme id"),
                &format!("rename the file to {}.yaml (lower-case letters, digits and `-`)", slugify(&id)),
            );
        }
        for (field, text, required) in [
            ("title", Some(&raw.title), true),
            ("summary", Some(&raw.summary), true),
            ("description", raw.description.as_ref().map(|d| &d.value), false),
            ("owner", Some(&raw.owner), true),
        ] {
            if let Some(text) = text {
                self.text(top, field, text, required);
            }
        }
        let period_at = At::of(path, &raw.period, 0);
        let period = Period { start: raw.period.value.start, end: raw.period.value.end };
        for (name, y) in [("period.start", period.start), ("period.end", period.end)] {
            self.year(period_at, name, y);
        }
        if period.start > period.end {
            self.error(
                period_at,
                "period",
                format!("the period starts ({}) after it ends ({})", period.start, period.end),
                "swap `start` and `end`",
            );
        }
        let tags = self.tags(top, raw.tags.unwrap_or_default());
        let budget = raw.budget.map(|b| {
            let at = At::of(path, &b.planned, 0);
            if b.planned.value.is_nan() || b.planned.value <= 0.0 {
                self.error(
                    at,
                    "budget.planned",
                    format!("expected an amount above zero, found {}", b.planned.value),
                    "",
                );
            }
            let mut disbursed = Vec::new();
            for (i, d) in b.disbursed.unwrap_or_default().into_iter().enumerate() {
                let at = At::of(path, &d, 0);
                if disbursed.iter().any(|x: &Disbursement| x.year == d.value.year) {
                    self.error(
                        at,
                        &format!("budget.disbursed[{i}].year"),
                        format!("the year {} is given twice", d.value.year),
                        "give one amount per year",
                    );
                }
                if d.value.amount.is_nan() || d.value.amount < 0.0 {
                    self.error(
                        at,
                        &format!("budget.disbursed[{i}].amount"),
                        format!("expected an amount of zero or more, found {}", d.value.amount),
                        "",
                    );
                }
                self.year(at, &format!("budget.disbursed[{i}].year"), d.value.year);
                disbursed.push(Disbursement { year: d.value.year, amount: d.value.amount });
            }
            disbursed.sort_by_key(|d| d.year);
            Budget {
                currency: b.currency.unwrap_or_else(|| self.config.currency.clone()),
                planned: b.planned.value,
                disbursed,
            }
        });
        let mut indicators: Vec<Indicator> = Vec::new();
        for (i, spanned) in raw.indicators.into_iter().enumerate() {
            let at = At::of(path, &spanned, 0);
            let raw = spanned.value;
            let field = |name: &str| format!("indicators[{i}].{name}");
            let id_at = At::of(path, &raw.id, 0);
            let ind_id = raw.id.value;
            if !is_id(&ind_id) {
                self.error(
                    id_at,
                    &field("id"),
                    format!("`{ind_id}` is not a usable id"),
                    &format!("use lower-case letters, digits and `-`, e.g. {}", slugify(&ind_id)),
                );
            } else if indicators.iter().any(|x| x.id == ind_id) {
                self.error(
                    id_at,
                    &field("id"),
                    format!("the id `{ind_id}` is used by another indicator of this programme"),
                    "give each indicator its own id",
                );
            }
            for (name, text, required) in [
                ("title", Some(&raw.title), true),
                ("unit", Some(&raw.unit), true),
                ("source", raw.source.as_ref(), false),
                ("note", raw.note.as_ref(), false),
            ] {
                if let Some(text) = text {
                    self.text(at, &field(name), text, required);
                }
            }
            let baseline = raw.baseline.unwrap_or(0.0);
            let target = raw.target.value;
            if target == baseline {
                self.error(
                    At::of(path, &raw.target, 0),
                    &field("target"),
                    format!("the target equals the baseline ({baseline}), so progress cannot be measured"),
                    "set the value the programme aims for; a target below the baseline means the indicator must fall",
                );
            }
            for (name, v) in [("baseline", baseline), ("target", target)] {
                if !v.is_finite() {
                    self.error(at, &field(name), format!("expected a number, found {v}"), "");
                }
            }
            let target_year = match raw.target_year {
                Some(ty) => {
                    self.year(At::of(path, &ty, 0), &field("target_year"), ty.value);
                    if ty.value < period.start {
                        self.error(
                            At::of(path, &ty, 0),
                            &field("target_year"),
                            format!("the target year {} is before the programme starts ({})", ty.value, period.start),
                            "",
                        );
                    }
                    ty.value
                }
                None => period.end,
            };
            let mut progress: Vec<ProgressPoint> = Vec::new();
            for (j, p) in raw.progress.unwrap_or_default().into_iter().enumerate() {
                let p_at = At::of(path, &p, 0);
                let pfield = format!("indicators[{i}].progress[{j}]");
                let point = match (p.value.year, &p.value.date) {
                    (Some(year), None) => Some(ProgressPoint { year, date: None, value: p.value.value }),
                    (None, Some(d)) => match Date::parse(d) {
                        Some(date) => Some(ProgressPoint { year: date.year, date: Some(date), value: p.value.value }),
                        None => {
                            self.error(
                                p_at,
                                &format!("{pfield}.date"),
                                format!("`{d}` is not a date"),
                                &format!("write the date as {ACCEPTED_FORMS}"),
                            );
                            None
                        }
                    },
                    (Some(_), Some(_)) => {
                        self.error(p_at, &pfield, "gives both `year` and `date`", "keep one of them");
                        None
                    }
                    (None, None) => {
                        self.error(
                            p_at,
                            &pfield,
                            "gives neither `year` nor `date`",
                            "add `year: 2019` (or `date: 2019-06-30`)",
                        );
                        None
                    }
                };
                if let Some(point) = point {
                    self.year(p_at, &pfield, point.year);
                    if !point.value.is_finite() {
                        self.error(p_at, &format!("{pfield}.value"), "expected a number", "");
                    } else if progress.iter().any(|x| x.time() == point.time()) {
                        self.error(p_at, &pfield, "this time is given twice", "give one value per year or date");
                    } else {
                        progress.push(point);
                    }
                }
            }
            progress.sort_by(|a, b| a.time().total_cmp(&b.time()));
            indicators.push(Indicator {
                id: ind_id,
                title: raw.title,
                unit: raw.unit,
                baseline,
                target,
                target_year,
                progress,
                source: raw.source,
                note: raw.note,
            });
        }
        if self.error_count() > before {
            return None;
        }
        Some(Program {
            id,
            source: path.to_string(),
            title: raw.title,
            summary: raw.summary,
            description_line: raw.description.as_ref().map_or(1, |d| d.referenced.line() as usize),
            description: raw.description.map(|d| d.value),
            owner: raw.owner,
            period,
            sample_data: raw.sample_data.unwrap_or(false),
            tags,
            budget,
            indicators,
        })
    }

    /// Years of programmes are years of our era: a typo (20190630, 218) is an error.
    fn year(&mut self, at: At, field: &str, year: i32) {
        if !(1900..=2200).contains(&year) {
            self.error(at, field, format!("{year} is not a usable year"), "write the year in full, e.g. 2019");
        }
    }

    fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    fn tags(&mut self, at: At, names: Vec<String>) -> Vec<Tag> {
        let mut tags: Vec<Tag> = Vec::new();
        for name in names {
            let slug = slugify(&name);
            if slug.is_empty() {
                self.error(at, "tags", format!("the tag `{name}` has no letters or digits"), "");
            } else if !tags.iter().any(|t| t.slug == slug) {
                tags.push(Tag { slug, name: name.trim().to_string() });
            }
        }
        tags
    }

    fn documents(
        &mut self,
        files: &[SourceFile],
        kind: Kind,
        programs: &BTreeSet<&str>,
        sources: &Sources,
        options: ResolveOptions,
    ) -> Vec<Translations> {
        let statics = &sources.statics;
        let mut groups: BTreeMap<String, BTreeMap<String, Document>> = BTreeMap::new();
        // Versions that exist but have errors (already reported): not "missing".
        let mut broken: BTreeSet<(String, String)> = BTreeSet::new();
        let folder = format!("{}/", kind.folder());
        for file in sources.unreadable.iter().filter(|f| f.path.starts_with(&folder)) {
            if let Some(key) = self.split_name(file) {
                broken.insert(key);
            }
        }
        for file in files {
            let Some((name, lang)) = self.split_name(file) else {
                continue;
            };
            let Some(doc) = self.document(file, &lang, kind, programs, statics) else {
                broken.insert((name, lang));
                continue;
            };
            if doc.draft && !options.drafts {
                continue;
            }
            let group = groups.entry(name).or_default();
            if let Some(other) = group.get(&lang) {
                let other = other.source.clone();
                self.error(
                    At { path: &file.path, line: 1, column: 1 },
                    "",
                    format!("{other} is already the `{lang}` version of this {}", kind.noun()),
                    "rename one of the files, or delete one",
                );
                continue;
            }
            group.insert(lang, doc);
        }
        let default = self.config.default_lang().to_string();
        let mut out = Vec::new();
        for (name, by_lang) in groups {
            let exists = |lang: &str| by_lang.contains_key(lang) || broken.contains(&(name.clone(), lang.to_string()));
            if !exists(&default) {
                let (lang, doc) = by_lang.iter().next().expect("groups are never empty");
                let source = doc.source.clone();
                self.warning(
                    At { path: &source, line: 1, column: 1 },
                    "",
                    format!("there is no {default} version; the {lang} page is built on its own"),
                    &format!("write {}/{name}.{default}.md", kind.folder()),
                );
            }
            for lang in self.config.languages.iter().filter(|l| **l != default) {
                if !exists(lang) {
                    let source = by_lang.values().next().expect("groups are never empty").source.clone();
                    self.warning(
                        At { path: &source, line: 1, column: 1 },
                        "",
                        format!("not translated into `{lang}`"),
                        &format!("write {}/{name}.{lang}.md", kind.folder()),
                    );
                }
            }
            out.push(Translations { name, by_lang });
        }
        // Slugs are unique per language and section.
        let mut seen: BTreeMap<(String, String), String> = BTreeMap::new();
        for group in &out {
            for (lang, doc) in &group.by_lang {
                if let Some(other) = seen.insert((lang.clone(), doc.slug.clone()), doc.source.clone()) {
                    self.error(
                        At { path: &doc.source, line: 1, column: 1 },
                        "slug",
                        format!("the address `{}` is already used by {other}", doc.slug),
                        "set a different `slug:` in one of the two files",
                    );
                }
            }
        }
        out
    }

    /// `x.vi.md` → (`x`, `vi`); `x.md` → (`x`, default language).
    fn split_name(&mut self, file: &SourceFile) -> Option<(String, String)> {
        let stem = file.name.trim_end_matches(".md");
        if let Some((name, suffix)) = stem.rsplit_once('.') {
            if self.config.languages.iter().any(|l| l == suffix) {
                return Some((name.to_string(), suffix.to_string()));
            }
            if (2..=3).contains(&suffix.len()) && suffix.bytes().all(|b| b.is_ascii_lowercase()) {
                self.error(
                    At { path: &file.path, line: 1, column: 1 },
                    "",
                    format!("`{suffix}` is not one of the site's languages ({})", self.config.languages.join(", ")),
                    "rename the file, or add the language to `languages` in content/site.yaml",
                );
                return None;
            }
        }
        Some((stem.to_string(), self.config.default_lang().to_string()))
    }

    fn document(
        &mut self,
        file: &SourceFile,
        lang: &str,
        kind: Kind,
        programs: &BTreeSet<&str>,
        statics: &BTreeMap<String, Vec<u8>>,
    ) -> Option<Document> {
        let path = file.path.as_str();
        let top = At { path, line: 1, column: 1 };
        let (front, body, body_line) = match split_front_matter(&file.text) {
            Ok(parts) => parts,
            Err((line, message, hint)) => {
                self.error(At { path, line, column: 1 }, "", message, hint);
                return None;
            }
        };
        let raw: RawFrontMatter = match crate::yaml::parse(front) {
            Ok(raw) => raw,
            Err(e) => {
                self.diagnostics.push(yaml_diagnostic(path, 1, e));
                return None;
            }
        };
        let before = self.error_count();
        let title = raw.title.value.trim().to_string();
        if title.is_empty() {
            self.error(At::of(path, &raw.title, 1), "title", "the title is empty", "write the title after `title:`");
        }
        let date = match raw.date {
            Some(d) => match Date::parse(&d.value) {
                Some(date) => Some(date),
                None => {
                    self.error(
                        At::of(path, &d, 1),
                        "date",
                        format!("`{}` is not a date", d.value),
                        &format!("write the date as {ACCEPTED_FORMS}"),
                    );
                    None
                }
            },
            None if kind == Kind::Article => {
                self.error(
                    top,
                    "date",
                    "an article needs a date",
                    &format!("add `date:` to the front matter, e.g. `date: 2018-06-22` (accepted: {ACCEPTED_FORMS})"),
                );
                None
            }
            None => None,
        };
        let mut linked = Vec::new();
        for (i, p) in raw.programs.unwrap_or_default().into_iter().enumerate() {
            if programs.contains(p.value.as_str()) {
                linked.push(p.value);
            } else {
                let known: Vec<&str> = programs.iter().copied().collect();
                let hint = match crate::diagnostic::nearest(&p.value, known.iter().copied()) {
                    Some(near) => {
                        format!("did you mean `{near}`? Programmes are named after their file in content/programs/")
                    }
                    None => format!("known programmes: {}", known.join(", ")),
                };
                self.error(
                    At::of(path, &p, 1),
                    &format!("programs[{i}]"),
                    format!("there is no programme `{}`", p.value),
                    &hint,
                );
            }
        }
        let default_name = file.name.trim_end_matches(".md");
        let default_name = default_name.rsplit_once('.').filter(|(_, l)| *l == lang).map_or(default_name, |(n, _)| n);
        let default_name = default_name.rsplit('/').next().unwrap_or(default_name);
        let slug = match raw.slug {
            Some(s) if s.value.contains('/') || s.value.contains("..") || s.value.contains('\\') => {
                self.error(
                    At::of(path, &s, 1),
                    "slug",
                    format!("`{}` would leave its section of the site", s.value),
                    "a slug is one word or several joined by `-`, without `/` or `..`",
                );
                String::new()
            }
            Some(s) => {
                let slug = slugify(&s.value);
                if slug.is_empty() {
                    self.error(At::of(path, &s, 1), "slug", format!("`{}` has no letters or digits", s.value), "");
                }
                slug
            }
            None => {
                let slug = slugify(default_name);
                if slug.is_empty() {
                    self.error(
                        top,
                        "slug",
                        format!("the file name `{}` has no letters or digits to make an address from", file.name),
                        "rename the file or set `slug:`",
                    );
                }
                slug
            }
        };
        let image = match raw.image {
            None => None,
            Some(img) => {
                let at = At::of(path, &img, 1);
                let target = img.value.trim_start_matches('/').to_string();
                if !statics.contains_key(target.trim_start_matches("static/")) || !target.starts_with("static/") {
                    self.error(
                        at,
                        "image",
                        format!("`{}` is not a file in content/static/", img.value),
                        "put the image in content/static/ and write `image: /static/<file name>`",
                    );
                }
                match raw.image_alt {
                    Some(alt) if !alt.trim().is_empty() => Some((target, alt.trim().to_string())),
                    _ => {
                        self.error(
                            at,
                            "image_alt",
                            "an image needs a text alternative",
                            "add `image_alt:` describing the image for people who cannot see it",
                        );
                        None
                    }
                }
            }
        };
        if let (Kind::Article, Some(m)) = (kind, &raw.menu) {
            self.error(
                At::of(path, m, 1),
                "menu",
                "`menu` places a page in the navigation; articles cannot have it",
                "remove the line",
            );
        }
        let tags = self.tags(top, raw.tags.unwrap_or_default());
        if self.error_count() > before {
            return None;
        }
        Some(Document {
            source: path.to_string(),
            lang: lang.to_string(),
            slug,
            title,
            date,
            summary: raw
                .summary
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| crate::render::markdown::first_paragraph(body)),
            programs: linked,
            tags,
            draft: raw.draft.unwrap_or(false),
            image,
            menu: raw.menu.map(|m| m.value),
            body: body.to_string(),
            body_line,
        })
    }

    /// Pages sit beside the sections of the site; they must not take their names.
    fn check_page_slugs(&mut self, pages: &[Translations]) {
        for group in pages {
            for (lang, doc) in &group.by_lang {
                let paths = self.config.paths(lang);
                if !paths.pages.is_empty() {
                    continue;
                }
                let at_root = *lang == self.config.default_lang();
                let taken = [paths.articles.as_str(), paths.programs.as_str(), paths.tags.as_str()]
                    .contains(&doc.slug.as_str())
                    || (at_root
                        && (crate::config::RESERVED.contains(&doc.slug.as_str())
                            || self.config.languages.contains(&doc.slug)));
                if taken {
                    let source = doc.source.clone();
                    let slug = doc.slug.clone();
                    self.error(
                        At { path: &source, line: 1, column: 1 },
                        "slug",
                        format!("the address `{slug}` is taken by a section of the site"),
                        "set another `slug:` for this page",
                    );
                }
            }
        }
    }
}

impl Kind {
    fn noun(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::Page => "page",
        }
    }

    fn folder(self) -> &'static str {
        match self {
            Kind::Article => "content/articles",
            Kind::Page => "content/pages",
        }
    }
}

/// `[a-z0-9-]+`.
fn is_id(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Splits `---\nYAML\n---\nbody` into (YAML, body, line the body starts on).
/// The error is (line, message, hint).
pub fn split_front_matter(text: &str) -> Result<(&str, &str, usize), (usize, &'static str, &'static str)> {
    if text.trim().is_empty() {
        return Err((
            1,
            "the file is empty",
            "write a front matter block (`---`, `title: ...`, `---`) and then the text, or delete the file",
        ));
    }
    let Some(rest) = text.strip_prefix("---\n") else {
        return Err((
            1,
            "the file does not start with front matter",
            "start the file with a line `---`, then `title: ...` and `date: ...`, then a line `---`, then the text",
        ));
    };
    let mut offset = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        if line.trim_end() == "---" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            return Ok((front, body, i + 3));
        }
        offset += line.len();
    }
    Err((1, "the front matter is not closed", "add a line `---` after the last front matter line"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_split() {
        assert_eq!(split_front_matter("---\ntitle: a\n---\nbody\n"), Ok(("title: a\n", "body\n", 4)));
        assert_eq!(split_front_matter("---\ntitle: a\n---"), Ok(("title: a\n", "", 4)));
        assert_eq!(split_front_matter("title: a\n").unwrap_err().1, "the file does not start with front matter");
        assert_eq!(split_front_matter("---\ntitle: a\n").unwrap_err().1, "the front matter is not closed");
    }
}
