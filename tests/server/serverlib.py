"""Helpers of the `lede serve` tests (server_e2e_test.py, server_abuse_test.py):
starting a server on a free loopback port, HTTP and raw-socket requests, and
checks that collect failures instead of stopping at the first."""
import http.client
import json
import re
import select
import socket
import subprocess
import sys

failures = []
started = []  # every server start() started, for kill_all()


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


def finish(name):
    """Exits 1 naming the number of failed checks, else prints that `name` passed."""
    if failures:
        print(f"{len(failures)} checks failed", file=sys.stderr)
        sys.exit(1)
    print(f"{name}: all checks passed")


def start(lede, db, *flags):
    """Starts `lede serve` over `db` on a free port; returns (process, port)."""
    proc = subprocess.Popen([lede, "serve", "--db", db, "--port", "0", *flags],
                            stderr=subprocess.PIPE, text=True)
    started.append(proc)
    line = proc.stderr.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        proc.kill()
        raise SystemExit(f"lede serve did not start: {line}{proc.stderr.read()}")
    return proc, int(match.group(1))


def request(port, target, method="GET", headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, target, headers=headers or {})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response, body


def get_json(port, target, status=200):
    response, body = request(port, target)
    check(response.status == status, f"{target}: status {response.status}, expected {status}: {body[:200]}")
    check(response.getheader("Content-Type") == "application/json; charset=utf-8",
          f"{target}: content type {response.getheader('Content-Type')}")
    return json.loads(body)


def raw(port, data, read_timeout=5):
    """Sends raw bytes, returns what the server answered until it closed."""
    with socket.create_connection(("127.0.0.1", port), timeout=read_timeout) as s:
        s.sendall(data)
        chunks = []
        try:
            while chunk := s.recv(65536):
                chunks.append(chunk)
        except (ConnectionResetError, socket.timeout):
            pass
    return b"".join(chunks)


def pending(sockets):
    """True when none of `sockets` has an answer (or a close) to read yet."""
    readable, _, _ = select.select(sockets, [], [], 0)
    return not readable


def status_of(answer):
    match = re.match(rb"HTTP/1\.1 (\d+)", answer)
    return int(match.group(1)) if match else None


def json_body(answer):
    """The JSON body of a raw HTTP answer, or None when it has none."""
    head, _, body = answer.partition(b"\r\n\r\n")
    try:
        return json.loads(body)
    except ValueError:
        return None


def check_error(port, target, status, code, named=None, method="GET"):
    response, body = request(port, target, method)
    check(response.status == status, f"{method} {target}: status {response.status}, expected {status}")
    error = json.loads(body).get("error", {})
    check(error.get("code") == code, f"{target}: error code {error.get('code')}, expected {code}")
    if named:
        check(named in error.get("message", ""), f"{target}: message {error.get('message')!r} lacks {named!r}")


def has_keys(obj, keys, what):
    missing = [k for k in keys if k not in obj]
    check(not missing, f"{what}: missing {missing}")


def stop(server, what):
    """SIGTERMs the server and checks that it exits 0 within 10 s."""
    server.terminate()
    try:
        check(server.wait(timeout=10) == 0, f"exit status after {what}")
    except subprocess.TimeoutExpired:
        server.kill()
        check(False, f"lede serve did not stop on SIGTERM after {what}")
    server.stderr.close()


def kill_all():
    """Kills the servers still running (a test that stopped early leaves none behind)."""
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

