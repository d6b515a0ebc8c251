"""Library matches → contract ``Library`` objects, one per library with all its mentions."""

from __future__ import annotations

from spacy.tokens import Doc

from ..schema import Library, Mention
from .facts import LibraryFact


def collect(doc: Doc) -> list[Library]:
    """One ``Library`` per resolved entry (or unknown branch / other library), in order of first mention."""
    found: dict[tuple[str, ...], Library] = {}
    for m in doc._.ltr_library_matches or ():
        fact = m.fact
        if not isinstance(fact, LibraryFact):
            continue
        mention = Mention(start=m.start, end=m.end, text=m.text)
        lib = found.get(fact.key)
        if lib is None:
            found[fact.key] = Library(id=fact.id, name=fact.name, kind=fact.kind, settlement=fact.settlement,
                                      parent_id=fact.parent_id, mentions=[mention])
        elif mention not in lib.mentions:
            lib.mentions.append(mention)
    return list(found.values())
