"""A trip told in a clause of content after a verb of telling or remembering ("prisiminė, kaip vyko į
Vilnių") is a story, not a trip away from the event: the teller stays among the event's participants. A trip
the staff made is still a trip. Sentences written for these tests."""

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
