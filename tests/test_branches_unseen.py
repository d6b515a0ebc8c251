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
        ("Kaišiadorių viešosios bibliotekos Palomenės filiale lankėsi rašytoja.",
         [("Palomenė", "kaisiadoriu-vb")]),
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
        # the settlement at a sentence start still keeps the county library's patron from the branch
        ("Klaipėdos rajono savivaldybės Jono Lankučio viešoji biblioteka kviečia. Priekulės I. Simonaitytės "
         "bibliotekoje vyko popietė.", [("Priekulė", "klaipedos-rsvb")]),
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
        # locatives before a plural head, past an agreeing participle
        ("Knygų mainai vyko Žasliuose, Paparčiuose ir Palomenėje veikiančiose bibliotekose.",
         ["Žasliai", "Paparčiai", "Palomenė"]),
        # a plural head opening a list of locatives after a dash
        ("Popietės vyko bibliotekos padaliniuose – Upynoje ir Teneniuose.", ["Upyna", "Teneniai"]),
        ("Upynos, Tenenių, Bijotų, Traksėdžio ir Pajūrio filialuose vyko popietės.",
         ["Upyna", "Teneniai", "Bijotai", "Traksėdis", "Pajūris"]),
        ("Filialuose (Upynos, Tenenių) vyko popietės.", ["Upyna", "Teneniai"]),
        ("Upynos ir Bijotų bibliotekininkės surengė viktoriną.", ["Upyna", "Bijotai"]),
        ("Renginiai vyks Vėžaičių ir Judrėnų kaimų bibliotekose.", ["Vėžaičiai", "Judrėnai"]),
        # each conjunct with its own "miestelio"/"kaimo"
        ("Kaltinėnų miestelio ir Upynos kaimo bibliotekose vyko popietės.", ["Kaltinėnai", "Upyna"]),
        # a list in a parenthesis after "filialų" (whose folded form is also the singular instrumental)
        ("Darbuotojos iš filialų (Kaltinėnų, Laukuvos) rinkosi į mokymus.", ["Kaltinėnai", "Laukuva"]),
        ("Kaltinėnų, Laukuvos bibliotekų darbuotojos rinkosi.", ["Kaltinėnai", "Laukuva"]),
        ("Akcijoje dalyvavo 5 filialai: Kaltinėnų, Laukuvos, Upynos, Tenenių ir Bijotų.",
         ["Kaltinėnai", "Laukuva", "Upyna", "Teneniai", "Bijotai"]),
    ],
)
def test_every_conjunct_of_an_enumeration(nlp, sentence, settlements):
    assert [s for s, _ in branches(nlp, sentence)] == settlements


def test_enumerations_of_other_institutions_are_no_branches(nlp):
    none_listed(nlp, [
        "Kaltinėnų, Laukuvos ir Upynos seniūnijos gavo paramą.",
        "Sangrūdos ir Liubavo mokyklose vyko pamokos.",
        "Žaslių, Paparčių ir Palomenės kultūros namuose koncertavo ansamblis.",
        "Stažuotės dalyvės lankėsi Olesiundo (Norvegija) bibliotekoje ir jos filialuose: Skogje bei Moa.",
    ])


# --- the parent from the municipality the text names ------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Šilalės rajone esančioje Upynos bibliotekoje vyko popietė.", [("Upyna", "silales-rsvb")]),
        ("Kaišiadorių rajono Žaslių bibliotekoje pristatyta knyga.", [("Žasliai", "kaisiadoriu-vb")]),
        # "Kalvarijos" reads first as a plural name, then as the seat's genitive
        ("Kalvarijos krašto bibliotekininkai rinkosi Akmenynų bibliotekoje.", [("Akmenynai", "kalvarijos-svb")]),
        ("Šilalės viešoji biblioteka kviečia. Kaltinėnų filialui padovanota knygų.", [("Kaltinėnai", "silales-rsvb")]),
        ("Renginys vyko Kaltinėnų (Šilalės r.) bibliotekoje.", [("Kaltinėnai", "silales-rsvb")]),
        # "rajono" before the head is a library word, not a school's genitive
        ("Šilalės viešoji biblioteka kviečia. Rajono bibliotekose – Kaltinėnuose ir Upynoje – vyko popietės.",
         [("Kaltinėnai", "silales-rsvb"), ("Upyna", "silales-rsvb")]),
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
    ],
)
def test_city_library_branches(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [  # on the city library's own site a place named apart from the library is one of its districts; elsewhere
        # it may be a town of the city municipality ("Šventoji" of Palanga) and keeps its name
        ("https://www.kaunobiblioteka.lt/n/1", [("municipal", "Kaunas", None), ("branch", "Kaunas", "kauno-msvb")]),
        ("https://www.15min.lt/n/1", [("municipal", "Kaunas", None), ("branch", "Šilainiai", "kauno-msvb")]),
    ],
)
def test_city_library_named_apart_from_its_branch(extract_spacy, url, expected):
    report = extract_spacy("Kauno Vinco Kudirkos viešoji biblioteka kviečia. Šilainių bibliotekoje vyks popietė.",
                           source={"id": "t", "url": url})
    assert [(lib.kind, lib.settlement, lib.parent_id) for lib in report.libraries] == expected


