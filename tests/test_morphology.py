"""The morphology layer: dictionary analyses, the suffix fallback, agreement, generation, the component.

Every table runs twice: with the tagged dictionary (``analyzer`` fixture) and with the suffix
fallback alone (``Analyzer(None)``). Test sentences are written for these tests.
"""

from __future__ import annotations

import time

import pytest
import spacy

from ltreports.morphology import Analysis, Analyzer
from ltreports.morphology.fallback import agree, guess
from ltreports.morphology.inflect import generate, inflect_phrase

# (form, nominative, case): names of every ending, and place names
NAMES = [
    ("Jonui", "Jonas", "Dat"),  # -as
    ("Petrausko", "Petrauskas", "Gen"),
    ("Petraičiui", "Petraitis", "Dat"),  # -is, t → č
    ("Kęstučio", "Kęstutis", "Gen"),
    ("Kairiui", "Kairys", "Dat"),  # -ys
    ("Kairio", "Kairys", "Gen"),
    ("Vaitkaus", "Vaitkus", "Gen"),  # -us
    ("Vaitkui", "Vaitkus", "Dat"),
    ("Paulių", "Paulius", "Acc"),  # -ius
    ("Jurgelevičiaus", "Jurgelevičius", "Gen"),
    ("Onai", "Ona", "Dat"),  # -a
    ("Rasos", "Rasa", "Gen"),
    ("Kudirkos", "Kudirka", "Gen"),
    ("Eglei", "Eglė", "Dat"),  # -ė
    ("Malinauskienės", "Malinauskienė", "Gen"),  # -ienė
    ("Grigorčenkienei", "Grigorčenkienė", "Dat"),
    ("Grigorčenkienę", "Grigorčenkienė", "Acc"),
    ("Mozūraitei", "Mozūraitė", "Dat"),  # -aitė
    ("Petraitytę", "Petraitytė", "Acc"),  # -ytė
    ("Jankutei", "Jankutė", "Dat"),  # -utė
    ("Grybauskiūtės", "Grybauskiūtė", "Gen"),  # -iūtė
    ("Abazoriuvienės", "Abazoriuvienė", "Gen"),  # -uvienė
    ("Abazoriuvienei", "Abazoriuvienė", "Dat"),
]
PLACES = [
    ("Veisiejuose", "Veisiejai", "Loc"),  # plural
    ("Elektrėnų", "Elektrėnai", "Gen"),
    ("Kėdainiuose", "Kėdainiai", "Loc"),
    ("Zarasuose", "Zarasai", "Loc"),
    ("Vievyje", "Vievis", "Loc"),  # singular
    ("Kaune", "Kaunas", "Loc"),
    ("Utenoje", "Utena", "Loc"),
    ("Vilniaus", "Vilnius", "Gen"),
]
FALLBACK_TOP = 3  # the fallback must rank the right reading among its first guesses


@pytest.fixture(scope="module")
def bare() -> Analyzer:
    """No dictionary: the suffix fallback only."""
    return Analyzer(None)


def has(readings: tuple[Analysis, ...], lemma: str, case: str) -> bool:
    return any(a.lemma == lemma and a.case == case for a in readings)


@pytest.mark.parametrize(("form", "lemma", "case"), NAMES + PLACES)
def test_nominative_with_dictionary(analyzer, form: str, lemma: str, case: str) -> None:
    assert has(analyzer.analyze(form), lemma, case), analyzer.analyze(form)


@pytest.mark.parametrize(("form", "lemma", "case"), NAMES + PLACES)
def test_nominative_fallback_only(bare: Analyzer, form: str, lemma: str, case: str) -> None:
    readings = bare.analyze(form)
    assert all(a.source == "fallback" for a in readings)
    assert has(readings[:FALLBACK_TOP], lemma, case), readings[:FALLBACK_TOP]


@pytest.mark.parametrize(
    ("form", "lemma", "kind", "gender", "case"),
    [
        ("Grigorčenkienei", "Grigorčenkienė", "family_name", "Fem", "Dat"),
        ("Abazoriuvienės", "Abazoriuvienė", "family_name", "Fem", "Gen"),
        ("Petraičio", "Petraitis", "family_name", "Masc", "Gen"),
        ("Balceriškių", "Balceriškiai", "place", "Masc", "Gen"),
        ("Vievyje", "Vievis", "place", "Masc", "Loc"),
    ],
)
def test_fallback_first_guess(form: str, lemma: str, kind: str, gender: str, case: str) -> None:
    first = guess(form)[0]
    assert (first.lemma, first.kind, first.gender, first.case, first.source) == (lemma, kind, gender, case, "fallback")


def test_fallback_plural_village_alternatives() -> None:
    lemmas = [a.lemma for a in guess("Balceriškių")[:3]]
    assert "Balceriškės" in lemmas and "Balceriškiai" in lemmas


def test_fallback_foreign_and_nonwords() -> None:
    assert guess("Smith")[0] == Analysis("Smith", "noun", "family_name", None, None, None, "fallback", ("Indecl",))
    assert guess("") == [] and guess("2024") == [] and guess("LNB") == []


