#!/usr/bin/python3
"""End-to-end tests of `lede crawl` against the fixture site (fixture_server.py).

Usage: crawl_e2e_test.py LEDE_BINARY REPO_DIR SHARED_DIR

Asserts, from the server's request log and the WARC files:
  - nothing robots.txt disallows is requested;
  - every response lede received is in the WARC files (the ones it aborted,
    over the size limit, cut or timed out, are reported as errors);
  - politeness: requests to one host are at least --delay apart; 429 waits Retry-After;
  - redirect chains are followed up to 5, longer chains and loops are errors;
  - a second run sends conditional GETs (304) and fetches no article again;
  - `lede ingest` of the WARC files gives the articles the crawl ingested;
  - a crawl stopped by SIGTERM, or killed by SIGKILL, resumes to the same articles.
"""
import collections
import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

LEDE, REPO, SHARED = sys.argv[1:4]
FAILURES = []
DELAY = 0.2


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL: " + message)


class Site:
    """The fixture server in a child process."""

    def __init__(self, work, bench_items=1000, hosts=1):
        self.log = os.path.join(work, "requests-%d.jsonl" % time.time_ns())
        ports = self.log + ".ports"
        self.proc = subprocess.Popen([sys.executable, os.path.join(REPO, "tests/crawl/fixture_server.py"),
                                      "--repo", REPO, "--shared", SHARED, "--log", self.log,
                                      "--port-file", ports, "--bench-items", str(bench_items),
                                      "--hosts", str(hosts)])
        for _ in range(100):
            if os.path.exists(ports):
                break
            time.sleep(0.1)
        self.ports = [int(p) for p in open(ports).read().split()]
        self.base = "http://127.0.0.1:%d" % self.ports[0]

    def requests(self):
        if not os.path.exists(self.log):
            return []
        return [json.loads(line) for line in open(self.log)]

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def warc_records(directory):
    """(headers dict, block bytes) of every record in the finished .warc.gz files."""
    records = []
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".warc.gz"):
            continue
        data = gzip.open(os.path.join(directory, name)).read()
        pos = 0
        while pos < len(data):
            end = data.index(b"\r\n\r\n", pos)
            lines = data[pos:end].decode().split("\r\n")
            assert lines[0] == "WARC/1.1", lines[0]
            headers = dict(line.split(": ", 1) for line in lines[1:])
            length = int(headers["Content-Length"])
            block = data[end + 4:end + 4 + length]
            records.append((headers, block))
            pos = end + 4 + length + 4
    return records


def write_feeds(work, name, urls):
    path = os.path.join(work, name)
    with open(path, "w") as f:
        f.write("# test feeds\n" + "".join(url + "\n" for url in urls))
    return path


def lede(*args, check_rc=None):
    proc = subprocess.run([LEDE, *args], capture_output=True, text=True)
    if check_rc is not None and proc.returncode != check_rc:
        print(proc.stderr)
        check(False, "lede %s exited %d, expected %d" % (args[0], proc.returncode, check_rc))
    return proc


def crawl_args(db, warc, feeds, delay=DELAY):
    return ["crawl", "--db", db, "--warc-dir", warc, "--once", "--delay", str(delay), "--timeout-ms", "2000",
            "--retry-base", "0.2", "--max-retries", "2", "--max-response-bytes", "1000000", feeds]


def articles(db):
    con = sqlite3.connect(db)
    rows = con.execute("SELECT d.url, a.title, a.text FROM articles a JOIN documents d ON d.id = a.id "
                       "ORDER BY d.url").fetchall()
    con.close()
    return rows


