"""Branches the gazetteer does not list, in municipalities it has few or no branches of.

Every sentence here is written for this file and names settlements of municipalities whose branch lists the
gazetteer lacks (Šilalė, Kaišiadorys, Kazlų Rūda, Kalvarija, Klaipėda district, Kaunas city districts): the
branch must come from the grammar and the dictionary's place names, not from a list. Each shape has
positives and negatives (a school, a culture centre or an eldership named after a settlement is no branch).
"""

from __future__ import annotations

import pytest

from ltreports.libraries.facts import LibraryFact


def facts(nlp, text: str) -> list[LibraryFact]:
    return [m.fact for m in nlp(text)._.ltr_library_matches]


def branches(nlp, text: str) -> list[tuple[str | None, str | None]]:
    return [(f.settlement, f.parent_id) for f in facts(nlp, text) if f.kind == "branch"]


def none_listed(nlp, sentences: list[str]) -> None:
    for sentence in sentences:
        assert [f.settlement for f in facts(nlp, sentence) if f.kind == "branch"] == [], sentence


# --- the settlement's nominative from the dictionary (-ių may be -iai, -ys or -ės) -----------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Šilalės rajono savivaldybės viešoji biblioteka praneša, kad Kaltinėnų bibliotekoje atidaryta "
         "fotografijų paroda.", [("Kaltinėnai", "silales-rsvb")]),
        ("Kaišiadorių viešosios bibliotekos Semeliškių filiale lankėsi rašytoja.",
         [("Semeliškės", "kaisiadoriu-vb")]),
        ("Kazlų Rūdos savivaldybės viešoji biblioteka kviečia apsilankyti Plutiškių padalinyje.",
         [("Plutiškės", "kazlu-rudos-svb")]),
        ("Klaipėdos rajono savivaldybės Jono Lankučio viešosios bibliotekos Endriejavo filialas šventė "
         "jubiliejų.", [("Endriejavas", "klaipedos-rsvb")]),
        ("Kalvarijos savivaldybės viešoji biblioteka dėkoja Liubavo bibliotekos skaitytojams.",
         [("Liubavas", "kalvarijos-svb")]),
        ("Kaišiadorių viešoji biblioteka sveikina Pravieniškių bibliotekos bičiulius.",
         [("Pravieniškės", "kaisiadoriu-vb")]),
        ("Šilalės rajono savivaldybės viešosios bibliotekos Traksėdžio padalinys surengė viktoriną.",
         [("Traksėdis", "silales-rsvb")]),
    ],
)
def test_settlement_nominative_from_the_dictionary(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected


# --- "X miestelio/kaimo biblioteka" ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Šilalės rajono savivaldybės viešoji biblioteka kviečia. Laukuvos miestelio bibliotekoje vyko "
         "susitikimas su keliautoju.", [("Laukuva", "silales-rsvb")]),
        ("Kalvarijos savivaldybės viešoji biblioteka praneša: Jungėnų kaimo bibliotekoje – naujos knygos.",
         [("Jungėnai", "kalvarijos-svb")]),
        ("Klaipėdos rajono Priekulės miesto bibliotekoje vyko popietė.", [("Priekulė", "klaipedos-rsvb")]),
    ],
)
def test_town_and_village_libraries(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected


# --- a patron's name between the settlement and the head ------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Šilalės viešoji biblioteka kviečia. Laukuvos Norberto Vėliaus bibliotekoje vyko tautosakos "
         "popietė.", [("Laukuva", "silales-rsvb")]),
        ("Kaltinėnų A. Stulginskio bibliotekoje skaitytojai rinkosi į diskusiją.", [("Kaltinėnai", None)]),
        ("Klaipėdos rajono savivaldybės Jono Lankučio viešoji biblioteka kviečia į Priekulės Ievos "
         "Simonaitytės biblioteką.", [("Priekulė", "klaipedos-rsvb")]),
    ],
)
def test_branch_with_a_patron(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected


def test_patron_named_schools_are_no_branches(nlp):
    none_listed(nlp, [
        "Kaltinėnų Aleksandro Stulginskio gimnazijos bibliotekoje vyko pamoka.",
        "Priekulės Ievos Simonaitytės gimnazijos mokiniai lankėsi Klaipėdoje.",
        "Laukuvos Norberto Vėliaus gimnazija šventė jubiliejų.",
    ])


# --- every conjunct of an enumeration under one head ------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "settlements"),
    [
        ("Geriausiai dirbusiomis pripažintos Kaltinėnų, Laukuvos (II vieta) ir Upynos bibliotekos.",
         ["Kaltinėnai", "Laukuva", "Upyna"]),
        ("Knygų Kalėdų akcija vyko Žaslių, Paparčių ir kituose padaliniuose.", ["Žasliai", "Paparčiai"]),
        ("Dovanų sulaukė Sangrūdos, Liubavo bei Akmenynų filialai.", ["Sangrūda", "Liubavas", "Akmenynai"]),
        ("Parodos keliaus į Judrėnų, Vėžaičių ir Kretingalės bibliotekas.",
         ["Judrėnai", "Vėžaičiai", "Kretingalė"]),
        ("Bibliotekos filialuose Kaltinėnuose, Laukuvoje ir Upynoje vyko garsiniai skaitymai.",
         ["Kaltinėnai", "Laukuva", "Upyna"]),
        ("Akcija vyko padaliniuose: Žaslių, Paparčių ir Palomenės.", ["Žasliai", "Paparčiai", "Palomenė"]),
    ],
)
def test_every_conjunct_of_an_enumeration(nlp, sentence, settlements):
    assert [s for s, _ in branches(nlp, sentence)] == settlements


