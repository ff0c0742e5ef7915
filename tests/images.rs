//! Images of content, through the real binary: photos as phones take them
//! (rotated by EXIF orientation, with a GPS position, an owner and XMP)
//! come out upright (checked by sampling pixels), without any metadata
//! (checked by parsing every output image), never wider than the source,
//! with `srcset`, `width` and `height`; a second build decodes nothing
//! and both are byte-identical; hostile files give located errors within
//! a memory cap.

mod common;

use common::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const SITE: &str = "title: { vi: Thử, en: Test }\nlanguages: [vi, en]\nbase_url: https://example.org/\n";

/// The colours of a photo's quarters as the sensor stored them:
/// top left, top right, bottom left, bottom right.
const QUARTERS: [[u8; 3]; 4] = [[220, 30, 30], [30, 200, 30], [30, 30, 220], [230, 220, 30]];

/// RGB pixels in four coloured quarters.
fn quarters(width: u32, height: u32) -> Vec<u8> {
    let mut rgb = Vec::with_capacity((width * height * 3) as usize);
    for y in 0..height {
        for x in 0..width {
            let q = usize::from(x >= width / 2) + 2 * usize::from(y >= height / 2);
            rgb.extend_from_slice(&QUARTERS[q]);
        }
    }
    rgb
}

/// Pixels that do not compress: a photo's worth of detail.
fn noise(width: u32, height: u32, seed: u32) -> Vec<u8> {
    let mut state = seed.wrapping_mul(2_654_435_761).max(1);
    (0..width * height * 3)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state >> 24) as u8
        })
        .collect()
}

/// The EXIF block of a phone photo: orientation, owner (Artist) and a GPS
/// position (23°N 105°E, Hà Giang), little-endian TIFF.
fn exif(orientation: u16) -> Vec<u8> {
    let mut t: Vec<u8> = b"Exif\0\0II\x2a\0\x08\0\0\0".to_vec();
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        t.extend_from_slice(&tag.to_le_bytes());
        t.extend_from_slice(&kind.to_le_bytes());
        t.extend_from_slice(&count.to_le_bytes());
        t.extend_from_slice(&value.to_le_bytes());
    };
    // Offsets from the TIFF header (6 bytes in).
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
    for degrees in [23u32, 105] {
        for (n, d) in [(degrees, 1u32), (10, 1), (0, 1)] {
            t.extend_from_slice(&n.to_le_bytes());
            t.extend_from_slice(&d.to_le_bytes());
        }
    }
    assert_eq!(t.len(), 6 + 166);
    t
}

const XMP: &str = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"23,10N\"/></rdf:RDF></x:xmpmeta>";

/// A JPEG as a phone writes it: EXIF (orientation, owner, GPS) and XMP.
fn phone_jpeg(width: u32, height: u32, orientation: u16, rgb: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, 90);
    encoder.add_app_segment(1, exif(orientation)).unwrap();
    let mut xmp = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    xmp.extend_from_slice(XMP.as_bytes());
    encoder.add_app_segment(1, xmp).unwrap();
    encoder.encode(rgb, width as u16, height as u16, jpeg_encoder::ColorType::Rgb).unwrap();
    out
}

/// A PNG, with transparency when `alpha`, and XMP in an iTXt chunk.
fn png(width: u32, height: u32, alpha: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(if alpha { png::ColorType::Rgba } else { png::ColorType::Rgb });
    encoder.set_depth(png::BitDepth::Eight);
    encoder.add_itxt_chunk("XML:com.adobe.xmp".into(), XMP.into()).unwrap();
    let mut writer = encoder.write_header().unwrap();
    let rgb = quarters(width, height);
    let data: Vec<u8> = if alpha {
        rgb.chunks(3).enumerate().flat_map(|(i, p)| [p[0], p[1], p[2], if i % 7 == 0 { 0 } else { 255 }]).collect()
    } else {
        rgb
    };
    writer.write_image_data(&data).unwrap();
    writer.finish().unwrap();
    out
}

