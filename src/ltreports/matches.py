"""What extractors produce: a match is a stretch of text (start, end, raw text) and its normalized fact.

Span, raw text and value are kept apart, as in natasha/yargy. Offsets are character offsets into
``doc.text``. Each extractor component appends its matches to a Doc extension attribute
(``doc._.date_matches``, ``doc._.person_matches``, ``doc._.library_matches``, ``doc._.topic_matches``);
the resolution and report steps read them from there.
"""

from __future__ import annotations

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
    "published": None,  # datetime.date | None: the post's publication date
    "date_matches": None,
    "person_matches": None,
    "library_matches": None,
    "topic_matches": None,
    "boilerplate": None,  # list[tuple[int, int]]: character ranges that are page chrome, not the post
    "warnings": None,
}


def register_extensions() -> None:
    """Register the Doc/Token extension attributes the components write, and the msgpack hooks that
    let them travel with ``doc.to_bytes()``. Idempotent."""
    from .serialization import register

    register()
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Token.has_extension("analyses"):
        # list of morphology.Analysis from the dictionary (or the fallback), filled by the morphology layer
        Token.set_extension("analyses", default=None)


def matches(doc: Doc, name: str) -> list:
    """The list behind ``doc._.<name>``, created on first use."""
    value = getattr(doc._, name)
    if value is None:
        value = []
        setattr(doc._, name, value)
    return value


def in_boilerplate(doc: Doc, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in (doc._.boilerplate or ()))


register_extensions()
