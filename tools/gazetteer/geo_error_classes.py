#!/usr/bin/python3
"""Sorts the toponyms `lede eval geo --errors` places over 161 km away into classes, with
the gazetteer's candidates for each name (docs/knowledge-eval.md, "The errors left").

A "wrong" line is
  span                 the predicted mention is not the gold toponym ("California" of
                       "California State University");
  no candidate near    no place of the mention's name lies within 161 km of the gold point:
                       split by the predicted place's kind (a country or region point, a
                       state point, else a feature the gazetteer lacks);
  state/country vs town  a place near the gold point is a state or country and lede chose a
                       town, or the reverse;
  namesake US / abroad a same-name place near the gold point was not chosen (both in the US,
                       or not).

Usage: lede eval geo --errors > errors.tsv; tools/gazetteer/geo_error_classes.py errors.tsv [GAZETTEER_DIR]
"""
import collections
import gzip
import os
import sys
import unicodedata

from division_points import distance_km  # this folder's

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ACCURATE_KM = 161
DIVISION_CODES = ('PCLI', 'ADM1')
REGION_CODES = ('PCLI', 'RGN', 'CONT')


def fold(name):
    decomposed = unicodedata.normalize('NFKD', name)
    return ''.join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace('.', '')


def read_places(gazetteer_dir):
    """Folded name -> [(country, lat, lon, feature code)] of the places it names."""
    places = collections.defaultdict(list)
    with gzip.open(os.path.join(gazetteer_dir, 'places.tsv.gz'), 'rt', encoding='utf-8') as f:
        for line in f:
            row = line.rstrip('\n').split('\t')
            place = (row[3], float(row[5]), float(row[6]), row[8])
            for name in set(row[9].split('|')) | {row[2]}:
                places[fold(name)].append(place)
    return places


def error_class(toponym, gold, mention, predicted, places):
    if fold(mention) != fold(toponym):
        return 'span'
    near = [p for p in places.get(fold(mention), []) if distance_km(p[1:3], gold) <= ACCURATE_KM]
    predicted_country, predicted_code = predicted.split()[-2:]
    if not near:
        if predicted_code in REGION_CODES:
            return 'no candidate near: country or region point'
        return 'no candidate near: state point' if predicted_code == 'ADM1' else \
            'no candidate near: not in gazetteer'
    if (predicted_code in DIVISION_CODES) != any(p[3] in DIVISION_CODES for p in near):
        return 'state/country vs town'
    both_us = predicted_country == 'US' and any(p[0] == 'US' for p in near)
    return 'namesake US' if both_us else 'namesake abroad'


def main():
    gazetteer_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'data', 'gazetteer')
    places = read_places(gazetteer_dir)
    counts, examples = collections.Counter(), collections.defaultdict(collections.Counter)
    with open(sys.argv[1], encoding='utf-8') as f:
        for line in f:
            fields = line.rstrip('\n').split('\t')
            if len(fields) < 9 or fields[2] != 'wrong':
                continue
            gold_set, _, _, toponym, gold, mention, predicted = fields[:7]
            gold_point = tuple(map(float, gold.split(',')))
            kind = error_class(toponym, gold_point, mention, predicted, places)
            counts[kind, gold_set.split('_')[0]] += 1
            examples[kind][toponym] += 1
    sets = sorted({s for _, s in counts})
    for kind in sorted(examples):
        per_set = '  '.join(f'{s} {counts[kind, s]}' for s in sets)
        top = ', '.join(f'{name} {n}' for name, n in examples[kind].most_common(10))
        print(f'{kind}\t{per_set}\t{top}')
    print(f'all\t{sum(counts.values())}')


if __name__ == '__main__':
    main()
