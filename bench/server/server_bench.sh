#!/usr/bin/env bash
# lede serve under load: requests/s and latency percentiles (wrk --latency) for
# /api/search and /api/articles/{id} on the demo store, on loopback, with 32
# connections. Peer: Python's ThreadingHTTPServer serving the same search
# response as a static file (the cost of HTTP alone, without a query).
# Usage: bench/server/server_bench.sh [SECONDS] [CONNECTIONS] [THREADS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lede=$root/build/lede
seconds=${1:-10}
connections=${2:-32}
threads=${3:-2}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

"$lede" ingest --quiet --db "$work/demo.db" "$root/data/demo/corpus"
"$lede" serve --db "$work/demo.db" --port 0 --threads "$threads" --access-log /dev/null \
  2> "$work/serve.err" &
pids+=($!)
server_pid=$!
for _ in $(seq 50); do grep -q "http://" "$work/serve.err" && break; sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' "$work/serve.err" | head -1 | cut -d: -f2)
base=http://127.0.0.1:$port

run() {  # run NAME URL [PID]: one wrk run, one result line with PID's RSS
  local out
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$2")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  errors=$(grep -E "Non-2xx|Socket errors" <<< "$out" | tr -s ' ' | tr '\n' ' ' || true)
  local rss
  rss=$(awk '/VmRSS/ {print $2 " " $3}' "/proc/${3:-$server_pid}/status" 2>/dev/null || echo "-")
  printf '%-34s %10s req/s  p50 %-9s p99 %-9s RSS %-10s %s\n' "$1" "$rps" "$p50" "$p99" "$rss" \
    "${errors:-no errors}"
}

echo "lede serve, $threads threads, wrk $connections connections, ${seconds}s each, $(nproc) cores," \
  "load average $(cut -d' ' -f1 /proc/loadavg)"
echo "lede RSS before: $(awk '/VmRSS/ {print $2 " " $3}' "/proc/$server_pid/status")"
run "lede /api/search?q=election" "$base/api/search?q=election"
run "lede /api/search?q=police&limit=50" "$base/api/search?q=police&limit=50"
run "lede /api/articles/{id}" "$base/api/articles/42"
run "lede /api/stats" "$base/api/stats"

mkdir -p "$work/static"
curl -s "$base/api/search?q=election" > "$work/static/search.json"
(cd "$work/static" && exec /usr/bin/python3 -m http.server --bind 127.0.0.1 0 > "$work/py.out" 2>&1) &
pids+=($!)
py_pid=$!
for _ in $(seq 50); do grep -q "port" "$work/py.out" && break; sleep 0.1; done
py_port=$(grep -o 'port [0-9]*' "$work/py.out" | head -1 | cut -d' ' -f2)
run "python http.server (same JSON)" "http://127.0.0.1:$py_port/search.json" "$py_pid"
