#![no_main]
//! Arbitrary bytes as a programme file: decoding, YAML and the programme rules.
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = baocao::load::decode(data, "content/programs/p.yaml") {
        let _ = baocao::yaml::parse::<serde_json::Value>(&text);
        common::validate(Some(&text), None);
    }
});
