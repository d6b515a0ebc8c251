"""Compiled regular expressions kept across processes: a start compiles none it compiled before.

Python compiles every regular expression anew in each process. At start-up that is about 0.09 s of CPU
(a tenth of a batch's start-up): spaCy's tokenizer rules (prefixes, suffixes, infixes with large
character classes), the patterns ``packaging`` and spaCy compile on import, and ltreports' own.
``install()`` wraps ``re``'s compiler (``re._compiler.compile``): a pattern compiled before (with the same
flags, on the same Python) is rebuilt from the code recorded then (``_sre.compile``, what the compiler
itself ends with); a new one is compiled as always, its code recorded, and the table is written to the
cache folder when the process exits, holding the patterns this process used (so that it does not grow
with patterns other programs compiled once, e.g. a test run's). Each recording is checked: the pattern
rebuilt from it must equal (code, flags, groups, group names) the one Python compiled, or the cache turns
itself off for the process. ``$LTREPORTS_NO_DERIVED_CACHE`` turns it off too.

``spacy_start`` installs it just before spaCy is first imported (so ``ltreports --version`` does not).
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import sys
import threading
from array import array
from typing import Any

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python implementation: nothing to do
    _compiler = None  # type: ignore[assignment]

MAX_ENTRIES = 1500  # a process that used more patterns than this (a test run) does not write the table
_lock = threading.Lock()
_table: dict[tuple[type, str | bytes, int], tuple] = {}  # (type, pattern, flags) → _sre.compile's arguments
_used: set[tuple[type, str | bytes, int]] = set()  # the entries this process used or added
_loaded = 0  # entries read from the file
_new = 0  # entries added since the table was read
hits = 0  # patterns rebuilt from the table in this process
_original = None
_disabled = False


def _supported() -> bool:
    return (
        _compiler is not None and sys.implementation.name == "cpython"
        and hasattr(_sre, "compile") and hasattr(_compiler, "_code") and hasattr(_parser, "parse")
        and array("I").itemsize == getattr(_sre, "CODESIZE", 0)
    )


def _path():
    from .config import cache_dir

    tag = hashlib.blake2b(f"{sys.version} {getattr(_sre, 'MAGIC', '')}".encode(), digest_size=6).hexdigest()
    return cache_dir() / f"regex-{sys.implementation.cache_tag}-{tag}.pickle"


def _args(pattern: str | bytes, flags: int) -> tuple:
    """What ``re._compiler.compile(pattern, flags)`` passes to ``_sre.compile`` after the pattern (the code
    as bytes: ``_rebuild`` makes it the list again)."""
    parsed = _parser.parse(pattern, flags)
    code = array("I", _compiler._code(parsed, flags)).tobytes()  # 32-bit codes; pickled as one string
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _rebuild(pattern: str | bytes, args: tuple) -> Any:
    flags, code, groups, groupindex, indexgroup = args
    return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def _compile(p: Any, flags: int = 0) -> Any:
    global _new, _disabled, hits
    kind = type(p)
    if _disabled or (kind is not str and kind is not bytes) or flags & _compiler.SRE_FLAG_DEBUG:
        return _original(p, flags)
    key = (kind, p, int(flags))
    args = _table.get(key)
    if args is not None:
        hits += 1
        _used.add(key)
        return _rebuild(p, args)
    compiled = _original(p, flags)
    try:
        args = _args(p, flags)
        again = _rebuild(p, args)
        same = again == compiled and again.groups == compiled.groups and again.groupindex == compiled.groupindex
    except Exception:  # a compiler unlike the one this follows
        same = False
    if not same:
        _disabled = True
        return compiled
    with _lock:
        _table[key] = args
        _used.add(key)
        _new += 1
    return compiled


def _read() -> dict:
    try:
        with _path().open("rb") as f:
            table = pickle.load(f)
        return table if isinstance(table, dict) else {}
    except Exception:  # missing or damaged: compiled afresh
        return {}


def save() -> None:
    """Write the patterns this process used, if it added some or used under half of those read."""
    global _new
    with _lock:
        if _disabled or len(_used) > MAX_ENTRIES or not (_new or 2 * len(_used) < _loaded):
            return
        table = {key: _table[key] for key in _used}
        _new = 0
    path = _path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)
    except OSError:
        pass


def install() -> None:
    """Serve ``re``'s compiler from the table (read now); record new patterns, written at exit."""
    global _original, _loaded
    if _original is not None or not _supported():
        return
    if os.environ.get("LTREPORTS_NO_DERIVED_CACHE", "").strip() not in ("", "0"):
        return
    _table.update(_read())
    _loaded = len(_table)
    _original = _compiler.compile
    _compiler.compile = _compile
    atexit.register(save)


def uninstall() -> None:
    """Give ``re`` its own compiler back (tests)."""
    global _original
    if _original is not None:
        _compiler.compile = _original
        _original = None
        atexit.unregister(save)
