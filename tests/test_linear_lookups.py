"""The by-index lookups that keep long posts linear give what the whole-text scans they replace gave:
a visit's people by bisection over sorted mentions, the characters around a position without copying
the text before or after it."""

from __future__ import annotations

import pytest

from ltreports.people.participation_signals import _next_char, _previous_char
from ltreports.schema import Mention, Person
from ltreports.visits.participants import PeopleIndex

TEXTS = [
    "Eilėraštis baigėsi.\n\n(Ona Petraitytė)\n",
    "Kalbėjo „apie knygas“ – Jonas Jonaitis, ...\n  \n",
    "   \n\t",
    "",
    "Vienas, du;  \n trys.,; keturi",
]


@pytest.mark.parametrize("text", TEXTS)
def test_next_char_as_stripping_the_rest(text: str) -> None:
    for pos in range(len(text) + 1):
        assert _next_char(text, pos) == text[pos:].lstrip()[:1]


@pytest.mark.parametrize("text", TEXTS)
def test_previous_char_as_stripping_the_start(text: str) -> None:
    for pos in range(len(text) + 1):
        previous = text[:pos].rstrip().rstrip(".,;")
        assert _previous_char(text, pos) == previous[-1:]


def _person(name: str, starts: list[int]) -> Person:
    return Person(name=name, mentions=[Mention(start=s, end=s + 5, text="vardas") for s in starts])


PEOPLE = [_person("Ona Petraitytė", [40, 3, 120]), _person("Jonas Jonaitis", [200]), _person("Be Paminėjimų", [])]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, 50, [[3, 40], [], []]),
        (40, 41, [[40], [], []]),
        (41, 120, [[], [], []]),  # the end is not inside
        (100, 300, [[120], [200], []]),
        (300, 400, [[], [], []]),
    ],
)
def test_people_index_between(start: int, end: int, expected: list[list[int]]) -> None:
    index = PeopleIndex(PEOPLE)
    assert [[m.start for m in index.between(k, start, end)] for k in range(len(PEOPLE))] == expected
