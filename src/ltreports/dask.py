"""Past one machine: batch conversion as a ``dask.bag`` over JSON Lines or Parquet partitions.

    from ltreports.dask import results_bag
    bag = results_bag("posts.jsonl", blocksize="32MiB")   # one Result per input line, in input order
    lines = [r.line for r in bag.compute()]

Each partition is a block of whole lines of the JSON Lines file (or a row group of the Parquet file);
a worker parses it with the same code as the local engine (``batch.inputs.parse_block``) and converts its
documents with the pipeline it loaded once (``load_pipeline`` keeps one per process), so the output is
line for line the local engine's. ``ltreports batch --engine dask --scheduler ADDRESS`` runs it on a
cluster; the files must be readable by every worker at the same path (a shared disk, or any fsspec URL).

With a ``timeout`` (``--timeout``), a partition's documents are converted in a process forked from the dask
worker (the local engine's pool of one worker): a document over the limit is stopped, gets the local
engine's error line, and the partition goes on in a fresh process. Give dask workers one thread each
(``--nthreads 1``): a fork copies the locks other threads hold.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence

from .batch.engines import convert_pool
from .batch.inputs import parquet_row_groups, parse_block, read_parquet_group, split_lines
from .batch.items import InputError, Item, Result, Settings, convert

SKIPPED = ""  # the line of a document an earlier run finished: only its id comes back, to be checked
DEFAULT_BLOCKSIZE = "32MiB"


def _count_lines(block: bytes) -> int:
    return len(split_lines(block))


def _convert_items(items: list[Item], first_index: int, settings: Settings, skip: int,
                   timeout: float | None = None) -> list[Result]:
    done = max(0, min(len(items), skip - first_index))  # the first documents of the input: an earlier run's
    results = [Result(item.id, SKIPPED, False) for item in items[:done]]
    todo = items[done:]
    if timeout and todo:
        # the tables loaded on first use are loaded in the dask worker, which outlives its partitions
        results.extend(convert_pool(todo, settings, 1, timeout, preload=True))
    else:
        results.extend(convert(item, settings) for item in todo)
    return results


def _convert_block(block: bytes, first: int, name: str, settings: Settings, skip: int,
                   timeout: float | None = None) -> list[Result]:
    return _convert_items(parse_block(block, first, name), first - 1, settings, skip, timeout)


def _convert_group(path: str, group: int, first: int, settings: Settings, skip: int,
                   timeout: float | None = None) -> list[Result]:
    return _convert_items(read_parquet_group(path, group, first), first, settings, skip, timeout)


def results_bag(path: str | os.PathLike, settings: Settings | None = None, *, blocksize: str | int = DEFAULT_BLOCKSIZE,
                skip: int = 0, timeout: float | None = None):
    """A dask bag of one Result per input document, in input order; the first ``skip`` documents (done by
    an earlier run) come back with an empty line and only their id. With ``timeout`` (seconds), a document
    that takes longer is stopped and gets an error line."""
    import dask
    import dask.bag as db
    from dask.bytes import read_bytes

    settings = settings or Settings()
    path = os.fspath(path)
    name = os.path.basename(path)
    if path.lower().endswith(".parquet"):
        parts = [
            dask.delayed(_convert_group)(path, group, first, settings, skip, timeout)
            for group, first in parquet_row_groups(path)
        ]
    elif path.lower().endswith((".jsonl", ".ndjson", ".json")):
        _, per_file = read_bytes(path, delimiter=b"\n", blocksize=blocksize, sample=False)
        blocks = [block for blocks in per_file for block in blocks]
        counts = dask.compute(*[dask.delayed(_count_lines)(block) for block in blocks])
        parts, first = [], 1
        for block, count in zip(blocks, counts, strict=True):
            parts.append(dask.delayed(_convert_block)(block, first, name, settings, skip, timeout))
            first += count
    else:
        raise InputError(f"{path}: the dask engine reads .jsonl or .parquet files; use --engine local for others")
    if not parts:
        return db.from_sequence([], npartitions=1)
    return db.from_delayed(parts)


def convert_dask(path: str | os.PathLike, settings: Settings, *, scheduler: str | None = None, workers: int = 1,
                 blocksize: str | int = DEFAULT_BLOCKSIZE, done: Sequence[str] = (),
                 timeout: float | None = None) -> Iterator[Result]:
    """Results in input order from a dask cluster: the one at ``scheduler`` (an address such as
    ``tcp://10.0.0.5:8786``), or a local cluster of ``workers`` processes. Partitions run in parallel;
    their results are handed on in input order as each is ready. ``timeout``: seconds a document may
    take (None: no limit)."""
    from distributed import Client, LocalCluster

    from .batch import mismatch

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, dashboard_address=None,
                               silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        # the client is dask's default scheduler now
        bag = results_bag(path, settings, blocksize=blocksize, skip=len(done), timeout=timeout)
        futures = client.compute(bag.to_delayed())
        index = 0
        for future in futures:
            for result in future.result():
                if result.line == SKIPPED:
                    if index >= len(done) or result.id != done[index]:
                        raise mismatch(index, result.id, done[index] if index < len(done) else None)
                else:
                    yield result
                index += 1
            future.release()
        if index < len(done):
            raise mismatch(index, "", None)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

