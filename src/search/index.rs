//! The search index of one language: built here from plain entries,
//! written as script files the search page loads with `<script>` (so it
//! works over `file://`, where `fetch` does not), and read back and queried
//! by [`search`], the reference of what the page's script does.
//!
//! The core file holds, per document, its kind, title, link, date or
//! status and labels (topics, unit), and the inverted index: each folded
//! word, its exact forms, and for each form the documents that hold it
//! with the best field they hold it in (title, label, summary, body).
//! Postings are gaps between document numbers, written with the field in
//! base-64 digits of five bits (the sixth says "more follows"), so a word
//! found in every document costs a byte a document before gzip and next to
//! nothing after it. Body text is indexed as the set of its words, without
//! positions: phrases are recognised in titles and labels, which the page
//! has at hand. The snippets (the summaries) are in text files of
//! [`PER_TEXT`] documents, loaded only for the results shown: the page of
//! ten results reads at most ten small files, not every snippet.

use super::fold::{self, Token, ends_in_word, tokens};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// What a document is, for the reader: shown beside each result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Article,
    Page,
    Programme,
    Indicator,
    Topic,
}

impl Kind {
    /// Its code in the index.
    pub fn code(self) -> char {
        match self {
            Kind::Article => 'a',
            Kind::Page => 'p',
            Kind::Programme => 'g',
            Kind::Indicator => 'i',
            Kind::Topic => 't',
        }
    }

    /// Its interface string: `search.kind_<key>`.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::Page => "page",
            Kind::Programme => "programme",
            Kind::Indicator => "indicator",
            Kind::Topic => "topic",
        }
    }
}

/// A document to index, its texts already in the index's language.
#[derive(Debug, Clone)]
pub struct Entry {
    pub kind: Kind,
    pub title: String,
    /// Relative to the search page.
    pub href: String,
    /// The date (articles) or the status (programmes, indicators).
    pub meta: String,
    /// Shown under the title, and searched a little above the body.
    pub snippet: String,
    /// Topics and unit: searched below the title, above the snippet.
    pub labels: Vec<String>,
    /// Searched last; not kept. Empty for articles and pages:
    /// `render/search` gives their bodies apart ([`words_with_body`]).
    pub body: String,
}

impl Entry {
    /// What the index keeps of the entry: all but the body (whose words it has).
    fn shown(&self) -> (Kind, &str, &str, &str, &str, &[String]) {
        (self.kind, &self.title, &self.href, &self.meta, &self.snippet, &self.labels)
    }
}

/// Where in a document a word is: the best place counts.
pub const BODY: u8 = 0;
pub const SNIPPET: u8 = 1;
pub const LABEL: u8 = 2;
pub const TITLE: u8 = 3;

/// Documents per text file.
pub const PER_TEXT: usize = 200;

/// The format of the index files; the script refuses another.
pub const VERSION: u32 = 1;

/// The core file, as the script reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Core {
    pub v: u32,
    /// One [`Kind::code`] a document.
    pub kinds: String,
    pub titles: Vec<String>,
    pub hrefs: Vec<String>,
    pub metas: Vec<String>,
    /// The distinct labels, and each document's, by number.
    pub labels: Vec<String>,
    pub doc_labels: Vec<Vec<usize>>,
    /// Folded words, sorted (code point order, which is also JavaScript's
    /// for these: no word holds a character beyond the BMP).
    pub words: Vec<String>,
    /// Per word: its exact forms (`""`: the word itself) and their postings.
    pub forms: Vec<Vec<String>>,
    pub postings: Vec<Vec<String>>,
    /// The text files, relative to the search page, and documents per file.
    pub texts: Vec<String>,
    pub per_text: usize,
}

/// The files of one language's index: (name beside the search page, text).
#[derive(Debug, Clone)]
pub struct Files {
    /// The core file's name, which the page gives the script.
    pub core: String,
    pub files: Vec<(String, String)>,
}

/// Builds the index files of `entries` (in the order ties are shown).
/// Names carry a hash of the content, so a browser never keeps an old index.
pub fn build(entries: &[Entry]) -> Files {
    let entries: Vec<Arc<Entry>> = entries.iter().cloned().map(Arc::new).collect();
    build_streamed(&entries, |i| words_of(&entries[i]))
}

