"""Words of a text and their matching keys, for library names.

Library names are matched word by word on *keys*: the inflecting words of a name (the head
"biblioteka"/"filialas"/"padalinys"/"skyrius", the agreeing adjectives "viešoji", "centrinė", ...)
are keyed by their lemma, every other word by its lower-case form without diacritics, so
"Elektrėnų savivaldybės viešojoje bibliotekoje", "ELEKTRĖNŲ SAVIVALDYBĖS VIEŠOJI BIBLIOTEKA" and
"Elektrenu savivaldybes viesosios bibliotekos" give the same keys. The word list and the forms are
language data in ``data/library_words.yaml``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from ..resources import load_yaml

WORD_RE = re.compile(r"[^\W_]+")
# What may stand between two words of one name: spaces (one line break at most), an abbreviation's
# dot, a hyphen inside a compound ("Petkevičaitės-Bitės", "biblioteka-filialas").
_SPACE_GAP = re.compile(r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?")
_DOT_GAP = re.compile(r"\.[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?")
_HYPHEN_GAP = re.compile(r"[-‐‑]")
_CLOSING_QUOTE_GAP = re.compile(r"[“”\"»][ \t\u00a0]+")
_OPENING_QUOTES = ("„", "«", "\"", "“")
SENTENCE_END = re.compile(r"[.!?…:]\s*[„\"“»«(]*\s*$|\n\s*\n\s*$|^\s*$")


_BASE_LETTERS = str.maketrans("ąčęėįšųūž", "aceeisuuz")  # each letter's NFKD form is its base and one mark


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case without diacritics: "Viešojoje" → "viesojoje"."""
    return _fold(text)


def _fold(text: str) -> str:
    if text.isascii():  # nothing to decompose
        return text.casefold()
    folded = text.casefold()
    plain = folded.translate(_BASE_LETTERS)
    if plain.isascii():  # only Lithuanian letters had diacritics: the same as decomposing
        return plain
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class WordInfo:
    lemma: str  # the folded lemma key, e.g. "biblioteka"
    role: str  # head, branch_head, department_head, adjective, modifier
    numbers: frozenset[str]  # {"sg"}, {"pl"} or both


@dataclass(frozen=True)
class Lexicon:
    forms: dict[str, WordInfo]  # folded form -> info
    lemmas: dict[str, str]  # folded lemma key -> nominative singular as written
    abbreviations: dict[str, str]  # folded abbreviation -> folded key of the word
    data: dict


@cache
def lexicon() -> Lexicon:
    data = load_yaml("library_words.yaml")
    forms: dict[str, WordInfo] = {}
    lemmas: dict[str, str] = {}
    for lemma, item in data["inflecting"].items():
        key = fold(lemma)
        lemmas[key] = lemma
        numbers: dict[str, set[str]] = {}
        for number in ("sg", "pl"):
            for form in item.get(number) or ():
                numbers.setdefault(fold(form), set()).add(number)
        for form, nums in numbers.items():
            forms[form] = WordInfo(key, item["role"], frozenset(nums))
    abbreviations = {fold(k): fold(v) for k, v in data.get("abbreviations", {}).items()}
    return Lexicon(forms, lemmas, abbreviations, data)


class Word(NamedTuple):
    """One word of a text: its place, surface, key, how it joins the previous word, and what its spelling says
    (read once per spelling). A named tuple: made about 190 times a post, it costs a third of a frozen
    dataclass and is as immutable."""

    index: int
    start: int
    end: int
    text: str
    key: str
    info: WordInfo | None  # set for the inflecting library words
    joined: bool  # False when punctuation or a paragraph break separates it from the previous word
    sentence_start: bool
    abbreviation: bool  # followed by "." ("r.", "sav.", "M.")
    capitalized: bool  # the first letter upper case
    all_caps: bool  # two letters or more, all upper case ("VAVB")
    plural: bool  # an inflecting library word only in the plural
    maybe_plural: bool  # an inflecting library word that may be plural
    folded: str  # the surface folded (``fold``): lower case without diacritics
    library_like: bool  # an inflecting library word, or its key or spelling starts "bibliot" (``LIBRARY_STEM``)


@lru_cache(maxsize=200_000)
def word_key(text: str, *, dotted: bool = False) -> tuple[str, WordInfo | None]:
    return _key_of(text, dotted, fold(text))


def _key_of(text: str, dotted: bool, folded: str) -> tuple[str, WordInfo | None]:
    lex = lexicon()
    info = lex.forms.get(folded)
    if info is not None:
        return info.lemma, info
    if dotted and text.islower() and folded in lex.abbreviations:
        mapped = lex.abbreviations[folded]
        return mapped, lex.forms.get(mapped)
    return folded, None


