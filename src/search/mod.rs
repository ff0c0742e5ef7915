//! Search, built into the site: the folding of Vietnamese text shared with
//! the page's script (`fold`), and each language's index, its files and
//! the reference ranking (`index`). Pure data in, strings out: the render
//! stage gives the entries (`render/search`) and writes nothing itself.

pub mod fold;
pub mod index;
