#!/usr/bin/python3
"""Builds data/lexicons/reporting-verbs.txt: the quote cues lede's quote finder knows.

One cue per line, lower case: every inflected form of the GenderGapTracker quote verbs
(MIT) and of textacy's English reporting verbs (Apache-2.0), plus the multi-word cues
below (written for lede). See data/lexicons/NOTICE.txt.
Usage: tools/lexicons/build_reporting_verbs.py [SHARED_DIR] [OUT_FILE]
"""
import os
import sys

from english import inflections

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared')
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'data', 'lexicons', 'reporting-verbs.txt')
VERBS = os.path.join(SHARED, 'data', 'reporting-verbs')
# Phrases that report speech but are not one verb.
PHRASES = ['made it clear', 'makes it clear', 'making it clear', 'pointed out', 'points out',
           'according to', 'went on', 'goes on', 'told reporters', 'was quoted as saying',
           'in a statement', 'wrote in', 'said in a statement']
# Verbs of manner that news uses after a quote ("“...,” he joked"; PolNeAR speaker errors of
# lede eval quotes --errors), as their forms (written for lede).
MANNER_FORMS = ['joked', 'jokes', 'quipped', 'quips', 'mused', 'muses', 'beamed', 'posted',
                'shouted', 'shouts', 'yelled', 'screamed', 'chanted', 'opined', 'gushed',
                'retorted', 'retorts', 'snapped', 'barked', 'marveled', 'marvelled', 'wondered',
                'scoffed', 'deadpanned', 'fumed', 'lamented', 'vowed']
IRREGULAR = {'tell': ['told'], 'write': ['wrote', 'written'], 'say': ['said'], 'speak': ['spoke'],
             'think': ['thought'], 'tweet': [], 'hold': ['held'], 'swear': ['swore']}


def main():
    cues = set(PHRASES) | set(MANNER_FORMS)
    with open(os.path.join(VERBS, 'ggt-quote-verbs-en.txt'), encoding='utf-8') as f:
        cues.update(line.strip().lower() for line in f if line.strip())
    with open(os.path.join(VERBS, 'textacy-reporting-verbs.tsv'), encoding='utf-8') as f:
        for line in f.read().splitlines()[1:]:
            lemma, lang = line.split('\t')
            if lang == 'en' and lemma != 'according':
                cues.update(inflections(lemma))
                cues.update(IRREGULAR.get(lemma, []))
    with open(OUT, 'w', encoding='utf-8') as f:
        f.writelines(c + '\n' for c in sorted(cues))
    print(len(cues), 'cues written to', OUT)


if __name__ == '__main__':
    main()