# Each gap between two words, read once: (spaces or a hyphen, a closing quote, an abbreviation's dot, a
# sentence end). The sentence end is read on the 40 characters before a word; since no character of the
# pattern is a word character, that is the gap's last 40 characters, and "only spaces" can match only when
# the gap fills all 40.
_SENTENCE_END_IN_WORDS = re.compile(r"[.!?…:]\s*[„\"“»«(]*\s*$|\n\s*\n\s*$")
_GAPS: dict[str, tuple[bool, bool, bool, bool]] = {}


def _gap(gap: str) -> tuple[bool, bool, bool, bool]:
    found = _GAPS.get(gap)
    if found is None:
        if len(gap) >= 40:
            sentence_end = bool(SENTENCE_END.search(gap[-40:]))
        else:
            sentence_end = bool(_SENTENCE_END_IN_WORDS.search(gap))
        found = (
            bool(_SPACE_GAP.fullmatch(gap) or _HYPHEN_GAP.fullmatch(gap)),
            bool(_CLOSING_QUOTE_GAP.fullmatch(gap)),
            _DOT_GAP.fullmatch(gap) is not None,
            sentence_end,
        )
        if len(_GAPS) < 100_000:
            _GAPS[gap] = found
    return found


_PLURAL_ONLY = frozenset({"pl"})
LIBRARY_STEM = "bibliot"  # the folded start of "biblioteka", its forms and misspellings and "bibliotekininkė"


@lru_cache(maxsize=200_000)
def _spelling(surface: str, dotted: bool) -> tuple[str, WordInfo | None, bool, bool, bool, bool, bool, str, bool]:
    """The fields of a ``Word`` its spelling decides: key, info, abbreviation, capitalized, all_caps, plural,
    maybe_plural, folded, library_like."""
    folded = _fold(surface)  # not through the caches of ``fold`` and ``word_key``: this one remembers it
    key, info = _key_of(surface, dotted, folded)
    return (
        key,
        info,
        dotted and (len(surface) <= 4 or (surface.islower() and len(surface) <= 5)),
        surface[:1].isupper(),
        len(surface) > 1 and surface.isupper(),
        info is not None and info.numbers == _PLURAL_ONLY,
        info is not None and "pl" in info.numbers,
        folded,
        info is not None or key.startswith(LIBRARY_STEM) or folded.startswith(LIBRARY_STEM),
    )


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``text[start:end]`` with their keys."""
    n = len(text)
    start, end = min(max(start, 0), n), n if end is None else min(max(end, 0), n)  # as a pattern's pos and endpos
    out: list[Word] = []
    # gap, word, gap, word, ..., gap: one split in C rather than a match object per word
    parts = _WORDS_AND_GAPS.split(text[start:end]) if start < end else [""]
    pos = start + len(parts[0])
    prev_start = start
    prev_abbreviation = False
    gaps = _GAPS
    new = tuple.__new__  # ``Word(...)`` without its argument handling: the fields in their order
    for p in range(1, len(parts), 2):
        surface = parts[p]
        s = pos
        e = s + len(surface)
        pos = e + len(parts[p + 1])
        dotted = text.startswith(".", e) and (e + 1 >= n or not text[e + 1].isalnum())
        if not out:
            joined = False
            sentence_start = True
        else:
            gap = parts[p - 1]
            spaced, closing_quote, dot_gap, sentence_end = gaps.get(gap) or _gap(gap)
            if spaced:
                joined = True
            elif closing_quote and text[max(0, prev_start - 1) : prev_start] in _OPENING_QUOTES:
                joined = True  # a one-word quoted name and its head: "„Aido“ bibliotekoje"
            else:
                joined = dot_gap and prev_abbreviation
            sentence_start = sentence_end and not (prev_abbreviation and dot_gap and joined)
        key, info, abbreviation, capitalized, all_caps, plural, maybe_plural, folded, library_like = _spelling(
            surface, dotted
        )
        fields = (len(out), s, e, surface, key, info, joined, sentence_start, abbreviation, capitalized, all_caps,
                  plural, maybe_plural, folded, library_like)
        out.append(new(Word, fields))
        prev_start, prev_abbreviation = s, abbreviation
    return out


_WORDS_AND_GAPS = re.compile(r"([^\W_]+)")  # ``WORD_RE`` captured: ``split`` keeps the words between the gaps


def keys(text: str) -> tuple[str, ...]:
    """The key sequence of a name written alone: ``keys("Lazdijų r. sav. viešoji biblioteka")``."""
    return tuple(w.key for w in words(text))
