#!/usr/bin/env bash
# Benchmark of images: 100 phone photos (4000 × 3000 JPEG, stored sideways
# with an EXIF orientation, an owner and a GPS position), one per article,
# in a site of 100 articles; and the same site without images. Measures,
# with release builds: the first build (wall time, peak memory), a rebuild
# with the cache (median of 3) against the site without images (median of
# 3), and the output bytes per image. Usage: bench/images.sh [PHOTOS]
set -euo pipefail
cd "$(dirname "$0")/.."
photos="${1:-100}"
work="${BENCH_DIR:-/tmp/baocao-bench-images}"
target="${CARGO_TARGET_DIR:-target}"
cargo build --release --quiet --example phone_photos
bin="$target/release/baocao"
rm -rf "$work"
mkdir -p "$work"
for kind in with without; do
  site="$work/$kind"
  mkdir -p "$site/content/articles"
  printf 'title: { vi: Ảnh, en: Photos }\nlanguages: [vi, en]\nbase_url: https://example.org/\n' > "$site/content/site.yaml"
  for i in $(seq 0 $((photos - 1))); do
    n=$(printf '%03d' "$i")
    front="title: Hội nghị số $n\ndate: 2019-01-02\n"
    [ "$kind" = with ] && front="${front}image: /static/anh-$n.jpg\nimage_alt: Toàn cảnh hội nghị số $n\n"
    printf -- "---\n$front---\nHội nghị tổng kết công tác khuyến công năm $n đã diễn ra tại tỉnh.\n" > "$site/content/articles/hoi-nghi-$n.vi.md"
  done
done
"$target/release/examples/phone_photos" "$work/with/content/static" "$photos"
echo "photos: $photos, $(du -sh "$work/with/content/static" | cut -f1) in all"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { /usr/bin/time -f "%e %M" "$bin" build --root "$1" 2>&1 >/dev/null | tail -1; }
first=$(timed "$work/with")
echo "first build: ${first% *} s wall, $(( ${first#* } / 1024 )) MiB peak memory"
cached=$(for r in 1 2 3; do timed "$work/with" | cut -d' ' -f1; done | median)
plain=$(for r in 1 2 3; do timed "$work/without" | cut -d' ' -f1; done | median)
echo "rebuild with the cache: $cached s; the same site without images: $plain s; ratio $(awk "BEGIN {printf \"%.2f\", $cached / $plain}")"
"$bin" build --root "$work/with" --verbose --lang en 2>&1 >/dev/null | grep '^Images' || true
bytes=$(find "$work/with/output/static" -name '*.jpg' -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "output: $(find "$work/with/output/static" -name '*.jpg' | wc -l) image files, $((bytes / photos)) bytes per photo (all sizes), $(( $(find "$work/with/output/static" -name '*.360.jpg' -printf '%s\n' | awk '{s+=$1} END {print s}') / photos )) bytes at 360 px"