/// A site with `files` (text) and `images` (bytes) under its root.
fn site(files: &[(&str, &str)], images: &[(&str, Vec<u8>)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_files(dir.path(), &[("content/site.yaml", SITE)]);
    write_files(dir.path(), files);
    for (path, bytes) in images {
        let file = dir.path().join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, bytes).unwrap();
    }
    dir
}

fn article(front: &str, body: &str) -> String {
    format!("---\ntitle: Hội nghị\ndate: 2019-01-02\n{front}---\n{body}")
}

/// The pixel at (`x`, `y`) of a decoded output image.
fn pixel(bytes: &[u8], x: u32, y: u32) -> [u8; 3] {
    let image = image::load_from_memory(bytes).unwrap().to_rgb8();
    image.get_pixel(x, y).0
}

fn close(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(a, b)| a.abs_diff(b) < 40)
}

/// No EXIF, XMP, GPS, owner or comment in an image: its segments (JPEG)
/// or chunks (PNG, WebP) parsed, and its bytes searched.
fn assert_no_metadata(path: &str, bytes: &[u8]) {
    for needle in [&b"Exif"[..], b"http://ns.adobe.com", b"xmpmeta", b"Nguyen Van A", b"GPS"] {
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle),
            "{path} holds {:?}",
            String::from_utf8_lossy(needle)
        );
    }
    if bytes.starts_with(&[0xFF, 0xD8]) {
        let mut at = 2;
        loop {
            assert_eq!(bytes[at], 0xFF, "{path}: a segment at {at}");
            let marker = bytes[at + 1];
            if marker == 0xDA {
                break;
            }
            // APP0 (JFIF) only: no APP1 (EXIF, XMP), APP2 (ICC, FlashPix), APP13 (IPTC) or COM.
            assert!(!(0xE1..=0xEF).contains(&marker) && marker != 0xFE, "{path}: segment FF{marker:02X}");
            at += 2 + usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        }
    } else if bytes.starts_with(b"\x89PNG") {
        let mut at = 8;
        while at < bytes.len() {
            let len = u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
            let kind = &bytes[at + 4..at + 8];
            assert!(
                [&b"IHDR"[..], b"IDAT", b"IEND", b"PLTE", b"tRNS"].contains(&kind),
                "{path}: chunk {}",
                String::from_utf8_lossy(kind)
            );
            at += 12 + len;
        }
    } else if bytes.starts_with(b"RIFF") {
        assert_eq!(&bytes[12..16], b"VP8L", "{path}: a simple lossless WebP, no extended chunks");
    } else {
        panic!("{path}: not an image baocao writes");
    }
    let mut decoder =
        image::ImageReader::new(std::io::Cursor::new(bytes)).with_guessed_format().unwrap().into_decoder().unwrap();
    use image::ImageDecoder;
    assert_eq!(decoder.exif_metadata().unwrap(), None, "{path}");
    assert_eq!(decoder.xmp_metadata().unwrap_or(None), None, "{path}");
}

fn images_of(tree: &BTreeMap<String, Vec<u8>>) -> Vec<(&String, &Vec<u8>)> {
    tree.iter()
        .filter(|(p, _)| [".jpg", ".png", ".webp"].iter().any(|e| p.ends_with(e)) && p.starts_with("static/"))
        .collect()
}

