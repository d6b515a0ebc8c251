"""The date extractor's language data (``data/months.yaml`` and ``data/dates.yaml``) as lookup tables.

Every word is looked up by its *key*: lower case, without a trailing dot and without diacritics, so
"Rugpjučio", "rugpjūčio" and "rugpjucio" are one word and "d." is "d".
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..resources import load_yaml

_BASE_LETTERS = str.maketrans("ąčęėįšųūž", "aceeisuuz")  # each letter's NFD form is its base and one mark


@lru_cache(maxsize=200_000)
def key(word: str) -> str:
    """Lookup key of a word: lower case, no trailing dot, no diacritics (cached: asked for every token)."""
    return plain_key(word)


def plain_key(word: str) -> str:
    """``key`` without its cache (for a caller that remembers the word itself)."""
    word = word.lower().rstrip(".")
    if word.isascii():  # no diacritics to take off
        return word
    plain = word.translate(_BASE_LETTERS)
    if plain.isascii():  # only Lithuanian letters had diacritics: the same as decomposing
        return plain
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, tuple[int, str]]  # key -> (month, case: nom/gen/acc/loc/abbr)
    roman_months: dict[str, int]  # "V" -> 5: as written, upper case only ("2024 m. V. 14 d.")
    weekdays: dict[str, tuple[int, str]]  # key -> (ISO weekday 1..7, case)
    relative_days: dict[str, int]
    relative_modifiers: dict[str, str]  # key -> past/this/next
    ordinal_suffixes: dict[str, str]  # suffix key -> case
    words: dict[str, str]  # key -> item kind for the small closed classes
    year_suffixes: frozenset[str]
    ordinal_gen_day_words: frozenset[str]
    stamp_labels: frozenset[str]
    stamp_label_lemmas: frozenset[str] = frozenset()
    every_words: frozenset[str] = frozenset()
    months_alone_ambiguous: frozenset[str] = frozenset()
    day_parts: frozenset[str] = frozenset()  # "popietę", "vakarą": a part of the day named by a date
    publication_years: dict[str, int] = field(default_factory=dict)  # "šių" (metų) -> 0, "praėjusių" (metų) -> -1
    # a day counted from the event date told before it: "kitą dieną" (modifier + day word), "po dviejų dienų"
    following_modifiers: frozenset[str] = frozenset()
    following_day_words: frozenset[str] = frozenset()
    day_counts: dict[str, int] = field(default_factory=dict)  # "dviejų" -> 2, "dienos" (po dienos) -> 1
    count_day_words: frozenset[str] = frozenset()
    day_units: dict[str, int] = field(default_factory=dict)  # "po dienos" -> 1, "po savaitės" -> 7
    ordinal_words: dict[str, tuple[int, str]] = field(default_factory=dict)  # "trisdesimtaja" -> (30, "acc")
    tens_words: dict[str, int] = field(default_factory=dict)  # "dvidesimt" -> 20 ("dvidešimt antrąją")
    month_part_nouns: frozenset[str] = frozenset()  # "savaitę": "gegužės pirmąją savaitę" names no day
    # every spelling the word tables above read (months, weekdays, relative days and modifiers, closed classes):
    # a word whose form and key are both outside it is a plain word to them
    spellings: frozenset[str] = frozenset()


def _closed_classes(data: dict) -> dict[str, str]:
    classes = {
        "day_words": "DAYW",
        "year_words": "YEARW",
        "month_words": "MONTHW",
        "month_parts": "MPART",
        "range_from": "FROM",
        "range_to": "TO",
        "range_dashes": "DASH",
        "list_joiners": "JOIN",
        "time_words": "TIMEW",
        "relative_periods": "PERIOD",
        "following_modifiers": "FOLLOW",
        "after_words": "AFTER",
    }
    words: dict[str, str] = {}
    for name, kind in classes.items():
        for word in data[name]:
            words.setdefault(key(word) or word, kind)
    for word in [*data["day_counts"], *data["day_units"]]:
        words.setdefault(key(word), "COUNT")
    return words


def _add(table: dict[str, tuple[int, str]], word: str, value: tuple[int, str]) -> None:
    """Both the exact form ("gegužė") and its key without diacritics ("geguze", first come first kept)."""
    table[exact(word)] = value
    table.setdefault(key(word), value)


def exact(word: str) -> str:
    return word.lower().rstrip(".")


def lookup(table: dict, word: str):
    """The entry for a word as written, else for its key without diacritics."""
    found = table.get(exact(word))
    return found if found is not None else table.get(key(word))


@cache
def lexicon() -> Lexicon:
    months_data = load_yaml("months.yaml")["months"]
    data = load_yaml("dates.yaml")
    months: dict[str, tuple[int, str]] = {}
    for number, forms in months_data.items():
        for case in ("gen", "nom", "loc", "acc"):  # without diacritics "geguze" is read as the nominative
            _add(months, forms[case], (int(number), case))
        for abbr in forms["abbr"]:
            _add(months, abbr, (int(number), "abbr"))
    roman = {str(forms["roman"]): int(number) for number, forms in months_data.items()}
    weekdays: dict[str, tuple[int, str]] = {}
    for number, forms in data["weekdays"].items():
        for case, form in forms.items():
            _add(weekdays, form, (int(number), case))
    relative_days = {key(w): int(v) for w, v in data["relative_days"].items()}
    words = _closed_classes(data)
    ordinal_words = {
        key(stem + ending): (int(n), case)
        for stem, n in data["ordinal_word_stems"].items()
        for case, ending in data["ordinal_word_endings"].items()
    }
    tens = {key(w): int(n) for w, n in data["tens_words"].items()}
    modifiers = {key(w): direction for direction, ws in data["relative_modifiers"].items() for w in ws}
    suffixes = {key(s): case for case, ss in data["ordinal_suffixes"].items() for s in ss}
    return Lexicon(
        months=months,
        roman_months=roman,
        weekdays=weekdays,
        relative_days=relative_days,
        relative_modifiers=modifiers,
        ordinal_suffixes=suffixes,
        words=words,
        year_suffixes=frozenset(key(s) for s in data["year_suffixes"]),
        ordinal_gen_day_words=frozenset(key(w) for w in [*data["ordinal_gen_day_words"], *data["day_parts"]]),
        stamp_labels=frozenset(key(w) for w in data["stamp_labels"]),
        stamp_label_lemmas=frozenset(w.lower() for w in data["stamp_label_lemmas"]),
        every_words=frozenset(key(w) for w in data.get("every_words", [])),
        day_parts=frozenset(key(w) for w in data["day_parts"]),
        months_alone_ambiguous=frozenset(exact(w) for w in data["months_alone_ambiguous"]),
        publication_years={key(w): int(v) for w, v in data["publication_years"].items()},
        following_modifiers=frozenset(key(w) for w in data["following_modifiers"]),
        following_day_words=frozenset(key(w) for w in data["following_day_words"]),
        day_counts={key(w): int(n) for w, n in data["day_counts"].items()},
        count_day_words=frozenset(key(w) for w in data["count_day_words"]),
        day_units={key(w): int(n) for w, n in data["day_units"].items()},
        ordinal_words=ordinal_words,
        tens_words=tens,
        month_part_nouns=frozenset(key(w) for w in data["month_part_nouns"]),
        spellings=frozenset(
            [*months, *(r.lower() for r in roman), *ordinal_words, *tens, *weekdays, *relative_days, *modifiers, *words]
        ),
    )
