"""A foreign name the dictionary lacks is read after a role word; "iš" and the place the person comes from may stand
between them ("rašytojas iš Ukrainos Andrij K."), as a locative place may. Without a role word no foreign pair is
taken. Sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    ("Į biblioteką atvyko poetas iš Ukrainos Taras Hrytsenko.", {("Taras Hrytsenko", "poetas")}),
    ("Svečiavosi iliustruotoja iš Japonijos Yumi Sato.", {("Yumi Sato", "iliustruotoja")}),
    # negatives: no role word before the place, and a known name as before
    ("Knygų atvežė iš Ukrainos Taras Hrytsenko.", set()),
    ("Į biblioteką atvyko poetas iš Kauno Tomas Ramanauskas.", {("Tomas Ramanauskas", "poetas")}),
]


@pytest.mark.parametrize(("text", "people"), CASES)
def test_foreign_name_after_role_and_origin(extract_spacy, text: str, people: set) -> None:
    report = extract_spacy(text, published="2024-10-20")
    assert {(p.name, p.role) for p in report.people} == people
