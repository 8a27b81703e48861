#!/usr/bin/env bash
# End-to-end checks of `lede ingest` and the store commands, run as subprocesses:
#  - crash safety: ingest is killed with SIGKILL at several moments (twice per
#    run), then re-run; the store must hold exactly the articles of an
#    uninterrupted run (same ids, URLs, content hashes, near-duplicate links);
#  - idempotence, bad-record reporting and exit status 1;
#  - search (hits, filters, syntax error = exit 2), show, stats --format json;
#  - export as JSON Lines and CSV;
#  - merge of two shards equals one ingest of the whole;
#  - with analysis (80 articles; the rest runs --no-analyze, for speed): every layer is stored,
#    `show` prints what `analyze` prints, a killed and resumed ingest and a merge
#    of shards end with the layers of one uninterrupted ingest.
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

summary=$("$lede" ingest --no-analyze --batch-documents 32 --db "$work/ref.db" "$work/corpus" 2>&1)
articles "$work/ref.db" > "$work/ref.txt"
# (A few copies extract to the same text as their original and are stored once.)
added=$(echo "$summary" | sed -n 's/.* \([0-9]*\) added.*/\1/p')
[ "$(wc -l < "$work/ref.txt")" -eq "$added" ] && [ "$added" -ge 990 ] || fail "reference run: $summary; $(wc -l < "$work/ref.txt") stored"
[ "$(awk -F'|' '$4 != 0' "$work/ref.txt" | wc -l)" -ge 600 ] || fail "too few near-duplicate links"

# Crash safety.
for delay in 0.1 0.3 0.6 1.0 1.6; do
  db=$work/killed-$delay.db
  for round in 1 2; do
    "$lede" ingest --no-analyze --quiet --batch-documents 32 --db "$db" "$work/corpus" 2>/dev/null &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  partial=$( [ -f "$db" ] && sqlite3 "$db" "SELECT count(*) FROM articles" 2>/dev/null || echo none)
  "$lede" ingest --no-analyze --quiet --batch-documents 32 --db "$db" "$work/corpus"
  articles "$db" > "$work/killed.txt"
  cmp -s "$work/ref.txt" "$work/killed.txt" || fail "killed after ${delay}s (had $partial articles): store differs from an uninterrupted run"
  echo "killed after ${delay}s with $partial articles stored: resumed run matches"
done

# Idempotence: a second run adds nothing.
summary=$("$lede" ingest --no-analyze --db "$work/ref.db" "$work/corpus/part0.jsonl" 2>&1)
echo "$summary" | grep -q "0 added" || fail "re-ingest added articles: $summary"
articles "$work/ref.db" | cmp -s - "$work/ref.txt" || fail "re-ingest changed the store"

# A bad record is reported with file and record, counted, and gives exit 1; the rest goes in.
{ head -n 3 "$demo"; echo '{"url": "https://bad.example/x", "text": '; sed -n 4,5p "$demo"; } > "$work/bad.jsonl"
set +e
"$lede" ingest --no-analyze --db "$work/bad.db" "$work/bad.jsonl" 2> "$work/bad.err"
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
"$lede" ingest --no-analyze --quiet --db "$work/shard1.db" "$work/corpus/part0.jsonl" "$work/corpus/part1.jsonl"
"$lede" ingest --no-analyze --quiet --db "$work/shard2.db" "$work/corpus/part2.jsonl"
"$lede" merge --db "$work/merged.db" "$work/shard1.db" "$work/shard2.db" 2>/dev/null
"$lede" merge --db "$work/merged.db" "$work/shard2.db" 2>/dev/null  # again: adds nothing
articles "$work/merged.db" | cut -d'|' -f2,3 > "$work/merged.txt"
cut -d'|' -f2,3 "$work/ref.txt" > "$work/ref-ids.txt"
cmp -s "$work/ref-ids.txt" "$work/merged.txt" || fail "merged store differs from a single ingest"

# With analysis. The layers of a store as text: per article, its entities'
# mention counts and its quotes, counts, events, themes and tone, and the stories as URL groups; entities by
# type and name (ids differ between stores).
layers() {
  sqlite3 "$1" "
    SELECT d.url, e.type, e.name, count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id
      JOIN documents d ON d.id = m.article_id GROUP BY d.url, e.id ORDER BY 1, 2, 3, 4;
    SELECT d.url, q.start, q.text, e.name FROM quotes q JOIN documents d ON d.id = q.article_id
      LEFT JOIN entities e ON e.id = q.speaker_entity_id ORDER BY 1, 2;
    SELECT d.url, c.type, c.number, c.start, p.start FROM counts c JOIN documents d ON d.id = c.article_id
      LEFT JOIN counts p ON p.id = c.parent_id ORDER BY 1, 4;
    SELECT d.url, v.type, v.trigger_start, ea.name, v.actor, et.name, v.target, el.name FROM events v
      JOIN documents d ON d.id = v.article_id LEFT JOIN entities ea ON ea.id = v.actor_entity_id
      LEFT JOIN entities et ON et.id = v.target_entity_id LEFT JOIN entities el ON el.id = v.location_entity_id
      ORDER BY 1, 3, 2;
    SELECT d.url, t.theme, t.score, t.evidence FROM themes t JOIN documents d ON d.id = t.article_id ORDER BY 1, 2;
    SELECT d.url, t.score, t.polarity, t.word_count FROM tone t JOIN documents d ON d.id = t.article_id ORDER BY 1;
    SELECT group_concat(url, ' ') FROM (SELECT sa.story_id, d.url FROM story_articles sa
      JOIN documents d ON d.id = sa.article_id ORDER BY 1, 2) GROUP BY story_id ORDER BY 1;"
}
head -n 80 "$work/corpus/part0.jsonl" > "$work/analysed.jsonl"
"$lede" ingest --quiet --batch-documents 16 --db "$work/an.db" "$work/analysed.jsonl"
layers "$work/an.db" > "$work/an.txt"
stats=$("$lede" stats --db "$work/an.db" --format json)
/usr/bin/python3 -c '
import json, sys
s = json.loads(sys.argv[1])
assert s["analyzed"] == s["articles"] == 80, s
assert s["entities"] > 330 and s["mentions"] > 2 * s["entities"] and s["quotes"] > 33 and s["events"] > 330, s
assert s["counts"] > 66, s
' "$stats" || fail "stats of an analysed store: $stats"

