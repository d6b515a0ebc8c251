"""Batch conversion: many documents in, exactly one JSON line out per document, in input order.

    input (inputs.py) → Items → engine (engines.py: local or a pool of workers; ../dask.py: a cluster)
          → Results → output (outputs.py: written document by document, resumable)

A document that fails yields ``{"source": {...}, "error": "..."}`` (what was wrong, what to do) and
the batch goes on; nothing a document holds stops a batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from .engines import convert_local, convert_pool
from .inputs import CSV_TEXT_COLUMNS, TEXT_SUFFIXES, Input, open_input, read_csv, read_folder, read_items, read_jsonl
from .items import InputError, Item, Result, Settings, convert, process, to_line
from .outputs import OutputError, Writer, check_output, completed

__all__ = [
    "CSV_TEXT_COLUMNS", "TEXT_SUFFIXES", "Input", "InputError", "Item", "OutputError", "Result", "Settings",
    "Summary", "Writer", "check_output", "completed", "consume", "convert", "open_input", "process", "read_csv",
    "read_folder", "read_items", "read_jsonl", "run", "to_line",
]


@dataclass
class Summary:
    """What a batch did: documents converted, documents with an error line, documents resumed from an
    earlier run, and ids seen more than once (id → how many times)."""

    converted: int = 0
    failed: int = 0
    resumed: int = 0
    duplicates: dict[str, int] = field(default_factory=dict)

    def __iter__(self) -> Iterator[int]:  # ``ok, errors = run(...)``
        yield self.converted
        yield self.failed


def mismatch(index: int, found: str, expected: str | None) -> OutputError:
    where = f"document {index + 1} of the output is {expected!r} but the input has {found!r}"
    if expected is None:
        where = f"the output holds more documents than the input ({index})"
    return OutputError(
        f"the output does not belong to this input ({where}): give another output file, "
        "or leave out --resume to start over"
    )


def skip_done(items: Iterable[Item], done: Sequence[str], summary: Summary) -> Iterator[Item]:
    """The items after those an earlier run finished; checks that those are the same documents."""
    count = 0
    for index, item in enumerate(items):
        count = index + 1
        if index < len(done):
            if item.id != done[index]:
                raise mismatch(index, item.id, done[index])
            summary.resumed += 1
            continue
        yield item
    if count < len(done):
        raise mismatch(count, "", None)


def consume(results: Iterable[Result], write: Callable[[str], None], summary: Summary, done: Sequence[str] = (),
            progress: Callable[[], None] | None = None) -> Summary:
    """Write each result's line in order and count it."""
    seen = Counter(done)
    for result in results:
        write(result.line)
        if result.failed:
            summary.failed += 1
        else:
            summary.converted += 1
        seen[result.id] += 1
        if seen[result.id] > 1:
            summary.duplicates[result.id] = seen[result.id]
        if progress:
            progress()
    return summary


def run(
    items: Iterable[Item],
    write: Callable[[str], None],
    *,
    workers: int = 1,
    backend: str = "spacy",
    include_text: bool = False,
    timeout: float | None = None,
    max_chars: int | None = None,
    published: str | None = None,
    done: Sequence[str] = (),
    progress: Callable[[], None] | None = None,
) -> Summary:
    """Convert items in order, writing one line each. ``done``: ids an earlier run finished (``--resume``).

    With ``workers`` > 1 or a ``timeout``, documents are converted in worker processes (engines.py)."""
    settings = Settings(backend=backend, include_text=include_text, max_chars=max_chars, published=published)
    summary = Summary()
    todo = skip_done(items, done, summary)
    if workers <= 1 and not timeout:
        results = convert_local(todo, settings)
    else:
        results = convert_pool(todo, settings, workers, timeout)
    return consume(results, write, summary, done, progress)
