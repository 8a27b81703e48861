#!/usr/bin/python3
"""Writes the "one fixture in every container" files: the same small article as
HTML, gzipped HTML, WARC, WARC.gz (one gzip member per record, and the whole file
as one member), WET (its text) and JSON Lines. Run from this folder (the files go to article/); the output
is committed, so rerun only to change the article."""
import gzip
import json

URI = "https://news.example.org/2024/05/rabat-port-expansion"
DATE = "2024-05-18T01:58:10Z"
HTML = open("article/article.html", "rb").read()
TEXT = open("article/article.txt", "rb").read()


def warc_record(fields, block):
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields)
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"


def http_response(body):
    head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n")
    gz = gzip.compress(body, mtime=0)
    half = len(gz) // 2
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in (gz[:half], gz[half:])) + b"0\r\n\r\n"
    return head.encode() + chunked


def warc_records(payload_type, block, record_type):
    info = warc_record([("WARC-Type", "warcinfo"), ("WARC-Date", DATE),
                        ("Content-Type", "application/warc-fields")], b"software: lede fixtures\r\n")
    request = warc_record([("WARC-Type", "request"), ("WARC-Target-URI", URI), ("WARC-Date", DATE),
                           ("Content-Type", "application/http; msgtype=request")],
                          b"GET /2024/05/rabat-port-expansion HTTP/1.1\r\nHost: news.example.org\r\n\r\n")
    doc = warc_record([("WARC-Type", record_type), ("WARC-Target-URI", URI), ("WARC-Date", DATE),
                       ("Content-Type", payload_type)], block)
    return [info, request, doc] if record_type == "response" else [info, doc]


def main():
    open("article/article.html.gz", "wb").write(gzip.compress(HTML, mtime=0))
    records = warc_records("application/http; msgtype=response", http_response(HTML), "response")
    open("article/article.warc", "wb").write(b"".join(records))
    open("article/article.warc.gz", "wb").write(b"".join(gzip.compress(r, mtime=0) for r in records))
    open("article/article-whole.warc.gz", "wb").write(gzip.compress(b"".join(records), mtime=0))
    open("article/article.warc.wet", "wb").write(b"".join(warc_records("text/plain", TEXT, "conversion")))
    line = {"id": "fixture-1", "url": URI, "title": "Rabat port expansion", "published": "2024-05-17",
            "html": HTML.decode()}
    open("article/article.jsonl", "w").write(json.dumps(line) + "\n")


main()
