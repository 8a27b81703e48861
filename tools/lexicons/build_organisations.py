#!/usr/bin/python3
"""Builds data/lexicons/organisations.txt and organisations-gate.txt: names of companies
and news outlets that are no person's ("Twitter", "Facebook", "Al Jazeera").

One name per line, sorted. lede types a PERSON the tagger found as an organisation when
every mention of it is such a name (entities.h: RetypeKnownOrganisations). Sources:
organisations.txt: the news outlets of freebie (MIT), the listed companies of the PETRARCH2
Phoenix international actors dictionary (MIT) and the news agencies of
tools/lexicons/build_aliases.py; organisations-gate.txt, kept apart for its licence: the
company, newspaper and TV company lists of GATE ANNIE (LGPL-3.0). A name that is also a
person's is left out: one word that the person-name lists hold ("Ford", "Dell", "Disney"),
or two words both of which they hold ("Dale Lang"); the lists (humannames, MIT; Wikidata
given and family names, CC0) only decide, none of their names is written out. See
data/lexicons/NOTICE.txt.
Usage: tools/lexicons/build_organisations.py [SHARED_DIR] [OUT_DIR]
"""
import csv
import gzip
import os
import re
import sys

from build_aliases import NEWS_AGENCIES, fold, phoenix_listed_companies

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared')
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'data', 'lexicons')
DATA = os.path.join(SHARED, 'data')
GATE_LISTS = ('company.lst', 'newspapers.lst', 'tvcompany.lst')


def person_names():
    """The folded names of the person-name lists."""
    folder = os.path.join(DATA, 'person-names')
    with gzip.open(os.path.join(folder, 'humannames.txt.gz'), 'rt', encoding='utf-8') as f:
        names = {fold(line.strip()) for line in f}
    for name in ('family', 'male', 'female', 'unisex'):
        with open(os.path.join(folder, f'wikidata-{name}.txt'), encoding='utf-8') as f:
            names.update(fold(line.strip()) for line in f)
    return names


def is_person_name(name, persons):
    """A name that opens with "The" is no person's ("The Guardian"; humannames holds "The")."""
    words = [fold(w) for w in name.split()]
    if words[0] == 'the':
        return False
    return (len(words) == 1 and words[0] in persons) or (
        len(words) == 2 and all(w in persons for w in words))


def outlets():
    """freebie's outlets, without the language after the name ("Al Jazeera (en)")."""
    with open(os.path.join(DATA, 'news-outlets', 'freebie-websources.csv'), encoding='utf-8') as f:
        for row in csv.DictReader(f):
            yield re.sub(r'\s*\([^)]*\)$', '', row['name'])


def gate_names():
    for name in GATE_LISTS:
        with open(os.path.join(DATA, 'gate-annie-gazetteer', name), encoding='utf-8') as f:
            yield from (line.strip() for line in f)


def write(names, persons, filename):
    kept = sorted({n for n in names if n[:1].isupper() and not is_person_name(n, persons)})
    with open(os.path.join(OUT, filename), 'w', encoding='utf-8') as f:
        f.writelines(n + '\n' for n in kept)
    print(len(kept), 'names written to', os.path.join(OUT, filename))


def main():
    persons = person_names()
    mit = list(outlets()) + [n for names in phoenix_listed_companies() for n in names]
    mit += [n for names in NEWS_AGENCIES for n in names]
    write(mit, persons, 'organisations.txt')
    write(gate_names(), persons, 'organisations-gate.txt')


if __name__ == '__main__':
    main()