/// One document's words: (folded, exact form) → the best field it is in.
/// Made for each document on its own (in parallel, and kept by an
/// incremental render), then merged by [`Merged::update`] or
/// [`build_streamed`].
pub type Words = BTreeMap<(String, String), u8>;

/// The words of one entry.
pub fn words_of(e: &Entry) -> Words {
    words_with_body(e, &e.body)
}

/// The words of one entry whose body is given apart (made from its
/// document just for this, so that the bodies of a whole language are
/// never held at once).
pub fn words_with_body(e: &Entry, body: &str) -> Words {
    // By letters and tone first: most tokens repeat, and a repeat then
    // costs one lookup, not two new strings. The tone is the key's last
    // character (0 to 5: never a letter).
    let mut seen: crate::FxMap<String, u8> = Default::default();
    let mut key = String::new();
    let mut add = |text: &str, level: u8| {
        fold::each_syllable(text, |letters, tone| {
            key.clear();
            key.extend(letters.iter());
            key.push(char::from(tone));
            match seen.get_mut(key.as_str()) {
                Some(best) => *best = (*best).max(level),
                None => {
                    seen.insert(key.clone(), level);
                }
            }
        });
    };
    add(&e.title, TITLE);
    for l in &e.labels {
        add(l, LABEL);
    }
    add(&e.snippet, SNIPPET);
    add(body, BODY);
    let mut letters = Vec::new();
    seen.into_iter()
        .map(|(key, level)| {
            letters.clear();
            letters.extend(key.chars());
            let tone = letters.pop().expect("a tone") as u8;
            let (mut exact, mut folded) = (String::new(), String::new());
            fold::forms(&letters, tone, &mut exact, &mut folded);
            ((folded, exact), level)
        })
        .collect()
}

/// [`build`] in one pass that keeps nothing for a next render: `words(i)`
/// makes entry `i`'s words (the entries' bodies are not read), a chunk of
/// documents at a time on every core; they are merged and dropped, so a
/// whole language's words (17 MB for 10,000 articles) are never held at once.
pub fn build_streamed(entries: &[Arc<Entry>], words: impl Fn(usize) -> Words + Sync) -> Files {
    build_in_chunks(entries, 512, words)
}

/// [`build_streamed`], `chunk` documents' words at a time.
fn build_in_chunks(entries: &[Arc<Entry>], chunk: usize, words: impl Fn(usize) -> Words + Sync) -> Files {
    use rayon::prelude::*;
    let mut merged = Merged::default();
    for start in (0..entries.len()).step_by(chunk) {
        let made: Vec<Words> = (start..entries.len().min(start + chunk)).into_par_iter().map(&words).collect();
        for (doc, words) in (start..).zip(&made) {
            merged.add(doc as u32, words);
        }
    }
    merged.encode_all();
    merged.files(entries)
}

/// The inverted index of one language, kept from one render to the next
/// by `serve`: an edit takes that document's words out and puts its new
/// words in, and only the words it touched are encoded again. The result
/// is the one made from nothing (a test holds the two together).
#[derive(Debug, Default)]
pub struct Merged {
    /// Per document, in order: the key of its words and the words.
    docs: Vec<(u64, Arc<Words>)>,
    /// folded → exact form → its postings.
    words: BTreeMap<String, Word>,
    /// The words' parts of the core file joined, in blocks of the words
    /// that begin with the same character (the items of the three arrays,
    /// each joined with commas): a block is joined again only when one of
    /// its words changed (listed in `stale`).
    blocks: BTreeMap<Option<char>, [String; 3]>,
    stale: std::collections::BTreeSet<Option<char>>,
    /// What the last files were made of but the words.
    last: Option<Documents>,
}

/// A folded word: its exact forms, and its part of the core file.
#[derive(Debug, Default)]
struct Word {
    forms: BTreeMap<String, Form>,
    /// Made again only after an update touched the word.
    json: Option<WordJson>,
}

