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

import lede

LEDE, REPO, SHARED = sys.argv[1:4]
SEED = f'{REPO}/data/demo/corpus/seed-article.txt'
DEMO = f'{REPO}/data/demo/corpus/wikinews-articles.jsonl.gz'
WARC = f'{SHARED}/data/warc-samples/commoncrawl-whirlwind/whirlwind.warc.gz'
PAGES = f'{SHARED}/data/scrapinghub-aeb/html'  # an HTML directory: one task
INPUTS = [DEMO, WARC, PAGES, SEED]


def runner(*args):
    return subprocess.Popen([sys.executable, '-m', 'lede.dask', *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process):
    out, err = process.communicate(timeout=300)
    return process.returncode, err


def contents(db):
    """What must be equal: every article's identity, text and near-duplicate link, in id order."""
    with lede.Store(db, read_only=True) as store:
        return [(a['id'], a['url'], a['canonical_url'], a['title'], a['text'], a['duplicate_of'])
                for a in store]


def single_machine_ingest(tmp):
    db = f'{tmp}/single.db'
    subprocess.run([LEDE, 'ingest', '-q', '--db', db, *INPUTS], timeout=300)
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
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        self.out = f'{self.tmp.name}/shards'
        self.merged = f'{self.tmp.name}/merged.db'

    def test_merged_shards_equal_a_single_machine_ingest(self):
        status, err = finish(runner('--local-workers', '2', '--progress-seconds', '0.001',
                                    '--out', self.out, '--merge', self.merged, *INPUTS))
        self.assertEqual(status, 0, err)
        self.assertEqual(len(os.listdir(self.out)), len(INPUTS), os.listdir(self.out))
        self.assertIn(f'[{len(INPUTS)}/{len(INPUTS)}]', err)
        self.assertIn(f'running {DEMO}: ', err)  # progress while a task runs
        single = single_machine_ingest(self.tmp.name)
        self.assertGreater(len(single), 400)
        self.assertEqual(contents(self.merged), single)

        # Re-running skips the inputs that have a shard and merges nothing new.
        status, err = finish(runner('--local-workers', '1', '--out', self.out,
                                    '--merge', self.merged, *INPUTS))
        self.assertEqual(status, 0, err)
        self.assertIn(f'{len(INPUTS)} inputs already have a shard', err)
        self.assertEqual(contents(self.merged), single)

    def test_a_worker_killed_mid_task_loses_and_duplicates_nothing(self):
        process = runner('--local-workers', '2', '--batch-documents', '8', '--out', self.out,
                         '--merge', self.merged, *INPUTS)
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
        self.assertIn(f'{DEMO}: 1 interrupted attempt(s) discarded', err)
        self.assertEqual(sorted(os.listdir(self.out)),
                         sorted(os.path.basename(lede.dask.shard_path(self.out, i, p))
                                for i, p in enumerate(INPUTS)))
        self.assertEqual(contents(self.merged), single_machine_ingest(self.tmp.name))

    def test_an_input_that_cannot_be_opened_is_retried_then_reported(self):
        missing = f'{self.tmp.name}/missing.warc.gz'
        status, err = finish(runner('--local-workers', '2', '--out', self.out,
                                    '--merge', self.merged, missing, SEED))
        self.assertEqual(status, 1, err)
        self.assertIn(f'{missing}: FAILED: FileNotFoundError', err)
        self.assertEqual(err.count(f"FileNotFoundError('{missing}: no such input"), 2, err)  # tried twice
        self.assertEqual(len(contents(self.merged)), 1)


if __name__ == '__main__':
    import lede.dask  # noqa: F401  (shard_path for the kill test)
    unittest.main(argv=sys.argv[:1], verbosity=2)
