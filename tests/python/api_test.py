#!/usr/bin/python3
"""The lede Python module against the `lede` command on the same real inputs: extract,
analyze, read and the store give what the CLI gives; failures raise lede.Error
subclasses with the C++ message; the GIL is free while C++ works.

Usage: api_test.py LEDE REPO_DIR SHARED_DIR (with the built package on PYTHONPATH)
"""
import gzip
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import unittest

import lede

LEDE, REPO, SHARED = sys.argv[1:4]
SEED = f'{REPO}/data/demo/corpus/seed-article.txt'
DEMO = f'{REPO}/data/demo/corpus/wikinews-articles.jsonl.gz'
WARC = f'{SHARED}/data/warc-samples/commoncrawl-whirlwind/whirlwind.warc.gz'
PAGES = f'{SHARED}/data/scrapinghub-aeb/html'
DEMO_RECORDS = 100  # of the demo corpus's 336, for the store tests (analysis takes time)
# `lede` runs without the ASan runtime that tests/CMakeLists.txt preloads into this interpreter
# under -DLEDE_SANITIZE: lede links its own, and two ASan runtimes in one process abort.
LEDE_ENV = {name: value for name, value in os.environ.items() if name != 'LD_PRELOAD'}


def cli_lines(*args):
    """The JSON lines `lede ARGS` prints (whatever its exit status)."""
    out = subprocess.run([LEDE, *args], capture_output=True, timeout=300, env=LEDE_ENV).stdout
    return [json.loads(line) for line in out.decode('utf-8').splitlines()]


def read_bytes(path):
    with open(path, 'rb') as f:
        return f.read()


def first_pages(n):
    return sorted(os.listdir(PAGES))[:n]


class DocumentsTest(unittest.TestCase):
    def test_extract_gives_the_cli_article_for_real_pages(self):
        for name in first_pages(5):
            path = f'{PAGES}/{name}'
            url = f'https://example.org/{name}'
            with self.subTest(page=name):
                expected, = cli_lines('extract', '--url', url, path)
                self.assertEqual(lede.extract(gzip.open(path).read(), url=url), expected)

    def test_extract_of_str_and_bytes_agree_on_a_utf8_page(self):
        page = gzip.open(f'{PAGES}/{first_pages(1)[0]}').read()
        try:
            text = page.decode('utf-8')
        except UnicodeDecodeError:
            self.skipTest('first page is not UTF-8')
        self.assertEqual(lede.extract(text)['text'], lede.extract(page)['text'])

    def test_analyze_as_is_gives_the_cli_analysis_of_the_seed_article(self):
        expected, = cli_lines('analyze', '--as-is', SEED)
        got = lede.analyze(read_bytes(SEED), url=expected['url'], as_is=True)
        self.assertEqual(got, expected)
        self.assertGreater(len(got['entities']), 5)
        mention = got['entities'][0]['mentions'][0]
        text = got['text'].encode('utf-8')
        self.assertEqual(text[mention['start']:mention['end']].decode('utf-8'), mention['text'])

    def test_analyze_of_a_page_extracts_then_analyses(self):
        path = f'{PAGES}/{first_pages(1)[0]}'
        expected, = cli_lines('analyze', '--url', 'https://example.org/p', path)
        got = lede.analyze(gzip.open(path).read(), url='https://example.org/p')
        self.assertEqual(got, expected)

    def test_read_yields_what_lede_extract_prints_for_a_warc(self):
        expected = cli_lines('extract', WARC)
        reader = lede.read(WARC)
        got = list(reader)
        self.assertEqual([d for d in got if 'error' not in d],
                         [d for d in expected if 'error' not in d])
        self.assertEqual(len(got), len(expected))
        self.assertEqual(reader.stats['records'], len(got))
        self.assertGreater(sum(reader.stats['skipped'].values()), 0)  # request, metadata records

    def test_read_with_analyze_over_the_demo_corpus(self):
        docs = list(lede.read([SEED, DEMO], analyze=True, max_records_per_file=3))
        articles = [d for d in docs if 'error' not in d]
        self.assertEqual(len(articles), 4)
        self.assertTrue(all('entities' in d and 'tone' in d for d in articles))
        rest, = [d for d in docs if 'error' in d]  # the rest of the file, reported once
        self.assertEqual((rest['error']['code'], rest['source']), ('too_large', DEMO))

    def test_read_reports_a_missing_file_and_goes_on(self):
        docs = list(lede.read(['/nonexistent/page.html', SEED]))
        self.assertEqual(len(docs), 2)
        self.assertEqual(docs[0]['error']['code'], 'not_found')
        self.assertEqual(docs[0]['source'], '/nonexistent/page.html')
        self.assertNotIn('error', docs[1])

    def test_read_names_the_limit_that_was_exceeded(self):
        docs = list(lede.read(SEED, max_document_bytes=100))
        self.assertEqual(docs[0]['error']['code'], 'too_large')
        self.assertEqual(docs[0]['record'], 0)

    def test_errors_are_lede_exceptions_with_the_status_message(self):
        with self.assertRaises(lede.EmptyError) as caught:
            lede.extract(b'<html><head><title>Only a title</title></head><body></body></html>')
        self.assertEqual(caught.exception.code, 'empty')
        self.assertIn('no body text', str(caught.exception))
        with self.assertRaises(lede.TooLargeError):
            lede.extract('<p>' + 'word ' * 100, max_document_bytes=10)
        with self.assertRaises(TypeError):
            lede.extract(42)


class StoreTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = f'{cls.tmp.name}/demo.db'
        cls.progress = []
        cls.report = lede.ingest([DEMO, SEED, WARC], cls.db, batch_documents=16,
                                 max_records_per_file=DEMO_RECORDS,
                                 on_progress=cls.progress.append)
        cls.store = lede.Store(cls.db, read_only=True)

    @classmethod
    def tearDownClass(cls):
        cls.store.close()
        cls.tmp.cleanup()

    def test_ingest_reports_and_stores_like_lede_ingest(self):
        self.assertEqual(self.report['added'], self.store.stats()['articles'])
        self.assertGreater(self.report['added'], DEMO_RECORDS)
        self.assertEqual(self.report['documents'],
                         self.report['added'] + self.report['existing'] + self.report['failed'])
        self.assertGreater(len(self.progress), 3)
        self.assertEqual(self.progress[-1]['added'], self.report['added'])
        cli_db = f'{self.tmp.name}/cli.db'
        # The same batches: an article's outlet home is its outlet's articles stored before its batch.
        subprocess.run([LEDE, 'ingest', '-q', '--db', cli_db, '--batch-documents', '16', '--max-records-per-file',
                        str(DEMO_RECORDS), DEMO, SEED, WARC], timeout=300, env=LEDE_ENV)
        with lede.Store(cli_db) as cli_store:
            self.assertEqual(list(cli_store), [dict(a, ingested_at=b['ingested_at'])
                                               for a, b in zip(self.store, cli_store)])

    def test_outlet_homes_place_a_local_papers_namesake(self):
        # The Richmond Register's earlier stories name Kentucky towns; its Richmond story is
        # then Richmond, Kentucky, and Richmond, Virginia with outlet_homes=False.
        register = 'https://www.richmondregister.com/news/local/'
        records = [(register + 'berea', 'Berea police said the man drove from Lexington to Berea, Kentucky, on Monday.'),
                   (register + 'court', 'The Madison County fiscal court met in Kentucky on Tuesday.'),
                   (register + 'road', 'Council members in Richmond voted on Monday to widen the main road.')]
        jsonl = f'{self.tmp.name}/register.jsonl'
        with open(jsonl, 'w', encoding='utf-8') as f:
            f.writelines(json.dumps({'url': url, 'title': 'A title', 'text': text}) + '\n' for url, text in records)
        for outlet_homes, admin1 in ((True, 'US.KY'), (False, 'US.VA')):
            db = f'{self.tmp.name}/register-{outlet_homes}.db'
            lede.ingest([jsonl], db, outlet_homes=outlet_homes, batch_documents=1)
            with lede.Store(db) as store:
                road = next(a for a in store if a['url'] == register + 'road')
            self.assertEqual([l['admin1'] for l in road['locations'] if l['name'] == 'Richmond'], [admin1])

    def test_stats_search_and_get_give_what_the_cli_prints(self):
        self.assertEqual(self.store.stats(), cli_lines('stats', '--db', self.db, '--format', 'json')[0])
        result = self.store.search('police', limit=5)
        self.assertEqual(result, cli_lines('search', '--db', self.db, '--format', 'json',
                                           '--limit', '5', 'police')[0])
        hits = result['hits']
        self.assertEqual(len(hits), 5)
        self.assertGreaterEqual(result['total'], 5)
        first = self.store.get(hits[0]['id'])
        self.assertEqual(first, cli_lines('show', '--db', self.db, '--format', 'json',
                                          str(hits[0]['id']))[0])
        self.assertIn('police', first['text'].lower())

    def test_search_filters(self):
        since = self.store.search('police', from_='2020-01-01', limit=200)
        self.assertTrue(all(h['published'] >= '2020-01-01' for h in since['hits']))
        self.assertLess(since['total'], self.store.search('police', limit=200)['total'])

    def test_queries_give_what_the_cli_prints(self):
        db = ['--db', self.db, '--format', 'json']
        self.assertEqual(self.store.entities(type='PERSON', limit=10),
                         cli_lines('entities', *db, '--type', 'PERSON', '--limit', '10')[0])
        self.assertEqual(self.store.quotes(limit=10), cli_lines('quotes', *db, '--limit', '10')[0])
        self.assertEqual(self.store.events(limit=10), cli_lines('events', *db, '--limit', '10')[0])
        self.assertEqual(self.store.stories(limit=10), cli_lines('stories', *db, '--limit', '10')[0])

    def test_entity_pages_and_search_by_entity(self):
        top = self.store.entities(type='PERSON', limit=1)['entities'][0]
        page = self.store.entity(top['id'])
        self.assertEqual((page['name'], page['mentions']), (top['name'], top['mentions']))
        self.assertTrue(page['articles'])
        by_name = self.store.search('', entity=top['name'], limit=200, facets=False)
        by_id = self.store.search('', entity=str(top['id']), limit=200, facets=False)
        self.assertEqual(by_name['total'], top['articles'])
        self.assertEqual(by_id['hits'], by_name['hits'])
        with self.assertRaises(lede.NotFoundError):
            self.store.entity(10 ** 9)
        with self.assertRaises(lede.InvalidArgumentError):
            self.store.entities(limit=10 ** 6)

    def test_iteration_gives_every_article_once_in_id_order(self):
        ids = [a['id'] for a in self.store.articles(batch=50)]
        self.assertEqual(ids, list(range(1, self.store.stats()['articles'] + 1)))

    def test_store_errors(self):
        with self.assertRaises(lede.NotFoundError) as caught:
            self.store.get(10 ** 9)
        self.assertIsInstance(caught.exception, LookupError)
        with self.assertRaises(lede.InvalidArgumentError):
            self.store.search('"unclosed')
        missing = f'{self.tmp.name}/missing.db'
        with self.assertRaises(lede.NotFoundError) as caught:
            lede.Store(missing, create_if_missing=False)
        self.assertIn(missing, str(caught.exception))
        self.assertFalse(os.path.exists(missing))
        with self.assertRaises(lede.CorruptionError):
            lede.Store(SEED, read_only=True)
        with self.assertRaises(lede.InvalidArgumentError):
            with lede.Store(f'{self.tmp.name}/closed.db') as store:
                pass
            store.stats()

    def test_merge_of_two_shards_equals_one_ingest(self):
        first, second, merged = (f'{self.tmp.name}/{n}.db' for n in ('s1', 's2', 'merged'))
        lede.ingest([DEMO], first, max_records_per_file=DEMO_RECORDS)
        lede.ingest([SEED, WARC], second)
        result = lede.merge(merged, [first, second, f'{self.tmp.name}/missing-shard.db'])
        self.assertEqual(len(result['failed']), 1)
        self.assertEqual(result['added'], self.report['added'])
        with lede.Store(merged) as store:
            self.assertEqual([(a['url'], a['text'], a['entities']) for a in store],
                             [(a['url'], a['text'], a['entities']) for a in self.store])


