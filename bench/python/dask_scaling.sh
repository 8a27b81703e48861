#!/usr/bin/env bash
# Scaling of the Dask runner (python3 -m lede.dask) from 1 to 2 local worker processes:
# the same inputs, one task each, ingested into shards and merged; wall time, documents
# per second and the speed-up. Reports the machine's load average before each run (the
# numbers only mean something on a quiet machine).
#
# Usage: bench/python/dask_scaling.sh [INPUT...]
#   default inputs: six HTML directories and JSON Lines files from ../shared/data and the
#   demo corpus. Run from the repository root after building lede and lede_python.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
shared=${LEDE_SHARED_DIR:-$repo/../shared}
if [ $# -eq 0 ]; then
  set -- "$repo/data/demo/corpus/wikinews-articles.jsonl.gz" \
    "$shared/data/scrapinghub-aeb/html" "$shared/data/readability-pages" \
    "$shared/data/htmldate-eval" "$shared/data/newspaper4k-naeb/html" "$shared/data/fundus-eval"
fi
export PYTHONPATH=$repo/build/python${PYTHONPATH:+:$PYTHONPATH}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "inputs: $# tasks"
for workers in 1 2; do
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  start=$(date +%s.%N)
  /usr/bin/python3 -m lede.dask --local-workers "$workers" --out "$work/shards-$workers" \
    --merge "$work/merged-$workers.db" "$@" 2>"$work/log-$workers"
  end=$(date +%s.%N)
  documents=$(grep -o '[0-9]* documents read' "$work/log-$workers" | cut -d' ' -f1)
  articles=$("$repo/build/lede" stats --db "$work/merged-$workers.db" --format json |
             /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["articles"])')
  seconds=$(echo "$end - $start" | bc -l)
  printf '%d worker(s): %.1f s wall, %d documents, %d articles merged, %.1f documents/s\n' \
    "$workers" "$seconds" "$documents" "$articles" "$(echo "$documents / $seconds" | bc -l)"
  echo "$seconds" > "$work/seconds-$workers"
done
printf 'speed-up 1 -> 2 workers: %.2fx\n' "$(echo "$(cat "$work/seconds-1") / $(cat "$work/seconds-2")" | bc -l)"
