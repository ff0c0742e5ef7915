//! Processed images in pages: their files (`static/<name>.<width>.<ext>`)
//! and their markup, with `width` and `height` (no layout shift while they
//! arrive), `srcset` and `sizes` (a phone takes the size it needs),
//! `loading="lazy"` and `decoding="async"` but on the first image of a
//! page, a WebP `<source>` when there are WebP twins, and optionally a
//! link to the full size.

use super::Output;
use crate::images::Images;
use crate::images::codec::{Data, Processed, Variant};

/// `sizes` of an image in an article's text (`.prose`, 38em at most).
pub const SIZES_PROSE: &str = "(min-width: 42em) 38em, calc(100vw - 2rem)";
/// `sizes` of an article's lead image (the page's width, 960 px at most).
pub const SIZES_LEAD: &str = "(min-width: 60em) 928px, calc(100vw - 2rem)";
/// The screen the page-weight budget is counted for: a phone 360 px wide.
pub const BUDGET_WIDTH: u32 = 360;
/// The budget of a page's images on that phone.
pub const BUDGET_BYTES: u64 = 150 * 1000;

/// The output path of one variant: `static/anh/hoi-nghi.720.jpg`.
pub fn variant_path(name: &str, variant: &Variant) -> String {
    let (folder, file) = match name.rsplit_once('/') {
        Some((folder, file)) => (format!("{folder}/"), file),
        None => (String::new(), name),
    };
    let stem = match file.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => file,
    };
    format!("static/{folder}{stem}.{}.{}", variant.width, variant.ext)
}

/// Every image file of the site: each processed image's variants, and
/// what is published as it is.
pub fn outputs(images: &Images) -> Vec<Output> {
    let mut outputs = Vec::new();
    for (name, processed) in &images.processed {
        for v in &processed.variants {
            let path = variant_path(name, v);
            outputs.push(match &v.bytes {
                Data::Made(bytes) => Output::new(path, bytes.clone()),
                // Linked (or copied) from the cache: a cached rebuild reads no image.
                Data::InCache { file, len, .. } => {
                    Output { path, body: crate::render::Body::Cached { from: file.clone(), len: *len } }
                }
            });
        }
    }
    for (name, bytes) in &images.as_is {
        outputs.push(Output::new(format!("static/{name}"), bytes.clone()));
    }
    outputs
}

/// How one page shows processed images.
pub struct ImageShow<'a> {
    pub images: &'a Images,
    /// "Ảnh gốc" / "Original", when `images.original` asks for the link.
    pub original_label: Option<String>,
    pub sizes: &'a str,
    /// Nothing above this Markdown on its page is an image: its first one
    /// loads at once (it may be what the reader sees first).
    pub first_is_eager: bool,
}

/// An image's markup and its weight on the budget's phone.
pub struct Picture {
    pub html: String,
    pub weight: u64,
}

