"""Name forms: foreign names as written, hyphenated names whole, titles dropped, coordinated genitives, couples
sharing a plural family name, given names the dictionary knows as other words, short forms merged, and names
that belong to a place or a title rather than a person.

All sentences are written for these tests (none is copied from the corpus).
"""

from __future__ import annotations

import pytest


def names(extract, text: str) -> list[str]:
    return [p.name for p in extract(text).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # foreign names keep their form after a role word
        ("Eiles skaitė savanorė Ani Sargsyan.", ["Ani Sargsyan"]),
        ("Susitikime dalyvavo rašytojas Michael Augustin.", ["Michael Augustin"]),
        ("Padėkojome bibliotekininkei Olgai Mažeiko.", ["Olga Mažeiko"]),
        # an undeclined foreign family name after an oblique role: the given name stays as written too
        ("Kalbėjomės su savanore Ani Sargsyan.", ["Ani Sargsyan"]),
        # ... but a given name with a plain oblique ending is declined before an undeclined family name
        ("Padėkojome vertėjai Sujatai Bhat.", ["Sujata Bhat"]),
        # a foreign name declined in both parts is read in that case
        ("Kalbėjomės su rašytoju Jonu Petraičiu ir savanore Ani Sargsyan.", ["Jonas Petraitis", "Ani Sargsyan"]),
        # hyphenated given and family names stay whole
        ("Dainavo Rūta-Marija Jonaitė.", ["Rūta-Marija Jonaitė"]),
        ("Knygą pristatė Ona Kairytė-Vaitkė.", ["Ona Kairytė-Vaitkė"]),
        # titles before a name are no part of it
        ("Pranešimą skaitė doc. dr. Jonas Petraitis.", ["Jonas Petraitis"]),
        ("Kalbėjo Prof. habil. dr. Ona Jonaitė ir kun. Jonas Petraitis.", ["Ona Jonaitė", "Jonas Petraitis"]),
        # coordinated genitives give two people
        (
            "Vyko Ievos Jakštaitės ir Dalios Bartkienės susitikimas su skaitytojais.",
            ["Ieva Jakštaitė", "Dalia Bartkienė"],
        ),
        # two given names and one family name in the plural: a man and his wife
        ("Į šventę atvyko Aldona ir Stasys Kavaliauskai.", ["Aldona Kavaliauskienė", "Stasys Kavaliauskas"]),
        ("Dėkojame Ritos ir Tomo Petraičių šeimai.", ["Rita Petraitienė", "Tomas Petraitis"]),
        ("Ačiū Janinai ir Pauliui Jankevičiams už knygas.", ["Janina Jankevičienė", "Paulius Jankevičius"]),
        # a given name the dictionary knows as a place or a common word, before a typical surname
        ("Dainas atliko Lenos Jagielienės ansamblis.", ["Lena Jagielienė"]),
        ("Sonata Vitkutė papasakojo apie knygą.", ["Sonata Vitkutė"]),
        # a person of an organization named in the genitive before the name
        ("Kelmės bibliotekos Ona Jonaitė pasakojo apie knygas.", ["Ona Jonaitė"]),
        # an ambiguous oblique form: the given-name-only lemma
        ("Padėka skirta ūkvedžiui Stasiui Vaitiekūnui.", ["Stasys Vaitiekūnas"]),
    ],
)
def test_name_forms(extract_spacy, text, expected):
    assert names(extract_spacy, text) == expected


def test_short_form_merges_with_the_full_name(extract):
    text = "Kalbėjo Rasa Jakštaitė. Vėliau R. Jakštaitė padėkojo visiems."
    [person] = extract(text).people
    assert person.name == "Rasa Jakštaitė"
    assert [m.text for m in person.mentions] == ["Rasa Jakštaitė", "R. Jakštaitė"]


def test_couple_share_the_role_before_them(extract):
    found = [(p.name, p.role) for p in extract("Svečiavosi keliautojai Aldona ir Stasys Kavaliauskai.").people]
    assert found == [("Aldona Kavaliauskienė", "keliautoja"), ("Stasys Kavaliauskas", "keliautojas")]


@pytest.mark.parametrize(
    "text",
    [
        # a name inside a place's name
        "Ekskursija vyko kunigaikščio Jono Petraičio dvaro sodyboje.",
        "Vaikai žaidė grafo Tomo Vaitkaus pilies parke.",
        # a name inside a quoted title
        "Skaitėme knygą „Rasa Jakštaitė ir jos katinas“ visi kartu.",
        # an institution named after two people
        "Renginys vyko Jono Petraičio ir Tomo Vaitkaus viešojoje bibliotekoje.",
        # a place and a surname-like word that do not agree
        "Kelionė į Vilniaus Kalnėnus buvo smagi.",
        # capitals in apposition to an organization noun name the organization
        "Renginį organizuoja draugija kartu su leidykla ALMA LITTERA.",
        # two words that only look like a couple: no plural family name follows
        "Atvyko Aldona ir Stasys.",
        # a patron's name in parentheses inside a library's name
        "Renginys vyko Kalnėnų (Jono Petraičio) bibliotekoje.",
    ],
)
def test_not_persons(extract_spacy, text):
    assert extract_spacy(text).people == []


@pytest.mark.parametrize(
    ("husband", "wife"),
    [
        ("Kavaliauskas", "Kavaliauskienė"),
        ("Vaitkus", "Vaitkuvienė"),
        ("Jankevičius", "Jankevičienė"),
        ("Petraitis", "Petraitienė"),
        ("Kairys", "Kairienė"),
        ("Kudirka", "Kudirkienė"),
        ("Li", None),
    ],
)
def test_married_form(husband, wife):
    from ltreports.people.names import married_form

    assert married_form(husband) == wife


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dainavo Rūta-Marija Jonaitė.", ["Rūta-Marija Jonaitė"]),
        ("Į šventę atvyko Aldona ir Stasys Kavaliauskai.", ["Aldona Kavaliauskienė", "Stasys Kavaliauskas"]),
        ("Dainas atliko Lenos Jagielienės ansamblis.", ["Lena Jagielienė"]),
        ("Ekskursija vyko kunigaikščio Jono Petraičio dvaro sodyboje.", []),
    ],
)
def test_both_backends(extract, text, expected):
    assert names(extract, text) == expected


def test_coordinated_genitives_before_a_role_are_two_people(nlp):
    """Detection (who takes part is decided later): "X ir bibliotekos direktorės Y" keeps X a person, not
    part of an institution's name."""
    doc = nlp("Sveikino skyriaus vedėjo Tomo Vaitkaus ir bibliotekos direktorės Onos Jonaitės žodžiai.")
    assert [(m.fact.name, m.fact.role) for m in doc._.ltr_person_matches] == [
        ("Tomas Vaitkus", "vedėjas"),
        ("Ona Jonaitė", "direktorė"),
    ]
