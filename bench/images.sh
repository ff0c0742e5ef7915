#!/usr/bin/env bash
# Benchmark of images: 100 phone photos (4000 × 3000 JPEG, stored sideways
# with an EXIF orientation, an owner and a GPS position), one per article,
# in a site of 100 articles; and the same site without images. Measures,
# with release builds: the first build (wall time, peak memory), a rebuild
# with the cache against the site without images (paired rounds, medians),
# and the output bytes per image. Usage: bench/images.sh [PHOTOS]
set -euo pipefail
cd "$(dirname "$0")/.."
photos="${1:-100}"
work="${BENCH_DIR:-/tmp/baocao-bench-images}"
target="${CARGO_TARGET_DIR:-target}"
cargo build --release --quiet --example phone_photos
bin="$target/release/baocao"
rm -rf "$work"
mkdir -p "$work"
# Two pairs of sites: "short", one-line articles (the images are nearly
# all the work), and "corpus", the bilingual corpus of bench/generate.py
# (100 articles of 160-810 words, three in four also in English, 2
# programmes with charts). In each pair, "with" shows photo i as the lead
# image of article i, in each of its languages.
for style in short corpus; do
  for kind in with without; do
    site="$work/$style-$kind"
    if [ "$style" = corpus ]; then
      python3 bench/generate.py "$site" --articles "$photos" --programs 2 >/dev/null
    else
      mkdir -p "$site/content/articles"
      printf 'title: { vi: Ảnh, en: Photos }\nlanguages: [vi, en]\nbase_url: https://example.org/\n' > "$site/content/site.yaml"
      for i in $(seq 0 $((photos - 1))); do
        printf -- "---\ntitle: Hội nghị số %03d\ndate: 2019-01-02\n---\nHội nghị tổng kết công tác khuyến công năm %03d đã diễn ra tại tỉnh.\n" \
          "$i" "$i" > "$site/content/articles/bai-$(printf '%05d' "$i").vi.md"
      done
    fi
    if [ "$kind" = with ]; then
      for i in $(seq 0 $((photos - 1))); do
        n=$(printf '%03d' "$i")
        for f in "$site/content/articles/bai-$(printf '%05d' "$i")".*.md; do
          sed -i "0,/^date: /s//image: \/static\/anh-$n.jpg\nimage_alt: Toàn cảnh hội nghị số $n\n&/" "$f"
        done
      done
    fi
  done
done
"$target/release/examples/phone_photos" "$work/short-with/content/static" "$photos"
cp -r "$work/short-with/content/static" "$work/corpus-with/content/"
echo "photos: $photos, $(du -sh "$work/short-with/content/static" | cut -f1) in all"
first=$(/usr/bin/time -f "%e %M" "$bin" build --root "$work/short-with" 2>&1 >/dev/null | tail -1)
echo "first build: ${first% *} s wall, $(( ${first#* } / 1024 )) MiB peak memory"
"$bin" build --root "$work/corpus-with" >/dev/null 2>&1
# The photos and first builds written out first, not during the timing.
sync
# Rebuilds with the cache against the same site without images: paired
# rounds in turn (the machine's speed drifts), medians and the median of
# the paired ratios.
python3 - "$bin" "$work" "${ROUNDS:-31}" <<'PY'
import statistics, subprocess, sys, time
bin, work, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
def run(site):
    t = time.perf_counter()
    subprocess.run([bin, "build", "--root", f"{work}/{site}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t
for style in ("short", "corpus"):
    run(f"{style}-with"); run(f"{style}-without")
    pairs = []
    for i in range(rounds):
        # Each pair in turn ends with either site: neither always follows the other.
        if i % 2:
            o = run(f"{style}-without"); w = run(f"{style}-with")
        else:
            w = run(f"{style}-with"); o = run(f"{style}-without")
        pairs.append((w, o))
    w = statistics.median(p[0] for p in pairs) * 1000
    o = statistics.median(p[1] for p in pairs) * 1000
    r = statistics.median(p[0] / p[1] for p in pairs)
    print(f"{style}: rebuild with the cache {w:.1f} ms, the same site without images {o:.1f} ms, paired ratio {r:.2f} ({rounds} rounds)")
PY
"$bin" build --root "$work/short-with" --verbose --lang en 2>&1 >/dev/null | grep '^Images' || true
out="$work/short-with/output/static"
bytes=$(find "$out" -name '*.jpg' -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "output: $(find "$out" -name '*.jpg' | wc -l) image files, $((bytes / photos)) bytes per photo (all sizes), $(( $(find "$out" -name '*.360.jpg' -printf '%s\n' | awk '{s+=$1} END {print s}') / photos )) bytes at 360 px"
