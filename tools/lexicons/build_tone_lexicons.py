#!/usr/bin/python3
"""Builds data/lexicons/tone/ (what lede's tone scorer loads) from ../shared/data.

  valence.tsv      word<TAB>valence (-4..+4): VADER's mean human rating; words only in
                   AFINN-165 get AFINN's score times 0.8 (AFINN's -5..+5 onto VADER's scale).
  modifiers.tsv    word<TAB>negation|booster<TAB>value: VADER's negations and boosters.
  activity.tsv     one word form per line: the CAMEO verbs (Phoenix/PETRARCH2) and their
                   inflections, the "activity" words of GKG's Activity Reference Density.
Sources: VADER lexicon and rules (MIT, C.J. Hutto), AFINN-165 (Apache-2.0, F. Å. Nielsen),
PETRARCH2 CAMEO verb dictionary (MIT, Open Event Data). See data/lexicons/NOTICE.txt.
Usage: tools/lexicons/build_tone_lexicons.py [SHARED_DIR] [OUT_DIR]
"""
import os
import sys

from english import inflections

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared')
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'data', 'lexicons', 'tone')
LEXICONS = os.path.join(SHARED, 'data', 'sentiment-lexicons')
AFINN_TO_VADER = 0.8


def read_tsv(path, skip_header=False):
    with open(path, encoding='utf-8') as f:
        rows = [line.rstrip('\n').split('\t') for line in f if line.strip()]
    return rows[1:] if skip_header else rows


def is_word(term):
    return any(ch.isalpha() for ch in term)


def valences():
    out = {}
    for row in read_tsv(os.path.join(LEXICONS, 'vader_lexicon.txt')):
        if is_word(row[0]):
            out[row[0].lower()] = float(row[1])
    for term, score in read_tsv(os.path.join(LEXICONS, 'AFINN-en-165.txt')):
        if is_word(term) and ' ' not in term:
            out.setdefault(term.lower(), round(int(score) * AFINN_TO_VADER, 2))
    return out


def activity_words():
    words = set()
    path = os.path.join(SHARED, 'data', 'phoenix-petrarch2', 'cameo-verb-lemmas.tsv')
    for row in read_tsv(path, skip_header=True):
        lemma = row[0].lower()
        if '_' in lemma or not lemma.isalpha():
            continue
        words.update(inflections(lemma))
        words.update(row[1].lower().split())
    return words


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'valence.tsv'), 'w', encoding='utf-8') as f:
        for word, value in sorted(valences().items()):
            f.write(f'{word}\t{value:g}\n')
    with open(os.path.join(OUT, 'modifiers.tsv'), 'w', encoding='utf-8') as f:
        for term, kind, value in read_tsv(os.path.join(LEXICONS, 'vader_modifiers.tsv'), True):
            if kind in ('negation', 'booster') and ' ' not in term:
                f.write(f'{term.lower()}\t{kind}\t{value}\n')
    with open(os.path.join(OUT, 'activity.tsv'), 'w', encoding='utf-8') as f:
        f.writelines(w + '\n' for w in sorted(activity_words()))
    print('built', OUT)


if __name__ == '__main__':
    main()
