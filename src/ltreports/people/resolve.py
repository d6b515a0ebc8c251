"""Person matches → contract ``Person`` objects: nominative names, roles, one per person."""

from __future__ import annotations

from spacy.tokens import Doc

from ..schema import Library, Person


def collect(doc: Doc, libraries: list[Library]) -> list[Person]:
    return []
