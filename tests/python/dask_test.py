#!/usr/bin/python3
"""`python3 -m lede.dask` on a local cluster of 2 worker processes (loopback): the merged
shards equal a single-machine `lede ingest` of the same inputs, also when a worker is
killed in the middle of a task (the task is retried; nothing is lost or duplicated);
an input that cannot be opened is retried, then reported by file.

Usage: dask_test.py LEDE REPO_DIR SHARED_DIR (with the built package on PYTHONPATH)
"""
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

import gzip
import itertools
import shutil

import lede

LEDE, REPO, SHARED = sys.argv[1:4]
SEED = f'{REPO}/data/demo/corpus/seed-article.txt'
DEMO = f'{REPO}/data/demo/corpus/wikinews-articles.jsonl.gz'
WARC = f'{SHARED}/data/warc-samples/commoncrawl-whirlwind/whirlwind.warc.gz'
PAGES = f'{SHARED}/data/scrapinghub-aeb/html'
PAGE_COUNT = 30  # of its pages, copied into an HTML directory (one task)
DEMO_RECORDS = 120  # of the demo corpus's 336, copied into a smaller file: analysis takes time
# `lede` runs without the ASan runtime that tests/CMakeLists.txt preloads into this interpreter
# under -DLEDE_SANITIZE: lede links its own, and two ASan runtimes in one process abort.
LEDE_ENV = {name: value for name, value in os.environ.items() if name != 'LD_PRELOAD'}


def runner(*args):
    return subprocess.Popen([sys.executable, '-m', 'lede.dask', *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process):
    out, err = process.communicate(timeout=300)
    return process.returncode, err


def contents(db):
    """What must be equal: every article's identity, text, near-duplicate link and entities
    (type, name, mentions), in id order; and the store's counts."""
    with lede.Store(db, read_only=True) as store:
        articles = [(a['id'], a['url'], a['canonical_url'], a['title'], a['text'], a['duplicate_of'],
                     sorted((e['type'], e['name'], len(e['mentions'])) for e in a['entities']))
                    for a in store]
        return articles, store.stats()


def single_machine_ingest(inputs):
    with tempfile.TemporaryDirectory() as tmp:
        db = f'{tmp}/single.db'
        subprocess.run([LEDE, 'ingest', '-q', '--db', db, *inputs], timeout=300, check=True, env=LEDE_ENV)
        return contents(db)


def committed_articles(db):
    """Articles committed so far in a store another process is writing (0 if not yet a store)."""
    try:
        connection = sqlite3.connect(f'file:{db}?mode=ro', uri=True, timeout=1)
        try:
            return connection.execute('SELECT count(*) FROM documents').fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


def pids_holding(path):
    """The other processes that have `path` open (from /proc/*/fd)."""
    pids = []
    for pid in filter(str.isdigit, os.listdir('/proc')):
        if int(pid) == os.getpid():
            continue
        try:
            fds = os.listdir(f'/proc/{pid}/fd')
            if any(os.readlink(f'/proc/{pid}/fd/{fd}') == path for fd in fds):
                pids.append(int(pid))
        except OSError:
            continue
    return pids


class DaskRunnerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.inputs_dir = tempfile.TemporaryDirectory()
        demo = f'{cls.inputs_dir.name}/demo.jsonl'
        with gzip.open(DEMO, 'rt', encoding='utf-8') as full, open(demo, 'w', encoding='utf-8') as part:
            part.writelines(itertools.islice(full, DEMO_RECORDS))
        cls.demo = demo
        pages = f'{cls.inputs_dir.name}/pages'
        os.mkdir(pages)
        for name in sorted(os.listdir(PAGES))[:PAGE_COUNT]:
            shutil.copy(f'{PAGES}/{name}', pages)
        cls.inputs = [demo, WARC, pages, SEED]
        cls.single = single_machine_ingest(cls.inputs)

    @classmethod
    def tearDownClass(cls):
        cls.inputs_dir.cleanup()

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        self.out = f'{self.tmp.name}/shards'
        self.merged = f'{self.tmp.name}/merged.db'

    def test_merged_shards_equal_a_single_machine_ingest(self):
        status, err = finish(runner('--local-workers', '2', '--progress-seconds', '0.001',
                                    '--out', self.out, '--merge', self.merged, *self.inputs))
        self.assertEqual(status, 0, err)
        self.assertEqual(len(os.listdir(self.out)), len(self.inputs), os.listdir(self.out))
        self.assertIn(f'[{len(self.inputs)}/{len(self.inputs)}]', err)
        self.assertIn(f'running {self.demo}: ', err)  # progress while a task runs
        single = self.single
        articles, stats = single
        self.assertGreater(len(articles), DEMO_RECORDS)
        self.assertGreater(stats['mentions'], 2000)
        self.assertEqual(stats['analyzed'], stats['articles'])
        self.assertEqual(contents(self.merged), single)

        # Re-running skips the inputs that have a shard and merges nothing new.
        status, err = finish(runner('--local-workers', '1', '--out', self.out,
                                    '--merge', self.merged, *self.inputs))
        self.assertEqual(status, 0, err)
        self.assertIn(f'{len(self.inputs)} inputs already have a shard', err)
        self.assertEqual(contents(self.merged), single)

    def test_a_worker_killed_mid_task_loses_and_duplicates_nothing(self):
        # The run to compare with: the same batches, nothing killed (an article's outlet
        # home is its outlet's articles stored before its batch in its task).
        status, err = finish(runner('--local-workers', '2', '--batch-documents', '8', '--out', f'{self.out}-whole',
                                    '--merge', f'{self.merged}-whole', *self.inputs))
        self.assertEqual(status, 0, err)
        whole = contents(f'{self.merged}-whole')
        process = runner('--local-workers', '2', '--batch-documents', '8', '--out', self.out,
                         '--merge', self.merged, *self.inputs)
        killed = None
        deadline = time.monotonic() + 120
        while killed is None and time.monotonic() < deadline and process.poll() is None:
            parts = [f'{self.out}/{n}' for n in os.listdir(self.out) if n.startswith('00000-')
                     and n.endswith(tuple('0123456789abcdef'))] if os.path.isdir(self.out) else []
            for part in parts:
                if committed_articles(part) > 0:
                    for pid in pids_holding(part):
                        os.kill(pid, signal.SIGKILL)
                        killed = pid
            time.sleep(0.01)
        status, err = finish(process)
        self.assertIsNotNone(killed, f'no worker was caught in the middle of the task:\n{err}')
        self.assertEqual(status, 0, err)
        self.assertIn(f'{self.demo}: 1 interrupted attempt(s) discarded', err)
        self.assertEqual(sorted(os.listdir(self.out)),
                         sorted(os.path.basename(lede.dask.shard_path(self.out, i, p))
                                for i, p in enumerate(self.inputs)))
        self.assertEqual(contents(self.merged), whole)

    def test_an_input_that_cannot_be_opened_is_retried_then_reported(self):
        missing = f'{self.tmp.name}/missing.warc.gz'
        status, err = finish(runner('--local-workers', '2', '--out', self.out,
                                    '--merge', self.merged, missing, SEED))
        self.assertEqual(status, 1, err)
        self.assertIn(f'{missing}: FAILED: FileNotFoundError', err)
        self.assertEqual(err.count(f"FileNotFoundError('{missing}: no such input"), 2, err)  # tried twice
        self.assertEqual(contents(self.merged)[1]['articles'], 1)


if __name__ == '__main__':
    import lede.dask  # noqa: F401  (shard_path for the kill test)
    unittest.main(argv=sys.argv[:1], verbosity=2)
