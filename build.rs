// The default theme is embedded with include_dir!: rebuild when it changes.
//
// The build cache (`.baocao-cache/`) keeps bytes made by other crates
// (resized images, chart PNGs). Their keys include the versions of those
// crates, read here from Cargo.lock, so that a newer encoder never serves
// bytes an older one made: a build with the cache stays the same as one
// without, on any machine.
const MAKERS: &[&str] = &[
    "fast_image_resize",
    "fdeflate",
    "fontdb",
    "harfrust",
    "image",
    "image-webp",
    "jpeg-encoder",
    "kurbo",
    "miniz_oxide",
    "moxcms",
    "png",
    "resvg",
    "tiny-skia",
    "tiny-skia-path",
    "ttf-parser",
    "usvg",
    "zune-core",
    "zune-jpeg",
];

fn main() {
    println!("cargo:rerun-if-changed=themes/default");
    println!("cargo:rerun-if-changed=Cargo.lock");
    let lock = std::fs::read_to_string("Cargo.lock").unwrap_or_default();
    let mut versions = Vec::new();
    let mut name = None;
    for line in lock.lines() {
        if let Some(n) = line.strip_prefix("name = ") {
            name = Some(n.trim_matches('"').to_string());
        } else if let (Some(v), Some(n)) = (line.strip_prefix("version = "), name.take())
            && MAKERS.contains(&n.as_str())
        {
            versions.push(format!("{n}@{}", v.trim_matches('"')));
        }
    }
    versions.sort();
    println!("cargo:rustc-env=BAOCAO_MAKERS={}", versions.join(" "));
}
