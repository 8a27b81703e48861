#!/usr/bin/env bash
# Builds the seed corpora of the libFuzzer targets, one folder per target under
# OUT_DIR, from ../shared/data (small files only) plus a few hand-written inputs.
# Usage: seeds.sh SOURCE_DIR OUT_DIR
set -euo pipefail
source_dir=$1
out=$2
data=$source_dir/../shared/data

# The first COUNT lines are taken with sed, which reads all its input: `head` would exit
# early and, under pipefail, sort's broken pipe (status 141) would fail the script when
# the listing is longer than the pipe holds.

# Copies at most COUNT files under DIR matching NAME, each at most 256 KiB, to OUT/TARGET.
copy_seeds() {
  local target=$1 dir=$2 name=$3 count=$4
  mkdir -p "$out/$target"
  find "$dir" -type f -name "$name" -size -256k | sort | sed -n "1,${count}p" |
    while read -r file; do cp "$file" "$out/$target/$(echo "$file" | md5sum | cut -c1-12)-$(basename "$file")"; done
}

# Inflates at most COUNT gzip files under DIR matching NAME to OUT/TARGET, each cut at
# 256 KiB (gzip's broken pipe then is no error).
inflate_seeds() {
  local target=$1 dir=$2 name=$3 count=$4
  mkdir -p "$out/$target"
  find "$dir" -type f -name "$name" | sort | sed -n "1,${count}p" |
    while read -r file; do
      { gzip -dc "$file" 2> /dev/null || true; } | head -c 262144 > "$out/$target/$(echo "$file" | md5sum | cut -c1-12)-$(basename "$file" .gz)"
    done
}

copy_seeds warc_reader "$data/warc-samples" '*' 60
head -n 3 "$data/demo-news/wikinews-articles.jsonl" > "$out/warc_reader/demo.jsonl"
copy_seeds charset "$data/charset-samples" '*' 100
copy_seeds feed "$data/feed-samples" '*' 300  # feeds and sitemaps
copy_seeds document "$source_dir/tests/golden/tokenize" '*' 60
inflate_seeds extract "$data/readability-pages" 'source.html.gz' 60
inflate_seeds extract "$data/scrapinghub-aeb" '*.html.gz' 20

# Search: a byte (limit 0-15, bit 4: facets), the query, then from, to, lang, source,
# theme, event, one per line.
mkdir -p "$out/search"
i=0
while IFS= read -r line; do
  i=$((i + 1))
  byte=$(printf '%02x' $(((i % 2) * 16 + 5)))
  printf "\\x$byte%b" "$line" > "$out/search/query-$i"
done <<'QUERIES'
earthquake
election AND fraud
"prime minister" OR president
NOT war
title:storm
near(police arrest, 5)
earth*
"unclosed phrase
storm\n2019-01-01\n2019-12-31\nen\nwikinews.org
(((a OR b) AND c)
police\n\n\n\n\nTERRORISM\nARREST
\n2019-13-45\n\nzz\n\n\nNO_SUCH_EVENT
QUERIES

# Request: raw HTTP/1.1 requests, one per file.
mkdir -p "$out/request"
i=0
while IFS= read -r target; do
  i=$((i + 1))
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n\r\n' "$target" > "$out/request/get-$i"
done <<'TARGETS'
/api/search?q=earthquake&limit=5&from=2019-01-01
/api/search?q=%22prime%20minister%22&lang=en
/api/articles/1
/api/entities?type=PERSON&limit=10
/api/entities/1
/api/quotes?speaker=1
/api/events?type=PROTEST
/api/stories
/api/map
/api/stats
/api/openapi.json
/
/index.html
/../etc/passwd
TARGETS
printf 'HEAD /api/stats HTTP/1.1\r\nHost: x\r\n\r\n' > "$out/request/head"
printf 'POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello' > "$out/request/post"
