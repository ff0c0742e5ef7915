//! The memory allocator of the binary and of the benchmarks: mimalloc for
//! the millions of small strings and buffers a build makes and frees on
//! both cores (glibc's allocator was about a sixth of a large build's
//! CPU), the system's for large blocks.
//!
//! Large blocks stay with the system because it grows them in place (on
//! Linux, `mremap`) and gives them back at once: a hostile article of
//! 2.6 million links grows vectors of hundreds of MB, which mimalloc copies
//! on each doubling and keeps a while after they are freed (a peak of
//! 1.2 GB against 0.5 GB).

use std::alloc::{GlobalAlloc, Layout, System};

/// From this size (bytes) a block is the system's.
const LARGE: usize = 1 << 20;

/// Declared `#[global_allocator]` by `src/main.rs` and the examples.
pub struct Allocator;

// SAFETY: each block is freed or resized by the allocator that made it.
// Which one made it follows from its size alone, and Rust passes
// `dealloc` and `realloc` the layout the block was made with; a block
// that changes side is copied into a new one and the old one freed by its
// own allocator.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        unsafe { if layout.size() >= LARGE { System.alloc(layout) } else { mimalloc::MiMalloc.alloc(layout) } }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        unsafe {
            if layout.size() >= LARGE { System.alloc_zeroed(layout) } else { mimalloc::MiMalloc.alloc_zeroed(layout) }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `layout` is the one the block was made with, so the same
        // side made it.
        unsafe {
            if layout.size() >= LARGE { System.dealloc(ptr, layout) } else { mimalloc::MiMalloc.dealloc(ptr, layout) }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let (was, will) = (layout.size() >= LARGE, new_size >= LARGE);
        // SAFETY: on one side, that side resizes its own block; across,
        // a new block of the new layout (valid: the caller's contract
        // for `new_size`), the bytes both hold copied, the old one freed.
        unsafe {
            match (was, will) {
                (true, true) => System.realloc(ptr, layout, new_size),
                (false, false) => mimalloc::MiMalloc.realloc(ptr, layout, new_size),
                _ => {
                    let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                    let new = self.alloc(new_layout);
                    if !new.is_null() {
                        std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                    new
                }
            }
        }
    }
}
