//! The search page of a language: its index (`search::index`), built here
//! from what readers see of each programme, indicator, topic, page and
//! article in that language, and the A–Z index it shows without script.
//! The index files are outputs of the page's job, beside the page.

use super::*;
use crate::search::index::{Entry, Kind, Words, build_streamed, words_of, words_with_body};
use serde::Serialize;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

/// What the search template sees.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchView {
    /// The core index file, relative to the page.
    pub index_src: String,
    pub script_src: String,
    /// The search interface strings, as JSON for the script.
    pub strings_json: String,
    /// The A–Z index: programmes, pages and topics, by first letter.
    pub letters: Vec<Letter>,
    pub articles_href: String,
}

/// The entries of the A–Z index under one letter.
#[derive(Debug, Clone, Serialize)]
pub struct Letter {
    pub letter: String,
    pub id: String,
    pub entries: Vec<AzEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AzEntry {
    pub title: Txt,
    pub href: String,
    /// `Chương trình`, `Chủ đề`, ...
    pub kind: String,
}

/// A snippet is cut to about this many characters, at a space.
const SNIPPET_CHARS: usize = 160;

/// The most of a body's Markdown that is searched (an article is a few
/// kilobytes; a hostile one of megabytes is searched by its beginning).
const BODY_BYTES: usize = 100_000;

/// The plain text of the beginning of a Markdown body.
fn body_text(markdown: &str) -> String {
    let mut end = markdown.len().min(BODY_BYTES);
    while !markdown.is_char_boundary(end) {
        end -= 1;
    }
    markdown::plain_text(&markdown[..end])
}

impl Renderer<'_> {
    /// The page's view; its index files go to `extras.charts` (the page
    /// job's other outputs).
    pub(super) fn search_page(&self, lang: &str, path: &str, extras: &mut Extras) -> SearchView {
        if self.dry {
            // No index is made (`check`): its files are named by what they
            // hold, so no one links to them, and making them finds nothing.
            return SearchView::default();
        }
        let loc = self.locale(lang);
        let searched = self.search_entries(lang, path);
        // An article's or page's entry has no body: its plain text is made
        // with its words, on both cores, and dropped once they are (the
        // plain texts of 10,000 articles were 24 MB a language, held at once).
        let words_for = |s: &Searched| match &s.doc {
            Some(doc) => words_with_body(&s.entry, &body_text(doc.body())),
            None => words_of(&s.entry),
        };
        let (entries, files) = match self.search_words {
            // A build: the words are merged as they are made, and not kept.
            None => {
                let entries: Vec<Arc<Entry>> = searched.iter().map(|s| s.entry.clone()).collect();
                let files = build_streamed(&entries, |i| words_for(&searched[i]));
                (entries, files)
            }
            // `serve`: the index is patched with the documents whose words changed.
            Some(cache) => {
                // Each document's words, kept from an earlier render when it
                // has not changed; new ones are kept under the entry's key.
                let words: Vec<Arc<Words>> = {
                    use rayon::prelude::*;
                    searched
                        .par_iter()
                        .map(|s| match (&s.kept, s.keys) {
                            (Some(words), _) => words.clone(),
                            (None, Some((_, entry_key))) => {
                                let words = Arc::new(words_for(s));
                                cache.put(entry_key, s.entry.clone(), words.clone());
                                words
                            }
                            (None, None) => Arc::new(words_for(s)),
                        })
                        .collect()
                };
                // Each document's words by a key, for patching the index.
                let keys: Vec<u64> = searched
                    .iter()
                    .zip(&words)
                    .map(|(s, words)| s.keys.map_or_else(|| crate::hash_of(&**words), |(k, _)| k))
                    .collect();
                let documents = searched
                    .iter()
                    .zip(&words)
                    .filter_map(|(s, w)| Some((s.doc.clone()?, s.entry.clone(), s.keys?, w.clone())))
                    .collect();
                let lists = self.summary.langs[lang].clone();
                let context = self.search_context.load(std::sync::atomic::Ordering::Relaxed);
                cache.put_documents(
                    lang,
                    LastDocuments { lists, context, path: path.to_string(), pages: self.site.pages.len(), documents },
                );
                let entries: Vec<Arc<Entry>> = searched.into_iter().map(|s| s.entry).collect();
                let mut merged = cache.take_merged(lang);
                merged.update(keys.into_iter().zip(words).collect());
                let files = merged.files(&entries);
                cache.put_merged(lang, merged);
                (entries, files)
            }
        };
        for (name, text) in files.files {
            extras.charts.push(Output::new(format!("{path}{name}"), text.into_bytes()));
        }
        let mut az: Vec<(Txt, String, Kind)> = Vec::new();
        for e in entries.iter().filter(|e| matches!(e.kind, Kind::Programme | Kind::Page | Kind::Topic)) {
            az.push((Txt::plain(&e.title), e.href.clone(), e.kind));
        }
        az.sort_by(|a, b| loc.collate(&a.0.text, &b.0.text).then_with(|| a.1.cmp(&b.1)));
        let mut letters: Vec<Letter> = Vec::new();
        for (title, href, kind) in az {
            let letter = loc.index_letter(&title.text);
            if letters.last().is_none_or(|l| l.letter != letter) {
                letters.push(Letter { id: format!("az-{}", letters.len() + 1), letter, entries: Vec::new() });
            }
            let kind = loc.t(&format!("search.kind_{}", kind.key()));
            letters.last_mut().expect("a letter").entries.push(AzEntry { title, href, kind });
        }
        SearchView {
            index_src: files.core,
            script_src: self.urls.relative(path, "theme/search.js"),
            strings_json: {
                let mut strings = loc.strings()["search"].clone();
                // The digit-group separator of counts: `1.234` (vi), `1,234` (en).
                let group = loc.number(1000.0, 0).chars().nth(1).filter(|c| !c.is_ascii_digit());
                strings["group"] = group.map(String::from).unwrap_or_default().into();
                serde_json::to_string(&strings).expect("strings serialize")
            },
            letters,
            articles_href: self.urls.relative(path, &self.urls.article_list(lang, 1)),
        }
    }

