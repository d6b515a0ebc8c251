"""Library and branch shapes found by probing with sentences written for this file (no corpus text).

- a two-word municipality before a branch ("Kazlų Rūdos sav. Antanavo bibliotekoje") names the parent;
- off any library's site, a district branch of the one city library a post names is in the city;
- "vietos/vietinėje bibliotekoje" after a village is named is that village's library;
- a city library's branch named by a common noun before "padalinys"/"filialas" ("Rožyno padalinyje").
Each shape has negatives.
"""

from __future__ import annotations

import pytest

from ltreports.libraries.facts import LibraryFact


def facts(nlp, text: str) -> list[LibraryFact]:
    return [m.fact for m in nlp(text)._.ltr_library_matches]


def branches(nlp, text: str) -> list[tuple[str | None, str | None]]:
    return sorted((f.settlement, f.parent_id) for f in facts(nlp, text) if f.kind == "branch")


# --- a two-word municipality ("Kazlų Rūdos") before a village's library --------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Praėjusią savaitę Kazlų Rūdos sav. Antanavo bibliotekoje skaitėme pasakas.",
         [("Antanavas", "kazlu-rudos-svb")]),
        ("Kazlų Rūdos savivaldybės Jankų bibliotekoje susirinko kraštiečiai.", [("Jankai", "kazlu-rudos-svb")]),
        ("Vaikai pasakojo, kad Kazlų Rūdos sav. Plutiškių bibliotekoje jiems labiausiai patinka komiksai.",
         [("Plutiškės", "kazlu-rudos-svb")]),
        # one word of the name alone names no municipality
        ("Praėjusią savaitę Rūdos sav. Antanavo bibliotekoje skaitėme pasakas.", [("Antanavas", None)]),
    ],
)
def test_two_word_municipality_before_a_branch(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected


def test_two_word_municipality_with_the_library_words_between(nlp):
    found = facts(nlp, "Kazlų Rūdos savivaldybės viešojoje Jankų bibliotekoje vyko protmūšis.")
    assert [(f.kind, f.id) for f in found if f.kind != "branch"] == [("municipal", "kazlu-rudos-svb")]
    assert branches(nlp, "Kazlų Rūdos savivaldybės viešojoje Jankų bibliotekoje vyko protmūšis.") == [
        ("Jankai", "kazlu-rudos-svb")]


# --- a district branch of the one city library the post names -------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vilniaus miesto savivaldybės centrinė biblioteka skelbia konkursą. Pilaitės bibliotekoje jau renkami "
         "piešiniai.", [("Vilnius", "vilniaus-mscb")]),
        ("Kauno miesto savivaldybės Vinco Kudirkos viešoji biblioteka pranešė, kad Panemunės padalinyje vyks "
         "kūrybinės dirbtuvės.", [("Kaunas", "kauno-msvb")]),
        # two municipal libraries named: the branch keeps its own settlement
        ("Vilniaus miesto savivaldybės centrinė biblioteka ir Vilniaus rajono savivaldybės centrinė biblioteka "
         "tariasi. Pilaitės bibliotekoje vyks susitikimas.", [("Pilaitė", "vilniaus-rscb")]),
        # a district library's village stays a village
        ("Zarasų rajono savivaldybės viešoji biblioteka kviečia. Antazavės bibliotekoje vyks popietė.",
         [("Antazavė", "zarasu-rsvb")]),
    ],
)
def test_city_library_district_branch_in_another_sentence(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected


# --- "vietos / vietinėje bibliotekoje": the library of the village just named --------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rudenį keliavome į Juodupę. Vietos bibliotekoje mus pasitiko skaitytojai.", ["Juodupė"]),
        ("Gegužę lankėmės Salake, o vietinėje bibliotekoje apžiūrėjome tautodailės parodą.", ["Salakas"]),
        ("Vasarą poetė svečiavosi Alantoje. Vietinėje bibliotekoje ji skaitė eilėraščius.", ["Alanta"]),
        # a municipality's seat is no branch
        ("Rudenį keliavome į Rokiškį. Vietos bibliotekoje mus pasitiko skaitytojai.", []),
        # no village named before
        ("Vietos bibliotekoje mus pasitiko skaitytojai.", []),
        ("Vietos gyventojai susirinko prie bibliotekos.", []),
    ],
)
def test_local_library_of_the_village_named(nlp, sentence, expected):
    assert [s for s, _ in branches(nlp, sentence)] == expected