#[test]
fn a_sideways_phone_photo_comes_out_upright_without_metadata_in_every_width() {
    // Stored 1600 × 1200 and tagged "turn 90° clockwise" (6): shown 1200 × 1600.
    let photo = phone_jpeg(1600, 1200, 6, &quarters(1600, 1200));
    let body = "Mở đầu.\n\n![Đại biểu dự hội nghị](/static/anh/hoi-nghi.jpg \"Hội nghị\")\n\n[Tải ảnh](/static/anh/hoi-nghi.jpg)\n";
    let dir = site(
        &[
            (
                "content/articles/a.vi.md",
                &article("image: /static/anh/hoi-nghi.jpg\nimage_alt: Toàn cảnh hội nghị\n", body),
            ),
            ("content/pages/gioi-thieu.vi.md", "---\ntitle: Giới thiệu\n---\n![Trụ sở](/static/anh/hoi-nghi.jpg)\n"),
        ],
        &[("content/static/anh/hoi-nghi.jpg", photo)],
    );
    let out = dir.path().join("out");
    build(dir.path(), &out, &[]);
    let tree = tree(&out);
    let images = images_of(&tree);
    let paths: Vec<&str> = images.iter().map(|(p, _)| p.as_str()).collect();
    // The photo as taken (GPS and all) is not published; its sizes are.
    assert_eq!(paths, ["static/anh/hoi-nghi.1080.jpg", "static/anh/hoi-nghi.360.jpg", "static/anh/hoi-nghi.720.jpg"]);
    for (path, bytes) in &images {
        assert_no_metadata(path, bytes);
        let image = image::load_from_memory(bytes).unwrap();
        let width: u32 = path.split('.').nth(1).unwrap().parse().unwrap();
        assert_eq!((image.width(), image.height()), (width, width * 4 / 3), "{path}: upright, its own width");
        // Upright: the stored bottom left (blue) is now top left, the
        // stored top left (red) top right, and so on round.
        let (w, h) = (image.width(), image.height());
        let samples = [(w / 4, h / 4, 2), (3 * w / 4, h / 4, 0), (w / 4, 3 * h / 4, 3), (3 * w / 4, 3 * h / 4, 1)];
        for (x, y, quarter) in samples {
            let found = pixel(bytes, x, y);
            assert!(
                close(found, QUARTERS[quarter]),
                "{path} at ({x}, {y}): {found:?}, expected {:?}",
                QUARTERS[quarter]
            );
        }
        // Progressive: a start of frame 2 (SOF2), never baseline (SOF0).
        assert!(bytes.windows(2).any(|w| w == [0xFF, 0xC2]) && !bytes.windows(2).any(|w| w == [0xFF, 0xC0]), "{path}");
    }
    let page = text(&tree, "bai-viet/a/index.html");
    let lead = page.split("<img").nth(1).unwrap();
    assert!(lead.starts_with(" class=\"lead-image\" src=\"../../static/anh/hoi-nghi.720.jpg\" srcset=\"../../static/anh/hoi-nghi.360.jpg 360w, ../../static/anh/hoi-nghi.720.jpg 720w, ../../static/anh/hoi-nghi.1080.jpg 1080w\""), "{lead}");
    assert!(
        lead.contains("width=\"1080\" height=\"1440\" alt=\"Toàn cảnh hội nghị\">"),
        "the first image loads at once: {lead}"
    );
    let inline = page.split("<img").nth(2).unwrap();
    assert!(inline.contains(" sizes=\"(min-width: 42em) 38em, calc(100vw - 2rem)\" width=\"1080\" height=\"1440\" alt=\"Đại biểu dự hội nghị\" title=\"Hội nghị\" loading=\"lazy\" decoding=\"async\">"), "{inline}");
    assert!(
        page.contains("<a href=\"../../static/anh/hoi-nghi.1080.jpg\">Tải ảnh</a>"),
        "a link to the photo leads to its largest size"
    );
    assert!(!page.contains("Ảnh gốc"), "no link to the full size unless asked");
    // A page's first image loads at once too.
    let about = text(&tree, "gioi-thieu/index.html");
    assert!(about.contains("alt=\"Trụ sở\">") && !about.contains("loading=\"lazy\""), "{about}");
    // Shared cards use a size the page offers.
    assert!(
        page.contains("<meta property=\"og:image\" content=\"https://example.org/static/anh/hoi-nghi.1080.jpg\">"),
        "{page}"
    );
    assert!(check_links(&tree, Some("https://example.org/")) > 0);
}

