"""The gazetteer: the built-in file, derived short forms, user files, `ltreports gazetteer check`."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ltreports.cli import app
from ltreports.libraries.gazetteer import GazetteerError, check, load_gazetteer
from ltreports.libraries.words import keys, lexicon


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_builtin_gazetteer_is_complete_and_clean(gaz):
    public = gaz.libraries()
    assert len(public) == 67
    assert {e.kind for e in public} == {"national", "special", "county", "municipal"}
    assert all(e.sources for e in public)
    assert all(e.settlement for e in public)
    assert check(gaz) == []
    for entry_id in ("lnb", "vavb", "elektrenu-svb", "lazdiju-rsvb", "elektrenu-svb/vievis", "vavb/rbmvs"):
        assert gaz.get(entry_id) is not None
    assert gaz.get("vavb/rbmvs").kind == "department"
    assert gaz.get("elektrenu-svb/vievis").settlement == "Vievis"


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("Elektrėnų SVB", "elektrenu-svb"),
        ("Lazdijų RSVB", "lazdiju-rsvb"),
        ("Lazdijų r. sav. viešoji biblioteka", "lazdiju-rsvb"),
        ("Kretingos biblioteka", "kretingos-rsvb"),
        ("Birštono biblioteka", "birstono-vb"),
        ("Vlado Šlaito viešoji biblioteka", "ukmerges-rsvb"),
        ("M. Valančiaus viešoji biblioteka", "kretingos-rsvb"),
        ("Jurgio Bielinio viešoji biblioteka", "birzu-rsvb"),
        ("Lietuvos aklųjų biblioteka", "lab"),  # the former name
        ("Lietuvos audiosensorinė biblioteka", "lab"),
        ("VAVB", "vavb"),
        ("RBMVS", "vavb/rbmvs"),
    ],
)
def test_short_forms_resolve(gaz, text, entry_id):
    assert [e.id for e in gaz.lookup(text)] == [entry_id]


def test_city_with_several_libraries_has_no_town_short_form(gaz):
    for town in ("Vilniaus", "Kauno", "Šiaulių", "Panevėžio", "Klaipėdos", "Alytaus"):
        assert gaz.lookup(f"{town} viešoji biblioteka") == []
        assert gaz.lookup(f"{town} biblioteka") == []


def test_university_library_is_not_in_the_gazetteer(gaz):
    assert gaz.lookup("Vilniaus universiteto biblioteka") == []


def test_every_listed_form_is_the_dictionary_form(analyzer):
    if not analyzer.tagged:
        pytest.skip("the tagged dictionary is not installed")
    adjectives = {"viešas", "centrinis", "nacionalinis", "struktūrinis", "audiosensorinis"}
    for lemma, item in lexicon().data["inflecting"].items():
        if item["role"] == "modifier":
            continue
        for form in (*item["sg"], *(item.get("pl") or ())):
            lemmas = {a.lemma for a in analyzer.analyze(form)}
            assert lemmas & {lemma, *adjectives} or not lemmas, form


def test_site_of_the_post(gaz):
    assert gaz.by_website("https://www.esvb.lt/naujienos/1").id == "elektrenu-svb"
    assert gaz.by_website("https://ziniasklaida.amb.lt/?p=2").id == "vavb"  # a subdomain
    assert gaz.by_website("https://example.lt/") is None
    assert gaz.by_website(None) is None


def test_fuzzy_lookup(gaz):
    top = gaz.fuzzy("Elektėnų savivaldybės viešojoje bibliotekoje")
    assert top and top[0].entry.id == "elektrenu-svb"
    assert gaz.fuzzy("gražioje naujoje bibliotekoje") == []


def test_keys_ignore_case_and_diacritics():
    assert keys("ELEKTRĖNŲ SAVIVALDYBĖS VIEŠOJOJE BIBLIOTEKOJE") == keys("Elektrenu savivaldybes viesoji biblioteka")


USER_FILE = """\
libraries:
  - id: pavyzdziu-vb
    name: Pavyzdžių viešoji biblioteka
    kind: municipal
    settlement: Pavyzdžiai
    aliases: [PVB]
branches:
  - id: elektrenu-svb/testiskes
    name: Testiškių biblioteka
    settlement: Testiškės
    parent: elektrenu-svb
    kind: branch