def stub_signatures():
    """{qualified name: [(parameter, default source or None)]} of lede/_lede.pyi."""
    import ast
    stub = os.path.join(os.path.dirname(lede._lede.__file__), '_lede.pyi')
    with open(stub, encoding='utf-8') as f:
        tree = ast.parse(f.read())
    signatures = {}

    def add(function, prefix):
        args = function.args
        names = [a.arg for a in args.args + args.kwonlyargs if a.arg != 'self']
        positional_defaults = [None] * (len(args.args) - len(args.defaults)) + args.defaults
        defaults = [d for a, d in zip(args.args, positional_defaults) if a.arg != 'self']
        defaults += args.kw_defaults
        signatures[prefix + function.name] = [
            (n, None if d is None else ast.unparse(d)) for n, d in zip(names, defaults)]

    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            add(node, '')
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and not item.decorator_list:
                    add(item, node.name + '.')
    return signatures


def module_signature(obj):
    """[(parameter, default or None)] from the signature line pybind11 puts in a docstring."""
    import re
    line = obj.__doc__.splitlines()[0]
    inside = line[line.index('(') + 1:line.rindex(') ->')]
    parameters = []
    for part in re.split(r', (?![^\[]*\])', inside):
        if part in ('*', '') or part.startswith('self:'):
            continue
        name, _, default = part.partition(' = ')
        parameters.append((name.split(':')[0], default or None))
    return parameters


