"""Doc with mentions → the contract ``Report``: resolution, then visit assembly."""

from __future__ import annotations

from pydantic import TypeAdapter
from spacy.tokens import Doc

from . import topics, visits
from .dates import resolve as dates
from .libraries import resolve as libraries
from .people import resolve as people
from .schema import Report, Source, SpanMention
from .spans import mention_spans


def build_report(doc: Doc, source: Source, warnings: list[str] | None = None, *, spans: bool = True) -> Report:
    """The report of an analysed Doc; ``spans``: add the labelled mentions (for the text's highlights)."""
    found_dates = dates.collect(doc)
    found_libraries = libraries.collect(doc)
    found_people = people.collect(doc, found_libraries)
    found_topics = topics.collect(doc)
    found_visits = visits.assemble(doc, found_dates, found_libraries, found_people)
    report = Report(
        source=source,
        visits=found_visits,
        people=found_people,
        libraries=found_libraries,
        dates=found_dates,
        topics=found_topics,
        warnings=[*(warnings or []), *(doc._.ltr_warnings or [])],
    )
    report.spans = _kept_spans(doc, report) if spans else None
    return report


def _kept_spans(doc: Doc, report: Report) -> list[SpanMention]:
    """The labelled mentions behind the report's records: a person, date or library mention that
    resolution dropped is not highlighted, nor the role next to a dropped person."""
    kept = {(d.start, d.end) for d in report.dates}
    kept |= {(m.start, m.end) for p in report.people for m in p.mentions}
    kept |= {(m.start, m.end) for lib in report.libraries for m in lib.mentions}
    roles = {
        (m.fact.role_start, m.fact.role_end)
        for m in doc._.ltr_person_matches or ()
        if (m.start, m.end) in kept and getattr(m.fact, "role_start", None) is not None
    }
    return _SPAN_LIST.validate_python([  # the whole list validated in one call, not a model at a time
        {"start": s, "end": e, "label": label}
        for s, e, label in mention_spans(doc)
        if label == "TOPIC" or (label == "ROLE" and (s, e) in roles) or (s, e) in kept
    ])


_SPAN_LIST = TypeAdapter(list[SpanMention])