impl ImageShow<'_> {
    fn processed(&self, target: &str) -> Option<(&str, &Processed)> {
        let name = target.strip_prefix("static/")?;
        self.images.processed.get_key_value(name).map(|(n, p)| (n.as_str(), p))
    }

    /// Whether the image at site path `target` is processed.
    pub fn shows(&self, target: &str) -> bool {
        self.processed(target).is_some()
    }

    /// Whether the image at site path `target` was refused (and said so).
    pub fn refused(&self, target: &str) -> bool {
        target.strip_prefix("static/").is_some_and(|name| self.images.refused.contains(name))
    }

    /// Where a link to a processed image leads: its largest size.
    pub fn link_target(&self, target: &str) -> Option<String> {
        let (name, p) = self.processed(target)?;
        Some(variant_path(name, p.variants.iter().filter(|v| v.ext != "webp").max_by_key(|v| v.width)?))
    }

    /// The markup of the image at site path `target`, with links made by
    /// `relative`; `with_link` is false inside a link (no link in a link).
    pub fn picture(
        &self,
        target: &str,
        alt: &str,
        title: Option<&str>,
        eager: bool,
        with_link: bool,
        relative: &dyn Fn(&str) -> String,
    ) -> Option<Picture> {
        let (name, p) = self.processed(target)?;
        Some(picture(PictureArgs {
            name,
            processed: p,
            max_width: self.images.settings.widths.iter().copied().max().unwrap_or(u32::MAX),
            alt,
            title,
            class: None,
            sizes: self.sizes,
            eager,
            original: self.original_label.as_deref().filter(|_| with_link),
            relative,
        }))
    }

    /// An article's lead image (with the class the theme styles).
    pub fn lead(&self, target: &str, alt: &str, relative: &dyn Fn(&str) -> String) -> Option<Picture> {
        let (name, p) = self.processed(target)?;
        Some(picture(PictureArgs {
            name,
            processed: p,
            max_width: self.images.settings.widths.iter().copied().max().unwrap_or(u32::MAX),
            alt,
            title: None,
            class: Some("lead-image"),
            sizes: SIZES_LEAD,
            eager: true,
            original: self.original_label.as_deref(),
            relative,
        }))
    }
}

struct PictureArgs<'a> {
    name: &'a str,
    processed: &'a Processed,
    /// The widest size a `srcset` offers (the full size is only linked).
    max_width: u32,
    alt: &'a str,
    title: Option<&'a str>,
    class: Option<&'a str>,
    sizes: &'a str,
    eager: bool,
    original: Option<&'a str>,
    relative: &'a dyn Fn(&str) -> String,
}

fn picture(a: PictureArgs) -> Picture {
    let href = |v: &Variant| super::markdown::encode_path(&(a.relative)(&variant_path(a.name, v)));
    let offered = |ext: &str| -> Vec<&Variant> {
        let all: Vec<&Variant> = a.processed.variants.iter().filter(|v| v.ext == ext).collect();
        let within: Vec<&Variant> = all.iter().copied().filter(|v| v.width <= a.max_width).collect();
        if within.is_empty() { all.into_iter().take(1).collect() } else { within }
    };
    let main_ext = match a.processed.kind {
        crate::images::codec::Kind::Jpeg => "jpg",
        crate::images::codec::Kind::Png => "png",
    };
    let main = offered(main_ext);
    let webp = offered("webp");
    let srcset =
        |list: &[&Variant]| list.iter().map(|v| format!("{} {}w", href(v), v.width)).collect::<Vec<_>>().join(", ");
    let widest = main.last().expect("an image has a size");
    // The fallback for browsers without `srcset`: the size for a common phone.
    let fallback = main.iter().rev().find(|v| v.width <= 720).unwrap_or(&main[0]);
    let mut img = String::from("<img");
    if let Some(class) = a.class {
        img.push_str(&format!(" class=\"{class}\""));
    }
    img.push_str(&format!(
        " src=\"{}\" srcset=\"{}\" sizes=\"{}\" width=\"{}\" height=\"{}\" alt=\"{}\"",
        href(fallback),
        srcset(&main),
        a.sizes,
        widest.width,
        widest.height,
        escape(a.alt)
    ));
    if let Some(title) = a.title {
        img.push_str(&format!(" title=\"{}\"", escape(title)));
    }
    if !a.eager {
        img.push_str(" loading=\"lazy\" decoding=\"async\"");
    }
    img.push('>');
    let mut html = if webp.is_empty() {
        img
    } else {
        format!(
            "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{}\">{img}</picture>",
            srcset(&webp),
            a.sizes
        )
    };
    if let Some(label) = a.original {
        let full = a.processed.variants.iter().filter(|v| v.ext == main_ext).max_by_key(|v| v.width).expect("sizes");
        html.push_str(&format!(" <a class=\"image-original\" href=\"{}\">{}</a>", href(full), escape(label)));
    }
    // What a phone 360 px wide takes: the narrowest size at least that
    // wide (of the WebP twins when there are: every current browser reads them).
    let chosen =
        |list: &[&Variant]| list.iter().find(|v| v.width >= BUDGET_WIDTH).or(list.last()).map_or(0, |v| v.bytes.len());
    let weight = if webp.is_empty() { chosen(&main) } else { chosen(&webp) };
    Picture { html, weight }
}

