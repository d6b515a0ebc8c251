"""What a verb of telling or remembering tells is a story, not the event: a trip in its clause of content
("prisiminė, kaip vyko į Vilnių") takes nobody away from the event, and an old year in what is told ("papasakojo
apie rašytojo apsilankymą 1930 m.") does not make the teller history. A trip the staff made is still a trip, and
a year that dates the teller's own clause still makes it history. Sentences written for these tests."""

from __future__ import annotations

import pytest

HOME = "Kovo 5 d. Lazdijų rajono savivaldybės viešojoje bibliotekoje vyko popietė. "

TOLD = [
    "Bibliotekininkė Ona Jonaitienė prisiminė, kaip jaunystėje vyko į Vilnių.",
    "Poetė Ona Jonaitienė papasakojo, kad vasarą lankėsi Paryžiuje.",
    "Viešnia Ona Jonaitienė pasakojo, jog ne kartą keliavo po Norvegiją.",
    "Kraštotyrininkė Ona Jonaitienė priminė, kaip kaimo vaikai važiuodavo į miestelio mokyklą.",
]


@pytest.mark.parametrize("sentence", TOLD)
def test_a_trip_told_keeps_the_teller_at_the_event(extract_spacy, sentence: str) -> None:
    report = extract_spacy(HOME + sentence, published="2025-03-10")
    assert [(v.date, [p.name for p in v.people]) for v in report.visits] == [("2025-03-05", ["Ona Jonaitienė"])]


@pytest.mark.parametrize("sentence", [
    "Kovo 5 d. bibliotekininkės Ona Jonaitienė ir Rūta Petraitienė vyko į Vilnių, kur dalyvavo knygų mugėje.",
    "Kovo 5 d. nuvykome į Vilnių: bibliotekininkė Ona Jonaitienė dalyvavo knygų mugėje.",
])
def test_a_trip_made_is_no_visit_to_the_home_library(extract_spacy, sentence: str) -> None:
    report = extract_spacy(HOME.replace("Kovo 5", "Kovo 4") + sentence, published="2025-03-10")
    assert [(v.date, [p.name for p in v.people]) for v in report.visits] == [("2025-03-04", [])]


@pytest.mark.parametrize("sentence", [
    "Kraštotyrininkas Jonas Petraitis papasakojo apie rašytojo apsilankymą 1930 m.",
    "Kraštotyrininkas Jonas Petraitis priminė 1930 m. įvykius.",
    "Muziejininkė Ona Jonaitienė pasakojo, kad mokykla pastatyta 1925 metais.",
])
def test_an_old_year_in_what_is_told_keeps_the_teller(extract_spacy, sentence: str) -> None:
    report = extract_spacy(HOME + sentence, published="2025-03-10")
    names = [p.name for p in report.people]
    assert len(names) == 1
    assert [(v.date, [p.name for p in v.people]) for v in report.visits] == [("2025-03-05", names)]


@pytest.mark.parametrize("sentence", [
    "Rašytojas Jonas Petraitis lankėsi čia 1930 m.",
    "Mokytojas Jonas Petraitis 1930 m. papasakojo apie kaimo istoriją.",
])
def test_an_old_year_of_the_tellers_own_clause_is_history(extract_spacy, sentence: str) -> None:
    report = extract_spacy(HOME + sentence, published="2025-03-10")
    assert [(v.date, [p.name for p in v.people]) for v in report.visits] == [("2025-03-05", [])]
