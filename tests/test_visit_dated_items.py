"""A line that opens with a date is an item of a programme or a report, never a heading over the lines below;
a library in the nominative filling the rest of the line after the date and a dash names that day's place
("Spalio 3 d. – Kazokiškių biblioteka"). Sentences written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-10-20"
TAIL = "\n\nElektrėnų savivaldybės viešosios bibliotekos metodininkė konsultavo kolegas."


@pytest.mark.parametrize(("items", "expected"), [
    ("Spalio 3 d. – Kazokiškių biblioteka\nSpalio 8 d. – Vievio biblioteka",
     [("2025-10-03", ["Kazokiškės"]), ("2025-10-08", ["Vievis"])]),
    ("Spalio 2 d. — Pastrėvio biblioteka.\nSpalio 9 d. — Pylimų biblioteka.",
     [("2025-10-02", ["Pastrėvys"]), ("2025-10-09", ["Pylimai"])]),
    ("2025-10-03 – Beižionių biblioteka\n2025-10-08 – Vievio biblioteka",
     [("2025-10-03", ["Beižionys"]), ("2025-10-08", ["Vievis"])]),
])
def test_dated_items_name_each_days_place(extract_spacy, items: str, expected: list) -> None:
    report = extract_spacy("Metodinės išvykos\n\n" + items + TAIL, published=PUBLISHED)
    assert [(v.date, [b.settlement for b in v.branches]) for v in report.visits] == expected


@pytest.mark.parametrize("text", [
    # no date before the dash: a library named, no day's place
    "Spalio 3 d. Vilniuje vyko bibliotekininkų konferencija. Metų kaimo biblioteka – Kazokiškių biblioteka\n"
    "Sveikiname kolegas.",
    # the library does not fill the line: a genitive of what the item is about
    "Kalendorius\n\nSpalio 3 d. – Kazokiškių bibliotekos vedėjos jubiliejus\nSpalio 8 d. – Vievio bibliotekos "
    "70-metis",
])
def test_a_library_not_alone_after_a_dated_dash_is_no_place(extract_spacy, text: str) -> None:
    assert extract_spacy(text, published=PUBLISHED).visits == []


@pytest.mark.parametrize(("text", "dates"), [
    ("Išvykos\n\n2025-10-03 – Beižionių biblioteka\n2025-10-08 – Vievio biblioteka", ["2025-10-03", "2025-10-08"]),
    # a numeric date right before a title, no dash: the page's stamp
    ("2025-10-03 Bibliotekoje lankėsi kolegos\n\nKolegos domėjosi fondais.", []),
])
def test_a_numeric_date_before_a_dash_is_an_item_not_a_stamp(extract_spacy, text: str, dates: list[str]) -> None:
    assert [d.value for d in extract_spacy(text, published=PUBLISHED).dates] == dates


@pytest.mark.parametrize(("text", "branches"), [
    ("Data: 2025 m. spalio 14 d.\nVieta: Beižionių biblioteka\n\nBibliotekoje vyko susitikimas su rašytoja.",
     ["Beižionys"]),
    ("Spalio 14 d. vyko susitikimas su rašytoja.\nRenginio vieta: Beižionių biblioteka, Beižionys.", ["Beižionys"]),
])
def test_a_labelled_place_names_the_events_place(extract_spacy, text: str, branches: list[str]) -> None:
    report = extract_spacy("Renginys\n\n" + text, published=PUBLISHED)
    assert [(v.date, [b.settlement for b in v.branches]) for v in report.visits] == [("2025-10-14", branches)]


def test_a_library_after_another_label_is_no_place(extract_spacy) -> None:
    text = "Renginys\n\nSpalio 14 d. Vilniuje vyko bibliotekininkų konferencija.\nRėmėjas: Beižionių biblioteka"
    assert extract_spacy(text, published=PUBLISHED).visits == []