# Killed once its first batches are committed, then resumed.
"$lede" ingest --quiet --batch-documents 16 --db "$work/an-killed.db" "$work/analysed.jsonl" &
pid=$!
for _ in $(seq 600); do
  n=$(sqlite3 "$work/an-killed.db" "SELECT count(*) FROM tone" 2>/dev/null || echo 0)
  [ "${n:-0}" -ge 16 ] && break
  sleep 0.05
done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
killed_at=$(sqlite3 "$work/an-killed.db" "SELECT count(*) FROM articles")
"$lede" ingest --quiet --batch-documents 16 --db "$work/an-killed.db" "$work/analysed.jsonl"
layers "$work/an-killed.db" | cmp -s - "$work/an.txt" || fail "analysed ingest killed at $killed_at articles: layers differ"
echo "analysed ingest killed with $killed_at articles stored: resumed run's layers match"

# Merge: two analysed shards (overlapping) equal one ingest.
head -n 45 "$work/analysed.jsonl" > "$work/an-part1.jsonl"
tail -n 40 "$work/analysed.jsonl" > "$work/an-part2.jsonl"
"$lede" ingest --quiet --db "$work/an-shard2.db" "$work/an-part2.jsonl"
"$lede" ingest --quiet --db "$work/an-shard1.db" "$work/an-part1.jsonl"
"$lede" merge --db "$work/an-merged.db" "$work/an-shard1.db" "$work/an-shard2.db" 2>/dev/null
layers "$work/an-merged.db" | cmp -s - "$work/an.txt" || fail "merged analysed shards: layers differ from one ingest"
[ "$(sqlite3 "$work/an-merged.db" "SELECT count(*) FROM entities")" = "$(sqlite3 "$work/an.db" "SELECT count(*) FROM entities")" ] \
  || fail "merged analysed shards: entity count differs"

# GKG 2.1 export: one row per article, each with the shape of GDELT's own rows
# (the checker passes on them too).
gkg_check=$source_dir/tests/store/gkg_check.py
/usr/bin/python3 "$gkg_check" "$source_dir"/../shared/data/gdelt-gkg/gkg21_*_50rows.tsv >/dev/null || fail "gkg checker rejects GDELT's rows"
"$lede" export --db "$work/an.db" --format gkg > "$work/an.gkg"
[ "$(wc -l < "$work/an.gkg")" -eq 80 ] || fail "gkg export: $(wc -l < "$work/an.gkg") rows, want 80"
/usr/bin/python3 "$gkg_check" "$work/an.gkg" >/dev/null || fail "gkg export malformed"
[ "$(cut -f11 "$work/an.gkg" | grep -c '#')" -ge 66 ] && [ "$(cut -f13 "$work/an.gkg" | grep -c ',')" -ge 53 ] \
  && [ "$(cut -f23 "$work/an.gkg" | grep -c '|')" -ge 20 ] || fail "gkg export: locations, persons or quotations missing"

# The seed article: `show` prints the layers `analyze` prints, with the store's
# entity ids (entities naming one place, like "Moroccan" and "Moroccans", are one).
seed=$source_dir/../shared/examples/seed-article.txt
"$lede" ingest --quiet --db "$work/seed.db" "$seed"
"$lede" show --db "$work/seed.db" --format json 1 > "$work/seed-show.json"
"$lede" analyze "$seed" 2>/dev/null > "$work/seed-analyze.json"
/usr/bin/python3 - "$work/seed-analyze.json" "$work/seed-show.json" <<'PY' || fail "show differs from analyze on the seed article"
import json, sys
analyzed, shown = (json.loads(open(p, encoding="utf-8").readline()) for p in sys.argv[1:])
# Each analyze entity is the show entity holding its first mention.
owner = {(m["start"], m["end"]): e["id"] for e in shown["entities"] for m in e["mentions"]}
ids = {e["id"]: owner[(e["mentions"][0]["start"], e["mentions"][0]["end"])] for e in analyzed["entities"]}
mentions = {}
for e in analyzed["entities"]:
    mentions.setdefault(ids[e["id"]], []).extend(e["mentions"])
for e in shown["entities"]:
    assert sorted(e["mentions"], key=lambda m: m["start"]) == sorted(mentions[e["id"]], key=lambda m: m["start"]), e
for q in analyzed["quotes"]:
    q["speaker"] = ids.get(q["speaker"])
for v in analyzed["events"]:
    for role in ("actor", "target", "location"):
        if v[role] and v[role]["entity"]:
            v[role]["entity"] = ids[v[role]["entity"]]
places, seen = [], set()
for p in analyzed["locations"]:
    p["entity_id"] = ids[p["entity_id"]]
    if p["entity_id"] not in seen:
        seen.add(p["entity_id"])
        places.append(p)
analyzed["locations"] = places
for key in ("text", "title", "locations", "quotes", "counts", "events", "themes", "tone"):
    assert analyzed[key] == shown[key], (key, analyzed[key], shown[key])
assert len(shown["quotes"]) >= 2 and len(shown["events"]) >= 10, shown
PY
echo "PASS"
