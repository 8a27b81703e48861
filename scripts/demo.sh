#!/usr/bin/env bash
# The main job on the bundled demo corpus: set up, build, extract the articles.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
out=${LEDE_DEMO_OUT:-$root/out}
mkdir -p "$out"
"$root/build/lede" extract "$root/data/demo/corpus" > "$out/demo-articles.jsonl"
echo "lede: wrote $(wc -l < "$out/demo-articles.jsonl") articles to $out/demo-articles.jsonl"
