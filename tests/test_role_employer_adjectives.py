"""A plural role after its employer: an adjective before the employer's noun is the employer's, though its form
("viešosios") could also agree with a plural head ("metodininkės"); an adjective right before the head stays in the
role. Sentences written for these tests."""

from __future__ import annotations

import pytest

NAMES = "Jurgita Vaitkienė ir Laima Juodytė lankėsi Alizavos bibliotekoje."

CASES = [
    ("Kupiškio rajono savivaldybės viešosios bibliotekos metodininkės", "metodininkė"),
    ("Panevėžio apskrities viešosios bibliotekos darbuotojos", "darbuotoja"),
    ("Lietuvos nacionalinės Martyno Mažvydo bibliotekos vyriausiosios specialistės", "vyriausioji specialistė"),
    ("Kupiškio viešosios bibliotekos vyresniosios metodininkės", "vyresnioji metodininkė"),
    ("Šiaulių apskrities Povilo Višinskio viešosios bibliotekos vyr. bibliotekininkės", "vyr. bibliotekininkė"),
    ("Vilniaus universiteto bibliotekos vyriausiosios bibliotekininkės", "vyriausioji bibliotekininkė"),
    # negatives: the singular, and an adjective of the role itself, are as before
    ("Kupiškio rajono savivaldybės viešosios bibliotekos metodininkė", "metodininkė"),
    ("vyriausiosios bibliotekininkės", "vyriausioji bibliotekininkė"),
    ("ilgametės Pušaloto bibliotekininkės", "ilgametė bibliotekininkė"),  # the head itself is no employer's noun
    ("ilgametės Naujosios Vilnios bibliotekininkės", "ilgametė bibliotekininkė"),
]


@pytest.mark.parametrize(("role_phrase", "role"), CASES)
def test_plural_role_after_an_employer_with_adjectives(extract_spacy, role_phrase: str, role: str) -> None:
    text = f"Spalio 14 d. {role_phrase} {NAMES}"
    if role_phrase.endswith("metodininkė"):
        text = text.replace(" ir Laima Juodytė", "")
    report = extract_spacy(text, published="2024-10-20")
    assert {p.role for p in report.people} == {role}
