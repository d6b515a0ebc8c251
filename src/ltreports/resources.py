"""Loading the package's language data files (``ltreports/data/*.yaml``), once each, and keeping what is
derived from them (parsed YAML, the compiled gazetteer) on disk, so that the next process loads it.

``derived(name, inputs, build)`` is ``build()``, kept pickled in the cache folder (``config.cache_dir()``)
under ``derived-<fingerprint>/``: the fingerprint covers this package's files (names, sizes, modification
times: the code and data that build it), the ltreports and Python versions; ``inputs`` (bytes, e.g. a user
file's content) name the entry within it. A missing, unreadable or damaged entry is built again and written
back; a cache folder that cannot be written only costs the time to build. Start-up before this: the YAML
files took about 0.07 s of CPU to parse, the gazetteer 0.14 s to compile; their pickles load in about 0.02 s
(``benchmarks/batch.py`` prints the start-up).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent
KEEP = 8  # derived-* folders kept (the most recently written): other versions and checkouts of ltreports
ENV_NO_CACHE = "LTREPORTS_NO_DERIVED_CACHE"  # set (to anything but "" or 0): build every time, write nothing


@cache
def load_yaml(name: str) -> Any:
    """Parsed contents of ``ltreports/data/<name>`` (cached: callers must not mutate it)."""
    return derived(f"yaml-{name}", (), lambda: _parse_yaml(name))


def _parse_yaml(name: str) -> Any:
    import yaml  # imported only when a file is parsed, not when its pickle is loaded

    with resources.files("ltreports").joinpath("data", name).open(encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: 10× faster


@cache
def fingerprint() -> str:
    """This package's files (relative names, sizes, modification times) and the versions derived data
    depends on, hashed."""
    from . import __version__

    digest = hashlib.blake2b(digest_size=8)
    digest.update(f"ltreports {__version__} python {sys.version} pickle {pickle.HIGHEST_PROTOCOL}\n".encode())
    folders = [PACKAGE]
    while folders:
        folder = folders.pop()
        with os.scandir(folder) as found:
            for entry in sorted(found, key=lambda e: e.name):
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        folders.append(Path(entry.path))
                elif not entry.name.endswith((".pyc", ".pyo")):
                    stat = entry.stat()
                    name = os.path.relpath(entry.path, PACKAGE)
                    digest.update(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def derived_dir() -> Path:
    from .config import cache_dir

    return cache_dir() / f"derived-{fingerprint()}"


def _disabled() -> bool:
    return os.environ.get(ENV_NO_CACHE, "").strip() not in ("", "0")


def derived(name: str, inputs: Iterable[bytes], build: Callable[[], T]) -> T:
    """``build()``'s result, from the cache folder when an earlier process built it from the same package
    and ``inputs``; built (and written there) otherwise. ``build`` must not depend on anything else."""
    if _disabled():
        return build()
    digest = hashlib.blake2b(digest_size=8)
    for data in inputs:
        digest.update(hashlib.blake2b(data, digest_size=16).digest())
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    path = derived_dir() / f"{safe}-{digest.hexdigest()}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except Exception:  # missing, or damaged (cut off, from another version): built again and replaced
        pass
    value = build()
    _write(path, value)
    return value


def _write(path: Path, value: object) -> None:
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # something that cannot be pickled is simply built each time
        return
    fresh = not path.parent.is_dir()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)  # whole or not at all, even with several processes writing at once
    except OSError:  # a read-only cache folder: built each time
        return
    if fresh:
        _prune(path.parent.parent)


def _prune(folder: Path) -> None:
    """Keep the ``KEEP`` most recently written ``derived-*`` folders (each code change makes a new one)."""
    import shutil

    try:
        found = sorted((p for p in folder.glob("derived-*") if p.is_dir()), key=lambda p: p.stat().st_mtime)
    except OSError:
        return
    for old in found[:-KEEP]:
        shutil.rmtree(old, ignore_errors=True)
