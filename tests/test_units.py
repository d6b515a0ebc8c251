"""Units of a post: which stretch of text is one visit. Sentences written for these tests, each with the
visits it must give as (date, library, branches, participants)."""

from __future__ import annotations

import pytest

VARENA = "Varėnos rajono savivaldybės viešoji biblioteka"


def visits_of(extract, text: str, published: str | None = "2023-06-15") -> list[tuple]:
    report = extract(text, published=published)
    return [
        (v.date, v.library.name, sorted(b.settlement for b in v.branches), sorted(p.name for p in v.people))
        for v in report.visits
    ]


CASES = [
    pytest.param(
        "Gegužės 4 d. Varėnos viešojoje bibliotekoje vyko vasaros šventė.\n\nKoncertas ir parodos\n\n"
        "Šventėje koncertavo dainininkė Ona Jonaitienė.",
        [("2023-05-04", VARENA, [], ["Ona Jonaitienė"])],
        id="subheading-does-not-end-the-event",
    ),
    pytest.param(
        "Nuo gegužės 2 d. Varėnos viešojoje bibliotekoje skaitytojams siūlėme naujų knygų. Gegužės 9 d. "
        "bibliotekoje vyko popietė, kurią vedė bibliotekininkė Rūta Petrauskaitė.",
        [("2023-05-09", VARENA, [], ["Rūta Petrauskaitė"])],
        id="a-date-opening-a-period-starts-no-visit",
    ),
    pytest.param(
        "Gegužės 10 d. Varėnos viešojoje bibliotekoje vyko popietė. Paroda veiks iki birželio 1 d.",
        [("2023-05-10", VARENA, [], [])],
        id="a-date-closing-a-period-starts-no-visit",
    ),
    pytest.param(
        "Gegužės 11 d. Varėnos viešojoje bibliotekoje vyko popietė. Gegužės 13 d. Varėnos sinagogoje "
        "vyko koncertas, kuriame dainavo Tomas Kazlauskas.",
        [("2023-05-11", VARENA, [], [])],
        id="a-second-event-at-a-place-of-worship",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_units(extract, text: str, expected: list[tuple]) -> None:
    assert visits_of(extract, text) == expected
