"""Library and branch mentions: every case form, short forms, branch phrases, context, negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from ltreports.libraries.facts import LibraryFact
from ltreports.libraries.resolve import collect

CASES = {  # "viešoji biblioteka" in the singular cases, and a preposition or verb that governs each
    "Nom": ("Mus pasitiko {} darbuotojai.", "viešoji biblioteka"),
    "Gen": ("Atvyko kolegos iš {}.", "viešosios bibliotekos"),
    "Dat": ("Padėka įteikta {}.", "viešajai bibliotekai"),
    "Acc": ("Aplankėme {} praėjusią savaitę.", "viešąją biblioteką"),
    "Inst": ("Džiaugiamės {} ir jos darbais.", "viešąja biblioteka"),
    "Loc": ("Seminaras vyko {}.", "viešojoje bibliotekoje"),
}
OFFICIAL = {
    "elektrenu-svb": "Elektrėnų savivaldybės",
    "lazdiju-rsvb": "Lazdijų rajono savivaldybės",
    "vavb": "Vilniaus apskrities Adomo Mickevičiaus",
    "pagegiu-svb": "Pagėgių savivaldybės Vydūno",
    "kedainiu-rsvb": "Kėdainių rajono savivaldybės Mikalojaus Daukšos",
}


def facts(nlp, text: str) -> list[tuple[str, LibraryFact]]:
    doc = nlp(text)
    return [(m.text, m.fact) for m in doc._.ltr_library_matches]


def ids(nlp, text: str) -> list[str | None]:
    return [f.id for _, f in facts(nlp, text)]


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("entry_id", sorted(OFFICIAL))
def test_official_names_in_every_case(nlp, entry_id, case):
    template, head = CASES[case]
    phrase = f"{OFFICIAL[entry_id]} {head}"
    found = facts(nlp, template.format(phrase))
    assert [(t, f.id) for t, f in found] == [(phrase, entry_id)]


@pytest.mark.parametrize(
    ("sentence", "entry_id"),
    [
        ("Vilniaus miesto savivaldybės centrinėje bibliotekoje vyko renginys.", "vilniaus-mscb"),
        ("Paroda atkeliavo į Lietuvos nacionalinę Martyno Mažvydo biblioteką.", "lnb"),
        ("Sveikinimą atsiuntė Nacionalinės M. Mažvydo bibliotekos direktorius.", "lnb"),
        ("Knygos pristatytos Lietuvos aklųjų bibliotekoje.", "lab"),
        ("Mokymus surengė Kauno apskrities viešosios bibliotekos specialistai.", "kavb"),
        ("Susitikome su Elektrėnų SVB kolegomis.", "elektrenu-svb"),
        ("Kvietimą gavome iš Lazdijų RSVB.", "lazdiju-rsvb"),
        ("Ataskaitą parengė VAVB specialistai.", "vavb"),
        ("Renginys vyko Kupiškio viešosios bibliotekos salėje.", "kupiskio-rsvb"),
        ("Nuotraukos iš Varėnos r. sav. viešosios bibliotekos archyvo.", "varenos-rsvb"),
        ("Kretingos biblioteka kviečia į popietę.", "kretingos-rsvb"),
        ("Jurgio Bielinio viešojoje bibliotekoje atidaryta paroda.", "birzu-rsvb"),
        ("Knygą padovanojo Utenos A. ir M. Miškinių viešajai bibliotekai.", "utenos-vb"),
        ("AKMENĖS RAJONO SAVIVALDYBĖS VIEŠOJOJE BIBLIOTEKOJE VYKO SUSITIKIMAS.", "akmenes-rsvb"),
        ("Renginys vyko Elektrenu savivaldybes viesojoje bibliotekoje.", "elektrenu-svb"),
    ],
)
def test_short_and_other_forms(nlp, sentence, entry_id):
    assert ids(nlp, sentence) == [entry_id]


def test_misspelt_name_resolves_by_fuzzy_matching(nlp):
    found = facts(nlp, "Vakar lankėmės Elektrnų savivaldybės viešojoje bibliotekoje.")
    assert len(found) == 1
    text, fact = found[0]
    assert (text, fact.id, fact.rule) == ("Elektrnų savivaldybės viešojoje bibliotekoje", "elektrenu-svb", "fuzzy")
    assert fact.candidates[0] == "elektrenu-svb"


def test_coordinated_names(nlp):
    assert ids(nlp, "Kretingos ir Plungės viešųjų bibliotekų darbuotojai susitiko.") == [
        "kretingos-rsvb", "plunges-rsvb"]
    assert ids(nlp, "Dalyvavo Jonavos, Kėdainių ir Ukmergės rajonų savivaldybių bibliotekų atstovai.") == [
        "jonavos-rsvb", "kedainiu-rsvb", "ukmerges-rsvb"]


@pytest.mark.parametrize(
    ("sentence", "settlement", "parent"),
    [
        ("Lankėmės bibliotekos padalinyje Seirijuose.", "Seirijai", "lazdiju-rsvb"),
        ("Vėliau aplankyta padalinio Vievyje biblioteka.", "Vievis", "elektrenu-svb"),
        ("Popietė vyko Verebiejų filiale.", "Verebiejai", "alytaus-rsvb"),
        ("Kalbėjo Laičių kaimo padalinio bibliotekininkė.", "Laičiai", "ukmerges-rsvb"),
        ("Naujai įrengta Pabradės miesto biblioteka.", "Pabradė", "svencioniu-rsvb"),
        ("Biržų rajono savivaldybės Jurgio Bielinio viešoji biblioteka dėkoja Nausėdžių kaimo padalinio "
         "bibliotekininkei.", "Nausėdžiai", "birzu-rsvb"),
        ("Mažeikių viešosios bibliotekos Tirkšlių filiale vyko popietė.", "Tirkšliai", "mazeikiu-rsvb"),
        ("Šiaulių miesto savivaldybės viešosios bibliotekos Gegužių filialas kviečia.", "Šiauliai", "siauliu-msvb"),
        ("Elektrėnų viešosios bibliotekos Pastrėvio skyriuje vyko popietė.", "Pastrėvys", "elektrenu-svb"),
        ("Joniškio r. Žagarės bibliotekoje atidaryta paroda.", "Žagarė", "joniskio-rsvb"),
        ("Širvintų Igno Šeiniaus viešoji biblioteka kviečia. Lankytasi ir filiale Kernavėje.", "Kernavė",
         "sirvintu-rsvb"),
        ("Renginyje dalyvavo Kamajų seniūnijos Duokiškio bibliotekos vedėja.", "Duokiškis", None),
    ],
)
def test_branch_phrases(nlp, sentence, settlement, parent):
    branches = [f for _, f in facts(nlp, sentence) if f.kind == "branch"]
    assert [(f.settlement, f.parent_id) for f in branches] == [(settlement, parent)]


def test_coordinated_branches(nlp):
    found = facts(nlp, "Renginiai vyko Kabelių ir Pilvingių bibliotekose.")
    assert [(t, f.id, f.settlement) for t, f in found] == [
        ("Kabelių", "varenos-rsvb/kabeliai", "Kabeliai"),
        ("Pilvingių bibliotekose", "varenos-rsvb/pilvingiai", "Pilvingiai"),
    ]


def test_unknown_branches_are_reported_with_the_context_parent(nlp):
    text = ("Prienų Justino Marcinkevičiaus viešoji biblioteka skelbia vasaros programą. "
            "Renginiai vyks Naujosios Ūtos ir Pakuonio bibliotekose, o Jiezno bibliotekoje – paroda.")
    branches = [f for _, f in facts(nlp, text) if f.kind == "branch"]
    assert {f.settlement for f in branches} >= {"Pakuonis", "Jieznas"}
    assert all(f.parent_id == "prienu-vb" and f.id is None for f in branches)


def test_branch_before_its_library(nlp):
    text = "Pranešimą skaitė Nausėdžių kaimo padalinio vedėja. Šiaulių rajono savivaldybės viešoji biblioteka dėkoja."
    branch = next(f for _, f in facts(nlp, text) if f.kind == "branch")
    assert (branch.settlement, branch.parent_id) == ("Nausėdžiai", "siauliu-rsvb")


def test_viesoji_biblioteka_alone_needs_context(nlp):
    alone = "Viešojoje bibliotekoje vyks koncertas."
    assert ids(nlp, alone) == []
    with_context = "Radviliškio rajono savivaldybės viešoji biblioteka kviečia. Viešojoje bibliotekoje vyks koncertas."
    found = facts(nlp, with_context)
    assert [(t, f.id) for t, f in found] == [
        ("Radviliškio rajono savivaldybės viešoji biblioteka", "radviliskio-rsvb"),
        ("Viešojoje bibliotekoje", "radviliskio-rsvb"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Biblioteka įsikūrusi Bibliotekos g. 5.",
        "Knygą parašė Vlado Šlaito anūkas.",
        "Visose rajono bibliotekose vyko renginiai.",
        "Prasidėjo Nacionalinė bibliotekų savaitė.",
        "Lietuvos bibliotekose vyko akcija.",
        "Vilniaus bibliotekoje vyko renginys.",
        "Pasirodė kultūros centro Bajorų padalinio kolektyvas.",
        "Lietuvos bibliotekininkų draugijos Biržų skyrius surengė šventę.",
        "Vakar lankėmės gražioje naujoje bibliotekoje.",
    ],
)
def test_no_public_library(nlp, sentence):
    assert [f for _, f in facts(nlp, sentence) if f.kind != "other"] == []


def test_a_culture_centre_branch_is_no_library_branch(nlp):
    found = facts(nlp, "Trakų viešoji biblioteka kviečia. Koncertavo kultūros centro padalinys Bajoruose.")
    assert [f.id for _, f in found] == ["traku-vb"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Studentai lankėsi Vilniaus universiteto bibliotekoje.", "Vilniaus universiteto biblioteka"),
        ("Mokyklos bibliotekai padovanota knygų.", "Mokyklos biblioteka"),
    ],
)
def test_other_libraries_are_never_forced_onto_an_entry(nlp, sentence, name):
    assert [(f.id, f.kind, f.name) for _, f in facts(nlp, sentence)] == [(None, "other", name)]


def test_collect_groups_mentions(nlp):
    doc = nlp("Elektrėnų SVB kviečia. Renginys vyks Elektrėnų savivaldybės viešojoje bibliotekoje ir Vievio "
              "miesto bibliotekoje.")
    libs = collect(doc)
    assert [(lib.id, lib.kind, len(lib.mentions)) for lib in libs] == [
        ("elektrenu-svb", "municipal", 2), ("elektrenu-svb/vievis", "branch", 1)]
    assert libs[1].settlement == "Vievis" and libs[1].parent_id == "elektrenu-svb"
    for lib in libs:
        for m in lib.mentions:
            assert doc.text[m.start : m.end] == m.text


def test_navigation_list_does_not_count(extract):
    nav = "\n".join(["Trakų viešoji biblioteka", "Visagino viešoji biblioteka", "Birštono viešoji biblioteka",
                     "Kalvarijos savivaldybės viešoji biblioteka", "Lietuvos aklųjų biblioteka"])
    report = extract("Gegužės 3 d. lankėmės Elektrėnų savivaldybės viešojoje bibliotekoje.\n\n" + nav)
    assert [lib.id for lib in report.libraries] == ["elektrenu-svb"]


def test_site_library_and_city_branch(extract):
    report = extract("Šiaurinėje bibliotekoje vyko vakaras. Lapkričio 3 d. Šiaurinėje bibliotekoje – paroda.",
                     source={"id": "t", "url": "https://panbiblioteka.lt/naujienos/1"})
    assert [(lib.kind, lib.settlement, lib.parent_id) for lib in report.libraries] == [
        ("branch", "Panevėžys", "panevezio-vb")]
    report = extract("Į biblioteką užsuko rašytoja.", source={"id": "t", "url": "https://psvb.lt/kas-vyko/1"})
    assert [lib.id for lib in report.libraries] == ["pasvalio-vb"]


def test_extract_with_user_gazetteer(extract, tmp_path: Path):
    path = tmp_path / "my.yaml"
    path.write_text("libraries:\n  - {id: pavyzdziu-vb, name: Pavyzdžių viešoji biblioteka, kind: municipal, "
                    "settlement: Pavyzdžiai}\n", encoding="utf-8")
    text = "Seminaras vyko Pavyzdžių viešojoje bibliotekoje."
    assert [lib.id for lib in extract(text).libraries] == []
    report = extract(text, gazetteer=path)
    assert [(lib.id, lib.name) for lib in report.libraries] == [("pavyzdziu-vb", "Pavyzdžių viešoji biblioteka")]


# --- enumerations, patrons, settlement names ---------------------------------------------------------
def branch_settlements(nlp, text: str) -> list[str | None]:
    return [f.settlement for _, f in facts(nlp, text) if f.kind == "branch"]


@pytest.mark.parametrize(
    ("sentence", "settlements"),
    [
        ("Konkurse geriausiai pasirodė Leliūnų, Viešintų (I vieta) ir Troškūnų bibliotekos.",
         ["Leliūnai", "Viešintos", "Troškūnai"]),
        ("Paramos sulaukė Palėvenėlės (vyr. bibliotekininkė Ona Petraitienė) ir Lukonių (Rūta Kazlienė) filialai.",
         ["Palėvenėlė", "Lukonys"]),
        ("Akcija vyko Joniškėlio, Krinčino ir kituose padaliniuose.", ["Joniškėlis", "Krinčinas"]),
        ("Delegacija aplankė bibliotekos filialus Drevernoje, Agluonėnuose bei Veiviržėnuose.",
         ["Dreverna", "Agluonėnai", "Veiviržėnai"]),
        ("Parodos keliavo po Dusetų, Salako ir Antazavės bibliotekas.", ["Dusetos", "Salakas", "Antazavė"]),
        ("Mokymai vyko Kuršėnuose ir Gruzdžiuose bibliotekose.", ["Kuršėnai", "Gruzdžiai"]),
    ],
)
def test_every_branch_of_an_enumeration(nlp, sentence, settlements):
    assert branch_settlements(nlp, sentence) == settlements


@pytest.mark.parametrize(
    ("sentence", "settlement", "name"),
    [
        ("Kruonio Antano Vaitkaus bibliotekoje vyko popietė.", "Kruonis", "Kruonio Antano Vaitkaus biblioteka"),
        ("Poezijos vakaras surengtas Nemunėlio Radviliškio K. Binkio bibliotekoje.", "Nemunėlio Radviliškis",
         "Nemunėlio Radviliškio K. Binkio biblioteka"),
        ("Vaikai lankėsi Višakio Rūdos bibliotekoje.", "Višakio Rūda", "Višakio Rūdos biblioteka"),
        ("Skaitymai vyko Salako miestelio bibliotekoje.", "Salakas", "Salako miestelio biblioteka"),
        ("Vakarą surengė Rumšiškių biblioteka.", "Rumšiškės", "Rumšiškių biblioteka"),
        ("Svečiai apsilankė Ignalinos r. kaimo Zelionkos bibliotekoje.", "Zelionka", "Zelionkos biblioteka"),
        ("Pranešimą skaitė Upynos bibliotekininkė Jurga Petrauskienė.", "Upyna", "Upynos biblioteka"),
        ("Džiaugiamės Leliūnų, kur gyvena daug skaitytojų, filialo darbais.", "Leliūnai", "Leliūnų filialas"),
    ],
)
def test_branch_names_and_settlement_nominatives(nlp, sentence, settlement, name):
    branches = [f for _, f in facts(nlp, sentence) if f.kind == "branch"]
    assert [(f.settlement, f.name) for f in branches] == [(settlement, name)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # the town library of a district municipality is its branch; a city municipality's is the library
        ("Paroda atidaryta Pakruojo miesto bibliotekoje.", [("branch", "Pakruojis", "pakruojo-rsvb")]),
        ("Paroda atidaryta Pakruojo bibliotekoje.", [("municipal", "Pakruojis", None)]),
        ("Skaitymai vyko Klaipėdos rajono Dovilų kaimo bibliotekoje.", [("branch", "Dovilai", "klaipedos-rsvb")]),
        ("Seminaras vyko Molėtų rajono savivaldybės viešojoje Giedraičių bibliotekoje.",
         [("municipal", "Molėtai", None), ("branch", "Giedraičiai", "moletu-rsvb")]),
        ("Kauno Šilainių bibliotekoje vyko popietė.", [("branch", "Kaunas", "kauno-msvb")]),
    ],
)
def test_town_and_district_words(nlp, sentence, expected):
    assert [(f.kind, f.settlement, f.parent_id) for _, f in facts(nlp, sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Kauno bibliotekininkė pristatė naujas knygas.",
        "Lietuvos bibliotekininkai rinkosi į suvažiavimą.",
        "Susirinko LASS Kupiškio filialo nariai.",
        "Užmegzti ryšiai su Švedijos Vimerbio miesto biblioteka.",
        "Stažuotė vyko Olesiundo (Norvegija) miesto bibliotekoje.",
        "Prasidėjo nacionalinės bibliotekos savaitė.",
        "Gimtojo miestelio bibliotekoje ji dirba dvidešimt metų.",
        "Konferencija „Tvari biblioteka“ sulaukė svečių.",
    ],
)
def test_no_branch_no_library(nlp, sentence):
    assert [(t, f.kind, f.settlement) for t, f in facts(nlp, sentence) if f.kind != "other"] == []


@pytest.mark.parametrize(
    ("sentence", "settlements"),
    [
        ("Šventėje dalyvavo bibliotekininkės: Ona Jonaitė iš Pumpėnų ir Rasa Petraitė iš Kvetkų.",
         ["Pumpėnai", "Kvetkai"]),
        ("Bibliotekininkė Rasa Petrauskienė iš Skapiškio pasakojo apie knygas.", ["Skapiškis"]),
        ("Bibliotekininkė pasakojo apie svečią Joną Jonaitį iš Alantos.", []),
        ("Bibliotekininkė Ona Petraitienė iš Kauno atvyko į renginį.", []),
    ],
)
def test_a_librarian_from_a_village(nlp, sentence, settlements):
    assert branch_settlements(nlp, sentence) == settlements


@pytest.mark.parametrize(
    ("text", "settlements"),
    [
        ("Svečius pasitiko Alantoje. Seniūnė papasakojo apie miestelio praeitį. Vėliau svečiai apsilankė "
         "miestelio bibliotekoje.", ["Alanta"]),
        ("Susirinkome naujame pastate Kašonyse, kuriame įsikūrė ir biblioteka.", ["Kašonys"]),
        ("Renginys vyko Kaune. Po to nuvykome į kaimo biblioteką.", []),
        ("Vilniuje veikianti biblioteka kviečia.", []),
        ("Pumpėnų kaimo gyventojai pakviesti į bibliotekos jubiliejų.", ["Pumpėnai"]),
        ("Gruzdžiuose gyvenantis poetas padovanojo bibliotekai knygų.", []),
        ("Iš Pumpėnų kaimo kilusi ir viešojoje bibliotekoje dirbanti poetė išleido knygą.", []),
    ],
)
def test_a_village_library_named_by_the_context(nlp, text, settlements):
    assert branch_settlements(nlp, text) == settlements


def test_misspelt_branch_is_its_look_alike(nlp):
    text = ("Telšių rajono savivaldybės Karolinos Praniauskaitės viešoji biblioteka praneša. Paroda Gedrmų "
            "filiale. Vėliau Gedrimų bibliotekoje vyko popietė.")
    assert {f.settlement for _, f in facts(nlp, text) if f.kind == "branch"} == {"Gedrimai"}


def test_branch_settlement_from_the_gazetteer_over_a_guess(nlp):
    (branch,) = [f for _, f in facts(nlp, "Popietė vyko Verbiškių filiale.") if f.kind == "branch"]
    assert (branch.id, branch.settlement, branch.parent_id) == ("moletu-rsvb/verbiskes", "Verbiškės", "moletu-rsvb")


def test_parent_from_the_seat_the_post_names(nlp):
    text = "Kupiškio krašto literatai keliavo po kaimus. Pirmoji stotelė buvo Naivių kaimo bibliotekoje."
    (branch,) = [f for _, f in facts(nlp, text) if f.kind == "branch"]
    assert (branch.settlement, branch.parent_id) == ("Naiviai", "kupiskio-rsvb")


def test_town_in_place_of_lietuvos_names_a_national_library_branch(nlp):
    found = facts(nlp, "Svečiavosi Klaipėdos aklųjų bibliotekos darbuotojos.")
    assert [(f.kind, f.settlement, f.parent_id) for _, f in found] == [("branch", "Klaipėda", "lab")]


def test_branch_of_a_city_library_named_by_another_town(nlp):
    found = facts(nlp, "Renginyje kalbėjo LAB Klaipėdos padalinio bibliotekininkė.")
    assert [(f.kind, f.settlement, f.parent_id) for _, f in found if f.kind == "branch"] == [
        ("branch", "Klaipėda", "lab")]


def test_quoted_branch_before_its_library_does_not_fail(nlp):
    found = facts(nlp, "„Šaltinio“ padalinyje. Šiaulių miesto savivaldybės viešoji biblioteka.")
    assert [f.id for _, f in found] == ["siauliu-msvb"]


# --- the post's own library ---------------------------------------------------------------------------
def test_site_library_beside_the_national_library(extract):
    report = extract("Biblioteka dalyvavo Lietuvos nacionalinės Martyno Mažvydo bibliotekos akcijoje.",
                     source={"id": "t", "url": "https://www.birzai.rvb.lt/naujienos/1"})
    assert sorted(lib.id for lib in report.libraries) == ["birzu-rsvb", "lnb"]


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        ("Vakar Pelėdos bibliotekoje vyko popietė.", "https://kaunobiblioteka.lt/n/1",
         [("branch", "Pelėdos biblioteka", "Kaunas")]),
        ("Vakar Žiburio bibliotekoje vyko popietė.", "https://kaunobiblioteka.lt/n/1",
         [("branch", "Žiburio biblioteka", "Kaunas")]),
        ("Vakar Aušros bibliotekoje vyko popietė.", "https://kaunobiblioteka.lt/n/1",  # listed with a source
         [("branch", "„Aušros“ padalinys", "Kaunas")]),
        ("Vakar Jono bibliotekoje vyko popietė.", "https://kaunobiblioteka.lt/n/1", []),
        ("Vakar Pelėdos bibliotekoje vyko popietė.", "https://moletai.rvb.lt/n/1", []),
    ],
)
def test_city_branch_named_by_a_proper_name(extract, text, url, expected):
    report = extract(text, source={"id": "t", "url": url})
    assert [(lib.kind, lib.name, lib.settlement) for lib in report.libraries] == expected


def test_county_site_naming_a_municipal_library(extract):
    report = extract("Molėtų viešoji biblioteka šventė jubiliejų. Biblioteka pakvietė svečius.",
                     source={"id": "t", "url": "https://www.pavb.lt/naujienos/1"})
    assert [lib.id for lib in report.libraries] == ["moletu-rsvb"]


def test_post_about_a_branch(extract):
    report = extract("Svėdasų bibliotekoje vyko popietė. Biblioteka pakvietė vaikus.",
                     source={"id": "t", "url": "https://www.anyksciuvb.lt/naujienos/1"})
    assert [(lib.kind, lib.settlement) for lib in report.libraries] == [("branch", "Svėdasai")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # the branches of one enumeration share the parent one of them is known by
        ("Renginiai vyko Plokščių ir Kidulių bibliotekose.", [("Plokščiai", "sakiu-rsvb"), ("Kiduliai", "sakiu-rsvb")]),
        ("Knygas gavo Kybartų, Virbalio ir Pilviškių filialai.",
         [("Kybartai", "vilkaviskio-rsvb"), ("Virbalis", "vilkaviskio-rsvb"), ("Pilviškiai", "vilkaviskio-rsvb")]),
        ("Renginiai vyko Plokščių ir Pilviškių bibliotekose.", [("Plokščiai", None), ("Pilviškiai", None)]),
        ("Renginiai vyko Kybartų ir Kidulių bibliotekose, o Plokščių bibliotekoje – paroda.",
         [("Kybartai", "vilkaviskio-rsvb"), ("Kiduliai", "sakiu-rsvb"), ("Plokščiai", None)]),
    ],
)
def test_enumerated_branches_share_a_parent(nlp, sentence, expected):
    assert [(f.settlement, f.parent_id) for _, f in facts(nlp, sentence) if f.kind == "branch"] == expected


@pytest.mark.parametrize(
    ("sentence", "settlement"),
    [
        ("Popietė vyko Lukšių mstl. bibliotekoje.", "Lukšiai"),
        ("Popietė vyko Lukšių k. bibliotekoje.", "Lukšiai"),
    ],
)
def test_abbreviated_settlement_words(nlp, sentence, settlement):
    assert branch_settlements(nlp, sentence) == [settlement]


@pytest.mark.parametrize(
    ("sentence", "settlements"),
    [  # a heading in capitals: the word before the branch is no organisation's abbreviation
        ("POPIETĖ VYKO LUKŠIŲ BIBLIOTEKOJE.", ["Lukšiai"]),
        ("SUSIRINKO LASS KUPIŠKIO FILIALO NARIAI.", []),
        ("Susirinko LASS Kupiškio filialo nariai.", []),
    ],
)
def test_branch_in_a_capitals_heading(nlp, sentence, settlements):
    assert branch_settlements(nlp, sentence) == settlements


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # a patron's name after another settlement's genitive is that settlement's library
        ("Vakaras vyko Kudirkos Naumiesčio Vinco Kudirkos bibliotekoje.", [("branch", None, "Kudirkos Naumiestis")]),
        ("Vakaras vyko Kudirkos Naumiesčio bibliotekoje.", [("branch", None, "Kudirkos Naumiestis")]),
        ("Vakaras vyko Kauno Vinco Kudirkos bibliotekoje.", [("municipal", "kauno-msvb", "Kaunas")]),
        ("Vakaras vyko Klaipėdos I. Simonaitytės bibliotekoje.", [("county", "klavb", "Klaipėda")]),
        ("Vakaras vyko Vinco Kudirkos bibliotekoje.", [("municipal", "kauno-msvb", "Kaunas")]),
    ],
)
def test_patron_name_after_a_settlement(nlp, sentence, expected):
    assert [(f.kind, f.id, f.settlement) for _, f in facts(nlp, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # one town said once for its city's and its district's libraries
        ("Dalyvavo Kauno miesto ir rajono savivaldybių viešųjų bibliotekų atstovai.", ["kauno-msvb", "kauno-rsvb"]),
        ("Susitiko Šiaulių rajono ir miesto viešųjų bibliotekų darbuotojai.", ["siauliu-rsvb", "siauliu-msvb"]),
        ("Kauno miesto ir rajono gyventojai skaito daug.", []),
        ("Kauno miesto ir rajono biblioteka", []),
    ],
)
def test_city_and_district_libraries_of_one_town(nlp, sentence, expected):
    assert [f.id for _, f in facts(nlp, sentence) if f.kind != "other"] == expected


@pytest.mark.parametrize(
    ("sentence", "entry_id"),
    [  # "VB"/"SVB" signed in place of "(savivaldybės) viešoji biblioteka" after any form of the name
        ("Lankėmės Kėdainių r. sav. M. Daukšos VB.", "kedainiu-rsvb"),
        ("Knygas atvežė Žemaitės VB darbuotojos.", "kelmes-rsvb"),
        ("Padėka Pagėgių savivaldybės Vydūno VB.", "pagegiu-svb"),
        ("Renginys vyko Lazdijų rajono SVB.", "lazdiju-rsvb"),
    ],
)
def test_vb_in_place_of_the_head(nlp, sentence, entry_id):
    assert ids(nlp, sentence) == [entry_id]


@pytest.mark.parametrize(
    ("sentence", "settlements"),
    [  # librarians "from" villages: each village's library, in an enumeration too
        ("Šventėje dalyvavo bibliotekininkės iš Pumpėnų, Kriklinių ir Ustukių.",
         ["Pumpėnai", "Krikliniai", "Ustukiai"]),
        ("Susirinko bibliotekininkės iš Papilio, iš Kvetkų bei Kupreliškio.", ["Papilys", "Kvetkai", "Kupreliškis"]),
        ("Bibliotekininkės iš Kauno ir Vilniaus dalyvavo seminare.", []),
        ("Bibliotekininkai iš Latvijos ir Estijos lankėsi bibliotekoje.", []),
    ],
)
def test_librarians_from_villages(nlp, sentence, settlements):
    assert branch_settlements(nlp, sentence) == settlements


@pytest.mark.parametrize(
    ("text", "settlements"),
    [  # settlements listed after a plural head, librarians of coordinated villages, a library "in" a village
        ("Renginiai vyko padaliniuose: Kulvos, Upninkų ir Rimkų.", ["Kulva", "Upninkai", "Rimkai"]),
        ("Renginiai vyko filialuose (Kulvos, Upninkų, Rimkų).", ["Kulva", "Upninkai", "Rimkai"]),
        ("Renginiai vyko bibliotekose: Vilniaus, Kauno ir Klaipėdos.", []),
        ("Dalyvavo Upninkų ir Kulvos bibliotekininkės.", ["Upninkai", "Kulva"]),
        ("Dalyvavo Kauno ir Kulvos bibliotekininkės.", ["Kulva"]),
        ("Jonavos viešoji biblioteka kviečia. Bibliotekoje Upninkuose vyko popietė.", ["Upninkai"]),
        ("Jonavos viešoji biblioteka kviečia. Bibliotekoje Jonavoje vyko popietė.", []),
        ("Jonavos viešoji biblioteka kviečia. Mokyklos bibliotekoje Upninkuose vyko popietė.", []),
    ],
)
def test_more_branch_shapes(nlp, text, settlements):
    assert branch_settlements(nlp, text) == settlements


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [  # a branch the gazetteer lacks: its parent from the text, else the site's library, else the seat named
        ("Kupiškio rajono savivaldybės viešosios bibliotekos darbuotojai lankėsi Noriūnų kaimo bibliotekoje.",
         None, ("Noriūnai", "kupiskio-rsvb")),
        ("Noriūnų kaimo bibliotekoje vyko popietė.", "https://kupiskiovb.lt/n/1", ("Noriūnai", "kupiskio-rsvb")),
        ("Biržų krašto poetai susitiko Nemunėlio Radviliškio bibliotekoje. Vėliau jie aplankė Nemunėlio "
         "Radviliškyje esančią mokyklą.", None, ("Nemunėlio Radviliškis", "birzu-rsvb")),
        # a branch of another library named in the text keeps that library, whatever the site
        ("Biržų rajono savivaldybės Jurgio Bielinio viešosios bibliotekos Nemunėlio Radviliškio filiale vyko "
         "popietė.", "https://kupiskiovb.lt/n/1", ("Nemunėlio Radviliškis", "birzu-rsvb")),
        # nothing tells the parent: none is guessed
        ("Literatai lankėsi Noriūnų kaimo bibliotekoje.", None, ("Noriūnai", None)),
        ("Poetai susitiko Nemunėlio Radviliškio bibliotekoje.", None, ("Nemunėlio Radviliškis", None)),
    ],
)
def test_parent_of_a_branch_the_gazetteer_lacks(extract_spacy, text, url, expected):
    report = extract_spacy(text, source={"id": "t", "url": url})
    assert [(lib.settlement, lib.parent_id) for lib in report.libraries if lib.kind == "branch"] == [expected]


@pytest.mark.parametrize(
    ("text", "starts", "joined"),
    [
        ("Vilniaus r. sav. biblioteka", [True, False, False, False], [False, True, True, True]),
        ("Baigėsi. Prasidėjo naujas", [True, True, False], [False, False, True]),
        ("Knyga „Aido“ bibliotekoje", [True, False, False], [False, False, True]),
        ("Pirma eilutė\n\nAntra", [True, False, True], [False, True, False]),
        ("Žodis" + " " * 45 + "kitas", [True, True], [False, True]),  # blanks only over 40 characters: a new start
        ("Žodis" + " " * 20 + "kitas", [True, False], [False, True]),
        ("Ką? (Vasara", [True, True], [False, False]),
        ("Ką, (vasara", [True, False], [False, False]),
    ],
)
def test_words_sentence_starts_and_joins(text: str, starts: list[bool], joined: list[bool]) -> None:
    from ltreports.libraries.words import words

    ws = words(text)
    assert [w.sentence_start for w in ws] == starts
    assert [w.joined for w in ws] == joined


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # a patron's name inside a library's name that the gazetteer lists without it
        ("Renginys vyko Kazlų Rūdos savivaldybės Jurgio Dovydaičio viešojoje bibliotekoje.",
         [("municipal", "kazlu-rudos-svb")]),
        ("Padėką gavo Kazlų Rūdos savivaldybės J. Dovydaičio viešoji biblioteka.", [("municipal", "kazlu-rudos-svb")]),
        ("Seminarą surengė Mažeikių rajono savivaldybės Onos Petraitienės viešoji biblioteka.",
         [("municipal", "mazeikiu-rsvb")]),
        # the name without the patron must be the library's: a two-word settlement's branch, a school, abroad
        ("Vakaras vyko Žemaičių Kalvarijos V. Mačernio bibliotekoje.", [("branch", None)]),
        ("Pamoka vyko Šilalės Simono Gaudėšiaus gimnazijos bibliotekoje.", [("other", None)]),
        ("Lankėmės Latvijos Jono Jonaičio bibliotekoje.", []),
    ],
)
def test_patron_the_gazetteer_does_not_list(nlp, sentence, expected):
    found = [(f.kind, f.id if f.kind != "branch" else None) for _, f in facts(nlp, sentence)]
    assert found == expected