/// A word's items in the three arrays of the core file, as JSON: the
/// word, its exact forms, their postings.
#[derive(Debug)]
struct WordJson {
    word: String,
    forms: String,
    postings: String,
}

/// The documents that hold one exact form, and the best field each holds it in.
#[derive(Debug, Default)]
struct Form {
    /// (document, field), documents rising.
    docs: Vec<(u32, u8)>,
    /// [`encode`] of `docs`.
    encoded: String,
}

impl Merged {
    /// Makes this the index of `docs`: (a key that changes when the words
    /// do, the words), in the order of the entries.
    pub fn update(&mut self, docs: Vec<(u64, Arc<Words>)>) {
        let changed: Vec<usize> = if docs.len() == self.docs.len() {
            (0..docs.len()).filter(|&i| docs[i].0 != self.docs[i].0).collect()
        } else {
            (0..docs.len()).collect()
        };
        // A document added or removed moves those after it: start again.
        if changed.len() * 8 > docs.len() {
            self.words.clear();
            self.blocks.clear();
            for (doc, (_, words)) in docs.iter().enumerate() {
                self.add(doc as u32, words);
            }
            self.encode_all();
            self.docs = docs;
            return;
        }
        let mut touched: std::collections::BTreeSet<(String, String)> = Default::default();
        for &doc in &changed {
            let d = doc as u32;
            // Only the forms it gained, lost or holds in another field now:
            // an edit of a few words changes a few postings.
            for ((folded, exact), level) in changes(&self.docs[doc].1, &docs[doc].1) {
                let form = form_of(&mut self.words, &mut self.stale, folded, exact);
                match (form.docs.binary_search_by_key(&d, |p| p.0), level) {
                    (Ok(at), None) => {
                        form.docs.remove(at);
                    }
                    (Ok(at), Some(level)) => form.docs[at].1 = level,
                    (Err(at), Some(level)) => form.docs.insert(at, (d, level)),
                    (Err(_), None) => {}
                }
                touched.insert((folded.clone(), exact.clone()));
            }
        }
        for (folded, exact) in touched {
            let forms = &mut self.words.get_mut(&folded).expect("touched").forms;
            let form = forms.get_mut(&exact).expect("touched");
            if form.docs.is_empty() {
                forms.remove(&exact);
                if forms.is_empty() {
                    // Its block is stale already (`form_of`).
                    self.words.remove(&folded);
                }
            } else {
                form.encoded = encode(&form.docs);
            }
        }
        self.docs = docs;
    }

    /// Adds the postings of document `doc`, which follows every document
    /// added before it (postings stay in rising order), without encoding them.
    fn add(&mut self, doc: u32, words: &Words) {
        for ((folded, exact), level) in words {
            form_of(&mut self.words, &mut self.stale, folded, exact).docs.push((doc, *level));
        }
    }

    /// Encodes the postings of every form (after [`Merged::add`]).
    fn encode_all(&mut self) {
        for form in self.words.values_mut().flat_map(|w| w.forms.values_mut()) {
            form.encoded = encode(&form.docs);
        }
    }

