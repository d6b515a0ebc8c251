"""Visit assembly: one record per host library and date, with branches, people, topics, evidence."""

from __future__ import annotations

from spacy.tokens import Doc

from .schema import DateMention, Library, Person, Visit


def assemble(doc: Doc, dates: list[DateMention], libraries: list[Library], people: list[Person]) -> list[Visit]:
    return []
