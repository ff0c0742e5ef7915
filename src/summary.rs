//! Domain summaries, computed once after validation and before rendering:
//! each indicator's assessment, each programme's overall status and
//! totals, the lists of each language (articles newest first, the tag
//! index, previous/next, related articles). Plain data, by index into the
//! [`Site`]: views and open data read it; none of them recompute it.

use crate::date::Date;
use crate::model::{Document, Program, Site, Translations};
use crate::status::{Assessment, Status, assess, classify};
use std::collections::BTreeMap;

/// Everything derived from a valid site that more than one output needs.
#[derive(Debug, Clone)]
pub struct Summary {
    /// One per programme, in the order of `Site::programs`.
    pub programs: Vec<ProgramSummary>,
    /// One per site language (shared with the next run of `serve` when
    /// what they are made of has not changed).
    pub langs: BTreeMap<String, std::sync::Arc<LangSummary>>,
}

/// A programme's computed figures.
#[derive(Debug, Clone)]
pub struct ProgramSummary {
    /// One per indicator, in the programme's order.
    pub indicators: Vec<Assessment>,
    pub overall: Overall,
    /// Indicators by status, in [`Status::ALL`] order.
    pub counts: [usize; 5],
    /// The sum of the amounts disbursed, when the programme has a budget.
    pub disbursed: Option<u64>,
}

/// A programme's overall progress: the mean share of the way covered
/// (each capped to 0–1) against the mean share of time elapsed, over the
/// indicators that have data, classified by the same rule as an indicator.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Overall {
    /// Mean share covered, 0 to 1; `None` when no indicator has data.
    pub covered: Option<f64>,
    /// Mean share of time elapsed, 0 to 1; `None` when no indicator has data.
    pub elapsed: Option<f64>,
    /// How many indicators the means are taken over.
    pub with_data: usize,
    pub status: Status,
    /// The years of the indicators' latest figures: the oldest and the newest.
    pub latest_years: Option<(i32, i32)>,
    /// How many indicators have a stale latest figure, and the year of the
    /// oldest of those figures.
    pub stale: usize,
    pub stale_since: Option<i32>,
}

/// An article shown in one language's lists: its own version or, lacking
/// one, another language's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// Index into `Site::articles`.
    pub group: usize,
    /// The language of the version shown.
    pub doc_lang: String,
    /// The version is not in the list's language.
    pub fallback: bool,
}

/// A topic in one language: its name and what carries it.
#[derive(Debug, Clone, Default)]
pub struct TagEntry {
    pub name: String,
    /// The language of `name` when it is another language's (a label the
    /// vocabulary lacks in this one).
    pub name_lang: Option<String>,
    /// From the vocabulary, with its language when it is another's.
    pub description: Option<(String, Option<String>)>,
    /// Indices into [`LangSummary::articles`].
    pub articles: Vec<usize>,
    /// Indices into `Site::programs`.
    pub programs: Vec<usize>,
}

/// What one language's lists hold.
#[derive(Debug, Clone, Default)]
pub struct LangSummary {
    /// Newest first, then by name.
    pub articles: Vec<Listed>,
    /// Tag slug → topic.
    pub tags: BTreeMap<String, TagEntry>,
    /// By article group index: the (older, newer) article of the same
    /// language, by group index (none for a group without a version here).
    pub neighbours: Vec<(Option<usize>, Option<usize>)>,
    /// Per programme (by index): indices into `articles` of the articles linked to it.
    pub related: Vec<Vec<usize>>,
}

impl LangSummary {
    /// The number of pages of the paginated article list (at least one).
    pub fn page_count(&self, per_page: usize) -> usize {
        page_count(self.articles.len(), per_page)
    }
}

impl TagEntry {
    /// The number of pages of the topic's paginated article list (at least
    /// one: the first page shows its programmes too).
    pub fn page_count(&self, per_page: usize) -> usize {
        page_count(self.articles.len(), per_page)
    }
}

/// The pages a list of `items` takes at `per_page` each: at least one.
fn page_count(items: usize, per_page: usize) -> usize {
    items.div_ceil(per_page).max(1)
}

/// Computes the summary of a valid site.
pub fn summarize(site: &Site) -> Summary {
    summarize_cached(site, &mut None)
}

/// Each language's lists, and a hash of what they are made of.
pub type KeptLists = Option<(u64, BTreeMap<String, std::sync::Arc<LangSummary>>)>;

/// [`summarize`], taking each language's lists from `kept` when what they
/// are made of has not changed (an edit of a body alone, in `serve`): the
/// languages and topics, every article's name, versions, dates, tags and
/// programmes, and the programmes' ids and tags.
pub fn summarize_cached(site: &Site, kept: &mut KeptLists) -> Summary {
    let thresholds = site.config.thresholds;
    let as_of = site.as_of.as_ref().map(|a| &a.date);
    let programs = site.programs.iter().map(|p| program(p, as_of, thresholds)).collect();
    let key = {
        use std::hash::{Hash, Hasher};
        let mut h = std::hash::DefaultHasher::new();
        (&site.config.languages, site.config.default_lang(), format!("{:?}", site.config.tags)).hash(&mut h);
        // Of each group, its name and its versions' cards (each holds the
        // language, date, tags and programmes), hashed with the group.
        site.articles.iter().for_each(|g| g.hashes().cards.hash(&mut h));
        for p in &site.programs {
            (&p.id, &p.tags).hash(&mut h);
        }
        h.finish()
    };
    let langs = match kept {
        Some((k, langs)) if *k == key => langs.clone(),
        _ => {
            let langs: BTreeMap<String, std::sync::Arc<LangSummary>> =
                site.config.languages.iter().map(|l| (l.clone(), std::sync::Arc::new(lang(site, l)))).collect();
            *kept = Some((key, langs.clone()));
            langs
        }
    };
    Summary { programs, langs }
}

