"""What extractors produce: a match is a stretch of text (start, end, raw text) and its normalized fact.

Span, raw text and value are kept apart, as in natasha/yargy. Offsets are character offsets into
``doc.text``. Each extractor component appends its matches to a Doc extension attribute
(``doc._.ltr_date_matches``, ``doc._.ltr_person_matches``, ``doc._.ltr_library_matches``, ``doc._.ltr_topic_matches``);
the resolution and report steps read them from there.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Doc, Span, Token

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int
    end: int
    text: str
    fact: T

    @classmethod
    def from_span(cls, span: Span, fact: T) -> Match[T]:
        return cls(span.start_char, span.end_char, span.text, fact)


DOC_EXTENSIONS = {
    "ltr_published": None,  # datetime.date | None: the post's publication date
    "ltr_date_matches": None,
    "ltr_person_matches": None,
    "ltr_library_matches": None,
    "ltr_topic_matches": None,
    "ltr_boilerplate": None,  # list[tuple[int, int]]: character ranges that are page chrome, not the post
    "ltr_warnings": None,
}


def register_extensions() -> None:
    """Register the Doc/Token extension attributes the components write, and the msgpack hooks that
    let them travel with ``doc.to_bytes()``. Idempotent."""
    from .serialization import register

    register()
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Token.has_extension("ltr_analyses"):
        # list of morphology.Analysis from the dictionary (or the fallback), filled by the morphology layer
        Token.set_extension("ltr_analyses", default=None)


def doc_extension(doc: Doc, name: str):
    """``getattr(doc._, name)`` for one of ``DOC_EXTENSIONS`` (plain defaults, no getter), read straight from
    ``doc.user_data`` where spaCy keeps it: ``doc._`` makes a lookup object on every access."""
    return doc.user_data.get(("._.", name, None, None), DOC_EXTENSIONS[name])


def matches(doc: Doc, name: str) -> list:
    """The list behind ``doc._.<name>``, created on first use."""
    value = getattr(doc._, name)
    if value is None:
        value = []
        setattr(doc._, name, value)
    return value


class Ranges:
    """Character ranges asked "is this position (or stretch) inside one of you?" in logarithmic time,
    so that a check made for every token stays linear in the length of the post. Ranges may overlap."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.items = ordered
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the ranges up to each one
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def contains(self, pos: int) -> bool:
        """Some range has ``start <= pos < end``."""
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Some range shares a character with the stretch: ``s < end`` and ``start < e``."""
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.reach[i] > start

    def covers(self, start: int, end: int) -> bool:
        """Some range holds the whole stretch: ``s <= start`` and ``end <= e``."""
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self.reach[i] >= end  # every range up to i starts at or before ``start``


_boilerplate_index = threading.local()


def in_boilerplate(doc: Doc, start: int, end: int) -> bool:
    """Is the stretch inside page chrome (``doc._.ltr_boilerplate``)? The ranges are indexed once per Doc."""
    ranges = doc_extension(doc, "ltr_boilerplate")
    if not ranges:
        return False
    cached = getattr(_boilerplate_index, "value", None)
    if cached is None or cached[0] is not ranges:
        cached = (ranges, Ranges(ranges))
        _boilerplate_index.value = cached
    return cached[1].covers(start, end)


register_extensions()