def test_crawl_once(work):
    site = Site(work)
    base = site.base
    other = "http://localhost:%d" % site.ports[0]  # a second host on the same server
    feeds = write_feeds(work, "feeds.txt", [base + "/feed.xml", base + "/sitemap.xml", other + "/site/",
                                            base + "/malformed.xml", base + "/atom.xml"])
    db, warc = os.path.join(work, "crawl.db"), os.path.join(work, "warc")
    proc = lede(*crawl_args(db, warc, feeds), check_rc=1)  # some pages fail on purpose
    err = proc.stderr
    log = site.requests()
    paths = [r["path"] for r in log]

    # robots.txt: fetched first on each host, obeyed.
    check(not any(p.startswith("/private/") for p in paths), "a robots.txt-disallowed URL was requested")
    check("disallowed by robots.txt" in err and "/private/secret.html" in err, "robots.txt refusal not reported")
    check(any(r["host"].startswith("localhost") and r["path"] == "/robots/moved.txt" for r in log),
          "a redirected robots.txt was not followed")
    for host in {r["host"] for r in log}:
        first = [r["path"] for r in log if r["host"] == host][0]
        check(first == "/robots.txt", "first request to %s was %s, not /robots.txt" % (host, first))
    check(all(r["ua"].startswith("lede/") and "(+" in r["ua"] for r in log), "User-Agent is not lede/VERSION (+URL)")

    # Politeness: one host's requests start at least --delay apart.
    by_host = collections.defaultdict(list)
    for r in log:
        by_host[r["host"]].append(r["t"])
    min_gap = min(b - a for ts in by_host.values() for a, b in zip(sorted(ts), sorted(ts)[1:]))
    check(min_gap >= DELAY * 0.95, "requests to one host %.3f s apart, --delay is %.1f" % (min_gap, DELAY))
    busy = [r["t"] for r in log if r["path"] == "/busy.html"]
    check(len(busy) == 2 and busy[1] - busy[0] >= 0.95, "429 Retry-After: 1 not honoured: %s" % busy)
    check(paths.count("/error.html") == 3, "500 retried %d times, expected 1 + 2 retries" % (paths.count("/error.html") - 1))

    # Redirects: a chain of 3 is followed, 9 stops after 5, a loop stops.
    check("/articles/4.html" in paths, "redirect chain not followed")
    check(sum(p.startswith("/redirect/") and int(p.split("/")[2]) >= 4 for p in paths) == 6,
          "redirect/9 should stop after 5 redirects")
    check("more than 5 redirects" in err and "redirect loop" in err, "redirect errors not reported")
    for fault, message in [("/missing.html", "HTTP 404"), ("/big.html", "too_large"), ("/bomb.html", "too_large"),
                           ("/slow.html", "Timeout"), ("/truncated.html", "partial")]:
        check(any(fault in line and message in line for line in err.splitlines()),
              "%s not reported with '%s'" % (fault, message))

    # Every response received is archived, with its request.
    records = warc_records(warc)
    responses = collections.Counter(h["WARC-Target-URI"] for h, _ in records if h["WARC-Type"] == "response")
    requests = [h for h, _ in records if h["WARC-Type"] == "request"]
    response_ids = {h["WARC-Record-ID"] for h, _ in records if h["WARC-Type"] == "response"}
    check(len(requests) == sum(responses.values()), "not one request record per response record")
    check(all(h["WARC-Concurrent-To"] in response_ids for h in requests), "request record without its response")
    aborted = {"/slow.html", "/truncated.html", "/big.html"}  # lede stopped reading these
    served = collections.Counter("http://%s%s" % (r["host"], r["path"]) for r in log if r["path"] not in aborted)
    for url, n in served.items():
        check(responses[url] == n, "%s served %d times, %d in the WARC files" % (url, n, responses[url]))
    check(not [n for n in os.listdir(warc) if n.endswith(".open")], "a .open WARC file was left")

    # The crawl's articles are those `lede ingest` finds in the WARC files.
    crawled = articles(db)
    check(len(crawled) >= 10, "only %d articles ingested" % len(crawled))
    db2 = os.path.join(work, "reingest.db")
    # Exit 1: the site's home page has no article text and the gzip bomb is over
    # ingest's own size limit; both are reported and the rest goes in.
    proc = lede("ingest", "--db", db2, "-q", *[os.path.join(warc, n) for n in sorted(os.listdir(warc))], check_rc=1)
    check("2 failed" in proc.stderr, "ingest of the WARC files: " + proc.stderr[-300:])
    check(articles(db2) == crawled, "lede ingest of the WARC files differs from what the crawl ingested")
    urls = {u for u, _, _ in crawled}
    for path in ["/articles/4.html", "/busy.html", "/wrong-type.html", "/articles/6.html", "/articles/5.html"]:
        check(any(u.endswith(path) for u in urls), "article %s missing from the store" % path)

    # A second run: conditional GET on the feeds, no article fetched again.
    before = len(log)
    proc = lede(*crawl_args(db, warc, feeds))
    again = [r for r in site.requests()[before:]]
    check(any(r["path"] == "/feed.xml" and r["status"] == 304 for r in again), "feed not re-fetched conditionally")
    check(not any(r["path"].startswith("/articles/") for r in again), "articles fetched twice: %s" %
          [r["path"] for r in again if r["path"].startswith("/articles/")])
    check(articles(db) == crawled, "second run changed the articles")
    site.stop()