    /// Every document of the language, in the order ties are shown:
    /// programmes (each followed by its indicators), topics, pages, then
    /// articles newest first. Articles and pages without a version in the
    /// language are left out (their own language's search has them).
    /// With each entry, for an incremental render, the key of its words
    /// (articles and pages) and the words kept under it. The entry of an
    /// article or page has no body: its words are made from the document.
    fn search_entries(&self, lang: &str, path: &str) -> Vec<Searched> {
        let site = self.site;
        let u = self.urls;
        let loc = self.locale(lang);
        let summary = &self.summary.langs[lang];
        let tag_names = |tags: &[crate::model::Tag]| -> Vec<String> {
            tags.iter().map(|t| summary.tags.get(&t.slug).map_or_else(|| t.name.clone(), |e| e.name.clone())).collect()
        };
        let mut entries = Vec::new();
        for index in self.sorted_programs(lang) {
            let program = &site.programs[index];
            let view = self.program_view(index, lang, path, true);
            let mut body = vec![view.owner.text.clone(), view.period.clone()];
            if let Some(d) = &program.description {
                body.push(body_text(d.get(lang, self.default_lang()).text));
            }
            entries.push(Searched::new(Entry {
                kind: Kind::Programme,
                title: view.title.text.clone(),
                href: view.href.clone(),
                meta: view.overall_status.text.clone(),
                snippet: snippet(&view.summary.text),
                labels: tag_names(&program.tags),
                body: body.join("\n"),
            }));
            for ind in &view.indicators {
                let mut body = vec![view.title.text.clone()];
                body.extend(ind.source.iter().chain(&ind.note).map(|t| t.text.clone()));
                entries.push(Searched::new(Entry {
                    kind: Kind::Indicator,
                    title: ind.title.text.clone(),
                    href: u.relative(path, &format!("{}#{}", u.program(lang, &program.id), ind.id)),
                    meta: ind.status.text.clone(),
                    snippet: format!("{} · {}", ind.sentence, view.title.text),
                    labels: vec![ind.unit.text.clone()],
                    body: body.join("\n"),
                }));
            }
        }
        let mut tags: Vec<(&String, &crate::summary::TagEntry)> = summary.tags.iter().collect();
        tags.sort_by(|a, b| loc.collate(&a.1.name, &b.1.name));
        for (slug, tag) in tags {
            entries.push(Searched::new(Entry {
                kind: Kind::Topic,
                title: tag.name.clone(),
                href: u.relative(path, &u.tag(lang, slug, 1)),
                meta: String::new(),
                snippet: tag.description.as_ref().map(|(d, _)| snippet(d)).unwrap_or_default(),
                labels: Vec::new(),
                body: String::new(),
            }));
        }
        let document = |kind: Kind, doc: &crate::model::Document, href: &dyn Fn() -> String| -> Searched {
            // The words come from the source (title, summary, body) and the
            // labels; the rest of the entry from the render's settings and theme too.
            let keys = self.search_words.map(|_| {
                let mut h = DefaultHasher::new();
                (&doc.source, doc.source_hash, &doc.lang).hash(&mut h);
                for t in &doc.tags {
                    summary.tags.get(&t.slug).map_or(&t.name, |e| &e.name).hash(&mut h);
                }
                let words = h.finish();
                (
                    words,
                    crate::hash_of((
                        words,
                        path,
                        kind.code(),
                        self.search_context.load(std::sync::atomic::Ordering::Relaxed),
                    )),
                )
            });
            if let Some((entry, words)) = keys.and_then(|(_, k)| self.search_words.and_then(|c| c.get(k))) {
                return Searched { entry, keys, kept: Some(words), doc: None };
            }
            let entry = Entry {
                kind,
                title: doc.title.clone(),
                href: href(),
                meta: doc.date.as_ref().map(|d| loc.date_short(d)).unwrap_or_default(),
                snippet: snippet(&doc.summary),
                labels: tag_names(&doc.tags),
                // Made from the document when its words are (`search_page`).
                body: String::new(),
            };
            Searched { entry: Arc::new(entry), keys, kept: None, doc: None }
        };
        // The last render's documents, in order: one that is the same
        // document (not a copy: the same one, kept by the document cache)
        // in the same lists and settings has the same entry and words.
        let context = self.search_context.load(std::sync::atomic::Ordering::Relaxed);
        let last = self.search_words.and_then(|c| c.take_documents(lang)).filter(|l| {
            Arc::ptr_eq(&l.lists, summary) && l.context == context && l.path == path && l.pages == site.pages.len()
        });
        let mut at = 0;
        let mut push = |kind: Kind, doc: &Arc<crate::model::Document>, href: &dyn Fn() -> String| {
            let kept = last.as_ref().and_then(|l| l.documents.get(at)).filter(|k| Arc::ptr_eq(&k.0, doc));
            let mut searched = match kept {
                Some((_, entry, keys, words)) => {
                    Searched { entry: entry.clone(), keys: Some(*keys), kept: Some(words.clone()), doc: None }
                }
                None => document(kind, doc, href),
            };
            searched.doc = Some(doc.clone());
            entries.push(searched);
            at += 1;
        };
        for group in site.pages.iter() {
            if let Some(doc) = group.by_lang.get(lang) {
                push(Kind::Page, doc, &|| u.relative(path, &u.page(lang, &doc.slug)));
            }
        }
        for listed in summary.articles.iter().filter(|l| !l.fallback) {
            let doc = &site.articles[listed.group].by_lang[&listed.doc_lang];
            push(Kind::Article, doc, &|| u.relative(path, &u.article(lang, &doc.slug)));
        }
        entries
    }
}

