"""Every library and branch of the gazetteer, named the ways posts name it, in the cases posts use.

The cases are generated over the built-in gazetteer: each public library × its official name, its short
forms (town genitive + "viešoji biblioteka", the patron's name, "rajono savivaldybės viešoji biblioteka"
with the town named in the previous sentence, "VB"/"SVB") × sentence frames in the nominative, genitive,
accusative and locative; each branch × "{settlement genitive} biblioteka/filialas/padalinys" in the same
cases, the settlement's nominative checked against the gazetteer (not against a guessed ending).
The frames are written here; the names come from the gazetteer and the case forms of the inflecting
words from ``data/library_words.yaml``.
"""

from __future__ import annotations

import re

import pytest

from ltreports.libraries.gazetteer import Entry, load_gazetteer
from ltreports.libraries.gazetteer_forms import _initials, _patron, _surname, settlement_genitive_of, town_genitive
from ltreports.libraries.words import fold, lexicon

CASE_INDEX = {"Nom": 0, "Gen": 1, "Acc": 3}  # the lists run Nom Gen Dat Acc, then Inst/Loc/Ill as they differ
FRAMES = {  # one governing verb or preposition per case
    "Nom": "Šiandien {} kviečia į popietę.",
    "Gen": "Atvyko svečių iš {}.",
    "Acc": "Moksleiviai aplankė {} praėjusią savaitę.",
    "Loc": "Seminaras vyko {} ketvirtadienį.",
}
OPENERS = {"Nom": "Šiandien", "Gen": "iš", "Acc": "aplankė", "Loc": "vyko"}  # the word before the name


def inflect(name: str, case: str) -> str:
    """The singular case form of a nominative name: only the inflecting words (heads, agreeing adjectives)
    change; the genitives and patrons stay."""
    lex = lexicon()
    out = []
    for word in name.split():
        item = lex.data["inflecting"].get(word) or lex.data["inflecting"].get(word.lower())
        if item is not None and item["role"] in ("head", "branch_head", "adjective"):
            form = _case_form(item["sg"], case)
            out.append(form.capitalize() if word[:1].isupper() else form)
        else:
            out.append(word)
    return " ".join(out)


def _case_form(forms: list[str], case: str) -> str:
    if case in CASE_INDEX:
        return forms[CASE_INDEX[case]]
    tail = forms[4:]  # the locative ends in -(j)e: "bibliotekoje", "filiale", "padalinyje", "centrinėje"
    return next((f for f in tail if f.endswith("je")), None) or next(f for f in tail if f.endswith("e"))


GAZ = load_gazetteer()
PUBLIC = sorted((e for e in GAZ.libraries()), key=lambda e: e.id)
TOWNS = [town_genitive(e) for e in PUBLIC if e.kind == "municipal"]
SHARED_TOWNS = {t for t in TOWNS if t and TOWNS.count(t) > 1}  # "Kauno": the city's and the district's
BRANCH_TOWNS = {  # "Akmenės biblioteka" is the branch in Akmenė, not the library seated in Naujoji Akmenė
    fold(g) for e in GAZ.entries.values() if e.kind == "branch" and (g := settlement_genitive_of(e))
}


def library_forms(entry: Entry) -> list[str]:
    """The nominative forms a post may use for a public library."""
    forms = [entry.name, *entry.aliases]
    town = town_genitive(entry)
    patron = _patron(entry, town) if entry.kind in ("municipal", "county") else None
    district = " rajono " in (entry.municipality or "")
    city = " miesto " in (entry.municipality or "")
    if entry.kind == "municipal" and town:
        if town not in SHARED_TOWNS:
            forms += [f"{town} viešoji biblioteka", f"{town} VB", f"{town} SVB"]
            if fold(town) not in BRANCH_TOWNS:
                forms.append(f"{town} biblioteka")
        if district:
            forms += [f"{town} rajono savivaldybės viešoji biblioteka", f"{town} r. sav. viešoji biblioteka",
                      f"{town} rajono viešoji biblioteka"]
        if city:
            forms += [f"{town} miesto savivaldybės viešoji biblioteka"]
        if district:
            forms += [f"{town} r. SVB", f"{town} RSVB"]
        if patron:
            forms += [f"{patron} viešoji biblioteka", f"{patron} biblioteka", f"{town} {patron} viešoji biblioteka"]
    if entry.kind == "county" and town:
        forms += [f"{town} apskrities viešoji biblioteka"]
        if patron:
            forms += [f"{patron} viešoji biblioteka", f"{patron} biblioteka"]
    if patron and entry.kind in ("municipal", "county"):
        short = _initials(patron)
        if short:
            forms.append(f"{short} viešoji biblioteka")  # "M. Daukšos viešoji biblioteka"
        surname = _surname(patron)
        if surname and surname != patron:
            forms.append(f"{surname} biblioteka")  # "Višinskio bibliotekoje"
    seen: list[str] = []
    for f in forms:
        if f not in seen and f not in {n for n in entry.former_names}:
            seen.append(f)
    return seen


