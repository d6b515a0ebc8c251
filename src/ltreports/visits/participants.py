"""Who took part in a visit: the listed people named inside its stretch of text, at a mention that shows
them at the event (``people.participation``), outside sentences set at another venue.

People named only in credit lines ("Parengė ...", "... nuotr."), bylines, thanks, or only referred to
(an author whose works were read, a person commemorated) did not take part.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from ..matches import Ranges
from ..people.participation import took_part
from ..schema import Mention, Person, VisitPerson


class PeopleIndex:
    """Every person's mentions ordered by start, so that a visit finds those inside its stretch by bisection
    and a post of many visits stays linear in its length."""

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self.mentions: list[list[Mention]] = [sorted(p.mentions, key=lambda m: m.start) for p in people]
        self.starts: list[list[int]] = [[m.start for m in ms] for ms in self.mentions]

    def between(self, k: int, start: int, end: int) -> list[Mention]:
        """The mentions of the ``k``-th person that start in ``start``:``end``."""
        starts = self.starts[k]
        return self.mentions[k][bisect_left(starts, start) : bisect_left(starts, end)]


def participants(
    doc: Doc,
    start: int,
    end: int,
    people: list[Person] | PeopleIndex,
    elsewhere: list[tuple[int, int]] | Ranges,
) -> list[VisitPerson]:
    """The people who took part in the event told between ``start`` and ``end``."""
    index = people if isinstance(people, PeopleIndex) else PeopleIndex(people)
    absent = elsewhere if isinstance(elsewhere, Ranges) else Ranges(elsewhere)
    out: list[VisitPerson] = []
    for k, person in enumerate(index.people):
        inside = [
            m for m in index.between(k, start, end)
            if took_part(doc, m.start, m.end)
            and not absent.contains(m.start)
        ]
        if inside:
            out.append(VisitPerson(name=person.name, role=person.role))
    return out
