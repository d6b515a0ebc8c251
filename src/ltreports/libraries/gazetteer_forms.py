"""Derived forms of gazetteer names: short forms from patterns in ``data/library_words.yaml`` (a
municipal library's town genitive + "SVB", "{G} r. sav. viešoji biblioteka", patron forms and initials,
a branch's settlement genitive + "filialas"/"padalinys"), and the settlement genitive a name opens with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .words import fold, lexicon

if TYPE_CHECKING:
    from .gazetteer import Entry

HEAD_ADJECTIVES = ("viešoji", "centrinė")
_RAJONO = {"rajono": ("rajono", "r."), "miesto": ("miesto", "m."), "": ("",)}


def _patron(entry: Entry, town: str | None) -> str | None:
    """The patron part of an official name: "Lazdijų ... Vlado Šlaito viešoji biblioteka" → "Vlado Šlaito"."""
    words = entry.name.split()
    end = len(words) - 1  # the head
    while end > 0 and words[end - 1] in (*HEAD_ADJECTIVES, "nacionalinė"):
        end -= 1
    start = end
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] == "ir"):
        start -= 1
    run = words[start:end]
    if town and run[: len(town.split())] == town.split():
        run = run[len(town.split()) :]
    if run and run[0] == "Lietuvos":
        run = run[1:]
    return " ".join(run) or None


def _initials(patron: str) -> str | None:
    words = patron.split()
    if len(words) < 2:
        return None
    out = [w if w == "ir" or w.endswith(".") else f"{w[0]}." for w in words[:-1]]
    result = " ".join([*out, words[-1]])
    return result if result != patron else None


def _surname(patron: str | None) -> str | None:
    """The patron's family name alone: "Povilo Višinskio" → "Višinskio" ("Višinskio bibliotekoje")."""
    words = (patron or "").split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    return words[-1]


def town_genitive(entry: Entry) -> str | None:
    if not entry.municipality:
        return None
    town = re.sub(r"\s+(rajono |miesto )?savivaldybė$", "", entry.municipality)
    return town if entry.name.startswith(town) else None


def _fill(pattern: str, **slots: str) -> str:
    text = pattern
    for name, value in slots.items():
        text = text.replace("{" + name + "}", value)
    return re.sub(r"\s+", " ", text).strip()


def _settlement_genitive(entry: Entry) -> str | None:
    """The settlement genitive opening a branch name: "Vievio miesto Lazdynų Pelėdos biblioteka" → "Vievio".

    None when the words before the first library word are its library's name ("Lietuvos audiosensorinės
    bibliotekos Kauno padalinys": "Lietuvos" is no settlement)."""
    lex = lexicon()
    out = []
    for word in entry.name.split():
        word = word.strip("„“”\"")  # a quoted name: "„Aido“ filialas"
        info = lex.forms.get(fold(word.split("-")[0]))
        if info is not None:
            if info.role == "adjective":
                return None
            break
        if not word[:1].isupper():
            return None  # "„Kauno atžalyno“ biblioteka": "Kauno" alone names no branch
        out.append(word)
    return " ".join(out) or None


def settlement_genitive_of(entry: Entry) -> str | None:
    """The genitive of a branch's settlement (or a municipal library's seat) as its name writes it:
    "Kuršėnų Vytauto Vitkausko biblioteka" → "Kuršėnų"; None when the name does not open with it."""
    if not entry.settlement or entry.city_district:
        return None
    if entry.kind == "municipal":
        genitive = town_genitive(entry)
    elif entry.kind == "branch":
        genitive = " ".join(entry.name.split()[: len(entry.settlement.split())])
        if fold(genitive)[:3] != fold(entry.settlement)[:3]:
            genitive = _settlement_genitive(entry) or ""  # "Kietaviškių filialas" in Naujosios Kietaviškės
            if " " in genitive:
                return None
    else:
        return None
    if not genitive or not genitive[:1].isupper():
        return None
    return genitive if entry.kind == "branch" or fold(genitive)[:3] == fold(entry.settlement)[:3] else None


_ABBREVIATED_HEADS = (  # a name's head phrase and the abbreviation posts sign with in its place
    (" savivaldybės viešoji biblioteka", " SVB"),
    (" viešoji biblioteka", " VB"),
)


def _abbreviated(forms: Iterable[str]) -> Iterable[str]:
    """ "Kėdainių r. sav. M. Daukšos viešoji biblioteka" → "Kėdainių r. sav. M. Daukšos VB" (and "... SVB")."""
    for form in forms:
        for head, short in _ABBREVIATED_HEADS:
            if form.endswith(head) and len(form) > len(head):
                yield form[: -len(head)] + short


def entry_forms(entry: Entry) -> Iterable[tuple[str, bool]]:
    """(name, written) for every form of an entry's name that the matcher should know."""
    written = [entry.name, *entry.aliases, *entry.former_names]
    yield from ((w, True) for w in written)
    data = lexicon().data
    derived: list[str] = []
    town = town_genitive(entry) if entry.kind in ("municipal", "county") else None
    patron = _patron(entry, town) if entry.is_public else None
    patrons = [p for p in (patron, _initials(patron) if patron else None, _surname(patron)) if p]
    for p in patrons[1:]:
        derived += [w.replace(patrons[0], p) for w in written if patrons[0] in w]
    if entry.kind == "municipal" and town:
        muni = entry.municipality or ""
        r_kind = "rajono" if " rajono " in muni else "miesto" if " miesto " in muni else ""
        for r in _RAJONO[r_kind]:
            for pattern in data["municipal_patterns"]:
                if "{R}" in pattern and not r_kind:
                    continue
                if ("RSVB" in pattern and r_kind != "rajono") or ("MSVB" in pattern and r_kind != "miesto"):
                    continue  # "Kauno RSVB" is the district's library, "Kauno MSVB" the city's
                derived.append(_fill(pattern, G=town, R=r))
            for p in patrons:
                for pattern in data["patron_patterns"]:
                    if "apskrities" in pattern or ("{R}" in pattern and not r_kind):
                        continue
                    derived.append(_fill(pattern, G=town, R=r, P=p))
    elif entry.kind == "county" and town:
        derived += [_fill(pattern, G=town) for pattern in data.get("county_patterns", ())]
        for p in patrons:
            for pattern in data["patron_patterns"]:
                if "apskrities" in pattern or pattern.startswith("{P}"):
                    derived.append(_fill(pattern, G=town, P=p))
    elif entry.is_public:
        for p in patrons:
            derived += [_fill(pattern, P=p) for pattern in data["patron_patterns"] if pattern.startswith("{P}")]
    elif entry.kind == "branch":
        # the capitalised words opening the name ("Kuršėnų Vytauto Vitkausko", "Augusto Vymerio") and the
        # settlement's genitive as the name writes it ("Kuršėnų", "Birštono vienkiemio", "Alsėdžių" of
        # "Alsėdžių miestelio biblioteka")
        for genitive in dict.fromkeys((_settlement_genitive(entry), settlement_genitive_of(entry))):
            if genitive:
                derived += [_fill(pattern, S=genitive) for pattern in data["branch_patterns"]]
        for word in ("miesto", "miestelio", "kaimo"):
            if f" {word} " in entry.name:
                derived.append(entry.name.replace(f" {word} ", " "))
    if entry.is_public:
        derived += list(_abbreviated(written + derived))
    seen = set(written)
    for d in derived:
        if d not in seen:
            seen.add(d)
            yield d, False
