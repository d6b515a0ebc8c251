"""Given names around a name's core (dictionary given name + family name) that the core alone misses: a second
given name that the dictionary also knows as a family name ("Jonas Paulius Petraitis"), and a rare first given
name before a dictionary given name ("etnologas Žilvytis Bernardas Šaknys"). Both are read from the
dictionary's name tags and the whole name's agreement in case and gender."""

from __future__ import annotations

from spacy.tokens import Doc

from ..language import doc_words
from .names import Reading, agree, analyses, family_readings, given_readings, is_capitalized, not_names, place_readings
from .roles import head_of


def three_part_name(first: tuple[Reading, ...], second: tuple[Reading, ...], family: list) -> bool:
    """A dictionary given name, a word that is a given name and a family name, then a family name (not a
    place: "Jonas Paulius Vilniuje"), all in one case and gender: the middle word is a second given name."""
    if not any(r.source == "name" for r in first) or not any(r.source == "name" for r in second):
        return False
    known = [tuple(r for r in part if r.source in ("name", "guess")) for part in family]
    if not all(known):
        return False
    return agree([first, tuple(r for r in second if r.source == "name"), *known]) is not None


def first_given_before(
    doc: Doc, first: int, given: tuple[Reading, ...], family: list[tuple[Reading, ...]]
) -> tuple[int, tuple[Reading, ...]] | None:
    """A rare first given name right before a name starting at token ``first`` with a dictionary given name (the
    dictionary knows "Žilvytis" only as a family name): a capitalized word in the same case and gender as the
    whole name, on the same line with nothing between, not a role, place or common word; at a sentence start
    only when the dictionary knows it as a name. Returns its token index and readings."""
    texts = doc_words(doc)[0]
    if not any(r.source == "name" for r in given):
        return None
    j = first - 1
    while j >= 0 and texts[j].isspace() and "\n" not in texts[j]:
        j -= 1
    if j < 0 or not is_capitalized(texts[j]) or "-" in texts[j]:  # (a token's own whitespace_ is " " or "")
        return None
    text = texts[j]
    if head_of(text) is not None or place_readings(text) or text in not_names():
        return None
    if any(a.kind is None and a.source == "dictionary" for a in analyses(text)):
        return None  # a common word
    named = tuple(r for r in given_readings(text) if r.source == "name") or tuple(
        r for r in family_readings(text) if r.source == "name"
    )
    if doc[j].is_sent_start and not named:
        return None
    readings = named or tuple(r for r in given_readings(text) if r.case)
    if not readings or agree([readings, given, *family]) is None:
        return None
    return j, readings
