# shellcheck shell=bash
# Sourced by the server and UI benchmarks: a demo store and `lede serve` over it.
# REQUIRES: the sourcing script has set `root` (the repository); build/lede built, or LEDE
# naming another binary (LEDE=other/build/lede compares builds).
# Defines lede, work (a temporary directory) and pids; on exit every process in pids is
# killed and work removed.
lede=${LEDE:-$root/build/lede}
work=$(mktemp -d)
pids=()
stop_demo_servers() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap stop_demo_servers EXIT

# ingest_demo_store: the bundled demo corpus into $work/demo.db.
ingest_demo_store() { "$lede" ingest --quiet --db "$work/demo.db" "$root/data/demo/corpus"; }

# serve_demo_store NAME [FLAGS...]: `lede serve` over $work/demo.db on a free loopback port,
# without an access log, with FLAGS added; sets NAME_pid and NAME_base (http://127.0.0.1:PORT).
serve_demo_store() {
  local name=$1
  shift
  "$lede" serve --db "$work/demo.db" --port 0 --access-log /dev/null "$@" 2> "$work/$name.err" &
  pids+=($!)
  printf -v "${name}_pid" '%s' $!
  for _ in $(seq 50); do grep -qs "http://" "$work/$name.err" && break; sleep 0.1; done
  printf -v "${name}_base" 'http://127.0.0.1:%s' \
    "$(grep -o '127.0.0.1:[0-9]*' "$work/$name.err" | head -1 | cut -d: -f2)"
}

# demo_request_paths KIND: bench/server/request_paths.py's paths of KIND (searches, mixed)
# over the demo corpus, one per line.
demo_request_paths() {
  /usr/bin/python3 "$root/bench/server/request_paths.py" "$1" \
    "$root/data/demo/corpus/wikinews-articles.jsonl.gz"
}
