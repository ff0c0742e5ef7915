//! Articles and pages (`content/{articles,pages}/<name>.<lang>.md`): front
//! matter, translations paired by name, slugs.

use super::*;
use crate::messages::DocumentKind;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: Spanned<String>,
    date: Option<Spanned<String>>,
    summary: Option<String>,
    programs: Option<Vec<Spanned<String>>>,
    tags: Option<Spanned<Vec<String>>>,
    slug: Option<Spanned<String>>,
    draft: Option<bool>,
    image: Option<Spanned<String>>,
    image_alt: Option<String>,
    menu: Option<Spanned<i64>>,
    /// `none`: written in one language on purpose.
    translations: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Article,
    Page,
}

/// What a document's own text gives, before any rule reads it: its front
/// matter split off and parsed, and the summary its first paragraph makes.
/// Made for every file at once, on all cores; what it found is reported
/// by the rules, one file after the other, in order.
struct Parsed {
    /// Where the body starts (a byte offset) and on which line; or why the
    /// front matter cannot be split off: the line, and the message.
    split: Result<(usize, usize), (usize, Message)>,
    /// The front matter, when it was split off.
    raw: Option<Result<RawFrontMatter, YamlError>>,
    /// The body's first paragraph, when the front matter has no summary.
    first_paragraph: Option<String>,
}

impl Parsed {
    fn of(text: &str) -> Parsed {
        let (split, raw) = match split_front_matter(text) {
            Ok((front, body, line)) => {
                (Ok((text.len() - body.len(), line)), Some(crate::yaml::parse::<RawFrontMatter>(front)))
            }
            Err(e) => (Err(e), None),
        };
        let summary_given = |raw: &RawFrontMatter| raw.summary.as_ref().is_some_and(|s| !s.trim().is_empty());
        let first_paragraph = match (&split, &raw) {
            (Ok((start, _)), Some(Ok(raw))) if !summary_given(raw) => {
                Some(crate::render::markdown::first_paragraph(&text[*start..]))
            }
            _ => None,
        };
        Parsed { split, raw, first_paragraph }
    }
}

