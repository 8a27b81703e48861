#!/usr/bin/env bash
# The UI's first page, cold, on loopback: ingests the demo corpus into a temporary store,
# serves it with the built UI and --cache-bytes 0, and runs first_page.mjs (playwright-core
# from web/node_modules driving /usr/bin/chromium) for LOADS different searches.
# REQUIRES: build/lede and the UI built into build/web (scripts/build.sh).
# Usage: bench/web/first_page.sh [LOADS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lede=$root/build/lede
loads=${1:-30}
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$lede" ingest --quiet --db "$work/demo.db" "$root/data/demo/corpus"
"$lede" serve --db "$work/demo.db" --port 0 --cache-bytes 0 --access-log /dev/null \
  --web-dir "$root/build/web" 2> "$work/serve.err" &
server=$!
for _ in $(seq 50); do grep -q "http://" "$work/serve.err" && break; sleep 0.1; done
base=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.err" | head -1)
mapfile -t words < <(/usr/bin/python3 "$root/bench/server/request_paths.py" searches \
  "$root/data/demo/corpus/wikinews-articles.jsonl.gz" | sed -n 's|.*q=||p')

echo "UI first page, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)," \
  "JS+CSS $(du -cb "$root"/build/web/assets/* | tail -1 | cut -f1) bytes"
node "$root/bench/web/first_page.mjs" "$base" "$loads" "${words[@]:0:$loads}"
