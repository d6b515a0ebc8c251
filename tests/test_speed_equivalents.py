"""The shortcuts taken for speed give what the plain computations they replace gave: sentence bounds read
once a Doc, tenses and verb tests remembered per word form, ``agree`` remembered, year digits found
before a year pattern runs, the list test between two names stopped early."""

from __future__ import annotations

import re

import pytest

from ltreports.people import names
from ltreports.people.component import _joined
from ltreports.people.name_context import _predicate_readings, finite_readings
from ltreports.topics import grammar
from ltreports.visits import tense as visit_tense

TEXTS = [
    "Gegužės 3 d. bibliotekoje vyko susitikimas su rašytoja Ona Petraitytė. Ji skaitė eilėraščius vaikams.",
    "Nuo 1995 m. biblioteka rengdavo parodas, o 2023 m. surengė 120-ąją. Kviečiame apsilankyti!",
    "Renginį vedė bibliotekininkė Rūta Jonaitienė.\n\nJonas ir Marija Kazlauskai padovanojo knygų, 20245 egz.",
    "Skaitykite, kurkite ir dalyvaukite: paroda veiks iki birželio 30 d.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_bounds_are_spacys_sentences(nlp, text: str) -> None:
    doc = nlp(text)
    for token in doc:
        assert grammar.sentence_bounds(doc, token.i) == (token.sent.start, token.sent.end)


@pytest.mark.parametrize("text", TEXTS)
def test_remembered_tense_is_the_tense(nlp, text: str) -> None:
    doc = nlp(text)
    for _ in range(2):  # the second pass reads what the first one remembered
        for token in doc:
            for finite in (False, True):
                assert grammar.tense_at(doc, token.i, finite) == grammar.tense(token, finite)


@pytest.mark.parametrize("text", TEXTS)
def test_governing_verb_is_the_nearest_predicate(nlp, text: str) -> None:
    doc = nlp(text)
    for start in range(len(doc)):
        found = grammar.governing_verb(doc, start, start + 1)
        lo, hi = grammar.clause_bounds(doc, start)
        s, e = doc[start].sent.start, doc[start].sent.end
        expected = None
        for a, b, finite in ((lo, hi, True), (lo, hi, False), (s, e, True), (s, e, False)):
            candidates = [k for k in range(a, b) if k != start and grammar.tense(doc[k], finite) is not None]
            if candidates:
                expected = min(candidates, key=lambda k: (start - k if k < start else k - start - 1, k))
                break
        assert (found.i if found is not None else None) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_verb_tests_per_word_form(nlp, text: str) -> None:
    doc = nlp(text)
    for token in doc:
        readings = token._.ltr_analyses
        verbs = [a for a in readings or () if a.pos.startswith("verb")]
        assert finite_readings(readings) == any(t.startswith("Indic_") for a in verbs for t in a.tags)
        assert _predicate_readings(readings) == (
            any(t.startswith(("Indic_", "Imper")) for a in verbs for t in a.tags)
            or (
                any(t.startswith("Part_Pass") for a in verbs for t in a.tags)
                and any(a.case in (None, "Nom") for a in verbs)
            )
        )


@pytest.mark.parametrize(
    ("words", "cases"),
    [
        (["Onai", "Petraitytei"], None),
        (["Jonas", "Jonaitis"], ("Nom",)),
        (["Rūtos", "Jonaitienės"], ("Gen", "Acc")),
        (["Vida", "Levy"], None),
        (["Stalas", "Kėdė"], None),
    ],
)
def test_remembered_agreement_is_the_agreement(words: list[str], cases: tuple[str, ...] | None) -> None:
    parts = [names.given_readings(words[0]), names.family_readings(words[1])]
    first = names.agree(parts, cases, words)
    assert first == names._agree_parts(parts, cases, words)
    if first is not None:
        first[0].clear()  # a caller changing its list does not change the next answer
        assert names.agree(parts, cases, words) == names._agree_parts(parts, cases, words)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Ona Petraitytė ir Jonas Jonaitis", True),
        ("Ona Petraitytė, Jonas Jonaitis", True),
        ("Ona Petraitytė (Kaunas), Jonas Jonaitis", True),
        ("Ona Petraitytė iš Kauno, Jonas Jonaitis", True),
        ("Ona Petraitytė papasakojo, kaip jai sekėsi rašyti knygą apie kaimą ir jo žmones, o Jonas Jonaitis", False),
        ("Ona Petraitytė " + "ir " * 20 + "Jonas Jonaitis", False),
    ],
)
def test_names_joined_as_a_list(nlp, text: str, joined: bool) -> None:
    doc = nlp.make_doc(text)
    last = next(t.i for t in doc if t.text == "Petraitytė")
    first = next(t.i for t in doc if t.text == "Jonas")
    assert _joined(doc, last, first) is joined


@pytest.mark.parametrize("text", [*TEXTS, "1999-2020 m.", "x2019y 12345 201 2020", ""])
def test_year_digits_where_a_year_can_match(nlp, text: str) -> None:
    doc = nlp.make_doc(text)
    digits = visit_tense._year_digits(doc, doc.text)
    assert digits == [m.start() for m in re.finditer(r"(?=1[5-9]\d\d|20\d\d)", doc.text)]
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            if visit_tense.YEAR.search(text, start, end) or visit_tense.OPENING_YEAR.search(text, start, end):
                assert visit_tense._any_between(digits, start, end)


@pytest.mark.parametrize("text", [*TEXTS, "Anksčiau čia vykdavo šokiai. Dabar vyksta paskaitos."])
def test_habitual_sentence_per_word_form(nlp, text: str) -> None:
    doc = nlp(text)
    for sent in doc.sents:
        readings = [a for tok in sent for a in tok._.ltr_analyses or () if a.pos.startswith("verb")]
        plain = any("PastFreq" in t for a in readings for t in a.tags)
        assert grammar.habitual(sent) == plain
    assert grammar.habitual(next(doc.sents)) or "vykdavo" not in text  # the frequentative past is read
