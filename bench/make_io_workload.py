#!/usr/bin/python3
"""Builds the reader benchmark's inputs from the real news pages in ../shared/data
(readability-pages, scrapinghub-aeb, fundus-eval, newspaper4k-naeb), repeated to
about 100 MB of HTML: the same records as a plain WARC, a WARC.gz with one gzip
member per record (as crawlers write them), a WARC.gz in one member, and JSON Lines.
Usage: make_io_workload.py SHARED_DATA_DIR OUT_DIR"""
import glob
import gzip
import json
import os
import sys

TARGET_BYTES = 100 << 20


def pages(data):
    paths = []
    for pattern in ("readability-pages/**/source.html.gz", "scrapinghub-aeb/**/*.html.gz",
                    "fundus-eval/**/*.html.gz", "newspaper4k-naeb/**/*.html.gz"):
        paths += sorted(glob.glob(os.path.join(data, pattern), recursive=True))
    return [gzip.open(p).read() for p in paths]


def record(i, html):
    uri = f"https://bench.example.org/page/{i}"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + \
        b"Content-Length: %d\r\n\r\n" % len(html) + html
    head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2024-05-18T01:58:10Z\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n")
    return uri, head.encode() + http + b"\r\n\r\n"


def main():
    data, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    source = pages(data)
    records, total, i = [], 0, 0
    while total < TARGET_BYTES:
        html = source[i % len(source)]
        records.append((html, *record(i, html)))
        total += len(html)
        i += 1
    with open(os.path.join(out, "pages.warc"), "wb") as f:
        for _, _, r in records:
            f.write(r)
    with open(os.path.join(out, "pages.warc.gz"), "wb") as f:
        for _, _, r in records:
            f.write(gzip.compress(r, compresslevel=6, mtime=0))
    with gzip.open(os.path.join(out, "pages-whole.warc.gz"), "wb", compresslevel=6) as f:
        for _, _, r in records:
            f.write(r)
    with open(os.path.join(out, "pages.jsonl"), "w") as f:
        for html, uri, _ in records:
            f.write(json.dumps({"url": uri, "html": html.decode("utf-8", "replace")}) + "\n")
    print(f"{len(records)} records from {len(source)} pages, {total >> 20} MB of HTML, in {out}")


main()
