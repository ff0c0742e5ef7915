//! Markdown to HTML (pulldown-cmark): heading ids, footnote ids that cannot
//! collide, and links checked and made relative. A link to content is
//! written as its source path (`@/pages/gioi-thieu.md`, with an optional
//! `#fragment`); a root-relative link (`/static/x.pdf`) is made relative.

use crate::diagnostic::Diagnostic;
use crate::messages::{LinkProblem, Message};
use crate::text::slugify;
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

/// Where the Markdown comes from and where its HTML goes.
pub struct MarkdownContext<'a> {
    /// The source file, for diagnostics.
    pub source: &'a str,
    /// The file line of the Markdown's first line.
    pub first_line: usize,
    /// The site path of the page the HTML lands on.
    pub page: &'a str,
    /// Resolves `@/…` (without the `@/`) to a site path, or says why not.
    pub resolve: &'a dyn Fn(&str) -> Result<String, LinkProblem>,
    /// Makes a relative link from the page to a site path.
    pub relative: &'a dyn Fn(&str) -> String,
    /// Put before every heading and footnote id, to keep them apart from the
    /// ids of the page around the Markdown.
    pub id_prefix: &'a str,
    /// `markdown.unsafe_html`: raw HTML and link schemes pass unchecked.
    pub unsafe_html: bool,
    /// Processed images, shown at their sizes (`srcset`); `None`: every
    /// image as written.
    pub images: Option<&'a super::images::ImageShow<'a>>,
}

/// A link to check once every output is known.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PendingLink {
    /// The site path the link reaches (without fragment).
    pub target: String,
    pub source: String,
    pub line: usize,
    pub column: usize,
    pub written: String,
}

/// The HTML and what was learnt while making it.
pub struct RenderedMarkdown {
    pub html: String,
    pub links: Vec<PendingLink>,
    pub diagnostics: Vec<Diagnostic>,
    /// The bytes of its processed images on a phone 360 px wide.
    pub image_weight: u64,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders Markdown with the site's link rules. Events stream from the
/// parser to the HTML writer; only a heading's own events are held back,
/// until its text is known and its id made.
pub fn render(markdown: &str, ctx: &MarkdownContext) -> RenderedMarkdown {
    let mut converter = Converter {
        ctx,
        positions: Positions::new(markdown, ctx.first_line),
        links: Vec::new(),
        diagnostics: Vec::new(),
        ids: BTreeSet::new(),
        next_suffix: BTreeMap::new(),
        footnotes: HashMap::new(),
        raw_html: false,
        in_code: 0,
        in_link: 0,
        image: None,
        plain_image: None,
        images_shown: 0,
        image_weight: 0,
    };
    let mut parser = Parser::new_ext(markdown, options()).into_offset_iter();
    let mut queue: VecDeque<Event> = VecDeque::new();
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    let events = std::iter::from_fn(|| {
        if let Some(event) = queue.pop_front() {
            return Some(event);
        }
        let (event, range) = parser.next()?;
        let (level, id, classes) = match converter.convert(event, range) {
            Event::Start(Tag::Heading { level, id, classes, .. }) => (level, id, classes),
            other => return Some(other),
        };
        for (event, range) in parser.by_ref() {
            match converter.convert(event, range) {
                Event::End(TagEnd::Heading(_)) => break,
                event => queue.push_back(event),
            }
        }
        queue.push_back(Event::End(TagEnd::Heading(level)));
        let id = converter.heading_id(id, queue.iter());
        Some(Event::Start(Tag::Heading { level, id: Some(id.into()), classes, attrs: Vec::new() }))
    });
    pulldown_cmark::html::push_html(&mut html, events);
    // Markdown's own HTML is safe once its links are checked; raw HTML an
    // author wrote goes through the allow-list.
    if converter.raw_html && !ctx.unsafe_html {
        html = sanitize(&html);
    }
    RenderedMarkdown {
        html,
        links: converter.links,
        diagnostics: converter.diagnostics,
        image_weight: converter.image_weight,
    }
}

/// Every image address of a Markdown text as written, with its line and
/// column: the images stage learns from it which files content shows.
pub fn image_addresses(markdown: &str, first_line: usize) -> Vec<(String, usize, usize)> {
    let mut positions = Positions::new(markdown, first_line);
    Parser::new_ext(markdown, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Image { dest_url, .. }) => {
                let (line, column) = positions.at(range.start);
                Some((dest_url.to_string(), line, column))
            }
            _ => None,
        })
        .collect()
}

