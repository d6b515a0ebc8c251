"""Writing reports: JSON, JSON Lines, and CSV with one row per visit (for spreadsheets)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from .schema import Report

CSV_COLUMNS = (
    "source_id", "source_url", "published", "visit", "date", "date_end", "library_id", "library",
    "branches", "people", "topics", "evidence_start", "evidence_end", "error",
)


def csv_rows(report: Report) -> list[dict[str, object]]:
    """One row per visit; a report without visits still gets one row, so no document disappears."""
    base = {"source_id": report.source.id, "source_url": report.source.url, "published": report.source.published}
    rows = []
    for number, visit in enumerate(report.visits, 1):
        rows.append({
            **base,
            "visit": number,
            "date": visit.date,
            "date_end": visit.date_end,
            "library_id": visit.library.id,
            "library": visit.library.name,
            "branches": "; ".join(b.settlement or b.name for b in visit.branches),
            "people": "; ".join(f"{p.name} ({p.role})" if p.role else p.name for p in visit.people),
            "topics": "; ".join(visit.topics),
            "evidence_start": min((e.start for e in visit.evidence), default=None),
            "evidence_end": max((e.end for e in visit.evidence), default=None),
        })
    if not rows:
        rows.append({**base, "visit": 0, "topics": "; ".join(report.topics)})
    return rows


def to_csv(reports: Iterable[Report]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for report in reports:
        writer.writerows(csv_rows(report))
    return buf.getvalue()
