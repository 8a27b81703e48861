"""Ingest on a Dask cluster: one task per input, one store shard per task, then one merge.

    python3 -m lede.dask [--scheduler ADDR | --local-workers N] --out DIR [--merge OUT] INPUT...

Each INPUT (a WARC/WET/ARC file, a JSON Lines file, an HTML directory, ...) is one
task. A task runs `lede.ingest` in the worker process into
DIR/NNNNN-NAME.db.part-ATTEMPT and renames it DIR/NNNNN-NAME.db when done, so a
shard in DIR is always complete; an input whose shard exists is skipped, so
re-running the same command after an interruption finishes the job. A task that
fails (the input cannot be opened, the store fails, the worker dies) is retried
--retries times and then reported by file. Records that cannot be read are not
task failures: they are counted and listed per file, as `lede ingest` does.

`lede merge --db OUT DIR/*.db` (or --merge OUT here) then gives the store a
single-machine `lede ingest --db OUT INPUT...` gives: shards are merged in input
order with ingest's identity rules (but a task learns its outlets' homes from its own
input only, docs/python.md; --no-outlet-homes leaves them out). Workers need `lede` importable (PYTHONPATH or
pip install) and see the inputs and DIR at the same paths (shared storage);
docs/python.md has the cluster set-up.
"""
from __future__ import annotations

import argparse
import glob
import os
import re
import resource
import socket
import sqlite3
import sys
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import lede

# Exit status, as the lede command's.
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
# The Dask event topic running tasks report their progress on.
PROGRESS_TOPIC = "lede-ingest-progress"


@dataclass(frozen=True)
class ShardOptions:
    """What every task passes to lede.ingest (0 = no limit where a limit)."""

    threads: int = 1
    analyze: bool = True  # store every analysis layer (entities, quotes, events, ...)
    outlet_homes: bool = True  # place towns by where their outlet's stored articles are too
    batch_documents: int = 512
    max_document_bytes: int = 16 << 20
    max_records_per_file: int = 0
    max_errors: int = 100
    progress_seconds: float = 10.0  # a running task reports its counts this often (0 = never)


@dataclass
class RunReport:
    """What a run did, per input and in total."""

    shards: list[str] = field(default_factory=list)       # complete shards, in input order
    results: dict[str, dict[str, Any]] = field(default_factory=dict)  # by input: ingest's report
    skipped: list[str] = field(default_factory=list)      # inputs whose shard already existed
    failed: dict[str, str] = field(default_factory=dict)  # by input: why its task failed
    interrupted_attempts: dict[str, int] = field(default_factory=dict)  # by input, when > 0
    merge: dict[str, Any] | None = None                    # lede.merge's report with --merge

    def exit_status(self) -> int:
        records_failed = any(r["failed"] for r in self.results.values())
        merge_failed = self.merge is not None and bool(self.merge["failed"])
        return EXIT_SOME_FAILED if self.failed or records_failed or merge_failed else EXIT_OK


def shard_path(out_dir: str, index: int, input_path: str) -> str:
    """DIR/NNNNN-NAME.db: the input's position (so shards sort in input order) and its name."""
    name = os.path.basename(os.path.normpath(input_path)) or "input"
    return os.path.join(out_dir, f"{index:05d}-{re.sub(r'[^A-Za-z0-9._-]', '_', name)}.db")


def ingest_shard(input_path: str, shard: str, options: ShardOptions) -> dict[str, Any]:
    """The task: ingests one input into a fresh part file, then renames it `shard`.

    Runs in the worker process. Raises FileNotFoundError when the input is not
    there and lede.Error when the store fails, so that Dask retries the task.
    Returns lede.ingest's report plus the input, shard, worker host, seconds and
    CPU seconds (of the worker process while the task ran).
    """
    if not os.path.exists(input_path):
        raise FileNotFoundError(f"{input_path}: no such input on {socket.gethostname()}")
    part = f"{shard}.part-{uuid.uuid4().hex}"
    started, cpu_started = time.monotonic(), cpu_seconds()
    report = lede.ingest([input_path], part, threads=options.threads, analyze=options.analyze,
                         outlet_homes=options.outlet_homes,
                         batch_documents=options.batch_documents,
                         max_document_bytes=options.max_document_bytes,
                         max_records_per_file=options.max_records_per_file,
                         max_errors=options.max_errors,
                         on_progress=progress_reporter(input_path, options.progress_seconds))
    seal(part)
    os.replace(part, shard)
    report.update(input=input_path, shard=shard, host=socket.gethostname(),
                  seconds=time.monotonic() - started, cpu_seconds=cpu_seconds() - cpu_started)
    return report