def library_cases() -> list[tuple[str, str, str]]:
    out = []
    for e in PUBLIC:
        for form in library_forms(e):
            one_abbreviation = form.split()[-1].isupper() and len(form.split()) == 1
            cases = ["Nom", "Loc"] if one_abbreviation else list(FRAMES)  # "VAVB": no case ending to vary
            out += [(e.id, form, case) for case in cases]
    return out


def facts(nlp, text: str):
    return [(m.text, m.fact) for m in nlp(text)._.ltr_library_matches]


def name_in(form: str, case: str) -> str:
    if form.split()[-1].isupper():  # "Kelmės VB": an abbreviation does not inflect
        return form
    return inflect(form, case)


@pytest.mark.parametrize(("entry_id", "form", "case"), library_cases())
def test_every_library_in_every_form_and_case(nlp, entry_id, form, case):
    phrase = name_in(form, case)
    sentence = FRAMES[case].format(phrase)
    found = [(t, f.id) for t, f in facts(nlp, sentence) if f.kind != "other"]
    assert found == [(phrase, entry_id)], sentence


def district_libraries() -> list[Entry]:
    """District libraries whose seat the town genitive names (not Naujoji Akmenė, not Gargždai)."""
    return [
        e for e in PUBLIC
        if e.kind == "municipal" and " rajono " in (e.municipality or "")
        and fold(town_genitive(e) or "")[:4] == fold(e.settlement or "")[:4]
    ]


@pytest.mark.parametrize("entry", district_libraries(), ids=lambda e: e.id)
@pytest.mark.parametrize("case", ["Gen", "Loc"])
def test_rajono_library_with_the_town_in_context(nlp, entry, case):
    """"rajono savivaldybės viešoji biblioteka" without a town: the town named just before decides."""
    town = town_genitive(entry)
    phrase = inflect("Rajono savivaldybės viešoji biblioteka", case)
    phrase = phrase[0].lower() + phrase[1:]
    text = f"{town} krašte vyko knygų savaitė. {FRAMES[case].format(phrase)}"
    found = [(t, f.id) for t, f in facts(nlp, text) if f.kind != "other"]
    assert found == [(phrase, entry.id)], text


# --- branches -----------------------------------------------------------------------------------------
BRANCH_FRAMES = {
    "Nom": "Šiandien {} kviečia į popietę.",
    "Gen": "Svečiai atvyko iš {}.",
    "Acc": "Moksleiviai aplankė {}.",
    "Loc": "Popietė vyko {}.",
}


def branch_cases() -> list[tuple[str, str, str]]:
    out = []
    for e in sorted(GAZ.entries.values(), key=lambda e: e.id):
        if e.kind != "branch" or e.city_district:
            continue
        genitive = settlement_genitive_of(e)
        if not genitive or fold(genitive) == fold(e.settlement or ""):
            continue
        for head in ("biblioteka", "filialas", "padalinys"):
            out += [(e.id, f"{genitive} {head}", case) for case in BRANCH_FRAMES]
    return out


def parent_name(entry: Entry) -> str:
    parent = GAZ.get(entry.parent)
    assert parent is not None
    return parent.name


@pytest.mark.parametrize(("entry_id", "form", "case"), branch_cases())
def test_every_branch_with_its_library_in_context(nlp, entry_id, form, case):
    entry = GAZ.get(entry_id)
    phrase = inflect(form, case)
    text = f"{parent_name(entry)} skelbia naujienas. {BRANCH_FRAMES[case].format(phrase)}"
    branches = [(t, f.settlement, f.parent_id) for t, f in facts(nlp, text) if f.kind == "branch"]
    assert branches == [(phrase, entry.settlement, entry.parent)], text


