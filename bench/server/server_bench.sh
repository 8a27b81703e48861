#!/usr/bin/env bash
# lede serve under load: requests/s and latency percentiles (p50, p95, p99) for
# /api/search and /api/articles/{id} on the demo store, on loopback, with 32
# connections (wrk with bench/server/requests.lua). Two servers over the same
# store: one with the response cache (the default, --cache-bytes) and one
# without it (--cache-bytes 0), for one repeated search and for 300 different
# searches (words of the demo titles) in turn. Peer: Python's http.server
# serving the same search response as a static file (HTTP alone, no query).
# Usage: bench/server/server_bench.sh [SECONDS] [CONNECTIONS] [THREADS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
script=$root/bench/server/requests.lua
seconds=${1:-10}
connections=${2:-32}
threads=${3:-2}
# shellcheck source=bench/server/demo_server.sh
. "$root/bench/server/demo_server.sh"

ingest_demo_store
serve_demo_store cached --threads "$threads"
serve_demo_store uncached --threads "$threads" --cache-bytes 0

# 300 one-word searches: distinct words of 5+ letters from the demo titles.
mapfile -t searches < <(demo_request_paths searches)

run() {  # run NAME PID URL [PATHS...]: one wrk run, one result line with PID's RSS
  local name=$1 pid=$2 url=$3
  shift 3
  local out
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$script" "$url" -- "$@")
  local rps p50 p95 p99 errors rss
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  read -r p50 p95 p99 < <(awk '/^percentiles_ms/ {print $3, $5, $7}' <<< "$out")
  # wrk's errors: socket errors, non-2xx answers and timeouts (no answer within 2 s)
  errors=$(awk '/^errors/ {print $3 + $5 + $7 + $9 + $11}' <<< "$out")
  rss=$(awk '/VmRSS/ {printf "%.1f MB", $2 / 1024}' "/proc/$pid/status" 2>/dev/null || echo "-")
  printf '| %s | %.0f | %.1f ms | %.1f ms | %.1f ms | %s | %s |\n' "$name" "$rps" "$p50" "$p95" \
    "$p99" "$errors" "$rss"
}

echo "lede serve, $threads threads, wrk $connections connections, ${seconds}s each, $(nproc) cores," \
  "load average $(cut -d' ' -f1 /proc/loadavg)"
echo "lede RSS before: $(awk '/VmRSS/ {printf "%.1f MB", $2 / 1024}' "/proc/$cached_pid/status")"
echo "| run | req/s | p50 | p95 | p99 | errors | server RSS |"
echo "|---|---|---|---|---|---|---|"
run "cached /api/search?q=election" "$cached_pid" "$cached_base/api/search?q=election"
run "uncached /api/search?q=election" "$uncached_pid" "$uncached_base/api/search?q=election"
run "cached /api/search?q=police&limit=50" "$cached_pid" "$cached_base/api/search?q=police&limit=50"
run "uncached /api/search?q=police&limit=50" "$uncached_pid" \
  "$uncached_base/api/search?q=police&limit=50"
run "cached, ${#searches[@]} searches in turn" "$cached_pid" "$cached_base" "${searches[@]}"
run "uncached, ${#searches[@]} searches in turn" "$uncached_pid" "$uncached_base" "${searches[@]}"
run "cached /api/articles/42" "$cached_pid" "$cached_base/api/articles/42"
run "uncached /api/articles/42" "$uncached_pid" "$uncached_base/api/articles/42"
run "uncached /api/stats" "$uncached_pid" "$uncached_base/api/stats"

mkdir -p "$work/static"
curl -s "$cached_base/api/search?q=election" > "$work/static/search.json"
(cd "$work/static" && exec /usr/bin/python3 -m http.server --bind 127.0.0.1 0 > "$work/py.out" 2>&1) &
pids+=($!)
py_pid=$!
for _ in $(seq 50); do grep -q "port" "$work/py.out" && break; sleep 0.1; done
py_port=$(grep -o 'port [0-9]*' "$work/py.out" | head -1 | cut -d' ' -f2)
run "python http.server (same JSON)" "$py_pid" "http://127.0.0.1:$py_port/search.json"
echo "load average after: $(cut -d' ' -f1 /proc/loadavg)"
