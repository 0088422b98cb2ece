#!/usr/bin/env bash
# bench-ingest.sh — ingest throughput of `dyad ingest` (issue 5 benchmark).
#
# Ingests ../shared/corpus/reuters21578.jsonl.gz and ../shared/corpus/insightcrime.jsonl.gz
# (JSON Lines, gzip) into fresh SQLite stores with dyad's default dictionaries, with
# --threads 1 and --threads 2, and prints, from ingest's own accounting (--summary-json):
# articles read, seconds, articles/s and MB/s (MB = 10^6 bytes of article text), plus the
# wall time and peak RSS from /usr/bin/time when it is installed.
#
# Usage: scripts/bench-ingest.sh            (builds the release binary first)
#        DYAD=path/to/dyad scripts/bench-ingest.sh
# Prints "skipped: ../shared not found" and exits 0 when the corpus is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus
if [ ! -f "$corpus/reuters21578.jsonl.gz" ] || [ ! -f "$corpus/insightcrime.jsonl.gz" ]; then
    echo "skipped: ../shared not found"
    exit 0
fi
if [ -z "${DYAD:-}" ]; then
    cargo build --release -p dyad-cli --quiet
    DYAD=target/release/dyad
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
timer=()
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -f "%e %M"); fi
printf "%-14s %7s %8s %8s %10s %7s %9s %9s\n" corpus threads articles seconds articles/s MB/s events peakRSS_MB
for name in reuters21578 insightcrime; do
    for t in 1 2; do
        db="$tmp/$name-$t.sqlite"
        rm -f "$db"*
        if [ ${#timer[@]} -gt 0 ]; then
            "${timer[@]}" -o "$tmp/time" "$DYAD" ingest --db "$db" --threads "$t" --summary-json \
                "$corpus/$name.jsonl.gz" >"$tmp/acc.json" 2>"$tmp/err"
            rss=$(awk '{printf "%.0f", $2/1024}' "$tmp/time")
        else
            "$DYAD" ingest --db "$db" --threads "$t" --summary-json \
                "$corpus/$name.jsonl.gz" >"$tmp/acc.json" 2>"$tmp/err"
            rss=-
        fi
        python3 - "$name" "$t" "$rss" "$tmp/acc.json" <<'PY'
import json, sys
name, t, rss, path = sys.argv[1:]
a = json.load(open(path))
print(f"{name:<14} {t:>7} {a['read']:>8} {a['seconds']:>8.2f} {a['articles_per_second']:>10.0f} "
      f"{a['mb_per_second']:>7.2f} {a['new_events']:>9} {rss:>9}")
PY
    done
done
