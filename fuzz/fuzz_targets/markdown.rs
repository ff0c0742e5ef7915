#![no_main]
//! Arbitrary bytes as an article body: the Markdown renderer (with and
//! without `markdown.unsafe_html`) and the raw-HTML allow-list.
//!
//! The HTML is checked the way a browser would read it: parsed again as a
//! fragment inside a `<div>` (with scripting on, as when a script could
//! run), and its elements and attributes looked at. A plain substring
//! search would be wrong: `<iframe>` fallback text is written raw, so
//! `<iframe src="https://…"><script>` keeps a harmless `<script` as text.
use baocao::messages::LinkProblem;
use baocao::render::markdown::{self, MarkdownContext};
use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, QualName, local_name, ns, parse_fragment};
use libfuzzer_sys::fuzz_target;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

const FIRST_LINE: usize = 5;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = baocao::load::decode(data, "content/articles/a.vi.md") else { return };
    let lines = text.matches('\n').count();
    let resolve = |p: &str| {
        if p.starts_with("pages/") { Ok("gioi-thieu/".to_string()) } else { Err(LinkProblem::NotLinkable) }
    };
    for (unsafe_html, page, offline) in [(false, "", true), (true, "bai-viet/a/", false)] {
        // The site's own relative links; the home page (`""`) puts no `../`
        // in front, so whatever a link becomes is written as it is.
        let relative = |p: &str| baocao::render::urls::relative(page, p, offline);
        let ctx = MarkdownContext {
            source: "content/articles/a.vi.md",
            first_line: FIRST_LINE,
            page,
            resolve: &resolve,
            relative: &relative,
            id_prefix: "",
            unsafe_html,
        };
        let out = markdown::render(&text, &ctx);
        for d in &out.diagnostics {
            assert!(
                (FIRST_LINE..=FIRST_LINE + lines).contains(&d.line) && d.column >= 1,
                "diagnostic outside the text ({lines} lines): {d:?}"
            );
        }
        for l in &out.links {
            assert!((FIRST_LINE..=FIRST_LINE + lines).contains(&l.line) && l.column >= 1, "link outside the text: {l:?}");
        }
        if !unsafe_html {
            check_safe(&out.html, "render");
        }
    }
    check_safe(&markdown::sanitize(&text), "sanitize");
});

/// No script, no event handler, no address that runs code, and `iframe`s
/// from https only.
fn check_safe(html: &str, what: &str) {
    let dom = parse_fragment(
        RcDom::default(),
        ParseOpts::default(),
        QualName::new(None, ns!(html), local_name!("div")),
        Vec::new(),
        true,
    )
    .one(html);
    walk(&dom.document, &mut |element, attrs| {
        assert!(element != "script", "{what}: <script> element in {html:?}");
        for (name, value) in attrs {
            assert!(!name.starts_with("on"), "{what}: event handler {name}={value:?} in {html:?}");
            assert!(name != "srcdoc", "{what}: srcdoc={value:?} in {html:?}");
            if URL_ATTRIBUTES.contains(&name.as_str()) {
                // As a URL parser reads it: leading and trailing C0 controls
                // and spaces dropped, tabs and newlines removed anywhere.
                let url: String = value
                    .trim_matches(|c: char| c <= ' ')
                    .chars()
                    .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                    .collect::<String>()
                    .to_ascii_lowercase();
                for bad in ["javascript:", "vbscript:"] {
                    assert!(!url.starts_with(bad), "{what}: {name}={value:?} on <{element}> in {html:?}");
                }
                let data_ok = element == "img" && name == "src" && url.starts_with("data:image/");
                assert!(!url.starts_with("data:") || data_ok, "{what}: {name}={value:?} on <{element}> in {html:?}");
                if element == "iframe" && name == "src" {
                    assert!(url.starts_with("https://"), "{what}: iframe src={value:?} in {html:?}");
                }
            }
        }
    });
}

const URL_ATTRIBUTES: &[&str] =
    &["href", "src", "action", "formaction", "poster", "cite", "background", "data", "xlink:href"];

fn walk(node: &Handle, visit: &mut dyn FnMut(&str, Vec<(String, String)>)) {
    if let NodeData::Element { name, attrs, template_contents, .. } = &node.data {
        let attrs = attrs
            .borrow()
            .iter()
            .map(|a| {
                let prefix = a.name.prefix.as_ref().map(|p| format!("{p}:")).unwrap_or_default();
                (format!("{prefix}{}", a.name.local).to_ascii_lowercase(), a.value.to_string())
            })
            .collect();
        visit(&name.local.to_ascii_lowercase(), attrs);
        if let Some(contents) = template_contents.borrow().as_ref() {
            walk(contents, visit);
        }
    }
    for child in node.children.borrow().iter() {
        walk(child, visit);
    }
}
