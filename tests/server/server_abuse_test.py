#!/usr/bin/env python3
"""`lede serve` under abuse (issue 9): oversized headers and bodies (431, 413),
malformed query strings (4xx with a JSON error, never a 500), path traversal
(never a file outside the web folder), slowloris clients dripping headers byte
by byte (dropped by --read-timeout-ms while a normal client is answered),
1,000 concurrent connections and 1,000 idle ones (no crash, no leaked file
descriptors), --max-connections, the query time limit, and no binding beyond
loopback without --token. Runs in well under a minute.

Usage: server_abuse_test.py LEDE_BINARY SOURCE_DIR
"""
import os
import resource
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serverlib import (check, check_error, finish, json_body, raw, request, start,  # noqa: E402
                       status_of, stop)
import serverlib  # noqa: E402

lede, source_dir = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="lede_server_abuse_")
READ_TIMEOUT_S = 2.0
MAX_HEADER_BYTES = 4096


def open_fds(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


def fd_targets(pid):
    """What the server's descriptors point at (files, sockets), sorted."""
    targets = []
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            targets.append(os.readlink(f"/proc/{pid}/fd/{fd}"))
        except FileNotFoundError:  # closed meanwhile
            pass
    return sorted(targets)


def settled_fds(pid):
    """The server's open descriptors once the count has not changed for half a second."""
    counts = [open_fds(pid)]
    while len(counts) < 5 or len(set(counts[-5:])) > 1:
        time.sleep(0.1)
        counts.append(open_fds(pid))
    return counts[-1]


def wait_for_fds(pid, at_most, what):
    """Checks that the server's open descriptors fall back to `at_most` within 10 s."""
    deadline = time.monotonic() + 10
    while open_fds(pid) > at_most and time.monotonic() < deadline:
        time.sleep(0.1)
    check(open_fds(pid) <= at_most,
          f"{what}: {open_fds(pid)} descriptors open, {at_most} before: {', '.join(fd_targets(pid))}")


def get(target):
    """A raw GET of `target` (bytes, sent as is) on a connection of its own."""
    return raw(port, b"GET " + target + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")


def check_oversized():
    answer = raw(port, b"GET /api/stats HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * MAX_HEADER_BYTES + b"\r\n\r\n")
    check(status_of(answer) == 431 and json_body(answer)["error"]["code"] == "headers_too_large",
          f"one big header: {answer[:80]}")
    many = b"".join(b"X-H%d: %s\r\n" % (i, b"v" * 20) for i in range(300))
    answer = raw(port, b"GET /api/stats HTTP/1.1\r\nHost: x\r\n" + many + b"\r\n")
    check(status_of(answer) == 431, f"300 headers: {answer[:80]}")
    answer = raw(port, b"GET /api/search?q=" + b"a" * MAX_HEADER_BYTES + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    check(status_of(answer) == 431, f"a request line beyond the header limit: {answer[:80]}")
    answer = raw(port, b"GET /api/stats HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n" + b"x" * 2000)
    check(status_of(answer) == 413 and json_body(answer)["error"]["code"] == "payload_too_large",
          f"big body: {answer[:80]}")
    chunked = b"7d0\r\n" + b"x" * 2000 + b"\r\n0\r\n\r\n"
    answer = raw(port, b"POST /api/stats HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked)
    check(status_of(answer) == 413, f"big chunked body: {answer[:80]}")


def check_malformed_queries():
    # Each must be a 4xx with a JSON error (valid but odd ones may be a 200).
    targets = [b"/api/search?q=%", b"/api/search?q=%4", b"/api/search?q=%zz", b"/api/search?q=%00",
               b"/api/search?q=a%00b", b"/api/search?q%00=a", b"/api/search?q=a&q=b", b"/api/search?%=x",
               b"/api/search?limit=99999999999999999999", b"/api/search?offset=-1",
               b"/api/search?limit=1e3", b"/api/search?from=2020-02-30", b"/api/search?q=%22",
               b"/api/search?q=NEAR(", b"/api/search?q=a%20AND", b"/api/search?q=*",
               b"/api/entities/99999999999999999999999", b"/api/articles/-1", b"/api/articles/1%00",
               b"/api/search?" + b"&".join(b"p%d=1" % i for i in range(300)),
               b"/api/search?q=a\x00b", b"/api/search?q=a\x7fb", b"/api/%00", b"/api%2fsearch"]
    odd_but_valid = [b"/api/search?q=" + b"word%20" * 400, b"/api/search?q=%ff%fe%c0%af",
                     b"/api/search?&&&q=police&&", b"/api/search?q=" + b"a" * 3000,
                     b"/api/quotes?speaker=" + b"%e2%80%ae" * 100, b"/api/search?q=%F0%9F%92%A9"]
    for target in targets + odd_but_valid:
        answer = get(target)
        status = status_of(answer)
        body = json_body(answer)
        allowed = (200, 400, 404) if target in odd_but_valid else (400, 404)
        check(status in allowed, f"{target[:60]}: status {status}, expected one of {allowed}")
        check(isinstance(body, dict) and (status == 200 or "code" in body.get("error", {})),
              f"{target[:60]}: not a JSON error: {answer[:120]}")


def check_traversal():
    for target in [b"/../secret.txt", b"/%2e%2e/secret.txt", b"/assets/..%2f..%2fsecret.txt",
                   b"/%2E%2E%2Fsecret.txt", b"/assets/%2e%2e/%2e%2e/secret.txt", b"/leak.txt",
                   b"/..%5csecret.txt", b"/..\\secret.txt", b"//etc/passwd", b"/%00/secret.txt",
                   b"/%252e%252e/secret.txt", b"/..;/secret.txt", b"/./../secret.txt",
                   b"/assets/../../secret.txt", b"/%c0%ae%c0%ae/secret.txt", b"/api/../../secret.txt",
                   b"/....//secret.txt", b"/%2e%2e%2f%2e%2e%2fetc%2fpasswd", b"/assets%2f..%2f..%2fsecret.txt",
                   b"http://x/../secret.txt", b"/" + b"../" * 40 + b"etc/passwd", b"/..%00/secret.txt"]:
        answer = get(target)
        check(b"top secret" not in answer and b"root:" not in answer, f"traversal {target}: secret served")
        check(status_of(answer) in (200, 400, 404), f"traversal {target}: status {status_of(answer)}")


def check_slowloris(clients=100, drip_s=0.1, flood=False):
    """Clients dripping a header byte by byte are cut off by the read timeout (counted
    from the request's first byte), while a normal client gets answers. With `flood`, the
    clients drip without pause and nothing is asked beside: a read has often just ended
    when the timeout fires, and a timeout that only cancelled a pending read was lost. The
    header stays below --max-header-bytes, so that only the timeout cuts a client off; how
    late a flooding client is seen cut off is not checked (on a busy machine the flood
    starves this loop too)."""
    slow = []
    for _ in range(clients):
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.setblocking(False)
        slow.append(s)
    began = time.monotonic()
    drip = b"GET /api/stats HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * (MAX_HEADER_BYTES - 1000)
    sent, cut_at = [0] * clients, [None] * clients
    answered, slowest = 0, 0.0
    while any(t is None for t in cut_at) and time.monotonic() - began < READ_TIMEOUT_S * 3:
        for i, s in enumerate(slow):
            if cut_at[i] is not None or sent[i] == len(drip):
                continue
            try:
                sent[i] += s.send(drip[sent[i]:sent[i] + 1])
            except (BrokenPipeError, ConnectionResetError, BlockingIOError):
                pass
        readable, _, _ = select.select([s for i, s in enumerate(slow) if cut_at[i] is None], [], [], 0)
        for s in readable:
            i = slow.index(s)
            try:
                answer = s.recv(4096)
            except ConnectionResetError:
                answer = b""
            check(answer == b"" or status_of(answer) == 408, f"slow client cut off with {answer[:40]}")
            cut_at[i] = time.monotonic() - began
        if not flood:
            asked = time.monotonic()
            response, _ = request(port, "/api/search?q=police&limit=5")
            answered += response.status == 200
            slowest = max(slowest, time.monotonic() - asked)
        time.sleep(drip_s)
    for s in slow:
        s.close()
    cut = [t for t in cut_at if t is not None]
    check(len(cut) == clients, f"slowloris: {len(cut)} of {clients} clients cut off")
    check(flood or all(READ_TIMEOUT_S * 0.9 <= t <= READ_TIMEOUT_S * 2 for t in cut),
          f"slowloris: cut off after {min(cut, default=0):.2f}..{max(cut, default=0):.2f} s, "
          f"the read timeout is {READ_TIMEOUT_S} s")
    check(min(sent) >= 10, f"slowloris: each client sent its bytes one by one ({min(sent)} at least)")
    check(flood or (answered > 10 and slowest < 1.0),
          f"beside slowloris: {answered} requests answered, the slowest in {slowest:.2f} s")


def check_crowds(baseline_fds):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(max(soft, 4096), hard), hard))
    crowd = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(1000)]
    for s in crowd:
        s.sendall(b"GET /api/search?q=election&limit=3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    ok = 0
    for s in crowd:
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
        ok += status_of(b"".join(chunks)) == 200
        s.close()
    check(ok == 1000, f"1000 concurrent connections: {ok} answered 200")
    wait_for_fds(server.pid, baseline_fds, "after 1000 answered connections")

    idle = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(1000)]
    response, _ = request(port, "/api/stats")
    check(response.status == 200, "a request beside 1000 idle connections")
    for s in idle:
        s.close()
    wait_for_fds(server.pid, baseline_fds, "after 1000 idle connections closed")


try:
    db = os.path.join(work, "demo.db")
    subprocess.run([lede, "ingest", "--quiet", "--no-analyze", "--db", db,
                    os.path.join(source_dir, "data/demo/corpus")], check=True)
    web = os.path.join(work, "web")
    os.makedirs(os.path.join(web, "assets"))
    with open(os.path.join(web, "index.html"), "w") as f:
        f.write("<!doctype html><title>lede test ui</title>")
    with open(os.path.join(work, "secret.txt"), "w") as f:
        f.write("top secret")
    os.symlink(os.path.join(work, "secret.txt"), os.path.join(web, "leak.txt"))

    server, port = start(lede, db, "--web-dir", web, "--threads", "2", "--access-log", os.devnull,
                         "--read-timeout-ms", str(int(READ_TIMEOUT_S * 1000)),
                         "--max-header-bytes", str(MAX_HEADER_BYTES))
    baseline_fds, unchanged, rounds = 0, 0, 0
    while unchanged < 3:  # until the store connections the server opens lazily are all open
        warm = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(200)]
        # Concurrent requests, each a different search (one the response cache has not
        # seen, so it reads the store): a connection opens when both threads query at once.
        for i, s in enumerate(warm):
            s.sendall(f"GET /api/search?q=police&limit={i % 100 + 1}&offset={rounds} HTTP/1.1\r\n"
                      "Host: x\r\nConnection: close\r\n\r\n".encode())
        for s in warm:
            while s.recv(65536):
                pass
            s.close()
        fds = settled_fds(server.pid)
        unchanged = unchanged + 1 if fds == baseline_fds else 0
        rounds += 1
        baseline_fds = fds
    check_oversized()
    check_malformed_queries()
    check_traversal()
    check_slowloris()
    for _ in range(3):
        check_slowloris(clients=200, drip_s=0, flood=True)
    check_crowds(baseline_fds)
    check(server.poll() is None, "the server survived")
    stop(server, "the abuse")

    server, port = start(lede, db, "--max-connections", "20", "--access-log", os.devnull,
                         "--query-time-limit-ms", "1", "--cache-bytes", "0")
    check_error(port, "/api/search?limit=200", 503, "timeout", "time limit")
    held = []  # 20 kept-alive connections, each answered once, so surely accepted
    for _ in range(100):  # (a 503 while the server still counts the connection closed above)
        if len(held) == 20:
            break
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.sendall(b"GET /api/stats HTTP/1.1\r\nHost: x\r\n\r\n")
        if status_of(s.recv(65536)) == 200:
            held.append(s)
        else:
            s.close()
            time.sleep(0.1)
    check(len(held) == 20, f"{len(held)} connections held under --max-connections 20")
    answer = raw(port, b"GET /api/stats HTTP/1.1\r\nHost: x\r\n\r\n")
    check(status_of(answer) == 503 and json_body(answer)["error"]["code"] == "unavailable",
          f"beyond --max-connections: {answer[:60]}")
    for s in held:
        s.close()
    for _ in range(50):  # until the server has seen them closed
        response, _ = request(port, "/api/stats")
        if response.status == 200:
            break
        time.sleep(0.1)
    check(response.status == 200, "served again once connections closed")
    stop(server, "--max-connections")

    for host in ["0.0.0.0", "::", "192.0.2.1"]:
        refused = subprocess.run([lede, "serve", "--db", db, "--host", host, "--port", "0"],
                                 capture_output=True, text=True, timeout=10)
        check(refused.returncode == 2 and "--token" in refused.stderr,
              f"--host {host} without a token: exit {refused.returncode}, {refused.stderr}")
    proc = subprocess.Popen([lede, "serve", "--db", db, "--host", "0.0.0.0", "--port", "0", "--token", "t0k",
                             "--access-log", os.devnull], stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline()
    check("http://" in line, f"--host 0.0.0.0 with a token starts: {line}")
    proc.terminate()
    proc.wait(timeout=10)
    proc.stderr.close()
finally:
    serverlib.kill_all()
    shutil.rmtree(work, ignore_errors=True)

finish("server under abuse")
