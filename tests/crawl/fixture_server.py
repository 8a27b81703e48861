#!/usr/bin/python3
"""A fixture web site for the crawler's tests and benchmark, on 127.0.0.1.

Serves article pages made from the demo corpus (data/demo/corpus), real feed
samples (../shared/data/feed-samples), feeds and sitemaps listing the articles,
and faults: redirect chains and loops, 404, 500, 429 with Retry-After, a slow
response, a truncated body, a wrong Content-Type, an oversized body, a gzip
bomb, a robots.txt that disallows /private/ (on host localhost: behind a
redirect), and a malformed feed. Every request is logged as one JSON line
{"t", "host", "method", "path", "status", "ua"} (t: the time the request
arrived, seconds since the epoch).

Usage: fixture_server.py --repo DIR --shared DIR --log FILE --port-file FILE
         [--bench-items N] [--hosts H]
With --hosts H it listens on H ports (one "host" each); the port of each is
written to --port-file, one per line.
"""
import argparse
import gzip
import html
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARGS = None
ARTICLES = []
BOMB = b""  # 64 MiB of "A" gzipped to about 64 KiB, made once at start
LOG_LOCK = threading.Lock()
BUSY_SEEN = set()
FEED_ETAG = '"feed-v1"'
FEED_LAST_MODIFIED = "Sat, 28 Nov 2026 10:00:00 GMT"

# The test feed's items: (path, what it exercises).
TEST_ITEMS = [
    "/articles/0.html", "/articles/1.html", "/articles/2.html", "/articles/3.html",
    "/private/secret.html",          # robots.txt disallows
    "/redirect/3",                   # chain of 3 redirects to /articles/4.html
    "/redirect/9",                   # chain longer than 5
    "/loop/a",                       # /loop/a -> /loop/b -> /loop/a
    "/missing.html",                 # 404
    "/error.html",                   # 500 every time
    "/busy.html",                    # 429 Retry-After: 1, then the article
    "/slow.html",                    # answers after 4 s (over the test's timeout)
    "/truncated.html",               # Content-Length larger than the body
    "/wrong-type.html",              # an article served as application/octet-stream
    "/big.html",                     # over the test's max response size
    "/bomb.html",                    # gzip bomb: small on the wire, huge inflated
]


def load_articles(repo):
    with gzip.open(os.path.join(repo, "data/demo/corpus/wikinews-articles.jsonl.gz"), "rt") as f:
        for line in f:
            a = json.loads(line)
            if len(a.get("text", "")) > 400:
                ARTICLES.append(a)


def article_html(n):
    a = ARTICLES[n % len(ARTICLES)]
    paragraphs = [p for p in a["text"].split("\n\n") if p.strip()]
    if n >= len(ARTICLES):  # bench copies: one sentence makes each copy distinct
        paragraphs.append("This is copy number %d of the story for the crawl benchmark." % n)
    body = "".join("<p>%s</p>\n" % html.escape(p) for p in paragraphs)
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<meta property=\"article:published_time\" content=\"%s\"></head><body>"
            "<nav><a href=\"/\">Home</a></nav><article><h1>%s</h1>\n%s</article>"
            "<footer>Fixture site</footer></body></html>") % (
                html.escape(a["title"]), a.get("published", ""), html.escape(a["title"]), body)


