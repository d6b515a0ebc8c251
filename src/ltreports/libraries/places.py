"""Settlements: the nominative of a place named in an oblique case, from the gazetteer and the dictionary.

The ending of a genitive does not tell its nominative ("-ių" may be "-iai", "-ys" or "-ės":
"Rumšiškių" → "Rumšiškės", "Lukonių" → "Lukonys"), so the nominative comes, in this order, from the
gazetteer (the genitive of a branch or seat it lists), the dictionary's place names (preferring one the
gazetteer knows), and only for a word the dictionary lacks from the ending rules in
``data/library_words.yaml``. Two-word settlements ("Žemaičių Kalvarija", "Višakio Rūda") keep their
first word as written.
"""

from __future__ import annotations

from functools import cache, lru_cache

from .fuzzy import stem
from .gazetteer import Entry, Gazetteer
from .readings import analyses, analyze_text
from .words import Word, fold, lexicon


@cache
def not_settlements() -> frozenset[str]:
    return frozenset(lexicon().data.get("not_settlements", ()))


@cache
def foreign_places() -> frozenset[str]:
    """Countries and cities outside Lithuania (``not_settlements`` without Lithuania's own regions)."""
    regions = set(lexicon().data.get("lithuanian_regions", ()))
    return frozenset(p for p in not_settlements() if p not in regions)


def _known(gaz: Gazetteer | None, place: str) -> bool:
    return gaz is not None and bool(gaz.branches_in(place) or gaz.by_seat(place))


def place_reading(word: Word, case: str, gaz: Gazetteer | None = None) -> str | None:
    """The nominative of a settlement named by ``word`` in ``case`` (gazetteer, dictionary, else a guess)."""
    if not word.capitalized or len(word.text) < 3:
        return None
    if gaz is not None and case == "Gen":
        listed = gaz.settlement_of_genitive(word.key)
        if listed:
            return listed
    readings = analyses(word) if not word.all_caps else analyze_text(word.text.capitalize())
    places = [a.lemma for a in readings if a.kind == "place" and a.case == case]
    if places:
        if places[0] in not_settlements():
            return None
        return next((p for p in places if _known(gaz, p)), places[0])
    if any(a.source == "dictionary" for a in readings) or word.sentence_start or case != "Gen":
        return None
    guesses = [
        word.text[: -len(ending)] + nominative
        for ending, nominative in lexicon().data.get("settlement_genitive_endings", ())
        if word.text.endswith(ending) and len(word.text) > len(ending) + 2
    ]  # a name the dictionary lacks: "Sėlų" → "Sėlai"
    return next((g for g in guesses if _known(gaz, g)), guesses[0] if guesses else None)


def qualifier(word: Word, gaz: Gazetteer | None) -> bool:
    """A capitalised genitive that may open a two-word settlement name ("Žemaičių", "Višakio", "Nemunėlio")."""
    if not word.capitalized or word.all_caps or len(word.text) < 4 or word.info is not None:
        return False
    readings = analyses(word)
    genitives = [a for a in readings if a.case == "Gen" and a.pos == "noun"]
    if not genitives or any(a.kind == "first_name" for a in genitives) or any(
        a.case == "Nom" and a.kind != "family_name" for a in readings
    ):
        return False  # "Knygų Kalėdos Kauanatvos": a nominative is no qualifier ("Kudirkos" of the Kudirkas is)
    if word.sentence_start and any(a.pos != "noun" for a in readings):
        return False  # "Vyko Šilalės bibliotekoje": at a sentence start a verb (or adjective) reading comes first
    if word.sentence_start and not any(a.kind in ("place", "family_name") for a in genitives) and (
        len(genitives) < len(readings) or any(a.number != "Pl" for a in genitives)
    ):
        return False  # at a sentence start, only a word that is nothing but a plural genitive ("Ąžuolų Būdos")
    for a in genitives:
        if a.kind == "place" and (a.lemma in not_settlements() or (gaz is not None and gaz.by_seat(a.lemma))):
            return False  # "Kauno Šilainių": a city and its district; "Latvijos Rygos"
    return True


def two_word_settlement(first: Word, second: Word, gaz: Gazetteer | None) -> str | None:
    """ "Žemaičių Kalvarijos" → "Žemaičių Kalvarija", "Senųjų Trakų" → "Senieji Trakai"; None when ``first`` is
    not part of the name."""
    if gaz is not None:
        listed = gaz.settlement_of_genitive(f"{first.key} {second.key}")
        if listed:
            return listed
    named = _definite_adjective_name(first, second, gaz)
    if named:
        return named
    if not qualifier(first, gaz):
        return None
    place = place_reading(second, "Gen", gaz)
    return f"{first.text} {place}" if place else None


def _definite_adjective_name(first: Word, second: Word, gaz: Gazetteer | None) -> str | None:
    """ "Naujosios Ūtos" → "Naujoji Ūta", "Senųjų Trakų" → "Senieji Trakai", "Didžiojo Daugėliškio" →
    "Didysis Daugėliškis": a capitalised definite adjective agreeing with the place in the genitive is part of
    its name; both go to the nominative (the adjective's definite form generated in the place's number and
    gender)."""
    if not first.capitalized or first.all_caps or first.info is not None:
        return None
    place = place_reading(second, "Gen", gaz)
    if not place:
        return None
    reading = next((a for a in analyses(second) if a.kind == "place" and a.case == "Gen" and a.lemma == place), None)
    number = reading.number if reading is not None else None
    gender = reading.gender if reading is not None else None
    for a in analyses(first):
        if a.pos != "adjective" or a.case != "Gen" or "Def" not in a.tags:
            continue
        if (number and a.number != number) or (gender and a.gender and a.gender != gender):
            continue
        from ..morphology.inflect import generate

        forms = generate(a.lemma, "Nom", a.number or "Sg", a.gender, definite=True)
        if forms:
            return f"{forms[0][:1].upper()}{forms[0][1:]} {place}"
    return None


def foreign_stems(text: str, ws: list[Word]) -> frozenset[str]:
    """Stems of places the post puts abroad: "Olesiundą (Norvegija)", "Švedijos Vimmerbio"."""
    out: set[str] = set()
    for k, w in enumerate(ws):
        if not w.capitalized:
            continue
        if k + 1 < len(ws) and text[w.end : ws[k + 1].start].strip() == "(" and _names_country(ws[k + 1].text):
            out.add(stem(w.key))
        if k > 0 and w.joined and ws[k - 1].capitalized and _names_country(ws[k - 1].text, case="Gen"):
            out.add(stem(w.key))
    return frozenset(out)


@cache
def _folded_foreign_places() -> frozenset[str]:
    return frozenset(fold(p) for p in foreign_places())


@lru_cache(maxsize=50_000)
def _names_country(word: str, case: str | None = None) -> bool:
    """A reading of the word is a place abroad (in ``case``): remembered per word."""
    foreign = _folded_foreign_places()
    return any(
        a.kind == "place" and fold(a.lemma) in foreign and (case is None or a.case == case)
        for a in analyze_text(word)
    )


def namesake_settlement(entry: Entry, word: Word, gaz: Gazetteer) -> str:
    """The settlement of a namesake of the listed branch ``entry`` (named by ``word``, its genitive): the listed
    one's, unless that is its city library's city ("Dainavos padalinys" of Alytus names Dainava elsewhere)."""
    owner = gaz.get(entry.parent) if entry.parent else None
    if entry.settlement and not (owner is not None and owner.in_city and entry.settlement == owner.settlement):
        return entry.settlement
    return place_reading(word, "Gen", gaz) or entry.settlement or word.text
