"""``leselupe analyze`` of several documents: a process pool, outcomes in input order."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from app.cli.common import CliError, read_input
from app.cli.render import analysis_to_json, print_summary
from app.core.gcpolicy import collection_paused, settle
from app.document import DocumentError

if TYPE_CHECKING:
    import multiprocessing.context

#: What a batch job is given: (path or URL, online allowed, as JSON, with tokens).
BatchTask = tuple[str, bool, bool, bool]
#: What it gives back: (the document's source, output, error message or None, notes).
BatchOutcome = tuple[str, str, str | None, list[str]]


def run_batch(args: argparse.Namespace) -> int:
    """Several documents (or ``--jsonl``): one output per document, in input order.

    The documents are analysed by a process pool with one worker per available
    core, each loading the pipeline once; a document that fails gives its error
    (``{"source": ..., "error": ...}`` with ``--jsonl``) and the others go on.
    Exit code 1 when any failed.
    """
    paths: list[str] = args.paths
    if "-" in paths and len(paths) > 1:
        raise CliError("standard input (-) cannot be combined with other documents")
    if args.json and not args.jsonl:
        raise CliError("several documents are written with --jsonl (one JSON object per line)")
    if args.workers < 0:
        raise CliError("--workers must be 0 (one per core) or more")
    tasks = [(path, bool(args.online), bool(args.jsonl), bool(args.tokens)) for path in paths]
    workers = min(len(tasks), args.workers or len(os.sched_getaffinity(0)))
    progress = _Progress(len(tasks)) if sys.stderr.isatty() else None
    failed = 0
    for n, (_source, output, error, notes) in enumerate(_batch_outcomes(tasks, workers), 1):
        for note in notes:
            print(f"leselupe: note: {note}", file=sys.stderr)
        if progress is not None:
            progress.clear()
        if error is not None:
            failed += 1
            if not args.jsonl:
                print(f"leselupe: error: {error}", file=sys.stderr)
        if output:
            sys.stdout.write(output)
            sys.stdout.flush()
        if progress is not None:
            progress.show(n)
    if progress is not None:
        progress.clear()
    return 1 if failed else 0


def _batch_outcomes(tasks: list[BatchTask], workers: int) -> Iterator[BatchOutcome]:
    """The outcomes in input order (finished ones wait for those before them)."""
    if workers <= 1:
        _batch_init()
        yield from map(batch_job, tasks)
        return
    import multiprocessing  # deferred: only batches start processes

    context: multiprocessing.context.BaseContext
    if "fork" in multiprocessing.get_all_start_methods():
        # Load the pipeline once, here: the forked workers share it (copy on write;
        # settled, so no collection touches and copies it) instead of each loading it.
        _batch_init()
        settle()
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")  # each worker loads it once
    yield from _pool_outcomes(tasks, workers, context)


def _pool_outcomes(
    tasks: list[BatchTask], workers: int, context: multiprocessing.context.BaseContext
) -> Iterator[BatchOutcome]:
    """A pool's outcomes in input order, surviving workers that die (killed, out of memory).

    A dead worker breaks the pool: the first document without an outcome is then
    tried in a process of its own (failing alone if it was the one), and the rest
    go on in a new pool.
    """
    from concurrent.futures import ProcessPoolExecutor  # deferred with multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    rest = tasks
    while rest:
        broken_at = None
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_batch_init) as pool:
            futures = [pool.submit(batch_job, task) for task in rest]
            for n, future in enumerate(futures):
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    broken_at = n
                    break
                yield outcome
        if broken_at is None:
            return
        task = rest[broken_at]
        with ProcessPoolExecutor(1, mp_context=context, initializer=_batch_init) as alone:
            try:
                yield alone.submit(batch_job, task).result()
            except BrokenProcessPool:
                yield _batch_failure(task, f"{task[0]}: the process analysing it stopped")
        rest = rest[broken_at + 1 :]


def _batch_init() -> None:
    """Each batch worker loads the pipeline and the analysis' word lists once."""
    from app.analysis import analyze  # deferred like every analysis import here

    with collection_paused():
        analyze("Der Bundestag tagt in Berlin.", credits=())


def batch_job(task: BatchTask) -> BatchOutcome:
    """Analyse one document of a batch; every failure becomes its error message."""
    from app.analysis import analyze  # deferred like every analysis import here

    path, online, as_json, tokens = task
    try:
        doc = read_input(path, online)
        with collection_paused():
            analysis = analyze(doc.text, credits=doc.meta.credits)
            notes = [*doc.notices, *analysis.notices]
            if as_json:
                record = analysis_to_json(analysis, doc.source, with_tokens=tokens, meta=doc.meta)
                return doc.source, json.dumps(record, ensure_ascii=False) + "\n", None, notes
            out = io.StringIO()
            print_summary(analysis, doc.source, out, doc.meta)
            return doc.source, out.getvalue() + "\n", None, notes
    except Exception as exc:  # one document's failure, whatever it is, ends only its line
        message = str(exc) or type(exc).__name__
        if isinstance(exc, MemoryError):
            message = f"{path}: not enough memory for this document"
        elif not isinstance(exc, (DocumentError, CliError)):
            message = f"{path}: {type(exc).__name__}: {message}"
        return _batch_failure(task, message)


def _batch_failure(task: BatchTask, message: str) -> BatchOutcome:
    """The outcome of a document that failed: its error line (with --jsonl) and message."""
    path, as_json = task[0], task[2]
    line = json.dumps({"source": path, "error": message}, ensure_ascii=False) + "\n"
    return path, line if as_json else "", message, []


class _Progress:
    """A one-line progress bar on a terminal's stderr."""

    WIDTH = 30

    def __init__(self, total: int) -> None:
        self.total = total
        self.started = time.monotonic()

    def show(self, done: int) -> None:
        filled = round(self.WIDTH * done / self.total)
        rate = done / max(time.monotonic() - self.started, 1e-6)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        sys.stderr.write(f"\r[{bar}] {done}/{self.total}  {rate:.1f} docs/s")
        sys.stderr.flush()

    def clear(self) -> None:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()
