"""Writing reports for people and programs: JSON Lines, CSV, Excel workbooks and Parquet.

The format follows the output file's suffix (or ``--format``); a suffix ltreports does not know is
refused with a message, never written in another format. CSV files start with a byte-order mark and
use ";" between fields, so Excel with Lithuanian settings opens them as columns with the letters right
(``--csv-delimiter ,`` for programs that want commas).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from .schema import ErrorLine, Report
from .tables import Records, person_label, readable_date, topic_label

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".xlsx": "xlsx", ".parquet": "parquet"}
CSV_DELIMITER = ";"
CSV_COLUMNS = (
    "source_id", "source_url", "published", "visit", "date", "date_end", "library_id", "library",
    "branches", "people", "topics", "topic_ids", "evidence_start", "evidence_end", "error",
)


class OutputFormatError(ValueError):
    """The output path or format cannot be written; the message says what to do."""


def output_format(path: Path, explicit: str | None = None) -> str:
    """The format to write ``path`` in: ``explicit`` if given, else the one its suffix names."""
    known = sorted(set(FORMATS.values()))
    if explicit:
        if explicit not in known:
            raise OutputFormatError(f"unknown format {explicit!r}: choose one of {', '.join(known)}")
        return explicit
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        suffixes = ", ".join(sorted(FORMATS))
        raise OutputFormatError(
            f"{path.name}: ltreports does not write {path.suffix or 'files without a suffix'!s}; "
            f"name the output with one of {suffixes} (or give --format)"
        )
    return fmt


def csv_rows(item: Report | ErrorLine) -> list[dict[str, object]]:
    """One row per visit; a document without visits, or one that failed, still gets one row."""
    if isinstance(item, ErrorLine):
        return [{"source_id": item.source.id, "source_url": item.source.url, "visit": 0, "error": item.error}]
    report = item
    base = {"source_id": report.source.id, "source_url": report.source.url, "published": report.source.published}
    rows = []
    for number, visit in enumerate(report.visits, 1):
        rows.append({
            **base,
            "visit": number,
            "date": readable_date(visit.date),
            "date_end": readable_date(visit.date_end),
            "library_id": visit.library.id,
            "library": visit.library.name,
            "branches": "; ".join(b.settlement or b.name for b in visit.branches),
            "people": "; ".join(person_label(p.name, p.role) for p in visit.people),
            "topics": "; ".join(topic_label(t) for t in visit.topics),
            "topic_ids": "; ".join(visit.topics),
            "evidence_start": min((e.start for e in visit.evidence), default=None),
            "evidence_end": max((e.end for e in visit.evidence), default=None),
        })
    if not rows:
        rows.append({**base, "visit": 0, "topics": "; ".join(topic_label(t) for t in report.topics),
                     "topic_ids": "; ".join(report.topics)})
    return rows


class CsvWriter:
    """Rows written as documents arrive (flushed per document), so a long batch loses nothing on a crash."""

    def __init__(self, stream: io.TextIOBase, delimiter: str = CSV_DELIMITER) -> None:
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, extrasaction="ignore", delimiter=delimiter)
        self.writer.writeheader()

    def write(self, item: Report | ErrorLine) -> None:
        self.writer.writerows(csv_rows(item))
        self.stream.flush()


def to_csv(reports: Iterable[Report | ErrorLine], delimiter: str = CSV_DELIMITER) -> str:
    buf = io.StringIO()
    writer = CsvWriter(buf, delimiter)
    for report in reports:
        writer.write(report)
    return buf.getvalue()


def write_csv(records: Records, path: Path, delimiter: str = CSV_DELIMITER) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = CsvWriter(f, delimiter)
        for item in [*records.reports, *records.errors]:
            writer.write(item)


def write_jsonl(records: Records, path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for item in [*records.reports, *records.errors]:
            f.write((item.to_json(include_text=True) if isinstance(item, Report) else item.model_dump_json()) + "\n")


def write_records(records: Records, path: Path, fmt: str | None = None, *, csv_delimiter: str = CSV_DELIMITER) -> str:
    """Write ``records`` to ``path`` in ``fmt`` (default: from the suffix); returns the format used."""
    fmt = output_format(path, fmt)
    if fmt == "csv":
        write_csv(records, path, csv_delimiter)
    elif fmt == "xlsx":
        from .spreadsheets import write_xlsx

        write_xlsx(records, path)
    elif fmt == "parquet":
        from .spreadsheets import write_parquet

        write_parquet(records, path)
    else:
        write_jsonl(records, path)
    return fmt
