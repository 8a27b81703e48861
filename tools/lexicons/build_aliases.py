#!/usr/bin/python3
"""Builds data/lexicons/aliases.tsv: names that denote the same organisation.

Each line is group<TAB>name; names sharing a group are aliases (matched case- and
accent-insensitively). Sources: OFAC SDN terrorism entities (public domain: names,
a.k.a., f.k.a., weak a.k.a.), PETRARCH2 Phoenix international and non-state actor
dictionaries (MIT: a primary entry and its '+' synonyms), the Phoenix agents
dictionary's generic institutions (MIT: "Congress", "Supreme Court", "University", each
with its irregular plurals), the listed companies of the international actors dictionary
(MIT: "Google", "Toyota", one name each), the parties of Party Facts (MIT: "Movimento 5
Stelle" = "Five Star Movement"), and a few seats of government ("White House") and news
agencies written for lede. Every name the
table holds is a known organisation: the place finder never reads one as a town
("Congress", Arizona; the "Supreme" of "Supreme Court", Louisiana). See
data/lexicons/NOTICE.txt.
Usage: tools/lexicons/build_aliases.py [SHARED_DIR] [OUT_FILE]
"""
import collections
import csv
import gzip
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared')
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'data', 'lexicons', 'aliases.tsv')
DATA = os.path.join(SHARED, 'data')
MIN_NAME_LENGTH = 2
MIN_PARTY_NAME_WORDS = 3
# Seats of government that news names for the government ("the White House said"); their
# names are also towns (White House, Tennessee), which the place finder then leaves alone.
GOVERNMENT_SEATS = [
    ['White House', 'The White House'], ['Kremlin', 'The Kremlin'], ['Pentagon', 'The Pentagon'],
    ['Élysée Palace', 'Elysee Palace', 'Élysée', 'Elysee'], ['Zhongnanhai'],
]
NEWS_AGENCIES = [
    ['Associated Press', 'AP', 'The Associated Press'],
    ['Agence France-Presse', 'AFP', 'Agence France Presse'],
    ['Reuters', 'Thomson Reuters'],
    ['Deutsche Presse-Agentur', 'dpa', 'DPA'],
    ['Xinhua', 'Xinhua News Agency'],
]


