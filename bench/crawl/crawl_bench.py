#!/usr/bin/python3
"""bench/crawl: is a crawl bounded by the politeness settings, or by lede?

Starts the fixture site (tests/crawl/fixture_server.py) on HOSTS ports (one
"host" each), each with a feed of ITEMS / HOSTS articles, and runs
`lede crawl --once --delay D` over the HOSTS feeds. Politeness alone needs at
least D x (requests per host) seconds (robots.txt + feed + its articles, one
request at a time per host, D apart); the report puts the wall time next to
that bound, and lede's own CPU time next to both.

Usage: bench/crawl/crawl_bench.py [--lede build/lede] [--items 1000] [--hosts 4] [--delay 0.05 ...]
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def run(lede, items, hosts, delay, file_seconds, work):
    tag = "%s-%s" % (delay, file_seconds)
    log, ports_file = os.path.join(work, "log-" + tag), os.path.join(work, "ports-" + tag)
    server = subprocess.Popen([sys.executable, os.path.join(REPO, "tests/crawl/fixture_server.py"), "--repo", REPO,
                               "--shared", os.path.join(REPO, "../shared"), "--log", log, "--port-file", ports_file,
                               "--bench-items", str(items), "--hosts", str(hosts)])
    try:
        while not os.path.exists(ports_file):
            time.sleep(0.05)
        ports = [int(p) for p in open(ports_file).read().split()]
        feeds = os.path.join(work, "feeds-" + tag)
        with open(feeds, "w") as f:
            for i, port in enumerate(ports):
                f.write("http://127.0.0.1:%d/bench/feed-%d\n" % (port, i))
        db, warc = os.path.join(work, "bench-%s.db" % tag), os.path.join(work, "warc-" + tag)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        proc = subprocess.run([lede, "crawl", "--once", "--db", db, "--warc-dir", warc, "--delay", str(delay),
                               "--connections", str(hosts), "--warc-file-seconds", str(file_seconds), feeds], capture_output=True, text=True)
        wall = time.monotonic() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            sys.exit("lede crawl failed:\n" + proc.stderr)
        times = sorted(json.loads(line)["t"] for line in open(log))
        requests, fetching = len(times), times[-1] - times[0]
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        per_host = requests / hosts
        bound = delay * (per_host - 1)
        return wall, fetching, cpu, requests, bound, proc.stderr.strip().splitlines()[-1]
    finally:
        server.terminate()
        server.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lede", default=os.path.join(REPO, "build/lede"))
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=4)
    parser.add_argument("--delay", type=float, nargs="+", default=[0.05, 0.1])
    parser.add_argument("--warc-file-seconds", type=int, nargs="+", default=[0, 5],
                        help="WARC rotation ages to compare (0: one file, ingested after the fetch)")
    args = parser.parse_args()
    print("crawl of %d feed items on %d hosts (fixture site on 127.0.0.1), lede crawl --once:" %
          (args.items, args.hosts))
    print("%8s %7s %9s %12s %10s %14s %8s %10s %12s" % (
        "delay s", "file s", "requests", "politeness s", "fetching s", "fetching/bound", "wall s", "wall/bound",
        "lede CPU s"))
    with tempfile.TemporaryDirectory(prefix="lede-crawl-bench-") as work:
        for delay in args.delay:
            for file_seconds in args.warc_file_seconds:
                wall, fetching, cpu, requests, bound, summary = run(args.lede, args.items, args.hosts, delay,
                                                                    file_seconds, work)
                print("%8.3f %7d %9d %12.2f %10.2f %14.2f %8.2f %10.2f %12.2f" % (
                    delay, file_seconds, requests, bound, fetching, fetching / bound, wall, wall / bound, cpu))
                print("         " + summary)
    print("politeness s = delay x (requests per host - 1): the least any polite crawler needs.\n"
          "fetching s = first to last request the server saw; fetching/bound near 1: the fetch is paced by\n"
          "the politeness delay, not by lede. wall s adds start-up and the ingest (extraction + analysis)\n"
          "of each closed WARC file, which runs beside the fetching once files rotate (file s);\n"
          "lede CPU s is all of lede's work.")


if __name__ == "__main__":
    main()