# --- two-word settlements ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Kazlų Rūdos savivaldybės viešoji biblioteka kviečia. Vaikai lankėsi Ąžuolų Būdos bibliotekoje.",
        "Kazlų Rūdos savivaldybės viešoji biblioteka kviečia. Ąžuolų Būdos bibliotekoje vyko popietė.",
    ],
)
def test_two_word_settlement_after_a_plural_genitive(nlp, sentence):
    assert branches(nlp, sentence) == [("Ąžuolų Būda", "kazlu-rudos-svb")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # a definite adjective in the name: both words to the nominative, the adjective in the place's gender
        ("Trakų viešoji biblioteka kviečia. Popietė vyko Senųjų Trakų bibliotekoje.",
         [("Senieji Trakai", "traku-vb")]),
        ("Prienų viešoji biblioteka kviečia. Popietė vyko Naujosios Ūtos bibliotekoje.",
         [("Naujoji Ūta", "prienu-vb")]),
        ("Kauno rajono savivaldybės viešoji biblioteka kviečia. Popietė vyko Aukštosios Fredos bibliotekoje.",
         [("Aukštoji Freda", "kauno-rsvb")]),
        ("Šilalės viešoji biblioteka kviečia. Popietė vyko Didžiųjų Upynų bibliotekoje.",
         [("Didieji Upynai", "silales-rsvb")]),
        # lower case: "the new library of Laukuva", no name
        ("Šilalės viešoji biblioteka kviečia. Atidaryta naujosios Laukuvos bibliotekos salė.",
         [("Laukuva", "silales-rsvb")]),
    ],
)
def test_two_word_settlement_with_a_definite_adjective(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected


# --- "struktūrinis padalinys": a library adjective between the settlement and the head ------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Šilalės viešoji biblioteka kviečia. Popietė vyko Upynos struktūriniame padalinyje.",
         [("Upyna", "silales-rsvb")]),
        ("Popietė vyko Šilalės rajono savivaldybės viešosios bibliotekos Tenenių struktūriniame padalinyje.",
         [("Teneniai", "silales-rsvb")]),
        ("Šilalės viešoji biblioteka kviečia. Upynos ir Tenenių struktūriniuose padaliniuose vyko popietės.",
         [("Upyna", "silales-rsvb"), ("Teneniai", "silales-rsvb")]),
        ("Šilalės kultūros centro Upynos struktūrinis padalinys surengė koncertą.", []),
    ],
)
def test_structural_unit(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected


# --- a village named after a family (the dictionary knows the name only as a family name) --------------------
@pytest.mark.parametrize(
    ("sentence", "settlements"),
    [
        ("Šilalės viešoji biblioteka kviečia. Popietė vyko Trumpaičių bibliotekoje.", ["Trumpaičiai"]),
        ("Šilalės viešoji biblioteka kviečia. Gaidžiūnų kaimo bibliotekoje vyko popietė.", ["Gaidžiūnai"]),
        ("Šilalės viešoji biblioteka kviečia. Šlapelių bibliotekininkė papasakojo apie knygas.", ["Šlapeliai"]),
        ("Šilalės viešoji biblioteka kviečia. Šlapelių ir Trumpaičių filialuose vyko popietės.",
         ["Šlapeliai", "Trumpaičiai"]),
        # one person's name in the genitive singular is a patron, a couple's family name after first names too
        ("Šilalės viešoji biblioteka kviečia. Popietė vyko Stanislovo ir Liudvikos Šlapelių bibliotekoje.", []),
        ("Šilalės viešoji biblioteka kviečia. Popietė vyko Vaitkaus bibliotekoje.", []),
        ("Šilalės viešoji biblioteka kviečia. Popietė vyko S. Šlapelių bibliotekoje.", []),
    ],
)
def test_village_named_after_a_family(nlp, sentence, settlements):
    assert [s for s, _ in branches(nlp, sentence)] == settlements


# --- another organisation's branch -----------------------------------------------------------------------------
def test_branches_of_other_organisations(nlp):
    """A common noun in the genitive before "X filialas/padalinys" owns the branch unless it is a library word."""
    none_listed(nlp, [
        "Šilalės lopšelio-darželio Upynos filialo vaikai lankėsi bibliotekoje.",
        "Šilalės rajono policijos komisariato Kaltinėnų padalinys gavo automobilį.",
        "Žemės ūkio kooperatyvo Kaltinėnų filialas pradėjo veiklą.",
        "Šilalės rajono savivaldybės ambulatorijos Laukuvos padalinyje skiepijo gyventojus.",
        "Universiteto Kaltinėnų filiale vyko paskaita.",
        "Kultūros centro Kaltinėnų filiale vyko koncertas.",
        # a company named before the branch: quoted, a brand, an acronym
        "Paramą skyrė UAB „Rūta“ Kaltinėnų filialas.",
        "Paramą skyrė Swedbank Kaltinėnų filialas.",
        "Paramą skyrė VšĮ Kaltinėnų filialas.",
    ])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Šilalės rajono savivaldybės viešosios bibliotekos Upynos filiale vyko popietė.",
         [("Upyna", "silales-rsvb")]),
        ("Šilalės viešoji biblioteka kviečia. Mūsų bibliotekos filiale Upynoje vyko popietė.",
         [("Upyna", "silales-rsvb")]),
        ("Šilalės rajono Upynos filiale vyko popietė.", [("Upyna", "silales-rsvb")]),
        # a signature: the author's name, then her branch on the next line
        ("Šilalės viešoji biblioteka kviečia. Ačiū visiems.\nOna Jonaitienė\nUpynos kaimo filialo bibliotekininkė",
         [("Upyna", "silales-rsvb")]),
    ],
)
def test_a_library_words_branch(nlp, sentence, expected):
    assert branches(nlp, sentence) == expected


