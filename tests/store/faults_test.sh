#!/usr/bin/env bash
# Faults in the store, `lede ingest` and `lede check` run as subprocesses:
#  - kill: 20 trials of SIGKILL at a random moment of an ingest of 40 articles
#    once the analyzer has mostly loaded (random delay, batch size 4, 8 or 16:
#    3 to 10 transactions), each followed
#    by the same command again; the store
#    must equal an uninterrupted run's with the same batch size (export without
#    ingested_at, entity and mention counts, mentions per entity, outlet place
#    counts) and pass `lede check`;
#  - disk full (as root, on a tmpfs this test mounts; skipped with a message
#    otherwise): ingest fails naming the store, exit status non-zero, the store
#    passes PRAGMA integrity_check, and once the tmpfs grows the same ingest
#    completes and equals the uninterrupted run;
#  - a read-only store (read-only mount as root, else file mode 0444) and
#    corrupted stores (truncated, garbage pages, not SQLite at all): every
#    command fails with a message naming the store, never a crash (signal).
# Usage: faults_test.sh LEDE_BINARY SOURCE_DIR [TRIALS]
set -euo pipefail
lede=$1
source_dir=$2
trials=${3:-20}
demo=$source_dir/../shared/data/demo-news/wikinews-articles.jsonl
work=$(mktemp -d)
mounted=()
cleanup() {
  for m in "${mounted[@]}"; do umount "$m" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir "$work/corpus"
head -n 20 "$demo" > "$work/corpus/part1.jsonl"
sed -n 21,40p "$demo" > "$work/corpus/part2.jsonl"

# A canonical dump of a store: its articles as exported (minus the ingest time),
# then its entities with their mention counts, then its outlets' place counts.
dump() {
  "$lede" export --db "$1" | /usr/bin/python3 -c '
import json, sys
for line in sys.stdin:
    record = json.loads(line)
    record.pop("ingested_at", None)
    print(json.dumps(record, sort_keys=True, ensure_ascii=False))'
  sqlite3 "$1" "SELECT count(*) FROM entities; SELECT count(*) FROM mentions;
    SELECT e.type, e.name, count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id GROUP BY e.id ORDER BY 1, 2, 3;
    SELECT host, admin1, places FROM outlet_places ORDER BY 1, 2;"
}

"$lede" ingest --quiet --batch-documents 8 --db "$work/ref.db" "$work/corpus"
dump "$work/ref.db" > "$work/ref.txt"
[ "$(sqlite3 "$work/ref.db" "SELECT count(*) FROM articles")" -ge 38 ] || fail "reference run stored too few articles"
[ "$(sqlite3 "$work/ref.db" "SELECT count(*) FROM mentions")" -ge 1000 ] || fail "reference run stored too few mentions"
"$lede" check --db "$work/ref.db" > /dev/null || fail "lede check of the reference store: $("$lede" check --db "$work/ref.db")"
# An article is geocoded with its outlet's home as it stood after the batch before
# its own (docs/schema.md), so each batch size has its uninterrupted run.
cp "$work/ref.txt" "$work/ref-8.txt"
for batch in 4 16; do
  "$lede" ingest --quiet --batch-documents "$batch" --db "$work/ref-$batch.db" "$work/corpus"
  dump "$work/ref-$batch.db" > "$work/ref-$batch.txt"
done

# Seconds "$@" takes.
seconds() {
  local start
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1
  echo "$(date +%s.%N) - $start" | bc
}
# Kill moments are spread over an uninterrupted ingest from 80 % of the analyzer's
# load (the time to analyse one sentence) to 90 % of the whole, where it reads and
# writes (later, most runs had already committed every article).
echo "Rain fell in Paris on Monday." > "$work/one-sentence.txt"
load=$(seconds "$lede" analyze --as-is "$work/one-sentence.txt")
span=$(seconds "$lede" ingest --quiet --batch-documents 8 --db "$work/timing.db" "$work/corpus")
echo "analyzer load ${load}s, uninterrupted ingest ${span}s"

# Kill trials.
RANDOM=9  # reproducible delays
for trial in $(seq "$trials"); do
  db=$work/killed-$trial.db
  batch=$(( 4 << (trial % 3) ))
  delay=$(printf '%.3f' "$(echo "0.8 * $load + (0.9 * $span - 0.8 * $load) * $RANDOM / 32768" | bc -l)")
  "$lede" ingest --quiet --batch-documents "$batch" --db "$db" "$work/corpus" 2>/dev/null &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  partial=$( [ -f "$db" ] && sqlite3 "$db" "SELECT count(*) FROM articles" 2>/dev/null || echo none)
  "$lede" ingest --quiet --batch-documents "$batch" --db "$db" "$work/corpus"
  dump "$db" | cmp -s - "$work/ref-$batch.txt" || fail "trial $trial (batch $batch, killed after ${delay}s with $partial articles): store differs"
  "$lede" check --db "$db" > /dev/null || fail "trial $trial: lede check fails: $("$lede" check --db "$db")"
  echo "trial $trial: batch $batch, killed after ${delay}s with $partial articles stored: resumed store matches"
  rm -f "$db" "$db-wal" "$db-shm"
done

# Runs "$@"; fails unless it exits with a status in 1..127 (not a signal) and
# its stderr names `store`.
expect_clear_error() {
  local store=$1; shift
  set +e
  "$@" > /dev/null 2> "$work/err"
  local status=$?
  set -e
  [ "$status" -ge 1 ] && [ "$status" -lt 128 ] || fail "$* exited with $status: $(cat "$work/err")"
  grep -qF "$store" "$work/err" || fail "$* does not name $store: $(cat "$work/err")"
}

# Disk full, then space freed.
if [ "$(id -u)" -eq 0 ] && mkdir "$work/small" && mount -t tmpfs -o size=512k tmpfs "$work/small" 2>/dev/null; then
  mounted+=("$work/small")
  db=$work/small/store.db
  set +e
  "$lede" ingest --quiet --batch-documents 8 --db "$db" "$work/corpus" 2> "$work/full.err"
  status=$?
  set -e
  [ "$status" -ne 0 ] || fail "ingest onto a full disk succeeded"
  [ "$status" -lt 128 ] || fail "ingest onto a full disk died with status $status"
  grep -qF "$db" "$work/full.err" || fail "disk-full error does not name the store: $(cat "$work/full.err")"
  grep -qi "full\|space" "$work/full.err" || fail "disk-full error does not say the disk is full: $(cat "$work/full.err")"
  [ "$(sqlite3 "$db" "PRAGMA integrity_check")" = ok ] || fail "store corrupted by the full disk"
  echo "disk full: $(head -c 300 "$work/full.err")"
  mount -o remount,size=64m "$work/small"
  "$lede" ingest --quiet --batch-documents 8 --db "$db" "$work/corpus"
  dump "$db" | cmp -s - "$work/ref.txt" || fail "ingest after space was freed differs from an uninterrupted run"
  "$lede" check --db "$db" > /dev/null || fail "lede check after the disk-full run: $("$lede" check --db "$db")"
  echo "disk full: resumed ingest matches once space is freed"

  # The same store on a read-only mount.
  rm -f "$db-wal" "$db-shm"
  mount -o remount,ro "$work/small"
  expect_clear_error "$db" "$lede" ingest --quiet --db "$db" "$work/corpus"
  echo "read-only mount: $(head -c 300 "$work/err")"
else
  echo "SKIP disk-full and read-only-mount checks: needs root and a tmpfs mount"
  cp "$work/ref.db" "$work/readonly.db"
  chmod 0444 "$work/readonly.db"
  expect_clear_error "$work/readonly.db" "$lede" ingest --quiet --db "$work/readonly.db" "$work/corpus"
fi

# Corrupted stores: truncated, a garbage page in the middle, not SQLite at all.
size=$(stat -c %s "$work/ref.db")
head -c $(( size / 2 )) "$work/ref.db" > "$work/truncated.db"
cp "$work/ref.db" "$work/garbage.db"
head -c 16384 /dev/urandom | dd of="$work/garbage.db" bs=4096 seek=3 conv=notrunc status=none
head -c 100000 /dev/urandom > "$work/noise.db"
# Runs "$@"; fails if it dies of a signal.
expect_no_crash() {
  shift
  set +e
  "$@" > /dev/null 2> "$work/err"
  local status=$?
  set -e
  [ "$status" -lt 128 ] || fail "$* died with status $status: $(cat "$work/err")"
}
for db in "$work/truncated.db" "$work/noise.db" "$work/garbage.db"; do
  expect_clear_error "$db" "$lede" check --db "$db"
  echo "$(basename "$db"): lede check: $(head -c 300 "$work/err")"
  # A garbage page may lie where a command does not read: it must not crash there;
  # a truncated file or one that is not SQLite must be refused.
  expect=expect_clear_error
  [ "$db" = "$work/garbage.db" ] && expect="expect_no_crash"
  $expect "$db" "$lede" stats --db "$db"
  $expect "$db" "$lede" export --db "$db"
  $expect "$db" "$lede" search --db "$db" election
  $expect "$db" "$lede" ingest --quiet --no-analyze --db "$db" "$work/corpus/part1.jsonl"
  echo "$(basename "$db"): $(head -c 300 "$work/err")"
done
echo "PASS"
