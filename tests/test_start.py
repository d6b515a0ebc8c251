"""Start-up: derived data kept on disk (resources.derived), the gazetteer loaded from it equal to one compiled
afresh, the collector paused during the start-up (startup.paused_collector)."""

from __future__ import annotations

import contextlib
import pickle
from pathlib import Path

import pytest

from ltreports import resources


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LTREPORTS_CACHE", str(tmp_path))
    monkeypatch.delenv(resources.ENV_NO_CACHE, raising=False)
    return tmp_path


def _builder(value: object, calls: list[int]):
    def build() -> object:
        calls.append(1)
        return value

    return build


@pytest.mark.parametrize("value", [{"a": [1, 2], "b": ("x", None)}, ["žodis", "Vilniuje"], 3])
def test_derived_is_built_once_then_loaded(cache: Path, value: object) -> None:
    calls: list[int] = []
    first = resources.derived("sample", [b"in"], _builder(value, calls))
    second = resources.derived("sample", [b"in"], _builder(value, calls))
    assert first == second == value
    assert calls == [1]
    assert list(resources.derived_dir().glob("sample-*.pickle"))


@pytest.mark.parametrize(("inputs_a", "inputs_b", "builds"), [
    ([b"one"], [b"one"], 1),
    ([b"one"], [b"two"], 2),
    ([b"one", b"two"], [b"onetwo"], 2),  # inputs are told apart, not joined
    ([], [b""], 2),
])
def test_derived_key_follows_inputs(cache: Path, inputs_a: list[bytes], inputs_b: list[bytes], builds: int) -> None:
    calls: list[int] = []
    resources.derived("keyed", inputs_a, _builder("v", calls))
    resources.derived("keyed", inputs_b, _builder("v", calls))
    assert len(calls) == builds


@pytest.mark.parametrize("damage", [b"", b"not a pickle", pickle.dumps("ok")[:-3]])
def test_damaged_entry_is_built_again(cache: Path, damage: bytes) -> None:
    calls: list[int] = []
    resources.derived("fragile", [b"x"], _builder({"k": 1}, calls))
    (entry,) = resources.derived_dir().glob("fragile-*.pickle")
    entry.write_bytes(damage)
    assert resources.derived("fragile", [b"x"], _builder({"k": 1}, calls)) == {"k": 1}
    assert len(calls) == 2
    assert pickle.loads(entry.read_bytes()) == {"k": 1}  # written back whole


def test_unwritable_cache_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("LTREPORTS_CACHE", str(blocker))
    calls: list[int] = []
    assert resources.derived("nowhere", [], _builder(5, calls)) == 5
    assert resources.derived("nowhere", [], _builder(5, calls)) == 5
    assert len(calls) == 2


@pytest.mark.parametrize(("setting", "builds"), [("1", 2), ("0", 1), ("", 1)])
def test_derived_cache_can_be_turned_off(cache: Path, monkeypatch: pytest.MonkeyPatch, setting: str,
                                         builds: int) -> None:
    monkeypatch.setenv(resources.ENV_NO_CACHE, setting)
    calls: list[int] = []
    resources.derived("switch", [], _builder(1, calls))
    resources.derived("switch", [], _builder(1, calls))
    assert len(calls) == builds


def test_old_derived_folders_are_pruned(cache: Path) -> None:
    for i in range(resources.KEEP + 3):
        (cache / f"derived-old{i:02d}").mkdir()
    resources.derived("fresh", [], lambda: 1)  # writes a new folder, then prunes
    left = sorted(p.name for p in cache.glob("derived-*"))
    assert len(left) == resources.KEEP
    assert resources.derived_dir().name in left


USER_GAZETTEER = """libraries:
  - id: testu-biblioteka
    name: Testų miesto viešoji biblioteka
    kind: municipal
    settlement: Testai
    municipality: Testų miesto savivaldybė
"""