def ofac_groups():
    path = os.path.join(DATA, 'ofac-sdn-terrorism', 'ofac-sdn-terror-entities.tsv')
    with open(path, encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
            names = [row['name']]
            for alias in (row['aliases_type_name'] or '').split('|'):
                if ':' in alias:
                    names.append(alias.split(':', 1)[1])
            names += [w for w in (row['weak_aliases'] or '').split('|') if w]
            yield names


def phoenix_groups(filename):
    """A primary entry and the '+' synonyms after it form one group."""
    group = []
    with open(os.path.join(DATA, 'phoenix-petrarch2', filename), encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if not line or line.startswith('<'):
                continue
            name = line.lstrip('+').split('[', 1)[0].strip().rstrip('_').replace('_', ' ').strip()
            if not line.startswith('+'):
                if len(group) > 1:
                    yield group
                group = []
            if name:
                group.append(name)
    if len(group) > 1:
        yield group


def phoenix_listed_companies():
    """The international actors dictionary's companies with a market value ("GOOGLE_
    [MNCUSAMED] # Computer Software ... $115,000,000,000"), one name each: the place finder
    then keeps them organisations ("Google" is a variant name of Topeka, "Toyota" a city).
    Its other MNC entries include company spokesmen, so they are left out."""
    with open(os.path.join(DATA, 'phoenix-petrarch2', 'Phoenix.International.actors.txt'),
              encoding='utf-8') as f:
        for line in f:
            head, _, comment = line.partition('#')
            if re.search(r'\[MNC[A-Z]*\]', head) and re.search(r'\$\d', comment):
                name = head.split('[', 1)[0].strip().rstrip('_').replace('_', ' ').strip()
                if name:
                    yield [name]


def phoenix_agent_groups():
    """An agent and its irregular plurals ("COURT_OF_APPEALS {COURTS_OF_APPEALS}") form one
    group; agents written with a substitution set ("CONGRESS!PERSON!") are left out."""
    with open(os.path.join(DATA, 'phoenix-petrarch2', 'Phoenix.agents.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if not line or line.startswith('<') or '!' in line:
                continue
            head = line.split('[', 1)[0]
            names = [head.split('{', 1)[0]] + re.findall(r'\{([^}]*)\}', head)
            group = [n.strip().rstrip('_').replace('_', ' ').strip() for n in names]
            yield [n for n in group if n]


def fold(name):
    decomposed = unicodedata.normalize('NFKD', name)
    return ''.join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def is_party_name(name):
    """A name of MIN_PARTY_NAME_WORDS Latin-script words or more. Acronyms ("NPR", "FSB",
    "KSC") and shorter names ("National Coalition", "Labour") name other things too."""
    return len(name.split()) >= MIN_PARTY_NAME_WORDS and all(ord(c) < 0x250 for c in name)


# Towns this large or larger, and every country, division and region, keep their names
# from parties' names.
PLACE_MIN_POPULATION = 15000


def place_and_given_names():
    """The folded names of data/gazetteer/places.tsv.gz's countries, divisions, regions and
    towns of PLACE_MIN_POPULATION people or more, and of data/lexicons/given-names.tsv
    (tools/gazetteer/build_gazetteer.py and tools/lexicons/build_given_names.py make them)."""
    names = set()
    with gzip.open(os.path.join(ROOT, 'data', 'gazetteer', 'places.tsv.gz'), 'rt',
                   encoding='utf-8') as f:
        for row in csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
            if row[1] != 'city' or int(row[7] or 0) >= PLACE_MIN_POPULATION:
                names.update(fold(n) for n in row[9].split('|'))
    with open(os.path.join(ROOT, 'data', 'lexicons', 'given-names.tsv'), encoding='utf-8') as f:
        names.update(fold(line.split('\t')[0]) for line in f if not line.startswith('#'))
    return names


def party_groups(taken):
    """Party Facts core parties (MIT): a party's short name, name, English names and other
    spellings that is_party_name takes (three words or more) form one group ("Movimento 5
    Stelle" = "Five Star Movement"). A name two parties share ("Labour Party", "Democratic
    Party"), that the table already holds (`taken`,
    folded) or that names a place or a person (place_and_given_names: "USA", "DIANA") is
    left out, and so is a party left with fewer than two names."""
    path = os.path.join(DATA, 'political-parties', 'partyfacts-core-parties.csv.gz')
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        parties = [row for row in csv.DictReader(f) if not row['technical']]
    names_of = []
    for row in parties:
        names = [row['name_short']]
        for column in ('name', 'name_english', 'name_other'):
            names += (row[column] or '').split(' / ')
        # Other spellings may name their language first ("Scottish Gaelic: Pàrtaidh ...").
        names = [re.sub(r'^[A-Z][a-z]+(?: [A-Z][a-z]+)?: ', '', n.strip()) for n in names]
        names_of.append({n for n in names if is_party_name(n)})
    parties_named = collections.Counter(fold(n) for names in names_of for n in names)
    for names in names_of:
        group = sorted(n for n in names if parties_named[fold(n)] == 1 and fold(n) not in taken)
        if len(group) >= 2:
            yield group


def main():
    groups = list(ofac_groups())
    for filename in ('Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'):
        groups.extend(phoenix_groups(filename))
    groups.extend(phoenix_listed_companies())
    groups.extend(phoenix_agent_groups())
    groups.extend(GOVERNMENT_SEATS)
    groups.extend(NEWS_AGENCIES)
    groups.extend(party_groups({fold(n) for names in groups for n in names} |
                               place_and_given_names()))
    with open(OUT, 'w', encoding='utf-8') as f:
        for number, names in enumerate(groups):
            for name in dict.fromkeys(n.strip() for n in names):
                if len(name) >= MIN_NAME_LENGTH:
                    f.write(f'{number}\t{name}\n')
    print(len(groups), 'groups written to', OUT)


if __name__ == '__main__':
    main()