/// The state of one conversion: link rules, heading ids, footnote numbers.
struct Converter<'c, 'm> {
    ctx: &'c MarkdownContext<'c>,
    positions: Positions<'m>,
    links: Vec<PendingLink>,
    diagnostics: Vec<Diagnostic>,
    ids: BTreeSet<String>,
    /// The next suffix to try for each base id, so repeats stay linear.
    next_suffix: BTreeMap<String, usize>,
    /// Footnote label → its number, in the order first seen.
    footnotes: HashMap<String, usize>,
    /// The author wrote raw HTML: the page's HTML goes through the allow-list.
    raw_html: bool,
    /// Inside a code block or a link's text: `@/` there is shown, not meant.
    in_code: usize,
    in_link: usize,
    /// A processed image being read: its events are its alternative text,
    /// and its markup is written at its end.
    image: Option<Capture>,
    /// An image shown as written: where it is, and whether it has alternative text.
    plain_image: Option<((usize, usize), bool)>,
    /// Processed images shown so far (the first of a page loads at once).
    images_shown: usize,
    image_weight: u64,
}

/// A processed image whose alternative text is being read.
struct Capture {
    target: String,
    title: String,
    alt: String,
    at: (usize, usize),
    /// Images inside its text (`![a ![b](c)](d)`), read as text.
    depth: usize,
}