def test_enumerations_of_other_institutions_are_no_branches(nlp):
    none_listed(nlp, [
        "Kaltinėnų, Laukuvos ir Upynos seniūnijos gavo paramą.",
        "Sangrūdos ir Liubavo mokyklose vyko pamokos.",
        "Žaslių, Paparčių ir Palomenės kultūros namuose koncertavo ansamblis.",
    ])


# --- the parent from the municipality the text names ------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Šilalės rajone esančioje Upynos bibliotekoje vyko popietė.", [("Upyna", "silales-rsvb")]),
        ("Kaišiadorių rajono Žaslių bibliotekoje pristatyta knyga.", [("Žasliai", "kaisiadoriu-vb")]),
        ("Kalvarijos krašto bibliotekininkai rinkosi Akmenynų bibliotekoje.", [("Akmenynai", "kalvarijos-svb")]),
    ],
)
def test_parent_from_the_municipality(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected


# --- branches of a city library named by a district or a proper name ----------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kauno Vinco Kudirkos viešosios bibliotekos Dainavos padalinyje vyko popietė.",
         [("Kaunas", "kauno-msvb")]),
        ("Panevėžio Elenos Mezginaitės viešosios bibliotekos Kniaudiškių padalinys kviečia.",
         [("Panevėžys", "panevezio-vb")]),
        ("Kauno Vinco Kudirkos viešoji biblioteka kviečia. Šilainių bibliotekoje vyks popietė.",
         [("Kaunas", "kauno-msvb")]),
    ],
)
def test_city_library_branches(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected


# --- no branch ---------------------------------------------------------------------------------------------
def test_settlement_institutions_are_no_branches(nlp):
    none_listed(nlp, [
        "Laukuvos kultūros namų padalinys surengė koncertą.",
        "Upynos seniūnijos darbuotojai dalyvavo renginyje.",
        "Rašytoja kilusi iš Endriejavo, dabar gyvena Vilniuje.",
        "Plutiškių kaimo bendruomenė pasodino ąžuolą.",
        "Žaslių pagrindinės mokyklos bibliotekoje vyko pamoka.",
    ])
