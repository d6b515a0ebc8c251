"""Who took part in a visit: the listed people named inside its stretch of text, at a mention that shows
them at the event (``people.participation``), outside sentences set at another venue.

People named only in credit lines ("Parengė ...", "... nuotr."), bylines, thanks, or only referred to
(an author whose works were read, a person commemorated) did not take part.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..people.participation import took_part
from ..schema import Person, VisitPerson


def participants(
    doc: Doc, start: int, end: int, people: list[Person], elsewhere: list[tuple[int, int]]
) -> list[VisitPerson]:
    """The people who took part in the event told between ``start`` and ``end``."""
    out: list[VisitPerson] = []
    for person in people:
        inside = [
            m for m in person.mentions
            if start <= m.start < end
            and took_part(doc, m.start, m.end)
            and not any(s <= m.start < e for s, e in elsewhere)
        ]
        if inside:
            out.append(VisitPerson(name=person.name, role=person.role))
    return out
