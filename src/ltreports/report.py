"""Doc with mentions → the contract ``Report``: resolution, then visit assembly."""

from __future__ import annotations

from spacy.tokens import Doc

from . import topics, visits
from .dates import resolve as dates
from .libraries import resolve as libraries
from .people import resolve as people
from .schema import Report, Source


def build_report(doc: Doc, source: Source, warnings: list[str] | None = None) -> Report:
    found_dates = dates.collect(doc)
    found_libraries = libraries.collect(doc)
    found_people = people.collect(doc, found_libraries)
    found_topics = topics.collect(doc)
    found_visits = visits.assemble(doc, found_dates, found_libraries, found_people)
    return Report(
        source=source,
        visits=found_visits,
        people=found_people,
        libraries=found_libraries,
        dates=found_dates,
        topics=found_topics,
        warnings=[*(warnings or []), *(doc._.warnings or [])],
    )
