//! Writes photo-like JPEGs as a phone takes them, for `bench/images.sh`:
//! 4000 × 3000 landscapes (sky, hills, grain) stored sideways with an EXIF
//! orientation (6: turn 90° clockwise), an owner and a GPS position, at
//! quality 92. Usage: `phone_photos DIR COUNT`.

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (dir, count) = match &args[..] {
        [_, dir, count] => (std::path::PathBuf::from(dir), count.parse::<u32>().expect("COUNT is a number")),
        _ => {
            eprintln!("usage: phone_photos DIR COUNT");
            std::process::exit(2);
        }
    };
    std::fs::create_dir_all(&dir).expect("creating DIR");
    let (width, height) = (4000u32, 3000u32);
    for i in 0..count {
        let rgb = landscape(width, height, i);
        // Stored as the sensor saw it with the phone held upright: sideways.
        let (stored, sw, sh) = rotate_left(&rgb, width, height);
        let mut out = Vec::new();
        let mut encoder = jpeg_encoder::Encoder::new(&mut out, 92);
        encoder.add_app_segment(1, exif(6, i)).expect("an EXIF segment");
        encoder.encode(&stored, sw as u16, sh as u16, jpeg_encoder::ColorType::Rgb).expect("encoding");
        let mut file = std::fs::File::create(dir.join(format!("anh-{i:03}.jpg"))).expect("creating a photo");
        file.write_all(&out).expect("writing a photo");
    }
}

/// Sky, two ranges of hills, a field, and grain that JPEG cannot drop.
fn landscape(width: u32, height: u32, seed: u32) -> Vec<u8> {
    let mut rgb = Vec::with_capacity((width * height * 3) as usize);
    let mut state = (seed + 1).wrapping_mul(2_654_435_761) | 1;
    let phase = seed as f32 * 0.7;
    for y in 0..height {
        for x in 0..width {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let grain = (state >> 27) as f32 - 16.0;
            let (fx, fy) = (x as f32 / width as f32, y as f32 / height as f32);
            let far = 0.45 + 0.08 * (fx * 9.0 + phase).sin() + 0.03 * (fx * 31.0).sin();
            let near = 0.62 + 0.06 * (fx * 5.0 - phase).sin() + 0.02 * (fx * 57.0 + phase).sin();
            let base = if fy < far {
                [90.0 + 120.0 * fy, 150.0 + 80.0 * fy, 235.0]
            } else if fy < near {
                [70.0, 110.0 + 30.0 * (fx * 40.0).sin(), 80.0]
            } else {
                [120.0 + 40.0 * (fx * 200.0 + fy * 90.0).sin(), 150.0, 60.0]
            };
            rgb.extend(base.map(|c| (c + grain).clamp(0.0, 255.0) as u8));
        }
    }
    rgb
}

/// Turns an image 90° counter-clockwise (what orientation 6 undoes).
fn rotate_left(rgb: &[u8], width: u32, height: u32) -> (Vec<u8>, u32, u32) {
    let mut out = vec![0; rgb.len()];
    for y in 0..height {
        for x in 0..width {
            let (nx, ny) = (y, width - 1 - x);
            let from = ((y * width + x) * 3) as usize;
            let to = ((ny * height + nx) * 3) as usize;
            out[to..to + 3].copy_from_slice(&rgb[from..from + 3]);
        }
    }
    (out, height, width)
}

/// EXIF: orientation, owner (Artist) and a GPS position, little-endian.
fn exif(orientation: u16, seed: u32) -> Vec<u8> {
    let mut t: Vec<u8> = b"Exif\0\0II\x2a\0\x08\0\0\0".to_vec();
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        t.extend_from_slice(&tag.to_le_bytes());
        t.extend_from_slice(&kind.to_le_bytes());
        t.extend_from_slice(&count.to_le_bytes());
        t.extend_from_slice(&value.to_le_bytes());
    };
    t.extend_from_slice(&3u16.to_le_bytes());
    entry(&mut t, 0x0112, 3, 1, u32::from(orientation));
    entry(&mut t, 0x013B, 2, 13, 50);
    entry(&mut t, 0x8825, 4, 1, 64);
    t.extend_from_slice(&0u32.to_le_bytes());
    t.extend_from_slice(b"Nguyen Van A\0\0");
    t.extend_from_slice(&4u16.to_le_bytes());
    entry(&mut t, 0x0001, 2, 2, u32::from_le_bytes(*b"N\0\0\0"));
    entry(&mut t, 0x0002, 5, 3, 118);
    entry(&mut t, 0x0003, 2, 2, u32::from_le_bytes(*b"E\0\0\0"));
    entry(&mut t, 0x0004, 5, 3, 142);
    t.extend_from_slice(&0u32.to_le_bytes());
    for degrees in [22 + seed % 2, 104 + seed % 3] {
        for (n, d) in [(degrees, 1u32), (seed % 60, 1), (0, 1)] {
            t.extend_from_slice(&n.to_le_bytes());
            t.extend_from_slice(&d.to_le_bytes());
        }
    }
    t
}
