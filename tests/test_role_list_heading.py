"""A plural role heading a list set apart by a colon, a dash or a parenthesis ("Partneriai:", "Svečiai –") is every
listed name's role only where the name has none of its own: a role in apposition right after the name ("A, Biržų
bibliotekos direktorė;") is the one stated next to it. Sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    ("Projekto partneriai:\nLina Vaičiulienė, Joniškio bibliotekos direktorė;\nTomas Ramanauskas, istorikas.",
     {("Lina Vaičiulienė", "direktorė"), ("Tomas Ramanauskas", "istorikas")}),
    ("Vakaro svečiai: Lina Vaičiulienė, Joniškio bibliotekos direktorė, ir Tomas Ramanauskas, istorikas.",
     {("Lina Vaičiulienė", "direktorė"), ("Tomas Ramanauskas", "istorikas")}),
    # negatives: with no apposition the heading is every name's role
    ("Vakaro svečiai: Lina Vaičiulienė ir Tomas Ramanauskas.",
     {("Lina Vaičiulienė", "vakaro viešnia"), ("Tomas Ramanauskas", "vakaro svečias")}),
    ("Pamoką vedė bibliotekininkės (Lina Vaičiulienė ir Ieva Mockutė).",
     {("Lina Vaičiulienė", "bibliotekininkė"), ("Ieva Mockutė", "bibliotekininkė")}),
]


@pytest.mark.parametrize(("text", "people"), CASES)
def test_own_apposition_over_a_list_heading(extract_spacy, text: str, people: set) -> None:
    report = extract_spacy(text, published="2024-10-20")
    assert {(p.name, p.role) for p in report.people} == people
