#!/usr/bin/env python3
"""lede ingest's progress line: on a terminal (a pty) it shows documents/s, the
share of the input read and the time left; with --quiet, or when stderr is not a
terminal, nothing of it is written.

usage: progress_test.py LEDE SOURCE_DIR
"""
import os
import pty
import subprocess
import sys
import tempfile


def run(lede, corpus, db, terminal, quiet=False):
    """Runs lede ingest; returns what it wrote to stderr."""
    cmd = [lede, "ingest", "--no-analyze", "--batch-documents", "40", "--db", db, corpus]
    if quiet:
        cmd.insert(2, "--quiet")
    if not terminal:
        return subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True).stderr.decode()
    main, secondary = pty.openpty()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=secondary)
    os.close(secondary)
    out = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(main)
    assert proc.wait() == 0, out
    return out.decode()


def main():
    lede, source = sys.argv[1], sys.argv[2]
    corpus = os.path.join(source, "data", "demo", "corpus")
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        shown = run(lede, corpus, os.path.join(tmp, "a.db"), terminal=True)
        for part in ("docs/s", "% of ", "ETA ", " added", "\r\x1b[K"):
            if part not in shown:
                failures.append("on a terminal the progress line lacks %r: %r" % (part, shown[-300:]))
        piped = run(lede, corpus, os.path.join(tmp, "b.db"), terminal=False)
        if "docs/s" in piped or "\r" in piped:
            failures.append("stderr not a terminal, yet a progress line: %r" % piped)
        if "337 documents, 337 added" not in piped:
            failures.append("no summary when stderr is not a terminal: %r" % piped)
        quiet = run(lede, corpus, os.path.join(tmp, "c.db"), terminal=True, quiet=True)
        if quiet.strip():
            failures.append("--quiet on a terminal wrote %r" % quiet)
    for f in failures:
        print("FAIL:", f)
    print("progress: %d failures" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