# --- a city library's branch named by a common noun before "padalinys"/"filialas" -----------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Panevėžio Elenos Mezginaitės viešoji biblioteka kviečia: rytoj Rožyno padalinyje vyks protmūšis.",
         [("Panevėžys", "panevezio-vb")]),
        ("Panevėžio Elenos Mezginaitės viešosios bibliotekos Rožyno padalinyje lankėsi mokiniai.",
         [("Panevėžys", "panevezio-vb")]),
        # the organisation before the name owns the branch
        ("Panevėžio Elenos Mezginaitės viešoji biblioteka kviečia: rytoj kultūros centro Rožyno padalinyje "
         "vyks koncertas.", []),
        ("Panevėžio Elenos Mezginaitės viešoji biblioteka kviečia: rytoj LASS Rožyno padalinyje vyks susirinkimas.",
         []),
        # a district library: no city branch
        ("Zarasų rajono savivaldybės viešoji biblioteka kviečia: rytoj Rožyno padalinyje vyks protmūšis.", []),
        # at a sentence start the capital proves nothing
        ("Panevėžio Elenos Mezginaitės viešoji biblioteka kviečia. Banko filiale vyks susitikimas.", []),
    ],
)
def test_city_branch_named_by_a_noun(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected


# --- an owner's genitive before a family-name genitive: the owner's library, no village -----------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Studentai vartė senas knygas Lietuvos mokslų akademijos Vrublevskių bibliotekoje.", []),
        ("Ekskursija vyko universiteto Tiškevičių bibliotekoje.", []),
        # without an owner, a family name in the plural genitive names a village
        ("Kupiškio viešoji biblioteka kviečia į popietę Trumpaičių bibliotekoje.", ["Trumpaičiai"]),
    ],
)
def test_owner_before_a_family_name_library(nlp, sentence, expected):
    assert [s for s, _ in branches(nlp, sentence)] == expected


# --- the municipality named before a listed branch's namesake decides -------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a namesake of another municipality's listed branch (Butrimonys of Šalčininkai): this municipality's
        ("Vasaros skaitymai baigėsi Alytaus r. Butrimonių bibliotekoje.", [("Butrimonys", "alytaus-rsvb")]),
        ("Alytaus rajono savivaldybės viešosios bibliotekos Butrimonių filiale surengta viktorina.",
         [("Butrimonys", "alytaus-rsvb")]),
        # the listed one, named with its own municipality or alone
        ("Vasaros skaitymai baigėsi Šalčininkų r. Butrimonių bibliotekoje.", [("Butrimonys", "salcininku-rsvb")]),
        ("Šalčininkų rajono savivaldybės viešosios bibliotekos Butrimonių filiale surengta viktorina.",
         [("Butrimonys", "salcininku-rsvb")]),
        # two listed namesakes: the municipality named picks one
        ("Vasaros skaitymai baigėsi Jonavos r. Žeimių bibliotekoje.", [("Žeimiai", "jonavos-rsvb")]),
        ("Radviliškio rajono savivaldybės viešosios bibliotekos Žeimių filiale surengta viktorina.",
         [("Žeimiai", "radviliskio-rsvb")]),
    ],
)
def test_municipality_before_a_listed_namesake(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected


# --- a two-word seat named anywhere in the post gives an unlisted branch its parent -----------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Antanavo bibliotekoje surengta rankdarbių paroda (Kazlų Rūdos sav.).", [("Antanavas", "kazlu-rudos-svb")]),
        ("Pavasarį keliavome po Kazlų Rūdos kraštą. Jankų bibliotekoje mus pasitiko skaitytojai.",
         [("Jankai", "kazlu-rudos-svb")]),
        # a two-word settlement that is no seat ("Žemaičių Kalvarija", not Kalvarija) names no municipality
        ("Pavasarį keliavome į Žemaičių Kalvariją. Jankų bibliotekoje mus pasitiko skaitytojai.", [("Jankai", None)]),
    ],
)
def test_two_word_seat_named_in_the_post(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected
