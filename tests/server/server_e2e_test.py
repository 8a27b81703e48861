#!/usr/bin/env python3
"""End-to-end test of `lede serve`: ingests the demo corpus into a temp store,
serves it on a free loopback port (with a small web folder), and checks over
real sockets every endpoint's status and JSON shape (against the OpenAPI
document), the errors (400, 404, 405, 401, 408), HEAD, ETag/304, gzip, a slow
client not starving others, the access log, the token, and a clean stop on
SIGTERM. server_abuse_test.py has the hostile clients.

Usage: server_e2e_test.py LEDE_BINARY SOURCE_DIR
"""
import gzip
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serverlib import (check, check_error, finish, get_json, has_keys, pending, raw, request,  # noqa: E402
                       status_of)
import serverlib  # noqa: E402

lede, source_dir = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="lede_server_e2e_")


def start(*flags):
    """Starts lede serve over the demo store; returns (process, port)."""
    return serverlib.start(lede, db, *flags)


def check_article_story(port, article_schema):
    """An article of a story names it ({"id", "label"}), and has every key of the OpenAPI Article."""
    stories = get_json(port, "/api/stories?limit=1")["stories"]
    check(len(stories) == 1, "the demo store has stories")
    story = get_json(port, f"/api/stories/{stories[0]['id']}")
    article = get_json(port, f"/api/articles/{story['articles'][0]['id']}")
    has_keys(article, list(article_schema["properties"]), "/api/articles/{id} (the OpenAPI Article)")
    check(article.get("story") == {"id": story["id"], "label": story["label"]},
          f"article {article['id']}: story {article.get('story')}, expected story {story['id']}")


