#!/usr/bin/python3
"""Builds data/lexicons/event-triggers.tsv: the words that trigger lede's events.

Lines "form<TAB>TYPE<TAB>POS", lower case; POS is V (verb base or -s form), G (-ing),
D (past tense or participle: passive when after a form of "be") or N (noun). Verbs come
from the PETRARCH2 CAMEO verb dictionary (MIT; lemma -> CAMEO code), typed by the root
code table below (written for lede; the idea of a coarse CAMEO -> PLOVER-like mapping is
PLOVER's). Generic CAMEO blocks (01 "make statement" and 06 "material cooperation" hold
verbs like "count", "increase") are left out; reporting verbs, nouns and the types CAMEO
lacks (SENTENCE, ELECTION, DISASTER) are listed below. See docs/events.md and NOTICE.txt.
Usage: tools/lexicons/build_event_triggers.py [SHARED_DIR] [OUT_FILE]
"""
import os
import sys

from english import inflections

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared')
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'data', 'lexicons', 'event-triggers.tsv')
LEMMAS = os.path.join(SHARED, 'data', 'phoenix-petrarch2', 'cameo-verb-lemmas.tsv')

# CAMEO code prefix -> lede type; the longest matching prefix wins. Codes absent here
# (01 statements, 03 intents, 06 material cooperation, 08 yield, 12 reject, 15 posture,
# 16 reduce relations) are too generic as verbs to be events.
ROOT_CODES = {
    '02': 'APPEAL', '041': 'MEET', '040:040': 'MEET', '042': 'VISIT', '043': 'VISIT',
    '05': 'COOPERATE', '07': 'AID', '09': 'INVESTIGATE', '10': 'DEMAND', '11': 'ACCUSE',
    '13': 'THREATEN', '14': 'PROTEST', '173': 'ARREST', '17': 'COERCE', '18': 'ATTACK',
    '186': 'KILL', '19': 'ATTACK', '20': 'KILL',
}
# CAMEO lemmas whose everyday sense is mostly not the coded event.
EXCLUDED = {'beat', 'best', 'break', 'master', 'fire', 'circle', 'ring', 'engage', 'die',
            # judged false positives in the demo corpus (docs/knowledge-eval.md): "hurt sales",
            # "was defeated in this district", "DRM mistreats you", "online lectures",
            # "influencing their government", "his sincere desire", "dueling town halls",
            # "legislators argued it was to prevent fraud"
            'hurt', 'defeat', 'mistreat', 'lecture', 'influence', 'desire', 'duel', 'argue',
            'hang', 'host', 'attend', 'contain', 'force', 'bill', 'moderate', 'express',
            'counter', 'contrast', 'compete', 'differ', 'cry', 'dominate', 'overshadow',
            'overtake', 'shell', 'impress', 'suspect', 'weigh', 'serve', 'curb', 'block',
            'restrict', 'challenge', 'reinforce', 'surround', 'touring', 'claim', 'regret',
            'slight', 'despair', 'discourage', 'disappoint', 'sadden', 'grieve', 'weep',
            'whine', 'wail', 'mourn', 'lament', 'ask', 'request', 'petition', 'grill', 'back',
            'integrate', 'take', 'call', 'bar', 'bother', 'value', 'fine', 'need',
            'celebrate', 'check', 'appropriate', 'associate', 'press', 'savage', 'hope',
            'inspire', 'contest', 'search', 'order', 'want', 'like', 'love', 'mind', 'free',
            'study', 'research', 'campaign', 'support', 'abuse', 'damage', 'affect', 'harm',
            'suggest', 'propose', 'thank', 'remove', 'catch', 'storm', 'stone', 'match',
            'tend', 'risk', 'pressure', 'impact', 'tax', 'phone', 'contribute', 'reward', 'bid',
            'prefer', 'honor', 'apply', 'decree', 'encourage', 'reveal', 'conflict', 'admit',
            'help', 'shield', 'welcome', 'favor', 'swear', 'pull', 'draw'}
