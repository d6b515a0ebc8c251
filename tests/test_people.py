"""People: names in every case, roles before and after the name, credit lines, and what is not a person.

All sentences are written for these tests (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from ltreports.people.facts import PersonFact

CONTEXTS = {
    "Nom": "Vakarą vedė {} ir visi plojo.",
    "Gen": "Paroda parengta {} iniciatyva.",
    "Dat": "Padėka įteikta {} už darbą.",
    "Acc": "Visi nuoširdžiai sveikino {} po koncerto.",
    "Inst": "Skaitytojai susitiko su {} bibliotekoje.",
    "Loc": "Visi matė {} tikrą lyderį.",
    "Voc": "Mielas {}, sveikiname!",
}

# nominative -> forms in the seven cases
NAMES = {
    ("Tomas Petrauskas", "M"): (
        "Tomas Petrauskas",
        "Tomo Petrausko",
        "Tomui Petrauskui",
        "Tomą Petrauską",
        "Tomu Petrausku",
        "Tome Petrauske",
        "Tomai Petrauskai",
    ),
    ("Vytautas Gudaitis", "M"): (
        "Vytautas Gudaitis",
        "Vytauto Gudaičio",
        "Vytautui Gudaičiui",
        "Vytautą Gudaitį",
        "Vytautu Gudaičiu",
        "Vytaute Gudaityje",
        "Vytautai Gudaiti",
    ),
    ("Paulius Vaitkus", "M"): (
        "Paulius Vaitkus",
        "Pauliaus Vaitkaus",
        "Pauliui Vaitkui",
        "Paulių Vaitkų",
        "Pauliumi Vaitkumi",
        "Pauliuje Vaitkuje",
        "Pauliau Vaitkau",
    ),
    ("Darius Jankevičius", "M"): (
        "Darius Jankevičius",
        "Dariaus Jankevičiaus",
        "Dariui Jankevičiui",
        "Darių Jankevičių",
        "Dariumi Jankevičiumi",
        "Dariuje Jankevičiuje",
        "Dariau Jankevičiau",
    ),
    ("Aušra Petraitienė", "F"): (
        "Aušra Petraitienė",
        "Aušros Petraitienės",
        "Aušrai Petraitienei",
        "Aušrą Petraitienę",
        "Aušra Petraitiene",
        "Aušroje Petraitienėje",
        "Aušra Petraitiene",
    ),
    ("Rūta Jonaitytė", "F"): (
        "Rūta Jonaitytė",
        "Rūtos Jonaitytės",
        "Rūtai Jonaitytei",
        "Rūtą Jonaitytę",
        "Rūta Jonaityte",
        "Rūtoje Jonaitytėje",
        "Rūta Jonaityte",
    ),
    ("Eglė Kazlauskaitė", "F"): (
        "Eglė Kazlauskaitė",
        "Eglės Kazlauskaitės",
        "Eglei Kazlauskaitei",
        "Eglę Kazlauskaitę",
        "Egle Kazlauskaite",
        "Eglėje Kazlauskaitėje",
        "Egle Kazlauskaite",
    ),
    ("Inga Vaičiūtė", "F"): (
        "Inga Vaičiūtė",
        "Ingos Vaičiūtės",
        "Ingai Vaičiūtei",
        "Ingą Vaičiūtę",
        "Inga Vaičiūte",
        "Ingoje Vaičiūtėje",
        "Inga Vaičiūte",
    ),
}

CASE_PARAMS = [
    pytest.param(form, CONTEXTS[case], name, gender, id=f"{name}-{case}")
    for (name, gender), forms in NAMES.items()
    for case, form in zip(CONTEXTS, forms, strict=True)
]


def people(extract, text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract(text).people]


@pytest.mark.parametrize(("form", "context", "name", "gender"), CASE_PARAMS)
def test_name_in_every_case(extract, form, context, name, gender):
    text = context.format(form)
    found = extract(text).people
    assert [p.name for p in found] == [name]
    person = found[0]
    assert person.gender == gender
    assert person.given_name == name.split()[0]
    assert person.family_name == name.split()[-1]
    mention = person.mentions[0]
    assert text[mention.start : mention.end] == mention.text == form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # role before the name, in the name's case, normalized
        ("Renginį pradėjo bibliotekos direktorė Giedrė Vaitkienė.", [("Giedrė Vaitkienė", "direktorė")]),
        ("Kalbėjomės su skyriaus vedėja Asta Jurkiene.", [("Asta Jurkienė", "vedėja")]),
        (
            "Padėkos raštas įteiktas vyresniajai metodininkei Rasai Gudienei.",
            [("Rasa Gudienė", "vyresnioji metodininkė")],
        ),
        ("Svečius pasitiko vyriausiasis bibliografas Jonas Kairys.", [("Jonas Kairys", "vyriausiasis bibliografas")]),
        ("Dalyvavo direktoriaus pavaduotoja Lina Stankienė.", [("Lina Stankienė", "direktoriaus pavaduotoja")]),
        ("Sveikino Seimo narys Petras Žukauskas.", [("Petras Žukauskas", "seimo narys")]),
        (
            "Knygas pristatė vyr. bibliotekininkė Daiva Ramanauskienė.",
            [("Daiva Ramanauskienė", "vyr. bibliotekininkė")],
        ),
        ("Atvyko lenkų rašytojas Jan Kowalski.", [("Jan Kowalski", "lenkų rašytojas")]),
        ("Pranešimą skaitė prof. dr. A. Gudaitis.", [("A. Gudaitis", None)]),
        (
            "Kalbėjo universiteto generalinė direktorė prof. Irena Laurinaitienė.",
            [("Irena Laurinaitienė", "generalinė direktorė")],
        ),
        # role after the name
        ("Vakarą vedė Tomas Petrauskas, bibliotekos direktorius.", [("Tomas Petrauskas", "direktorius")]),
        (
            "Aušra Petraitienė\nKaimo filialo vyresnioji bibliotekininkė",
            [("Aušra Petraitienė", "vyresnioji bibliotekininkė")],
        ),
        # a plural role before a list
        (
            "Dainavo bibliotekos darbuotojos Rūta Jonaitytė ir Inga Vaičiūtė.",
            [("Rūta Jonaitytė", "darbuotoja"), ("Inga Vaičiūtė", "darbuotoja")],
        ),
    ],
)
def test_roles(extract, text, expected):
    assert people(extract, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Renginys buvo smagus.\n\nParengė Jolanta Baranauskienė", ["Jolanta Baranauskienė"]),
        ("Renginys buvo smagus.\n\nTomo Petrausko nuotr.", ["Tomas Petrauskas"]),
        ("Renginys buvo smagus.\n\nNuotr. Eglė Kazlauskaitė", ["Eglė Kazlauskaitė"]),
        (
            "Informaciją parengė Vilma Rimkienė, Nuotraukų autorius Darius Jankevičius.",
            ["Vilma Rimkienė", "Darius Jankevičius"],
        ),
    ],
)
def test_credit_lines(extract, text, expected):
    assert [p.name for p in extract(text).people] == expected


def test_mentions_are_merged_and_fullest_form_wins(extract):
    text = "Susitikime dalyvavo R. Jonaitytė. Vėliau kalbėjo direktorė Rūta Jonaitytė. Jonaitytė padėkojo visiems."
    found = extract(text).people
    assert len(found) == 1
    person = found[0]
    assert person.name == "Rūta Jonaitytė"
    assert person.role == "direktorė"
    assert [m.text for m in person.mentions] == ["R. Jonaitytė", "Rūta Jonaitytė", "Jonaitytė"]


def test_initials_kept_when_never_spelled_out(extract):
    assert [p.name for p in extract("Dalyvavo mokyt. L. Gudaitienė.").people] == ["L. Gudaitienė"]


def test_double_family_names(extract):
    found = people(extract, "Koncertavo aktorė Jūratė Sofija Lauraitytė – Bružienė ir Ona Kairytė-Vaitkė.")
    assert found[0] == ("Jūratė Sofija Lauraitytė-Bružienė", "aktorė")
    assert found[1][0] == "Ona Kairytė-Vaitkė"


def test_family_name_in_capitals(extract):
    assert [p.name for p in extract("Renginys buvo smagus.\n\nRasa PETRAITIENĖ").people] == ["Rasa Petraitienė"]


@pytest.mark.parametrize(
    "text",
    [
        "Renginys vyko Vlado Šlaito viešojoje bibliotekoje.",
        "Mokiniai iš Jono Basanavičiaus gimnazijos atvyko į šventę.",
        "Biblioteka įsikūrusi Vytauto Didžiojo gatvėje.",
        "Skaitėme knygą „Ona Petraitienė ir jos sodas“ visi kartu.",
        "Atvyko svečiai iš Lietuvos ir Vilniaus.",
        "Gražina pasakojo apie kelionę.",
        "Minėjome poeto Jono Mačiulio 150-ąsias gimimo metines.",
    ],
)
def test_not_persons(extract, text):
    assert extract(text).people == []


def test_matches_on_doc(nlp):
    doc = nlp("Kalbėjo bibliotekos direktorius Rokas Vaitkus.")
    [match] = doc._.ltr_person_matches
    assert isinstance(match.fact, PersonFact)
    assert match.text == "Rokas Vaitkus"
    assert match.fact.role == "direktorius"
    assert doc.text[match.fact.role_start : match.fact.role_end] == "direktorius"


def test_partial_mentions_join_the_person(extract):
    text = "Kalbėjo Ona Kairytė-Vaitkė. Ona papasakojo daug, o Kairytė-Vaitkė dar padainavo."
    [person] = extract(text).people
    assert person.name == "Ona Kairytė-Vaitkė"
    assert [m.text for m in person.mentions] == ["Ona Kairytė-Vaitkė", "Ona", "Kairytė-Vaitkė"]


def test_shared_given_name_alone_is_not_attached(extract):
    found = extract("Kalbėjo Rasa Jonaitienė ir Rasa Petraitienė. Rasa pridūrė daugiau.").people
    assert [len(p.mentions) for p in found] == [1, 1]


def test_first_of_several_roles(extract):
    found = people(extract, "Susitikime dalyvavo poetas, vertėjas ir leidyklos „Versmė“ vadovas Jonas Kairys.")
    assert found == [("Jonas Kairys", "poetas")]


def test_role_after_dash_and_department_abbreviation(extract):
    assert people(extract, "Apie knygą pasakojo Rima Gudaitė – bibliotekos vyresnioji bibliografė.") == [
        ("Rima Gudaitė", "vyresnioji bibliografė")
    ]
    [person] = extract("Parengė KAS vyriausioji specialistė Lina Jurkienė").people
    assert (person.role, person.organization) == ("vyriausioji specialistė", "KAS")


def test_person_only_spoken_about(extract):
    text = "Viešnia Dalia Kairienė pasakojo apie savo tėvą Joną Kairį ir jo knygas."
    assert [p.name for p in extract(text).people] == ["Dalia Kairienė"]


def test_role_word_in_another_case_is_not_the_names_role(extract):
    # "to the director, Ona Jonaitienė handed flowers": the dative role word is someone else
    assert people(extract, "Renginio pabaigoje direktorei Ona Jonaitienė įteikė gėlių.") == [("Ona Jonaitienė", None)]
