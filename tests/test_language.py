"""Tokenization and sentence segmentation of Lithuanian text with abbreviations and initials."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Renginys vyko gegužės 3 d. bibliotekoje", ["Renginys", "vyko", "gegužės", "3", "d.", "bibliotekoje"]),
        ("2023 m. gegužės 3–4 d.", ["2023", "m.", "gegužės", "3–4", "d."]),
        ("Pradžia 10 val. salėje", ["Pradžia", "10", "val.", "salėje"]),
        ("Kalbėjo R. Gulbinas", ["Kalbėjo", "R.", "Gulbinas"]),
        ("Sveikino prof. dr. Jonas Jonaitis", ["Sveikino", "prof.", "dr.", "Jonas", "Jonaitis"]),
        ("Žr. Nr. 5, t. y. pvz. kitą", ["Žr.", "Nr.", "5", ",", "t.", "y.", "pvz.", "kitą"]),
        ("knygos, žurnalai ir kt.", ["knygos", ",", "žurnalai", "ir", "kt."]),
        ("vyr.bibliotekininkė Ona", ["vyr.", "bibliotekininkė", "Ona"]),
        ("Vyr. bibliotekininkė", ["Vyr.", "bibliotekininkė"]),
        ("apie 20 proc. ir 3 tūkst. knygų", ["apie", "20", "proc.", "ir", "3", "tūkst.", "knygų"]),
        ("Ž. Petraitienė ir Č. Jonaitis", ["Ž.", "Petraitienė", "ir", "Č.", "Jonaitis"]),
        ("Vilniaus r. sav. bibliotekoje", ["Vilniaus", "r.", "sav.", "bibliotekoje"]),
    ],
)
def test_tokens(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Gegužės 3 d. Elektrėnų bibliotekoje lankėsi svečiai. Čia juos pasitiko R. Gulbinas.",
            ["Gegužės 3 d. Elektrėnų bibliotekoje lankėsi svečiai.", "Čia juos pasitiko R. Gulbinas."],
        ),
        (
            "2023 m. gegužės 3 d. vyko seminaras. Dalyvavo dr. Ona Petraitienė.",
            ["2023 m. gegužės 3 d. vyko seminaras.", "Dalyvavo dr. Ona Petraitienė."],
        ),
        (
            "Paroda veiks iki gruodžio 19 d. Kviečiame apsilankyti.",
            ["Paroda veiks iki gruodžio 19 d.", "Kviečiame apsilankyti."],
        ),
        (
            "Antraštė\n\nPirmas sakinys be taško\n\nAntras sakinys.",
            ["Antraštė", "Pirmas sakinys be taško", "Antras sakinys."],
        ),
        (
            "Renginyje\ndalyvavo mokiniai ir mokytojai.",
            ["Renginyje\ndalyvavo mokiniai ir mokytojai."],
        ),
    ],
)
def test_sentences(nlp, text: str, sentences: list[str]) -> None:
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == sentences
