"""A library word with no name ("mūsų bibliotekoje") in a sentence that names another library only as a
visitor's employer ("X bibliotekos direktorė") is the post's own library, not the visitor's. Sentences written
for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-05"
SITE = {"url": "https://www.ignalinosvb.lt/naujienos/1"}


@pytest.mark.parametrize("sentence", [
    "Vakar mūsų bibliotekoje lankėsi Utenos Antano ir Motiejaus Miškinių viešosios bibliotekos direktorė Daiva "
    "Rimkienė.",
    "Birželio 4 d. bibliotekoje viešėjo Zarasų rajono savivaldybės viešosios bibliotekos metodininkės.",
])
def test_the_library_word_is_the_sites_library(extract_spacy, sentence: str) -> None:
    report = extract_spacy(sentence, published=PUBLISHED, source=SITE)
    assert [(v.date, v.library.id) for v in report.visits] == [("2025-06-04", "ignalinos-rsvb")]


def test_a_library_named_as_the_place_stays(extract_spacy) -> None:
    sentence = ("Birželio 4 d. mūsų bibliotekos darbuotojos lankėsi Zarasų rajono savivaldybės viešojoje "
                "bibliotekoje.")
    report = extract_spacy(sentence, published=PUBLISHED, source=SITE)
    assert [(v.date, v.library.id) for v in report.visits] == [("2025-06-04", "zarasu-rsvb")]
