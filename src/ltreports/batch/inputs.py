"""Batch inputs → Items, one per document, in input order, whatever the file holds.

- JSON Lines: one object per line (``id``, ``text``, optional ``published``, ``url``, ``title``, ``path``).
  Lines end at LF, CRLF or a bare CR; every line is a document, so an empty line gives an error line.
- a folder of ``.txt``/``.html``/``.htm``/``.md`` files (symbolic links leading out of it are skipped);
- CSV with a text column (comma, semicolon or tab; UTF-8 or Windows-1257);
- Parquet (with pyarrow) with a ``text`` column.

A line or row that cannot be read becomes an Item with an error: it still gets its output line.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..schema import Source
from .items import InputError, Item, clean, item_from_mapping

TEXT_SUFFIXES = {".txt", ".html", ".htm", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_TEXT_COLUMNS = ("text", "tekstas", "content", "body")
# a JSON line may hold a post up to the size limit, with escapes; a longer line is refused unread
MAX_LINE_BYTES = 64_000_000


@dataclass
class Input:
    """An opened batch input: its documents (read lazily, in order) and the entries it skipped."""

    path: Path
    kind: str  # jsonl, folder, csv, parquet
    items: Iterator[Item]
    skipped: list[str] = field(default_factory=list)


# -- JSON Lines ------------------------------------------------------------------------------------------


def split_lines(data: bytes) -> list[bytes]:
    """Logical lines of a block that ends at a line end (or at the end of the file): LF, CRLF, bare CR.

    A raw CR cannot stand inside a JSON string, so a bare CR always ends a line."""
    if not data:
        return []
    body = data[:-1] if data.endswith(b"\n") else data
    lines: list[bytes] = []
    for physical in body.split(b"\n"):
        lines.extend(physical[:-1].split(b"\r") if physical.endswith(b"\r") else physical.split(b"\r"))
    return lines


def parse_jsonl_line(raw: bytes, number: int, name: str) -> Item:
    """One JSON Lines line → an Item; every failure is an Item with an error, never an exception."""
    from ..text_input import decode

    default_id = f"{name}:{number}"
    where = f"line {number}"
    if not raw.strip():
        return Item(Source(id=default_id), error=f'{where} is empty: remove it, or write {{"id": …, "text": …}} on it')
    text, warnings = decode(raw[3:] if raw.startswith(codecs.BOM_UTF8) else raw)
    try:
        obj = json.loads(text)
    except RecursionError:
        return Item(Source(id=default_id), error=f"{where} is JSON nested too deeply to read: write a flat object")
    except ValueError as e:
        return Item(Source(id=default_id), error=f"{where} is not valid JSON ({e}): write one JSON object per line")
    item = item_from_mapping(obj, default_id, where)
    item.warnings[:0] = warnings
    return item


def _too_long(number: int, name: str) -> Item:
    return Item(
        Source(id=f"{name}:{number}"),
        error=f"line {number} is over {MAX_LINE_BYTES:,} bytes long: split the post into separate lines",
    )


def parse_block(data: bytes, first: int, name: str) -> list[Item]:
    """The Items of a block of whole lines whose first line is number ``first``."""
    return [
        _too_long(number, name) if len(raw) >= MAX_LINE_BYTES else parse_jsonl_line(raw, number, name)
        for number, raw in enumerate(split_lines(data), first)
    ]


def read_jsonl(path: Path) -> Iterator[Item]:
    name = path.name
    number = 1
    carry = b""
    with path.open("rb") as f:
        while True:
            physical = f.readline(MAX_LINE_BYTES)
            if not physical and not carry:
                return
            data, carry = carry + physical, b""
            if len(physical) >= MAX_LINE_BYTES and not physical.endswith(b"\n"):
                cut = data.rfind(b"\r", 0, len(data) - 1)
                if cut >= 0:  # lines ended by bare CRs (old Mac files): up to the last CR now, the rest later
                    data, carry = data[: cut + 1], data[cut + 1 :]
                else:  # one line over the limit: skip the rest of it unread
                    while physical and not physical.endswith(b"\n"):
                        physical = f.readline(MAX_LINE_BYTES)
                    yield _too_long(number, name)
                    number += 1
                    continue
            items = parse_block(data, number, name)
            number += len(items)
            yield from items


# -- a folder of files -------------------------------------------------------------------------------


def _display(path: str) -> str:
    """A path as text: bytes that are not UTF-8 in a file name are shown as \\xNN."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def list_folder(root: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """The documents of a folder as (id, file) in sorted order, and the entries skipped, with why.

    Symbolic links are followed only to files inside the folder; folders behind links are not entered."""
    real_root = os.path.realpath(root)
    skipped: list[str] = []
    other = 0
    found: list[tuple[tuple[str, ...], str]] = []

    def unreadable(e: OSError) -> None:
        skipped.append(f"{_display(e.filename or '?')}: cannot list the folder ({e.strerror}); make it readable")

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        for d in dirnames:
            if os.path.islink(os.path.join(dirpath, d)):
                skipped.append(f"{_display(os.path.join(dirpath, d))}: a link to a folder (links are not followed)")
        for filename in filenames:
            full = os.path.join(dirpath, filename)
            if os.path.splitext(filename)[1].lower() not in TEXT_SUFFIXES:
                other += 1
                continue
            if os.path.islink(full):
                target = os.path.realpath(full)
                if os.path.commonpath([real_root, target]) != real_root:
                    skipped.append(f"{_display(full)}: a link to a file outside the folder (not followed)")
                    continue
            try:
                mode = os.stat(full).st_mode
            except OSError as e:
                skipped.append(f"{_display(full)}: {e.strerror} (a broken link?)")
                continue
            if not stat.S_ISREG(mode):
                skipped.append(f"{_display(full)}: not a regular file")
                continue
            found.append((Path(os.path.relpath(full, root)).parts, full))
    if other:
        skipped.append(f"{other} files without a {'/'.join(sorted(TEXT_SUFFIXES))} suffix")
    found.sort()
    return [(_display(os.path.join(*parts)), full) for parts, full in found], skipped


def read_folder(path: Path) -> Iterator[Item]:
    return _folder_items(list_folder(path)[0])


def _folder_items(files: list[tuple[str, str]]) -> Iterator[Item]:
    for doc_id, full in files:
        yield Item(Source(id=doc_id, path=_display(full)), file=full)


# -- CSV -----------------------------------------------------------------------------------------------------


def _csv_encoding(path: Path) -> tuple[str, list[str]]:
    """UTF-8 if the whole file is UTF-8, else the Baltic encoding the first megabyte suggests."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as f:
        try:
            while chunk := f.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8-sig", []
        except UnicodeDecodeError:
            pass
        f.seek(0)
        sample = f.read(1 << 20)
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=["cp1257", "iso8859_13"]).best()
    encoding = best.encoding if best is not None else "cp1257"
    return encoding, [f"the CSV file is not UTF-8; read as {encoding}"]


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: Path) -> Iterator[Item]:
    encoding, warnings = _csv_encoding(path)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    f = path.open(encoding=encoding, errors="replace", newline="")
    header = f.readline()
    f.seek(0)
    reader = csv.reader(f, delimiter=_delimiter(header))
    try:
        fieldnames = [clean(c).strip() for c in next(reader, [])]
    except csv.Error as e:
        f.close()
        raise InputError(f"{path}: cannot read the CSV header ({e}); the first row must name the columns") from None
    columns = {c.lower(): n for n, c in enumerate(fieldnames)}
    text_col = next((columns[c] for c in CSV_TEXT_COLUMNS if c in columns), None)
    if text_col is None:
        f.close()
        raise InputError(
            f"{path}: no text column; name one of the columns {', '.join(CSV_TEXT_COLUMNS)} "
            f"(found: {', '.join(fieldnames) or 'none'})"
        )
    return _csv_rows(f, reader, path.name, fieldnames, text_col, warnings)