    /// The index files of `entries`, whose words are those given to [`Merged::update`]
    /// (or [`Merged::add`]).
    pub fn files(&mut self, entries: &[Arc<Entry>]) -> Files {
        // What is not the words (the documents' titles, addresses, labels,
        // snippets) is made again only when an entry changed.
        let same = self.last.as_ref().is_some_and(|l| {
            l.entries.len() == entries.len()
                && l.entries.iter().zip(entries).all(|(a, b)| Arc::ptr_eq(a, b) || a.shown() == b.shown())
        });
        match self.last.as_mut() {
            // These very entries, so the next render finds them the same at a glance.
            Some(last) if same => last.entries = entries.to_vec(),
            _ => self.last = Some(Documents::of(entries)),
        }
        let last = self.last.as_ref().expect("made");
        // `"words":[…],"forms":[[…]…],"postings":[[…]…]`, as serde_json
        // writes them, from each word's part (`script_json` escapes
        // character by character, so the parts join to the whole).
        for first in std::mem::take(&mut self.stale) {
            let from = first.map(String::from).unwrap_or_default();
            let mut block: [String; 3] = Default::default();
            let these = self.words.range_mut(from..).take_while(|(word, _)| word.chars().next() == first);
            for (i, (word, w)) in these.enumerate() {
                let made = w.json.get_or_insert_with(|| {
                    let forms: Vec<&str> = w.forms.keys().map(|f| if f == word { "" } else { f.as_str() }).collect();
                    let postings: Vec<&str> = w.forms.values().map(|f| f.encoded.as_str()).collect();
                    WordJson { word: script_json(word), forms: script_json(&forms), postings: script_json(&postings) }
                });
                for (part, piece) in block.iter_mut().zip([&made.word, &made.forms, &made.postings]) {
                    if i > 0 {
                        part.push(',');
                    }
                    part.push_str(piece);
                }
            }
            if block[0].is_empty() {
                self.blocks.remove(&first);
            } else {
                self.blocks.insert(first, block);
            }
        }
        let heads = ["\"words\":[", ",\"forms\":[", ",\"postings\":["];
        let size: usize = self.blocks.values().flat_map(|b| b.iter().map(|p| p.len() + 1)).sum();
        let mut words = String::with_capacity(size + 40);
        for (k, head) in heads.iter().enumerate() {
            words.push_str(head);
            for (i, block) in self.blocks.values().enumerate() {
                if i > 0 {
                    words.push(',');
                }
                words.push_str(&block[k]);
            }
            words.push(']');
        }
        #[derive(Serialize)]
        struct Texts<'a> {
            texts: &'a [String],
            per_text: usize,
        }
        let texts = script_json(&Texts { texts: &last.text_names, per_text: PER_TEXT });
        // `Core`'s fields in order, as one object: `{head…` `,words…` `,texts…}`.
        let head = last.head.strip_suffix('}').expect("an object");
        let texts = texts.strip_prefix('{').expect("an object");
        let text = format!("baocaoSearch.index({head},{words},{texts});\n");
        let name = format!("search-index.{}.js", hash(&text));
        let mut files = last.text_files.clone();
        files.push((name.clone(), text));
        files.sort();
        Files { core: name, files }
    }
}

/// The part of a language's index that is not its words, with the
/// entries it was made of.
#[derive(Debug)]
struct Documents {
    entries: Vec<Arc<Entry>>,
    /// The core file's fields before the words, as a JSON object.
    head: String,
    text_names: Vec<String>,
    text_files: Vec<(String, String)>,
}

impl Documents {
    fn of(entries: &[Arc<Entry>]) -> Documents {
        let mut labels: BTreeMap<&str, usize> = BTreeMap::new();
        for e in entries {
            for l in &e.labels {
                let next = labels.len();
                labels.entry(l.as_str()).or_insert(next);
            }
        }
        let mut label_names: Vec<&str> = vec![""; labels.len()];
        for (name, i) in &labels {
            label_names[*i] = name;
        }
        let (mut text_names, mut text_files) = (Vec::new(), Vec::new());
        for (k, chunk) in entries.chunks(PER_TEXT).enumerate() {
            let snippets: Vec<&str> = chunk.iter().map(|e| e.snippet.as_str()).collect();
            let text = format!("baocaoSearch.texts({k},{});\n", script_json(&snippets));
            let name = format!("search-text-{k}.{}.js", hash(&text));
            text_names.push(name.clone());
            text_files.push((name, text));
        }
        // `Core`'s fields up to the words, borrowed.
        #[derive(Serialize)]
        struct Head<'a> {
            v: u32,
            kinds: String,
            titles: Vec<&'a str>,
            hrefs: Vec<&'a str>,
            metas: Vec<&'a str>,
            labels: Vec<&'a str>,
            doc_labels: Vec<Vec<usize>>,
        }
        let head = script_json(&Head {
            v: VERSION,
            kinds: entries.iter().map(|e| e.kind.code()).collect(),
            titles: entries.iter().map(|e| e.title.as_str()).collect(),
            hrefs: entries.iter().map(|e| e.href.as_str()).collect(),
            metas: entries.iter().map(|e| e.meta.as_str()).collect(),
            labels: label_names,
            doc_labels: entries.iter().map(|e| e.labels.iter().map(|l| labels[l.as_str()]).collect()).collect(),
        });
        Documents { entries: entries.to_vec(), head, text_names, text_files }
    }
}