try:
    db = os.path.join(work, "demo.db")
    subprocess.run([lede, "ingest", "--quiet", "--db", db, os.path.join(source_dir, "data/demo/corpus")],
                   check=True)
    web = os.path.join(work, "web")
    os.makedirs(os.path.join(web, "assets"))
    with open(os.path.join(web, "index.html"), "w") as f:
        f.write("<!doctype html><title>lede test ui</title>")
    script = "".join(f"const value{i} = {i};\n" for i in range(400))
    with open(os.path.join(web, "assets", "app.js"), "w") as f:
        f.write(script)
    access_log = os.path.join(work, "access.log")

    server, port = start("--web-dir", web, "--access-log", access_log, "--threads", "2",
                         "--read-timeout-ms", "3000", "--max-header-bytes", "4096")

    # The API: statuses and shapes.
    stats = get_json(port, "/api/stats")
    has_keys(stats, ["articles", "near_duplicates", "sources", "entities", "quotes", "events",
                     "schema_version"], "/api/stats")
    check(stats.get("articles", 0) >= 300, f"/api/stats: {stats}")
    search = get_json(port, "/api/search?q=election&limit=5")
    has_keys(search, ["query", "total", "hits"], "/api/search")
    check(search["total"] > 5 and len(search["hits"]) == 5, f"/api/search: total {search['total']}")
    has_keys(search["hits"][0], ["id", "title", "url", "published", "source", "snippet", "score"], "hit")
    article = get_json(port, f"/api/articles/{search['hits'][0]['id']}")
    has_keys(article, ["id", "url", "title", "published", "text", "source", "duplicate_of", "ingested_at"],
             "/api/articles/{id}")
    check(article["title"] == search["hits"][0]["title"], "article title equals the hit's")
    has_keys(search.get("facets", {}), ["sources", "entities", "themes", "events", "dates"], "search facets")
    check(search["facets"]["sources"][0]["value"] == "en.wikinews.org", f"source facet: {search['facets']}")
    entities = get_json(port, "/api/entities?limit=5")
    has_keys(entities, ["total", "entities"], "/api/entities")
    check(entities["total"] > 5 and len(entities["entities"]) == 5, f"/api/entities total {entities['total']}")
    entity = entities["entities"][0]
    has_keys(entity, ["id", "type", "name", "mentions", "articles"], "entity")
    people = get_json(port, "/api/entities?type=person&limit=3")
    check(all(e["type"] == "PERSON" for e in people["entities"]), "entities by type")
    page = get_json(port, f"/api/entities/{entity['id']}")
    has_keys(page, ["id", "type", "name", "mentions", "article_count", "articles", "location", "timeline",
                    "co_mentioned", "quotes_by", "quotes_about"], "/api/entities/{id}")
    check(page["name"] == entity["name"], "entity page names the entity")
    check(page["article_count"] == entity["articles"] and isinstance(page["articles"], list) and
          0 < len(page["articles"]) <= page["article_count"],
          f"entity page: article_count {page['article_count']} counts the articles, articles lists them")
    quotes = get_json(port, "/api/quotes?limit=3")
    has_keys(quotes, ["total", "quotes"], "/api/quotes")
    check(quotes["total"] > 0, "the demo store has quotes")
    has_keys(quotes["quotes"][0], ["id", "article_id", "article_title", "published", "text", "start", "end",
                                   "speaker", "speaker_name", "partial"], "quote")
    events = get_json(port, "/api/events?limit=3")
    has_keys(events, ["total", "events"], "/api/events")
    check(events["total"] > 0, "the demo store has events")
    has_keys(events["events"][0], ["id", "article_id", "type", "actor", "target", "location", "trigger",
                                   "sentence"], "event")
    typed = get_json(port, f"/api/events?type={events['events'][0]['type']}&limit=200")
    check(all(e["type"] == events["events"][0]["type"] for e in typed["events"]), "events by type")
    stories = get_json(port, "/api/stories?limit=3")
    has_keys(stories, ["total", "stories"], "/api/stories")
    if stories["total"] > 0:
        story = get_json(port, f"/api/stories/{stories['stories'][0]['id']}")
        has_keys(story, ["id", "label", "first_seen", "last_seen", "articles", "outlets"], "/api/stories/{id}")
    places = get_json(port, "/api/map?q=election")
    has_keys(places, ["places"], "/api/map")
    check(len(places["places"]) > 0, "the map of 'election' has places")
    has_keys(places["places"][0], ["entity_id", "name", "country", "lat", "lon", "count"], "map place")
    openapi = get_json(port, "/api/openapi.json")
    check(openapi.get("openapi", "").startswith("3."), "openapi version")
    schemas = openapi["components"]["schemas"]
    check(set(page) == set(schemas["EntityPage"]["properties"]),
          f"entity page keys {sorted(page)} are the OpenAPI EntityPage's")
    check_article_story(port, schemas["Article"])
    for path in ["/api/search", "/api/articles/{id}", "/api/entities", "/api/entities/{id}", "/api/quotes",
                 "/api/events", "/api/stories", "/api/stories/{id}", "/api/map", "/api/stats"]:
        check(path in openapi.get("paths", {}), f"openapi lists {path}")

    # Errors.
    check_error(port, "/api/search?q=election&limit=500", 400, "bad_request", "'limit'")
    check_error(port, "/api/search?q=%22unbalanced", 400, "bad_request")
    check_error(port, "/api/search?q=election+AND", 400, "bad_request")
    check_error(port, "/api/search?from=2020-13-01", 400, "bad_request", "'from'")
    check_error(port, "/api/search?q=%ZZ", 400, "bad_request")
    check_error(port, "/api/articles/999999", 404, "not_found")
    check_error(port, "/api/entities/99999999", 404, "not_found")
    check_error(port, "/api/stories/99999999", 404, "not_found")
    check_error(port, "/api/entities?type=ANIMAL", 400, "bad_request", "'type'")
    check_error(port, "/api/events?country=Morocco", 400, "bad_request", "'country'")
    check_error(port, "/api/map?limit=0", 400, "bad_request", "'limit'")
    check_error(port, "/api/search?entity=abc", 400, "bad_request", "'entity'")
    check_error(port, "/api/quotes?q=%22unbalanced", 400, "bad_request")
    check_error(port, "/api/stories?to=2020-02-30", 400, "bad_request", "'to'")
    check_error(port, "/api/articles/x1", 400, "bad_request", "'id'")
    check_error(port, "/api/no-such-endpoint", 404, "not_found")
    check_error(port, "/api/stats", 405, "method_not_allowed", method="POST")
    check_error(port, "/api/stats", 405, "method_not_allowed", method="DELETE")
    answer = raw(port, b"GARBAGE\r\n\r\n")
    check(status_of(answer) == 400, f"garbage request: {answer[:80]}")

    # HEAD: GET's headers, no body.
    response, body = request(port, "/api/stats", "HEAD")
    check(response.status == 200 and body == b"", "HEAD /api/stats")
    check(int(response.getheader("Content-Length")) == len(json.dumps(stats, separators=(",", ":"))),
          "HEAD Content-Length equals GET's body size")

    # Static files, history routing, ETag/304, gzip.
    response, body = request(port, "/")
    check(response.status == 200 and b"lede test ui" in body, "/ serves index.html")
    check(response.getheader("Content-Type") == "text/html; charset=utf-8", "index.html content type")
    response, body = request(port, "/entities/3?tab=quotes")
    check(response.status == 200 and b"lede test ui" in body, "a UI route serves index.html")
    response, body = request(port, "/assets/app.js")
    check(body.decode() == script, "app.js served whole")
    check(response.getheader("Content-Type") == "text/javascript; charset=utf-8", "app.js content type")
    etag = response.getheader("ETag")
    response, body = request(port, "/assets/app.js", headers={"If-None-Match": etag})
    check(response.status == 304 and body == b"", "304 for a known ETag")
    response, body = request(port, "/assets/app.js", headers={"Accept-Encoding": "gzip"})
    check(response.getheader("Content-Encoding") == "gzip" and gzip.decompress(body).decode() == script,
          "gzip when accepted")

    # A slow client (half a request) does not starve others, and gets a 408.
    slow = socket.create_connection(("127.0.0.1", port))
    slow.sendall(b"GET /api/stats HTTP/1.1\r\nHost: x\r\n")
    begun = time.monotonic()
    for _ in range(20):
        response, _ = request(port, "/api/stats")
        check(response.status == 200, "request beside a slow client")
    check(pending([slow]), "requests beside a slow client are served while it is still held")
    slow.settimeout(5)
    answer = slow.recv(4096)
    slow.close()
    check(status_of(answer) == 408 and time.monotonic() - begun >= 2.9, f"slow client: {answer[:60]}")

    # The response cache: an ingest by another process while serving is seen at once.
    check(get_json(port, "/api/search?q=quokkazebra")["total"] == 0, "no quokkazebra before the ingest")
    news = os.path.join(work, "news.txt")
    with open(news, "w") as f:
        f.write("Quokkazebra sighted\n\nA quokkazebra was sighted in Rabat on Monday, officials said.\n")
    subprocess.run([lede, "ingest", "--quiet", "--no-analyze", "--db", db, news], check=True)
    check(get_json(port, "/api/search?q=quokkazebra")["total"] == 1, "the cached answer is dropped after an ingest")

    # Keep-alive: several requests on one connection.
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    for target in ["/api/stats", "/api/search?q=police&limit=1", "/api/articles/1"]:
        conn.request("GET", target)
        response = conn.getresponse()
        response.read()
        check(response.status == 200, f"keep-alive {target}")
    conn.close()

    # Access log: one line per request, with status and bytes.
    server.send_signal(signal.SIGTERM)
    try:
        code = server.wait(timeout=10)
        check(code == 0, f"exit status after SIGTERM: {code}")
    except subprocess.TimeoutExpired:
        server.kill()
        check(False, "lede serve did not stop on SIGTERM")
    check("stopped" in server.stderr.read(), "lede serve says it stopped")
    log = open(access_log).read().splitlines()
    check(len(log) >= 40, f"access log lines: {len(log)}")
    check(any(re.fullmatch(r"\S+Z 127\.0\.0\.1:\d+ GET /api/stats 200 \d+ [\d.]+ms", l) for l in log),
          "access log line format")
    check(any(" 400 " in l for l in log) and any(" 408 " in l for l in log), "errors in the access log")

    # A token: 401 without it, 200 with it.
    server, port = start("--token", "s3cret", "--web-dir", web)
    check_error(port, "/api/stats", 401, "unauthorized")
    response, _ = request(port, "/api/search?q=x", headers={"Authorization": "Bearer wrong"})
    check(response.status == 401, "wrong token: 401")
    response, body = request(port, "/")
    check(response.status == 200 and b"lede test ui" in body, "the UI's files load without the token")
    response, _ = request(port, "/api/stats", headers={"Authorization": "Bearer s3cret"})
    check(response.status == 200, "right token: 200")
    server.send_signal(signal.SIGINT)
    check(server.wait(timeout=10) == 0, "exit status after SIGINT")
    server.stderr.close()

    missing = subprocess.run([lede, "serve", "--db", os.path.join(work, "none.db"), "--port", "0"],
                             capture_output=True, text=True, timeout=10)
    check(missing.returncode != 0 and "none.db" in missing.stderr, f"missing store: {missing.stderr}")
finally:
    serverlib.kill_all()
    shutil.rmtree(work, ignore_errors=True)

finish("server end-to-end")
