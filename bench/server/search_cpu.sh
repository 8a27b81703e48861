#!/usr/bin/env bash
# Server CPU per search never asked before: `lede serve --cache-bytes 0` on the
# demo store answers the 300 one-word searches of request_paths.py ROUNDS times
# (default 3), one request at a time over one keep-alive connection (curl), with
# LIMIT hits each (default 20, the API's default page). Reports the CPU the server
# process used (user + system, from /proc/PID/stat) per search: what 2 cores can
# answer per second without a cache, independent of how loaded the machine is.
# Extra `lede serve` flags go in SERVE_FLAGS, another binary in LEDE. Usage: bench/server/search_cpu.sh [ROUNDS] [LIMIT]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-3}
limit=${2:-20}
# shellcheck source=bench/server/demo_server.sh
. "$root/bench/server/demo_server.sh"

ingest_demo_store
# shellcheck disable=SC2086
serve_demo_store server --threads 1 --cache-bytes 0 ${SERVE_FLAGS:-}
demo_request_paths searches |
  sed "s|^\(.*\)\$|url = \"$server_base\\1\&limit=$limit\"\noutput = /dev/null|" > "$work/urls"
curl -s -K "$work/urls"  # warm: every connection and page cache in use
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
before=$(cpu_ticks)
start=$(date +%s.%N)
for _ in $(seq "$rounds"); do curl -s -K "$work/urls"; done
wall=$(echo "$(date +%s.%N) - $start" | bc)
ticks=$(($(cpu_ticks) - before))
searches=$((rounds * $(grep -c "^url" "$work/urls")))
hz=$(getconf CLK_TCK)
echo "$searches searches, limit=$limit: server CPU $(echo "scale=3; $ticks * 1000 / $hz / $searches" | bc) ms" \
  "per search, wall $(echo "scale=3; $wall * 1000 / $searches" | bc) ms per search," \
  "load average $(cut -d' ' -f1 /proc/loadavg)"
