"""Branches and names added to the gazetteer from public pages in this round, in the cases posts use them.

Every sentence is written for this file. Each added branch is named in the genitive or locative (with its library
named before it, and alone where no other library lists a branch in that settlement); the negatives name the same
settlements with other heads (a school, a culture centre, a village) or a longer place name that merely starts
with the same word ("Kazlų Rūda" is no "Kazlai" branch). ``branch_counts:`` in ``training/gazetteer_extra.yaml`` is
checked as data: each count names a municipal library of the gazetteer and a public page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from ltreports.libraries.gazetteer import load_gazetteer

EXTRA = Path(__file__).resolve().parent.parent / "training" / "gazetteer_extra.yaml"


def found(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, settlement, parent or own id) of the library mentions in ``text``."""
    out = []
    for m in nlp(text)._.ltr_library_matches:
        f = m.fact
        if f.kind == "branch":
            out.append(("branch", f.settlement, f.parent_id))
        elif f.kind != "other":
            out.append((f.kind, None, f.id))
    return out


@pytest.mark.parametrize(
    ("sentence", "settlement", "parent"),
    [
        ("Klaipėdos rajono savivaldybės Jono Lankučio viešoji biblioteka skelbia: Priekulės bibliotekoje vyks "
         "knygos pristatymas.", "Priekulė", "klaipedos-rsvb"),
        ("Kazlų Rūdos savivaldybės viešoji biblioteka praneša, kad į Kazlų kaimo biblioteką atkeliavo naujos "
         "knygos.", "Kazlai", "kazlu-rudos-svb"),
        ("Telšių rajono savivaldybės Karolinos Praniauskaitės viešoji biblioteka dėkoja Mitkaičių filialo "
         "skaitytojams.", "Mitkaičiai", "telsiu-rsvb"),
        ("Mažeikių rajono savivaldybės viešoji biblioteka kviečia į Žemalės biblioteką.", "Žemalė",
         "mazeikiu-rsvb"),
        ("Pasvalio Mariaus Katiliškio viešoji biblioteka primena: Grūžių kaimo bibliotekoje veikia kraštotyros "
         "paroda.", "Grūžiai", "pasvalio-vb"),
        ("Kupiškio rajono savivaldybės viešoji biblioteka praneša, kad Juodpėnų padalinyje lankėsi poetas.",
         "Juodpėnai", "kupiskio-rsvb"),
        ("Biržų rajono savivaldybės Jurgio Bielinio viešoji biblioteka kviečia į Medeikių biblioteką.",
         "Medeikiai", "birzu-rsvb"),
        ("Biržų rajono savivaldybės Jurgio Bielinio viešoji biblioteka dėkoja Užušilių bibliotekos lankytojams.",
         "Užušiliai", "birzu-rsvb"),
        ("Anykščių rajono savivaldybės Liudvikos ir Stanislovo Didžiulių viešoji biblioteka skelbia: Budrių "
         "filiale vyko vakaronė.", "Budriai", "anyksciu-rsvb"),  # Kretinga also lists a Budrių filialas
        ("Anykščių L. ir S. Didžiulių viešoji biblioteka praneša, kad Kavarsko bibliotekoje atidaryta paroda.",
         "Kavarskas", "anyksciu-rsvb"),
    ],
)
def test_added_branch_with_its_library_named_before(nlp, sentence, settlement, parent):
    assert [x for x in found(nlp, sentence) if x[0] == "branch"] == [("branch", settlement, parent)], sentence


