"""Engines: Items in, one Result per Item out, in input order.

- ``convert_local``: in this process, one document after another, no time limit.
- ``convert_pool``: N worker processes. On Linux they are forked after the pipeline is loaded here, so it
  is loaded once and shared copy-on-write. Each document has a time limit: a worker that runs over it,
  or dies (out of memory, a crash in a C library), is killed and replaced, and that document gets an
  error line. Workers die with this process (``PR_SET_PDEATHSIG``), even when it is killed with SIGKILL.

What makes N workers N times faster (``benchmarks/batch.py`` prints each figure):
- whatever a worker would load on its first documents is loaded here, once, before the fork: the
  pipeline (``warm``) and, for more than one worker, the tables loaded lazily (``preload_tables``: about
  1 s of CPU that each worker paid again);
- the objects loaded are frozen out of the garbage collector's reach before the fork (``gc.freeze``), so
  that the workers' full collections do not write to, and copy, the pages they share with this process
  (it guards long batches); here they stay frozen when they were before (``pipeline.tune_gc``: thawing
  them made this process's shutdown walk the whole pipeline, 0.25-0.3 s of CPU after every batch);
- each worker has its next document waiting in its pipe while it converts one, so it does not wait for
  this process between documents; which document goes to which worker is dispatch.py's: a site's posts to
  the worker that converted the site before (its caches hold their words), and at the end of the input,
  documents far longer than the others read ahead first, so that no worker is left with a long one while
  the others idle;
- workers send back the finished output line (serialised in the worker): this process only reads the
  input, orders the lines and writes them (about 0.4 ms of CPU a document, against 15-20 ms in a worker).

What still keeps two workers under 2x: the serial start (about 1 s of CPU, three quarters of it importing
spaCy and what it imports) and the words each worker meets anew (two workers add a quarter more strings to
their vocabularies than one; a few percent more CPU).
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait

from ..schema import ErrorLine
from .dispatch import AFFINITY, long_ones_last, pick, site
from .items import Item, Result, Settings, convert
from .worker import WorkerStats, serve

WARM_TEXT = "Gegužės 3 d. Vilniaus apskrities Adomo Mickevičiaus viešojoje bibliotekoje lankėsi Jonas Petraitis."
WINDOW_PER_WORKER = 64  # documents converted ahead of a slow one, per worker, before the pool waits for it
DEPTH = 2  # documents a worker holds at a time: the one it converts, and the next one waiting in its pipe


def warm(settings: Settings) -> None:
    """Load the pipeline and the tables the warm-up post reaches, so that forked workers share them."""
    from ..api import extract

    extract(WARM_TEXT, published="2023-05-20", backend=settings.backend)


def preload_tables() -> None:
    """Load the tables the extractors load on first use and the warm-up post does not reach: the
    dictionary's affix rules (role phrases inflected to the nominative) and Hunspell itself (asked about
    whitespace tokens). Nearly every batch needs them; each worker loading its own copy cost it about
    1 s of CPU, twice over with two workers (one worker loads them when it first needs them)."""
    from ..morphology import generate, get_analyzer

    analyzer = get_analyzer()
    generate("bibliotekininkė", "Nom", analyzer=analyzer)
    analyzer.analyze("\n")


def convert_local(items: Iterable[Item], settings: Settings) -> Iterator[Result]:
    for item in items:
        yield convert(item, settings)


def error_result(item: Item, message: str) -> Result:
    return Result(item.id, ErrorLine(source=item.source, error=message).model_dump_json(), True)


def _context() -> mp.context.BaseContext:
    if sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods():
        return mp.get_context("fork")
    return mp.get_context("spawn")  # elsewhere each worker loads its own pipeline


_starting = threading.Lock()


@contextlib.contextmanager
def _may_fork() -> Iterator[None]:
    """Let a daemonic process (a dask worker) start workers, which multiprocessing refuses to a daemonic
    one for fear of orphans: these die with their parent (``PR_SET_PDEATHSIG``) and are joined here."""
    with _starting:  # one thread at a time (a dask worker may run several tasks at once)
        config = mp.current_process()._config  # type: ignore[attr-defined]
        daemon = config.get("daemon")
        if daemon:
            config["daemon"] = False
        try:
            yield
        finally:
            if daemon:
                config["daemon"] = daemon


class _Worker:
    def __init__(self, ctx: mp.context.BaseContext, settings: Settings, siblings: list[Connection]) -> None:
        self.conn, child = ctx.Pipe()
        forked = ctx.get_start_method() == "fork"
        self.process = ctx.Process(
            target=serve, args=(child, settings, os.getpid(), siblings if forked else []),
            daemon=True, name="ltreports-worker",
        )
        # what is loaded now stays out of the collector's reach in the worker, so that its collections do
        # not write to (and copy) the memory pages it shares with this process. Here it is thawed again only
        # if nothing was frozen before (gc.unfreeze thaws everything: it would undo pipeline.tune_gc, and each
        # full collection of this process, and its shutdown, would walk the whole pipeline again)
        thaw = forked and gc.isenabled() and gc.get_freeze_count() == 0
        if forked and gc.isenabled():
            gc.freeze()
        try:
            with _may_fork():
                self.process.start()
        finally:
            if thaw:
                gc.unfreeze()
        child.close()
        self.tasks: list[tuple[int, Item]] = []  # sent and not answered yet: the first is being converted
        self.since = 0.0  # when the first of them started, as far as this process can tell

    def send(self, index: int, item: Item) -> None:
        if not self.tasks:
            self.since = time.monotonic()
        self.tasks.append((index, item))
        self.conn.send((index, item))

    def done(self) -> None:
        """The first task's result came back: the next one (if any) starts now."""
        self.tasks.pop(0)
        self.since = time.monotonic()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()

    def how_it_died(self) -> str:
        self.process.join(5)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit status {code}"