/// The forms whose field is not the same in a document's `new` words as
/// in its `old` ones: with the field in `new`, or `None` where it has gone.
fn changes<'w>(old: &'w Words, new: &'w Words) -> Vec<(&'w (String, String), Option<u8>)> {
    let gone = old.keys().filter(|form| !new.contains_key(*form)).map(|form| (form, None));
    let changed = new.iter().filter(|(form, level)| old.get(*form) != Some(level)).map(|(form, l)| (form, Some(*l)));
    gone.chain(changed).collect()
}

/// The postings of `exact` under `folded`, made empty when new; the
/// word's block is to be joined again.
fn form_of<'m>(
    words: &'m mut BTreeMap<String, Word>,
    stale: &mut std::collections::BTreeSet<Option<char>>,
    folded: &str,
    exact: &str,
) -> &'m mut Form {
    stale.insert(folded.chars().next());
    // Looked up before a key is made: most words are there already.
    if !words.contains_key(folded) {
        words.insert(folded.to_string(), Word::default());
    }
    let word = words.get_mut(folded).expect("inserted");
    // Its part of the core file is made again.
    word.json = None;
    let forms = &mut word.forms;
    if !forms.contains_key(exact) {
        forms.insert(exact.to_string(), Form::default());
    }
    forms.get_mut(exact).expect("inserted")
}

/// JSON that ES5 reads as a script: U+2028 and U+2029 are line ends
/// there; and no markup characters as such (`<` `>` `&` as escapes), so
/// the file stays inert wherever it is pasted.
fn script_json<T: Serialize>(value: &T) -> String {
    let json = serde_json::to_string(value).expect("index data serializes");
    // By bytes: the characters replaced are rare, and U+2028 and U+2029 are
    // E2 80 A8 and E2 80 A9 in UTF-8 (no other character holds those bytes in that order).
    let bytes = json.as_bytes();
    let mut out = String::with_capacity(json.len());
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let escape = match bytes[i] {
            b'<' => Some(("\\u003c", 1)),
            b'>' => Some(("\\u003e", 1)),
            b'&' => Some(("\\u0026", 1)),
            0xE2 if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0xA8) => Some(("\\u2028", 3)),
            0xE2 if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0xA9) => Some(("\\u2029", 3)),
            _ => None,
        };
        if let Some((with, len)) = escape {
            out.push_str(&json[from..i]);
            out.push_str(with);
            i += len;
            from = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&json[from..]);
    out
}

/// A short content hash (FNV-1a), stable across machines and versions.
fn hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:08x}", h >> 32)
}

const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Postings (document → field), as base-64 digits: each value is
/// `(gap - 1) * 4 + field`, five bits a digit, low bits first, 32 added
/// to every digit but the last.
fn encode(docs: &[(u32, u8)]) -> String {
    let mut out = String::new();
    let mut previous: Option<usize> = None;
    for &(doc, level) in docs {
        let doc = doc as usize;
        let gap = previous.map_or(doc, |p| doc - p - 1);
        previous = Some(doc);
        let mut v = gap * 4 + usize::from(level);
        loop {
            let digit = v & 31;
            v >>= 5;
            if v == 0 {
                out.push(DIGITS[digit] as char);
                break;
            }
            out.push(DIGITS[digit | 32] as char);
        }
    }
    out
}

/// The postings of [`encode`]: (document, field), documents rising.
pub fn decode(postings: &str) -> Vec<(usize, u8)> {
    let mut out = Vec::new();
    let mut doc: Option<usize> = None;
    let (mut v, mut shift) = (0usize, 0);
    for b in postings.bytes() {
        let digit = DIGITS.iter().position(|&d| d == b).expect("a base-64 digit");
        v |= (digit & 31) << shift;
        shift += 5;
        if digit & 32 == 0 {
            let next = doc.map_or(v >> 2, |d| d + (v >> 2) + 1);
            out.push((next, (v & 3) as u8));
            doc = Some(next);
            v = 0;
            shift = 0;
        }
    }
    out
}

