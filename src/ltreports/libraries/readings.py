"""What the dictionary says about a word of a library phrase (cached analyses, shared by the rules)."""

from __future__ import annotations

import re

from ..morphology.analyzer import get_analyzer
from .words import Word


def analyses(word: Word):
    return get_analyzer().analyze(word.text)


def analyze_text(text: str):
    return get_analyzer().analyze(text)


def lemmas(word: Word, pos: str | None = None) -> set[str]:
    return {a.lemma.casefold() for a in analyses(word) if pos is None or a.pos == pos}


def genitive_noun(word: Word) -> bool:
    return any(a.pos == "noun" and a.case == "Gen" for a in analyses(word))


def name_like(w: Word) -> bool:
    """A word that may open a misspelt library name: a capitalised place, name or unknown word."""
    if w.all_caps:
        return True
    if not w.capitalized or len(w.text) < 3:
        return False
    readings = analyses(w)
    dictionary = [a for a in readings if a.source == "dictionary"]
    return not dictionary or any(a.kind in ("place", "proper") or a.pos == "adjective" for a in dictionary)


def known(w: Word) -> bool:
    """A word of the dictionary (or of the library word list)."""
    return w.info is not None or any(a.source == "dictionary" for a in analyses(w))


def head_like(w: Word) -> bool:
    """ "biblioteka" in any form, or a misspelling of it (not "bibliotekininkė", "bibliotekinis")."""
    folded = w.folded
    if w.info is not None:
        return w.key == "biblioteka"
    return folded.startswith("bibliot") and not folded.startswith("bibliotekin") and len(folded) <= 14


def is_adjective(w: Word) -> bool:
    readings = analyses(w)
    return bool(readings) and all(a.pos == "adjective" for a in readings)


FEM_ENDINGS = (
    ("osiose", "osios"), ("ojoje", "oji"), ("osios", "oji"), ("ajai", "oji"), ("ąją", "oji"), ("ąja", "oji"),
    ("ėje", "ė"), ("ės", "ė"), ("ei", "ė"), ("ę", "ė"), ("e", "ė"),
)


def feminine_nominative(w: Word) -> str:
    """ "akademinės" → "akademinė", "karališkoje" → "karališkoji": the adjective agreeing with "biblioteka"."""
    text = w.text
    if text.endswith("oje") and not text.endswith("ojoje"):
        return text[:-3] + "a"
    for ending, nominative in FEM_ENDINGS:
        if text.endswith(ending):
            return text[: -len(ending)] + nominative
    return text



QUOTED = re.compile(r"„[^“\n]*“|«[^»\n]*»|\"[^\"\n]*\"")


QUOTED_BEFORE = re.compile(r"[„“\"]([^„“”\"\n]{2,40})[“”\"]\s*$")


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Stretches inside „…“ (titles of books, songs, events) on one line."""
    return [m.span() for m in QUOTED.finditer(text)]
