#!/usr/bin/env python3
"""Induces hierarchical word clusters for the NER tagger's cluster features.

Brown-like bit-string paths without Brown's cubic cost: every word seen at
least --min-count times gets a context vector (counts of its left and right
neighbours among the --contexts most frequent words, sqrt-scaled, unit
length); the words are then split in two by spherical 2-means, each half
again, down to --depth levels, and a word's path is its sequence of 0/1
choices. Output lines are "PATH<TAB>WORD<TAB>COUNT" (the format of Liang's
wcluster, which NerClusters reads). Deterministic: no randomness, ties by word.

Text: the demo corpus (data/demo), the token columns of the training corpora
in ../shared/data (CoNLL-2003 train, WikiANN, GUM, UNER EWT dev). The sets the
tagger is scored on (CoNLL-2003 dev, UNER EWT test) are left out.

Usage: /usr/bin/python3 tools/ner/induce_clusters.py [--out models/ner/clusters.tsv.gz]
"""
import argparse
import collections
import gzip
import json
import math
import os
import re

TOKEN = re.compile(r"\w+(?:[-'.]\w+)*\.?|[^\w\s]", re.UNICODE)


def column_tokens(path, column, strip_prefix=False):
    opener = gzip.open if path.endswith(".gz") else open
    sentence = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if not fields or line.startswith("-DOCSTART-") or line.startswith("#"):
                if sentence:
                    yield sentence
                sentence = []
                continue
            if len(fields) > column:
                tok = fields[column]
                sentence.append(tok.split(":", 1)[1] if strip_prefix and ":" in tok else tok)
    if sentence:
        yield sentence


def sentences(root, data):
    with gzip.open(os.path.join(root, "data/demo/corpus/wikinews-articles.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            for paragraph in json.loads(line).get("text", "").split("\n"):
                if paragraph.strip():
                    yield TOKEN.findall(paragraph)
    yield from column_tokens(os.path.join(data, "conll2003/train.txt"), 0)
    for split in ("train", "dev", "test"):
        yield from column_tokens(os.path.join(data, f"wikiann_en/{split}.txt"), 0, strip_prefix=True)
    yield from column_tokens(os.path.join(data, "uner_en_ewt/en_ewt-ud-dev.iob2"), 1)
    with gzip.open(os.path.join(data, "gum_open_genres/entities.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["tokens"]


def context_vectors(corpus, min_count, num_contexts):
    counts = collections.Counter(t for s in corpus for t in s)
    contexts = {w: i for i, (w, _) in enumerate(sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:num_contexts])}
    words = sorted(w for w, c in counts.items() if c >= min_count)
    index = {w: i for i, w in enumerate(words)}
    vectors = [collections.Counter() for _ in words]
    for s in corpus:
        padded = ["<s>"] + s + ["</s>"]
        for i in range(1, len(padded) - 1):
            wi = index.get(padded[i])
            if wi is None:
                continue
            left, right = contexts.get(padded[i - 1]), contexts.get(padded[i + 1])
            if left is not None:
                vectors[wi][left] += 1
            if right is not None:
                vectors[wi][num_contexts + right] += 1
    unit = []
    for v in vectors:
        scaled = {k: math.sqrt(c) for k, c in v.items()}
        norm = math.sqrt(sum(x * x for x in scaled.values())) or 1.0
        unit.append({k: x / norm for k, x in scaled.items()})
    return words, counts, unit


def centroid(members, vectors):
    c = collections.defaultdict(float)
    for m in members:
        for k, x in vectors[m].items():
            c[k] += x
    norm = math.sqrt(sum(x * x for x in c.values())) or 1.0
    return {k: x / norm for k, x in c.items()}


def dot(v, c):
    return sum(x * c.get(k, 0.0) for k, x in v.items())


def bisect(members, vectors, iterations=6):
    """Spherical 2-means, seeded with the most typical member and the member least like it."""
    whole = centroid(members, vectors)
    first = max(members, key=lambda m: (dot(vectors[m], whole), m))
    c0 = dict(vectors[first])
    second = min((m for m in members if vectors[m]), key=lambda m: (dot(vectors[m], c0), m), default=first)
    c1 = dict(vectors[second])
    left, right = members, []
    for _ in range(iterations):
        left = [m for m in members if dot(vectors[m], c0) >= dot(vectors[m], c1)]
        right = [m for m in members if dot(vectors[m], c0) < dot(vectors[m], c1)]
        if not left or not right:
            break
        c0, c1 = centroid(left, vectors), centroid(right, vectors)
    return left, right


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.join(root, "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(root, "models", "ner", "clusters.tsv.gz"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--contexts", type=int, default=400)
    ap.add_argument("--depth", type=int, default=12)
    ap.add_argument("--min-leaf", type=int, default=8)
    args = ap.parse_args()
    corpus = list(sentences(root, args.data))
    words, counts, vectors = context_vectors(corpus, args.min_count, args.contexts)
    print(f"{sum(map(len, corpus))} tokens, {len(words)} words with count >= {args.min_count}")
    paths = {}
    queue = [("", list(range(len(words))))]
    while queue:
        path, members = queue.pop()
        if len(path) == args.depth or len(members) < args.min_leaf:
            for m in members:
                paths[m] = path or "0"
            continue
        left, right = bisect(members, vectors)
        if not left or not right:
            for m in members:
                paths[m] = path or "0"
            continue
        queue.append((path + "0", left))
        queue.append((path + "1", right))
    rows = sorted((paths[i], w, counts[w]) for i, w in enumerate(words))
    with open(args.out, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            gz.write("".join(f"{p}\t{w}\t{c}\n" for p, w, c in rows).encode("utf-8"))
    print(f"{args.out}: {len(rows)} words, {len(set(p for p, _, _ in rows))} clusters")


if __name__ == "__main__":
    main()