@pytest.mark.parametrize(
    ("sentence", "settlement", "parent"),
    [
        ("Vakar Priekulės bibliotekoje skaitytojai aptarė naujausius romanus.", "Priekulė", "klaipedos-rsvb"),
        ("Į Kazlų kaimo bibliotekos popietę susirinko gausus būrys kaimo žmonių.", "Kazlai", "kazlu-rudos-svb"),
        ("Mitkaičių filiale vaikai gamino atvirukus.", "Mitkaičiai", "telsiu-rsvb"),
        ("Žemalės bibliotekos skaitytojai susitiko su poetu.", "Žemalė", "mazeikiu-rsvb"),
        ("Grūžių kaimo bibliotekoje pristatyta kraštiečio knyga.", "Grūžiai", "pasvalio-vb"),
        ("Juodpėnų padalinio bibliotekininkė pakvietė vaikus į edukaciją.", "Juodpėnai", "kupiskio-rsvb"),
        ("Užušilių bibliotekoje vyko rankdarbių vakaras.", "Užušiliai", "birzu-rsvb"),
        ("Staškūniškio bibliotekoje paminėta Spaudos atgavimo diena.", "Staškūniškis", "anyksciu-rsvb"),
        ("Viešintų bibliotekos lankytojai apžiūrėjo tapybos darbus.", "Viešintos", "anyksciu-rsvb"),
        ("Piktagalio filiale vyko garsiniai skaitymai.", "Piktagalys", "anyksciu-rsvb"),
        ("Klovainių kaimo bibliotekos lankytojai keliavo į Pakruojo dvarą.", "Klovainiai", "pakruojo-rsvb"),
    ],
)
def test_added_branch_alone_gets_its_settlement_and_library(nlp, sentence, settlement, parent):
    assert [x for x in found(nlp, sentence) if x[0] == "branch"] == [("branch", settlement, parent)], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Priekulės gimnazijos mokiniai dalyvavo konkurse.",  # a school in the settlement, no library head
        "Kazlų kaime vyko vasaros šventė.",  # the village itself
        "Žemalės kultūros namuose koncertavo ansamblis.",
        "Medeikių seniūnaitė pasveikino jubiliatus.",
        "Klovainių pagrindinės mokyklos mokiniai sodino ąžuoliukus.",
        "Jurgio Dovydaičio gimtinėje vyko tautosakos popietė.",  # the patron without a library head
    ],
)
def test_added_settlements_without_a_library_head_name_no_library(nlp, sentence):
    assert found(nlp, sentence) == [], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazlų Rūdos bibliotekoje vyko susitikimas su rašytoju.",
        "Lankėmės Kazlų Rūdos savivaldybės viešojoje bibliotekoje.",
    ],
)
def test_kazlu_ruda_is_the_library_not_the_kazlai_branch(nlp, sentence):
    assert found(nlp, sentence) == [("municipal", None, "kazlu-rudos-svb")], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Paroda atidaryta Kazlų Rūdos savivaldybės Jurgio Dovydaičio viešojoje bibliotekoje.",
        "Svečius priėmė Kazlų Rūdos Jurgio Dovydaičio viešosios bibliotekos direktorė.",
        "Kazlų Rūdos Jurgio Dovydaičio bibliotekoje vyko Knygų Kalėdų akcija.",
        "Į Jurgio Dovydaičio viešąją biblioteką atvyko svečiai iš Marijampolės.",
    ],
)
def test_kazlu_ruda_library_by_its_patron_name(nlp, sentence):
    assert found(nlp, sentence) == [("municipal", None, "kazlu-rudos-svb")], sentence


def test_an_added_branch_makes_a_visit_of_its_library(extract):
    report = extract("2025 m. kovo 4 d. Mitkaičių filiale lankėsi rašytoja Ona Petraitienė.")
    assert [(lib.id, lib.settlement) for lib in report.libraries] == [("telsiu-rsvb/mitkaiciai", "Mitkaičiai")]
    assert [v.library.id for v in report.visits] == ["telsiu-rsvb"]


def test_branch_counts_name_municipal_libraries_and_their_sources():
    counts = yaml.safe_load(EXTRA.read_text(encoding="utf-8"))["branch_counts"]
    gaz = load_gazetteer()
    municipal = {e.id for e in gaz.libraries() if e.kind == "municipal"}
    assert counts and set(counts) <= municipal
    for lib_id, item in counts.items():
        assert isinstance(item["count"], int) and item["count"] > 0, lib_id
        assert re.match(r"https?://\S+$", item["source"]), lib_id
