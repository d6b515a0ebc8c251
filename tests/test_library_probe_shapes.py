"""Library and branch shapes found by probing with sentences written for this file (no corpus text).

- a two-word municipality before a branch ("Kazlų Rūdos sav. Antanavo bibliotekoje") names the parent;
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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rudenį lankėmės Alizavoje. Vietos bibliotekininkė pasakojo apie senąsias knygas.", ["Alizava"]),
        ("Rudenį lankėmės Salake, kur vietos bibliotekininkė surengė viktoriną.", ["Salakas"]),
        # a seat, or no village named
        ("Rudenį lankėmės Kupiškyje. Vietos bibliotekininkė pasakojo apie senąsias knygas.", []),
        ("Vietos bibliotekininkė pasakojo apie senąsias knygas.", []),
        # a librarian with a locative and a participle is left alone
        ("Alizavoje dirbanti bibliotekininkė pasakojo apie senąsias knygas.", []),
    ],
)
def test_local_librarian_of_the_village_named(nlp, sentence, expected):
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
        # a city library's district namesake (Dainava of Alytus): the other library's branch, in its own place
        ("Ukmergės rajono savivaldybės Vlado Šlaito viešosios bibliotekos Dainavos filiale surengta viktorina.",
         [("Dainava", "ukmerges-rsvb")]),
        ("Alytaus Jurgio Kunčino viešosios bibliotekos Dainavos padalinyje surengta viktorina.",
         [("Alytus", "alytaus-vb")]),
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


# --- a listed branch whose full name holds its parent's: both are mentioned -------------------------------------
@pytest.mark.parametrize(
    ("sentence", "library", "branch"),
    [
        ("Susitikimą vedė Lietuvos audiosensorinės bibliotekos Šiaulių filialo vedėja.", "lab", ("Šiauliai", "lab")),
        ("Garsinių knygų valandėlė vyko Lietuvos audiosensorinės bibliotekos Klaipėdos filiale.", "lab",
         ("Klaipėda", "lab")),
    ],
)
def test_branch_full_name_names_its_parent(nlp, sentence, library, branch):
    found = facts(nlp, sentence)
    assert [f.id for f in found if f.kind != "branch"] == [library]
    assert branches(nlp, sentence) == [branch]


def test_branch_without_its_parents_name_names_no_parent(nlp):
    sentence = "Garsinių knygų valandėlė vyko Kauno apskrities viešojoje bibliotekoje."
    assert [f.id for f in facts(nlp, sentence)] == ["kavb"]