fn program(program: &Program, as_of: Option<&Date>, thresholds: crate::model::Thresholds) -> ProgramSummary {
    let indicators: Vec<Assessment> =
        program.indicators.iter().map(|ind| assess(ind, program.period.start, as_of, thresholds)).collect();
    let mut counts = [0; 5];
    let mut shares = Vec::new();
    for a in &indicators {
        counts[Status::ALL.iter().position(|s| *s == a.status).expect("a known status")] += 1;
        if let (Some(f), Some(e)) = (a.covered, a.elapsed) {
            shares.push((f.clamp(0.0, 1.0), e));
        }
    }
    let n = shares.len() as f64;
    let covered = (n > 0.0).then(|| shares.iter().map(|(f, _)| f).sum::<f64>() / n);
    let elapsed = (n > 0.0).then(|| shares.iter().map(|(_, e)| e).sum::<f64>() / n);
    let status = match (covered, elapsed) {
        (Some(f), Some(e)) => classify(f, e, thresholds),
        _ => Status::NoData,
    };
    let year = |a: &Assessment| a.latest.as_ref().map(|p| p.year);
    let years = || indicators.iter().filter_map(year);
    let latest_years = years().min().zip(years().max());
    let stale = indicators.iter().filter(|a| a.stale).count();
    let stale_since = indicators.iter().filter(|a| a.stale).filter_map(year).min();
    ProgramSummary {
        overall: Overall { covered, elapsed, with_data: shares.len(), status, latest_years, stale, stale_since },
        indicators,
        counts,
        disbursed: program.budget.as_ref().map(|b| b.disbursed.iter().map(|d| d.amount).sum()),
    }
}

fn lang(site: &Site, lang: &str) -> LangSummary {
    let default = site.config.default_lang();
    let doc = |l: &Listed| &site.articles[l.group].by_lang[&l.doc_lang];
    // Newest first, then by name: each one's date looked up once, not at
    // every comparison.
    let mut dated: Vec<(Option<&Date>, &str, Listed)> = site
        .articles
        .iter()
        .enumerate()
        .filter_map(|(i, group)| pick(i, group, lang, default))
        .map(|l| (doc(&l).date.as_ref(), site.articles[l.group].name.as_str(), l))
        .collect();
    dated.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    let articles: Vec<Listed> = dated.into_iter().map(|(_, _, l)| l).collect();

    let mut tags: BTreeMap<String, TagEntry> = BTreeMap::new();
    // The vocabulary names a topic in each language; else the name an
    // author wrote, as before.
    let vocabulary = |slug: &str| {
        let def = site.config.tags.get(slug)?;
        let label = def.label.get(lang, default);
        let description = def.description.as_ref().map(|d| {
            let d = d.get(lang, default);
            (d.text.to_string(), d.fallback_lang.map(str::to_string))
        });
        Some(TagEntry {
            name: label.text.to_string(),
            name_lang: label.fallback_lang.map(str::to_string),
            description,
            ..Default::default()
        })
    };
    for (i, listed) in articles.iter().enumerate() {
        for tag in &doc(listed).tags {
            let entry = tags.entry(tag.slug.clone()).or_insert_with(|| {
                vocabulary(&tag.slug).unwrap_or_else(|| TagEntry { name: tag.name.clone(), ..Default::default() })
            });
            entry.articles.push(i);
        }
    }
    // A programme's tags are slugs: name them as some article does, if one does.
    let mut article_names: BTreeMap<&str, &str> = BTreeMap::new();
    for tag in site.articles.iter().flat_map(|g| g.by_lang.values()).flat_map(|d| &d.tags) {
        article_names.entry(tag.slug.as_str()).or_insert(tag.name.as_str());
    }
    for (p, program) in site.programs.iter().enumerate() {
        for tag in &program.tags {
            let entry = tags.entry(tag.slug.clone()).or_insert_with(|| {
                vocabulary(&tag.slug).unwrap_or_else(|| TagEntry {
                    name: article_names.get(tag.slug.as_str()).map_or_else(|| tag.name.clone(), |n| n.to_string()),
                    ..Default::default()
                })
            });
            entry.programs.push(p);
        }
    }

    // Newer is "next", older is "previous", among the articles of this language.
    let own: Vec<usize> = articles.iter().filter(|l| !l.fallback).map(|l| l.group).collect();
    let mut neighbours = vec![(None, None); site.articles.len()];
    for (i, &group) in own.iter().enumerate() {
        neighbours[group] = (own.get(i + 1).copied(), i.checked_sub(1).map(|j| own[j]));
    }

    let ids: BTreeMap<&str, usize> = site.programs.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
    let mut related = vec![Vec::new(); site.programs.len()];
    for (i, listed) in articles.iter().enumerate() {
        for id in &doc(listed).programs {
            if let Some(&p) = ids.get(id.as_str())
                && related[p].last() != Some(&i)
            {
                related[p].push(i);
            }
        }
    }
    LangSummary { articles, tags, neighbours, related }
}

fn pick(index: usize, group: &Translations, lang: &str, default: &str) -> Option<Listed> {
    let (doc, fallback) = version(group, lang, default)?;
    Some(Listed { group: index, doc_lang: doc.lang.clone(), fallback })
}

/// The version of `group` to show in `lang`: its own, else the default
/// language's, else the first; and whether it is another language's.
pub fn version<'a>(group: &'a Translations, lang: &str, default: &str) -> Option<(&'a Document, bool)> {
    if let Some(doc) = group.by_lang.get(lang) {
        return Some((doc, false));
    }
    Some((group.by_lang.get(default).or_else(|| group.by_lang.values().next())?, true))
}