# --- a city district's listed branch needs its city -----------------------------------------------------------
def test_city_district_branch_only_in_its_city(nlp):
    assert [f.id for f in facts(nlp, "„Šaltinio“ padalinyje. Šiaulių miesto savivaldybės viešoji biblioteka.")] == [
        "siauliu-msvb"]
    found = facts(nlp, "Kaune veikiančiame „Šaltinio“ padalinyje vyko popietė.")
    assert [(f.kind, f.settlement, f.parent_id) for f in found] == [("branch", "Kaunas", "kauno-msvb")]


# --- no branch ---------------------------------------------------------------------------------------------
def test_settlement_institutions_are_no_branches(nlp):
    none_listed(nlp, [
        "Laukuvos kultūros namų padalinys surengė koncertą.",
        "Upynos seniūnijos darbuotojai dalyvavo renginyje.",
        "Rašytoja kilusi iš Endriejavo, dabar gyvena Vilniuje.",
        "Plutiškių kaimo bendruomenė pasodino ąžuolą.",
        "Žaslių pagrindinės mokyklos bibliotekoje vyko pamoka.",
        "Kaišiadorių viešoji biblioteka kviečia. Žiežmarių gimnazijos mokiniai lankėsi bibliotekoje.",
        "Kaišiadorių viešoji biblioteka kviečia. Rašytojas, gimęs Žiežmariuose, papasakojo apie vaikystę.",
        "Kaišiadorių viešoji biblioteka kviečia. Žiežmarių seniūnijos seniūnė pasveikino bibliotekininkes.",
        "Kalvarijos savivaldybės viešoji biblioteka kviečia. Knygos keliavo į kaimo bibliotekas.",
        "Kalvarijos savivaldybės viešoji biblioteka kviečia. Sūduvos bibliotekose vyko akcija.",
        "Kalvarijos savivaldybės viešoji biblioteka kviečia. Seinų bibliotekoje vyko akcija.",
        "Šilalės viešoji biblioteka kviečia. Laukuvos gimnazijos bibliotekininkė pristatė knygą.",
        "Šilalės viešoji biblioteka kviečia. Upynos parapijos bibliotekoje rasta senų knygų.",
        "Šilalės viešoji biblioteka kviečia. Bijotų knygų išdavimo punkte vyko popietė.",
    ])