impl Validator<'_> {
    pub(super) fn documents(
        &mut self,
        files: &[SourceFile],
        kind: Kind,
        programs: &BTreeSet<&str>,
        sources: &Sources,
        options: ResolveOptions,
    ) -> std::sync::Arc<Vec<Translations>> {
        let statics = |name: &str| sources.statics.contains_key(name) || sources.static_images.contains_key(name);
        let folder = format!("{}/", kind.folder());
        let start = self.memo.as_ref().map(|m| {
            let unreadable: Vec<&str> =
                sources.unreadable.iter().filter(|f| f.path.starts_with(&folder)).map(|f| &*f.path).collect();
            crate::hash_of((m.context, options.drafts, unreadable, &self.unknown_tags, &self.used_tags))
        });
        if let Some(start) = start
            && let Some(out) = self.documents_patched(files, kind, programs, &statics, start)
        {
            return out;
        }
        if let Some(memo) = &mut self.memo {
            memo.looked_up.insert(kind.folder());
        }
        let said_before = self.diagnostics.len();
        let mut groups: BTreeMap<String, BTreeMap<String, std::sync::Arc<Document>>> = BTreeMap::new();
        // Versions that exist but have errors (already reported): not "missing".
        let mut broken: BTreeSet<(String, String)> = BTreeSet::new();
        for file in sources.unreadable.iter().filter(|f| f.path.starts_with(&folder)) {
            if let Some(key) = self.split_name(file) {
                broken.insert(key);
            }
        }
        // On all cores when every file is validated (not `serve`'s runs,
        // which validate again only what changed).
        let mut parsed = match self.memo {
            None => {
                use rayon::prelude::*;
                files.par_iter().map(|f| Parsed::of(&f.text)).collect()
            }
            Some(_) => Vec::new(),
        }
        .into_iter();
        for file in files {
            // In the order of the files (none when made in `document`).
            let parsed = parsed.next();
            let Some((name, lang)) = self.split_name(file) else {
                // Misnamed, and said so: its version is not also "missing".
                if let Some((lang, name, _)) = self.suffix_form(file, file.name.trim_end_matches(".md")) {
                    broken.insert((name, lang));
                }
                continue;
            };
            let Some(doc) = self.document_once(file, parsed, &lang, kind, programs, &statics) else {
                broken.insert((name, lang));
                continue;
            };
            if doc.draft && !options.drafts {
                continue;
            }
            let group = groups.entry(name).or_default();
            if let Some(other) = group.get(&lang) {
                let message =
                    Message::VersionTwice { other: other.source.clone(), lang: lang.clone(), kind: kind.noun() };
                self.report(At { path: &file.path, line: 1, column: 1 }, "", message);
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
                let message = Message::NoDefaultVersion {
                    default: default.clone(),
                    lang: lang.clone(),
                    missing_file: format!("{}/{name}.{default}.md", kind.folder()),
                };
                self.report(At { path: &source, line: 1, column: 1 }, "", message);
            }
            let on_purpose = by_lang.values().any(|d| d.one_language);
            for lang in self.config.languages.iter().filter(|l| **l != default && !on_purpose) {
                if !exists(lang) {
                    let source = by_lang.values().next().expect("groups are never empty").source.clone();
                    let message = Message::NotTranslated {
                        lang: lang.clone(),
                        missing_file: format!("{}/{name}.{lang}.md", kind.folder()),
                    };
                    self.report(At { path: &source, line: 1, column: 1 }, "", message);
                }
            }
            out.push(Translations::new(name, by_lang));
        }
        // Slugs are unique per language and section.
        let mut seen: std::collections::HashMap<(&str, &str), &str> = Default::default();
        for group in &out {
            for (lang, doc) in &group.by_lang {
                if let Some(other) = seen.insert((lang, &doc.slug), &doc.source) {
                    let message = Message::SlugUsedTwice { slug: doc.slug.clone(), other: other.to_string() };
                    self.report(At { path: &doc.source, line: 1, column: 1 }, "slug", message);
                }
            }
        }
        let out = std::sync::Arc::new(out);
        if let (Some(start), Some(memo)) = (start, &mut self.memo) {
            let listing = Listing {
                start,
                files: files.iter().map(|f| (f.path.clone(), f.hash)).collect(),
                out: out.clone(),
                diagnostics: self.diagnostics[said_before..].to_vec(),
                unknown_after: self.unknown_tags.clone(),
                used_after: self.used_tags.clone(),
            };
            memo.cache.lists.insert(kind.folder(), listing);
        }
        out
    }

    /// The last run's documents of this section, with the few whose text
    /// changed validated again and put in place; `None` when that cannot be
    /// known to give what a whole run would: another file, another
    /// context, many changes, or a changed document that now pairs, names,
    /// hides or tags differently (its slug, language, draft, topics).
    ///
    /// A changed document is validated against the topics the last run
    /// ended with; as its topics are the same as before, it warns about
    /// the same unknown ones.
    fn documents_patched(
        &mut self,
        files: &[SourceFile],
        kind: Kind,
        programs: &BTreeSet<&str>,
        statics: &dyn Fn(&str) -> bool,
        start: u64,
    ) -> Option<std::sync::Arc<Vec<Translations>>> {
        /// More changed documents than this: looked up one by one.
        const MOST: usize = 16;
        // Taken out: put back when patched, else made again by the whole run.
        let memo = self.memo.as_mut()?;
        let mut listing = memo.cache.lists.remove(kind.folder())?;
        let context = memo.context;
        if listing.start != start || listing.files.len() != files.len() {
            return None;
        }
        let mut changed = Vec::new();
        for (i, (file, (path, hash))) in files.iter().zip(&listing.files).enumerate() {
            if file.path != *path {
                return None;
            }
            if file.hash != *hash {
                changed.push((i, file));
                if changed.len() > MOST {
                    return None;
                }
            }
        }
        // Not copied: the last site, which shared it, is gone.
        let mut out = std::mem::take(&mut listing.out);
        let mut said = std::mem::take(&mut listing.diagnostics);
        let (unknown_after, used_after) = (listing.unknown_after.clone(), listing.used_after.clone());
        let unknown_outside = std::mem::replace(&mut self.unknown_tags, unknown_after.clone());
        let used_outside = std::mem::take(&mut self.used_tags);
        let said_before = self.diagnostics.len();
        let mut made = Vec::new();
        let patched = (|| {
            for &(_, file) in &changed {
                let (name, lang) = self.split_name(file)?;
                let old_doc = self.memo.as_ref()?.cache.entries.get(&file.path)?.doc.clone()?;
                let at = self.diagnostics.len();
                let doc = self.document(file, None, &lang, kind, programs, statics)?;
                let used = std::mem::take(&mut self.used_tags);
                let unknown: Vec<String> = self.unknown_tags.difference(&unknown_after).cloned().collect();
                let diagnostics = self.diagnostics[at..].to_vec();
                let memo = self.memo.as_ref()?;
                let old = memo.cache.entries.get(&file.path)?;
                let same = (&doc.lang, &doc.slug, doc.draft, doc.one_language)
                    == (&old_doc.lang, &old_doc.slug, old_doc.draft, old_doc.one_language)
                    && unknown == old.unknown
                    && used == old.used;
                if !same {
                    return None;
                }
                for d in &old.diagnostics {
                    let i = said.iter().position(|s| s == d)?;
                    said.remove(i);
                }
                said.extend(diagnostics.iter().cloned());
                let doc = std::sync::Arc::new(doc);
                // In place of the old version, when shown (a hidden draft is not).
                let groups = std::sync::Arc::make_mut(&mut out);
                if let Ok(g) = groups.binary_search_by(|g| g.name.as_str().cmp(&name))
                    && groups[g].by_lang.get(&lang).is_some_and(|shown| std::sync::Arc::ptr_eq(shown, &old_doc))
                {
                    groups[g].set(&lang, doc.clone());
                }
                let key = crate::hash_of((file.hash, context, &lang, kind.folder(), old.unknown_before));
                let entry = DocEntry {
                    key,
                    run: memo.cache.run,
                    unknown_before: old.unknown_before,
                    doc: Some(doc),
                    diagnostics,
                    unknown,
                    used,
                };
                made.push((file, entry));
            }
            Some(())
        })();
        // What the documents said is in `said`.
        self.diagnostics.truncate(said_before);
        if patched.is_none() {
            self.unknown_tags = unknown_outside;
            self.used_tags = used_outside;
            return None;
        }
        // The topics as the last run left them (it started where this one did).
        self.unknown_tags = unknown_after;
        self.used_tags = used_after;
        self.diagnostics.extend(said.iter().cloned());
        let memo = self.memo.as_mut()?;
        for (file, entry) in made {
            memo.cache.entries.insert(file.path.clone(), entry);
        }
        for (i, file) in changed {
            listing.files[i].1 = file.hash;
        }
        listing.out = out.clone();
        listing.diagnostics = said;
        memo.cache.lists.insert(kind.folder(), listing);
        Some(out)
    }

    /// `x.vi.md` → (`x`, `vi`); `x.md` → (`x`, default language).
    fn split_name(&mut self, file: &SourceFile) -> Option<(String, String)> {
        let stem = file.name.trim_end_matches(".md");
        if let Some((lang, _, right)) = self.suffix_form(file, stem) {
            self.report(At { path: &file.path, line: 1, column: 1 }, "", Message::LanguageSuffixForm { lang, right });
            return None;
        }
        if let Some((name, suffix)) = stem.rsplit_once('.') {
            if self.config.languages.iter().any(|l| l == suffix) {
                return Some((name.to_string(), suffix.to_string()));
            }
            let domain =
                name.rsplit('.').next().is_some_and(|d| ["gov", "com", "org", "edu", "net", "ac"].contains(&d));
            if (2..=3).contains(&suffix.len()) && suffix.bytes().all(|b| b.is_ascii_lowercase()) && !domain {
                let message =
                    Message::FileLanguageUnknown { lang: suffix.to_string(), languages: self.config.languages.clone() };
                self.report(At { path: &file.path, line: 1, column: 1 }, "", message);
                return None;
            }
        }
        Some((stem.to_string(), self.config.default_lang().to_string()))
    }

    /// A language suffix written another way (`.EN`, `.en-US`, `.vn`, `-en`,
    /// `_en`): the language meant and the file name baocao reads.
    fn suffix_form(&self, file: &SourceFile, stem: &str) -> Option<(String, String, String)> {
        let languages = &self.config.languages;
        let known = |code: &str| languages.iter().find(|l| l.eq_ignore_ascii_case(code)).cloned();
        let meant = |suffix: &str| -> Option<String> {
            let primary = suffix.split(['-', '_']).next().unwrap_or(suffix);
            if suffix.eq_ignore_ascii_case("vn") {
                return known("vi");
            }
            let lang = known(primary)?;
            (suffix != lang).then_some(lang)
        };
        let (name, lang) = match stem.rsplit_once('.') {
            // `x.vn` after a domain (`hagiang.gov.vn`) is a domain, not a language.
            Some((name, suffix))
                if suffix.eq_ignore_ascii_case("vn")
                    && name
                        .rsplit('.')
                        .next()
                        .is_some_and(|d| ["gov", "com", "org", "edu", "net", "ac"].contains(&d)) =>
            {
                return None;
            }
            // A region is letters: `en-US`, not `en-2020`.
            Some((_, suffix))
                if suffix.split(['-', '_']).nth(1).is_some_and(|r| !r.chars().all(|c| c.is_ascii_alphabetic())) =>
            {
                return None;
            }
            Some((name, suffix)) if (2..=8).contains(&suffix.len()) => (name, meant(suffix)?),
            _ => {
                // `ket-qua-en`, `ket-qua_EN` beside `ket-qua.vi.md`: the translation of
                // an article, named so that it would be published as the default
                // language. Without such a sibling, `pham-vi` is just a name.
                let (name, suffix) = stem.rsplit_once(['-', '_'])?;
                let lang = known(suffix)?;
                let default = self.config.default_lang();
                let folder = &file.path[..file.path.len() - file.name.len()];
                let sibling = |n: &str| self.names.contains(format!("{folder}{n}").as_str());
                let translated = sibling(&format!("{name}.{default}.md")) || sibling(&format!("{name}.md"));
                if lang == default || name.is_empty() || !translated {
                    return None;
                }
                (name, lang)
            }
        };
        let folder = &file.path[..file.path.len() - file.name.len()];
        Some((lang.clone(), name.to_string(), format!("{folder}{name}.{lang}.md")))
    }

    /// [`Self::document`], or what it gave before for the same text and
    /// context (an incremental run): the document, its diagnostics and the
    /// topics it used are replayed. A tag the vocabulary lacks is warned
    /// about where it is first seen, so what was seen before is in the key.
    fn document_once(
        &mut self,
        file: &SourceFile,
        parsed: Option<Parsed>,
        lang: &str,
        kind: Kind,
        programs: &BTreeSet<&str>,
        statics: &dyn Fn(&str) -> bool,
    ) -> Option<std::sync::Arc<Document>> {
        let Some(memo) = self.memo.take() else {
            return self.document(file, parsed, lang, kind, programs, statics).map(std::sync::Arc::new);
        };
        // The text's hash comes with the file (a kept read cache sets it).
        let unknown_before = crate::hash_of(&self.unknown_tags);
        let key = crate::hash_of((file.hash, memo.context, lang, kind.folder(), unknown_before));
        let run = memo.cache.run;
        let hit = memo.cache.entries.get_mut(&file.path).filter(|e| e.key == key).map(|e| {
            e.run = run;
            &*e
        });
        let doc = if let Some(entry) = hit {
            self.diagnostics.extend(entry.diagnostics.iter().cloned());
            // Cloned only when new: most topics are used by many documents.
            for tag in &entry.unknown {
                if !self.unknown_tags.contains(tag) {
                    self.unknown_tags.insert(tag.clone());
                }
            }
            for tag in &entry.used {
                if !self.used_tags.contains(tag) {
                    self.used_tags.insert(tag.clone());
                }
            }
            entry.doc.clone()
        } else {
            let before = self.diagnostics.len();
            let unknown_seen = self.unknown_tags.clone();
            let used_outside = std::mem::take(&mut self.used_tags);
            let doc = self.document(file, parsed, lang, kind, programs, statics).map(std::sync::Arc::new);
            let used = std::mem::replace(&mut self.used_tags, used_outside);
            self.used_tags.extend(used.iter().cloned());
            let entry = DocEntry {
                key,
                run,
                unknown_before,
                doc: doc.clone(),
                diagnostics: self.diagnostics[before..].to_vec(),
                unknown: self.unknown_tags.difference(&unknown_seen).cloned().collect(),
                used,
            };
            memo.cache.entries.insert(file.path.clone(), entry);
            doc
        };
        self.memo = Some(memo);
        doc
    }

    /// Checks one document's rules: `parsed` is what its text gives, when
    /// it was made before (else it is made here).
    fn document(
        &mut self,
        file: &SourceFile,
        parsed: Option<Parsed>,
        lang: &str,
        kind: Kind,
        programs: &BTreeSet<&str>,
        statics: &dyn Fn(&str) -> bool,
    ) -> Option<Document> {
        let path = &*file.path;
        let top = At { path, line: 1, column: 1 };
        let Parsed { split, raw, first_paragraph } = parsed.unwrap_or_else(|| Parsed::of(&file.text));
        let (body_start, body_line) = match split {
            Ok(split) => split,
            Err((line, message)) => {
                self.report(At { path, line, column: 1 }, "", message);
                return None;
            }
        };
        let raw: RawFrontMatter = match raw.expect("the front matter is parsed once it is split off") {
            Ok(raw) => raw,
            Err(e) => {
                self.diagnostics.push(yaml_diagnostic(path, 1, e));
                return None;
            }
        };
        // Every field by name: a new one does not compile until it is handled here.
        let RawFrontMatter {
            title: raw_title,
            date: raw_date,
            summary,
            programs: raw_programs,
            tags,
            slug: raw_slug,
            draft,
            image: raw_image,
            image_alt,
            menu,
            translations,
        } = raw;
        let before = self.diagnostics.len();
        let title = raw_title.value.trim().to_string();
        if title.is_empty() {
            self.report(At::of(path, &raw_title, 1), "title", Message::TitleEmpty);
        }
        let date = match raw_date {
            Some(d) => match Date::parse(&d.value) {
                Some(date) => Some(date),
                None => {
                    self.report(At::of(path, &d, 1), "date", Message::NotADate { text: d.value.clone() });
                    None
                }
            },
            None if kind == Kind::Article => {
                self.report(top, "date", Message::ArticleNeedsDate);
                None
            }
            None => None,
        };
        let mut linked = Vec::new();
        for (i, p) in raw_programs.unwrap_or_default().into_iter().enumerate() {
            if programs.contains(p.value.as_str()) {
                linked.push(p.value);
            } else {
                let known: Vec<&str> = programs.iter().copied().collect();
                let message = Message::UnknownProgramme {
                    id: p.value.clone(),
                    suggestion: crate::diagnostic::nearest(&p.value, known.iter().copied()).map(String::from),
                    known: known.iter().map(|k| k.to_string()).collect(),
                };
                self.report(At::of(path, &p, 1), &format!("programs[{i}]"), message);
            }
        }
        let default_name = file.name.trim_end_matches(".md");
        let default_name = default_name.rsplit_once('.').filter(|(_, l)| *l == lang).map_or(default_name, |(n, _)| n);
        let default_name = default_name.rsplit('/').next().unwrap_or(default_name);
        let slug = match raw_slug {
            Some(s) if s.value.contains('/') || s.value.contains("..") || s.value.contains('\\') => {
                self.report(At::of(path, &s, 1), "slug", Message::SlugLeavesSection { slug: s.value.clone() });
                String::new()
            }
            Some(s) => {
                let slug = slugify(&s.value);
                if slug.is_empty() {
                    self.report(At::of(path, &s, 1), "slug", Message::SlugWithoutLetters { slug: s.value.clone() });
                }
                self.name_length(At::of(path, &s, 1), "slug", &slug);
                slug
            }
            None => {
                let slug = slugify(default_name);
                if slug.is_empty() {
                    self.report(top, "slug", Message::FileNameWithoutLetters { name: file.name.to_string() });
                }
                self.name_length(top, "slug", &slug);
                slug
            }
        };
        let image_line = raw_image.as_ref().map_or(0, |img| At::of(path, img, 1).line);
        let image = match raw_image {
            None => None,
            Some(img) => {
                let at = At::of(path, &img, 1);
                let target = img.value.trim_start_matches('/').to_string();
                if !statics(target.trim_start_matches("static/")) || !target.starts_with("static/") {
                    self.report(at, "image", Message::ImageNotInStatic { image: img.value.clone() });
                }
                match image_alt {
                    Some(alt) if !alt.trim().is_empty() => Some((target, alt.trim().to_string())),
                    _ => {
                        self.report(at, "image_alt", Message::ImageNeedsAlt);
                        None
                    }
                }
            }
        };
        if let (Kind::Article, Some(m)) = (kind, &menu) {
            self.report(At::of(path, m, 1), "menu", Message::MenuOnArticle);
        }
        let tags = match tags {
            Some(t) => self.tags(At::of(path, &t, 1), t.value),
            None => Vec::new(),
        };
        let one_language = match &translations {
            None => false,
            Some(t) if t.value.trim() == "none" => true,
            Some(t) => {
                let message = Message::TranslationsNotNone { written: t.value.clone() };
                self.report(At::of(path, t, 1), "translations", message);
                false
            }
        };
        if self.errors_since(before) {
            return None;
        }
        let mut doc = Document {
            source: path.to_string(),
            lang: lang.to_string(),
            slug,
            title,
            date,
            summary: summary
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .or(first_paragraph)
                .unwrap_or_default(),
            programs: linked,
            tags,
            draft: draft.unwrap_or(false),
            image,
            image_line,
            menu: menu.map(|m| m.value),
            one_language,
            text: file.text.clone(),
            body_start,
            body_line,
            body_images: file.text[body_start..].contains("!["),
            source_hash: file.hash,
            card: 0,
        };
        doc.card = doc.card_hash();
        Some(doc)
    }

    /// Pages sit beside the sections of the site; they must not take their names.
    pub(super) fn check_page_slugs(&mut self, pages: &[Translations]) {
        for group in pages {
            for (lang, doc) in &group.by_lang {
                let paths = self.config.paths(lang);
                if !paths.pages.is_empty() {
                    continue;
                }
                let at_root = *lang == self.config.default_lang();
                let taken =
                    [paths.articles.as_str(), paths.programs.as_str(), paths.tags.as_str(), paths.search.as_str()]
                        .contains(&doc.slug.as_str())
                        || (at_root
                            && (crate::config::RESERVED.contains(&doc.slug.as_str())
                                || self.config.languages.contains(&doc.slug)));
                if taken {
                    let source = doc.source.clone();
                    let message = Message::PageSlugTaken { slug: doc.slug.clone() };
                    self.report(At { path: &source, line: 1, column: 1 }, "slug", message);
                }
            }
        }
    }
}