def unique_branch_cases() -> list[tuple[str, str, str]]:
    """Branches whose settlement genitive no other entry shares: the gazetteer alone decides."""
    counts: dict[str, int] = {}
    for e in GAZ.entries.values():
        g = settlement_genitive_of(e) if e.kind in ("branch", "municipal") else None
        if g:
            counts[fold(g)] = counts.get(fold(g), 0) + 1
    return [c for c in branch_cases() if counts.get(fold(c[1].rsplit(" ", 1)[0])) == 1 and c[2] in ("Loc", "Gen")]


@pytest.mark.parametrize(("entry_id", "form", "case"), unique_branch_cases())
def test_every_branch_alone_has_the_gazetteer_nominative(nlp, entry_id, form, case):
    entry = GAZ.get(entry_id)
    phrase = inflect(form, case)
    text = BRANCH_FRAMES[case].format(phrase)
    branches = [(f.settlement, f.parent_id) for _, f in facts(nlp, text) if f.kind == "branch"]
    assert branches == [(entry.settlement, entry.parent)], text


@pytest.mark.parametrize(
    ("sentence", "settlement"),
    [
        ("Popietė vyko Lietuvos audiosensorinės bibliotekos Kauno padalinyje.", "Kaunas"),
        ("Knygas atvežė Lietuvos audiosensorinės bibliotekos Šiaulių filialo bibliotekininkė.", "Šiauliai"),
        ("Kalbėjo LAB Ukmergės padalinio darbuotoja.", "Ukmergė"),
        ("Susitikimą surengė Lietuvos aklųjų bibliotekos Klaipėdos filialas.", "Klaipėda"),
    ],
)
def test_audiosensory_library_branches_in_other_cities(nlp, sentence, settlement):
    branches = [(f.settlement, f.parent_id) for _, f in facts(nlp, sentence) if f.kind == "branch"]
    assert branches == [(settlement, "lab")]


def test_a_national_library_name_is_no_branch_settlement():
    """A branch listed under its library's full name ("Lietuvos audiosensorinės bibliotekos Kauno padalinys")
    gives no "Lietuvos biblioteka" short form and no "Lietuvos" → Kaunas genitive."""
    assert not [e for e in GAZ.lookup("Lietuvos biblioteka") if e.kind == "branch"]
    assert GAZ.settlement_of_genitive("lietuvos") is None


def test_every_branch_names_its_public_source():
    """Each listed branch carries the public page (an http(s) address) that names it as its library's branch."""
    branches = [e for e in GAZ.entries.values() if e.kind == "branch"]
    assert len(branches) >= 290
    assert [e.id for e in branches if not any(re.match(r"https?://\S+$", s) for s in e.sources)] == []


def test_generated_cases_cover_the_gazetteer():
    """The generators above reach every public library and most branches (a guard against a silent filter)."""
    assert {c[0] for c in library_cases()} == {e.id for e in PUBLIC}
    branch_ids = {c[0] for c in branch_cases()}
    listed = [e for e in GAZ.entries.values() if e.kind == "branch" and not e.city_district]
    assert len(branch_ids) >= 0.9 * len(listed)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rajono savivaldybės viešojoje bibliotekoje vyko koncertas.",  # no town anywhere
        "Kelmės krašto žmonės mėgsta skaityti knygas.",  # a town, no library
        "Šiandien Kelmės kultūros centras kviečia į popietę.",
        "Moksleiviai aplankė Žemaitės gimtinę.",  # a patron's name without a library head
        "Seminaras vyko Tytuvėnų gimnazijoje.",  # a settlement genitive before another head
    ],
)
def test_no_library_without_a_library_head_or_town(nlp, sentence):
    assert [(t, f.kind) for t, f in facts(nlp, sentence) if f.kind != "other"] == []


def test_inflect_changes_only_the_inflecting_words():
    assert inflect("Kelmės rajono savivaldybės Žemaitės viešoji biblioteka", "Loc") == (
        "Kelmės rajono savivaldybės Žemaitės viešojoje bibliotekoje")
    assert inflect("Tytuvėnų filialas", "Acc") == "Tytuvėnų filialą"
    assert re.fullmatch(r"\S+ padalinio", inflect("Kulvos padalinys", "Gen"))