# Verbs written for lede: lemma -> type (override the CAMEO default).
VERBS = {
    'say': 'STATEMENT', 'announce': 'STATEMENT', 'declare': 'STATEMENT',
    'tell': 'STATEMENT', 'note': 'STATEMENT', 'stress': 'STATEMENT', 'emphasize': 'STATEMENT',
    'emphasise': 'STATEMENT', 'explain': 'STATEMENT', 'comment': 'STATEMENT',
    'kill': 'KILL', 'murder': 'KILL', 'slay': 'KILL', 'assassinate': 'KILL', 'execute': 'KILL',
    'behead': 'KILL', 'massacre': 'KILL', 'attack': 'ATTACK', 'bomb': 'ATTACK', 'shoot': 'ATTACK',
    'arrest': 'ARREST', 'detain': 'ARREST', 'apprehend': 'ARREST', 'capture': 'ARREST',
    'meet': 'MEET', 'visit': 'VISIT', 'agree': 'COOPERATE', 'sign': 'COOPERATE',
    'cooperate': 'COOPERATE', 'accuse': 'ACCUSE', 'blame': 'ACCUSE', 'condemn': 'ACCUSE',
    'threaten': 'THREATEN', 'warn': 'THREATEN', 'protest': 'PROTEST', 'demonstrate': 'PROTEST',
    'investigate': 'INVESTIGATE', 'probe': 'INVESTIGATE', 'sentence': 'SENTENCE',
    'convict': 'SENTENCE', 'jail': 'SENTENCE', 'imprison': 'SENTENCE', 'elect': 'ELECTION',
    're-elect': 'ELECTION', 'vote': 'ELECTION', 'donate': 'AID',
}
# Single forms whose other forms are mostly something else ("states" is mostly a noun).
FORMS = [('stated', 'STATEMENT', 'D')]
IRREGULAR = {'say': ['said'], 'tell': ['told'], 'slay': ['slew', 'slain'],
             'shoot': ['shot'], 'meet': ['met'], 'elect': [], 're-elect': []}
NOUNS = {
    'STATEMENT': 'statement statements announcement remarks declaration',
    'ATTACK': 'attack attacks bombing bombings assault assaults explosion explosions shooting '
              'shootings airstrike airstrikes strike strikes raid raids ambush clashes',
    'KILL': 'killing killings murder murders assassination massacre execution',
    'ARREST': 'arrest arrests detention detentions capture crackdown',
    'PROTEST': 'protest protests demonstration demonstrations rally rallies march sit-in',
    'VISIT': 'visit visits trip tour',
    'MEET': 'meeting meetings talks summit conference consultations',
    'COOPERATE': 'agreement agreements accord deal treaty cooperation coordination partnership '
                 'alliance pact',
    'ACCUSE': 'accusation accusations allegations criticism condemnation',
    'THREATEN': 'threat threats ultimatum warning',
    'AID': 'aid assistance donation relief',
    'INVESTIGATE': 'investigation investigations inquiry probe',
    'SENTENCE': 'sentence sentences conviction verdict',
    'ELECTION': 'election elections vote referendum ballot primary runoff',
    'DISASTER': 'earthquake quake flood floods flooding hurricane typhoon cyclone storm tsunami '
                'wildfire wildfires landslide drought famine epidemic outbreak eruption',
}


def verb_forms(lemma, irregular):
    """(form, POS) pairs of a verb: regular inflections plus irregular forms."""
    base, third, ing, past = inflections(lemma)
    forms = [(base, 'V'), (third, 'V'), (ing, 'G')]
    forms += [(past, 'D')] if lemma not in IRREGULAR else []
    for form in irregular:
        forms.append((form, 'G' if form.endswith('ing') else 'V' if form == third else 'D'))
    return forms


def cameo_type(code):
    best = ''
    for prefix in ROOT_CODES:
        if code.startswith(prefix) and len(prefix) > len(best):
            best = prefix
    return ROOT_CODES.get(best)


def main():
    rows = {}
    with open(LEMMAS, encoding='utf-8') as f:
        for line in f.read().splitlines()[1:]:
            lemma, irregular, code, _ = line.split('\t')
            event = cameo_type(code)
            if event and lemma not in EXCLUDED and lemma not in VERBS and '_' not in lemma:
                for form, pos in verb_forms(lemma, irregular.split()):
                    rows[(form, pos)] = event
    for lemma, event in VERBS.items():
        for form, pos in verb_forms(lemma, IRREGULAR.get(lemma, [])):
            rows[(form, pos)] = event
    for form, event, pos in FORMS:
        rows[(form, pos)] = event
    for event, words in NOUNS.items():
        for word in words.split():
            rows[(word, 'N')] = event
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('# form\ttype\tpos (built by tools/lexicons/build_event_triggers.py)\n')
        f.writelines(f'{form}\t{event}\t{pos}\n' for (form, pos), event in sorted(rows.items()))
    print(len(rows), 'trigger forms written to', OUT)


if __name__ == '__main__':
    main()
