"""Reports as flat tables for people: visits, people, libraries and warnings, one row per fact.

The JSON output keeps the contract's values (topic ids, ISO dates); these tables are for spreadsheets
and the HTML report, so they add what a reader needs: the topic's Lithuanian label, a year-less date
spelled out ("05-03 (metai nežinomi)"), branches by name, people with their roles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from .resources import load_yaml
from .schema import ErrorLine, Report

UNKNOWN_YEAR = "metai nežinomi"

VISIT_COLUMNS = (
    "source_id", "source_url", "published", "visit", "date", "date_end", "library", "library_id",
    "branches", "people", "topics", "topic_ids", "evidence", "evidence_start", "evidence_end",
)
PEOPLE_COLUMNS = ("source_id", "name", "role", "gender", "organization", "mentions")
LIBRARY_COLUMNS = ("source_id", "library", "library_id", "kind", "settlement", "parent_id", "mentions")
WARNING_COLUMNS = ("source_id", "source_url", "kind", "message")
EXCERPT_CHARS = 300


@cache
def topic_labels() -> dict[str, str]:
    """Topic id → Lithuanian label (``data/topic_labels.yaml``)."""
    return dict(load_yaml("topic_labels.yaml"))


def topic_label(topic: str) -> str:
    return topic_labels().get(topic, topic)


def readable_date(value: str | None) -> str | None:
    """An ISO value as a reader sees it: "--05-03" (no year known) → "05-03 (metai nežinomi)"."""
    if value and value.startswith("--"):
        return f"{value[2:]} ({UNKNOWN_YEAR})"
    return value


@dataclass
class Records:
    """A batch output read back: the reports and the error lines, in input order."""

    reports: list[Report] = field(default_factory=list)
    errors: list[ErrorLine] = field(default_factory=list)


def parse_line(line: str) -> Report | ErrorLine:
    """One JSON line of batch output → a Report or an ErrorLine (ValueError when it is neither)."""
    obj = json.loads(line)
    if not isinstance(obj, dict):
        raise ValueError("a line must be a JSON object")
    if "error" in obj and "visits" not in obj:
        return ErrorLine.model_validate(obj)
    try:
        return Report.model_validate(obj)
    except ValidationError as e:
        raise ValueError(f"not an ltreports report: {e.errors()[0]['msg']}") from None


def read_records(path: Path) -> Records:
    """Read a batch output file (JSON Lines); a line that is neither a report nor an error line raises
    ValueError naming the line."""
    records = Records()
    with path.open(encoding="utf-8-sig") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = parse_line(line)
            except ValueError as e:
                raise ValueError(f"{path}, line {number}: {e}") from None
            (records.errors if isinstance(record, ErrorLine) else records.reports).append(record)
    return records


def records_from(items: Iterable[Report | ErrorLine]) -> Records:
    records = Records()
    for item in items:
        (records.errors if isinstance(item, ErrorLine) else records.reports).append(item)
    return records


def person_label(name: str, role: str | None) -> str:
    """"Vaiva Malinauskienė (direktorė)": a person with the role, as tables show it."""
    return f"{name} ({role})" if role else name


def _excerpt(report: Report, start: int | None, end: int | None) -> str | None:
    if report.text is None or start is None or end is None:
        return None
    piece = " ".join(report.text[start:end].split())
    return piece if len(piece) <= EXCERPT_CHARS else piece[: EXCERPT_CHARS - 1] + "…"


def visit_rows(records: Records) -> Iterator[dict[str, object]]:
    """One row per visit; a report without visits gives none (its people and libraries still show)."""
    for report in records.reports:
        for number, visit in enumerate(report.visits, 1):
            start = min((e.start for e in visit.evidence), default=None)
            end = max((e.end for e in visit.evidence), default=None)
            yield {
                "source_id": report.source.id,
                "source_url": report.source.url,
                "published": report.source.published,
                "visit": number,
                "date": readable_date(visit.date),
                "date_end": readable_date(visit.date_end),
                "library": visit.library.name,
                "library_id": visit.library.id,
                "branches": "; ".join(
                    b.name if not b.settlement or b.settlement in b.name else f"{b.name} ({b.settlement})"
                    for b in visit.branches
                ),
                "people": "; ".join(person_label(p.name, p.role) for p in visit.people),
                "topics": "; ".join(topic_label(t) for t in visit.topics),
                "topic_ids": "; ".join(visit.topics),
                "evidence": _excerpt(report, start, end),
                "evidence_start": start,
                "evidence_end": end,
            }


def people_rows(records: Records) -> Iterator[dict[str, object]]:
    for report in records.reports:
        for person in report.people:
            yield {
                "source_id": report.source.id,
                "name": person.name,
                "role": person.role,
                "gender": person.gender,
                "organization": person.organization,
                "mentions": len(person.mentions),
            }


def library_rows(records: Records) -> Iterator[dict[str, object]]:
    for report in records.reports:
        for lib in report.libraries:
            yield {
                "source_id": report.source.id,
                "library": lib.name,
                "library_id": lib.id,
                "kind": lib.kind,
                "settlement": lib.settlement,
                "parent_id": lib.parent_id,
                "mentions": len(lib.mentions),
            }


def warning_rows(records: Records) -> Iterator[dict[str, object]]:
    """Warnings about documents that were converted, then the documents that failed."""
    for report in records.reports:
        for message in report.warnings:
            yield {"source_id": report.source.id, "source_url": report.source.url, "kind": "warning",
                   "message": message}
    for error in records.errors:
        yield {"source_id": error.source.id, "source_url": error.source.url, "kind": "error", "message": error.error}


SHEETS = (
    ("visits", VISIT_COLUMNS, visit_rows),
    ("people", PEOPLE_COLUMNS, people_rows),
    ("libraries", LIBRARY_COLUMNS, library_rows),
    ("warnings", WARNING_COLUMNS, warning_rows),
)