@pytest.mark.parametrize("which", ["dictionary", "fallback"])
def test_hyphenated_double_surname(analyzer, bare: Analyzer, which: str) -> None:
    an = analyzer if which == "dictionary" else bare
    first = an.analyze("Petkevičaitės-Bitės")[0]
    assert (first.lemma, first.case, first.number) == ("Petkevičaitė-Bitė", "Gen", "Sg")
    assert first.kind == "family_name"


@pytest.mark.parametrize("which", ["dictionary", "fallback"])
@pytest.mark.parametrize(
    ("given", "family", "lemmas", "case"),
    [
        ("Onai", "Grigorčenkienei", ("Ona", "Grigorčenkienė"), "Dat"),
        ("Gabrielės", "Petkevičaitės-Bitės", ("Gabrielė", "Petkevičaitė-Bitė"), "Gen"),
        ("Jonui", "Petraičiui", ("Jonas", "Petraitis"), "Dat"),
        ("Rasos", "Abazoriuvienės", ("Rasa", "Abazoriuvienė"), "Gen"),
    ],
)
def test_agree(analyzer, bare, which: str, given: str, family: str, lemmas: tuple[str, str], case: str) -> None:
    an = analyzer if which == "dictionary" else bare
    pairs = agree(an.analyze(given), an.analyze(family))
    assert pairs
    a, b = pairs[0]
    assert (a.lemma, b.lemma) == lemmas
    assert a.case == b.case == case and a.number == b.number == "Sg"


def test_agree_rejects_disagreeing_case(analyzer) -> None:
    pairs = agree(analyzer.analyze("Jonui"), analyzer.analyze("Petraičio"))
    assert all(a.case == b.case for a, b in pairs if a.case and b.case)
    assert not any(a.case == "Dat" and b.case == "Gen" for a, b in pairs)


@pytest.mark.parametrize(
    ("form", "kinds", "expected"),
    [
        ("Veisiejuose", ("place",), "Veisiejai"),
        ("Vievyje", ("place",), "Vievis"),
        ("Elektrėnų", ("place",), "Elektrėnai"),
        ("Malinauskienei", ("family_name",), "Malinauskienė"),
        ("Jonui", ("first_name",), "Jonas"),
        ("bibliotekoje", None, "biblioteka"),
        ("bibliotekoje", ("place",), None),
    ],
)
def test_nominative_helper(analyzer, form: str, kinds, expected) -> None:
    assert analyzer.nominative(form, kinds=kinds) == expected


def test_cached_throughput(analyzer) -> None:
    stems = ("Petrait", "Vaitk", "bibliotek", "Elektrėn")
    words = [f"{stem}{end}" for stem in stems for end in ("as", "o", "ui", "ai")]
    for w in words:
        analyzer.analyze(w)
    n = 0
    start = time.perf_counter()
    while n < 200_000:
        for w in words:
            analyzer.analyze(w)
        n += len(words)
    rate = n / (time.perf_counter() - start)
    assert rate > 100_000, f"{rate:,.0f} words/s"  # target 200,000 on an idle machine


# ------------------------------------------------------------------ generation

GENERATE = [
    ("biblioteka", "Loc", "Sg", None, "bibliotekoje"),
    ("biblioteka", "Gen", "Sg", None, "bibliotekos"),
    ("biblioteka", "Acc", "Sg", None, "biblioteką"),
    ("biblioteka", "Inst", "Sg", None, "biblioteka"),
    ("biblioteka", "Dat", "Pl", None, "bibliotekoms"),
    ("savivaldybė", "Loc", "Sg", None, "savivaldybėje"),
    ("Petraitis", "Gen", "Sg", None, "Petraičio"),
    ("Petraitis", "Dat", "Sg", None, "Petraičiui"),
    ("Vaitkus", "Gen", "Sg", None, "Vaitkaus"),
    ("Elektrėnai", "Loc", "Pl", None, "Elektrėnuose"),
    ("Vievis", "Loc", "Sg", None, "Vievyje"),
    ("Petkevičaitė", "Dat", "Sg", None, "Petkevičaitei"),
    ("viešas", "Loc", "Sg", "Fem", "viešoje"),
    ("centrinis", "Gen", "Sg", "Fem", "centrinės"),
]


@pytest.mark.parametrize("which", ["dictionary", "fallback"])
@pytest.mark.parametrize(("lemma", "case", "number", "gender", "form"), GENERATE)
def test_generate(analyzer, bare, which, lemma, case, number, gender, form) -> None:
    an = analyzer if which == "dictionary" else bare
    assert generate(lemma, case, number, gender, analyzer=an)[0] == form


@pytest.mark.parametrize("which", ["dictionary", "fallback"])
@pytest.mark.parametrize(("lemma", "case", "number", "gender", "form"), GENERATE)
def test_generate_round_trip(analyzer, bare, which, lemma, case, number, gender, form) -> None:
    an = analyzer if which == "dictionary" else bare
    generated = generate(lemma, case, number, gender, analyzer=an)[0]
    readings = an.analyze(generated) if which == "dictionary" else bare.analyze(generated)
    assert any(a.lemma == lemma and a.case == case and a.number == number for a in readings), readings


