"""Roles as the annotation rules read: the first of a chain, the employer dropped while a genitive that is part
of the role stays, modifiers in the nominative, one plural role over a list, a demonym or a dash between role
and name, hyphenated roles, role nouns learned from agent suffixes, and the fullest role of a person.

All sentences are written for these tests (none is copied from the corpus).
"""

from __future__ import annotations

import pytest


def people(extract, text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract(text).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first role of a chain
        ("Dalyvavo bibliotekos direktorė, klubo pirmininkė Ona Jonaitė.", [("Ona Jonaitė", "direktorė")]),
        ("Eiles skaitė poetė ir grafikė Ona Jonaitė.", [("Ona Jonaitė", "poetė")]),
        ("Vakarą vedė renginio vedėjas, kraštietis aktorius Tomas Vaitkus.", [("Tomas Vaitkus", "renginio vedėjas")]),
        ("Renginio sumanytoja ir vedėja O. Jonaitė pasveikino svečius.", [("O. Jonaitė", "renginio sumanytoja")]),
        ("Kalbėjo mokslų akademijos akademikas, prof. dr. Tomas Vaitkus.", [("Tomas Vaitkus", "akademikas")]),
        # the employer dropped, a genitive that is part of the role kept
        ("Sveikino savivaldybės administracijos direktorius Jonas Petraitis.", [("Jonas Petraitis", "direktorius")]),
        ("Dovanas įteikė bendrovės direktorius Jonas Petraitis.", [("Jonas Petraitis", "direktorius")]),
        ("Sveikino seniūnijos seniūnas Jonas Petraitis.", [("Jonas Petraitis", "seniūnas")]),
        ("Vakarą vedė renginio vedėja Ona Jonaitė.", [("Ona Jonaitė", "renginio vedėja")]),
        ("Dalyvavo seimo nario padėjėja Ona Jonaitė.", [("Ona Jonaitė", "seimo nario padėjėja")]),
        ("Svečiavosi vaikų rašytoja Ona Jonaitė.", [("Ona Jonaitė", "vaikų rašytoja")]),
        ("Sveikino Prezidento patarėja Ona Jonaitė.", [("Ona Jonaitė", "prezidento patarėja")]),
        ("Kalbėjo Mero pavaduotoja Ona Jonaitė.", [("Ona Jonaitė", "mero pavaduotoja")]),
        ("Dalyvavo penktos klasės mokinė Ona Jonaitė.", [("Ona Jonaitė", "penktos klasės mokinė")]),
        (
            "Dalyvavo lietuvių kalbos ir literatūros mokytoja Ona Jonaite.",
            [("Ona Jonaitė", "lietuvių kalbos ir literatūros mokytoja")],
        ),
        (
            "Sveikino Ministro pirmininko Jono Petraičio patarėjas Tomas Vaitkus.",
            [("Tomas Vaitkus", "ministro pirmininko patarėjas")],  # the prime minister is only referred to
        ),
        ("Vinco Kudirkos premijos laureatas Jonas Petraitis kalbėjo.", [("Jonas Petraitis", "laureatas")]),
        ("Apdovanota 2020 metų laureatė Ona Jonaitė.", [("Ona Jonaitė", "laureatė")]),
        (
            "Kalbėjo UAB „Saulė“ direktorius Jonas Petraitis ir kaimo bibliotekos bibliotekininkė Ona Jonaitė.",
            [("Jonas Petraitis", "direktorius"), ("Ona Jonaitė", "bibliotekininkė")],
        ),
        # modifiers: abbreviations as written, adjectives brought to the nominative with the noun
        ("Sveikinome vyriausiąją specialistę Oną Jonaitę.", [("Ona Jonaitė", "vyriausioji specialistė")]),
        ("Padėkojome vyr. bibliotekininkei Onai Jonaitei.", [("Ona Jonaitė", "vyr. bibliotekininkė")]),
        (
            "Kalbėjo buvusi ilgametė šios bibliotekos vedėja Ona Jonaitė.",
            [("Ona Jonaitė", "buvusi ilgametė vedėja")],
        ),
        ("Kalbėjo aktyviausia bibliotekos skaitytoja Ona Jonaitė.", [("Ona Jonaitė", "aktyviausia skaitytoja")]),
        ("Dalyvavo socialinė darbuotoja Ona Jonaitė.", [("Ona Jonaitė", "socialinė darbuotoja")]),
        ("Sveikinome naująją direktorę Oną Jonaitę.", [("Ona Jonaitė", "direktorė")]),
        ("Eiles skaitė talentinga poetė Ona Jonaitė.", [("Ona Jonaitė", "poetė")]),
        (
            "Dalyvavo viešosios bibliotekos filialo vyr. bibliotekininkės Onos Jonaitės vaikai.",
            [("Ona Jonaitė", "vyr. bibliotekininkė")],
        ),
        # a dative phrase completing the role
        ("Dalyvavo metodininkė viešiesiems ryšiams Ona Jonaitė.", [("Ona Jonaitė", "metodininkė viešiesiems ryšiams")]),
        ("Su specialiste užimtumui O. Jonaite aptarėme planus.", [("O. Jonaitė", "specialistė užimtumui")]),
        # one plural role for a list
        (
            "Dainavo bibliotekininkės (Ona Norkienė ir Rasa Jakštaitė).",
            [("Ona Norkienė", "bibliotekininkė"), ("Rasa Jakštaitė", "bibliotekininkė")],
        ),
        (
            "Renginio vedėjos O. Norkienė ir R. Jakštaitė pasveikino svečius.",
            [("O. Norkienė", "renginio vedėja"), ("R. Jakštaitė", "renginio vedėja")],
        ),
        (
            "Atvyko grupė rašytojų – Jonas Petraitis, Ona Jonaitė bei aktorius Tomas Vaitkus.",
            [("Jonas Petraitis", "rašytojas"), ("Ona Jonaitė", "rašytoja"), ("Tomas Vaitkus", "aktorius")],
        ),
        (
            "Svečiuose buvo klubo nariai: Ona Jonaitė, Jonas Petraitis.",
            [("Ona Jonaitė", "narė"), ("Jonas Petraitis", "narys")],
        ),
        (
            "Dirbo trys bibliotekininkės: Ona Jonaitė iš Kalnėnų, Rasa Petraitienė iš Pakalnių.",
            [("Ona Jonaitė", "bibliotekininkė"), ("Rasa Petraitienė", "bibliotekininkė")],
        ),
        (
            "Dėkojame atsakingoms darbuotojoms Onai Jonaitei ir Rasai Petraitienei.",
            [("Ona Jonaitė", "atsakinga darbuotoja"), ("Rasa Petraitienė", "atsakinga darbuotoja")],
        ),
        # a demonym, a title, a dash or a parenthesis between role and name
        ("Prisidėjo renginio rėmėjas kraštietis Jonas Vaitkus.", [("Jonas Vaitkus", "renginio rėmėjas")]),
        ("Kalbėjo rajono vicemeras, kraštietis Jonas Vaitkus.", [("Jonas Vaitkus", "vicemeras")]),
        ("Kalbėjo seniūnijos seniūnas, kalniškis Jonas Vaitkus.", [("Jonas Vaitkus", "seniūnas")]),
        ("Koncertavo Vytautas Rimkus – smuikininkas.", [("Vytautas Rimkus", "smuikininkas")]),
        # a clause set off by commas between role and name
        (
            "Padėkota renginių organizatorei, kuri vedė šį renginį, Onai Jonaitei.",
            [("Ona Jonaitė", "renginių organizatorė")],
        ),
        ("Kalbėjo skyriaus vedėja, atliekanti direktoriaus funkcijas Ona Jonaitė.", [("Ona Jonaitė", "vedėja")]),
        # abbreviations of the role noun stay as written
        ("Mokinius atlydėjo mokyt. Ona Jonaitė.", [("Ona Jonaitė", "mokyt.")]),
        # a byline's label is not the role; the role after the name is
        ("Autorius: Ona Jonaitė, kaimo bibliotekos bibliotekininkė", [("Ona Jonaitė", "bibliotekininkė")]),
        ("Dalyvavo gerbiama poetė Ona Jonaitė.", [("Ona Jonaitė", "poetė")]),
        # hyphenated roles
        ("Dalyvavo padėjėja-referentė Ona Jonaitė.", [("Ona Jonaitė", "padėjėja-referentė")]),
        ("Edukaciją vedė dailininkė-edukatorė Ona Jonaitė.", [("Ona Jonaitė", "dailininkė-edukatorė")]),
        (
            "Dalyvavo Seimo nario Jono Petraičio padėjėja-sekretorė Ona Jonaitė.",
            [("Ona Jonaitė", "seimo nario padėjėja-sekretorė")],  # the MP is only referred to
        ),
        ("Renginio vedėja – bibliotekininkė Ona Jonaitė.", [("Ona Jonaitė", "bibliotekininkė")]),
        # role nouns the lexicon does not list, by their agent suffix
        ("Grojo akompaniatorius Jonas Petraitis.", [("Jonas Petraitis", "akompaniatorius")]),
        ("Kalbėjo skaitytoja Ona Jonaitė.", [("Ona Jonaitė", "skaitytoja")]),
        ("Apie kalnus pasakojo alpinistas Jonas Petraitis.", [("Jonas Petraitis", "alpinistas")]),
        ("Pranešimą skaitė literatūros tyrinėtoja Ona Jonaitė.", [("Ona Jonaitė", "literatūros tyrinėtoja")]),
        ("Dainavo liaudies dainų atlikėja Ona Jonaitė.", [("Ona Jonaitė", "liaudies dainų atlikėja")]),
        ("Apie bites pasakojo bitininkas Jonas Petraitis.", [("Jonas Petraitis", "bitininkas")]),
        ("Eiles skaitė savanorė Ani Sargsyan.", [("Ani Sargsyan", "savanorė")]),
        # loan agent nouns the dictionary has in both genders
        ("Apie žoleles pasakojo fitoterapeutė Ona Jonaitė.", [("Ona Jonaitė", "fitoterapeutė")]),
        ("Diskusiją vedė moderatorius Jonas Petraitis.", [("Jonas Petraitis", "moderatorius")]),
        # a chain past an employer's name that enumerates with commas
        (
            "Kalbėjo savivaldybės tarybos narė, Kultūros, sporto ir jaunimo komiteto pirmininkė Ona Jonaitė.",
            [("Ona Jonaitė", "tarybos narė")],
        ),
        # two bare role nouns side by side in the name's case: the first of the chain
        ("Atvyko germanistė vertėja Ona Jonaitė.", [("Ona Jonaitė", "germanistė")]),
        ("Padėkojome skulptorei keramikei Onai Jonaitei.", [("Ona Jonaitė", "skulptorė")]),
        # a relative or participle clause opened by adverbs
        (
            "Klubo administratorė, taip pat vedusi popietę, Ona Jonaitė apžvelgė metus.",
            [("Ona Jonaitė", "administratorė")],
        ),
        # where the person comes from, with the country in parentheses
        ("Kalbėjo istorikė iš Rygos (Latvija) Ona Jonaitė.", [("Ona Jonaitė", "istorikė")]),
        # the role after a name, predicated by "tapti"
        ("Sveikiname Oną Jonaitę, tapusią kaimo bibliotekos vedėja.", [("Ona Jonaitė", "vedėja")]),
        ("Jonas Petraitis, tapęs draugijos pirmininku, padėkojo.", [("Jonas Petraitis", "pirmininkas")]),
        # after the name: an adjective in the name's case, a demonym, a genitive complement before the role
        ("Padėkojome Onai Jonaitei – aktyviausiai skaitytojai.", [("Ona Jonaitė", "aktyviausia skaitytoja")]),
        ("Jonas Petraitis, kraštietis, poetas, papasakojo.", [("Jonas Petraitis", "poetas")]),
        ("Ona Jonaitė, rajono savivaldybės mero patarėja, sveikino.", [("Ona Jonaitė", "mero patarėja")]),
        # where the person comes from, between the name and the role after it
        ("Dainavo Ona Jonaitė iš Kalnėnų, tautodailininkė.", [("Ona Jonaitė", "tautodailininkė")]),
        # a plural apposition after a list of names is every name's
        (
            "Dalyvavo Ona Jonaitė ir Rasa Petraitienė, bibliotekos darbuotojos.",
            [("Ona Jonaitė", "darbuotoja"), ("Rasa Petraitienė", "darbuotoja")],
        ),
        (
            "Ona Jonaitė, Jonas Petraitis ir Rasa Petraitienė – klubo nariai – dainavo.",
            [("Ona Jonaitė", "narė"), ("Jonas Petraitis", "narys"), ("Rasa Petraitienė", "narė")],
        ),
        # a demonstrative before a complement is dropped; an employer coordinated with it makes the post the role
        ("Vakarą vedė šio renginio vedėja Ona Jonaitė.", [("Ona Jonaitė", "renginio vedėja")]),
        ("Mus sutiko bibliotekos ir šio renginio vedėja Ona Jonaitė.", [("Ona Jonaitė", "vedėja")]),
        # the country of a post abroad, in the locative after the head
        ("Sveikino Lietuvos ambasadorė Latvijoje Ona Jonaitė.", [("Ona Jonaitė", "ambasadorė latvijoje")]),
        # an academic title after its employer is the post, as written
        ("Pranešimą skaitė universiteto fakulteto doc. Ona Jonaitė.", [("Ona Jonaitė", "doc.")]),
        # "kaip" (as) introducing the role after a name
        ("Ona Jonaitė, kaip bibliotekos direktorė, pasveikino svečius.", [("Ona Jonaitė", "direktorė")]),
        # the Seimas is part of the role; a union or a society is an employer
        (
            "Sveikino Seimo pirmininko pavaduotojas Jonas Petraitis.",
            [("Jonas Petraitis", "seimo pirmininko pavaduotojas")],
        ),
        ("Eiles skaitė Lietuvos rašytojų sąjungos narė Ona Jonaitė.", [("Ona Jonaitė", "narė")]),
        # a group noun inside the employer's name after the name
        ("Kalbėjo Jonas Petraitis\n\nLietuvos žurnalistų draugijos narys\n", [("Jonas Petraitis", "narys")]),
        # a person in parentheses inside a branch library's mention
        (
            "Knygų gavo Kalnėnų (vyr. bibliotekininkė Ona Jonaitė) ir Pakalnių (bibliotekininkė Rasa Petraitienė)"
            " filialai.",
            [("Ona Jonaitė", "vyr. bibliotekininkė"), ("Rasa Petraitienė", "bibliotekininkė")],
        ),
        # a plural role carried over a list in the names' case
        (
            "Padėkojome bibliotekininkėms Onai Jonaitei ir Rasai Petraitienei.",
            [("Ona Jonaitė", "bibliotekininkė"), ("Rasa Petraitienė", "bibliotekininkė")],
        ),
        # where the person works, a locative between role and name
        ("Renginyje dalyvavo bibliotekininkė Kelmėje Ona Jonaitė.", [("Ona Jonaitė", "bibliotekininkė")]),
        ("Renginyje dalyvavo bibliotekininkė Kelmės filiale Ona Jonaitė.", [("Ona Jonaitė", "bibliotekininkė")]),
        ("Dalyvavo vedėja Šilų kaimo bibliotekoje Ona Jonaitė.", [("Ona Jonaitė", "vedėja")]),
        ("Kalbėjo ambasadorius Čekijoje Jonas Petraitis.", [("Jonas Petraitis", "ambasadorius čekijoje")]),
        # a chain across an origin phrase or a "then – now" dash: the first role
        ("Kalbėjo lektorius iš Vilniaus etnologas dr. Tomas Vaitkus.", [("Tomas Vaitkus", "lektorius")]),
        ("Kalbėjo mokytoja iš Kauno poetė Ona Jonaitė.", [("Ona Jonaitė", "mokytoja")]),
        (
            "Draugijos pirmininkė, šiandien – kaimo bibliotekininkė Ona Jonaitė sveikino svečius.",
            [("Ona Jonaitė", "pirmininkė")],
        ),
        ("Kalbėjo mokytoja, vėliau – rašytoja Ona Jonaitė.", [("Ona Jonaitė", "mokytoja")]),
        ("Vakarą vedė aktorė, o dabar – režisierė Ona Jonaitė.", [("Ona Jonaitė", "aktorė")]),
        # a chain across an employer's name with a class number or a patron's given name: the first role
        (
            "Eiles skaitė aktyvi bibliotekos skaitytoja, Kelmės gimnazijos 6 klasės mokinė Ona Jonaitė.",
            [("Ona Jonaitė", "skaitytoja")],
        ),
        (
            "Eiles skaitė bibliotekos skaitytoja, Šilų Antano Vienuolio gimnazijos mokinė Ona Jonaitė.",
            [("Ona Jonaitė", "skaitytoja")],
        ),
        # the field of a degree belongs to the title between role and name
        ("Kalbėjo lektorė, istorijos mokslų dr. Ona Jonaitė.", [("Ona Jonaitė", "lektorė")]),
        ("Kalbėjo lektorė – humanitarinių mokslų dr. Ona Jonaitė.", [("Ona Jonaitė", "lektorė")]),
    ],
)
def test_role_shapes(extract_spacy, text, expected):
    assert people(extract_spacy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym alone is where the person comes from, not a role
        ("Atvyko kraštietis Jonas Petraitis.", [("Jonas Petraitis", None)]),
        # an agent noun listed as naming no role
        ("Kalbėjo kaimo gyventoja Ona Jonaitė.", [("Ona Jonaitė", None)]),
        # a loan noun with an agent-like suffix but no feminine in the dictionary is no role; the employer drops
        ("Sektoriaus vedėja Ona Jonaitė kalbėjo.", [("Ona Jonaitė", "vedėja")]),
        ("Naujas generatorius Jonas Petraitis pristatė.", [("Jonas Petraitis", None)]),
        # "their teachers": a pronoun ends the chain, the pupils are another group
        ("Atvyko mokiniai ir jų mokytoja Ona Jonaitė.", [("Ona Jonaitė", "mokytoja")]),
        # a singular role and a plural one in a row are not one chain
        (
            "Kalbėjo autorė, skaitovės Ona Jonaitė ir Rasa Petraitienė.",
            [("Ona Jonaitė", "skaitovė"), ("Rasa Petraitienė", "skaitovė")],
        ),
        # a plural heading after a name is not the name's role
        ("Parengė Ona Jonaitė\n\nŽodžio puoselėtojai\n\nKas vakarą skaitome.", [("Ona Jonaitė", None)]),
        # a role word in another case than the name is someone else's
        ("Gėles direktorei Ona Jonaitė įteikė po koncerto.", [("Ona Jonaitė", None)]),
        # a comma and a clause that is not a relative or participle clause: no role
        ("Kalbėjo vedėja, o paskui dainavo Ona Jonaitė.", [("Ona Jonaitė", None)]),
        # a dative after the role followed by a verb is no part of it
        ("Bibliotekininkė vaikams skaitė pasakas, o Ona Jonaitė dainavo.", [("Ona Jonaitė", None)]),
        # a singular dative role is each name's own: it is not carried to the next name of the list
        (
            "Dėkojame mokytojai Onai Jonaitei, mokytojai Rasai Petraitienei, Linai Kazlauskienei.",
            [("Ona Jonaitė", "mokytoja"), ("Rasa Petraitienė", "mokytoja"), ("Lina Kazlauskienė", None)],
        ),
        # a role before a post with its employer is not chained to it: the post is the role
        (
            "Renginio organizatorė kaimo filialo vyr. bibliotekininkė Ona Jonaitė pasveikino.",
            [("Ona Jonaitė", "vyr. bibliotekininkė")],
        ),
        # two role nouns side by side in different cases are not one chain
        ("Gėles įteikė direktorė mokytojai Onai Jonaitei.", [("Ona Jonaitė", "mokytoja")]),
        # a genitive role word after a name qualifying a noun that is no role
        ("Dainavo Ona Jonaitė, direktorės dukra.", [("Ona Jonaitė", None)]),
        ("Dainavo Ona Jonaitė, mokytojos paruošta.", [("Ona Jonaitė", None)]),
        # a plural genitive governed by the noun after it is no apposition; after a single name no plural
        (
            "Dalyvavo Ona Jonaitė ir Rasa Petraitienė, bibliotekininkės dukros.",
            [("Ona Jonaitė", None), ("Rasa Petraitienė", None)],
        ),
        ("Dainavo Ona Jonaitė, bibliotekos darbuotojos.", [("Ona Jonaitė", None)]),
        # an academic title alone is a title, not a role
        ("Su prof. dr. Jonu Petraičiu kalbėjomės.", [("Jonas Petraitis", None)]),
        # "kaip" comparing, not introducing a role
        ("Ona Jonaitė, kaip ir kiti, dainavo.", [("Ona Jonaitė", None)]),
        # "tapo" without a comma after the name is a sentence's predicate, not an apposition
        ("Ona Jonaitė tapo tradicijos puoselėtoja.", [("Ona Jonaitė", None)]),
        # a place in the locative that no role precedes
        ("Susitikime Kelmėje Ona Jonaitė kalbėjo apie knygas.", [("Ona Jonaitė", None)]),
        ("Knygą parašiusi poetė gyvena Kelmėje. Ona Jonaitė kalbėjo.", [("Ona Jonaitė", None)]),
        # an origin after a plural group: no chain with the group
        ("Atvyko svečiai iš Kauno poetė Ona Jonaitė ir kiti.", [("Ona Jonaitė", "poetė")]),
        # a dash without "then – now" adverbs says what the role is
        ("Knygą pristatė autorė – poetė Ona Jonaitė.", [("Ona Jonaitė", "poetė")]),
        # no chain: the role before the number is not joined to the name's role
        ("Eiles skaitė Kelmės gimnazijos 6 klasės mokinė Ona Jonaitė.", [("Ona Jonaitė", "6 klasės mokinė")]),
        # a degree with its field is a title, not a role
        ("Kalbėjo istorijos mokslų dr. Ona Jonaitė.", [("Ona Jonaitė", None)]),
    ],
)
def test_not_roles(extract_spacy, text, expected):
    assert people(extract_spacy, text) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Kalbėjo bibliotekininkė Ona Jonaitė. Vėliau vyr. bibliotekininkė O. Jonaitė padėkojo.",
            "vyr. bibliotekininkė",
        ),
        ("Kalbėjo patarėja Ona Jonaitė. Seimo nario patarėja O. Jonaitė padėkojo.", "seimo nario patarėja"),
        # different roles: the one stated with the name as subject, not a longer unrelated one
        ("Kalbėjo poetė Ona Jonaitė. Padėkota renginio vedėjai Onai Jonaitei.", "poetė"),
    ],
)
def test_fullest_role_of_a_person(extract_spacy, text, role):
    [person] = extract_spacy(text).people
    assert person.role == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dalyvavo bibliotekos direktorė, klubo pirmininkė Ona Jonaitė.", [("Ona Jonaitė", "direktorė")]),
        ("Sveikinome vyriausiąją specialistę Oną Jonaitę.", [("Ona Jonaitė", "vyriausioji specialistė")]),
        ("Prisidėjo renginio rėmėjas kraštietis Jonas Vaitkus.", [("Jonas Vaitkus", "renginio rėmėjas")]),
        ("Dalyvavo padėjėja-referentė Ona Jonaitė.", [("Ona Jonaitė", "padėjėja-referentė")]),
        ("Kalbėjo skaitytoja Ona Jonaitė.", [("Ona Jonaitė", "skaitytoja")]),
        ("Atvyko kraštietis Jonas Petraitis.", [("Jonas Petraitis", None)]),
    ],
)
def test_both_backends(extract, text, expected):
    assert people(extract, text) == expected