impl<'m> Converter<'_, 'm> {
    /// Applies the site's rules to one event: links checked and made
    /// relative, footnotes numbered with ids that cannot collide.
    fn convert(&mut self, event: Event<'m>, range: std::ops::Range<usize>) -> Event<'m> {
        let ctx = self.ctx;
        if self.image.is_some() {
            return self.capture(event);
        }
        match event {
            Event::Start(Tag::Link { link_type, dest_url, title, id }) if link_type != LinkType::Email => {
                let at = self.positions.at(range.start);
                self.in_link += 1;
                let (mut dest, target) = rewrite(&dest_url, ctx, at, false, &mut self.links, &mut self.diagnostics);
                // A link to a processed image leads to its largest size:
                // the file as taken (GPS position and all) is not published.
                if let (Some(show), Some(target)) = (ctx.images, target)
                    && let Some(largest) = show.link_target(&target)
                {
                    self.links.pop();
                    dest = encode_path(&(ctx.relative)(&largest));
                }
                Event::Start(Tag::Link { link_type, dest_url: dest.into(), title, id })
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                let at = self.positions.at(range.start);
                let (dest, target) = rewrite(&dest_url, ctx, at, true, &mut self.links, &mut self.diagnostics);
                if let (Some(show), Some(target)) = (ctx.images, &target)
                    && show.shows(target)
                {
                    // The processed image's files are outputs: nothing to check.
                    self.links.pop();
                    let target = target.clone();
                    self.image = Some(Capture { target, title: title.to_string(), alt: String::new(), at, depth: 0 });
                    return Event::Html("".into());
                }
                if let (Some(show), Some(target)) = (ctx.images, &target)
                    && show.refused(target)
                {
                    // Refused, and said so where it is shown: not also "leads nowhere".
                    self.links.pop();
                }
                self.plain_image = Some((at, false));
                Event::Start(Tag::Image { link_type, dest_url: dest.into(), title, id })
            }
            Event::End(TagEnd::Image) => {
                if let Some((at, false)) = self.plain_image.take() {
                    self.no_alt(at);
                }
                Event::End(TagEnd::Image)
            }
            Event::FootnoteReference(label) => {
                let n = self.footnote_number(&label);
                let id = format!("{}{}", ctx.id_prefix, slugify(&label));
                Event::Html(
                    format!("<sup class=\"footnote-ref\"><a href=\"#fn-{id}\" id=\"fnref-{id}\">{n}</a></sup>").into(),
                )
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                let n = self.footnote_number(&label);
                let id = format!("{}{}", ctx.id_prefix, slugify(&label));
                Event::Html(
                    format!(
                        "<div class=\"footnote-definition\" id=\"fn-{id}\"><span class=\"footnote-label\">{n}.</span> "
                    )
                    .into(),
                )
            }
            Event::End(TagEnd::FootnoteDefinition) => Event::Html("</div>\n".into()),
            Event::Start(Tag::CodeBlock(kind)) => {
                self.in_code += 1;
                Event::Start(Tag::CodeBlock(kind))
            }
            Event::End(TagEnd::CodeBlock) => {
                self.in_code = self.in_code.saturating_sub(1);
                Event::End(TagEnd::CodeBlock)
            }
            Event::End(TagEnd::Link) => {
                self.in_link = self.in_link.saturating_sub(1);
                Event::End(TagEnd::Link)
            }
            Event::Text(text) => {
                if let Some((_, has_alt)) = &mut self.plain_image {
                    *has_alt |= !text.trim().is_empty();
                }
                if text.contains("@/") && self.in_code == 0 && self.in_link == 0 {
                    self.unread_links(&range);
                }
                Event::Text(text)
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                self.raw_html = true;
                Event::Html(html)
            }
            other => other,
        }
    }

    /// An event inside a processed image: its alternative text, until its
    /// end, where its markup is written.
    fn capture(&mut self, event: Event<'m>) -> Event<'m> {
        let image = self.image.as_mut().expect("capturing an image");
        match event {
            Event::Text(t) | Event::Code(t) => image.alt.push_str(&t),
            Event::SoftBreak | Event::HardBreak => image.alt.push(' '),
            Event::Start(Tag::Image { .. }) => image.depth += 1,
            Event::End(TagEnd::Image) if image.depth > 0 => image.depth -= 1,
            Event::End(TagEnd::Image) => {
                let image = self.image.take().expect("capturing an image");
                let show = self.ctx.images.expect("captured images are shown");
                let alt = image.alt.trim();
                if alt.is_empty() {
                    self.no_alt(image.at);
                }
                let eager = self.images_shown == 0 && show.first_is_eager;
                let title = (!image.title.is_empty()).then_some(image.title.as_str());
                let picture = show
                    .picture(&image.target, alt, title, eager, self.in_link == 0, self.ctx.relative)
                    .expect("a shown image has a picture");
                self.images_shown += 1;
                self.image_weight += picture.weight;
                return Event::Html(picture.html.into());
            }
            _ => {}
        }
        Event::Html("".into())
    }

    fn no_alt(&mut self, (line, column): (usize, usize)) {
        self.diagnostics.push(Diagnostic::new(self.ctx.source, line, column, Message::ImageWithoutAlt).field("image"));
    }

    /// `@/…` in text: a content link Markdown did not read as a link (a
    /// space in it without angle brackets, say). It would reach the page
    /// as text, so each one is an error.
    fn unread_links(&mut self, range: &std::ops::Range<usize>) {
        let source = self.positions.text;
        let text = &source[range.clone()];
        let mut from = 0;
        while let Some(i) = text[from..].find("@/").map(|i| from + i) {
            from = i + 2;
            let before = &text[..i];
            let boundary = before.is_empty() || before.ends_with(|c: char| c.is_whitespace() || "(<[".contains(c));
            if !boundary {
                continue;
            }
            // Quote it as written: from its `[` (if it looks like a link) to its `)`.
            let start = match before.rfind('[') {
                Some(b) if before.ends_with("](") || before.ends_with("](<") => b,
                _ => i,
            };
            let in_parens = before.ends_with('(') || before.ends_with("(<");
            let end = if in_parens {
                let close = usize::from(start != i);
                text[i..]
                    .find([')', '\n'])
                    .map_or(text.len(), |e| i + e + close * usize::from(text[i + e..].starts_with(')')))
            } else {
                text[i..].find(char::is_whitespace).map_or(text.len(), |e| i + e)
            };
            let (line, column) = self.positions.at(range.start + start);
            let message = Message::ContentLinkNotRead { text: text[start..end].to_string() };
            self.diagnostics.push(Diagnostic::new(self.ctx.source, line, column, message).field("link"));
        }
    }

    fn footnote_number(&mut self, label: &str) -> usize {
        let next = self.footnotes.len() + 1;
        *self.footnotes.entry(label.to_string()).or_insert(next)
    }

    /// A heading's id, unique in the page: the one written (`{#id}`) or the
    /// slug of its text, with the page's prefix.
    fn heading_id<'e>(&mut self, written: Option<CowStr>, inner: impl Iterator<Item = &'e Event<'e>>) -> String
    where
        'm: 'e,
    {
        let text: String = inner
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        let base =
            format!("{}{}", self.ctx.id_prefix, written.map(|i| i.to_string()).unwrap_or_else(|| slugify(&text)));
        let base = if base.is_empty() { "section".to_string() } else { base };
        let mut unique = base.clone();
        let n = self.next_suffix.entry(base.clone()).or_insert(2);
        while !self.ids.insert(unique.clone()) {
            unique = format!("{base}-{n}");
            *n += 1;
        }
        unique
    }
}

/// File positions (line, column in characters) of byte offsets: a binary
/// search over line starts, and columns counted on from the last offset
/// asked when it is on the same line (events come in order), so that even
/// a file of one very long line costs linear time.
struct Positions<'m> {
    text: &'m str,
    first_line: usize,
    line_starts: Vec<usize>,
    /// The last offset asked, its line index and its column.
    last: (usize, usize, usize),
}

