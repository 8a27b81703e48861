#!/usr/bin/python3
"""Holds `lede extract` and `lede analyze` output to docs/article.schema.json, and every
offset to the text it indexes: a span's "text" is the bytes of "text" it points at.

Usage: schema_test.py LEDE REPO_DIR
"""
import json
import subprocess
import sys
import tempfile

import jsonschema

lede, repo = sys.argv[1], sys.argv[2]
schema = json.load(open(f'{repo}/docs/article.schema.json', encoding='utf-8'))
validator = jsonschema.Draft202012Validator(schema)
failures = []


def check_spans(doc, where):
    text = doc['text'].encode('utf-8')

    def span(s, what):
        if not 0 <= s['start'] <= s['end'] <= len(text):
            failures.append(f'{where}: {what} [{s["start"]}, {s["end"]}) outside the text')
        elif 'text' in s and text[s['start']:s['end']].decode('utf-8', 'replace') != s['text']:
            failures.append(f'{where}: {what} text {s["text"]!r} is not the text it points at')

    for e in doc.get('entities', []):
        for m in e['mentions']:
            span(m, f'entity {e["name"]}')
    for q in doc.get('quotes', []):
        span(q, 'quote')
        for key in ('speaker_span', 'cue'):
            if q[key]:
                span(q[key], f'quote {key}')
        for f in q['fragments']:
            span(f, 'quote fragment')
            if not q['start'] <= f['start'] <= f['end'] <= q['end']:
                failures.append(f'{where}: quote fragment [{f["start"]}, {f["end"]}) outside its quote')
    for c in doc.get('counts', []):
        span(c, 'count')
    for e in doc.get('events', []):
        span(e['trigger'], 'event trigger')
        span(e['sentence'], 'event sentence')
    for t in doc.get('themes', []):
        for s in t['evidence']:
            span(s, f'theme {t["theme"]}')


def run(args):
    out = subprocess.run([lede] + args, capture_output=True, timeout=600).stdout.decode('utf-8')
    return [json.loads(line) for line in out.splitlines()]


with tempfile.TemporaryDirectory() as tmp:
    empty = f'{tmp}/empty.html'
    open(empty, 'w').write('<html><head><title>Only a title</title></head><body></body></html>')
    corpus = f'{repo}/data/demo/corpus'
    runs = {'extract': run(['extract', corpus, empty, f'{tmp}/missing.html']),
            'analyze': run(['analyze', corpus, empty]),
            'analyze --as-is': run(['analyze', '--as-is', f'{corpus}/seed-article.txt'])}

passed = 0
for name, docs in runs.items():
    if not docs:
        failures.append(f'{name}: no output')
    for i, doc in enumerate(docs):
        before = len(failures)
        for error in validator.iter_errors(doc):
            failures.append(f'{name} line {i + 1}: {error.message} at {list(error.absolute_path)}')
        if 'error' not in doc:
            check_spans(doc, f'{name} line {i + 1}')
        passed += len(failures) == before
for f in failures[:20]:
    print('FAIL:', f)
print(f'{passed} passed, {len(failures)} failed')
sys.exit(1 if failures else 0)
