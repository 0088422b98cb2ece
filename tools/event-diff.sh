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
  zcat -f "$input" | "$bin" code --format jsonl --output jsonl "$@" - 2>"$dir/dyad-events-stderr.txt" |
    python3 -c '
import json, sys
for line in sys.stdin:
    e = json.loads(line)
    print(e["record_id"], e["sentence"], e["source"], e["target"] or "-", e["code"], e["verb_text"])
' | sort
}
for side in old new; do
  bin=$old
  [ "$side" = new ] && bin=$new
  if ! events "$bin" "$@" > "$dir/dyad-events-$side.txt"; then
    echo "event-diff: $bin failed on $input:" >&2
    tail -5 "$dir/dyad-events-stderr.txt" >&2
    exit 1
  fi
  # (A record the coder rejected is no event: say so, it is a bug.)
  grep '^dyad: rejected' "$dir/dyad-events-stderr.txt" | sed "s|^|$side: |" >&2 || true
done
diff "$dir/dyad-events-old.txt" "$dir/dyad-events-new.txt" > "$dir/dyad-events.diff" || true
echo "old $(wc -l < "$dir/dyad-events-old.txt") new $(wc -l < "$dir/dyad-events-new.txt")" \
  "removed $(grep -c '^<' "$dir/dyad-events.diff" || true) added $(grep -c '^>' "$dir/dyad-events.diff" || true)"