"""


def test_user_gazetteer_is_merged(tmp_path: Path):
    path = tmp_path / "my.yaml"
    path.write_text(USER_FILE, encoding="utf-8")
    gaz = load_gazetteer([path])
    assert gaz.get("pavyzdziu-vb").name == "Pavyzdžių viešoji biblioteka"
    assert gaz.get("lnb") is not None  # the built-in entries stay
    assert [e.id for e in gaz.lookup("Pavyzdžių viešojoje bibliotekoje")] == ["pavyzdziu-vb"]
    assert [e.id for e in gaz.lookup("Testiškių bibliotekoje")] == ["elektrenu-svb/testiskes"]
    assert check(gaz) == []


def test_user_file_overrides_an_entry_by_id(tmp_path: Path):
    path = tmp_path / "override.yaml"
    path.write_text("libraries:\n  - id: birstono-vb\n    website: example.org\n", encoding="utf-8")
    gaz = load_gazetteer([path])
    assert gaz.get("birstono-vb").website == "example.org"
    assert gaz.get("birstono-vb").name == "Birštono viešoji biblioteka"


BROKEN = {
    "duplicate.yaml": (
        "libraries:\n  - {id: a-vb, name: Ažų viešoji biblioteka, kind: municipal}\n"
        "  - {id: a-vb, name: Bežų viešoji biblioteka, kind: municipal}\n",
        "used twice",
    ),
    "syntax.yaml": ("libraries: [ {id: x\n", "not valid YAML"),
    "kind.yaml": ("libraries:\n  - {id: x-vb, name: Xų biblioteka, kind: library}\n", "has kind 'library'"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_raise_a_clear_error(tmp_path: Path, name: str):
    text, message = BROKEN[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message):
        load_gazetteer([path])


def test_check_command(tmp_path: Path):
    runner = CliRunner()
    ok = runner.invoke(app, ["gazetteer", "check"])
    assert ok.exit_code == 0, ok.output
    assert "gazetteer OK" in ok.output
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "branches:\n  - {id: nera/kaimas, name: Kaimo biblioteka, kind: branch, settlement: Kaimas, parent: nera}\n"
        "libraries:\n  - {id: dvi-vb, name: Elektrėnų savivaldybės viešoji biblioteka, kind: municipal}\n"
        "  - {id: be-galvos, name: Kažkas, kind: other, aliases: [Kažkoks keistas vardas]}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["gazetteer", "check", str(broken)])
    assert result.exit_code == 1
    out = result.output
    assert "parent 'nera' is not in the gazetteer" in out
    assert "fits several entries" in out  # the same name as the built-in Elektrėnai library
    assert "no head word" in out
    unreadable = runner.invoke(app, ["gazetteer", "check", str(tmp_path / "missing.yaml")])
    assert unreadable.exit_code == 1
    assert "cannot read" in unreadable.output


def _builder():
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "training" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_branch_has_a_source_and_a_parent_library(gaz):
    branches = [e for e in gaz.entries.values() if e.kind == "branch"]
    assert len({e.parent for e in branches}) >= 25  # beyond the Vilnius region
    for e in branches:
        assert e.sources and all(s.startswith("http") for s in e.sources), e.id
        assert gaz.get(e.parent).is_public and e.settlement, e.id


@pytest.mark.parametrize(
    ("genitive", "settlement"),
    [
        ("Rumšiškių", "Rumšiškės"),  # "-ių" is not always "-iai"
        ("Lukonių", "Lukonys"),
        ("Kruonio", "Kruonis"),
        ("Verbiškių", "Verbiškės"),  # listed in the gazetteer
        ("Kauno", "Kaunas"),
    ],
)
def test_settlement_nominative_from_dictionary_and_gazetteer(gaz, genitive, settlement):
    from ltreports.libraries.places import place_reading
    from ltreports.libraries.words import words

    word = words(f"prie {genitive}")[1]
    assert place_reading(word, "Gen", gaz) == settlement


@pytest.mark.parametrize(
    ("name", "settlement"),
    [
        ("Kaunatavos filialas", "Kaunatava"),
        ("Alsėdžių miestelio biblioteka", "Alsėdžiai"),
        ("Lukonių biblioteka", "Lukonys"),
    ],
)
def test_builder_reads_the_settlement_from_the_dictionary(name, settlement):
    assert _builder().settlement_of(name) == settlement


def test_builder_refuses_a_settlement_it_cannot_read():
    with pytest.raises(SystemExit):
        _builder().settlement_of("Xyzzų filialas")


def test_builder_lists_extra_branches_with_their_sources():
    builder = _builder()
    libraries = [{"id": "moletu-rsvb", "settlement": "Molėtai"}, {"id": "panevezio-vb", "settlement": "Panevėžys"}]
    extra = {"branches": {
        "moletu-rsvb": [{"source": "https://example.org/a", "names": ["Inturkės biblioteka"]}],
        "panevezio-vb": [{"source": "https://example.org/b", "city_district": True, "names": ["Parko biblioteka"]}],
    }}
    out = builder.extra_branches(extra, libraries, set())
    assert [(b["id"], b["settlement"], b["sources"]) for b in out] == [
        ("moletu-rsvb/inturke", "Inturkė", ["https://example.org/a"]),
        ("panevezio-vb/parko", "Panevėžys", ["https://example.org/b"]),
    ]
    assert out[1]["city_district"] is True
    assert builder.extra_branches(extra, libraries, {"moletu-rsvb/inturke", "panevezio-vb/parko"}) == []