#[test]
fn widths_never_exceed_the_source_and_transparency_stays() {
    let dir = site(
        &[
            ("content/site.yaml", &format!("{SITE}images: {{ widths: [360, 720], original: true }}\n")),
            (
                "content/articles/a.vi.md",
                &article("", "![Sơ đồ](/static/so-do.png)\n\n![Bản đồ](/static/ban-do.png)\n"),
            ),
        ],
        &[("content/static/so-do.png", png(500, 300, false)), ("content/static/ban-do.png", png(300, 200, true))],
    );
    let out = dir.path().join("out");
    build(dir.path(), &out, &[]);
    let tree = tree(&out);
    let images = images_of(&tree);
    let paths: Vec<&str> = images.iter().map(|(p, _)| p.as_str()).collect();
    // 500 wide: 360, then its own 500 (not 720). 300 wide with transparency: PNG and a WebP twin at 300 only.
    assert_eq!(
        paths,
        ["static/ban-do.300.png", "static/ban-do.300.webp", "static/so-do.360.jpg", "static/so-do.500.jpg"]
    );
    for (path, bytes) in &images {
        assert_no_metadata(path, bytes);
        let image = image::load_from_memory(bytes).unwrap();
        let width: u32 = path.split('.').nth(1).unwrap().parse().unwrap();
        assert_eq!(image.width(), width, "{path}");
        assert_eq!(image.color().has_alpha(), path.contains("ban-do"), "{path}");
    }
    let page = text(&tree, "bai-viet/a/index.html");
    assert!(
        page.contains("<picture><source type=\"image/webp\" srcset=\"../../static/ban-do.300.webp 300w\""),
        "{page}"
    );
    assert!(page.contains("srcset=\"../../static/so-do.360.jpg 360w, ../../static/so-do.500.jpg 500w\""), "{page}");
    assert!(page.contains("<a class=\"image-original\" href=\"../../static/so-do.500.jpg\">Ảnh gốc</a>"), "{page}");
}

/// The image counts `--verbose` prints.
fn work(run: &Run) -> &str {
    run.stderr.lines().find(|l| l.starts_with("Images:")).unwrap_or_else(|| panic!("{}", run.stderr))
}

#[test]
fn a_second_build_decodes_nothing_and_every_build_is_byte_identical() {
    let photos: Vec<(String, Vec<u8>)> = (0..3)
        .map(|i| (format!("content/static/anh-{i}.jpg"), phone_jpeg(800, 600, 1 + i as u16 * 2, &noise(800, 600, i))))
        .collect();
    let body: String = (0..3).map(|i| format!("![Ảnh {i}](/static/anh-{i}.jpg)\n\n")).collect();
    let images: Vec<(&str, Vec<u8>)> = photos.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    let dir = site(&[("content/articles/a.vi.md", &article("", &body))], &images);
    let (first, second, fresh) = (dir.path().join("out1"), dir.path().join("out2"), dir.path().join("out3"));
    let run = build(dir.path(), &first, &["--verbose"]);
    assert_eq!(work(&run), "Images: 3 decoded, 0 from the cache, 0 unused cache entries removed");
    assert!(dir.path().join(".baocao-cache/images").is_dir() && !first.join(".baocao-cache").exists());
    let run = build(dir.path(), &second, &["--verbose"]);
    assert_eq!(work(&run), "Images: 0 decoded, 3 from the cache, 0 unused cache entries removed");
    std::fs::remove_dir_all(dir.path().join(".baocao-cache")).unwrap();
    build(dir.path(), &fresh, &[]);
    let (a, b, c) = (tree(&first), tree(&second), tree(&fresh));
    // 800 × 600 (orientations 1 and 3) in 360, 720, 800; turned (5) to 600 × 800, in 360, 600.
    assert_eq!(images_of(&a).len(), 8);
    assert!(a == b && b == c, "builds with and without the cache differ");
    // A photo replaced: one decoded, its old entry removed.
    std::fs::write(dir.path().join("content/static/anh-0.jpg"), phone_jpeg(640, 480, 1, &noise(640, 480, 9))).unwrap();
    let run = build(dir.path(), &dir.path().join("out4"), &["--verbose"]);
    assert_eq!(work(&run), "Images: 1 decoded, 2 from the cache, 1 unused cache entry removed");
    // `check` runs the same stage, through the same cache.
    let run = baocao(&["check", "--verbose", "--root", dir.path().to_str().unwrap()]);
    assert_eq!(work(&run), "Images: 0 decoded, 3 from the cache, 0 unused cache entries removed");
}

