"""A municipality named by its people: "kupiškėnų" (Kupiškis), "šilališkiai" (Šilalė), "biržiečių" (Biržai).

A demonym is the seat's stem (its folded nominative without the ending) and a demonym suffix ("-ietis",
"-iečiai", "-iškis", "-iškiai", "-ėnas", "-ėnai" in any case); both lists are language data in
``data/library_words.yaml``. Only a seat that is one municipality's counts ("kauniečiai" may be the city's
or the district's people).
"""

from __future__ import annotations

import re

from .gazetteer import Entry, Gazetteer
from .words import fold, lexicon

_PATTERNS: dict[int, tuple[Gazetteer, re.Pattern[str] | None, dict[str, Entry]]] = {}


def _compile(gaz: Gazetteer) -> tuple[re.Pattern[str] | None, dict[str, Entry]]:
    data = lexicon().data
    endings = sorted(data.get("seat_endings", ()), key=len, reverse=True)
    stems: dict[str, list[Entry]] = {}
    for entry in gaz.libraries():
        if entry.kind != "municipal" or not entry.settlement or " " in entry.settlement:
            continue
        seat = fold(entry.settlement)
        ending = next((e for e in endings if seat.endswith(e) and len(seat) - len(e) >= 4), None)
        if ending is not None:
            stems.setdefault(seat[: -len(ending)], []).append(entry)
    single = {stem: entries[0] for stem, entries in stems.items() if len(entries) == 1}
    if not single:
        return None, {}
    suffixes = "|".join(data.get("demonym_suffixes", ()))
    stem_alt = "|".join(sorted(map(re.escape, single), key=len, reverse=True))
    return re.compile(rf"({stem_alt})(?:{suffixes})[a-z]{{0,5}}"), single


def seat_of_demonym(word: str, gaz: Gazetteer) -> Entry | None:
    """The municipal library whose seat's people ``word`` names, or None."""
    cached = _PATTERNS.get(id(gaz))
    if cached is None or cached[0] is not gaz:
        cached = (gaz, *_compile(gaz))
        _PATTERNS[id(gaz)] = cached
    _, pattern, stems = cached
    if pattern is None:
        return None
    m = pattern.fullmatch(fold(word))
    return stems[m.group(1)] if m else None