/// A query's words beyond this many are ignored (and the score's parts
/// stay apart: see [`search`]).
pub const MAX_QUERY_WORDS: usize = 8;

/// The points of a word found in a field, by field (body … title).
const FIELD_POINTS: [u32; 4] = [10, 20, 30, 40];
/// A whole word, rather than a word the typed prefix begins.
const WHOLE_POINTS: u32 = 5;
/// Two query words side by side in the title or a label.
const PHRASE_POINTS: u32 = 100;
/// A word typed with its marks, found with the same marks.
const EXACT_POINTS: u32 = 1000;

/// The documents of `core` that match `query`, best first: what the page's
/// script shows, in its order.
///
/// Every word of the query must be found (its folded form; the last one,
/// unless a space follows it, as the beginning of a word). A document's
/// score adds, for each query word, the best of its matches: 1000 when the
/// word was typed with marks and found with the same ones (`đường` finding
/// `đường`, not `dương`), then 40, 30, 20 or 10 by field (title, label,
/// snippet, body), and 5 for a whole word; and 100 for each two query words
/// found side by side in the title or a label. With at most eight words the
/// parts never overlap: exact marks rank first, then phrases, then fields.
/// Ties keep the order of the index (programmes, indicators, topics,
/// pages, then articles newest first).
pub fn search(core: &Core, query: &str) -> Vec<usize> {
    let mut q = tokens(query);
    let prefix = ends_in_word(query) && q.len() <= MAX_QUERY_WORDS;
    q.truncate(MAX_QUERY_WORDS);
    if q.is_empty() {
        return Vec::new();
    }
    let n = core.titles.len();
    let last = q.len() - 1;
    // Per query word: each document's best score and best field (or none).
    let mut found: Vec<Vec<Option<(u32, u8)>>> = Vec::new();
    for (i, t) in q.iter().enumerate() {
        let as_prefix = prefix && i == last;
        let marked = t.exact != t.folded;
        let mut best: Vec<Option<(u32, u8)>> = vec![None; n];
        let start = core.words.partition_point(|w| w.as_str() < t.folded.as_str());
        for w in start..core.words.len() {
            let word = &core.words[w];
            let whole = *word == t.folded;
            if !(whole || as_prefix && word.starts_with(&t.folded)) {
                break;
            }
            for (form, postings) in core.forms[w].iter().zip(&core.postings[w]) {
                let form = if form.is_empty() { word } else { form };
                let exact = marked && *form == t.exact;
                for (doc, level) in decode(postings) {
                    let score = u32::from(exact) * EXACT_POINTS
                        + FIELD_POINTS[usize::from(level)]
                        + u32::from(whole) * WHOLE_POINTS;
                    let slot = &mut best[doc];
                    let (s, l) = slot.get_or_insert((0, 0));
                    *s = (*s).max(score);
                    *l = (*l).max(level);
                }
            }
        }
        found.push(best);
    }
    let mut results: Vec<(u32, usize)> = Vec::new();
    for doc in 0..n {
        let Some(parts) = found.iter().map(|f| f[doc]).collect::<Option<Vec<_>>>() else { continue };
        let mut score: u32 = parts.iter().map(|(s, _)| s).sum();
        let strong: Vec<bool> = parts.iter().map(|(_, l)| *l >= LABEL).collect();
        if strong.windows(2).any(|w| w[0] && w[1]) {
            let mut fields = vec![core.titles[doc].as_str()];
            fields.extend(core.doc_labels[doc].iter().map(|&l| core.labels[l].as_str()));
            let fields: Vec<Vec<Token>> = fields.iter().map(|f| tokens(f)).collect();
            for i in 0..last {
                if strong[i]
                    && strong[i + 1]
                    && fields.iter().any(|f| side_by_side(f, &q[i], &q[i + 1], prefix && i + 1 == last))
                {
                    score += PHRASE_POINTS;
                }
            }
        }
        results.push((score, doc));
    }
    results.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    results.into_iter().map(|(_, doc)| doc).collect()
}

