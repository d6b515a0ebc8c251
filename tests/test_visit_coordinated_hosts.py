"""Several libraries named with one shared head noun after a preposition ("vyko į Bukonių ir Rimkų
bibliotekas"): the preposition before the first name governs the head, so the trip goes to every branch
named; "iš A ir B bibliotekų" tells where visitors come from. Sentences written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-20"


@pytest.mark.parametrize(("sentence", "branches"), [
    ("Gegužės 6 d. Jonavos rajono savivaldybės viešosios bibliotekos direktorė Rūta Jonaitienė vyko į Bukonių ir "
     "Rimkų bibliotekas.", {"Bukonys", "Rimkai"}),
    ("Gegužės 6 d. Zarasų rajono savivaldybės viešosios bibliotekos metodininkės nuvyko į Antalieptės, Antazavės "
     "bei Dusetų bibliotekas aptarti veiklos planų.", {"Antalieptė", "Antazavė", "Dusetos"}),
    ("Gegužės 6 d. Kupiškio rajono savivaldybės viešosios bibliotekos darbuotojai važiavo į Alizavos ir Subačiaus "
     "bibliotekas, kur konsultavo kolegas.", {"Alizava", "Subačius"}),
    ("Gegužės 6 d. Šilutės rajono savivaldybės Fridricho Bajoraičio viešosios bibliotekos metodininkė vyko į "
     "Žemaičių Naumiesčio ir Usėnų bibliotekas.", {"Žemaičių Naumiestis", "Usėnai"}),
])
def test_a_trip_to_coordinated_branches_visits_them_all(extract_spacy, sentence: str, branches: set[str]) -> None:
    report = extract_spacy(sentence, published=PUBLISHED)
    assert [(v.date, {b.settlement for b in v.branches}) for v in report.visits] == [("2025-05-06", branches)]


@pytest.mark.parametrize("sentence", [
    "Gegužės 6 d. Vilniuje vyko seminaras, į kurį atvyko bibliotekininkės iš Bukonių ir Rimkų bibliotekų.",
    "Gegužės 6 d. Kaune vyko konferencija, kurioje dalyvavo kolegės iš Antalieptės, Antazavės bei Dusetų "
    "bibliotekų.",
])
def test_visitors_from_coordinated_branches_make_no_visit(extract_spacy, sentence: str) -> None:
    report = extract_spacy(sentence, published=PUBLISHED)
    assert report.visits == []


@pytest.mark.parametrize("sentence", [
    "Gegužės 6 d. Šiaulių miesto savivaldybės viešojoje bibliotekoje apsilankė kolegos iš Latvijos, Jelgavos "
    "bibliotekos.",
    "Gegužės 6 d. Šiaulių miesto savivaldybės viešojoje bibliotekoje lankėsi svečiai iš Estijos ir Tartu "
    "bibliotekos.",
])
def test_a_library_visitors_come_from_is_no_branch_visited(extract_spacy, sentence: str) -> None:
    report = extract_spacy(sentence, published=PUBLISHED)
    assert [(v.date, v.library.id, v.branches) for v in report.visits] == [("2025-05-06", "siauliu-msvb", [])]


@pytest.mark.parametrize(("sentence", "branches"), [
    ("Gegužės 6 d. Zarasų rajono savivaldybės viešosios bibliotekos direktorė nuvyko pas Degučių bibliotekos "
     "bibliotekininkę.", ["Degučiai"]),
    ("Gegužės 6 d. Zarasų rajono savivaldybės viešosios bibliotekos metodininkės svečiavosi pas Dusetų bibliotekos "
     "darbuotojus.", ["Dusetos"]),
])
def test_going_to_a_librarys_people_visits_the_library(extract_spacy, sentence: str, branches: list[str]) -> None:
    report = extract_spacy(sentence, published=PUBLISHED)
    assert [(v.date, [b.settlement for b in v.branches]) for v in report.visits] == [("2025-05-06", branches)]


def test_people_of_a_library_met_elsewhere_make_no_visit(extract_spacy) -> None:
    # no "pas": the library's people are only named, at a venue in another town
    sentence = "Gegužės 6 d. Vilniuje vyko konferencija, kurioje Dusetų bibliotekos darbuotojus pasveikino ministras."
    assert extract_spacy(sentence, published=PUBLISHED).visits == []
