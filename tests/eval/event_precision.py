#!/usr/bin/python3
"""Event precision on a hand-judged sample of the demo corpus's events.

Usage: event_precision.py LEDE CORPUS JUDGED_TSV...
Runs `LEDE analyze CORPUS`, finds each judged event (same article URL, trigger start and
type) in the output, and prints per judged file the precision over the judged events
lede still finds, and how many judged events it no longer finds (with how many of those
were wrong). Exits 1 on a malformed judged file, or when lede no longer finds half of a
file's judged events (the sample is stale: judge a new one, see docs/knowledge-eval.md).
"""
import json
import subprocess
import sys


def read_judged(path):
    judged = []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            if line.startswith('#') or not line.strip():
                continue
            fields = line.rstrip('\n').split('\t')
            if len(fields) != 7 or fields[5] not in ('0', '1') or not fields[1].isdigit():
                sys.exit(f'{path}:{number}: want url, trigger_start, trigger_end, type, trigger, '
                         f'correct (0 or 1), note')
            judged.append(((fields[0], int(fields[1]), fields[3]), fields[5] == '1'))
    return judged


def found_events(lede, corpus):
    out = subprocess.run([lede, 'analyze', corpus], check=True, capture_output=True, text=True).stdout
    found = set()
    for line in out.splitlines():
        article = json.loads(line)
        for e in article['events']:
            found.add((article['url'], e['trigger']['start'], e['type']))
    return found


def main():
    lede, corpus, judged_paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    found = found_events(lede, corpus)
    stale = False
    for path in judged_paths:
        judged = read_judged(path)
        kept = [correct for key, correct in judged if key in found]
        dropped = [correct for key, correct in judged if key not in found]
        precision = sum(kept) / len(kept) if kept else 0.0
        print(f'{path}: judged={len(judged)} as_judged={sum(c for _, c in judged) / len(judged):.3f} '
              f'still_found={len(kept)} precision={precision:.3f} dropped={len(dropped)} '
              f'(wrong: {dropped.count(False)})')
        stale = stale or len(kept) * 2 < len(judged)
    if stale:
        sys.exit('lede no longer finds half of a sample\'s judged events: the sample is stale')


if __name__ == '__main__':
    main()
