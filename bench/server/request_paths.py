#!/usr/bin/env python3
"""Prints API request paths over the demo corpus for the server benches, one a line:
`searches` gives 300 one-word searches (distinct words of 5+ letters of the titles);
`mixed` adds every article (/api/articles/1..N), 100 entity pages, stats and quotes.
Usage: request_paths.py searches|mixed CORPUS_JSONL_GZ"""
import gzip
import json
import re
import sys

kind, corpus = sys.argv[1], sys.argv[2]
titles = [json.loads(line).get("title", "") for line in gzip.open(corpus, "rt", encoding="utf-8")]
words = []
for title in titles:
    for word in re.findall(r"[A-Za-z]{5,}", title):
        if word.lower() not in words:
            words.append(word.lower())
paths = ["/api/search?q=" + w for w in words[:300]]
if kind == "mixed":
    paths += [f"/api/articles/{i}" for i in range(1, len(titles) + 1)]
    paths += [f"/api/entities/{i}" for i in range(1, 101)]
    paths += ["/api/stats", "/api/quotes?limit=20", "/api/entities?limit=20", "/api/events?limit=20"]
print("\n".join(paths))