@pytest.mark.parametrize("user", [False, True])
def test_gazetteer_from_the_cache_equals_a_fresh_compile(cache: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, user: bool) -> None:
    from ltreports.libraries import gazetteer as gz

    paths: tuple[str, ...] = ()
    if user:
        path = tmp_path / "mine.yaml"
        path.write_text(USER_GAZETTEER, encoding="utf-8")
        paths = (str(path),)
    gz._load.cache_clear()
    try:
        built = gz._load(paths, (), True)  # compiled and written
        gz._load.cache_clear()
        loaded = gz._load(paths, (), True)  # from the pickle
        assert loaded is not built
        fresh = gz._compile_files(paths, True)
        for g in (built, loaded):
            assert vars(g) == vars(fresh)
        assert ("testu-biblioteka" in loaded.entries) == user
    finally:
        gz._load.cache_clear()


def test_same_user_gazetteer_at_another_path_keeps_its_own_path(cache: Path, tmp_path: Path) -> None:
    from ltreports.libraries import gazetteer as gz

    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    for p in (a, b):
        p.write_text(USER_GAZETTEER, encoding="utf-8")
    gz._load.cache_clear()
    try:
        first, second = gz._load((str(a),), (), True), gz._load((str(b),), (), True)
        assert first.sources[-1] == str(a) and second.sources[-1] == str(b)
    finally:
        gz._load.cache_clear()


@pytest.mark.parametrize(("enabled", "fail"), [(True, False), (True, True), (False, False), (False, True)])
def test_paused_collector_restores_the_collector(enabled: bool, fail: bool) -> None:
    import gc

    from ltreports.startup import paused_collector

    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with contextlib.suppress(RuntimeError), paused_collector():
            assert not gc.isenabled()
            if fail:
                raise RuntimeError("a failed import")
        assert gc.isenabled() == enabled
    finally:
        (gc.enable if was else gc.disable)()


# A small FLAG-num dictionary with both alias tables and a continuation rule (written for these tests; flag 4
# has no rules).
AFFIX_AFF = """SET UTF-8
FLAG num
AF 3
AF 1,4
AF 3
AF 2
AM 7
AM po:noun
AM is:Fem_Sg_Loc
AM is:Fem_Sg_Gen
AM is:Fem_Sg_Nom
AM is:Fem_Sg_Nom_Def
AM is:Fem_Sg_Loc_Def
AM po:adjective
# the rules
SFX 1 Y 3
SFX 1 0 0 a 4
SFX 1 a oje a 2
SFX 1 a os a 3
SFX 2 Y 1
SFX 2 as oji/2 as 5
SFX 3 Y 1
SFX 3 i oje oji 6
"""
AFFIX_DIC = "3\nknyga/1\t1\ngeras/3\t7\nupė/1\t1\n"
AFFIX_FORMS = {
    "knyga": [("knyga", "po:noun"), ("knyga", "po:noun is:Fem_Sg_Nom"), ("knygoje", "po:noun is:Fem_Sg_Loc"),
              ("knygos", "po:noun is:Fem_Sg_Gen")],
    "geras": [("geras", "po:adjective"), ("geroji", "po:adjective is:Fem_Sg_Nom_Def"),
              ("gerojoje", "po:adjective is:Fem_Sg_Nom_Def is:Fem_Sg_Loc_Def")],
    "upė": [("upė", "po:noun")],  # the rules' condition (…a) does not hold
    "miškas": [],  # not in the dictionary
}


