"""Start-up: spaCy imported without its command line (spacy_start.py), derived data kept on disk
(resources.derived), the gazetteer loaded from it equal to one compiled afresh."""

from __future__ import annotations

import contextlib
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from ltreports import resources

# run in this order in one fresh process after `import ltreports.api`: first what must not be loaded yet
SPACY_CLI_CASES = [
    # the command line is not loaded by `import spacy` ...
    ("print('weasel' in sys.modules, 'httpx' in sys.modules)", "False False"),
    ("print(type(sys.modules['spacy.cli']).__name__)", "_Deferred"),
    ("import spacy.cli.info as m; print(type(m).__name__, 'weasel' in sys.modules)", "function False"),
    ("import spacy; print(hasattr(spacy.cli, 'no_such_name'))", "False"),  # loads it, as hasattr must
    # ... and is there when asked for, by any route
    ("from spacy.cli import download; print(callable(download), 'weasel' in sys.modules)", "True True"),
    ("import spacy.cli; print(callable(spacy.cli.setup_cli))", "True"),
    ("import spacy.cli.train; print(callable(spacy.cli.train.train_cli))", "True"),
    ("import spacy; print(spacy.info(silent=True)['spacy_version'] == spacy.__version__)", "True"),
    ("import spacy.cli.info as m; print(m.__name__)", "info"),  # spaCy's function, as its __init__ makes it
    ("print(callable(sys.modules['spacy.cli.info'].info_cli))", "True"),
]


@pytest.fixture(scope="module")
def spacy_cli_answers() -> list[str]:
    script = "import sys\nsys.modules['torch'] = None\nimport ltreports.api\n"
    script += "".join(f"{code}\n" for code, _ in SPACY_CLI_CASES)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()


@pytest.mark.parametrize("case", range(len(SPACY_CLI_CASES)), ids=[c for c, _ in SPACY_CLI_CASES])
def test_spacy_cli_is_deferred_and_still_works(spacy_cli_answers: list[str], case: int) -> None:
    assert spacy_cli_answers[case] == SPACY_CLI_CASES[case][1]


def test_spacy_imported_first_is_left_alone() -> None:
    script = ("import sys\nsys.modules['torch'] = None\nimport spacy\nimport ltreports.api\n"
              "print(type(sys.modules['spacy.cli']).__name__, 'weasel' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["module", "True"]


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


REGEXES = [
    (r"\d+", 0),
    (r"(?P<day>\d{1,2})\s*(?P<month>[a-ząčęėįšųūž]+)", 0),
    (r"[\u0100-\u017f]+|[^\W\d_]+", 0),
    (r"(?i:vilni)(?=\w)", 0),
    (r"""
        (?P<a> x )   # verbose, with a comment
        | y{2,5}?
     """, 0x40),  # re.VERBOSE
    (r"^abc$", 0x08 | 0x02),  # re.MULTILINE | re.IGNORECASE
    (rb"[\x00-\x1f]+", 0),
    (r"(a)(?:b)(?P<c>c)?\1", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), REGEXES)
def test_recorded_regex_rebuilds_the_same_pattern(pattern: str | bytes, flags: int) -> None:
    import re

    from ltreports import regex_cache

    original = (regex_cache._original or re._compiler.compile)(pattern, flags)
    rebuilt = regex_cache._rebuild(pattern, regex_cache._args(pattern, flags))
    assert rebuilt == original
    assert (rebuilt.groups, rebuilt.groupindex, rebuilt.flags) == (original.groups, original.groupindex, original.flags)
    sample = "12 gegužės Vilniuje abc aab yy x" if isinstance(pattern, str) else b"\x01\x02 abc"
    assert [m.groupdict() for m in rebuilt.finditer(sample)] == [m.groupdict() for m in original.finditer(sample)]
    assert pickle.loads(pickle.dumps(regex_cache._args(pattern, flags)))  # what the cache file holds


REGEX_SCRIPT = """
import sys, re
sys.modules['torch'] = None
import ltreports.api
from ltreports import regex_cache
p = re.compile(r"(?P<w>[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]+)\\s+{0}")
print(regex_cache.hits > 0, p.sub(r"<\\g<w>>", "Jonas {0} ir Ona {0}"), len(regex_cache._table) > 0)
"""


@pytest.mark.parametrize("marker", ["bibliotekoje", "d\\\\."])
def test_regexes_from_the_cache_file_behave_the_same(tmp_path: Path, marker: str) -> None:
    import os

    env = {**os.environ, "LTREPORTS_CACHE": str(tmp_path)}
    env.pop("LTREPORTS_NO_DERIVED_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", REGEX_SCRIPT.format(marker)], capture_output=True, text=True,
                           env=env, timeout=300) for _ in range(2)]
    for run in runs:
        assert run.returncode == 0, run.stderr
    first, second = (run.stdout.split() for run in runs)
    assert first[0] == "False" and second[0] == "True"  # the first process compiled, the second reused
    assert first[1:] == second[1:]
    assert list(tmp_path.glob("regex-*.pickle"))


@pytest.mark.parametrize(("loaded", "used", "new", "written"), [
    (0, 3, 3, 3),  # a first run writes what it compiled
    (10, 10, 0, None),  # nothing new, most of the table used: left as it is
    (10, 10, 2, 10),  # new patterns: written, with the others it used
    (100, 5, 0, 5),  # a table mostly of other programs' patterns shrinks to what this one used
    (0, 2000, 2000, None),  # a process compiling thousands (a test run) does not write its patterns
])
def test_regex_table_holds_what_the_process_used(cache: Path, monkeypatch: pytest.MonkeyPatch, loaded: int,
                                                 used: int, new: int, written: int | None) -> None:
    from ltreports import regex_cache

    table = {(str, f"p{i}", 0): regex_cache._args(f"p{i}", 0) for i in range(max(loaded, used))}
    monkeypatch.setattr(regex_cache, "_table", table)
    monkeypatch.setattr(regex_cache, "_used", set(list(table)[:used]))
    monkeypatch.setattr(regex_cache, "_loaded", loaded)
    monkeypatch.setattr(regex_cache, "_new", new)
    monkeypatch.setattr(regex_cache, "_disabled", False)
    regex_cache.save()
    path = regex_cache._path()
    if written is None:
        assert not path.exists()
    else:
        kept = pickle.loads(path.read_bytes())
        assert len(kept) == written
        assert all(regex_cache._rebuild(key[1], args).pattern == key[1] for key, args in kept.items())


@pytest.mark.parametrize(("enabled", "fail"), [(True, False), (True, True), (False, False), (False, True)])
def test_paused_collector_restores_the_collector(enabled: bool, fail: bool) -> None:
    import gc

    from ltreports.spacy_start import paused_collector

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