/// Escapes text for an attribute value.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::images::codec::Kind;

    fn images(kind: Kind, exts: &[&'static str]) -> Images {
        let mut variants = Vec::new();
        for ext in exts {
            for (w, h) in [(360, 270), (720, 540), (1080, 810), (4000, 3000)] {
                variants.push(Variant { width: w, height: h, ext, bytes: Data::Made(vec![0; w as usize * 10]) });
            }
        }
        let processed = Processed { width: 4000, height: 3000, kind, variants };
        Images {
            processed: [("anh/hội nghị.jpg".to_string(), processed)].into(),
            settings: crate::model::ImageSettings { original: true, ..Default::default() },
            ..Images::default()
        }
    }

    #[test]
    fn markup_has_sizes_dimensions_and_lazy_loading() {
        let images = images(Kind::Jpeg, &["jpg"]);
        let show = ImageShow {
            images: &images,
            original_label: Some("Ảnh gốc".into()),
            sizes: SIZES_PROSE,
            first_is_eager: true,
        };
        let relative = |p: &str| format!("../../{p}");
        let p = show.picture("static/anh/hội nghị.jpg", "Hội \"nghị\"", None, false, true, &relative).unwrap();
        assert_eq!(
            p.html,
            "<img src=\"../../static/anh/h%E1%BB%99i%20ngh%E1%BB%8B.720.jpg\" srcset=\"../../static/anh/h%E1%BB%99i%20ngh%E1%BB%8B.360.jpg 360w, ../../static/anh/h%E1%BB%99i%20ngh%E1%BB%8B.720.jpg 720w, ../../static/anh/h%E1%BB%99i%20ngh%E1%BB%8B.1080.jpg 1080w\" sizes=\"(min-width: 42em) 38em, calc(100vw - 2rem)\" width=\"1080\" height=\"810\" alt=\"Hội &quot;nghị&quot;\" loading=\"lazy\" decoding=\"async\"> <a class=\"image-original\" href=\"../../static/anh/h%E1%BB%99i%20ngh%E1%BB%8B.4000.jpg\">Ảnh gốc</a>"
        );
        assert_eq!(p.weight, 3600);
        let eager = show.picture("static/anh/hội nghị.jpg", "a", None, true, false, &relative).unwrap();
        assert!(!eager.html.contains("loading") && !eager.html.contains("image-original"), "{}", eager.html);
        assert!(show.picture("static/khac.jpg", "a", None, true, true, &relative).is_none());
        assert_eq!(show.link_target("static/anh/hội nghị.jpg").as_deref(), Some("static/anh/hội nghị.4000.jpg"));
    }

    #[test]
    fn webp_twins_are_a_source_of_a_picture() {
        let images = images(Kind::Png, &["png", "webp"]);
        let show = ImageShow { images: &images, original_label: None, sizes: SIZES_PROSE, first_is_eager: false };
        let p = show.picture("static/anh/hội nghị.jpg", "a", None, false, true, &|p: &str| p.to_string()).unwrap();
        assert!(
            p.html.starts_with(
                "<picture><source type=\"image/webp\" srcset=\"static/anh/h%E1%BB%99i%20ngh%E1%BB%8B.360.webp 360w,"
            ),
            "{}",
            p.html
        );
        assert!(p.html.ends_with("decoding=\"async\"></picture>"), "{}", p.html);
        assert_eq!(outputs(&images).len(), 8);
        assert_eq!(
            variant_path("a.b/c", &images.processed.values().next().unwrap().variants[0]),
            "static/a.b/c.360.png"
        );
        assert_eq!(variant_path(".x.png", &images.processed.values().next().unwrap().variants[0]), "static/.x.360.png");
    }
}
