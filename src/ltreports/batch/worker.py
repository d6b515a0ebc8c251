"""What runs in a worker process of the pool (engines.py): documents in through its pipe, output lines out,
and, when asked to leave, what it did (``WorkerStats``)."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import sys
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection

from .items import Settings, convert


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


def _torch_threads() -> None:
    """One torch thread per worker (``$LTREPORTS_TORCH_THREADS`` to change it): N workers with torch's
    default of a thread per core would run N x cores threads fighting over the cores."""
    torch = sys.modules.get("torch")
    if torch is None:  # not imported yet: stanza_backend sets the same when it imports torch
        return
    from ..stanza_backend import torch_threads

    torch.set_num_threads(torch_threads())


@dataclass
class WorkerStats:
    """What one worker process did, as it reports on leaving (``Pool.stats``; benchmarks/batch.py)."""

    documents: int = 0
    cpu: float = 0.0  # CPU seconds, user and system
    busy: float = 0.0  # wall seconds converting documents
    first: float = 0.0  # wall seconds from its start to its first document
    idle: float = 0.0  # wall seconds waiting for a document between its first and its last
    page_faults: int = 0  # minor page faults: pages first touched, or copied from those shared with the parent
    new_strings: int = 0  # strings added to the vocabulary (words, lemmas met for the first time by this worker)


def _strings() -> int:
    """Strings in the vocabularies of the pipelines loaded in this process (each word met anew adds some)."""
    from ..pipeline import loaded

    return sum(len(nlp.vocab.strings) for nlp in loaded())


def serve(conn: Connection, settings: Settings, parent: int, siblings: list[Connection]) -> None:
    """Convert the documents sent until told to leave (None), then send the stats; die with the parent."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if settings.backend != "spacy":
        _torch_threads()
    for sibling in siblings:  # the parent's ends of the other workers' pipes: only the parent holds them
        sibling.close()
    stats = WorkerStats()
    strings = _strings()
    mark = time.perf_counter()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        now = time.perf_counter()
        if task is None:
            usage = resource.getrusage(resource.RUSAGE_SELF)
            stats.cpu, stats.page_faults = usage.ru_utime + usage.ru_stime, usage.ru_minflt
            stats.new_strings = _strings() - strings
            with contextlib.suppress(OSError, ValueError):
                conn.send(stats)
            return
        if stats.documents:
            stats.idle += now - mark
        else:
            stats.first = now - mark
        index, item = task
        result = convert(item, settings)
        mark = time.perf_counter()
        stats.busy += mark - now
        stats.documents += 1
        conn.send((index, result))
