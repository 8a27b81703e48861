#!/usr/bin/env bash
# End-to-end checks of `lede ingest` and the store commands, run as subprocesses:
#  - crash safety: ingest is killed with SIGKILL at several moments (twice per
#    run), then re-run; the store must hold exactly the articles of an
#    uninterrupted run (same ids, URLs, content hashes, near-duplicate links);
#  - idempotence, bad-record reporting and exit status 1;
#  - search (hits, filters, syntax error = exit 2), show, stats --format json;
#  - export as JSON Lines and CSV;
#  - merge of two shards equals one ingest of the whole.
# Usage: ingest_e2e_test.sh LEDE_BINARY SOURCE_DIR
set -euo pipefail
lede=$1
source_dir=$2
demo=$source_dir/../shared/data/demo-news/wikinews-articles.jsonl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# A corpus of 3 x 336 documents (each copy with its own URL and a
# changed first line, so copies are near-duplicates of the originals) in 3 files.
/usr/bin/python3 - "$demo" "$work/corpus" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
lines = [json.loads(l) for l in open(src, encoding="utf-8")]
for copy in range(3):
    with open(f"{out}/part{copy}.jsonl", "w", encoding="utf-8") as f:
        for d in lines:
            if copy:
                d = dict(d, url=f"{d['url']}?copy={copy}", text=f"Update {copy}: republished.\n\n{d['text']}")
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
PY

# The identity of every stored article, in id order.
articles() { sqlite3 "$1" "SELECT a.id, d.url, d.content_hash, ifnull(a.duplicate_of, 0) FROM articles a JOIN documents d ON d.id = a.id ORDER BY a.id"; }

summary=$("$lede" ingest --batch-documents 32 --db "$work/ref.db" "$work/corpus" 2>&1)
articles "$work/ref.db" > "$work/ref.txt"
# (A few copies extract to the same text as their original and are stored once.)
added=$(echo "$summary" | sed -n 's/.* \([0-9]*\) added.*/\1/p')
[ "$(wc -l < "$work/ref.txt")" -eq "$added" ] && [ "$added" -ge 990 ] || fail "reference run: $summary; $(wc -l < "$work/ref.txt") stored"
[ "$(awk -F'|' '$4 != 0' "$work/ref.txt" | wc -l)" -ge 600 ] || fail "too few near-duplicate links"

# Crash safety.
for delay in 0.1 0.3 0.6 1.0 1.6; do
  db=$work/killed-$delay.db
  for round in 1 2; do
    "$lede" ingest --quiet --batch-documents 32 --db "$db" "$work/corpus" 2>/dev/null &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  partial=$( [ -f "$db" ] && sqlite3 "$db" "SELECT count(*) FROM articles" 2>/dev/null || echo none)
  "$lede" ingest --quiet --batch-documents 32 --db "$db" "$work/corpus"
  articles "$db" > "$work/killed.txt"
  cmp -s "$work/ref.txt" "$work/killed.txt" || fail "killed after ${delay}s (had $partial articles): store differs from an uninterrupted run"
  echo "killed after ${delay}s with $partial articles stored: resumed run matches"
done

# Idempotence: a second run adds nothing.
summary=$("$lede" ingest --db "$work/ref.db" "$work/corpus/part0.jsonl" 2>&1)
echo "$summary" | grep -q "0 added" || fail "re-ingest added articles: $summary"
articles "$work/ref.db" | cmp -s - "$work/ref.txt" || fail "re-ingest changed the store"

# A bad record is reported with file and record, counted, and gives exit 1; the rest goes in.
{ head -n 3 "$demo"; echo '{"url": "https://bad.example/x", "text": '; sed -n 4,5p "$demo"; } > "$work/bad.jsonl"
set +e
"$lede" ingest --db "$work/bad.db" "$work/bad.jsonl" 2> "$work/bad.err"
status=$?
set -e
[ "$status" -eq 1 ] || fail "bad record: exit status $status, want 1"
grep -q "bad.jsonl record 3" "$work/bad.err" || fail "bad record not reported: $(cat "$work/bad.err")"
grep -q "1 failed" "$work/bad.err" || fail "summary lacks the failure: $(cat "$work/bad.err")"
[ "$("$lede" stats --db "$work/bad.db" --format json)" = "$("$lede" stats --db "$work/bad.db" --format json | grep '"articles":5')" ] \
  || fail "stats after bad record: $("$lede" stats --db "$work/bad.db" --format json)"

# Queries.
"$lede" stats --db "$work/ref.db" --format json | grep -q "\"articles\":$added," || fail "stats"
hits=$("$lede" search --db "$work/ref.db" --format csv --limit 5 --from 2019-01-01 --to 2019-12-31 "earthquake philippines")
[ "$(echo "$hits" | wc -l)" -ge 2 ] || fail "search found nothing: $hits"
echo "$hits" | tail -n +2 | cut -d, -f4 | grep -v '^2019-' && fail "search date filter leaked: $hits"
set +e
"$lede" search --db "$work/ref.db" '"unclosed phrase' 2> "$work/syntax.err"
status=$?
set -e
[ "$status" -eq 2 ] || fail "malformed query: exit status $status, want 2"
grep -q "unclosed phrase" "$work/syntax.err" || fail "malformed query message: $(cat "$work/syntax.err")"
"$lede" show --db "$work/ref.db" --format json 1 | grep -q '"id":1' || fail "show"
set +e
"$lede" show --db "$work/ref.db" 999999 2>/dev/null
[ $? -eq 1 ] || fail "show of a missing id should exit 1"
"$lede" search --db "$work/missing.db" word 2>/dev/null
[ $? -eq 2 ] || fail "search of a missing store should exit 2"
set -e

# Export: every article once, as JSON Lines and as CSV.
[ "$("$lede" export --db "$work/ref.db" | wc -l)" -eq "$added" ] || fail "export jsonl line count"
"$lede" export --db "$work/ref.db" --format csv | /usr/bin/python3 -c '
import csv, sys
rows = list(csv.reader(sys.stdin))
assert rows[0][:3] == ["id", "url", "title"], rows[0]
assert len(rows) == int(sys.argv[1]) + 1, len(rows)
assert [int(r[0]) for r in rows[1:]] == sorted(int(r[0]) for r in rows[1:])
' "$added" || fail "export csv"

# Merge: two shards ingested separately equal one ingest of everything.
"$lede" ingest --quiet --db "$work/shard1.db" "$work/corpus/part0.jsonl" "$work/corpus/part1.jsonl"
"$lede" ingest --quiet --db "$work/shard2.db" "$work/corpus/part2.jsonl"
"$lede" merge --db "$work/merged.db" "$work/shard1.db" "$work/shard2.db" 2>/dev/null
"$lede" merge --db "$work/merged.db" "$work/shard2.db" 2>/dev/null  # again: adds nothing
articles "$work/merged.db" | cut -d'|' -f2,3 > "$work/merged.txt"
cut -d'|' -f2,3 "$work/ref.txt" > "$work/ref-ids.txt"
cmp -s "$work/ref-ids.txt" "$work/merged.txt" || fail "merged store differs from a single ingest"
echo "PASS"
