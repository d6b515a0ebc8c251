"""The morphology layer: dictionary analyses, the suffix fallback, agreement, generation, the component.

Every table runs twice: with the tagged dictionary (``analyzer`` fixture) and with the suffix
fallback alone (``Analyzer(None)``). Test sentences are written for these tests.
"""

from __future__ import annotations

import re

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


def test_analyses_are_cached(analyzer) -> None:
    """Every word is analysed once per process (speed figures: benchmarks/throughput.py)."""
    words = [f"{stem}{end}" for stem in ("Petrait", "bibliotek") for end in ("as", "o", "ui", "ai")]
    first = [analyzer.analyze(w) for w in words]
    assert all(analyzer.analyze(w) is r for w, r in zip(words, first, strict=True))


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
    assert token._.ltr_analyses and token._.ltr_analyses[0].lemma == "biblioteka"


def test_component_round_trip(morph_nlp, tmp_path) -> None:
    before = morph_nlp(SENTENCE)
    morph_nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert "ltr_morphology" in loaded.pipe_names
    after = loaded(SENTENCE)
    assert [t.lemma_ for t in after] == [t.lemma_ for t in before]
    assert [t.pos_ for t in after] == [t.pos_ for t in before]
    assert [t._.ltr_analyses for t in after] == [t._.ltr_analyses for t in before]


# ------------------------------------------------------------------ the compiled store

# A small dictionary in the Semantika format (FLAG num, AF/AM aliases), written for these tests: a noun
# with two suffix classes, an adjective whose forms take a second (definite) suffix, a root that needs
# an affix, homonyms, a mixed-case word (Hunspell adds a hidden "Ios" for all-capitals input).
TINY_AFF = """SET UTF-8
FLAG num
NEEDAFFIX 9999
CIRCUMFIX 9998
FULLSTRIP

AF 8
AF 10,11
AF 30
AF 31
AF 9999,30
AF 12
AF 40,9998
AF 50
AF 9998

AM 20
AM po:noun
AM po:adjective
AM po:noun_family_name
AM po:conjunction
AM is:Fem_Sg_Gen
AM is:Fem_Sg_Dat
AM is:Fem_Sg_Acc
AM is:Fem_Sg_Loc
AM is:Fem_Pl_Nom
AM is:Fem_Sg_Inst
AM is:Masc_Sg_Nom
AM is:Masc_Sg_Gen
AM is:Fem_Sg_Nom
AM is:Def
AM is:Masc_Sg_Loc
AM is:Masc_Sg_Dat
AM is:Masc_Sg_Voc
AM po:verb
AM is:Optative
AM is:Indic_Pres_III

PFX 40 Y 1
PFX 40 0 te/8 . 19

SFX 50 Y 2
SFX 50 ti na ti 20
SFX 50 ti nie/6 ti 20

SFX 10 Y 4
SFX 10 a os a 5
SFX 10 a ai a 6
SFX 10 a ą a 7
SFX 10 a oje a 8

SFX 11 Y 2
SFX 11 a os a 9
SFX 11 a a a 10

SFX 30 Y 4
SFX 30 as as/3 as 11
SFX 30 as o as 12
SFX 30 as a/3 as 13
SFX 30 as oje/3 as 8

SFX 31 Y 3
SFX 31 a oji a 14
SFX 31 as asis as 14
SFX 31 e oje e 14

SFX 12 Y 4
SFX 12 as o as 12
SFX 12 as e as 15
SFX 12 as ui as 16
SFX 12 as e as 17
"""
TINY_DIC = (
    "9\neiti/7\t18\nknyga/1\t1\ngeras/2\t2\nmėlynas/4\t2\nKaunas/5\t1\nKaunas/5\t3\nkaunas/5\t1\n"
    "iOS/5\t1\nir\t4\n"
)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """(dictionary folder, compiled store) of the small test dictionary."""
    from ltreports.morphology.compile import build_store
    from ltreports.morphology.store import MorphStore

    folder = tmp_path_factory.mktemp("tiny-dic")
    (folder / "lt-LT.aff").write_text(TINY_AFF, encoding="utf-8")
    (folder / "lt-LT.dic").write_text(TINY_DIC, encoding="utf-8")
    store = MorphStore(build_store(folder, folder / "store", log=lambda message: None))
    return folder, store


