"""One batch document: what a reader found (``Item``) and how it becomes exactly one output line.

``convert()`` never raises: whatever the document holds, the result is a report line or an error line
that says what was wrong and what to do.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from ..schema import ErrorLine, Report, Source
from ..text_input import SURROGATE


class InputError(Exception):
    """The batch input cannot be read at all (missing, unknown format); the message says what to do."""


@dataclass
class Item:
    """A document as read from the input: its text, or a file to read, or what was wrong with it."""

    source: Source
    text: str | bytes | None = None
    error: str | None = None
    file: str | None = None  # a file of a folder input, read where the document is converted
    warnings: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.source.id or ""


@dataclass(frozen=True)
class Settings:
    """How each document is converted; the same for every engine, so their output is identical."""

    backend: str = "spacy"
    include_text: bool = False
    max_chars: int | None = None
    published: str | None = None  # the publication date of documents that give none (--published)


class Result(NamedTuple):
    """One output line: the document's id, the JSON line, and whether it is an error line."""

    id: str
    line: str
    failed: bool


def clean(value: str) -> str:
    """A string that can be written as UTF-8: lone surrogates (broken ``\\u`` escapes) become U+FFFD."""
    return SURROGATE.sub("\ufffd", value)


def source_from_mapping(obj: Mapping[str, object], default_id: str) -> tuple[Source, list[str]]:
    """The ``Source`` of a JSON object or a table row; values of the wrong type are ignored with a warning."""
    warnings: list[str] = []

    def string(key: str) -> str | None:
        value = obj.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            return clean(value)
        if isinstance(value, int | float) and not isinstance(value, bool) and key in ("id", "published"):
            return str(value)
        warnings.append(f'"{key}" is {type(value).__name__}, not a string: it was ignored; give it as a string')
        return None

    found_id = string("id")
    if isinstance(obj.get("id"), str) and found_id != obj.get("id"):
        warnings.append('"id" had broken \\u escapes (lone surrogates); they were replaced by U+FFFD')
    source = Source(
        id=found_id or default_id,
        path=string("path"),
        url=string("url"),
        published=string("published"),
        title=string("title"),
    )
    return source, warnings


def item_from_mapping(obj: object, default_id: str, where: str) -> Item:
    """A JSON Lines object or a Parquet row → an Item (with an error when it has no text)."""
    if not isinstance(obj, Mapping):
        kind = {list: "an array", str: "a string", bool: "true or false", type(None): "null"}.get(
            type(obj), "a number")
        return Item(Source(id=default_id), error=f'{where} is {kind}, not an object: write {{"id": …, "text": …}}')
    source, warnings = source_from_mapping(obj, default_id)
    text = obj.get("text")
    if not isinstance(text, str | bytes):
        what = "no \"text\"" if text is None else f'a "text" that is {type(text).__name__}, not a string'
        return Item(source, error=f"{where} has {what}: give the post's text as a string under \"text\"")
    return Item(source, text=text, warnings=warnings)


def _read_file(item: Item) -> str | bytes:
    from ..api import MAX_INPUT_BYTES, DocumentTooLarge

    assert item.file is not None
    size = os.stat(item.file).st_size
    if size > MAX_INPUT_BYTES:
        raise DocumentTooLarge(
            f"the file is {size:,} bytes long, over the limit of {MAX_INPUT_BYTES:,}: split it into separate posts"
        )
    with open(item.file, "rb") as f:
        return f.read()


def process(item: Item, backend: str = "spacy", include_text: bool = False,
            max_chars: int | None = None) -> Report | ErrorLine:
    """One item → its report, or an error line; never raises for a bad document."""
    from ..api import DocumentTooLarge, extract, parse_published

    if item.error is not None:
        return ErrorLine(source=item.source, error=item.error)
    try:
        text = _read_file(item) if item.file is not None else item.text
    except DocumentTooLarge as e:
        return ErrorLine(source=item.source, error=str(e))
    except OSError as e:
        return ErrorLine(
            source=item.source,
            error=f"cannot read the file ({e.strerror or e}): make it readable, or remove it from the folder",
        )
    if text is None:
        return ErrorLine(source=item.source, error="the document has no text: give the post's text")
    source, warnings = item.source, list(item.warnings)
    try:
        parse_published(source.published)
    except ValueError as e:
        source = source.model_copy(update={"published": None})
        warnings.append(f"{e}; the date was ignored")
    try:
        report = extract(text, published=source.published, source=source, backend=backend,
                         include_text=include_text, max_chars=max_chars)
    except DocumentTooLarge as e:
        return ErrorLine(source=item.source, error=str(e))
    except Exception as e:  # a bad document must not stop the batch
        return ErrorLine(
            source=item.source,
            error=f"the document could not be converted ({type(e).__name__}: {e}); this is a fault in "
            "ltreports: please report it with the document",
        )
    report.warnings[:0] = warnings
    return report


def to_line(result: Report | ErrorLine, include_text: bool = False) -> str:
    if isinstance(result, Report):
        return result.to_json(include_text=include_text)
    return result.model_dump_json()


def convert(item: Item, settings: Settings) -> Result:
    """One item → exactly one output line. Never raises (short of the process being killed)."""
    try:
        if settings.published and not item.source.published:
            item.source = item.source.model_copy(update={"published": settings.published})
        result = process(item, settings.backend, settings.include_text, settings.max_chars)
        return Result(item.id, to_line(result, settings.include_text), isinstance(result, ErrorLine))
    except Exception as e:  # e.g. a report that cannot be serialised: still one line, still the same id
        error = f"the report could not be written ({type(e).__name__}: {e}); please report it with the document"
        return Result(item.id, json.dumps({"source": {"id": clean(item.id)}, "error": error}, ensure_ascii=False),
                      True)
