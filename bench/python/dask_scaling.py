#!/usr/bin/python3
"""Scaling of the Dask runner (python3 -m lede.dask) from 1 to 2 local worker processes.

The same inputs, one task each, are ingested into shards and merged, once per worker
count; prints wall time, documents per second and the speed-up, with the load average
before each run (the numbers mean something only on a quiet machine).

Usage (from the repository root, after building lede and lede_python):
    bench/python/dask_scaling.py [--repeat N] [INPUT...]
Default inputs: the demo corpus and the five folders of news pages of the extraction
benchmarks in ../shared/data (six tasks, 1,600 documents).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get('LEDE_SHARED_DIR', os.path.join(REPO, '..', 'shared'))
DEFAULT_INPUTS = [f'{REPO}/data/demo/corpus/wikinews-articles.jsonl.gz'] + [
    f'{SHARED}/data/{d}/html' for d in ('scrapinghub-aeb', 'newspaper4k-naeb', 'htmldate-eval',
                                        'trafilatura-eval', 'fundus-eval')]


def run(workers, inputs, tmp):
    """Seconds, documents and summed task seconds of one run with `workers` local workers."""
    env = dict(os.environ, PYTHONPATH=f'{REPO}/build/python')
    out = tempfile.mkdtemp(dir=tmp)
    start = time.monotonic()
    done = subprocess.run([sys.executable, '-m', 'lede.dask', '--local-workers', str(workers),
                           '--out', f'{out}/shards', '--merge', f'{out}/merged.db', *inputs],
                          env=env, capture_output=True, text=True)
    log = done.stderr
    if done.returncode not in (0, 1):  # 1: some records could not be read, they are counted
        sys.exit(f'the runner failed:\n{log}')
    seconds = time.monotonic() - start
    documents = int(re.search(r'(\d+) documents read', log).group(1))
    tasks = [(float(w), float(c)) for w, c in re.findall(r'\(([\d.]+) s, ([\d.]+) s CPU on ', log)]
    return seconds, documents, sum(w for w, _ in tasks), [c for _, c in tasks]


def projected_wall(cpu_per_task, workers):
    """The tasks' CPU seconds laid on `workers` idle cores, longest first: the busiest core."""
    cores = [0.0] * workers
    for cpu in sorted(cpu_per_task, reverse=True):
        cores[cores.index(min(cores))] += cpu
    return max(cores)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--repeat', type=int, default=1, help='runs per worker count (best kept)')
    parser.add_argument('inputs', nargs='*', default=DEFAULT_INPUTS)
    args = parser.parse_args()
    print(f'{len(args.inputs)} inputs (tasks), {os.cpu_count()} cores')
    best, cpu_of = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, 2):
            for _ in range(args.repeat):
                load = open('/proc/loadavg').read().split()[:3]
                seconds, documents, task_seconds, cpu = run(workers, args.inputs, tmp)
                print(f'{workers} worker(s): {seconds:.1f} s wall (tasks {task_seconds:.1f} s, '
                      f'{sum(cpu):.1f} s CPU), {documents} documents, '
                      f'{documents / seconds:.1f} documents/s; load average before: {" ".join(load)}')
                best[workers] = min(best.get(workers, seconds), seconds)
                cpu_of[workers] = cpu
    print(f'speed-up 1 -> 2 workers: {best[1] / best[2]:.2f}x (wall)')
    cpu = cpu_of[1]
    print(f'on idle cores, from the tasks\' CPU seconds with 1 worker: 1 worker '
          f'{projected_wall(cpu, 1):.1f} s, 2 workers {projected_wall(cpu, 2):.1f} s, '
          f'{projected_wall(cpu, 1) / projected_wall(cpu, 2):.2f}x')


if __name__ == '__main__':
    main()