def test_generate_definite_and_unknown(analyzer) -> None:
    assert generate("viešas", "Nom", "Sg", "Fem", definite=True, analyzer=analyzer) == ["viešoji"]
    assert generate("Grigorčenkienė", "Gen", analyzer=analyzer)[0] == "Grigorčenkienės"
    assert generate("Petkevičaitė-Bitė", "Gen", analyzer=analyzer) == ["Petkevičaitės-Bitės"]


HEAD = "viešoji biblioteka"
PHRASE_CASES = [
    ("Nom", "viešoji biblioteka"),
    ("Gen", "viešosios bibliotekos"),
    ("Dat", "viešajai bibliotekai"),
    ("Acc", "viešąją biblioteką"),
    ("Inst", "viešąja biblioteka"),
    ("Loc", "viešojoje bibliotekoje"),
]


@pytest.mark.parametrize("which", ["dictionary", "fallback"])
@pytest.mark.parametrize(("case", "expected"), PHRASE_CASES)
def test_inflect_phrase(analyzer, bare, which, case, expected) -> None:
    an = analyzer if which == "dictionary" else bare
    assert inflect_phrase(HEAD, case, analyzer=an) == expected
    long = inflect_phrase(f"Elektrėnų savivaldybės {HEAD}", case, analyzer=an)
    assert long == f"Elektrėnų savivaldybės {expected}"


@pytest.mark.parametrize("which", ["dictionary", "fallback"])
@pytest.mark.parametrize(
    ("phrase", "case", "expected"),
    [
        ("Vievio centrinė biblioteka", "Loc", "Vievio centrinėje bibliotekoje"),
        ("Kauno apskrities viešoji biblioteka", "Gen", "Kauno apskrities viešosios bibliotekos"),
        ("Viešoji biblioteka", "Dat", "Viešajai bibliotekai"),
        ("viešojoje bibliotekoje", "Nom", "viešoji biblioteka"),
    ],
)
def test_inflect_phrase_more(analyzer, bare, which, phrase, case, expected) -> None:
    an = analyzer if which == "dictionary" else bare
    assert inflect_phrase(phrase, case, analyzer=an) == expected


@pytest.mark.parametrize("which", ["dictionary", "fallback"])
@pytest.mark.parametrize(
    ("phrase", "nominative"),
    [
        ("viešosios bibliotekos", "viešoji biblioteka"),
        ("Kauno apskrities viešojoje bibliotekoje", "Kauno apskrities viešoji biblioteka"),
        ("Elektrėnų savivaldybės viešosios bibliotekos Vievio filiale",
         "Elektrėnų savivaldybės viešosios bibliotekos Vievio filialas"),
        ("Panevėžio Gabrielės Petkevičaitės-Bitės viešajai bibliotekai",
         "Panevėžio Gabrielės Petkevičaitės-Bitės viešoji biblioteka"),
        ("Lietuvos nacionalinėje Martyno Mažvydo bibliotekoje", "Lietuvos nacionalinė Martyno Mažvydo biblioteka"),
    ],
)
def test_phrase_to_nominative_singular(analyzer, bare, which, phrase, nominative) -> None:
    an = analyzer if which == "dictionary" else bare
    assert inflect_phrase(phrase, "Nom", "Sg", analyzer=an) == nominative


# ------------------------------------------------------------------ the pipeline component

SENTENCE = "Vakar Elektrėnų bibliotekoje viešėjo rašytoja Ona Grigorčenkienė iš Veisiejų."


def lemmas_of(doc) -> dict[str, str]:
    return {t.text: t.lemma_ for t in doc}


@pytest.fixture(scope="module")
def morph_nlp():
    import ltreports.morphology.component  # noqa: F401  (registers ltr_morphology without entry points)
    from ltreports.matches import register_extensions
    from ltreports.pipeline import base_pipeline

    register_extensions()
    nlp = base_pipeline()
    nlp.add_pipe("ltr_morphology")
    return nlp


def test_component_lemmas(morph_nlp) -> None:
    doc = morph_nlp(SENTENCE)
    lemmas = lemmas_of(doc)
    assert lemmas["bibliotekoje"] == "biblioteka"
    assert lemmas["Elektrėnų"] == "Elektrėnai"
    assert lemmas["Veisiejų"] == "Veisiejai"
    assert lemmas["Grigorčenkienė"] == "Grigorčenkienė"
    token = doc[2]
    assert token._.analyses and token._.analyses[0].lemma == "biblioteka"


def test_component_round_trip(morph_nlp, tmp_path) -> None:
    before = morph_nlp(SENTENCE)
    morph_nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert "ltr_morphology" in loaded.pipe_names
    after = loaded(SENTENCE)
    assert [t.lemma_ for t in after] == [t.lemma_ for t in before]
    assert [t.pos_ for t in after] == [t.pos_ for t in before]
    assert [t._.analyses for t in after] == [t._.analyses for t in before]
