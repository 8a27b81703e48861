#!/bin/bash
# Extraction benchmark: lede against readability-lxml and Readability.js on the 491
# real news pages of notes/dependency-bakeoff.md (139 MB), on 1 and 2 workers.
# Usage: bench/extract/run.sh [LEDE_BINARY] [DATA_DIR]
#   LEDE_BINARY defaults to build/lede, DATA_DIR to ../shared/data (from the repo root).
# Prints one row per run: wall time of the whole command (start-up, reading files,
# writing output included), pages/s and MB/s over that wall time, CPU seconds (user +
# system, all workers: steadier than wall time on a shared machine), and peak RSS
# (/usr/bin/time, largest process).
# lede uses --threads N; the peers run N processes, each on its share of the pages.
# TOOLS="lede readability-lxml readability-js" (the default) picks which to run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
lede=${1:-$repo/build/lede}
data=${2:-$repo/../shared/data}
work=${TMPDIR:-/tmp}/lede-extract-bench
tools=" ${TOOLS:-lede readability-lxml readability-js} "

/usr/bin/python3 "$here/make_pages.py" "$data" "$work/pages" >&2
ls "$work"/pages/*.html > "$work/all.list"
split -n l/2 -d "$work/all.list" "$work/half."
(cd "$repo/bench/js" && npm ci --no-audit --no-fund --loglevel=error >&2)
mb=$(du -cb "$work"/pages/*.html | tail -1 | awk '{print $1 / 1e6}')
pages=$(wc -l < "$work/all.list")

# run LABEL WORKERS COMMAND...: time COMMAND, print a row.
run() {
  local label=$1 workers=$2
  shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || true
  read -r wall user sys rss_kb < <(tail -1 "$work/time")
  awk -v l="$label" -v w="$workers" -v p="$pages" -v mb="$mb" -v t="$wall" -v u="$user" -v s="$sys" \
      -v r="$rss_kb" 'BEGIN { printf "%-32s %7d %6d %8.1f %8.2f %8.1f %7.1f %8.2f %8.0f\n",
                              l, w, p, mb, t, p / t, mb / t, u + s, r / 1024 }'
}

# The peers' N-process form: one process per share of the list, all at once.
peers() {
  local command=$1 workers=$2
  if [ "$workers" = 1 ]; then
    $command "$work/all.list"
  else
    $command "$work/half.00" & $command "$work/half.01" & wait
  fi
}
export -f peers
export work

lede_version=$("$lede" --version)
lxml_version=$(dpkg-query -W -f '${Version}' python3-readability)
js_version=$(node -p "require('$repo/bench/js/node_modules/@mozilla/readability/package.json').version")
dom_version=$(node -p "require('$repo/bench/js/node_modules/linkedom/package.json').version")
printf "%-32s %7s %6s %8s %8s %8s %7s %8s %8s\n" tool workers pages MB wall_s pages/s MB/s cpu_s rss_MB
for workers in 1 2; do
  if [[ $tools == *" lede "* ]]; then
    run "$lede_version" "$workers" "$lede" extract --threads "$workers" "$work/pages"
  fi
  if [[ $tools == *" readability-lxml "* ]]; then
    run "readability-lxml $lxml_version" "$workers" \
      bash -c "peers '/usr/bin/python3 $here/readability_lxml_bench.py' $workers"
  fi
  if [[ $tools == *" readability-js "* ]]; then
    run "Readability.js $js_version+linkedom $dom_version" "$workers" \
      bash -c "peers 'node $repo/bench/js/readability_bench.mjs' $workers"
  fi
done
