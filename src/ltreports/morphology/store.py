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
from functools import cache
from pathlib import Path

from ..config import cache_dir
from .analyzer import Analysis

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the store's layout or the analyses it holds change
FILES = ("forms.marisa", "form_sets.npy", "set_offsets.npy", "set_items.npy", "tables.json")


def variants(word: str) -> tuple[str, ...]:
    """The spellings Hunspell's ``analyze`` looks up for ``word``, in its order (its ``captype``)."""
    caps = sum(1 for c in word if c.isupper())
    if caps == 0:
        return (word,)
    neutral = sum(1 for c in word if c.lower() == c.upper())
    first = word[:1].isupper()
    lower = word.lower()
    initcap = word[:1] + lower[1:] if first else lower[:1].upper() + lower[1:]
    if caps == 1 and first:
        return (lower, word)
    if caps == len(word) or caps + neutral == len(word):
        return (word, lower, initcap)
    return (word,)


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
        self.form_sets = numpy.load(path / "form_sets.npy", mmap_mode="r")
        self.offsets = numpy.load(path / "set_offsets.npy", mmap_mode="r")
        self.items = numpy.load(path / "set_items.npy", mmap_mode="r")
        tables = json.loads((path / "tables.json").read_text(encoding="utf-8"))
        self.grams = [(*fields[:-1], tuple(fields[-1])) for fields in tables["grams"]]
        self.transforms = [(cut, add, self.grams[g]) for cut, add, g in tables["transforms"]]

    def lookup(self, form: str) -> list[Analysis]:
        """The analyses of exactly ``form`` (no capitalization variants)."""
        key = self.trie.get(form)
        if key is None:
            return []
        set_id = int(self.form_sets[key])
        start, end = int(self.offsets[set_id]), int(self.offsets[set_id + 1])
        out = []
        for t in self.items[start:end].tolist():
            cut, add, gram = self.transforms[t]
            lemma = (form[: len(form) - cut] if cut else form) + add
            out.append(Analysis(lemma, *gram))
        return out

    def analyze(self, word: str) -> list[Analysis]:
        """What Hunspell's ``analyze`` gives for ``word``, parsed, duplicates dropped."""
        found: list[Analysis] = []
        for variant in variants(word):
            for a in self.lookup(variant):
                if a not in found:
                    found.append(a)
        return found


@cache
def open_store(dic_dir: Path, stem: str = "lt-LT") -> MorphStore | None:
    """The store for this dictionary, or None when it has not been built (``ltreports data install``)."""
    path = store_path(dic_dir, stem)
    if not is_built(path):
        return None
    try:
        return MorphStore(path)
    except (OSError, ValueError) as e:  # a damaged store: the dictionary is used directly
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