def _spellings(forms) -> list[str]:
    return sorted({v for f in forms for v in (f, f.lower(), f.upper(), f[:1].upper() + f[1:])})


def test_store_equals_hunspell_on_every_form_of_a_small_dictionary(tiny) -> None:
    from ltreports.morphology.compile import generate, read_dictionary

    folder, store = tiny
    reference = Analyzer(folder, use_store=False)
    with_store = Analyzer(folder, use_store=False)
    with_store.store = store  # words the store does not model ("geroji.") still go to chunspell
    forms = {form for form, *_ in generate(read_dictionary(folder / "lt-LT.aff", folder / "lt-LT.dic"))}
    words = [*_spellings(forms), "knygų", "Vilnius", "geroji.", "xyz"]
    assert len(words) > 60
    for word in words:
        assert with_store.dictionary_analyses(word) == reference.dictionary_analyses(word), word


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # two suffix rules give "e" (Loc, Voc): Hunspell tries the one read last first; homonyms in file order
        ("kaune", [("kaunas", None, "Voc"), ("kaunas", None, "Loc")]),
        ("Kaune", [("kaunas", None, "Voc"), ("kaunas", None, "Loc"), ("Kaunas", None, "Voc"),
                   ("Kaunas", "family_name", "Voc"), ("Kaunas", None, "Loc"), ("Kaunas", "family_name", "Loc")]),
        ("geroji", [("geras", None, "Nom")]),  # two suffixes: gera + -oji
        ("mėlynas", [("mėlynas", None, "Nom")]),  # the bare root needs an affix: only the suffixed reading
        ("IOS", [("Ios", None, None)]),
        ("Ios", [("Ios", None, None)]),
        ("ios", []),
        ("knygų", []),
        ("eina", [("eiti", None, None)]),
        ("teeinie", [("eiti", None, None)]),  # prefix te- with a suffix that asks for it (circumfix)
        ("eime", []),
        ("teeina", []),  # the circumfix needs its suffix
    ],
)
def test_store_readings_in_hunspell_order(tiny, word: str, expected) -> None:
    _, store = tiny
    assert [(a.lemma, a.kind, a.case) for a in store.analyze(word)] == expected


@pytest.mark.parametrize(
    ("word", "variants"),
    [
        ("biblioteka", ("biblioteka",)),
        ("Biblioteka", ("biblioteka", "Biblioteka")),
        ("BIBLIOTEKA", ("BIBLIOTEKA", "biblioteka", "Biblioteka")),
        ("LRT-3", ("LRT-3", "lrt-3", "Lrt-3")),
        ("McDonaldas", ("McDonaldas",)),
        ("iPhone", ("iPhone",)),
        ("dir.", ("dir", "dir.")),
        ("Dir..", ("dir", "Dir", "dir.", "Dir.")),
        ("KT.", ("KT", "KT.", "kt", "Kt", "kt.", "Kt.")),
        ("...", ()),
    ],
)
def test_capitalization_variants(word: str, variants) -> None:
    from ltreports.morphology.store import variants as hunspell_variants

    assert hunspell_variants(word) == variants


# words written for this test: names, places, inflected common words, capitals, unknown words
STORE_SAMPLE = re.findall(
    r"\S+",
    "Vakar Elektrėnų savivaldybės viešojoje bibliotekoje lankėsi rašytoja Ona Grigorčenkienė iš Veisiejų "
    "ir poetas Jonas Petraitis ; VILNIAUS APSKRITIES bibliotekos direktorė kalbėjo apie knygų mugę Kaune , "
    "Kalėdos Panemunėje , susitikimai su skaitytojais vyko gegužės trečiąją ; mokiniai piešė , dainavo , "
    "buvo apdovanoti ; tegul ateina visi ; Smithas Hugo Zarasuose Vievyje Utenoje Kėdainiuose "
    # abbreviations and words before a full stop: Hunspell cuts the dots and tries one again
    "dir. Dir. DIR. A. a. d.. KT. IT. Vilniuje. VILNIUJE. vilniuje. t. UAB. Prof. . .. ...",
)


