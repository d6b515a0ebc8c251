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