/// A site whose one article shows one photo, `static/anh.jpg` (800 × 600,
/// upright, its grain drawn from `seed`).
fn one_photo_site(seed: u32) -> tempfile::TempDir {
    let photo = phone_jpeg(800, 600, 1, &noise(800, 600, seed));
    site(
        &[("content/articles/a.vi.md", &article("", "![Ảnh](/static/anh.jpg)\n"))],
        &[("content/static/anh.jpg", photo)],
    )
}

#[test]
fn an_output_image_changed_in_place_never_reaches_the_next_build() {
    // The output's images are links to the cache's files where the disk
    // allows: a tool that rewrites one in place (an "optimizer") changes
    // the cache's file too. The next build must see it and make it again.
    let dir = one_photo_site(4);
    let out = dir.path().join("output");
    build(dir.path(), &out, &[]);
    let file = out.join("static/anh.360.jpg");
    let good = std::fs::read(&file).unwrap();
    // The same length, other bytes, a later time: what a careless tool leaves.
    let mut bad = good.clone();
    bad[good.len() / 2] ^= 0xFF;
    std::fs::write(&file, &bad).unwrap();
    let later = std::fs::metadata(&file).unwrap().modified().unwrap() + std::time::Duration::from_secs(2);
    std::fs::File::options().write(true).open(&file).unwrap().set_modified(later).unwrap();
    let run = build(dir.path(), &out, &["--verbose"]);
    assert_eq!(work(&run), "Images: 1 decoded, 0 from the cache, 0 unused cache entries removed");
    assert_eq!(std::fs::read(&file).unwrap(), good, "the changed bytes were published again");
    let run = build(dir.path(), &out, &["--verbose"]);
    assert_eq!(work(&run), "Images: 0 decoded, 1 from the cache, 0 unused cache entries removed");
    assert_eq!(std::fs::read(&file).unwrap(), good);
}

#[test]
fn new_image_settings_make_new_images_of_unchanged_photos() {
    let dir = one_photo_site(5);
    build(dir.path(), &dir.path().join("out1"), &[]);
    // The photo is the same file; the widths are not.
    let yaml = std::fs::read_to_string(dir.path().join("content/site.yaml")).unwrap();
    std::fs::write(dir.path().join("content/site.yaml"), format!("{yaml}images: {{ widths: [200, 400] }}\n")).unwrap();
    let run = build(dir.path(), &dir.path().join("out2"), &["--verbose"]);
    assert_eq!(work(&run), "Images: 1 decoded, 0 from the cache, 1 unused cache entry removed");
    let cached = tree(&dir.path().join("out2"));
    let names: Vec<&String> = cached.keys().filter(|p| p.starts_with("static/")).collect();
    std::fs::remove_dir_all(dir.path().join(".baocao-cache")).unwrap();
    build(dir.path(), &dir.path().join("out3"), &[]);
    assert!(cached == tree(&dir.path().join("out3")), "a cached build differs from one without the cache");
    assert!(cached.contains_key("static/anh.400.jpg") && !cached.contains_key("static/anh.360.jpg"), "{names:?}");
}

/// Builds under a memory cap and a time limit.
fn build_capped(root: &Path) -> Run {
    // 1 GiB of address space: a 50,000 × 50,000 image would need 7.5 GB.
    let script = "ulimit -v 1048576 && exec \"$0\" build --root \"$1\"";
    let mut command = Command::new("sh");
    command.args(["-c", script, env!("CARGO_BIN_EXE_baocao"), root.to_str().unwrap()]).env("BAOCAO_LANG", "en");
    within(&mut command, Duration::from_secs(120))
}