def _store_sample(store, n: int = 400) -> list[str]:
    """Forms spread evenly over the store's keys, with their other spellings."""
    size = len(store.trie)
    keys = [store.trie.restore_key(i * (size // n)) for i in range(n)]
    spellings = _spellings(keys)
    return spellings + [f"{w}." for w in spellings[::7]]


def test_store_equals_hunspell_on_a_sample(analyzer) -> None:
    if analyzer.store is None:
        pytest.skip("the morphology store is not built (scripts/setup.sh builds it)")
    reference = Analyzer(analyzer.dic_dir, analyzer.name, use_store=False)
    words = [*STORE_SAMPLE, *_store_sample(analyzer.store)]
    differ = [w for w in words if analyzer.dictionary_analyses(w) != reference.dictionary_analyses(w)]
    assert not differ, differ[:10]
    assert analyzer.dictionary_analyses("bibliotekoje")[0].lemma == "biblioteka"


@pytest.mark.parametrize("word", ["…", "naïve", "Vilniuje…", "“Kaune”", "bibliotekoje"])
def test_untagged_debian_dictionary_never_raises(word: str) -> None:
    """With only Debian's hunspell-lt (ISO-8859-13, no tags), characters outside its encoding are
    no error: the dictionary gives no readings, the suffix fallback guesses."""
    from ltreports.morphology.analyzer import DEBIAN_DICT

    if not (DEBIAN_DICT / "lt_LT.dic").is_file():
        pytest.skip("Debian's hunspell-lt is not installed (scripts/setup.sh installs it)")
    debian = Analyzer(DEBIAN_DICT, "lt_LT")
    assert not debian.tagged and debian.store is None
    readings = debian.analyze(word)
    assert all(a.source == "fallback" for a in readings)
    assert debian.dictionary_analyses(word) == []


def test_untagged_dictionary_in_the_pipeline(monkeypatch) -> None:
    """The whole pipeline on text with an ellipsis, the Debian dictionary standing in for Semantika."""
    from ltreports.morphology import analyzer as analyzer_module

    if not (analyzer_module.DEBIAN_DICT / "lt_LT.dic").is_file():
        pytest.skip("Debian's hunspell-lt is not installed (scripts/setup.sh installs it)")
    import ltreports.morphology.component
    from ltreports.matches import register_extensions
    from ltreports.pipeline import base_pipeline

    register_extensions()
    debian = analyzer_module.Analyzer(analyzer_module.DEBIAN_DICT, "lt_LT")
    monkeypatch.setattr(analyzer_module, "get_analyzer", lambda: debian)
    monkeypatch.setattr(ltreports.morphology.component, "get_analyzer", lambda: debian)
    nlp = base_pipeline(trained=False)
    nlp.add_pipe("ltr_morphology")
    doc = nlp("Renginys vyko Kaune… Dalyvavo Ona Petraitienė…")
    assert [t.lemma_ for t in doc if t.text == "Petraitienė"] == ["Petraitienė"]
    assert all(t._.ltr_analyses is None or isinstance(t._.ltr_analyses, tuple) for t in doc)


def test_lemma_sets_once_per_doc(morph_nlp) -> None:
    from ltreports.morphology.component import doc_lemma_sets, token_lemmas

    doc = morph_nlp(SENTENCE)
    sets = doc_lemma_sets(doc)
    assert doc_lemma_sets(doc) is sets
    library = next(t for t in doc if t.text == "bibliotekoje")
    assert {"bibliotekoje", "biblioteka"} <= token_lemmas(library)
    other = morph_nlp("Kaune dirbo bibliotekininkė.")
    assert "kaunas" in token_lemmas(other[0]) and "biblioteka" not in token_lemmas(other[0])
    assert token_lemmas(library) == sets[library.i]  # the first Doc asked again: computed again, same sets


def test_without_marisa_trie_hunspell_answers(tiny, monkeypatch) -> None:
    """A store built by another installation, marisa-trie missing here: chunspell answers, same readings."""
    import sys

    from ltreports.morphology import store as store_module

    folder, _ = tiny
    monkeypatch.setenv("LTREPORTS_CACHE", str(folder / "cache"))
    store_module.ensure_store(folder, log=lambda message: None)
    store_module.open_store.cache_clear()
    monkeypatch.setitem(sys.modules, "marisa_trie", None)
    try:
        assert store_module.open_store(folder) is None
        fallback = Analyzer(folder)
        assert fallback.store is None
        assert [(a.lemma, a.case) for a in fallback.dictionary_analyses("knygoje")] == [("knyga", "Loc")]
    finally:
        store_module.open_store.cache_clear()


@pytest.mark.parametrize(
    "text",
    ["Vakarą Jurgaičių bibliotekoje kalbėjo Rūta Žvirblienė.", "Knygas skolinosi Ąžuolų kaimo vaikai ir jų tėvai."],
)
def test_untagged_lemmas_are_the_same_after_a_memory_zone(nlp, text: str) -> None:
    """The annotator keeps each word's lemma id; ids first made inside ``memory_zone`` (strings spaCy drops
    at its end) must not be reused after it."""
    with nlp.memory_zone():
        inside = [t.lemma_ for t in nlp(text)]
    after = [t.lemma_ for t in nlp(text)]
    again = [t.lemma_ for t in nlp(text)]
    assert inside == after == again
    assert "biblioteka" in after or "kaimas" in after


@pytest.mark.parametrize(("texts", "word", "expected"), [
    (["Vaikai skaitė knygas bibliotekoje.", "Bibliotekoje vaikai skaitė."], "bibliotekoje", {"biblioteka"}),
    (["Kaune dirbo bibliotekininkė.", "Kaunas, Kaune ir Kauno."], "Kaune", {"kaune", "kaunas"}),
    (["Rytoj – 12 val.", "Rytoj 12 val."], "12", {"12"}),  # no readings: the form alone
])
@pytest.mark.parametrize("memo_size", [200_000, 0])  # 0: the memo starts over at every Doc
def test_lemma_sets_kept_across_docs_equal_token_by_token(morph_nlp, monkeypatch, texts: list[str], word: str,
                                                          expected: set[str], memo_size: int) -> None:
    from ltreports.morphology import component, lemma_sets

    monkeypatch.setattr(lemma_sets, "LEMMA_SET_MEMO", memo_size)
    for text in texts * 2:  # the second time round every token's set comes from the memo
        doc = morph_nlp(text)
        sets = component.doc_lemma_sets(doc)
        assert sets == [component._lemmas_of(t) for t in doc]
        assert all(expected <= sets[t.i] for t in doc if t.text == word)
        assert not any("biblioteka" in sets[t.i] for t in doc if t.text.lower().startswith("kaun"))


@pytest.mark.parametrize("texts", [
    ["Vaikai skaitė knygas bibliotekoje.", "Kaune dirbo bibliotekininkė Ona Petraitienė."],
    ["Rytoj – 12 val.", "", "Bibliotekoje vyko popietė, o Kaune – paroda."],
])
def test_docs_annotated_before_the_last_one_keep_their_readings(morph_nlp, texts: list[str]) -> None:
    """``nlp.pipe`` annotates a batch before its first Doc is read: the readings and lemma sets of an earlier
    Doc are still its own (read from the Doc, not from the component's last Doc)."""
    from ltreports.morphology import component

    docs = list(morph_nlp.pipe(texts))
    for doc in [*docs, *reversed(docs)]:
        assert component.doc_analyses(doc) == [t._.ltr_analyses for t in doc]
        assert [component.token_analyses(t) for t in doc] == [t._.ltr_analyses for t in doc]
        assert component.doc_lemma_sets(doc) == [component._lemmas_of(t) for t in doc]
    assert any(readings for doc in docs for readings in component.doc_analyses(doc))  # not all empty


# ------------------------------------------------------------------ fast paths agree with the general ones

WORDS_OF_ALL_SORTS = [
    "bibliotekoje", "Bibliotekoje", "BIBLIOTEKOJE", "Kalėdos", "kalėdos", "Kaune", "Ona", "Onai", "Petraičiai",
    "Grigorčenkienei", "Veisiejuose", "Petkevičaitės-Bitės", "Smith", "ir", "Ir", "Dir.", "dir.", "prof.",
    "Jonaitis", "jonaitis", "Vilniaus", "Žvirblienė", "Lietuvos", "skaitytojams", "ČIA", "iPhone", "Ąžuolų",
]


@pytest.mark.parametrize("capitalized", [False, True])
@pytest.mark.parametrize("name_context", [False, True])
def test_untagged_choice_equals_choose_without_a_tagger(analyzer, bare, capitalized: bool, name_context: bool) -> None:
    from ltreports.morphology.component import choose, choose_untagged

    for which in (analyzer, bare):
        for word in WORDS_OF_ALL_SORTS:
            readings = which.analyze(word)
            assert choose_untagged(readings, capitalized, name_context) is choose(
                readings, "", {}, capitalized, name_context
            ), word
    assert choose_untagged((), True, True) is None


def test_store_analyze_equals_its_variants_looked_up_one_by_one(analyzer) -> None:
    """``MorphStore.analyze`` (inlined, duplicates known by template number) gives ``lookup`` of each of
    Hunspell's spellings in turn, duplicates (same lemma and template) dropped."""
    from ltreports.morphology.store import variants

    store = analyzer.store
    if store is None:
        pytest.skip("the morphology store is not built")
    for word in WORDS_OF_ALL_SORTS:
        expected: list[Analysis] = []
        for variant in variants(word):
            for a in store.lookup(variant):
                if a not in expected:
                    expected.append(a)
        assert store.analyze(word) == expected, word


@pytest.fixture(scope="module")
def untagged_nlp():
    import ltreports.morphology.component  # noqa: F401  (registers ltr_morphology without entry points)
    from ltreports.matches import register_extensions
    from ltreports.pipeline import base_pipeline

    register_extensions()
    nlp = base_pipeline(trained=False)
    nlp.add_pipe("ltr_morphology")
    return nlp


@pytest.mark.parametrize(
    "text",
    [
        "Vakar Kaune viešėjo Ona Petraitienė. Ona Kaune kalbėjo apie Kalėdas, o Kalėdos artėja!",
        "„Knygų“ klubas: Petkevičaitės-Bitės premija – Jonui Jonaičiui (2024 m.), ČIA ir iPhone.",
        "",
    ],
)
def test_untagged_lemmas_equal_the_token_by_token_choice(untagged_nlp, morph_nlp, analyzer, text: str) -> None:
    """Without a tagger, the component's lemma of each word (kept by word and place across Docs) is
    ``untagged_lemma`` of the word in its place, as ``proper_context`` reads it from the Token; with the
    trained tagger or without, the lemma sets are those read token by token."""
    from ltreports.morphology.component import _lemmas_of, doc_lemma_sets, proper_context, untagged_lemma

    for _ in range(2):  # the second time every lemma id comes from the component's tables
        doc = untagged_nlp(text)
        for t in doc:
            if t.is_alpha:
                assert t.lemma_ == untagged_lemma(analyzer, t.text, proper_context(t)), t.text
            else:
                assert t.lemma_ == t.text
        assert doc_lemma_sets(doc) == [_lemmas_of(t) for t in doc]
        tagged = morph_nlp(text)
        assert doc_lemma_sets(tagged) == [_lemmas_of(t) for t in tagged]


def test_answers_per_readings_tuple_are_remembered_and_lists_are_not() -> None:
    """``per_readings`` decides once per readings tuple (the analyser's one tuple per word form), and every time
    for a list, which may change."""
    from ltreports.morphology.analyzer import Analysis
    from ltreports.morphology.readings_memo import per_readings

    calls: list[int] = []

    @per_readings
    def verbs(readings) -> int:
        calls.append(len(readings))
        return sum(a.pos == "verb" for a in readings)

    reading = Analysis("vykti", "verb", None, None, None, None, "dictionary", ("Indic_Past",))
    form = (reading,)
    assert verbs(form) == verbs(form) == 1 and calls == [1]
    assert verbs(()) == 0 and calls == [1, 0]
    changing = [reading]
    assert verbs(changing) == 1
    changing.append(reading)
    assert verbs(changing) == 2 and calls == [1, 0, 1, 2]
