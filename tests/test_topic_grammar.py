"""The clause grammar that topic cues are read in: tense and mood of a verb, years as time adverbials,
genitive attributes."""

from __future__ import annotations

import pytest

from ltreports.topics import grammar


def token(nlp, text: str, word: str):
    doc = nlp(text)
    return doc, next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Bibliotekoje vyko paroda.", "vyko", "past"),
        ("Bibliotekoje vyks paroda.", "vyks", "future"),
        ("Bibliotekoje vyksta paroda.", "vyksta", "present"),
        ("Bibliotekoje vykdavo parodos.", "vykdavo", "habitual"),
        ("Ateikite į parodą!", "Ateikite", "imperative"),
        ("Norėtume, kad ateitų daugiau skaitytojų.", "Norėtume", "subjunctive"),
        ("Senjorai mokėsi naudotis internetu.", "mokėsi", "past"),  # not "mokėti", future
        ("Senjorai mokėsi naudotis internetu.", "naudotis", None),  # an infinitive carries no tense
        ("Biblioteka siūlo vaikams skirtų knygų.", "skirtų", None),  # a participle qualifying a noun
    ],
)
def test_tense(nlp, text: str, word: str, expected: str | None) -> None:
    _, tok = token(nlp, text, word)
    assert grammar.tense(tok) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1965 m. biblioteka persikėlė.", [1965]),
        ("2011 metais įrengta skaitykla.", [2011]),
        ("2024 m. gegužės 5 d. vyko šventė.", [2024]),
        ("Atidaryta paroda apie 1863 m. sukilimą.", []),  # the year names an event
        ("Atidaryta 1863 m. sukilimo paroda.", []),
        ("Bibliotekoje 25 lankytojai.", []),
    ],
)
def test_years_as_time_adverbials(nlp, text: str, expected: list[int]) -> None:
    doc = nlp(text)
    assert [y for s in doc.sents for y in grammar.years(s)] == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Atėjo vaikų grupė.", "vaikų", True),
        ("Nupirkta vaikų ir jaunimo literatūros.", "vaikų", True),
        ("Klausinėjo vaikų, ką jie skaito.", "vaikų", False),
        ("Susirinko daug vaikų.", "vaikų", False),
    ],
)
def test_genitive_attribute(nlp, text: str, word: str, expected: bool) -> None:
    doc, tok = token(nlp, text, word)
    assert grammar.genitive_attribute(doc, tok.i, tok.i + 1) is expected
