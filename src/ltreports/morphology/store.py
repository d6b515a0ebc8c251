"""The compiled morphology store: every word form of the Hunspell dictionary → its analyses, a lookup.

``compile.py`` builds it (``training/build_morph_store.py``, ``ltreports data install`` and
``scripts/setup.sh`` run it) into the cache folder (``config.cache_dir()``), one folder per dictionary
(named by the dictionary files' SHA-256). It holds:

- ``forms.marisa``: a MARISA trie of the ~18.5 million forms (memory-mapped, shared by forked workers);
- ``form_sets.npy``: the trie's key id → analysis-set id; ``set_offsets.npy``/``set_items.npy``: the
  sets, as lists of transform ids (all memory-mapped);
- ``tables.json``: transforms (characters cut from the form, text added → the lemma; an analysis
  template) and the templates (part of speech, kind, gender, number, case, tags).

``MorphStore.analyze(word)`` gives what chunspell's ``analyze`` gives through ``parse_hunspell``, in
the same order, including Hunspell's capitalization rules (``variants``): "Vilniuje" is looked up as
"vilniuje" and then "Vilniuje", "VILNIUJE" as itself, "vilniuje" and "Vilniuje".
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
from functools import cache
from pathlib import Path

from ..config import cache_dir
from .analyzer import Analysis

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the store's layout or the analyses it holds change
FILES = ("forms.marisa", "form_sets.npy", "set_offsets.npy", "set_items.npy", "tables.json")


def variants(word: str) -> tuple[str, ...]:
    """The spellings Hunspell's ``analyze`` looks up for ``word``, in its order (its ``captype``).

    Trailing dots are cut and looked up again as one dot (an abbreviation): "Dir." → dir, Dir, dir., Dir.
    """
    stem = word.rstrip(".")
    if not stem:
        return ()
    dotted = len(stem) < len(word)
    lower = stem.lower()
    if stem == lower:  # no capitals (the common case, decided without counting)
        return (stem, f"{stem}.") if dotted else (stem,)
    if stem[0].isupper() and stem[1:].islower():  # one capital, the first (the next most common case)
        return (lower, stem, f"{lower}.", f"{stem}.") if dotted else (lower, stem)
    caps = sum(1 for c in stem if c.isupper())
    neutral = sum(1 for c in stem if c.lower() == c.upper())
    first = stem[:1].isupper()
    if caps == 1 and first:
        return (lower, stem, f"{lower}.", f"{stem}.") if dotted else (lower, stem)
    if caps == len(stem) or caps + neutral == len(stem):
        initcap = lower[:1].upper() + lower[1:]
        if dotted:
            return (stem, f"{stem}.", lower, initcap, f"{lower}.", f"{initcap}.")
        return (stem, lower, initcap)
    return (stem, f"{stem}.") if dotted else (stem,)


def fingerprint(dic_dir: Path, stem: str = "lt-LT") -> str:
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    for suffix in (".aff", ".dic"):
        digest.update((dic_dir / f"{stem}{suffix}").read_bytes())
    return digest.hexdigest()[:16]


def store_path(dic_dir: Path, stem: str = "lt-LT") -> Path:
    """Where the store for this dictionary lives (whether built or not)."""
    return cache_dir() / f"morph-{stem}-{fingerprint(dic_dir, stem)}"


def is_built(path: Path) -> bool:
    return all((path / name).is_file() for name in FILES)


class MorphStore:
    """Read-only, memory-mapped: opening costs a few milliseconds; pages load as words are looked up."""

    def __init__(self, path: Path) -> None:
        import marisa_trie
        import numpy

        self.path = path
        self.trie = marisa_trie.Trie()
        self.trie.mmap(str(path / "forms.marisa"))
        # a memoryview indexes the mapped table without making numpy scalars (a few µs each)
        self._form_sets_array = numpy.load(path / "form_sets.npy", mmap_mode="r")
        self.form_sets = memoryview(self._form_sets_array)
        self.offsets = numpy.load(path / "set_offsets.npy").tolist()  # small: 64k sets, 110k items
        self.items = numpy.load(path / "set_items.npy").tolist()
        self.transforms = _tables(path)
        # a template's number among the distinct templates: a reading is known by (lemma, number)
        numbers: dict[tuple, int] = {}
        self._gram_ids = [numbers.setdefault(gram, len(numbers)) for _, _, gram in self.transforms]
        self._entries: dict[int, tuple[tuple[int, str, int, tuple], ...]] = {}  # set id → its transforms

    def _set_entries(self, set_id: int) -> tuple[tuple[int, str, int, tuple], ...]:
        """The transforms of an analysis set as (cut, add, template number, template), read once per set."""
        entries = self._entries.get(set_id)
        if entries is None:
            transforms, gram_ids = self.transforms, self._gram_ids
            entries = tuple(
                (transforms[t][0], transforms[t][1], gram_ids[t], transforms[t][2])
                for t in self.items[self.offsets[set_id] : self.offsets[set_id + 1]]
            )
            self._entries[set_id] = entries
        return entries

    def lookup(self, form: str) -> list[Analysis]:
        """The analyses of exactly ``form`` (no capitalization variants)."""
        key = self.trie.get(form)
        if key is None:
            return []
        set_id = self.form_sets[key]
        out = []
        for t in self.items[self.offsets[set_id] : self.offsets[set_id + 1]]:
            cut, add, gram = self.transforms[t]
            lemma = (form[: len(form) - cut] if cut else form) + add
            out.append(Analysis(lemma, *gram))
        return out

    def analyze(self, word: str) -> list[Analysis]:
        """What Hunspell's ``analyze`` gives for ``word``, parsed, duplicates dropped.

        ``lookup`` of each variant, inlined: a reading is known by its lemma and its template's number, so
        duplicates are found without making the ``Analysis``; an analysis set's transforms are read from
        the tables once per set (``_set_entries``)."""
        found: list[Analysis] = []
        seen: set[tuple[str, int]] = set()
        get, form_sets, cached = self.trie.get, self.form_sets, self._entries
        for variant in variants(word):
            key = get(variant)
            if key is None:
                continue
            set_id = form_sets[key]
            entries = cached.get(set_id)
            if entries is None:
                entries = self._set_entries(set_id)
            for cut, add, number, gram in entries:
                lemma = (variant[: len(variant) - cut] if cut else variant) + add
                reading = (lemma, number)
                if reading not in seen:
                    seen.add(reading)
                    found.append(Analysis(lemma, *gram))
        return found


def _tables(path: Path) -> list[tuple[int, str, tuple]]:
    """The transforms (cut, add, analysis template), from ``tables.pickle`` (written on first use from
    ``tables.json``: about ten times faster to load)."""
    cached = path / "tables.pickle"
    try:
        with cached.open("rb") as f:
            return pickle.load(f)
    except (OSError, pickle.PickleError, EOFError):
        pass
    tables = json.loads((path / "tables.json").read_text(encoding="utf-8"))
    grams = [(*fields[:-1], tuple(fields[-1])) for fields in tables["grams"]]
    transforms = [(cut, add, grams[g]) for cut, add, g in tables["transforms"]]
    try:
        tmp = cached.with_name(f".tables.{os.getpid()}.pickle")
        with tmp.open("wb") as f:
            pickle.dump(transforms, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cached)
    except OSError:  # a read-only store: load from JSON each time
        pass
    return transforms


@cache
def open_store(dic_dir: Path, stem: str = "lt-LT") -> MorphStore | None:
    """The store for this dictionary, or None when it has not been built (``ltreports data install``)."""
    path = store_path(dic_dir, stem)
    if not is_built(path):
        return None
    try:
        return MorphStore(path)
    except (OSError, ValueError, ImportError) as e:  # damaged, or marisa-trie missing: Hunspell answers
        log.warning("ltreports: cannot open the morphology store %s (%s); using Hunspell directly", path, e)
        return None


def ensure_store(dic_dir: Path, stem: str = "lt-LT", log=print) -> Path:
    """Build the store for this dictionary unless it is there; returns its folder."""
    from .compile import build_store

    path = store_path(dic_dir, stem)
    if not is_built(path):
        build_store(dic_dir, path, stem, log=log)
    open_store.cache_clear()
    return path