impl Kind {
    /// The kind as messages name it.
    fn noun(self) -> DocumentKind {
        match self {
            Kind::Article => DocumentKind::Article,
            Kind::Page => DocumentKind::Page,
        }
    }

    fn folder(self) -> &'static str {
        match self {
            Kind::Article => "content/articles",
            Kind::Page => "content/pages",
        }
    }
}

/// Splits `---\nYAML\n---\nbody` into (YAML, body, line the body starts on).
/// The error is (line, message).
pub fn split_front_matter(text: &str) -> Result<(&str, &str, usize), (usize, Message)> {
    if text.trim().is_empty() {
        return Err((1, Message::DocumentEmpty));
    }
    // A fence may have spaces after it (editors leave them; nothing is meant by them).
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    if first.trim_end() != "---" {
        return Err((1, Message::NoFrontMatter));
    }
    let mut offset = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        if line.trim_end() == "---" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            return Ok((front, body, i + 3));
        }
        offset += line.len();
    }
    Err((1, Message::FrontMatterNotClosed))
}

#[cfg(test)]
pub(super) fn raw_fields() -> Vec<(&'static str, Vec<String>)> {
    vec![("front-matter", crate::fields::introspect::fields_of::<RawFrontMatter>())]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::MessageLang;

    #[test]
    fn front_matter_split_allows_spaces_after_fences() {
        assert_eq!(split_front_matter("--- \ntitle: a\n---  \nbody\n"), Ok(("title: a\n", "body\n", 4)));
        assert_eq!(split_front_matter("---\t\ntitle: a\n---\n"), Ok(("title: a\n", "", 4)));
    }

    #[test]
    fn front_matter_split() {
        assert_eq!(split_front_matter("---\ntitle: a\n---\nbody\n"), Ok(("title: a\n", "body\n", 4)));
        assert_eq!(split_front_matter("---\ntitle: a\n---"), Ok(("title: a\n", "", 4)));
        let message = |text: &str| split_front_matter(text).unwrap_err().1.text(MessageLang::En).message;
        assert_eq!(message("title: a\n"), "the file does not start with front matter");
        assert_eq!(message("---\ntitle: a\n"), "the front matter is not closed");
        assert_eq!(message(" \n"), "the file is empty");
    }
}
