#!/usr/bin/env bash
# Runs each fuzz target for SECONDS (default 120), seeded with the example
# site. Needs cargo-fuzz (`cargo install cargo-fuzz`); libFuzzer wants a
# nightly compiler, which RUSTC_BOOTSTRAP=1 stands in for on stable.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-120}"
mkdir -p corpus/front_matter corpus/yaml_loader
cp ../content/articles/*.md ../content/pages/*.md corpus/front_matter/
cp ../content/programs/*.yaml ../content/site.yaml corpus/yaml_loader/
for target in front_matter yaml_loader; do
  RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "corpus/$target" -- -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048
done
