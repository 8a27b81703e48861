#!/usr/bin/python3
"""readability-lxml (Debian's python3-readability) over a list of HTML files: the
peer of `lede extract` in bench/extract/run.sh.
Usage: readability_lxml_bench.py LIST_FILE
Prints "pages=N bytes=B empty=E errors=X seconds=S" for the files in LIST_FILE.
"""
import sys, time

import lxml.html
from readability import Document

files = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if l]
size = empty = errors = 0
start = time.perf_counter()
for path in files:
    data = open(path, "rb").read()
    size += len(data)
    try:
        summary = Document(data).summary(html_partial=True)
        if not lxml.html.fromstring(summary).text_content().strip():
            empty += 1
    except Exception:
        errors += 1
seconds = time.perf_counter() - start
print(f"pages={len(files)} bytes={size} empty={empty} errors={errors} seconds={seconds:.3f}")
