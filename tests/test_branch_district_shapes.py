"""Which municipality a branch belongs to when a seat's namesake, an eldership or a bracket is involved
(sentences written for this file, no corpus text):

- after "X r."/"X rajono" governing an enumeration, every conjunct is X's branch, also one spelt like another
  municipality's seat ("Molėtų r. Alantos ir Joniškio bibliotekose": Joniškis village of Molėtai);
- "X seniūnijos biblioteka" is the library of the eldership's seat X, a branch;
- a district municipality in brackets right after a branch ("Butrimonių bibliotekoje (Alytaus r.)") names its
  parent, as one before it does.
Each shape has negatives.
"""

from __future__ import annotations

import pytest

from ltreports.libraries.facts import LibraryFact


def facts(nlp, text: str) -> list[LibraryFact]:
    return [m.fact for m in nlp(text)._.ltr_library_matches]


def branches(nlp, text: str) -> list[tuple[str | None, str | None]]:
    return sorted((f.settlement, f.parent_id) for f in facts(nlp, text) if f.kind == "branch")


def municipal(nlp, text: str) -> list[str | None]:
    return sorted(f.id for f in facts(nlp, text) if f.kind == "municipal")


# --- an enumeration of branches governed by "X r." ending in another municipality's seat -----------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Molėtų r. Alantos, Giedraičių ir Joniškio bibliotekose vyko rudens popietės.",
         [("Alanta", "moletu-rsvb"), ("Giedraičiai", "moletu-rsvb"), ("Joniškis", "moletu-rsvb")]),
        ("Knygas vaikams vežėme į Pakruojo r. Linkuvos ir Joniškio bibliotekas.",
         [("Joniškis", "pakruojo-rsvb"), ("Linkuva", "pakruojo-rsvb")]),
        ("Skaitovų konkursas surengtas Molėtų rajono Joniškio bibliotekoje.", [("Joniškis", "moletu-rsvb")]),
        # the seat's namesake between conjuncts, a listed branch last
        ("Molėtų r. Alantos, Joniškio ir Giedraičių bibliotekose skaitėme pasakas.",
         [("Alanta", "moletu-rsvb"), ("Giedraičiai", "moletu-rsvb"), ("Joniškis", "moletu-rsvb")]),
        ("Kraštiečiai susitiko Molėtų r. sav. Joniškio bibliotekoje.", [("Joniškis", "moletu-rsvb")]),
    ],
)
def test_district_governs_a_seats_namesake(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected
    assert "joniskio-rsvb" not in municipal(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kraštiečiai susitiko Joniškio bibliotekoje.",  # no municipality before: the seat's library
        "Molėtų r. ir Joniškio bibliotekose vyko popietės.",  # two libraries coordinated, no branch list
        "Joniškio ir Giedraičių bibliotekose skaitėme pasakas.",  # no municipality governs the enumeration
        "Molėtų r. Alantos bibliotekoje, o vėliau ir Joniškio bibliotekoje lankėsi rašytojas.",  # another phrase
    ],
)
def test_seat_library_without_a_governing_district(nlp, sentence):
    assert "joniskio-rsvb" in municipal(nlp, sentence)
    assert ("Joniškis", "moletu-rsvb") not in branches(nlp, sentence)


# --- an eldership's library ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kėdainių rajono Dotnuvos seniūnijos bibliotekoje vyko susitikimas su poetu.", [("Dotnuva", "kedainiu-rsvb")]),
        ("Dotnuvos seniūnijos biblioteka pakvietė į edukaciją.", [("Dotnuva", None)]),
        ("Molėtų r. Alantos seniūnijos bibliotekoje atidaryta paroda.", [("Alanta", "moletu-rsvb")]),
        ("Eiles skaitė Dotnuvos seniūnijos bibliotekininkė Ona Petraitienė.", [("Dotnuva", None)]),
        ("Eiles skaitė Kėdainių seniūnijos bibliotekininkė Ona Petraitienė.", []),  # a seat's: not a village
        # an eldership's hall is no library
        ("Kėdainių rajono Dotnuvos seniūnijos salėje vyko susitikimas su poetu.", []),
    ],
)
def test_elderships_library_is_a_branch(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected


# --- a district municipality in brackets after a branch -------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Butrimonių bibliotekoje (Alytaus r.) vyko popietė.", [("Butrimonys", "alytaus-rsvb")]),
        ("Popietė vyko Butrimonių filiale (Alytaus rajono savivaldybė).", [("Butrimonys", "alytaus-rsvb")]),
        ("Alantos ir Joniškio bibliotekose (Molėtų r.) vyko popietės.",
         [("Alanta", "moletu-rsvb"), ("Joniškis", "moletu-rsvb")]),
        ("Butrimonių bibliotekoje (Šalčininkų r.) vyko popietė.", [("Butrimonys", "salcininku-rsvb")]),
        # the listed branch stays when nothing in brackets names a municipality alone
        ("Butrimonių bibliotekoje vyko popietė.", [("Butrimonys", "salcininku-rsvb")]),
        ("Butrimonių bibliotekoje (Alytaus r., prie ežero) vyko popietė.", [("Butrimonys", "salcininku-rsvb")]),
    ],
)
def test_bracketed_district_after_a_branch(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected
