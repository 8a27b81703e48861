#!/usr/bin/python3
"""Measures how near each way of placing a division (a state, a county) from its towns
comes to the gold points of the geoparsing sets, to choose the one build_gazetteer.py uses.

The shared GeoNames files give no point for first- and second-level divisions, only their
towns (cities500, with admin1 and admin2 codes). A division could sit at its largest
town, the mean or population-weighted mean or median of its towns, or the middle of the
box holding them (with the outermost towns left out or not). The gold toponyms that are
divisions are found by GeoNames id (admin1CodesASCII's ids: GeoWebNews, LGL, TR-News) or,
for counties, by LGL's ADM2 feature code with its name and state. Prints, per method, how
many gold mentions (and distinct divisions) lie within 161 km, per gold set.

Usage: tools/gazetteer/division_points.py [SHARED_DIR]
"""
import collections
import csv
import gzip
import json
import math
import os
import statistics
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared')
DATA = os.path.join(SHARED, 'data')
GOLD_SETS = ['geowebnews_shared.xml', 'lgl_shared.xml', 'trnews_shared.xml']
ACCURATE_KM = 161


def distance_km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (math.sin((lat2 - lat1) / 2) ** 2 +
         math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371 * math.asin(math.sqrt(min(1, h)))


def largest(towns):
    return max(towns, key=lambda t: t[2])[:2]


def mean(towns):
    return (statistics.fmean(t[0] for t in towns), statistics.fmean(t[1] for t in towns))


def population_mean(towns):
    weights = [t[2] + 1 for t in towns]
    return (statistics.fmean([t[0] for t in towns], weights),
            statistics.fmean([t[1] for t in towns], weights))


def median(towns):
    return (statistics.median(t[0] for t in towns), statistics.median(t[1] for t in towns))


def box_middle(cut_share):
    def middle(towns):
        lats, lons = sorted(t[0] for t in towns), sorted(t[1] for t in towns)
        cut = int(len(towns) * cut_share)
        return ((lats[cut] + lats[-1 - cut]) / 2, (lons[cut] + lons[-1 - cut]) / 2)
    return middle


METHODS = {'largest town': largest, 'mean': mean, 'population mean': population_mean,
           'median': median, 'box, all towns': box_middle(0),
           'box, 1% cut (used)': box_middle(0.01), 'box, 2% cut': box_middle(0.02),
           'box, 5% cut': box_middle(0.05)}


def read_divisions():
    admin1, admin1_by_id = {}, {}
    with open(os.path.join(DATA, 'geonames', 'admin1CodesASCII.tsv'), encoding='utf-8') as f:
        for row in csv.reader(f, delimiter='\t'):
            if row and not row[0].startswith('#'):
                admin1[row[0]] = row[1]
                admin1_by_id[int(row[3])] = row[0]
    with gzip.open(os.path.join(DATA, 'geonames', 'admin2.json.gz'), 'rt', encoding='utf-8') as f:
        admin2 = {r['code']: r['name'] for r in json.load(f) if r.get('name')}
    return admin1, admin1_by_id, admin2


def read_towns():
    """Division code ('CC.A1' and 'CC.A1.A2') -> [(lat, lon, population)] of its towns."""
    towns = collections.defaultdict(list)
    with gzip.open(os.path.join(DATA, 'geonames', 'cities500.txt.gz'), 'rt', encoding='utf-8') as f:
        for row in csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
            town = (float(row[4]), float(row[5]), int(row[14] or 0))
            if row[10]:
                towns[row[8] + '.' + row[10]].append(town)
                if row[11]:
                    towns[row[8] + '.' + row[10] + '.' + row[11]].append(town)
    return towns


def gold_divisions(admin1, admin1_by_id, admin2):
    """[(gold set, division code, (lat, lon))] for the gold toponyms that are divisions."""
    counties = collections.defaultdict(list)
    for code, name in admin2.items():
        counties[name].append(code)
    out = []
    for gold_set in GOLD_SETS:
        root = ET.parse(os.path.join(DATA, 'geoparsing_news', gold_set)).getroot()
        for toponym in root.iter('toponym'):
            tag = toponym.find('gaztag')
            if tag is not None:
                point = (float(tag.findtext('lat')), float(tag.findtext('lon')))
                geonames_id = int(tag.get('geonameid'))
                if geonames_id in admin1_by_id:
                    out.append((gold_set, admin1_by_id[geonames_id], point))
                elif tag.findtext('fcode') == 'ADM2':
                    state = tag.findtext('admin1')
                    codes = [c for c in counties.get(tag.findtext('name'), [])
                             if admin1.get(c.rsplit('.', 1)[0]) == state]
                    if len(codes) == 1:
                        out.append((gold_set, codes[0], point))
            else:
                geonames_id = (toponym.findtext('geonamesID') or '').strip()
                if geonames_id.isdigit() and int(geonames_id) in admin1_by_id and toponym.findtext('latitude'):
                    point = (float(toponym.findtext('latitude')), float(toponym.findtext('longitude')))
                    out.append((gold_set, admin1_by_id[int(geonames_id)], point))
    return out


def main():
    admin1, admin1_by_id, admin2 = read_divisions()
    towns = read_towns()
    gold = [g for g in gold_divisions(admin1, admin1_by_id, admin2) if towns.get(g[1])]
    for level, is_level in [('states and provinces', lambda c: c.count('.') == 1),
                            ('counties', lambda c: c.count('.') == 2)]:
        mentions = [g for g in gold if is_level(g[1])]
        distinct = {code: point for _, code, point in mentions}
        print(f'{level}: {len(mentions)} gold mentions, {len(distinct)} distinct divisions')
        for name, place in METHODS.items():
            points = {code: place(towns[code]) for code in distinct}
            near = collections.Counter(s for s, code, point in mentions
                                       if distance_km(points[code], point) <= ACCURATE_KM)
            near_distinct = sum(distance_km(points[c], p) <= ACCURATE_KM for c, p in distinct.items())
            per_set = '  '.join(f'{s.split("_")[0]} {near[s]}/{sum(m[0] == s for m in mentions)}'
                                for s in GOLD_SETS)
            print(f'  {name:20s} mentions {sum(near.values())}/{len(mentions)}  '
                  f'distinct {near_distinct}/{len(distinct)}  {per_set}')


if __name__ == '__main__':
    main()
