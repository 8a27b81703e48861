#!/usr/bin/env bash
# lede serve under a steady load (issue 9): wrk for SECONDS (default 60) with
# CONNECTIONS (default 32) over a mix of requests on the demo store (300 searches,
# every article, 100 entity pages, lists; bench/server/request_paths.py), after a
# warm-up that asks each path once (and keeps the ones answering 200), then runs
# the same load for WARMUP seconds (default 10: every store connection and page
# cache in use). Reports
# wrk's errors (socket errors, non-2xx answers, timeouts) and the server's RSS
# sampled from /proc every SAMPLE seconds: first, after warm-up, last, max; flat
# means last within 10% of the value after warm-up. Extra `lede serve` flags go in
# SERVE_FLAGS (e.g. SERVE_FLAGS="--cache-bytes 0" to watch the server without its cache).
# Usage: bench/server/soak.sh [SECONDS] [CONNECTIONS] [THREADS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lede=$root/build/lede
seconds=${1:-60}
connections=${2:-32}
threads=${3:-2}
sample=${SAMPLE:-5}
warmup=${WARMUP:-10}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

"$lede" ingest --quiet --db "$work/demo.db" "$root/data/demo/corpus"
# shellcheck disable=SC2086
"$lede" serve --db "$work/demo.db" --port 0 --threads "$threads" --access-log /dev/null \
  ${SERVE_FLAGS:-} 2> "$work/serve.err" &
pids+=($!)
server=$!
for _ in $(seq 50); do grep -q "http://" "$work/serve.err" && break; sleep 0.1; done
base=http://127.0.0.1:$(grep -o '127.0.0.1:[0-9]*' "$work/serve.err" | head -1 | cut -d: -f2)
first=$(rss_kb "$server")

paths=()
dropped=0
while read -r path; do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base$path")" = 200 ]; then paths+=("$path")
  else dropped=$((dropped + 1)); fi
done < <(/usr/bin/python3 "$root/bench/server/request_paths.py" mixed \
  "$root/data/demo/corpus/wikinews-articles.jsonl.gz")
load() {  # load SECONDS: wrk over the paths
  wrk -t2 -c"$connections" -d"$1s" --latency -s "$root/bench/server/requests.lua" "$base" -- "${paths[@]}"
}
load "$warmup" > /dev/null
warm=$(rss_kb "$server")

(while kill -0 "$server" 2>/dev/null; do rss_kb "$server"; sleep "$sample"; done) > "$work/rss" &
pids+=($!)
out=$(load "$seconds")
last=$(rss_kb "$server")
max=$(sort -n "$work/rss" | tail -1)

echo "lede serve ${SERVE_FLAGS:-} soak: $threads threads, wrk $connections connections, ${seconds}s" \
  "after ${warmup}s of warm-up," \
  "${#paths[@]} paths in turn ($dropped not 200, left out), $(nproc) cores," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
awk '/Requests\/sec/ {print "requests/s: " $2} /requests in/ {print "requests: " $1}' <<< "$out"
grep -E "^percentiles_ms|^errors" <<< "$out"
echo "RSS samples (KiB, every ${sample}s): $(tr '\n' ' ' < "$work/rss")"
awk -v f="$first" -v w="$warm" -v l="$last" -v m="$max" 'BEGIN {
  printf "RSS MB: first %.1f, after warm-up %.1f, last %.1f, max %.1f; last/after warm-up %.3f (%s)\n",
    f / 1024, w / 1024, l / 1024, m / 1024, l / w, (l <= w * 1.1 && l >= w * 0.9) ? "flat" : "NOT flat" }'
