#!/usr/bin/env python3
"""`lede eval geo` and `lede eval quotes` agree with the reference scorers in ../shared/eval.

Usage: scorer_agreement_test.py LEDE SHARED_DIR
On a sample (the first articles of GeoWebNews and LGL; the first PolNeAR articles) runs the
reference scorer over `lede analyze --as-is` and lede's in-process scorer, and requires the same
counts and ratios.
"""
import os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

GEO_ARTICLES = 12     # per geo file
QUOTE_ARTICLES = 30   # PolNeAR text files


def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if out.returncode != 0:
        sys.exit(f"FAIL: {' '.join(cmd)} exited {out.returncode}: {out.stderr}")
    return out.stdout


def numbers(line):
    return dict(re.findall(r"(\w+)=([\d.]+)", line))


def sample_geo_files(data, tmp):
    paths = []
    for name in ("geowebnews_shared.xml", "lgl_shared.xml"):
        root = ET.parse(os.path.join(data, "geoparsing_news", name)).getroot()
        for art in list(root)[GEO_ARTICLES:]:
            root.remove(art)
        path = os.path.join(tmp, name)
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
        paths.append(path)
    return paths


def check(what, reference, lede):
    ref, got = numbers(reference), numbers(lede)
    if not ref or ref != {k: got.get(k) for k in ref}:
        sys.exit(f"FAIL {what}: reference {reference.strip()!r}, lede {lede.strip()!r}")
    print(f"ok {what}: {reference.strip()}")


def main():
    lede, shared = sys.argv[1], sys.argv[2]
    data, scorers = os.path.join(shared, "data"), os.path.join(shared, "eval")
    tmp = tempfile.mkdtemp()
    geo = sample_geo_files(data, tmp)
    reference = run([sys.executable, os.path.join(scorers, "geo_eval.py"), lede] + geo)
    ours = next(l for l in run([lede, "eval", "geo"] + geo).splitlines() if l.startswith("all:"))
    check("geo", reference, ours)
    polnear = os.path.join(data, "polnear")
    reference = run([sys.executable, os.path.join(scorers, "quote_eval.py"), lede, polnear, str(QUOTE_ARTICLES)])
    ours = run([lede, "eval", "quotes", polnear, "--max-articles", str(QUOTE_ARTICLES)]).splitlines()[0]
    check("quotes", reference, ours)


main()
