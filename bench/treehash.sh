#!/usr/bin/env bash
# One hash of a built site (every file's path and bytes, sorted): two builds,
# or a build before and after a change, are byte-identical when it is equal.
# usage: bench/treehash.sh OUTPUT_DIR
set -euo pipefail
cd "$1"
find . -type f ! -name .baocao-output -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
