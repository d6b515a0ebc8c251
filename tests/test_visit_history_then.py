"""A sentence opening with a word that points back to the time just told ("Tuomet", "Tada", "Tais metais")
is set in that time: after a year of history it tells history too, no visit. Sentences written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-05"
BEFORE = "Zarasų rajono savivaldybės viešoji biblioteka 1958 m. persikėlė į naujas patalpas. "


@pytest.mark.parametrize("opening", ["Tuomet", "Tada", "Tais metais", "Tuo metu"])
def test_a_sentence_pointing_back_to_a_year_of_history_is_no_visit(extract_spacy, opening: str) -> None:
    text = BEFORE + opening + " bibliotekoje lankėsi rašytojas Jonas Petraitis."
    assert extract_spacy(text, published=PUBLISHED).visits == []


@pytest.mark.parametrize("text", [
    # the sentence before tells this year: the pointing word keeps it in this year
    "Zarasų rajono savivaldybės viešoji biblioteka 2025 m. gegužės 28 d. atnaujino skaityklą. Tuomet bibliotekoje "
    "lankėsi rašytojas Jonas Petraitis.",
    # no pointing word: a year of history in the middle of the sentence before sets nothing
    "Zarasų rajono savivaldybės viešojoje bibliotekoje gegužės 28 d. buvo pristatyta 1958 m. išleista knyga. "
    "Bibliotekoje lankėsi rašytojas Jonas Petraitis.",
])
def test_a_visit_of_this_year_stays(extract_spacy, text: str) -> None:
    report = extract_spacy(text, published=PUBLISHED)
    assert [(v.library.id, [p.name for p in v.people]) for v in report.visits] == [("zarasu-rsvb", ["Jonas Petraitis"])]
