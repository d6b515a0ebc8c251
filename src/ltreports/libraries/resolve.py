"""Library matches → contract ``Library`` objects, resolved against the gazetteer."""

from __future__ import annotations

from spacy.tokens import Doc

from ..schema import Library


def collect(doc: Doc) -> list[Library]:
    return []
