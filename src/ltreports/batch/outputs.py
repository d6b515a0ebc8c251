"""Batch outputs: checked before anything is written, written document by document, resumable.

Each document's output (a JSON line, or its CSV rows) goes to the file in one unbuffered write, so a
killed batch leaves every finished document on disk and at most one cut-off document at the end.
``--resume`` reads the output back (``completed()``), cuts that last document off, and the batch goes on
after the documents already there.

A workbook (``.xlsx``) or Parquet output cannot grow line by line: the documents go to a JSON Lines
file beside it (``out.xlsx.partial.jsonl``), with the same crash safety and ``--resume``, and the
workbook is written from it when the batch ends; then the partial file is removed.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from .items import InputError

CSV_SUFFIX = ".csv"
PARTIAL_SUFFIX = ".partial.jsonl"


class OutputError(InputError):
    """The output cannot be written or resumed; the message says what to do."""


def check_output(output: Path, input: Path) -> None:
    """Refuse, before anything is written, an output that is the input, a folder, or cannot be written."""
    if output.is_dir():
        raise OutputError(f"{output}: is a folder; give a file name such as {output / 'out.jsonl'}")
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{parent}: the output folder does not exist; create it first")
    same = output.resolve() == input.resolve()
    if not same and output.exists() and input.exists():
        try:
            same = os.path.samefile(output, input)
        except OSError:
            same = False
    if same:
        raise OutputError(f"{output}: is the input file; give another output file name")
    from ..output import OutputFormatError, output_format

    try:
        output_format(output)
    except OutputFormatError as e:
        raise OutputError(str(e)) from None
    if output.exists() and not os.access(output, os.W_OK):
        raise OutputError(f"{output}: cannot write to it; check its permissions or choose another file")
    if not output.exists() and not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{parent}: cannot create files there; choose another output folder")


def is_csv(output: Path) -> bool:
    return output.suffix.lower() == CSV_SUFFIX


def stream_path(output: Path) -> Path:
    """Where the documents are written as they are done: the output itself, or for a workbook or
    Parquet output the partial JSON Lines file beside it."""
    from ..output import output_format

    if output_format(output) in ("xlsx", "parquet"):
        return output.with_name(output.name + PARTIAL_SUFFIX)
    return output


class Writer:
    """Writes each document's output in one unbuffered write (JSON Lines, or CSV rows per visit)."""

    def __init__(self, path: Path, *, append: bool = False) -> None:
        self.path = path
        self.stream = stream_path(path)
        self.csv = is_csv(path)
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
        self.fd = os.open(self.stream, flags, 0o666)
        if self.csv and os.fstat(self.fd).st_size == 0:
            from ..output import CSV_COLUMNS, CSV_DELIMITER

            buf = io.StringIO()
            csv.writer(buf, delimiter=CSV_DELIMITER).writerow(CSV_COLUMNS)
            self._write("\ufeff" + buf.getvalue())  # the byte-order mark: Excel then reads UTF-8

    def _csv_text(self, rows: list[dict]) -> str:
        from ..output import CSV_COLUMNS, CSV_DELIMITER

        buf = io.StringIO()
        csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", delimiter=CSV_DELIMITER).writerows(rows)
        return buf.getvalue()

    def _write(self, text: str) -> None:
        data = memoryview(text.encode("utf-8"))
        while data:
            data = data[os.write(self.fd, data):]

    def write(self, line: str) -> None:
        if not self.csv:
            self._write(line + "\n")
            return
        from ..output import csv_rows
        from ..schema import ErrorLine, Report

        obj = json.loads(line)
        if "error" in obj and "visits" not in obj:
            rows = csv_rows(ErrorLine.model_validate(obj))
        else:
            rows = csv_rows(Report.model_validate(obj))
        self._write(self._csv_text(rows))

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def finish(self) -> None:
        """Close; a workbook or Parquet output is written now from the partial file, which then goes."""
        self.close()
        if self.stream != self.path:
            from ..output import write_records
            from ..tables import read_records

            write_records(read_records(self.stream), self.path)
            self.stream.unlink()

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.finish()  # an interrupted batch keeps its partial file for --resume
        else:
            self.close()


def completed(output: Path) -> list[str]:
    """The ids of the documents an earlier (perhaps killed) run finished, in order; cuts the output back
    to the end of the last one it can trust (a cut-off last JSON line; the last document of a CSV)."""
    stream = stream_path(output)
    if not stream.exists():
        return []
    data = stream.read_bytes()
    ids, keep = _completed_csv(data) if is_csv(output) else _completed_jsonl(data, stream)
    if keep < len(data):
        with stream.open("r+b") as f:
            f.truncate(keep)
    return ids


def _completed_jsonl(data: bytes, output: Path) -> tuple[list[str], int]:
    ids: list[str] = []
    pos = 0
    while pos < len(data):
        end = data.find(b"\n", pos)
        if end < 0:
            break  # the last line was cut off by the kill: it is dropped and redone
        try:
            obj = json.loads(data[pos:end])
            doc_id = obj["source"]["id"]
        except (ValueError, KeyError, TypeError):
            if data.find(b"\n", end + 1) >= 0:
                raise OutputError(
                    f"{output}: line {len(ids) + 1} is not an ltreports output line, so it cannot be resumed; "
                    "give another output file, or leave out --resume to start over"
                ) from None
            break
        ids.append(str(doc_id))
        pos = end + 1
    return ids, pos


def _completed_csv(data: bytes) -> tuple[list[str], int]:
    from ..output import CSV_DELIMITER

    text = data.decode("utf-8", errors="replace")
    if not text.endswith(("\n", "\r")):  # a row cut off by the kill
        cut = max(text.rfind("\n"), text.rfind("\r"))
        text = text[: cut + 1]
    f = io.StringIO(text, newline="")
    reader = csv.reader(f, delimiter=CSV_DELIMITER)
    header = next(reader, None)
    if header:
        header[0] = header[0].lstrip("\ufeff")
    if not header or "source_id" not in header:
        return [], 0
    id_col, visit_col = header.index("source_id"), header.index("visit")
    starts: list[tuple[str, int]] = []  # each document's id and the character where its rows start
    pos = f.tell()
    for row in reader:
        visit = row[visit_col] if visit_col < len(row) else ""
        if not (visit.isdecimal() and int(visit) > 1):  # visit 2, 3, … continue the document before
            starts.append((row[id_col] if id_col < len(row) else "", pos))
        pos = f.tell()
    if not starts:
        return [], len(text[:pos].encode("utf-8"))
    # the last document may lack some of its visit rows: it is always redone
    *done, (_, last_start) = starts
    return [doc_id for doc_id, _ in done], len(text[:last_start].encode("utf-8"))
