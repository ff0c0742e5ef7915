#![no_main]
//! Arbitrary bytes as a Markdown article: decoding, the front-matter
//! splitter, the front-matter YAML and the article rules.
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = baocao::load::decode(data, "content/articles/a.vi.md") {
        if let Ok((front, body, line)) = baocao::validate::split_front_matter(&text) {
            assert!(text.contains(front) && text.ends_with(body) && line >= 3);
        }
        common::validate(None, Some(&text));
    }
});
