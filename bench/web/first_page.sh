#!/usr/bin/env bash
# The UI's first page, cold, on loopback: ingests the demo corpus into a temporary store,
# serves it with the built UI and --cache-bytes 0, and runs first_page.mjs (playwright-core
# from web/node_modules driving /usr/bin/chromium) for LOADS different searches.
# REQUIRES: build/lede and the UI built into build/web (scripts/build.sh).
# Usage: bench/web/first_page.sh [LOADS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
loads=${1:-30}
# shellcheck source=bench/server/demo_server.sh
. "$root/bench/server/demo_server.sh"

ingest_demo_store
serve_demo_store ui --cache-bytes 0 --web-dir "$root/build/web"
mapfile -t words < <(demo_request_paths searches | sed -n 's|.*q=||p')

echo "UI first page, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)," \
  "JS+CSS $(du -cb "$root"/build/web/assets/* | tail -1 | cut -f1) bytes"
node "$root/bench/web/first_page.mjs" "$ui_base" "$loads" "${words[@]:0:$loads}"
