#!/bin/bash
# Ingest speed: `lede ingest` of the demo corpus (and of it repeated COPIES times with
# distinct URLs, texts and dates, so nothing is deduplicated), with full analysis and with
# --no-analyze, and the store's writing alone (`lede merge` of the analysed store into a new
# one: every layer written, nothing analysed), and the analysed ingest run again over the
# store it made (every document already stored). Each row is one command under /usr/bin/time:
# wall, CPU (user + system) and peak RSS; the load average is printed with each.
#
#   bench/store/ingest_bench.sh [LEDE] [COPIES] [THREADS]
set -euo pipefail
LEDE=${1:-build/lede}
COPIES=${2:-4}
THREADS=${3:-2}
CORPUS=$(dirname "$0")/../../data/demo/corpus
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lede-ingest-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# The demo articles, COPIES times: copy k gets "?copy=k" URLs, "Copy k." appended to
# the text and dates moved k*11 days (distinct documents for dedupe, near-duplicates
# of one another for the linker and stories, as syndicated copies are).
python3 - "$CORPUS/wikinews-articles.jsonl.gz" "$COPIES" > "$WORK/copies.jsonl" <<'PY'
import datetime, gzip, json, sys
rows = [json.loads(l) for l in gzip.open(sys.argv[1], "rt")]
for k in range(int(sys.argv[2])):
    for r in rows:
        r = dict(r)
        r["url"] = r["url"] + "?copy=%d" % k
        r["text"] = r["text"] + "\n\nCopy %d." % k
        try:
            d = datetime.date.fromisoformat(r["published"][:10]) + datetime.timedelta(days=11 * k)
            r["published"] = d.isoformat()
        except (KeyError, ValueError):
            pass
        print(json.dumps(r))
PY
DOCS_DEMO=$(zcat "$CORPUS/wikinews-articles.jsonl.gz" | wc -l)
DOCS_DEMO=$((DOCS_DEMO + 1))  # and the seed article
DOCS_COPIES=$(wc -l < "$WORK/copies.jsonl")

echo "| run | documents | wall s | CPU s | articles/s (wall) | articles per CPU s | peak RSS MB | store MB | load |"
echo "|---|---|---|---|---|---|---|---|---|"
# row NAME DOCS DB COMMAND...: runs the command (which writes the store DB), prints one row.
row() {
  local name=$1 docs=$2 db=$3
  shift 3
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" > /dev/null 2> "$WORK/stderr" || {
    cat "$WORK/stderr" >&2
    exit 1
  }
  read -r wall user sys rss < "$WORK/time"
  local size
  size=$(du -cm "$db"* | tail -1 | cut -f1)
  python3 -c "
w, c = $wall, $user + $sys
print('| %s | %d | %.2f | %.2f | %.0f | %.0f | %.0f | %s | %s |' % ('$name', $docs, w, c, $docs / w, $docs / c, $rss / 1024, '$size', '$load'))"
}
# runs LABEL DOCS INPUT: the three rows of one input.
runs() {
  local label=$1 docs=$2 input=$3
  local db="$WORK/run$docs"
  row "ingest, full analysis, $label" "$docs" "$db.db" \
    "$LEDE" ingest -q --threads "$THREADS" --db "$db.db" "$input"
  row "the same again (all stored: what a resumed run skips)" "$docs" "$db.db" \
    "$LEDE" ingest -q --threads "$THREADS" --db "$db.db" "$input"
  row "merge of that store (writing alone)" "$docs" "$db-merged.db" \
    "$LEDE" merge --db "$db-merged.db" "$db.db"
  row "ingest --no-analyze, $label" "$docs" "$db-plain.db" \
    "$LEDE" ingest -q --no-analyze --threads "$THREADS" --db "$db-plain.db" "$input"
}
runs "demo corpus" "$DOCS_DEMO" "$CORPUS"
runs "$COPIES copies" "$DOCS_COPIES" "$WORK/copies.jsonl"