/// CRC-32 (IEEE), as PNG chunks carry it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A PNG header for an image of `width` × `height` with almost no data.
fn png_bomb(width: u32, height: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8], data: &[u8]| {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&crc32(&[kind, data].concat()).to_be_bytes());
    };
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(b"IHDR", &ihdr);
    chunk(b"IDAT", &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
    chunk(b"IEND", &[]);
    out
}

#[test]
fn hostile_images_give_located_errors_within_bounded_memory() {
    let photo = phone_jpeg(400, 300, 1, &noise(400, 300, 1));
    let mut damaged = png(64, 64, false);
    let idat = damaged.windows(4).position(|w| w == b"IDAT").unwrap();
    for b in &mut damaged[idat + 6..idat + 30] {
        *b ^= 0x5A;
    }
    let mut jpeg_bomb = phone_jpeg(16, 16, 1, &quarters(16, 16));
    let sof = jpeg_bomb.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
    jpeg_bomb[sof + 5..sof + 9].copy_from_slice(&[0xC3, 0x50, 0xC3, 0x50]); // 50,000 × 50,000
    let body = [
        "![Cắt](/static/cut.jpg)",
        "![Hỏng](/static/damaged.png)",
        "![Không phải ảnh](/static/notes.jpg)",
        "![iPhone](/static/iphone.jpg)",
        "![Bom](/static/bomb.png)",
        "![Bom JPEG](/static/bomb.jpg)",
        "![Vẽ](/static/ve.svg)",
    ]
    .join("\n\n");
    let mut heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec();
    heic.extend(vec![0; 200]);
    let dir = site(
        &[
            ("content/articles/a.vi.md", &article("", &body)),
            (
                "content/static/ve.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <script>alert(1)</script>\n</svg>\n",
            ),
        ],
        &[
            ("content/static/cut.jpg", photo[..photo.len() / 2].to_vec()),
            ("content/static/damaged.png", damaged),
            ("content/static/notes.jpg", b"Ghi chu cuoc hop, khong phai anh".to_vec()),
            ("content/static/iphone.jpg", heic),
            ("content/static/bomb.png", png_bomb(50_000, 50_000)),
            ("content/static/bomb.jpg", jpeg_bomb),
        ],
    );
    let run = build_capped(dir.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    let errors: Vec<&str> = run.stderr.lines().filter(|l| l.contains(": error[")).collect();
    assert_eq!(
        errors,
        [
            "content/articles/a.vi.md:5:1: error[BC7001]: image: the image content/static/cut.jpg is cut short: only its beginning was copied",
            "content/articles/a.vi.md:7:1: error[BC7001]: image: the image content/static/damaged.png is damaged and cannot be read",
            "content/articles/a.vi.md:9:1: error[BC7002]: image: content/static/notes.jpg is not an image: it is not JPEG, PNG, WebP, GIF or SVG",
            "content/articles/a.vi.md:11:1: error[BC7002]: image: the image content/static/iphone.jpg is a HEIC file, which baocao does not publish",
            "content/articles/a.vi.md:13:1: error[BC7003]: image: the image content/static/bomb.png is 50000 × 50000 pixels, larger than any photo (at most 64 million pixels)",
            "content/articles/a.vi.md:15:1: error[BC7003]: image: the image content/static/bomb.jpg is 50000 × 50000 pixels, larger than any photo (at most 64 million pixels)",
            "content/static/ve.svg:2:3: error[BC7004]: this SVG file contains `<script`, which can run code when the file is opened",
        ],
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("output").exists(), "nothing is written");
}

#[test]
fn images_without_alt_and_heavy_pages_are_warned_about() {
    let photos: Vec<(String, Vec<u8>)> = (0..8)
        .map(|i| (format!("content/static/p{i}.jpg"), phone_jpeg(1200, 900, 1, &noise(1200, 900, i + 1))))
        .collect();
    let images: Vec<(&str, Vec<u8>)> = photos.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    let body = "![](/static/p0.jpg)\n\n![Một](/static/p1.jpg) ![Hai](/static/p2.jpg) ![Ba](/static/p3.jpg) ![Bốn](/static/p4.jpg) ![Năm](/static/p5.jpg) ![Sáu](/static/p6.jpg) ![Bảy](/static/p7.jpg)\n\n![](https://example.org/x.png)\n";
    let dir = site(&[("content/articles/a.vi.md", &article("", body))], &images);
    let root = dir.path().to_str().unwrap();
    let run = baocao(&["check", "--root", root]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let warnings: Vec<&str> = run.stderr.lines().filter(|l| l.contains(": warning[BC7")).collect();
    assert_eq!(warnings.len(), 3, "{}", run.stderr);
    assert!(
        warnings[0].starts_with("content/articles/a.vi.md:1:1: warning[BC7006]: the images of this page weigh "),
        "{}",
        warnings[0]
    );
    assert!(warnings[0].ends_with(" KB on a phone 360 pixels wide, more than 150 KB"), "{}", warnings[0]);
    assert_eq!(warnings[1], "content/articles/a.vi.md:5:1: warning[BC7005]: image: this image has no text alternative");
    assert_eq!(warnings[2], "content/articles/a.vi.md:9:1: warning[BC7005]: image: this image has no text alternative");
    let strict = baocao(&["check", "--strict", "--root", root]);
    assert_eq!(strict.code, 1, "{}", strict.stderr);
}

#[test]
fn static_images_nothing_shows_are_published_as_they_are() {
    let photo = phone_jpeg(64, 48, 6, &quarters(64, 48));
    let dir = site(
        &[("content/articles/a.vi.md", &article("", "[Ảnh gốc để tải](/static/tai-ve.jpg)\n"))],
        &[("content/static/tai-ve.jpg", photo.clone())],
    );
    let out = dir.path().join("out");
    build(dir.path(), &out, &[]);
    assert_eq!(std::fs::read(out.join("static/tai-ve.jpg")).unwrap(), photo);
}

#[test]
fn every_exif_orientation_comes_out_upright() {
    // For each orientation 1–8: the stored quarters that the upright
    // image shows at its top left and top right.
    let expected = [(1, 0, 1), (2, 1, 0), (3, 3, 2), (4, 2, 3), (5, 0, 2), (6, 2, 0), (7, 3, 1), (8, 1, 3)];
    let photos: Vec<(String, Vec<u8>)> = expected
        .iter()
        .map(|&(o, _, _)| (format!("content/static/o{o}.jpg"), phone_jpeg(480, 320, o, &quarters(480, 320))))
        .collect();
    let images: Vec<(&str, Vec<u8>)> = photos.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    let body: String = expected.iter().map(|(o, _, _)| format!("![Hướng {o}](/static/o{o}.jpg)\n\n")).collect();
    let dir = site(&[("content/articles/a.vi.md", &article("", &body))], &images);
    let out = dir.path().join("out");
    build(dir.path(), &out, &[]);
    for (o, top_left, top_right) in expected {
        // Turned, 320 wide: narrower than every width, so one size of its own.
        let turned = o >= 5;
        let width = if turned { 320 } else { 360 };
        let bytes = std::fs::read(out.join(format!("static/o{o}.{width}.jpg"))).unwrap();
        let image = image::load_from_memory(&bytes).unwrap();
        assert_eq!((image.width(), image.height()), if turned { (320, 480) } else { (360, 240) }, "orientation {o}");
        let (w, h) = (image.width(), image.height());
        for (x, quarter) in [(w / 4, top_left), (3 * w / 4, top_right)] {
            let found = pixel(&bytes, x, h / 4);
            assert!(close(found, QUARTERS[quarter]), "orientation {o} at ({x}, {}): {found:?}", h / 4);
        }
    }
}

#[test]
fn the_output_may_not_be_inside_the_image_cache() {
    let dir = site(&[("content/articles/a.vi.md", &article("", "Văn bản.\n"))], &[]);
    let out = dir.path().join(".baocao-cache/out");
    let run = baocao(&["build", "--root", dir.path().to_str().unwrap(), "--output", out.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("it is inside the site's .baocao-cache/ folder"), "{}", run.stderr);
}
