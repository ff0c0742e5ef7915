#!/usr/bin/env bash
# Benchmark: generates a large site and times a release build of it
# (wall time, CPU time, peak memory), three runs. Usage: bench/run.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-10000}"
site="${BENCH_DIR:-/tmp/baocao-bench}/site"
cargo build --release --quiet
python3 bench/generate.py "$site" --articles "$articles"
echo "corpus: $(find "$site/content" -type f | wc -l) files, $(du -sh "$site/content" | cut -f1)"
for run in 1 2 3; do
  /usr/bin/time -f "run $run: %e s wall, %U s user, %S s system, %M KB peak memory" \
    target/release/baocao build --root "$site" >/dev/null 2>"$site.log" || { cat "$site.log"; exit 1; }
  tail -1 "$site.log"
done
target/release/baocao build --root "$site" 2>/dev/null
echo "output: $(find "$site/output" -type f | wc -l) files, $(du -sh "$site/output" | cut -f1)"
