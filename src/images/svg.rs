//! SVG files of `static/` are published as they are (they are drawings,
//! not photos: nothing to resize), but one that can run code is refused:
//! shown with `<img>` its script does nothing, opened on its own it runs
//! under the site's address.

/// The first thing in an SVG that can run code, and its byte offset: a
/// `<script` element, an `on…=` event attribute, a `javascript:` address
/// (also spelt with entities or spaces inside `href`), or a
/// `<foreignObject>` (HTML inside the drawing).
pub fn runs_code(text: &str) -> Option<(usize, String)> {
    let lower = text.to_ascii_lowercase();
    let mut found: Vec<(usize, String)> = Vec::new();
    for needle in ["<script", "<foreignobject", "javascript:", "vbscript:"] {
        if let Some(i) = lower.find(needle) {
            found.push((i, text[i..i + needle.len()].to_string()));
        }
    }
    // An attribute `on<letters>=` inside a tag: preceded by white space or a quote.
    let bytes = lower.as_bytes();
    let mut in_tag = false;
    for i in 0..bytes.len() {
        match bytes[i] {
            b'<' => in_tag = true,
            b'>' => in_tag = false,
            b'o' if in_tag
                && bytes.get(i + 1) == Some(&b'n')
                && i > 0
                && (bytes[i - 1].is_ascii_whitespace() || bytes[i - 1] == b'"' || bytes[i - 1] == b'\'') =>
            {
                let name_end = (i + 2..bytes.len()).find(|&j| !bytes[j].is_ascii_alphabetic()).unwrap_or(bytes.len());
                let after = lower[name_end..].trim_start();
                if name_end > i + 2 && after.starts_with('=') {
                    found.push((i, format!("{}=", &text[i..name_end])));
                    break;
                }
            }
            _ => {}
        }
    }
    found.into_iter().min()
}

/// The line and column (1-based, in characters) of a byte offset.
pub fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_in_svg_is_found_where_it_is() {
        let cases = [
            ("<svg><circle r=\"4\"/></svg>", None),
            ("<svg>\n  <script>alert(1)</script></svg>", Some((8, "<script"))),
            ("<svg xmlns=\"x\" onload=\"alert(1)\"/>", Some((15, "onload="))),
            ("<svg><a href=\"JavaScript:x()\">a</a></svg>", Some((14, "JavaScript:"))),
            ("<svg><text>one=two, click on=here</text></svg>", None),
            ("<svg><g\tonclick = 'x'/></svg>", Some((8, "onclick="))),
            ("<svg><foreignObject><p>x</p></foreignObject></svg>", Some((5, "<foreignObject"))),
        ];
        for (svg, expected) in cases {
            assert_eq!(runs_code(svg), expected.map(|(i, s)| (i, s.to_string())), "{svg}");
        }
        assert_eq!(position("<svg>\n  <script>", 8), (2, 3));
    }
}