@pytest.mark.parametrize(
    ("url", "expected"),
    [  # a branch name several libraries share: the site's own (a city library's district) or the listed one
        ("https://www.kaunobiblioteka.lt/n/1", [("branch", "Kaunas", "kauno-msvb")]),
        ("https://alytus.mvb.lt/n/1", [("branch", "Alytus", "alytaus-vb")]),
        ("https://salcininkuvb.lt/n/1", [("branch", "Dainava", "salcininku-rsvb")]),
    ],
)
def test_shared_branch_name_on_a_city_library_site(extract_spacy, url, expected):
    report = extract_spacy("Vakar Dainavos bibliotekoje vyko popietė.", source={"id": "t", "url": url})
    assert [(lib.kind, lib.settlement, lib.parent_id) for lib in report.libraries] == expected


def test_city_district_on_a_city_library_site(extract_spacy):
    report = extract_spacy("Vakar Kniaudiškių bibliotekoje vyko popietė.",
                           source={"id": "t", "url": "https://panbiblioteka.lt/n/1"})
    assert [(lib.kind, lib.settlement, lib.parent_id) for lib in report.libraries] == [
        ("branch", "Panevėžys", "panevezio-vb")]


# --- the municipality named by its people ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("word", "entry_id"),
    [
        ("kupiškėnų", "kupiskio-rsvb"), ("šilališkiai", "silales-rsvb"), ("biržiečių", "birzu-rsvb"),
        ("kalvarijiečiams", "kalvarijos-svb"), ("kaišiadoriečiai", "kaisiadoriu-vb"), ("rietaviškių", "rietavo-svb"),
        ("kauniečiai", None),  # the city's or the district's people
        ("birželio", None), ("bibliotekininkės", None),
    ],
)
def test_seat_of_a_demonym(word, entry_id):
    from ltreports.libraries.demonyms import seat_of_demonym
    from ltreports.libraries.gazetteer import load_gazetteer

    entry = seat_of_demonym(word, load_gazetteer())
    assert (entry.id if entry else None) == entry_id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Literatai skaitė eiles šilališkių tarme. Popietė vyko Tenenių kaimo bibliotekoje.",
         [("Teneniai", "silales-rsvb")]),
        ("Kaišiadoriečiai lankėsi Paparčių bibliotekoje.", [("Paparčiai", "kaisiadoriu-vb")]),
        # two municipalities' people: no parent
        ("Šilališkiai ir kaišiadoriečiai susitiko Paparčių bibliotekoje.", [("Paparčiai", None)]),
    ],
)
def test_parent_from_the_people_of_a_municipality(nlp, text, expected):
    assert branches(nlp, text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # a verb at a sentence start that the dictionary also knows as a village ("Vyko": Vykas) opens no name
        ("Vyko Šilalės r. sav. viešojoje bibliotekoje seminaras.", [("municipal", "silales-rsvb")]),
        ("Vyko Šilalės viešosios bibliotekos gimtadienio šventė.", [("municipal", "silales-rsvb")]),
        # but a village whose genitive is also a verb form still names its library
        ("Bijotų bibliotekoje vyko popietė.", [("branch", None)]),
        # abbreviated heads in signatures
        ("Ona Jonaitė, Kaltinėnų bibl. vyr. bibliotekininkė.", [("branch", None)]),
        ("Ona Jonaitė, Upynos fil. bibliotekininkė.", [("branch", None)]),
        ("Kalbėjo Kauno apskr. bibl. direktorė.", [("county", "kavb")]),
        ("Pranešimą skaitė doc. fil. m. dr. Ona Jonaitė.", []),
    ],
)
def test_sentence_start_verbs_and_abbreviated_heads(nlp, sentence, expected):
    assert [(f.kind, f.id) for f in facts(nlp, sentence)] == expected
