#!/usr/bin/env python3
"""Builds the NER tagger's gazetteer lists from ../shared/data.

Writes models/ner/gazetteers/<source>.tsv.gz, one "CATEGORY<TAB>NAME" line per
name, one file per source so each keeps its own licence (see NOTICE.md there).
The tagger uses them as features only: a match says "this span is listed as a
place / given name / organisation ...", the weights decide what that is worth.
Deterministic: sorted output, gzip mtime 0.

Usage: /usr/bin/python3 tools/ner/build_gazetteers.py [--data ../shared/data] [--out models/ner/gazetteers]
"""
import argparse
import csv
import gzip
import io
import json
import os
import re

MAX_TOKENS = 6  # NerGazetteer::kMaxNameTokens


def opener(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8-sig")


def keep(name):
    name = " ".join(name.replace("\t", " ").split())
    if not name or not re.search(r"[^\W\d_]", name) or len(name.split()) > MAX_TOKENS:
        return None
    return name


def write(out_dir, source, entries):
    rows = sorted({(c, n) for c, n in ((c, keep(n)) for c, n in entries) if n})
    path = os.path.join(out_dir, source + ".tsv.gz")
    with open(path, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            gz.write("".join(f"{c}\t{n}\n" for c, n in rows).encode("utf-8"))
    print(f"{path}: {len(rows)} names")


def geonames(data):
    d = os.path.join(data, "geonames")
    with opener(os.path.join(d, "cities15000.txt.gz")) as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield "location", row[1]
            yield "location", row[2]
            for alt in row[3].split(","):
                if alt.isascii() and alt[:1].isupper():
                    yield "location", alt
    with opener(os.path.join(d, "admin1CodesASCII.tsv")) as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and not row[0].startswith("#"):
                yield "location", row[1]
                yield "location", row[2]
    with opener(os.path.join(d, "countryInfo.tsv")) as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and not row[0].startswith("#"):
                yield "country", row[4]
                yield "location", row[5]


def countries(data):
    d = os.path.join(data, "countries")
    with opener(os.path.join(d, "i18n-iso-countries", "en.json")) as f:
        for names in json.load(f)["countries"].values():
            for n in names if isinstance(names, list) else [names]:
                if len(n) > 3:  # "US", "USA" are left to the model
                    yield "country", n
    with opener(os.path.join(d, "i18n-nationality", "en.json")) as f:
        for n in json.load(f)["nationalities"].values():
            yield "demonym", n
    with opener(os.path.join(d, "mordecai.nat_df.csv")) as f:
        for row in csv.DictReader(f):
            yield "demonym", row["nationality"]


def person_names(data):
    d = os.path.join(data, "person-names")
    for name in ("male", "female", "unisex"):
        with opener(os.path.join(d, f"wikidata-{name}.txt")) as f:
            yield from (("first_name", line.strip()) for line in f)
    with opener(os.path.join(d, "wikidata-family.txt")) as f:
        yield from (("last_name", line.strip()) for line in f)
    with opener(os.path.join(d, "humannames.txt.gz")) as f:
        yield from (("name_weak", line.strip()) for line in f if len(line.strip()) > 2)


def petrarch_entries(path):
    """(name, codes) of primary entries and their + synonyms."""
    names, codes = [], []
    def flush():
        for n in names:
            yield n, " ".join(codes)
    with opener(path) as f:
        for line in f:
            body = line.split("#", 1)[0].rstrip()
            if not body.strip():
                continue
            if body[0] in " \t":
                codes.append(body.strip())
            elif body.startswith("+"):
                names.append(body[1:].split("[")[0].strip())
                codes.append(body.partition("[")[2])
            else:
                yield from flush()
                names, codes = [body.split("[")[0].strip()], [body.partition("[")[2]]
    yield from flush()


def petrarch_name(raw):
    return raw.strip("_").replace("_", " ") if raw else ""


def petrarch(data):
    d = os.path.join(data, "phoenix-petrarch2")
    for path, category in (("Phoenix.International.actors.txt", "organization"),
                           ("Phoenix.MilNonState.actors.txt", "organization")):
        for raw, codes in petrarch_entries(os.path.join(d, path)):
            name = petrarch_name(raw)
            if "ELI" in codes and len(name.split()) >= 2:
                yield "person", name
            elif len(name) > 3:
                yield category, name
    for raw, codes in petrarch_entries(os.path.join(d, "Phoenix.Countries.actors.txt.gz")):
        name = petrarch_name(raw)
        if len(name.split()) >= 2 and ("ELI" in codes or re.search(r"\d{6}", codes)):
            yield "person", name


def ofac(data):
    d = os.path.join(data, "ofac-sdn-terrorism")
    with opener(os.path.join(d, "ofac-sdn-terror-entities.tsv")) as f:
        for row in csv.DictReader(f, delimiter="\t"):
            yield "organization", row["name"]
            for alias in filter(None, row["aliases_type_name"].split("|")):
                yield "organization", alias.partition(":")[2]
    with opener(os.path.join(d, "ofac-sdn-terror-individuals.tsv")) as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for name in [row["name"]] + [a.partition(":")[2] for a in row["aliases_type_name"].split("|") if a]:
                surname, _, given = name.partition(", ")
                yield "person", f"{given} {surname}".strip()


def parties(data):
    with opener(os.path.join(data, "political-parties", "partyfacts-core-parties.csv.gz")) as f:
        for row in csv.DictReader(f):
            if row["technical"]:
                continue
            for field in ("name", "name_english"):
                for n in row[field].split(" / "):
                    yield "organization", n
            if len(row["name_short"]) > 1:
                yield "party_short", row["name_short"]


def news_outlets(data):
    with opener(os.path.join(data, "news-outlets", "freebie-websources.csv")) as f:
        for row in csv.DictReader(f):
            yield "organization", row["name"]


def gate(data):
    d = os.path.join(data, "gate-annie-gazetteer")
    lists = {"title": ["title.lst", "title_male.lst", "title_female.lst", "title_mil.lst", "title_pol.lst"],
             "jobtitle": ["jobtitles.lst"],
             "org_key": ["org_key.lst", "org_ending.lst", "org_base.lst"],
             "loc_key": ["loc_key.lst", "loc_generalkey.lst", "loc_prekey.lst"],
             "first_name": ["person_first.lst", "person_male.lst", "person_female.lst"]}
    for category, files in lists.items():
        for name in files:
            with open(os.path.join(d, name), encoding="utf-8", errors="replace") as f:
                for line in f:
                    yield category, line.strip().split(":", 1)[0] if ":" in line.strip()[1:] else line.strip()


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.join(root, "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(root, "models", "ner", "gazetteers"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for source, build in (("geonames", geonames), ("countries", countries), ("person-names", person_names),
                          ("phoenix-petrarch2", petrarch), ("ofac-sdn", ofac), ("political-parties", parties),
                          ("news-outlets", news_outlets), ("gate-annie-LGPL", gate)):
        write(args.out, source, build(args.data))


if __name__ == "__main__":
    main()
