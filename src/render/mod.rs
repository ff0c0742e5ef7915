//! Render is pure: `render(&Site, …)` returns every output file in memory;
//! only `write` touches the disk.

pub mod markdown;
pub mod urls;
