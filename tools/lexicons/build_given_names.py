#!/usr/bin/python3
"""Builds data/lexicons/given-names.tsv: given names whose gender the sources agree on.

Each line is name<TAB>F or name<TAB>M, sorted. lede uses it only to make a pronoun agree
with the person it stands for ("Maria Lopez met John Brown ... she said" is Maria Lopez's
quote); it outputs no gender. Sources: the Wikidata given-name lists of the npm package
wikidata-person-names (package MIT, Wikidata labels CC0: Q12308941 male given name,
Q11879590 female given name, Q3409032 unisex given name) and compromise's lexicon
(MIT: MaleName, FemaleName). A name that any source gives both genders, or calls unisex,
is left out. See data/lexicons/NOTICE.txt.
Usage: tools/lexicons/build_given_names.py [SHARED_DIR] [OUT_FILE]
"""
import collections
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared')
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'data', 'lexicons',
                                                         'given-names.tsv')
DATA = os.path.join(SHARED, 'data')
MIN_NAME_LENGTH = 2


def read_list(path):
    with open(path, encoding='utf-8') as f:
        return [line.strip() for line in f if line.strip()]


def wikidata_names():
    """(name, gender) pairs; gender 'U' for unisex."""
    folder = os.path.join(DATA, 'person-names')
    for filename, gender in (('wikidata-female.txt', 'F'), ('wikidata-male.txt', 'M'),
                             ('wikidata-unisex.txt', 'U')):
        for name in read_list(os.path.join(folder, filename)):
            yield name, gender


def compromise_names():
    tags = {'FemaleName': 'F', 'MaleName': 'M'}
    with open(os.path.join(DATA, 'compromise-lexicon', 'compromise-lexicon.tsv'),
              encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            if row['tag'] in tags:
                yield row['term'].title(), tags[row['tag']]


def main():
    genders = collections.defaultdict(set)
    spelling = {}
    for name, gender in list(wikidata_names()) + list(compromise_names()):
        if len(name) < MIN_NAME_LENGTH or ' ' in name:
            continue
        key = name.lower()
        genders[key].add(gender)
        spelling.setdefault(key, name)  # Wikidata's spelling first ("McKenzie")
    rows = sorted((spelling[k], g.pop()) for k, g in genders.items() if len(g) == 1 and 'U' not in g)
    with open(OUT, 'w', encoding='utf-8') as f:
        for name, gender in rows:
            f.write(f'{name}\t{gender}\n')
    print(len(rows), 'names written to', OUT)


if __name__ == '__main__':
    main()