def cpu_seconds() -> float:
    """User and system CPU time of this process so far, all its threads."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def progress_reporter(input_path: str, every_seconds: float) -> Callable[[dict], None] | None:
    """An on_progress callback for lede.ingest that sends the running counts to the
    client (PROGRESS_TOPIC) at most every `every_seconds`; None when not on a worker."""
    from distributed import get_worker

    try:
        worker = get_worker()
    except ValueError:
        return None
    if every_seconds <= 0:
        return None
    last = time.monotonic()

    def report(counts: dict) -> None:
        nonlocal last
        if time.monotonic() - last >= every_seconds:
            last = time.monotonic()
            worker.log_event(PROGRESS_TOPIC, {"input": input_path, "documents": counts["documents"],
                                              "added": counts["added"], "failed": counts["failed"]})
    return report


def seal(store: str) -> None:
    """Makes a finished store one self-contained file: its WAL folded in and the journal
    mode set to DELETE, so that reading it (the merge) leaves no -wal/-shm files beside it
    and DIR holds only shards. Writing it again with lede turns WAL back on."""
    connection = sqlite3.connect(store)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def remove_parts(shard: str) -> int:
    """Removes the part files of interrupted attempts at `shard`; returns how many attempts."""
    parts = glob.glob(glob.escape(shard) + ".part-*")
    for part in parts:
        os.remove(part)
    return sum(1 for part in parts if re.fullmatch(r".*\.part-[0-9a-f]{32}", part))


def log(message: str) -> None:
    print(f"lede.dask: {message}", file=sys.stderr, flush=True)


def describe(result: dict[str, Any]) -> str:
    return (f"{result['documents']} documents, {result['added']} added, "
            f"{result['existing']} already stored, {result['failed']} failed "
            f"({result['seconds']:.1f} s, {result['cpu_seconds']:.1f} s CPU on {result['host']})")


def run(client: Any, inputs: Sequence[str], out_dir: str, options: ShardOptions = ShardOptions(),
        retries: int = 1, merge_into: str | None = None) -> RunReport:
    """Ingests `inputs` on the cluster of `client` (a distributed.Client), one task each,
    into shards in `out_dir`, reporting progress on stderr; then merges the shards
    into `merge_into` when given. Failed tasks are retried `retries` times."""
    from distributed import as_completed

    client.subscribe_topic(PROGRESS_TOPIC, lambda event: log(
        f"  running {event[1]['input']}: {event[1]['documents']} documents, "
        f"{event[1]['added']} added, {event[1]['failed']} failed so far"))
    os.makedirs(out_dir, exist_ok=True)
    report = RunReport()
    shards = {p: shard_path(out_dir, i, p) for i, p in enumerate(inputs)}
    futures = {}
    for index, input_path in enumerate(inputs):
        if os.path.exists(shards[input_path]):
            report.skipped.append(input_path)
            continue
        future = client.submit(ingest_shard, input_path, shards[input_path], options,
                               key=f"lede-ingest-{index:05d}-{uuid.uuid4().hex[:8]}",
                               retries=retries, pure=False)
        futures[future] = input_path
    if report.skipped:
        log(f"{len(report.skipped)} inputs already have a shard in {out_dir}, skipped")
    done = 0
    for future in as_completed(list(futures)):
        input_path = futures[future]
        done += 1
        try:
            result = future.result()
        except Exception as error:  # the task failed after its retries: report, go on
            report.failed[input_path] = f"{type(error).__name__}: {error}"
            log(f"[{done}/{len(futures)}] {input_path}: FAILED: {report.failed[input_path]}")
            continue
        report.results[input_path] = result
        log(f"[{done}/{len(futures)}] {input_path}: {describe(result)}")
        for error in result["errors"]:
            log(f"  {error['source']} record {error['record']}: {error['code']}: {error['message']}")
    for input_path, shard in shards.items():
        attempts = remove_parts(shard)
        if attempts:
            report.interrupted_attempts[input_path] = attempts
            log(f"{input_path}: {attempts} interrupted attempt(s) discarded")
        if os.path.exists(shard):
            report.shards.append(shard)
    total = sum(r["documents"] for r in report.results.values())
    log(f"{len(report.shards)} of {len(inputs)} shards in {out_dir}, {total} documents read, "
        f"{len(report.failed)} inputs failed")
    if merge_into is not None:
        report.merge = lede.merge(merge_into, report.shards)
        log(f"merged into {merge_into}: {report.merge['added']} added, "
            f"{report.merge['existing']} already stored, {len(report.merge['failed'])} shards failed")
        for failure in report.merge["failed"]:
            log(f"  {failure['shard']}: {failure['code']}: {failure['message']}")
    return report


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    defaults = ShardOptions()
    parser = argparse.ArgumentParser(
        prog="python3 -m lede.dask",
        description="Ingest INPUTs on a Dask cluster, one task and one store shard per input; "
                    "merge the shards with --merge OUT or `lede merge --db OUT DIR/*.db`.")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDR",
                       help="address of a running dask-scheduler (tcp://host:8786)")
    where.add_argument("--local-workers", type=int, metavar="N", default=2,
                       help="without --scheduler: a local cluster of N worker processes "
                            "(default 2)")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the shards")
    parser.add_argument("--merge", metavar="OUT", help="merge the shards into this store")
    parser.add_argument("--retries", type=int, default=1,
                        help="retries of a failed task (default 1); on a local cluster also "
                             "how many worker deaths a task may survive")
    parser.add_argument("--threads", type=int, default=defaults.threads,
                        help="extraction and analysis threads per task (default 1)")
    parser.add_argument("--no-analyze", dest="analyze", action="store_false",
                        help="store the articles without their analysis layers (faster)")
    parser.add_argument("--no-outlet-homes", dest="outlet_homes", action="store_false",
                        help="place each article's towns by its text and URL alone, as `lede "
                             "ingest --no-outlet-homes`: the merged store then equals such a "
                             "single-machine ingest whatever the inputs' split")
    parser.add_argument("--batch-documents", type=int, default=defaults.batch_documents,
                        help="documents per transaction (default %(default)s)")
    parser.add_argument("--max-document-bytes", type=int, default=defaults.max_document_bytes,
                        help="largest record kept (default %(default)s, 0 = no limit)")
    parser.add_argument("--max-records-per-file", type=int,
                        default=defaults.max_records_per_file,
                        help="records read from one file at most (default 0 = no limit)")
    parser.add_argument("--max-errors", type=int, default=defaults.max_errors,
                        help="failed records listed per input (default %(default)s; all are "
                             "counted)")
    parser.add_argument("--progress-seconds", type=float, default=defaults.progress_seconds,
                        help="how often a running task reports its counts (default "
                             "%(default)s, 0 = only when it ends)")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files or directories; each is one task")
    args = parser.parse_args(argv)
    if args.local_workers < 1 or args.retries < 0 or args.threads < 1:
        parser.error("--local-workers and --threads must be at least 1, --retries at least 0")
    return args


def connect(args: argparse.Namespace) -> tuple[Any, Any]:
    """A distributed.Client for --scheduler, or for a new local cluster; and that cluster
    (None with --scheduler), to be closed after the client."""
    import dask
    from distributed import Client, LocalCluster

    if args.scheduler:
        return Client(args.scheduler), None
    # A worker that dies takes its task with it; allow as many deaths as retries.
    dask.config.set({"distributed.scheduler.allowed-failures": args.retries})
    cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    options = ShardOptions(threads=args.threads, analyze=args.analyze,
                           outlet_homes=args.outlet_homes,
                           batch_documents=args.batch_documents,
                           max_document_bytes=args.max_document_bytes,
                           max_records_per_file=args.max_records_per_file,
                           max_errors=args.max_errors, progress_seconds=args.progress_seconds)
    client, cluster = connect(args)
    try:
        log(f"{len(args.inputs)} inputs on {len(client.scheduler_info()['workers'])} workers "
            f"({client.scheduler.address})")
        report = run(client, args.inputs, args.out, options, args.retries, args.merge)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return report.exit_status()


if __name__ == "__main__":
    # Run as lede.dask, not __main__, so that workers find the task by its module name.
    from lede.dask import main as package_main

    sys.exit(package_main())
