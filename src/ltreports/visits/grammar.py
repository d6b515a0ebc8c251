"""Grammar that visit assembly reads off a library phrase: case, the word before it, participles.

Language data comes from ``data/visits.yaml``; cases and lemmas from the morphology layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Span, Token

from ..language import doc_words
from ..morphology.component import doc_lemma_sets, token_analyses
from ..morphology.component import token_lemmas as lemmas
from ..morphology.readings_memo import per_readings
from ..resources import load_yaml

PUBLIC = {"national", "county", "municipal", "special"}

__all__ = [
    "PUBLIC",
    "cases",
    "data",
    "genitive_before",
    "head_token",
    "is_participle",
    "lemmas",
    "next_word",
    "participle_follows",
    "previous_word",
    "readings",
    "room_after",
]

CHAIN = 5  # words of a genitive chain read between a library and its room ("bibliotekos vaikų literatūros skyriuje")


@cache
def data() -> dict:
    raw = load_yaml("visits.yaml")
    out = {k: {w.lower() for w in v} if isinstance(v, list) else v for k, v in raw.items()}
    out["venues"] = out["venues"] | out["institutions"]  # an institution's premises are a venue too ("ligoninėje")
    return out


ALL_CASES = frozenset({"Nom", "Gen", "Dat", "Acc", "Inst", "Loc"})


def cases(token: Token) -> set[str]:
    """The cases a word form can have: the dictionary's readings, else the tagger's guess. An indeclinable
    noun (a dictionary reading with no case: "fojė") has every case ("bibliotekos fojė" is a locative too)."""
    analyses = token_analyses(token) or ()
    found = {a.case for a in analyses if a.case and a.source == "dictionary"}
    if not found and analyses and all(a.pos == "noun" and a.source == "dictionary" for a in analyses):
        return set(ALL_CASES)  # every reading a noun without a case: indeclinable
    if not found:
        found = {a.case for a in token_analyses(token) or () if a.case}
        found.update(token.morph.get("Case"))
    return found


def readings(token: Token) -> set[tuple[str | None, str | None]]:
    """(case, number) pairs of a word form, from the dictionary where it knows the word."""
    found = {(a.case, a.number) for a in token_analyses(token) or () if a.case and a.source == "dictionary"}
    return found or {(a.case, a.number) for a in token_analyses(token) or () if a.case}


def is_genitive(token: Token) -> bool:
    """A word that can stand in a genitive chain ("Vaikų literatūros", "konferencijų", "J. Basanavičiaus") between a
    library and its room, adjectives included."""
    initial = len(token.text) <= 2 and token.text[:1].isupper()
    if token.is_space or (token.is_punct and token.text in ".„“\"") or initial:
        return True  # initials and quotes inside a name
    if any(a.pos == "adjective" and a.source == "dictionary" for a in token_analyses(token) or ()):
        return True  # an adjective of the room ("bibliotekos Didžiojoje skaitykloje", "naujoje konferencijų salėje")
    return "Gen" in cases(token)


def room_after(span: Span) -> Token | None:
    """The room or department a library phrase governs: "Jonavos bibliotekos vaikų skyriuje",
    "bibliotekos konferencijų salėje" (the room word after a chain of genitives)."""
    doc = span.doc
    rooms = data()["library_rooms"]
    i, seen = span.end, 0
    while i < len(doc) and seen <= CHAIN:
        token = doc[i]
        if token.is_alpha and lemmas(token) & rooms:
            return token
        if not is_genitive(token) or token.is_sent_start:
            return None
        seen += 0 if token.is_space else 1
        i += 1
    return None


def genitive_before(token: Token, heads: set[str]) -> Token | None:
    """The word of ``heads`` that the genitive chain before ``token`` starts from ("bibliotekos" in
    "bibliotekos renginių salėje"), or None."""
    doc = token.doc
    i, seen = token.i - 1, 0
    while i >= 0 and seen <= CHAIN and not doc[i + 1].is_sent_start:
        t = doc[i]
        if t.is_alpha and lemmas(t) & heads and "Gen" in cases(t):
            return t
        if not is_genitive(t):
            return None
        seen += 0 if t.is_space else 1
        i -= 1
    return None


def next_word(doc, index: int) -> Token | None:  # type: ignore[no-untyped-def]
    """The word at or after ``index``, skipping spaces (read by index: ``is_space`` is ``str.isspace`` of the text)."""
    texts = doc_words(doc)[0]
    i, n = index, len(texts)
    while i < n and texts[i].isspace():
        i += 1
    return doc[i] if i < n else None


def head_token(span: Span) -> Token:
    """The library head noun of a phrase ("bibliotekoje" in "Lazdijų viešojoje bibliotekoje")."""
    heads = data()["library_heads"]
    sets = doc_lemma_sets(span.doc)  # by index: one Token, the one returned
    for i in range(span.start, span.end):
        if sets[i] & heads:
            return span.doc[i]
    return span[-1]


def previous_word(doc, index: int) -> Token | None:  # type: ignore[no-untyped-def]
    """The word before ``index``, skipping spaces and opening quotes (read by index: every text made only of these
    quotes is punctuation)."""
    texts = doc_words(doc)[0]
    i = index - 1
    while i >= 0 and (texts[i].isspace() or texts[i] in "„“\"«"):
        i -= 1
    return doc[i] if i >= 0 else None


def is_participle(token: Token | None) -> bool:
    """An attributive participle ("bibliotekoje dirbusios", "muziejaus organizuotuose mokymuose"): an
    active participle, or a passive one in an oblique case, and no finite-verb reading. A passive
    participle in the nominative is usually the predicate ("bibliotekoje atidaryta paroda")."""
    return _participle(token_analyses(token) or () if token is not None else ())


@per_readings
def _participle(readings: Sequence) -> bool:
    """``is_participle`` of a word's readings (decided once per word form)."""
    verbs = [a for a in readings if a.pos.startswith("verb")]
    active = [a for a in verbs if any(t.startswith(("Part_Act", "Ger", "Half")) for t in a.tags)]
    passive = [a for a in verbs if any(t.startswith("Part_Pass") for t in a.tags)]
    finite = [a for a in verbs if a not in active and a not in passive]
    oblique_passive = bool(passive) and all(a.case not in (None, "Nom") for a in passive)
    return (bool(active) or oblique_passive) and not finite


def participle_follows(span: Span) -> bool:
    """"bibliotekoje dirbusios bibliotekininkės": the place belongs to a participle, not to the event. A
    participle of visiting or of an event ("bibliotekoje viešėjusi poetė", "bibliotekoje vykusiame
    renginyje") still puts the event there."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or not is_participle(doc[i]):
        return False
    return not (lemmas(doc[i]) & (data()["event_verbs"] | data()["trip_verbs"]))
