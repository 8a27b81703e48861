#!/usr/bin/env bash
# The main job on the bundled demo corpus: set up, build, then extract, analyse,
# ingest and search the articles in data/demo/corpus/, and serve the store (API
# and web UI) at http://127.0.0.1:${LEDE_DEMO_PORT:-8080} until Ctrl-C.
# LEDE_DEMO_SERVE=0 skips serving (for tests and scripts).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
LEDE_TARGETS="lede lede_web" "$root/scripts/build.sh"  # the program and its UI, not the tests
lede=$root/build/lede
corpus=$root/data/demo/corpus
out=${LEDE_DEMO_OUT:-$root/out}
mkdir -p "$out"
"$lede" extract "$corpus" > "$out/demo-articles.jsonl"
"$lede" analyze "$corpus" > "$out/demo-analysis.jsonl"
rm -f "$out/demo.db" "$out/demo.db-wal" "$out/demo.db-shm"
"$lede" ingest --quiet --db "$out/demo.db" "$corpus"
echo
echo "lede: $(wc -l < "$out/demo-articles.jsonl") articles in $out/demo-articles.jsonl"
echo "lede: with entities, places, quotes, counts, themes and tone in $out/demo-analysis.jsonl"
echo "lede: stored in $out/demo.db: $("$lede" stats --db "$out/demo.db" --format json)"
echo "lede: search for 'election' (lede search --db $out/demo.db election):"
"$lede" search --db "$out/demo.db" --limit 5 election
if [ "${LEDE_DEMO_SERVE:-1}" != 0 ]; then
  port=${LEDE_DEMO_PORT:-8080}
  echo
  echo "lede: open http://127.0.0.1:$port"
  exec "$lede" serve --db "$out/demo.db" --port "$port"
fi
