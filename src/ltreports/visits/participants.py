"""Who took part in a visit: the listed people named inside its stretch of text, at a mention that shows
them at the event (``people.participation``), outside sentences set at another venue or in a year of history
(unless that year only dates something said about the person: ``people.participation_speech.years_apart``).

People named only in credit lines ("Parengė ...", "... nuotr."), bylines, thanks, or only referred to
(an author whose works were read, a person commemorated) did not take part.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from ..matches import Ranges
from ..morphology.component import token_analyses
from ..people.participation import took_part
from ..people.participation_past import reference_year
from ..people.participation_speech import years_apart
from ..schema import Mention, Person, VisitPerson
from .grammar import data, lemmas
from .tense import HISTORY_YEARS, history_year


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
    history: Ranges | None = None,
) -> list[VisitPerson]:
    """The people who took part in the event told between ``start`` and ``end`` (``history``: the sentences set
    in a year of history)."""
    index = people if isinstance(people, PeopleIndex) else PeopleIndex(people)
    absent = elsewhere if isinstance(elsewhere, Ranges) else Ranges(elsewhere)
    out: list[VisitPerson] = []
    for k, person in enumerate(index.people):
        inside = [
            m for m in index.between(k, start, end)
            if took_part(doc, m.start, m.end)
            and not absent.contains(m.start)
            and not (history is not None and history.contains(m.start) and not _dated_apart(doc, m.start, m.end))
        ]
        if inside:
            out.append(VisitPerson(name=person.name, role=person.role))
    return out


def _dated_apart(doc: Doc, start: int, end: int) -> bool:
    """The history years of the mention's sentence only date what is said about the person (quoted speech, a
    relative clause, an apposition, the role phrase), and no year opening its paragraph sets it in history."""
    span = doc.char_span(start, end, alignment_mode="expand")
    year = reference_year(doc)
    if span is None or year is None:
        return False
    sent = span.sent
    return years_apart(doc, span.start, span.end - 1, sent, year - HISTORY_YEARS) and not history_year(
        doc[sent.start : sent.start + 1], year
    )


def pronoun_subject(doc: Doc, start: int, end: int) -> bool:
    """The stretch opens its event with a personal pronoun as the subject of its first finite verb, one of going,
    visiting or holding ("..., o gegužės 2 d. jos aplankė Siponių filialą", "Vėliau ji lankėsi ..."): the people
    are those told just before. A pronoun after the first verb ("... lankėsi mokiniai. Jie ...") points to
    someone the stretch itself names."""
    words = data()
    verbs = words["trip_verbs"] | words["visit_verbs"] | words["event_verbs"]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    previous = None
    for token in span:
        found = token_analyses(token) or ()
        finite = any(a.pos.startswith("verb") and any(t.startswith("Indic") for t in a.tags) for a in found)
        if finite and not any(a.pos in ("noun", "pronoun") for a in found):
            return (
                previous is not None and previous.lower_ in words["subject_pronouns"] and bool(lemmas(token) & verbs)
            )
        if not token.is_space:
            previous = token
    return False
