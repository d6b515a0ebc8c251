"""Grammar that visit assembly reads off a library phrase: case, the word before it, participles.

Language data comes from ``data/visits.yaml``; cases and lemmas from the morphology layer.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from ..morphology.component import token_lemmas as lemmas
from ..resources import load_yaml

PUBLIC = {"national", "county", "municipal", "special"}

__all__ = ["PUBLIC", "cases", "data", "head_token", "is_participle", "lemmas", "participle_follows", "previous_word"]


@cache
def data() -> dict:
    raw = load_yaml("visits.yaml")
    return {k: {w.lower() for w in v} if isinstance(v, list) else v for k, v in raw.items()}


def cases(token: Token) -> set[str]:
    """The cases a word form can have: the dictionary's readings, else the tagger's guess."""
    found = {a.case for a in token._.analyses or () if a.case and a.source == "dictionary"}
    if not found:
        found = {a.case for a in token._.analyses or () if a.case}
        found.update(token.morph.get("Case"))
    return found


def head_token(span: Span) -> Token:
    """The library head noun of a phrase ("bibliotekoje" in "Lazdijų viešojoje bibliotekoje")."""
    heads = data()["library_heads"]
    for token in span:
        if lemmas(token) & heads:
            return token
    return span[-1]


def previous_word(doc, index: int) -> Token | None:  # type: ignore[no-untyped-def]
    """The word before ``index``, skipping spaces and opening quotes."""
    i = index - 1
    while i >= 0 and (doc[i].is_space or (doc[i].is_punct and doc[i].text in "„“\"«")):
        i -= 1
    return doc[i] if i >= 0 else None


def is_participle(token: Token | None) -> bool:
    """An attributive participle ("bibliotekoje dirbusios", "muziejaus organizuotuose mokymuose"): an
    active participle, or a passive one in an oblique case, and no finite-verb reading. A passive
    participle in the nominative is usually the predicate ("bibliotekoje atidaryta paroda")."""
    readings = token._.analyses or () if token is not None else ()
    verbs = [a for a in readings if a.pos.startswith("verb")]
    active = [a for a in verbs if any(t.startswith(("Part_Act", "Ger", "Half")) for t in a.tags)]
    passive = [a for a in verbs if any(t.startswith("Part_Pass") for t in a.tags)]
    finite = [a for a in verbs if a not in active and a not in passive]
    oblique_passive = bool(passive) and all(a.case not in (None, "Nom") for a in passive)
    return (bool(active) or oblique_passive) and not finite


def participle_follows(span: Span) -> bool:
    """"bibliotekoje dirbusios bibliotekininkės": the place belongs to a participle, not to the event."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i < len(doc) and is_participle(doc[i])
