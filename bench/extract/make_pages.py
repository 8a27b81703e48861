#!/usr/bin/python3
"""Write the 491 benchmark news pages (dependency-bakeoff.md) gunzipped into OUT_DIR:
readability-pages/*/source.html plus the scrapinghub-aeb, fundus-eval and
newspaper4k-naeb HTML of the shared split. Prints the count and total size.
Usage: make_pages.py DATA_DIR OUT_DIR
"""
import glob, gzip, os, sys

data, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
sources = sorted(glob.glob(os.path.join(data, "readability-pages/test-pages/*/source.html.gz")))
for folder in ("scrapinghub-aeb/html", "fundus-eval/html", "newspaper4k-naeb/html"):
    sources += sorted(glob.glob(os.path.join(data, folder, "*.html.gz")))
total = 0
for i, src in enumerate(sources):
    parts = src.split(os.sep)
    name = parts[-2] if parts[-1] == "source.html.gz" else parts[-1][: -len(".html.gz")]
    page = gzip.decompress(open(src, "rb").read())
    total += len(page)
    with open(os.path.join(out, f"{i:03d}-{name[:40]}.html"), "wb") as f:
        f.write(page)
print(f"{len(sources)} pages, {total / 1e6:.1f} MB in {out}")
