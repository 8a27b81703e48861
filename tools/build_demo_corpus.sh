#!/usr/bin/env bash
# Builds data/demo/ (the bundled demo corpus) from ../shared: the Wikinews
# articles (CC BY 2.5) as gzipped JSON Lines, their NOTICE, and the seed article.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${LEDE_SHARED_DIR:-$root/../shared}
out=$root/data/demo
mkdir -p "$out/corpus"
gzip -9n < "$shared/data/demo-news/wikinews-articles.jsonl" > "$out/corpus/wikinews-articles.jsonl.gz"
cp "$shared/data/demo-news/NOTICE.txt" "$out/NOTICE.txt"
cp "$shared/examples/seed-article.txt" "$out/corpus/seed-article.txt"
echo "built $out"