@pytest.fixture
def affix_folder(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """(folder of the small dictionary, list counting the parses)."""
    from ltreports.morphology import affixes

    folder = tmp_path / "dic"
    folder.mkdir()
    (folder / "lt-LT.aff").write_text(AFFIX_AFF, encoding="utf-8")
    (folder / "lt-LT.dic").write_text(AFFIX_DIC, encoding="utf-8")
    parses: list[int] = []
    parse = affixes.parse_tables

    def counted(aff: bytes, dic: bytes):
        parses.append(1)
        return parse(aff, dic)

    monkeypatch.setattr(affixes, "parse_tables", counted)
    affixes.load_affix_dictionary.cache_clear()
    yield folder, parses
    affixes.load_affix_dictionary.cache_clear()


def _affix_state(d) -> tuple:
    return d.af, d.am, d._raw_sfx, d._dic


@pytest.mark.parametrize(("lemma", "forms"), AFFIX_FORMS.items())
def test_affix_rules_parsed_once_then_loaded(affix_folder, lemma: str, forms: list) -> None:
    from ltreports.morphology.affixes import AffixDictionary, load_affix_dictionary

    folder, parses = affix_folder
    built = load_affix_dictionary(folder)
    load_affix_dictionary.cache_clear()
    loaded = load_affix_dictionary(folder)  # another process: from the pickle
    assert loaded is not built and parses == [1]
    fresh = AffixDictionary.from_files(folder / "lt-LT.aff", folder / "lt-LT.dic")
    assert _affix_state(built) == _affix_state(loaded) == _affix_state(fresh)
    assert built.forms(lemma) == loaded.forms(lemma) == fresh.forms(lemma) == forms


@pytest.mark.parametrize("damage", [b"", b"not a pickle", pickle.dumps("ok")[:-3]])
def test_damaged_affix_entry_is_parsed_again(affix_folder, damage: bytes) -> None:
    from ltreports.morphology.affixes import load_affix_dictionary

    folder, parses = affix_folder
    load_affix_dictionary(folder)
    (entry,) = resources.derived_dir().glob("affixes-lt-LT-*.pickle")
    entry.write_bytes(damage)
    load_affix_dictionary.cache_clear()
    assert load_affix_dictionary(folder).forms("knyga") == AFFIX_FORMS["knyga"]
    assert len(parses) == 2
    load_affix_dictionary.cache_clear()
    load_affix_dictionary(folder)  # written back whole
    assert len(parses) == 2


@pytest.mark.parametrize(("changed", "text", "lemma", "forms"), [
    ("lt-LT.dic", AFFIX_DIC + "miškas/1\t1\n", "miškas", [("miškas", "po:noun")]),
    ("lt-LT.aff", AFFIX_AFF.replace("SFX 1 a os a 3", "SFX 1 a ai a 3"), "knyga",
     [*AFFIX_FORMS["knyga"][:3], ("knygai", "po:noun is:Fem_Sg_Gen")]),
    ("lt-LT.aff", AFFIX_AFF, "knyga", AFFIX_FORMS["knyga"]),  # the same contents: loaded, not parsed
])
def test_affix_entry_follows_the_files(affix_folder, changed: str, text: str, lemma: str, forms: list) -> None:
    from ltreports.morphology.affixes import load_affix_dictionary

    folder, parses = affix_folder
    load_affix_dictionary(folder)
    (folder / changed).write_text(text, encoding="utf-8")
    load_affix_dictionary.cache_clear()
    assert load_affix_dictionary(folder).forms(lemma) == forms
    assert len(parses) == (1 if text in (AFFIX_AFF, AFFIX_DIC) else 2)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_affix_files_with_other_line_ends_read_alike(affix_folder, newline: str) -> None:
    from ltreports.morphology.affixes import AffixDictionary

    folder, _ = affix_folder
    unix = AffixDictionary.from_files(folder / "lt-LT.aff", folder / "lt-LT.dic")
    for name, text in (("lt-LT.aff", AFFIX_AFF), ("lt-LT.dic", AFFIX_DIC)):
        (folder / name).write_bytes(text.replace("\n", newline).encode())
    other = AffixDictionary.from_files(folder / "lt-LT.aff", folder / "lt-LT.dic")
    assert _affix_state(other) == _affix_state(unix)


def test_load_tables_loads_what_posts_loaded_on_first_use(cache: Path) -> None:
    from ltreports.libraries import gazetteer as gz
    from ltreports.morphology import get_analyzer
    from ltreports.morphology.affixes import load_affix_dictionary
    from ltreports.pipeline import load_tables

    analyzer = get_analyzer()
    load_affix_dictionary.cache_clear()
    gz._load.cache_clear()
    load_tables()
    assert gz._load.cache_info().currsize == 1
    assert load_affix_dictionary.cache_info().currsize == int(analyzer.tagged and analyzer.dic_dir is not None)
    before = load_affix_dictionary.cache_info().misses
    load_tables()  # a second load finds them all loaded
    assert load_affix_dictionary.cache_info().misses == before