def rss(base, paths, title="Fixture news"):
    items = "".join(
        "<item><title>Item %d</title><link>%s%s</link><guid>%s%s</guid>"
        "<pubDate>Sat, 28 Nov 2026 09:%02d:00 GMT</pubDate></item>\n" % (i, base, p, base, p, i % 60)
        for i, p in enumerate(paths))
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>%s</title>"
            "<link>%s/</link><ttl>30</ttl>\n%s</channel></rss>\n") % (title, base, items)


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # clients that give up (timeouts, size limits) are part of the tests


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def log(self, status, t):
        with LOG_LOCK, open(ARGS.log, "a") as f:
            f.write(json.dumps({"t": t, "host": self.headers.get("Host", ""), "method": self.command,
                                "path": self.path, "status": status,
                                "ua": self.headers.get("User-Agent", ""),
                                "port": self.server.server_address[1]}) + "\n")

    def send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=(), t=0.0):
        self.log(status, t)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def base(self):
        return "http://" + self.headers.get("Host", "127.0.0.1")

    def do_GET(self):
        t = time.time()
        p = self.path
        try:
            self.route(p, t)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def route(self, p, t):
        if p == "/robots.txt" and self.headers.get("Host", "").startswith("localhost"):
            return self.send(301, b"", headers=[("Location", "/robots/moved.txt")], t=t)
        if p in ("/robots.txt", "/robots/moved.txt"):
            return self.send(200, b"User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n",
                             "text/plain", t=t)
        if p in ("/feed.xml", "/feed2.xml", "/feed3.xml"):
            if self.headers.get("If-None-Match") == FEED_ETAG:
                return self.send(304, b"", headers=[("ETag", FEED_ETAG)], t=t)
            paths = {"/feed.xml": TEST_ITEMS, "/feed2.xml": ["/articles/5.html", "/articles/0.html"],
                     "/feed3.xml": ["/articles/5.html", "/private/moved-robots.html"]}[p]
            return self.send(200, rss(self.base(), paths).encode(), "application/rss+xml",
                             [("ETag", FEED_ETAG), ("Last-Modified", FEED_LAST_MODIFIED)], t=t)
        if p == "/sitemap.xml":
            urls = "".join("<url><loc>%s/articles/%d.html</loc><news:news><news:publication><news:name>Fixture"
                           "</news:name><news:language>en</news:language></news:publication>"
                           "<news:publication_date>2026-11-28T09:00:00Z</news:publication_date>"
                           "<news:title>Story %d</news:title></news:news></url>" % (self.base(), n, n)
                           for n in (6, 7))
            body = ("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                    "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">%s</urlset>" % urls)
            return self.send(200, gzip.compress(body.encode()), "application/x-gzip", t=t)
        if p == "/atom.xml":  # a real Atom sample, its links pointed at this site
            sample = os.path.join(ARGS.shared, "data/feed-samples/rome/atom_1.0.xml")
            body = open(sample, "rb").read().replace(b"http://example.com", self.base().encode())
            return self.send(200, body, "application/atom+xml", t=t)
        if p == "/malformed.xml":
            return self.send(200, b"<?xml version=\"1.0\"?><rss><channel><title>Broken &amp; cut",
                             "application/rss+xml", t=t)
        if p == "/site/":
            page = ("<html><head><title>Site</title><link rel=\"alternate\" type=\"application/rss+xml\" "
                    "href=\"/feed3.xml\"></head><body><p>Home page</p></body></html>")
            return self.send(200, page.encode(), t=t)
        if p.startswith("/bench/feed-"):
            host, count, hosts = int(p.split("-")[1]), ARGS.bench_items, ARGS.hosts
            paths = ["/articles/%d.html" % n for n in range(count) if n % hosts == host]
            return self.send(200, rss(self.base(), paths).encode(), "application/rss+xml", t=t)
        if p.startswith("/articles/") and p.endswith(".html"):
            n = int(p[len("/articles/"):-len(".html")])
            body = article_html(n).encode()
            if "gzip" in self.headers.get("Accept-Encoding", "") and n % 2 == 1:
                return self.send(200, gzip.compress(body), headers=[("Content-Encoding", "gzip")], t=t)
            return self.send(200, body, t=t)
        if p.startswith("/private/"):
            return self.send(200, b"<html><body><p>secret</p></body></html>", t=t)
        if p.startswith("/redirect/"):
            n = int(p.split("/")[2])
            target = "/articles/4.html" if n <= 1 else "/redirect/%d" % (n - 1)
            return self.send(302, b"", headers=[("Location", target)], t=t)
        if p == "/loop/a":
            return self.send(301, b"", headers=[("Location", self.base() + "/loop/b")], t=t)
        if p == "/loop/b":
            return self.send(301, b"", headers=[("Location", "/loop/a")], t=t)
        if p == "/error.html":
            return self.send(500, b"<html><body>error</body></html>", t=t)
        if p == "/busy.html":
            key = (self.server.server_address[1], p)
            if key not in BUSY_SEEN:
                BUSY_SEEN.add(key)
                return self.send(429, b"slow down", "text/plain", [("Retry-After", "1")], t=t)
            return self.send(200, article_html(8).encode(), t=t)
        if p == "/slow.html":
            time.sleep(4)
            return self.send(200, article_html(9).encode(), t=t)
        if p == "/truncated.html":
            self.log(200, t)
            body = article_html(10).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body) + 5000))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            self.close_connection = True
            return
        if p == "/wrong-type.html":
            return self.send(200, article_html(11).encode(), "application/octet-stream", t=t)
        if p == "/big.html":
            return self.send(200, b"<html><body><p>" + b"x" * (3 << 20) + b"</p></body></html>", t=t)
        if p == "/bomb.html":
            return self.send(200, BOMB, headers=[("Content-Encoding", "gzip")], t=t)
        return self.send(404, b"<html><body>not found</body></html>", t=t)


def main():
    global ARGS, BOMB
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", required=True)
    parser.add_argument("--shared", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--bench-items", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=1)
    ARGS = parser.parse_args()
    load_articles(ARGS.repo)
    BOMB = gzip.compress(b"<html><body><p>" + b"A" * (64 << 20), 6)
    servers = [Server(("127.0.0.1", 0), Handler) for _ in range(ARGS.hosts)]
    for s in servers[1:]:
        threading.Thread(target=s.serve_forever, daemon=True).start()
    with open(ARGS.port_file + ".tmp", "w") as f:
        f.write("".join("%d\n" % s.server_address[1] for s in servers))
    os.rename(ARGS.port_file + ".tmp", ARGS.port_file)
    try:
        servers[0].serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
