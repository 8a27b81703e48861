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
seconds=${1:-60}
connections=${2:-32}
threads=${3:-2}
sample=${SAMPLE:-5}
warmup=${WARMUP:-10}
# shellcheck source=bench/server/demo_server.sh
. "$root/bench/server/demo_server.sh"

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

ingest_demo_store
# shellcheck disable=SC2086
serve_demo_store server --threads "$threads" ${SERVE_FLAGS:-}
first=$(rss_kb "$server_pid")

paths=()
dropped=0
while read -r path; do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$server_base$path")" = 200 ]; then paths+=("$path")
  else dropped=$((dropped + 1)); fi
done < <(demo_request_paths mixed)
load() {  # load SECONDS: wrk over the paths
  wrk -t2 -c"$connections" -d"$1s" --latency -s "$root/bench/server/requests.lua" "$server_base" -- "${paths[@]}"
}
load "$warmup" > /dev/null
warm=$(rss_kb "$server_pid")

(while kill -0 "$server_pid" 2>/dev/null; do rss_kb "$server_pid"; sleep "$sample"; done) > "$work/rss" &
pids+=($!)
out=$(load "$seconds")
last=$(rss_kb "$server_pid")
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
