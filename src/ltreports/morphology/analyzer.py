"""Word analyses from the Semantika Lithuanian Hunspell dictionary, cached.

``get_analyzer().analyze("Malinauskiene")`` gives
``[Analysis(lemma="Malinauskienė", pos="noun", kind="family_name", gender="Fem", number="Sg", case="Voc"), ...]``.

The analyses come from the compiled store (``store.py``: every form of the dictionary, a memory-mapped
lookup of a few microseconds) when it has been built, else from chunspell (about 0.4 ms a word); both give
the same analyses in the same order. chunspell is still used, loaded on first need, for words the store
does not model (surrounding blanks). Every word is analysed once per process (LRU cache);
words no dictionary knows get the suffix fallback's guesses.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..config import data_dir
from ..quick_init import quick_init

log = logging.getLogger(__name__)

CASES = {"Nom", "Gen", "Dat", "Acc", "Inst", "Loc", "Voc", "Il"}
GENDERS = {"Masc", "Fem", "Neut"}
NUMBERS = {"Sg", "Pl"}
NAME_KINDS = {
    "noun_first_name": "first_name",
    "noun_family_name": "family_name",
    "noun_geographic_name": "place",
    "noun_proper_name": "proper",
}
DEBIAN_DICT = Path("/usr/share/hunspell")


@quick_init
@dataclass(frozen=True, slots=True)
class Analysis:
    """One reading of a word form."""

    lemma: str
    pos: str  # the dictionary's part of speech: noun, adjective, verb, adverb, ... (po: tag)
    kind: str | None = None  # first_name, family_name, place, proper, or None for common words
    gender: str | None = None  # Masc, Fem, Neut
    number: str | None = None  # Sg, Pl
    case: str | None = None  # Nom, Gen, Dat, Acc, Inst, Loc, Voc, Il
    source: str = "dictionary"  # dictionary | fallback
    tags: tuple[str, ...] = ()  # the remaining is: tags (Def, Comp, Part_Act_..., PlT)

    @property
    def is_name(self) -> bool:
        return self.kind in ("first_name", "family_name")


def parse_hunspell(raw: str) -> Analysis | None:
    """Parse one chunspell analysis string: `` st:Malinauskienė po:noun_family_name is:Fem_Sg_Inst``."""
    lemma = pos = None
    kind = gender = number = case = None
    tags: list[str] = []
    for field in raw.split():
        key, _, value = field.partition(":")
        if key == "st":
            lemma = value
        elif key == "po":
            kind = NAME_KINDS.get(value)
            pos = "noun" if value.startswith("noun") else value
        elif key == "is":
            rest = []
            for part in value.split("_"):
                if part in CASES and case is None:
                    case = part
                elif part in GENDERS and gender is None:
                    gender = part
                elif part in NUMBERS and number is None:
                    number = part
                elif part == "PlT":
                    number = "Pl"
                    rest.append(part)
                else:
                    rest.append(part)
            if rest:
                tags.append("_".join(rest))
    if lemma is None or pos is None:
        return None
    return Analysis(lemma, pos, kind, gender, number, case, "dictionary", tuple(tags))


class Analyzer:
    """Analyses words with a Hunspell dictionary (tagged or not) and caches the results.

    ``use_store``: look words up in the compiled store when it is built for this dictionary (see
    ``store.py``); False asks chunspell for every word, as the store's build is checked against.
    """

    def __init__(
        self, dic_dir: Path | None, name: str = "lt-LT", cache_size: int = 500_000, use_store: bool = True
    ) -> None:
        self.dic_dir = dic_dir
        self.name = name
        self._lock = threading.Lock()
        self._hunspell_loaded = False
        self._hunspell_obj = None
        self.store = None
        self._untagged = False
        if dic_dir is not None and use_store and name == "lt-LT":
            from .store import open_store

            self.store = open_store(dic_dir, name)
        if self.store is not None:
            self.tagged = True
        else:
            # Debian's untagged hunspell-lt answers " st:biblioteka fl:D": nothing to parse, not tagged
            hun = self._hunspell
            probe = hun.analyze("bibliotekoje") if hun is not None else ()
            self.tagged = any(parse_hunspell(r) for r in probe)
            self._untagged = bool(probe) and not self.tagged
        self.analyze = lru_cache(maxsize=cache_size)(self._analyze)  # type: ignore[method-assign]
        self._nominative = lru_cache(maxsize=cache_size)(self._nominative_uncached)

    @property
    def _hunspell(self):
        if not self._hunspell_loaded:
            with self._lock:
                if not self._hunspell_loaded and self.dic_dir is not None:
                    import hunspell  # chunspell

                    self._hunspell_obj = hunspell.Hunspell(self.name, hunspell_data_dir=str(self.dic_dir))
                self._hunspell_loaded = True
        return self._hunspell_obj

    @property
    def available(self) -> bool:
        return self.dic_dir is not None

    def dictionary_analyses(self, word: str) -> list[Analysis]:
        """The dictionary's readings of ``word`` (no fallback), from the store or from chunspell."""
        if not word or word.isspace():
            return []  # blanks: chunspell has no reading of any (loading it costs 0.6 s)
        if self.store is not None and word.strip() == word:
            return self.store.analyze(word)
        if self.dic_dir is None or self._untagged:
            return []  # an untagged dictionary (Debian's hunspell-lt) gives no readings to parse
        hun = self._hunspell
        try:
            with self._lock:
                raw = hun.analyze(word)
        except UnicodeError:  # Debian's dictionary is ISO-8859-13: "…", "ï" cannot be looked up
            return []
        found: list[Analysis] = []
        for item in raw:
            parsed = parse_hunspell(item)
            if parsed is not None and parsed not in found:
                found.append(parsed)
        return found

    def _analyze(self, word: str) -> tuple[Analysis, ...]:
        """All readings of ``word``; the fallback's guesses when the dictionary has none."""
        found = self.dictionary_analyses(word)
        if not found and "-" in word.strip("-"):
            found.extend(self._analyze_hyphenated(word))
        if not found:
            from .fallback import guess

            found.extend(guess(word))
        return tuple(found)

    def _analyze_hyphenated(self, word: str) -> list[Analysis]:
        """Double surnames and other hyphenated words: analyse the parts, join readings that agree.

        "Petkevičaitės-Bitės" → ``Analysis("Petkevičaitė-Bitė", kind="family_name", case="Gen", ...)``.
        """
        parts = word.split("-")
        if len(parts) != 2 or not all(p.isalpha() for p in parts):
            return []
        from .fallback import table

        case_weights = table().case_weights
        left, right = (self.analyze(p) for p in parts)
        scored: list[tuple[float, int, Analysis]] = []
        for i, a in enumerate(left):
            for j, b in enumerate(right):
                if a.case != b.case or a.number != b.number or a.case is None:
                    continue
                score = case_weights.get(a.case, 0.3) / (1 + 0.05 * (i + j))
                score *= 0.5 if a.number == "Pl" else 1.0
                if a.gender and b.gender and a.gender != b.gender:
                    score *= 0.3
                kinds = {a.kind, b.kind}
                if "family_name" in kinds:
                    score *= 2.0 if kinds <= {"family_name", "first_name"} else 1.5
                elif a.kind and b.kind:
                    score *= 1.5 if a.kind == b.kind else 1.2
                if a.source == "dictionary" and b.source == "dictionary":
                    score *= 1.2
                lemma_b = b.lemma[:1].upper() + b.lemma[1:] if parts[1][:1].isupper() else b.lemma
                lemma_a = a.lemma[:1].upper() + a.lemma[1:] if parts[0][:1].isupper() else a.lemma
                source = "dictionary" if a.source == b.source == "dictionary" else "fallback"
                joined = Analysis(
                    f"{lemma_a}-{lemma_b}", a.pos, a.kind or b.kind, a.gender or b.gender,
                    a.number, a.case, source, a.tags,
                )
                scored.append((score, len(scored), joined))
        scored.sort(key=lambda s: (-s[0], s[1]))
        out: list[Analysis] = []
        for _, _, a in scored:
            if a not in out:
                out.append(a)
        return out

    def known(self, word: str) -> bool:
        return any(a.source == "dictionary" for a in self.analyze(word))

    def nominative(self, word: str, kinds: tuple[str, ...] | None = None) -> str | None:
        """The lemma (nominative) of ``word`` read as one of ``kinds`` (first_name, family_name, place,
        proper); ``kinds=None`` takes the first reading. None when no reading fits.

        ``nominative("Veisiejuose", kinds=("place",))`` → "Veisiejai". Cached like ``analyze``.
        """
        return self._nominative(word, kinds)

    def _nominative_uncached(self, word: str, kinds: tuple[str, ...] | None) -> str | None:
        readings = self.analyze(word)
        if kinds is None:
            return readings[0].lemma if readings else None
        for a in readings:
            if a.kind in kinds:
                return a.lemma
        return None


def find_dictionary() -> tuple[Path | None, str, str]:
    """(folder, file stem, description) of the best dictionary available."""
    base = data_dir()
    if base is not None and (base / "hunspell-lt" / "lt-LT.dic").is_file():
        return base / "hunspell-lt", "lt-LT", f"Semantika tagged dictionary in {base / 'hunspell-lt'}"
    if (DEBIAN_DICT / "lt_LT.dic").is_file():
        return DEBIAN_DICT, "lt_LT", "Debian hunspell-lt (no morphological tags)"
    return None, "", "none"


_warned = False


@lru_cache(maxsize=1)
def get_analyzer() -> Analyzer:
    """The process-wide analyzer over the best dictionary found (see ``ltreports data status``)."""
    global _warned
    folder, stem, description = find_dictionary()
    if (folder is None or stem != "lt-LT") and not _warned:
        log.warning(
            "ltreports: the tagged Lithuanian dictionary was not found (using %s); names and places "
            "are analysed by suffix rules only. Run `ltreports data install` or set LTREPORTS_DATA.",
            description,
        )
        _warned = True
    return Analyzer(folder, stem or "lt-LT")
