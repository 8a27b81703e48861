#!/usr/bin/env python3
"""`lede eval geo --outlets [--earlier]`: an outlet's other articles decide a namesake its
article's text does not, and only for that outlet.

Usage: outlet_homes_test.py LEDE
Writes a small LGL-style gold file: a richmondregister.com article that names only "Richmond"
(gold: Richmond, Kentucky), two from the same host that name Kentucky towns, the Richmond
story again from that host, and the same text from another host (gold: Richmond, Virginia).
From the text alone both Kentucky Richmonds are wrong; with --outlets (the host's other
articles) both are right; with --outlets --earlier (the host's articles before it) the first
has no home yet and stays wrong. The other host's Richmond stays in Virginia throughout.
"""
import re, subprocess, sys, tempfile
from xml.sax.saxutils import escape

KENTUCKY = (37.748, -84.295)  # Richmond, Kentucky
VIRGINIA = (37.554, -77.460)  # Richmond, Virginia
STORY = "Council members in Richmond voted on Monday to widen the main road."
ARTICLES = [
    ("https://www.richmondregister.com/news/0", STORY, [("Richmond",) + KENTUCKY]),
    ("https://www.richmondregister.com/news/1",
     "Berea police said the man drove from Lexington to Berea, Kentucky, on Monday.",
     [("Berea", 37.569, -84.296), ("Lexington", 37.989, -84.478)]),
    ("https://www.richmondregister.com/news/2",
     "The Madison County fiscal court met in Berea on Tuesday, and Lexington sent two officials.",
     [("Madison County", 37.720, -84.280), ("Lexington", 37.989, -84.478)]),
    ("https://www.richmondregister.com/news/3", STORY, [("Richmond",) + KENTUCKY]),
    ("https://www.richmond-times.com/news/3", STORY, [("Richmond",) + VIRGINIA]),
]


def gold_file():
    parts = ["<articles>"]
    for url, text, toponyms in ARTICLES:
        parts.append(f"<article><url>{escape(url)}</url><text>{escape(text)}</text><toponyms>")
        for name, lat, lon in toponyms:
            start = text.index(name)
            parts.append(f"<toponym><start>{start}</start><end>{start + len(name)}</end><phrase>{name}</phrase>"
                         f"<gaztag><lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym>")
        parts.append("</toponyms></article>")
    parts.append("</articles>")
    path = tempfile.mkdtemp() + "/outlets.xml"
    open(path, "w", encoding="utf-8").write("".join(parts))
    return path


def wrong(lede, path, *flags):
    """The toponyms `lede eval geo` places over 161 km away: [(article, toponym)]."""
    out = subprocess.run([lede, "eval", "geo", "--errors", *flags, path], capture_output=True, text=True,
                         timeout=600)
    if out.returncode != 0:
        sys.exit(f"FAIL: lede eval geo {flags} exited {out.returncode}: {out.stderr}")
    return [(int(f[1]), f[3]) for f in (l.split("\t") for l in out.stdout.splitlines()) if len(f) > 3 and f[2] == "wrong"]


def main():
    lede = sys.argv[1]
    path = gold_file()
    for flags, expected in [((), [(0, "Richmond"), (3, "Richmond")]),
                            (("--outlets",), []),
                            (("--outlets", "--earlier"), [(0, "Richmond")])]:
        got = wrong(lede, path, *flags)
        if got != expected:
            sys.exit(f"FAIL: lede eval geo {' '.join(flags)}: expected {expected} wrong, got {got}")
        print(f"ok {' '.join(flags) or 'text only'}: {len(got)} wrong")


main()
