#!/usr/bin/env bash
# NER benchmark: lede's tagger beside npm's compromise and wink-nlp (+ wink-eng-lite-web-model)
# on the same text, the CoNLL-2003 dev set: span F1 (../shared/eval/conll_f1.py, conlleval
# semantics) and tokens/s on one core. Peers get each sentence as its tokens joined by spaces;
# their character spans are mapped back onto the CoNLL tokens.
#
# Usage: bench/nlp/ner_bench.sh [CONLL_FILE]   (LEDE=path/to/lede overrides build/lede)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lede=${LEDE:-$root/build/lede}
gold=${1:-$root/../shared/data/conll2003/dev.txt}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== lede (model $root/models/ner/lede-ner.model, 1 thread)"
"$lede" eval ner --threads 1 --model "$root/models/ner/lede-ner.model" "$gold"
"$lede" tag --threads 1 --model "$root/models/ner/lede-ner.model" --conll "$gold" > "$out/lede.conll"
echo -n "conll_f1.py on lede tag output: "
/usr/bin/python3 "$root/../shared/eval/conll_f1.py" "$out/lede.conll"

echo "== npm peers (node, one thread)"
(cd "$root/bench/nlp" && { [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null; })
node "$root/bench/nlp/ner_peers.mjs" "$gold" "$out"
for tool in compromise wink-nlp; do
  echo -n "$tool: "
  /usr/bin/python3 "$root/../shared/eval/conll_f1.py" "$out/$tool.conll"
done