/// Whether `a` then `b` stand next to each other in `field`.
fn side_by_side(field: &[Token], a: &Token, b: &Token, b_prefix: bool) -> bool {
    field.windows(2).any(|w| {
        w[0].folded == a.folded && (w[1].folded == b.folded || (b_prefix && w[1].folded.starts_with(&b.folded)))
    })
}

/// Reads a core file back (for tests and tools).
pub fn read_core(text: &str) -> Option<Core> {
    let json = text.strip_prefix("baocaoSearch.index(")?.trim_end().strip_suffix(");")?;
    serde_json::from_str(json).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_round_trip() {
        let cases: [&[(usize, u8)]; 4] =
            [&[], &[(0, 3)], &[(0, 0), (1, 1), (2, 2), (3, 3)], &[(7, 1), (8, 0), (40, 2), (100_000, 3), (100_001, 0)]];
        for docs in cases {
            let postings: Vec<(u32, u8)> = docs.iter().map(|&(d, f)| (d as u32, f)).collect();
            assert_eq!(decode(&encode(&postings)), docs);
        }
        // A word in every document costs one digit a document.
        let every: Vec<(u32, u8)> = (0..1000).map(|d| (d, BODY)).collect();
        assert_eq!(encode(&every), "A".repeat(1000));
    }

    fn entry(kind: Kind, title: &str, labels: &[&str], snippet: &str, body: &str) -> Entry {
        Entry {
            kind,
            title: title.into(),
            href: format!("{}/", crate::text::slugify(title)),
            meta: String::new(),
            snippet: snippet.into(),
            labels: labels.iter().map(|l| l.to_string()).collect(),
            body: body.into(),
        }
    }

    fn titles(core: &Core, query: &str) -> Vec<String> {
        search(core, query).into_iter().map(|d| core.titles[d].clone()).collect()
    }

    #[test]
    fn exact_marks_then_phrases_then_fields() {
        let entries = [
            entry(Kind::Article, "Dương liễu ven hồ", &[], "", ""),
            entry(Kind::Article, "Công nghiệp", &["Khuyến công"], "", ""),
            entry(Kind::Article, "Đường giao thông", &[], "", ""),
            entry(Kind::Article, "Ghi chép", &[], "", "đường mòn"),
            entry(Kind::Article, "Công tác khuyến nông", &[], "", ""),
        ];
        let files = build(&entries);
        let core = read_core(&files.files.iter().find(|f| f.0 == files.core).unwrap().1).unwrap();
        // Marks typed: the same marks first (a body match beats another word's title).
        assert_eq!(titles(&core, "dương "), ["Dương liễu ven hồ", "Đường giao thông", "Ghi chép"]);
        assert_eq!(titles(&core, "đường "), ["Đường giao thông", "Ghi chép", "Dương liễu ven hồ"]);
        // No marks typed: no word is preferred for its marks; the title first.
        assert_eq!(titles(&core, "duong "), ["Dương liễu ven hồ", "Đường giao thông", "Ghi chép"]);
        // Side by side in a label beats both words in the title apart.
        assert_eq!(titles(&core, "khuyen cong "), ["Công nghiệp", "Công tác khuyến nông"]);
        // The last word is a prefix while it is being typed.
        assert_eq!(titles(&core, "khuyen co"), ["Công nghiệp", "Công tác khuyến nông"]);
        assert_eq!(titles(&core, "giao th"), ["Đường giao thông"]);
        assert!(titles(&core, "giao th ").is_empty());
        assert!(titles(&core, "").is_empty());
    }

    #[test]
    fn files_are_named_by_their_content_and_split_by_text() {
        let entries: Vec<Entry> =
            (0..PER_TEXT + 1).map(|i| entry(Kind::Article, &format!("Bài {i}"), &["Chè"], "Tóm tắt", "")).collect();
        let a = build(&entries);
        assert_eq!(a.files.len(), 3, "the core and two text files");
        assert!(a.files.iter().all(|(name, _)| name.starts_with("search-") && name.ends_with(".js")));
        let b = build(&entries[..PER_TEXT]);
        assert_ne!(a.core, b.core);
        let core = read_core(&a.files.iter().find(|f| f.0 == a.core).unwrap().1).unwrap();
        assert_eq!(core.labels, ["Chè"]);
        assert_eq!(core.texts.len(), 2);
        assert_eq!(core.kinds.len(), PER_TEXT + 1);
    }

    #[test]
    fn a_patched_index_is_the_one_made_from_nothing() {
        // Small random words, so that edits add, move and drop forms and words.
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let pool = ["chè", "che", "Chè", "ong", "ông", "mật", "mat", "cơ", "khí", "điện"];
        let random_words = |next: &mut dyn FnMut(u64) -> u64| -> Arc<Words> {
            let mut w = Words::new();
            for _ in 0..next(6) {
                let exact = pool[next(pool.len() as u64) as usize];
                let folded = tokens(exact).remove(0).folded;
                w.insert((folded, exact.to_string()), next(4) as u8);
            }
            Arc::new(w)
        };
        let mut entries: Vec<Arc<Entry>> =
            (0..40).map(|i| Arc::new(entry(Kind::Article, &format!("Bài {i}"), &[], "", ""))).collect();
        let mut docs: Vec<(u64, Arc<Words>)> =
            (0..40).map(|_| random_words(&mut next)).map(|w| (crate::hash_of(&*w), w)).collect();
        let mut merged = Merged::default();
        merged.update(docs.clone());
        for step in 0..60 {
            for _ in 0..=next(3) {
                let at = next(docs.len() as u64) as usize;
                let w = random_words(&mut next);
                docs[at] = (crate::hash_of(&*w), w);
            }
            // Now and then a title or a label changes too (the part beside the words).
            if step % 7 == 3 {
                let at = next(entries.len() as u64) as usize;
                let label = pool[next(pool.len() as u64) as usize];
                entries[at] = Arc::new(entry(Kind::Page, &format!("Trang {step}"), &[label], "Tóm tắt", ""));
            }
            merged.update(docs.clone());
            // Made from nothing, a few documents' words at a time as a build makes them.
            let whole = build_in_chunks(&entries, 1 + step % 9, |i| (*docs[i].1).clone());
            assert_eq!(merged.files(&entries).files, whole.files, "step {step}");
        }
    }

    /// The core file is joined from parts kept per word: it must be the
    /// very text serde_json writes for the whole `Core`, escapes included.
    #[test]
    fn the_core_file_is_the_core_written_whole() {
        let entries = [
            entry(Kind::Article, "Khuyến công <b> & chè", &["Chè"], "a\u{2028}b", "đường mòn"),
            entry(Kind::Page, "Giới thiệu", &[], "", "khuyến nông, chè"),
            entry(Kind::Programme, "Chương trình", &["Chè", "Thảo quả"], "", ""),
        ];
        let files = build(&entries);
        let text = &files.files.iter().find(|f| f.0 == files.core).unwrap().1;
        let core = read_core(text).unwrap();
        assert!(core.words.len() > 5 && core.words.contains(&"che".to_string()));
        assert_eq!(*text, format!("baocaoSearch.index({});\n", script_json(&core)));
        let empty = build(&[]);
        let text = &empty.files.iter().find(|f| f.0 == empty.core).unwrap().1;
        assert_eq!(*text, format!("baocaoSearch.index({});\n", script_json(&read_core(text).unwrap())));
    }

    #[test]
    fn line_separators_and_markup_are_escaped() {
        let files = build(&[entry(Kind::Page, "a\u{2028}b <script>", &[], "c\u{2029}d & e", "")]);
        for (_, text) in &files.files {
            assert!(!text.contains(['\u{2028}', '\u{2029}', '<', '>', '&']), "{text}");
        }
        let core = read_core(&files.files.iter().find(|f| f.0 == files.core).unwrap().1).unwrap();
        assert_eq!(core.titles, ["a\u{2028}b <script>"]);
    }
}
