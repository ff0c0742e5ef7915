//! baocao turns YAML programme data and Markdown articles into a bilingual
//! static site. See ARCHITECTURE.md for the map.

pub mod date;
pub mod diagnostic;
pub mod format;
pub mod text;