/// A document, its search entry, the keys of its words and entry, and its words.
pub type KeptDocument = (Arc<crate::model::Document>, Arc<Entry>, (u64, u64), Arc<Words>);

/// What a language's search page last made of its documents (`serve`).
#[derive(Debug)]
pub struct LastDocuments {
    pub lists: Arc<crate::summary::LangSummary>,
    pub context: u64,
    pub path: String,
    pub pages: usize,
    /// In order: the document, its entry, its keys and its words.
    pub documents: Vec<KeptDocument>,
}

/// An entry of the index; for an incremental render the key of its words
/// and of the whole entry (documents only), and the words kept under it.
struct Searched {
    entry: Arc<Entry>,
    keys: Option<(u64, u64)>,
    kept: Option<Arc<Words>>,
    /// The document it is (articles and pages): its body's words are made
    /// from it, as the entry has no body.
    doc: Option<Arc<crate::model::Document>>,
}

impl Searched {
    fn new(entry: Entry) -> Searched {
        Searched { entry: Arc::new(entry), keys: None, kept: None, doc: None }
    }
}

/// The beginning of a summary, cut at a space after at most
/// [`SNIPPET_CHARS`] characters.
fn snippet(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= SNIPPET_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(SNIPPET_CHARS).collect();
    let cut = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_are_cut_at_a_space() {
        assert_eq!(snippet(" Ngắn. "), "Ngắn.");
        let long = "một hai, ".repeat(40);
        let cut = snippet(&long);
        let kept = cut.strip_suffix('…').expect("an ellipsis");
        assert!(long.starts_with(kept) && long[kept.len()..].starts_with([',', ' ']), "cut inside a word: {cut}");
        assert!(!kept.ends_with([',', ' ']), "{cut}");
        assert!(cut.chars().count() <= SNIPPET_CHARS + 1);
    }
}
