#!/usr/bin/env bash
# Compare the events two dyad binaries code on the same input (the effect of a coder change):
#
#   tools/event-diff.sh OLD_BINARY NEW_BINARY INPUT [dyad code options…]
#
# INPUT is anything `dyad code` reads (JSON Lines, .gz files are decompressed first). Prints the
# counts and writes the sorted events ("record sentence source target code verb") of each side
# and their diff to $TMPDIR (or /tmp): dyad-events-old.txt, dyad-events-new.txt,
# dyad-events.diff. Both binaries read the repository's dictionaries at run time, so a
# dictionary change shows only against a binary of another checkout.
set -euo pipefail
old=$1 new=$2 input=$3
shift 3
dir=${TMPDIR:-/tmp}
events() {
  local bin=$1
  shift
  zcat -f "$input" | "$bin" code --format jsonl --output jsonl "$@" - 2>/dev/null |
    python3 -c '
import json, sys
for line in sys.stdin:
    e = json.loads(line)
    print(e["record_id"], e["sentence"], e["source"], e["target"] or "-", e["code"], e["verb_text"])
' | sort
}
events "$old" "$@" > "$dir/dyad-events-old.txt"
events "$new" "$@" > "$dir/dyad-events-new.txt"
diff "$dir/dyad-events-old.txt" "$dir/dyad-events-new.txt" > "$dir/dyad-events.diff" || true
echo "old $(wc -l < "$dir/dyad-events-old.txt") new $(wc -l < "$dir/dyad-events-new.txt")" \
  "removed $(grep -c '^<' "$dir/dyad-events.diff" || true) added $(grep -c '^>' "$dir/dyad-events.diff" || true)"
