"""Batch conversion: many documents in, one JSON line out per document, in input order.

Inputs: a JSON Lines file (``id``, ``text``, optional ``published``, ``url``; other keys ignored),
a folder of ``.txt``/``.html``/``.md`` files, or a CSV file with a text column. A document that fails
yields ``{"source": {...}, "error": "..."}`` and the batch goes on.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .schema import ErrorLine, Report, Source

TEXT_SUFFIXES = {".txt", ".html", ".htm", ".md"}
CSV_TEXT_COLUMNS = ("text", "tekstas", "content", "body")


class InputError(Exception):
    """The batch input cannot be read at all (missing, unknown format); the message says what to do."""


@dataclass
class Item:
    source: Source
    text: str | bytes | None
    error: str | None = None


def _published(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def read_jsonl(path: Path) -> Iterator[Item]:
    with path.open("rb") as f:
        for number, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8-sig"))
                if not isinstance(obj, dict):
                    raise ValueError("a line must be a JSON object")
            except (ValueError, UnicodeDecodeError) as e:
                source = Source(id=f"{path.name}:{number}", path=str(path))
                yield Item(source, None, f"line {number} is not valid JSON: {e}")
                continue
            src = Source(
                id=str(obj.get("id", f"{path.name}:{number}")),
                path=obj.get("path"),
                url=obj.get("url"),
                published=_published(obj.get("published")),
                title=obj.get("title"),
            )
            text = obj.get("text")
            if not isinstance(text, str):
                yield Item(src, None, "the line has no \"text\" string")
            else:
                yield Item(src, text)


def read_folder(path: Path) -> Iterator[Item]:
    for file in sorted(p for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES and p.is_file()):
        rel = file.relative_to(path)
        yield Item(Source(id=str(rel), path=str(file)), file.read_bytes())


def read_csv(path: Path) -> Iterator[Item]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        columns = {c.lower(): c for c in reader.fieldnames or []}
        text_col = next((columns[c] for c in CSV_TEXT_COLUMNS if c in columns), None)
        if text_col is None:
            raise InputError(
                f"{path}: no text column; name one of the columns {', '.join(CSV_TEXT_COLUMNS)} "
                f"(found: {', '.join(reader.fieldnames or []) or 'none'})"
            )
        for number, row in enumerate(reader, 1):
            src = Source(
                id=row.get(columns.get("id", ""), None) or f"{path.name}:{number}",
                url=row.get(columns.get("url", "")) or None,
                published=_published(row.get(columns.get("published", ""))),
                title=row.get(columns.get("title", "")) or None,
            )
            yield Item(src, row.get(text_col) or "")


def read_items(path: Path) -> Iterator[Item]:
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        return read_folder(path)
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson", ".json"}:
        return read_jsonl(path)
    if suffix == ".csv":
        return read_csv(path)
    raise InputError(f"{path}: give a .jsonl file, a .csv file with a text column, or a folder of .txt/.html/.md files")


def process(item: Item, backend: str = "spacy", include_text: bool = False) -> Report | ErrorLine:
    """One item → its report, or an error line; never raises for a bad document."""
    from .api import extract

    if item.error is not None or item.text is None:
        return ErrorLine(source=item.source, error=item.error or "no text")
    try:
        published = item.source.published
        source = item.source
        try:
            from .api import parse_published

            parse_published(published)
        except ValueError as e:
            source = source.model_copy(update={"published": None})
            report = extract(item.text, source=source, backend=backend, include_text=include_text)
            report.warnings.insert(0, f"{e}; the date was ignored")
            return report
        return extract(item.text, published=published, source=source, backend=backend, include_text=include_text)
    except Exception as e:  # a bad document must not stop the batch
        return ErrorLine(source=item.source, error=f"{type(e).__name__}: {e}")


def _work(args: tuple[Item, str, bool]) -> tuple[str, bool]:
    item, backend, include_text = args
    result = process(item, backend, include_text)
    return to_line(result, include_text), isinstance(result, ErrorLine)


def to_line(result: Report | ErrorLine, include_text: bool = False) -> str:
    if isinstance(result, Report):
        return result.to_json(include_text=include_text)
    return result.model_dump_json()


def run(
    items: list[Item],
    write: Callable[[str], None],
    *,
    workers: int = 1,
    backend: str = "spacy",
    include_text: bool = False,
    progress: Callable[[], None] | None = None,
) -> tuple[int, int]:
    """Process items in order, writing one line each; returns (reports, errors)."""
    ok = errors = 0
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            lines = pool.map(_work, [(i, backend, include_text) for i in items], chunksize=4)
            for line, failed in lines:
                write(line)
                errors += failed
                ok += not failed
                if progress:
                    progress()
        return ok, errors
    for item in items:
        result = process(item, backend, include_text)
        write(to_line(result, include_text))
        if isinstance(result, ErrorLine):
            errors += 1
        else:
            ok += 1
        if progress:
            progress()
    return ok, errors
