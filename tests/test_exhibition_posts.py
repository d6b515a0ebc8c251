"""A list after an exhibit noun is shown, not met ("Parodoje – rašytojai: A, B"), unless a role noun in the
nominative singular before the dash names a post in the exhibition that the name holds ("Parodos kuratorė – X",
"Parodos rengėja – X"): that person is listed. The author of the works shown ("Parodos autorė – X") is not.
Sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    ("Parodos kuratorė – Eglė Mockutė, Akmenės bibliotekos vyr. bibliotekininkė.", {"Eglė Mockutė"}),
    ("Ekspozicijos rengėja – bibliotekininkė Eglė Mockutė.", {"Eglė Mockutė"}),
    # negatives: the author of the works, and people shown at the exhibition
    ("Parodos autorė – tautodailininkė Eglė Mockutė.", set()),
    ("Parodoje – žymūs kraštiečiai: Eglė Mockutė ir Tomas Ramanauskas.", set()),
    ("Parodoje pristatomi kraštiečiai: Eglė Mockutė, Tomas Ramanauskas.", set()),
]


@pytest.mark.parametrize(("text", "names"), CASES)
def test_post_in_an_exhibition_is_listed(extract_spacy, text: str, names: set[str]) -> None:
    report = extract_spacy(text, published="2024-10-20")
    assert {p.name for p in report.people} == names