class StubTest(unittest.TestCase):
    def test_the_stubs_give_the_parameters_and_defaults_of_the_module(self):
        for name, parameters in stub_signatures().items():
            if name.endswith(('__iter__', '__next__')):
                continue
            obj = lede._lede
            for part in name.split('.'):
                obj = getattr(obj, part)
            with self.subTest(name=name):
                self.assertEqual(parameters, module_signature(obj))

    def test_every_public_function_and_class_has_a_stub_and_a_docstring(self):
        stubbed = {name.split('.')[0] for name in stub_signatures()}
        public = {n for n in dir(lede._lede) if not n.startswith('_')}
        self.assertEqual(public, stubbed)
        for name in public:
            self.assertGreater(len(getattr(lede._lede, name).__doc__), 40, name)


class GilTest(unittest.TestCase):
    def test_python_threads_run_while_cpp_ingests(self):
        with tempfile.TemporaryDirectory() as tmp:
            span = {}

            def ingest():
                span['start'] = time.monotonic()
                lede.ingest([DEMO], f'{tmp}/gil.db', analyze=False)
                span['end'] = time.monotonic()

            worker = threading.Thread(target=ingest)
            ticks = []
            worker.start()
            while worker.is_alive():
                ticks.append(time.monotonic())
                time.sleep(0.001)
            worker.join()
        self.assertGreater(span['end'] - span['start'], 0.2)
        inside = [t for t in ticks if span['start'] + 0.05 < t < span['end'] - 0.05]
        self.assertGreater(len(inside), 10)


if __name__ == '__main__':
    unittest.main(argv=sys.argv[:1], verbosity=2)