impl<'m> Positions<'m> {
    fn new(text: &'m str, first_line: usize) -> Self {
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Positions { text, first_line, line_starts, last: (0, 0, 1) }
    }

    fn at(&mut self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let (last_offset, last_line, last_column) = self.last;
        let column = if line == last_line && offset >= last_offset {
            last_column + self.text[last_offset..offset].chars().count()
        } else {
            self.text[self.line_starts[line]..offset].chars().count() + 1
        };
        self.last = (offset, line, column);
        (self.first_line + line, column)
    }
}

/// Rewrites one link destination; records it for checking when it is
/// internal (last of `links`), and returns it with the site path it reaches.
fn rewrite(
    dest: &str,
    ctx: &MarkdownContext,
    (line, column): (usize, usize),
    image: bool,
    links: &mut Vec<PendingLink>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (String, Option<String>) {
    let as_written = |d: String| (d, None);
    if let Some(content) = dest.strip_prefix("@/") {
        return match (ctx.resolve)(content) {
            Ok(site_path) => as_written((ctx.relative)(&site_path)),
            Err(problem) => {
                diagnostics.push(
                    Diagnostic::new(
                        ctx.source,
                        line,
                        column,
                        Message::ContentLinkUnresolved { link: dest.to_string(), problem },
                    )
                    .field("link"),
                );
                as_written(dest.to_string())
            }
        };
    }
    // A URL scheme (RFC 3986): a letter, then letters, digits, `+`, `-`, `.`;
    // one letter alone is a Windows drive (`C:\…`), not a scheme.
    let scheme = dest.split_once(':').map(|(s, _)| s.trim()).filter(|s| {
        s.len() >= 2
            && s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if let Some(scheme) = scheme
        && !ctx.unsafe_html
        && !safe_scheme(scheme, dest, image)
    {
        diagnostics.push(
            Diagnostic::new(ctx.source, line, column, Message::UnsafeLink { link: dest.to_string() }).field("link"),
        );
        return as_written("#".to_string());
    }
    let is_external = dest.starts_with('#') || dest.starts_with("//") || scheme.is_some();
    if is_external || dest.is_empty() {
        return as_written(dest.to_string());
    }
    let (path, fragment) = match dest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (dest, None),
    };
    let path = decode_path(path.split('?').next().unwrap_or(path));
    let target = match path.strip_prefix('/') {
        Some(rooted) => Some(rooted.to_string()),
        None => join(ctx.page, &path),
    };
    let Some(target) = target else {
        diagnostics.push(
            Diagnostic::new(ctx.source, line, column, Message::LinkLeavesSite { link: dest.to_string() }).field("link"),
        );
        return as_written(dest.to_string());
    };
    links.push(PendingLink {
        target: target.clone(),
        source: ctx.source.to_string(),
        line,
        column,
        written: dest.to_string(),
    });
    // Written back in the site's own form: relative from this page, ending
    // in index.html offline, encoded.
    let mut link = encode_path(&(ctx.relative)(&target));
    if let Some(f) = fragment {
        link.push('#');
        link.push_str(f);
    }
    (link, Some(target))
}

/// Schemes a published link may use: web pages, e-mail, telephone; and
/// images may be inline data (`data:image/…`), which cannot run code there.
fn safe_scheme(scheme: &str, dest: &str, image: bool) -> bool {
    match scheme.to_ascii_lowercase().as_str() {
        "http" | "https" | "mailto" | "tel" => true,
        "data" => image && dest.get(5..11).is_some_and(|t| t.eq_ignore_ascii_case("image/")),
        _ => false,
    }
}

/// Raw HTML from authors, kept within an allow-list: formatting, tables,
/// footnotes, images, `figure`, `details`, task-list boxes and `iframe`s
/// from https (maps, videos); no script, no event handlers, no
/// `javascript:`, `vbscript:` or `data:` addresses (but images' `data:image/`).
pub fn sanitize(html: &str) -> String {
    static CLEANER: std::sync::OnceLock<ammonia::Builder<'static>> = std::sync::OnceLock::new();
    let cleaner = CLEANER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.add_tags(["figure", "figcaption", "details", "summary", "iframe", "input", "section", "picture", "source"])
            .add_generic_attributes(["id", "class", "lang", "dir", "title"])
            .add_tag_attributes("iframe", ["src", "width", "height", "title", "allowfullscreen", "loading"])
            .add_tag_attributes("input", ["type", "checked", "disabled"])
            .add_tag_attributes("img", ["loading", "decoding", "srcset", "sizes"])
            .add_tag_attributes("source", ["type", "srcset", "sizes"])
            .add_tag_attributes("td", ["style"])
            .add_tag_attributes("th", ["style"])
            .url_schemes(["http", "https", "mailto", "tel", "data"].into_iter().collect())
            .link_rel(None)
            .attribute_filter(|element, attribute, value| {
                // Browsers drop tabs and line breaks inside a URL (`da\tta:`);
                // any other control character (`htt&#20;ps:`) is refused.
                if value.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
                    return None;
                }
                let lower: String =
                    value.chars().filter(|c| !c.is_ascii_whitespace()).collect::<String>().to_ascii_lowercase();
                let allowed = match (element, attribute) {
                    ("img", "src") => !lower.starts_with("data:") || lower.starts_with("data:image/"),
                    ("iframe", "src") => lower.starts_with("https://"),
                    ("input", "type") => lower == "checkbox",
                    // Tables' alignment only.
                    ("td" | "th", "style") => lower.starts_with("text-align:") && !lower.contains(['(', ';']),
                    _ => !lower.starts_with("data:"),
                };
                allowed.then(|| value.into())
            });
        b
    });
    cleaner.clean(html).to_string()
}

