//! baocao turns YAML programme data and Markdown articles into a bilingual
//! static site. See ARCHITECTURE.md for the map.

pub mod cache;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod date;
pub mod diagnostic;
pub mod engine;
pub mod fields;
pub mod images;
pub mod licence;
pub mod load;
pub mod locale;
pub mod messages;
pub mod model;
pub mod number;
pub mod pipeline;
pub mod progress;
pub mod render;
pub mod search;
pub mod status;
pub mod summary;
pub mod text;
pub mod theme;
pub mod translations;
pub mod validate;
pub mod write;
pub mod yaml;

/// A hash of a value, for telling in memory what changed between two runs
/// of one process (`serve`): never written down, so the hasher may change.
pub(crate) fn hash_of(value: impl std::hash::Hash) -> u64 {
    use std::hash::Hasher;
    let mut h = std::hash::DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}
