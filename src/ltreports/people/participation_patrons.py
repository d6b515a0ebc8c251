"""A library's patron inside its name, where the library matcher did not take the name whole: a genitive person name
right after the municipality ("Šilutės rajono savivaldybės Fridricho Bajoraičio ir Kretingos rajono savivaldybės
Motiejaus Valančiaus viešųjų bibliotekų": two names sharing one head). A municipality governs no person in the
genitive (its officers come with a role: "savivaldybės mero X"), so the name is the library's patron.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .name_context import data, nearby_words


def patron(doc: Doc, first: int) -> bool:
    """The genitive name at ``first`` follows a municipality's genitive ("savivaldybės", "sav.")."""
    before = nearby_words(doc, first - 1, -1, 1)
    return bool(before) and before[0].lower_ in data()["patron_owners"]
