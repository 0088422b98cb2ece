#!/usr/bin/env bash
# The project's test command (README, "Tests"): formatting, lints, and every test, including
# the peer validation suites when ../shared exists.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all --check
cargo clippy --workspace --all-targets --release -- -D warnings
cargo test --workspace --release