/// Decodes `%XX` escapes (`b%C3%A1o%20c%C3%A1o.pdf` → `báo cáo.pdf`), NFC.
pub(crate) fn decode_path(path: &str) -> String {
    crate::text::normalize(&percent_encoding::percent_decode_str(path).decode_utf8_lossy())
}

/// What may stand in a URL path as it is: `/` and the unreserved characters.
const PATH: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'/').remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// Percent-encodes what may not stand in a URL path as it is (spaces,
/// non-ASCII letters, quotes), keeping `/` and unreserved characters.
pub fn encode_path(path: &str) -> String {
    percent_encoding::utf8_percent_encode(path, PATH).to_string()
}

/// Resolves a relative `path` against the folder of site path `page`;
/// `None` when it climbs above the site root.
fn join(page: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop(); // the file name, or "" after a page's trailing slash
    let trailing = path.ends_with('/') || path.is_empty();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    let mut joined = parts.join("/");
    if trailing && !joined.is_empty() {
        joined.push('/');
    }
    Some(joined)
}

/// The plain text of a whole Markdown field, for open data: paragraphs,
/// headings and list items on lines of their own (blocks apart by a blank
/// line), links by their text, raw HTML left out.
pub fn plain_text(markdown: &str) -> String {
    let mut text = String::new();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak => text.push(' '),
            Event::HardBreak | Event::End(TagEnd::Item) => text.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::List(_)) => {
                text.push_str("\n\n")
            }
            _ => {}
        }
    }
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let mut out = String::new();
    for line in lines {
        if line.is_empty() && (out.is_empty() || out.ends_with("\n\n")) {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.trim_end().to_string()
}

/// The plain text of the first paragraph, for a summary.
pub fn first_paragraph(markdown: &str) -> String {
    // The parser reads the whole text before it gives the first event. A
    // blank line ends every paragraph, and what follows it cannot change
    // the blocks before it, but for definitions (`[x]: …`, `[^1]: …`),
    // which a link anywhere can use, and for a list, which a blank line
    // between later items makes loose (its items' paragraphs shown, not
    // hidden): without any definition, the text up to a blank line well
    // into it is enough, when a paragraph ends in it before any list.
    const ENOUGH: usize = 2048;
    if markdown.len() > 2 * ENOUGH && !markdown.contains("]:") {
        // Bytes: a newline is never inside a character.
        let blank = markdown.as_bytes()[ENOUGH..].windows(2).position(|w| w == b"\n\n");
        if let Some(at) = blank
            && let Some(text) = paragraph_in(&markdown[..ENOUGH + at + 1], true)
        {
            return text;
        }
    }
    paragraph_in(markdown, false).unwrap_or_default()
}

/// The text of the first paragraph of `markdown`, when it has one (and,
/// `before_a_list`, when no list starts before it).
fn paragraph_in(markdown: &str, before_a_list: bool) -> Option<String> {
    let mut text = String::new();
    let mut inside = false;
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Start(Tag::List(_)) if before_a_list && !inside => return None,
            Event::Start(Tag::Paragraph) => inside = true,
            Event::End(TagEnd::Paragraph) if inside => return Some(text.trim().to_string()),
            Event::Text(t) | Event::Code(t) if inside => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak if inside => text.push(' '),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx<'a>(
        resolve: &'a dyn Fn(&str) -> Result<String, LinkProblem>,
        relative: &'a dyn Fn(&str) -> String,
    ) -> MarkdownContext<'a> {
        MarkdownContext {
            source: "content/articles/a.vi.md",
            first_line: 5,
            page: "bai-viet/a/",
            resolve,
            relative,
            id_prefix: "",
            unsafe_html: false,
            images: None,
        }
    }

    #[test]
    fn plain_text_keeps_the_words_and_drops_the_markup() {
        let md = "# Mục tiêu\n\nHỗ trợ **57 cơ sở** [đầu tư](https://x.vn) thiết bị.\n\n- chè\n- thảo quả\n\n<script>x</script>\n";
        assert_eq!(plain_text(md), "Mục tiêu\n\nHỗ trợ 57 cơ sở đầu tư thiết bị.\n\nchè\nthảo quả");
    }

    #[test]
    fn headings_get_unique_vietnamese_ids() {
        let resolve = |_: &str| Err(LinkProblem::NoSuchPage);
        let relative = |p: &str| format!("../../{p}");
        let out = render("## Đào tạo nghề\n\n## Đào tạo nghề\n\n## Có id {#rieng}\n", &ctx(&resolve, &relative));
        assert_eq!(
            out.html,
            "<h2 id=\"dao-tao-nghe\">Đào tạo nghề</h2>\n<h2 id=\"dao-tao-nghe-2\">Đào tạo nghề</h2>\n<h2 id=\"rieng\">Có id</h2>\n"
        );
    }

    #[test]
    fn links_resolve_and_are_checked() {
        let resolve = |p: &str| match p {
            "pages/gioi-thieu.md" => Ok("gioi-thieu/".to_string()),
            _ => Err(LinkProblem::NoSuchPage),
        };
        let relative = |p: &str| format!("../../{p}");
        let md = "[a](@/pages/gioi-thieu.md) [b](/static/x.pdf) [c](https://example.org) [d](../khac/)\n\n[e](@/pages/khong.md)\n";
        let out = render(md, &ctx(&resolve, &relative));
        assert!(out.html.contains("<a href=\"../../gioi-thieu/\">a</a>"), "{}", out.html);
        assert!(out.html.contains("<a href=\"../../static/x.pdf\">b</a>"));
        assert!(out.html.contains("<a href=\"https://example.org\">c</a>"));
        assert_eq!(out.links.iter().map(|l| l.target.as_str()).collect::<Vec<_>>(), ["static/x.pdf", "bai-viet/khac/"]);
        assert_eq!(out.diagnostics.len(), 1);
        assert_eq!(
            out.diagnostics[0].to_string(),
            "content/articles/a.vi.md:7:1: error[BC5001]: link: `@/pages/khong.md`: there is no such page (or it is a draft)\n  hint: write the path of a file under content/ without its language suffix, e.g. @/pages/gioi-thieu.md, @/programs/<id>.yaml#<indicator id> or @/tags/<tag>"
        );
    }

    #[test]
    fn footnotes_get_prefixed_ids() {
        let resolve = |_: &str| Err(LinkProblem::NotLinkable);
        let relative = |p: &str| p.to_string();
        let out = render("Text[^1].\n\n[^1]: Note.\n", &ctx(&resolve, &relative));
        assert!(out.html.contains("<a href=\"#fn-1\" id=\"fnref-1\">1</a>"), "{}", out.html);
        assert!(out.html.contains("<div class=\"footnote-definition\" id=\"fn-1\">"), "{}", out.html);
    }

    #[test]
    fn content_links_left_as_text_are_errors() {
        let resolve = |_: &str| Err(LinkProblem::NoSuchPage);
        let relative = |p: &str| p.to_string();
        let md = "Xem [y](@/articles/Hội nghị.md) và @/pages/x.md, không phải a@/b.\n\n```\n[Giới thiệu](@/pages/gioi-thieu.md)\n```\n\n    [x](@/pages/x.md)\n\n[@/pages/x.md](https://example.org/) `@/pages/x.md`\n";
        let out = render(md, &ctx(&resolve, &relative));
        let found: Vec<String> = out.diagnostics.iter().map(|d| d.render(crate::messages::MessageLang::En)).collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found[0].starts_with("content/articles/a.vi.md:5:9: error[BC5004]: link: `@/articles/Hội nghị.md`"),
            "{found:?}"
        );
        assert!(found[1].contains("`@/pages/x.md,`"), "{found:?}");
    }

    #[test]
    fn raw_html_keeps_to_the_allow_list() {
        let resolve = |_: &str| Err(LinkProblem::NoSuchPage);
        let relative = |p: &str| p.to_string();
        let md = "<script>alert(1)</script>\n\n<img src=x onerror=alert(1) alt=a>\n\n<a href=\"javascript:alert(1)\">j</a> <a href=\"vbscript:x\">v</a>\n\n<figure><img src=\"data:image/png;base64,AAAA\" alt=\"d\"><figcaption>Hình</figcaption></figure>\n\n<details><summary>Xem</summary>Chi tiết</details>\n\n<iframe src=\"https://www.openstreetmap.org/export/embed.html\" title=\"Bản đồ\"></iframe><iframe src=\"http://evil.example/\"></iframe>\n\n<p onclick=\"x()\" style=\"color:red\">Đoạn</p>\n";
        let out = render(md, &ctx(&resolve, &relative));
        let html = out.html;
        for gone in ["<script", "onerror", "javascript:", "vbscript:", "onclick", "http://evil", "style="] {
            assert!(!html.contains(gone), "{gone} survived: {html}");
        }
        for kept in [
            "<img src=\"x\" alt=\"a\">",
            "<figure><img src=\"data:image/png;base64,AAAA\" alt=\"d\"><figcaption>Hình</figcaption></figure>",
            "<details><summary>Xem</summary>",
            "<iframe src=\"https://www.openstreetmap.org/export/embed.html\" title=\"Bản đồ\"></iframe>",
            "<p>Đoạn</p>",
        ] {
            assert!(html.contains(kept), "{kept} is missing: {html}");
        }
        // Found by fuzzing: a control character hidden in the scheme by an entity.
        let hidden = render("<iframe src=\"htt&#20;ps://f=\">x</iframe>\n", &ctx(&resolve, &relative));
        assert!(!hidden.html.chars().any(|c| c.is_control() && c != '\n'), "{}", hidden.html);
        // Markdown without raw HTML is left as pulldown-cmark wrote it.
        let plain = render(
            "# Tiêu đề\n\nMột [liên kết](https://example.org/).[^1]\n\n[^1]: Ghi chú.\n",
            &ctx(&resolve, &relative),
        );
        assert!(plain.html.contains("<h1 id=\"tieu-de\">") && plain.html.contains("class=\"footnote-definition\""));
    }

    #[test]
    fn links_that_run_code_are_errors() {
        let resolve = |_: &str| Err(LinkProblem::NoSuchPage);
        let relative = |p: &str| p.to_string();
        let md = "[a](javascript:alert(1)) ![b](vbscript:x) [c](JavaScript:x) ![d](data:image/png;base64,AA) [e](data:text/html,x) [f](mailto:a@b.vn) [g](tel:+84219)\n";
        let out = render(md, &ctx(&resolve, &relative));
        let codes: Vec<&str> = out.diagnostics.iter().map(|d| d.message.code()).collect();
        assert_eq!(codes, ["BC5005", "BC5005", "BC5005", "BC5005"], "{:?}", out.diagnostics);
        assert!(!out.html.contains("javascript") && out.html.contains("data:image/png"), "{}", out.html);
        let mut open = ctx(&resolve, &relative);
        open.unsafe_html = true;
        let out = render(md, &open);
        assert!(out.diagnostics.is_empty() && out.html.contains("javascript:alert(1)"), "unsafe_html lets it through");
    }

    #[test]
    fn paths_are_percent_encoded_and_decoded() {
        assert_eq!(encode_path("static/báo cáo (1).pdf"), "static/b%C3%A1o%20c%C3%A1o%20%281%29.pdf");
        assert_eq!(encode_path("a-b_c.d~e/f"), "a-b_c.d~e/f");
        assert_eq!(decode_path("b%C3%A1o%20c%C3%A1o.pdf"), "báo cáo.pdf");
        assert_eq!(decode_path("100%"), "100%");
    }

    #[test]
    fn a_long_text_gives_the_summary_its_whole_parse_gives() {
        let filler = "Người dân ở Hà Giang được đào tạo nghề. ".repeat(60);
        let cases = [
            // The paragraph before the cut, and the first one after it.
            format!("{filler}\n\nHai."),
            format!("## Tiêu đề\n\n{filler}\n\n{filler}"),
            // A fence opened before the cut and closed after it.
            format!("```\n{filler}\n\n{filler}\n```\n\nSau mã."),
            format!("<!--\n{filler}\n\n{filler}\n-->\n\nSau chú thích."),
            format!("    {filler}\n\n    {filler}\n\nSau mã thụt lề."),
            // A definition after the cut, used before it.
            format!("[{filler}][a]\n\n{filler}\n\n[a]: https://example.org"),
            format!("Chú thích[^1] {filler}\n\n{filler}\n\n[^1]: Ghi chú."),
            format!("> {filler}\n>\n> {filler}\n\nSau trích dẫn."),
            format!("- {filler}\n\n  {filler}\n\n- ba"),
            format!("{}\n\n{filler}", "# Tiêu đề\n\n".repeat(300)),
            format!("{}\n\nĐoạn.", "é".repeat(3000)),
        ];
        // A list made loose by a blank line after the cut: its first item's
        // paragraph is the summary, not the quote a tight list would show.
        let long_item = "Một mục rất dài của danh sách. ".repeat(70);
        let loose = format!("- {long_item}\n- > Trích dẫn.\n- Ba\n\n- Bốn\n\n{filler}");
        let summary = first_paragraph(&loose);
        assert!(summary.starts_with("Một mục rất dài"), "{:?}", summary.chars().take(40).collect::<String>());
        for text in cases.into_iter().chain([loose]) {
            assert_eq!(first_paragraph(&text), paragraph_in(&text, false).unwrap_or_default(), "{:?}", &text[..80]);
        }
    }

    #[test]
    fn summary_is_first_paragraph() {
        assert_eq!(first_paragraph("## T\n\nMột *hai*\nba.\n\nBốn."), "Một hai ba.");
    }
}
