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

/// The multiply-rotate hash of rustc (FxHash), for maps whose keys are the
/// site's own (words, names, job ids): they hash several times faster
/// than with SipHash, and no one chooses them to collide.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fx(u64);

impl std::hash::Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A hash map by [`Fx`].
pub(crate) type FxMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fx>>;
