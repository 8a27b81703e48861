#!/usr/bin/env bash
# End-to-end checks of the `lede` command line: help, usage errors, exit statuses,
# error records. Usage: cli_test.sh LEDE_BINARY REPO_DIR
set -u
lede=$1
repo=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}

"$lede" --help > "$tmp/help" 2>&1; status=$?
check "--help exits 0" test "$status" -eq 0
check "--help lists extract" grep -q "extract" "$tmp/help"

"$lede" help extract > "$tmp/help_extract" 2>&1; status=$?
check "help extract exits 0" test "$status" -eq 0
check "help extract explains inputs" grep -q "directory" "$tmp/help_extract"

"$lede" help no-such-command > /dev/null 2>&1; status=$?
check "help of an unknown command is a usage error" test "$status" -eq 2

"$lede" extract --no-such-flag x > /dev/null 2>&1; status=$?
check "unknown flag exits 2" test "$status" -eq 2

"$lede" extract "$tmp/missing.html" > "$tmp/missing.jsonl" 2> "$tmp/missing.err"; status=$?
check "missing input exits 1" test "$status" -eq 1
check "missing input gives an error record" grep -q '"error"' "$tmp/missing.jsonl"
check "missing input is named on stderr" grep -q "missing.html" "$tmp/missing.err"

"$lede" extract "$repo/data/demo/corpus/seed-article.txt" > "$tmp/seed.jsonl" 2> /dev/null; status=$?
check "seed article exits 0" test "$status" -eq 0
check "seed article title" grep -q '"title":"Moroccan Anti-Terror Chief Promises Doubled Efforts' "$tmp/seed.jsonl"

printf '<html><head><title>Stdin page</title></head><body><article><p>%s</p></article></body></html>' \
  "$(printf 'A sentence long enough to count as body text for the extractor. %.0s' 1 2 3 4 5 6)" \
  | "$lede" extract - > "$tmp/stdin.jsonl" 2> /dev/null; status=$?
check "stdin exits 0" test "$status" -eq 0
check "stdin yields one article" test "$(wc -l < "$tmp/stdin.jsonl")" -eq 1

"$lede" extract --threads 1 "$repo/data/demo/corpus" > "$tmp/t1.jsonl" 2> /dev/null
"$lede" extract --threads 2 "$repo/data/demo/corpus" > "$tmp/t2.jsonl" 2> /dev/null
check "demo corpus has all 337 documents" test "$(wc -l < "$tmp/t1.jsonl")" -eq 337
check "1 and 2 threads give the same output" cmp -s "$tmp/t1.jsonl" "$tmp/t2.jsonl"

printf '<html><head><title>Only a title</title><meta property="article:published_time" content="2020-05-01"></head><body></body></html>' \
  > "$tmp/empty.html"
"$lede" extract "$tmp/empty.html" > "$tmp/empty.jsonl" 2> /dev/null; status=$?
check "a page without body exits 1" test "$status" -eq 1
check "a page without body is an error record" grep -q '"code":"empty"' "$tmp/empty.jsonl"
check "a page without body keeps its metadata" grep -q '"published":"2020-05-01"' "$tmp/empty.jsonl"

printf -- '-DOCSTART- -X- -X- O\n\nThe DT O\nking NN O\nof IN O\nMorocco NNP B-LOC\nmet VBD O\nAngela NNP B-PER\nMerkel NNP I-PER\n. . O\n' \
  > "$tmp/in.conll"
"$lede" tag --conll "$tmp/in.conll" > "$tmp/out.conll" 2> /dev/null; status=$?
check "tag exits 0" test "$status" -eq 0
check "tag keeps every line" test "$(wc -l < "$tmp/out.conll")" -eq "$(wc -l < "$tmp/in.conll")"
check "tag keeps -DOCSTART- and blank lines" test "$(head -2 "$tmp/out.conll" | tr -d '\n')" = "-DOCSTART- -X- -X- O"
check "tag appends a LOC tag to Morocco" grep -q "^Morocco NNP B-LOC B-LOC$" "$tmp/out.conll"
check "tag appends PER tags to Angela Merkel" grep -q "^Merkel NNP I-PER I-PER$" "$tmp/out.conll"

"$lede" analyze "$repo/data/demo/corpus/seed-article.txt" > "$tmp/seed-analysis.jsonl" 2> /dev/null; status=$?
check "analyze exits 0" test "$status" -eq 0
check "analyze finds El Khiam" grep -q '"name":"Abdelhak El Khiam"' "$tmp/seed-analysis.jsonl"
check "analyze geocodes Salé" grep -q '"name":"Salé"' "$tmp/seed-analysis.jsonl"
"$lede" analyze --as-is "$repo/data/demo/corpus/seed-article.txt" > "$tmp/as-is.jsonl" 2> /dev/null
check "analyze --as-is keeps the file verbatim" test "$(/usr/bin/python3 -c 'import json,sys; print(len(json.loads(open(sys.argv[1]).readline())["text"].encode()))' "$tmp/as-is.jsonl")" -eq "$(wc -c < "$repo/data/demo/corpus/seed-article.txt")"

# A page nested 100,000 <div>s deep: --max-dom-depth (default 512) flattens the
# deeper elements before parsing, so it extracts in well under a second (with no
# limit the HTML tree builder needs minutes: the timeout catches a lost limit).
/usr/bin/python3 - "$tmp/deep.html" <<'PY'
import sys
text = "Rescue teams reached the flooded valley on Tuesday after three days of rain, officials said. " * 4
depth = 100000
with open(sys.argv[1], "w") as f:
    f.write("<html><head><title>Flood in the valley</title></head><body>" + "<div>" * depth +
            "<p>" + text + "</p>" + "</div>" * depth + "</body></html>")
PY
timeout 60 "$lede" extract "$tmp/deep.html" > "$tmp/deep.jsonl" 2> /dev/null; status=$?
check "a page nested 100k deep extracts (exit 0)" test "$status" -eq 0
check "a page nested 100k deep keeps its text" grep -q '"text":"Rescue teams reached the flooded valley' "$tmp/deep.jsonl"
check "a page nested 100k deep keeps its title" grep -q '"title":"Flood in the valley"' "$tmp/deep.jsonl"
timeout 60 "$lede" ingest -q --max-dom-depth 64 --db "$tmp/deep.db" "$tmp/deep.html" 2> "$tmp/deep-ingest.err"; status=$?
check "ingest --max-dom-depth 64 of the deep page exits 0" test "$status" -eq 0
check "the deep page is searchable" grep -q '"Flood in the valley"' <("$lede" search --db "$tmp/deep.db" --format json flooded 2> /dev/null)
"$lede" ingest --max-dom-depth -1 --db "$tmp/deep.db" "$tmp/deep.html" > /dev/null 2>&1; status=$?
check "a negative --max-dom-depth is a usage error" test "$status" -eq 2
for command in extract analyze ingest; do
  check "help $command lists --max-dom-depth" grep -q -- "--max-dom-depth" <("$lede" help "$command" 2>&1)
done

echo "$passed passed, $failed failed"
test "$failed" -eq 0