def _csv_rows(f, reader, name: str, fieldnames: list[str], text_col: int, warnings: list[str]) -> Iterator[Item]:
    with f:
        number = 0
        while True:
            number += 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                yield Item(Source(id=f"{name}:{number}"), error=f"row {number} is not valid CSV ({e}): fix its quoting")
                continue
            obj = {fieldnames[n].lower(): value for n, value in enumerate(row) if n < len(fieldnames)}
            obj = {k: v for k, v in obj.items() if k in ("id", "url", "published", "title", "path")}
            obj["text"] = row[text_col] if text_col < len(row) else None
            item = item_from_mapping(obj, f"{name}:{number}", f"row {number}")
            item.warnings[:0] = warnings
            yield item


# -- Parquet -------------------------------------------------------------------------------------------------


def parquet_row_groups(path: str) -> list[tuple[int, int]]:
    """(row group, index of its first row) for each row group of a Parquet file."""
    pq = _pyarrow_parquet()
    meta = pq.ParquetFile(path).metadata
    out, first = [], 0
    for group in range(meta.num_row_groups):
        out.append((group, first))
        first += meta.row_group(group).num_rows
    return out


def read_parquet_group(path: str, group: int, first: int) -> list[Item]:
    pq = _pyarrow_parquet()
    name = os.path.basename(path)
    file = pq.ParquetFile(path)
    wanted = [c for c in ("id", "text", "published", "url", "title", "path") if c in file.schema_arrow.names]
    if "text" not in wanted:
        raise InputError(f"{path}: no \"text\" column; the Parquet file needs one with the posts' text")
    rows = file.read_row_group(group, columns=wanted).to_pylist()
    return [item_from_mapping(row, f"{name}:{first + n + 1}", f"row {first + n + 1}") for n, row in enumerate(rows)]


def read_parquet(path: Path) -> Iterator[Item]:
    for group, first in parquet_row_groups(str(path)):
        yield from read_parquet_group(str(path), group, first)


def _pyarrow_parquet():
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("reading Parquet needs pyarrow: pip install 'ltreports[dask]'") from None
    return pq


# -- any input ---------------------------------------------------------------------------------------------


def open_input(path: Path) -> Input:
    """Open a batch input; raises InputError (with what to do) when it cannot be read at all."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        if not os.access(path, os.R_OK | os.X_OK):
            raise InputError(f"{path}: cannot read the folder; make it readable")
        files, skipped = list_folder(path)
        return Input(path, "folder", _folder_items(files), skipped)
    suffix = path.suffix.lower()
    try:
        with path.open("rb"):
            pass
    except OSError as e:
        raise InputError(f"{path}: cannot read it ({e.strerror or e}); make it readable") from None
    if suffix in JSONL_SUFFIXES:
        return Input(path, "jsonl", read_jsonl(path))
    if suffix == ".csv":
        return Input(path, "csv", read_csv(path))
    if suffix == ".parquet":
        _pyarrow_parquet()
        return Input(path, "parquet", read_parquet(path))
    raise InputError(
        f"{path}: give a .jsonl file, a .csv file with a text column, a .parquet file, "
        "or a folder of .txt/.html/.md files"
    )


def read_items(path: Path) -> Iterator[Item]:
    return open_input(path).items
