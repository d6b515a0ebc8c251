"""Engines: Items in, one Result per Item out, in input order.

- ``convert_local``: in this process, one document after another, no time limit.
- ``convert_pool``: N worker processes. On Linux they are forked after the pipeline is loaded here, so it
  is loaded once and shared copy-on-write. Each document has a time limit: a worker that runs over it,
  or dies (out of memory, a crash in a C library), is killed and replaced, and that document gets an
  error line. Workers die with this process (``PR_SET_PDEATHSIG``), even when it is killed with SIGKILL.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait

from ..schema import ErrorLine
from .items import Item, Result, Settings, convert

WARM_TEXT = "Gegužės 3 d. Vilniaus apskrities Adomo Mickevičiaus viešojoje bibliotekoje lankėsi Jonas Petraitis."
WINDOW_PER_WORKER = 64  # documents converted ahead of a slow one, per worker, before the pool waits for it


def warm(settings: Settings) -> None:
    """Load the pipeline and every lazy table it uses, so forked workers share them."""
    from ..api import extract

    extract(WARM_TEXT, published="2023-05-20", backend=settings.backend)


def convert_local(items: Iterable[Item], settings: Settings) -> Iterator[Result]:
    for item in items:
        yield convert(item, settings)


def error_result(item: Item, message: str) -> Result:
    return Result(item.id, ErrorLine(source=item.source, error=message).model_dump_json(), True)


def _context() -> mp.context.BaseContext:
    if sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods():
        return mp.get_context("fork")
    return mp.get_context("spawn")  # elsewhere each worker loads its own pipeline


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this worker when its parent dies, however it dies."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the request took hold
        os._exit(1)


def _one_torch_thread() -> None:
    """N workers with one torch thread each, rather than N x cores threads fighting over the cores."""
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass


def _serve(conn: Connection, settings: Settings, parent: int, siblings: list[Connection]) -> None:
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if settings.backend != "spacy":
        _one_torch_thread()
    for sibling in siblings:  # the parent's ends of the other workers' pipes: only the parent holds them
        sibling.close()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, item = task
        conn.send((index, convert(item, settings)))


class _Worker:
    def __init__(self, ctx: mp.context.BaseContext, settings: Settings, siblings: list[Connection]) -> None:
        self.conn, child = ctx.Pipe()
        forked = ctx.get_start_method() == "fork"
        self.process = ctx.Process(
            target=_serve, args=(child, settings, os.getpid(), siblings if forked else []),
            daemon=True, name="ltreports-worker",
        )
        self.process.start()
        child.close()
        self.task: tuple[int, Item] | None = None
        self.since = 0.0

    def send(self, index: int, item: Item) -> None:
        self.task = (index, item)
        self.since = time.monotonic()
        self.conn.send((index, item))

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

    def __init__(self, settings: Settings, workers: int, timeout: float | None) -> None:
        self.settings = settings
        self.timeout = timeout if timeout and timeout > 0 else None
        self.ctx = _context()
        if self.ctx.get_start_method() == "fork":  # loaded once here, then shared by every worker
            if settings.backend == "spacy":
                warm(settings)
            else:  # loaded but not run: torch's thread pool, once started, hangs in forked children
                from ..pipeline import load_pipeline

                load_pipeline(settings.backend)
        self.workers: list[_Worker] = []
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
        todo = enumerate(items)
        ready: dict[int, Result] = {}
        busy: dict[Connection, _Worker] = {}
        idle = list(self.workers)
        following, exhausted = 0, False
        while True:
            while idle and not exhausted and len(ready) + len(busy) < self.window:
                try:
                    index, item = next(todo)
                except StopIteration:
                    exhausted = True
                    break
                if item.error is not None:  # nothing to convert: the reader's error line
                    ready[index] = convert(item, self.settings)
                    continue
                worker = idle.pop()
                try:
                    worker.send(index, item)
                except (OSError, ValueError):  # it died while idle: a new one takes the document
                    worker = self._replace(worker)
                    worker.send(index, item)
                busy[worker.conn] = worker
            while following in ready:
                yield ready.pop(following)
                following += 1
            if exhausted and not busy:
                return
            if not busy:
                continue
            now = time.monotonic()
            wait_for = None if self.timeout is None else max(
                0.0, min(w.since + self.timeout - now for w in busy.values()))
            for conn in wait(list(busy), timeout=wait_for):
                worker = busy.pop(conn)  # type: ignore[arg-type]
                assert worker.task is not None
                try:
                    index, result = conn.recv()  # type: ignore[union-attr]
                except (EOFError, OSError):
                    index, item = worker.task
                    result = error_result(item, (
                        f"the worker converting this document died ({worker.how_it_died()}); it may have run "
                        "out of memory: try the document alone with `ltreports extract`"
                    ))
                    worker = self._replace(worker)
                ready[index] = result
                worker.task = None
                idle.append(worker)
            if self.timeout is not None:
                now = time.monotonic()
                for conn, worker in list(busy.items()):
                    if worker.task is not None and now - worker.since > self.timeout:
                        del busy[conn]
                        index, item = worker.task
                        ready[index] = error_result(item, (
                            f"took longer than {self.timeout:g} s and was stopped: split the post into smaller "
                            "ones, or give a higher --timeout"
                        ))
                        idle.append(self._replace(worker))

    def close(self) -> None:
        """Stop the workers: idle ones are asked to leave, and any still running after a moment are killed."""
        for worker in self.workers:
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
        deadline = time.monotonic() + 2
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            worker.kill()

    def kill(self) -> None:
        for worker in self.workers:
            worker.kill()


def convert_pool(items: Iterable[Item], settings: Settings, workers: int, timeout: float | None) -> Iterator[Result]:
    pool = Pool(settings, workers, timeout)
    finished = False
    try:
        yield from pool.run(items)
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # interrupted, or the caller stopped reading: nothing more is wanted from the workers
            pool.kill()
