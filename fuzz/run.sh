#!/usr/bin/env bash
# `run.sh [RUNS [TARGET...]]`: runs each fuzz target (default: all three)
# for RUNS inputs (default 1000000), one after another, seeded with the
# example site. Needs cargo-fuzz (`cargo install cargo-fuzz --locked`);
# libFuzzer wants a nightly compiler, which RUSTC_BOOTSTRAP=1 stands in for
# on stable. An input slower than 10 s counts as a find (a hang), as does a
# crash or going over 2 GB; finds are written to artifacts/<target>/. Set
# CARGO_TARGET_DIR to build elsewhere.
set -euo pipefail
cd "$(dirname "$0")"
runs="${1:-1000000}"
shift $(($# > 0 ? 1 : 0))
targets=("$@")
if ((${#targets[@]} == 0)); then targets=(front_matter yaml_loader markdown); fi
mkdir -p corpus/front_matter corpus/yaml_loader corpus/markdown
cp ../content/articles/*.md ../content/pages/*.md corpus/front_matter/
cp ../content/programs/*.yaml ../content/site.yaml corpus/yaml_loader/
# The Markdown target gets bodies: each file without its front matter.
for file in ../content/articles/*.md ../content/pages/*.md; do
  awk 'NR == 1 && $0 == "---" { front = 1; next } front && $0 == "---" { front = 0; next } !front' \
    "$file" >"corpus/markdown/$(basename "$file")"
done
status=0
for target in "${targets[@]}"; do
  dict=()
  if [[ -f "$target.dict" ]]; then dict=("-dict=$target.dict"); fi
  RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "corpus/$target" -- \
    -runs="$runs" -max_len=4096 -rss_limit_mb=2048 -timeout=10 "${dict[@]}" || status=$?
done
exit "$status"
