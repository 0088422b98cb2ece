#!/usr/bin/env bash
# The project's test command (README, "Tests"): formatting, lints, and every test, including
# the peer validation suites and the GDELT-reader acceptance test when ../shared exists.
set -euo pipefail
cd "$(dirname "$0")/.."
# The GDELT export is checked with the readers researchers use (PyPI gdelt-py 0.1.11 and
# pandas); without them that one test says it was skipped.
python3 -m pip install --quiet --disable-pip-version-check gdelt-py==0.1.11 pandas \
  || echo "warning: could not install gdelt-py/pandas; the GDELT reader test will be skipped"
cargo fmt --all --check
cargo clippy --workspace --all-targets --release -- -D warnings
cargo test --workspace --release