def test_stop_and_resume(work):
    site = Site(work, bench_items=24)
    feeds = write_feeds(work, "bench-feeds.txt", [site.base + "/bench/feed-0"])
    # Reference: one uninterrupted crawl.
    ref_db, ref_warc = os.path.join(work, "ref.db"), os.path.join(work, "ref-warc")
    lede(*crawl_args(ref_db, ref_warc, feeds, delay=0.02), check_rc=0)
    expected = articles(ref_db)
    check(len(expected) == 24, "reference crawl stored %d of 24 articles" % len(expected))

    db, warc = os.path.join(work, "resume.db"), os.path.join(work, "resume-warc")
    args = crawl_args(db, warc, feeds, delay=0.25) + ["--warc-file-bytes", "20000"]
    # SIGTERM: stops gracefully, leaves complete files only.
    proc = subprocess.Popen([LEDE, *args], stderr=subprocess.PIPE, text=True)
    for _ in range(100):  # until the first WARC file is complete (a few articles in)
        if os.path.isdir(warc) and any(n.endswith(".warc.gz") for n in os.listdir(warc)):
            break
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    check("stopped" in err, "SIGTERM did not stop gracefully: " + err[-300:])
    check(not [n for n in os.listdir(warc) if n.endswith(".open")], ".open file left after SIGTERM")
    partial = len(articles(db))
    check(0 < partial < 24, "SIGTERM mid-crawl left %d articles (expected some, not all)" % partial)
    # SIGKILL: the half-written file is never under its final name; the next run resumes.
    proc = subprocess.Popen([LEDE, *args], stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    proc.kill()
    proc.wait()
    for name in os.listdir(warc):
        if name.endswith(".warc.gz"):
            gzip.open(os.path.join(warc, name)).read()  # complete gzip members only
    lede(*args, check_rc=0)
    check(articles(db) == expected, "resumed crawl has %d articles, the uninterrupted one %d" %
          (len(articles(db)), len(expected)))
    check(not [n for n in os.listdir(warc) if n.endswith(".open")], ".open file left after resuming")
    site.stop()


def test_watch(work):
    """lede watch polls each feed on its schedule, conditionally, until SIGTERM."""
    site = Site(work, bench_items=3)
    feeds = write_feeds(work, "watch-feeds.txt", [site.base + "/feed2.xml"])
    db, warc = os.path.join(work, "watch.db"), os.path.join(work, "watch-warc")
    # The feed's <ttl> is 30 minutes: --max-poll 2 caps it, so it is polled every 2 s.
    proc = subprocess.Popen([LEDE, "watch", "--db", db, "--warc-dir", warc, "--delay", "0.05", "--poll", "1",
                             "--min-poll", "1", "--max-poll", "2", feeds], stderr=subprocess.PIPE, text=True)
    start = time.time()
    polls = []
    while len(polls) < 3 and time.time() - start < 60:  # three polls (slower on a loaded machine)
        time.sleep(0.2)
        polls = [r for r in site.requests() if r["path"] == "/feed2.xml"]
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    check(len(polls) >= 3, "feed polled %d times in 60 s at a 2 s interval" % len(polls))
    check(all(r["status"] == 304 for r in polls[1:]), "later polls not conditional: %s" % [r["status"] for r in polls])
    gaps = [b["t"] - a["t"] for a, b in zip(polls, polls[1:])]
    check(all(g >= 1.9 for g in gaps), "polls closer than the 2 s interval: %s" % gaps)
    check(proc.returncode == 0 and "stopped" in err, "watch did not stop cleanly on SIGTERM: " + err[-300:])
    check(len(articles(db)) == 2, "watch stored %d articles, expected 2" % len(articles(db)))
    site.stop()


def main():
    with tempfile.TemporaryDirectory(prefix="lede-crawl-") as work:
        test_crawl_once(work)
        test_stop_and_resume(work)
        test_watch(work)
    if FAILURES:
        print("%d failures" % len(FAILURES))
        sys.exit(1)
    print("crawl end-to-end: all checks passed")


if __name__ == "__main__":
    main()