class Pool:
    """Worker processes converting documents, each under a time limit; results come back in order."""

    def __init__(self, settings: Settings, workers: int, timeout: float | None, *, preload: bool | None = None) -> None:
        """``preload``: load the lazily loaded tables here before forking (``preload_tables``); by default
        when there is more than one worker to share them."""
        self.settings = settings
        self.timeout = timeout if timeout and timeout > 0 else None
        self.ctx = _context()
        if self.ctx.get_start_method() == "fork":  # loaded once here, then shared by every worker
            if settings.backend == "spacy":
                warm(settings)
            else:  # loaded but not run: torch's thread pool, once started, hangs in forked children
                from ..pipeline import load_pipeline

                load_pipeline(settings.backend)
            if preload if preload is not None else workers > 1:
                preload_tables()
        self.stats: list[WorkerStats] = []  # of the workers that left when asked (close())
        self.workers: list[_Worker] = []
        self._sites: dict[int, str | None] = {}  # the site of each waiting document (dispatch.site)
        self._owners: dict[str, _Worker] = {}  # the worker each site went to first
        self._urgent: set[int] = set()  # the long documents sent first at the end of the input
        for _ in range(max(1, workers)):
            self.workers.append(self._spawn())
        self.window = WINDOW_PER_WORKER * len(self.workers)

    def _spawn(self) -> _Worker:
        return _Worker(self.ctx, self.settings, [w.conn for w in getattr(self, "workers", [])])

    def _replace(self, worker: _Worker) -> _Worker:
        worker.kill()
        fresh = self._spawn()
        self.workers[self.workers.index(worker)] = fresh
        return fresh

    def run(self, items: Iterable[Item]) -> Iterator[Result]:
        """Results in input order. Documents are read up to ``window`` ahead of the first one not yet
        written and go to the workers in input order; once the input is read to its end, the long ones
        among those left go first, so that the last ones to finish are short ones."""
        todo = enumerate(items)
        ready: dict[int, Result] = {}
        waiting: list[tuple[int, Item]] = []  # read, not sent yet (in input order, then longest last)
        following, exhausted = 0, False
        while True:
            held = len(ready) + len(waiting) + sum(len(w.tasks) for w in self.workers)
            while not exhausted and held < self.window:
                try:
                    index, item = next(todo)
                except StopIteration:
                    exhausted = True
                    self._urgent = long_ones_last(waiting)  # popped from the end: sent first
                    break
                if item.error is not None:  # nothing to convert: the reader's error line
                    ready[index] = convert(item, self.settings)
                else:
                    waiting.insert(0, (index, item))  # popped from the end: the oldest first
                    self._sites[index] = site(item)
                    held += 1
            self._dispatch(waiting)
            while following in ready:
                yield ready.pop(following)
                following += 1
            busy = [w for w in self.workers if w.tasks]
            if not busy:
                if exhausted and not waiting:
                    return
                continue
            self._collect(busy, ready)

    def _dispatch(self, waiting: list[tuple[int, Item]]) -> None:
        """Give each worker a document, then a second one to wait in its pipe while there are more
        documents waiting than workers (the last few go only to a free worker, so that none waits behind
        a long document while another worker idles)."""
        for level in range(1, DEPTH + 1):
            for worker in list(self.workers):
                if not waiting or (level > 1 and len(waiting) <= len(self.workers)):
                    return
                if len(worker.tasks) >= level:
                    continue
                index, item = waiting.pop(self._next_for(worker, waiting))
                try:
                    worker.send(index, item)
                except (OSError, ValueError):  # it died: a new one takes its documents
                    tasks, worker.tasks = worker.tasks, []
                    worker = self._replace(worker)
                    for task in tasks:
                        worker.send(*task)

    def _next_for(self, worker: _Worker, waiting: list[tuple[int, Item]]) -> int:
        """The position in ``waiting`` of the document ``worker`` gets (dispatch.pick): the next long one at
        the end of the input, else one of a site of its own near the front, else the next in order."""
        last = len(waiting) - 1
        if waiting[last][0] in self._urgent:
            position = last
        else:
            front = max(0, len(waiting) - AFFINITY)
            position = front + pick([self._sites.get(i) for i, _ in waiting[front:]], worker, self._owner)
        key = self._sites.pop(waiting[position][0], None)
        if key is not None and self._owner(key) is None:
            self._owners[key] = worker
        return position

    def _owner(self, key: str) -> _Worker | None:
        """The live worker a site went to first (a worker that died or was stopped, with its caches, owns none)."""
        worker = self._owners.get(key)
        return worker if worker is not None and any(w is worker for w in self.workers) else None

    def _collect(self, busy: list[_Worker], ready: dict[int, Result]) -> None:
        """Wait for the next result (or the first time limit to pass); a worker that died or ran over the
        limit is replaced, its document gets an error line and the documents waiting behind it go on."""
        now = time.monotonic()
        wait_for = None if self.timeout is None else max(0.0, min(w.since + self.timeout - now for w in busy))
        by_conn = {w.conn: w for w in busy}
        for conn in wait(list(by_conn), timeout=wait_for):
            worker = by_conn[conn]  # type: ignore[index]
            try:
                index, result = conn.recv()  # type: ignore[union-attr]
            except (EOFError, OSError):
                index, item = worker.tasks[0]
                ready[index] = error_result(item, (
                    f"the worker converting this document died ({worker.how_it_died()}); it may have run "
                    "out of memory: try the document alone with `ltreports extract`"
                ))
                self._restart(worker)
                continue
            ready[index] = result
            worker.done()
        if self.timeout is not None:
            now = time.monotonic()
            for worker in busy:
                if worker.tasks and now - worker.since > self.timeout:
                    index, item = worker.tasks[0]
                    ready[index] = error_result(item, (
                        f"took longer than {self.timeout:g} s and was stopped: split the post into smaller "
                        "ones, or give a higher --timeout"
                    ))
                    self._restart(worker)

    def _restart(self, worker: _Worker) -> None:
        """A fresh worker in place of one that died or was stopped, with the documents queued behind the
        one it was converting."""
        queued, worker.tasks = worker.tasks[1:], []
        fresh = self._replace(worker)
        for task in queued:
            fresh.send(*task)

    def close(self) -> None:
        """Stop the workers: idle ones are asked to leave (and report what they did), and any still
        running after a moment are killed."""
        for worker in self.workers:
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
        deadline = time.monotonic() + 2
        for worker in self.workers:
            with contextlib.suppress(OSError, ValueError, EOFError):
                if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                    stats = worker.conn.recv()
                    if isinstance(stats, WorkerStats):
                        self.stats.append(stats)
            worker.process.join(max(0.0, deadline - time.monotonic()))
            worker.kill()

    def kill(self) -> None:
        for worker in self.workers:
            worker.kill()


def convert_pool(items: Iterable[Item], settings: Settings, workers: int, timeout: float | None, *,
                 preload: bool | None = None) -> Iterator[Result]:
    pool = Pool(settings, workers, timeout, preload=preload)
    finished = False
    try:
        yield from pool.run(items)
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # interrupted, or the caller stopped reading: nothing more is wanted from the workers
            pool.kill()
