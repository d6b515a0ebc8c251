"""The grammar around a person's name, read for participation (``people.participation``): the cue
words of ``data/participants.yaml``, the name's cases, its clause, the verb that governs it, and the
morphology layer's readings of the words near it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from functools import cache

from spacy.attrs import IS_ALPHA, IS_PUNCT
from spacy.tokens import Doc, Span, Token

from ..language import doc_column, doc_words
from ..matches import doc_extension
from ..morphology.component import doc_analyses, doc_lemma_sets, token_analyses, token_lemmas
from ..resources import load_yaml
from .facts import PersonFact

YEAR_RE = re.compile(r"^(1[5-9]\d\d|20\d\d)(?:[-–].*)?$")
ROMAN_CENTURY_RE = re.compile(r"^[XVI]{1,5}$")
OPENING_QUOTES = "„“\"«"
CLOSING_QUOTES = "“”\"»"
DASHES = "-–—"


@cache
def data() -> dict:
    raw = load_yaml("participants.yaml")
    return {k: frozenset(w.lower() for w in v) if isinstance(v, list) else v for k, v in raw.items()}





class _DocTokens(threading.local):
    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.tokens: list[Token | None] = []


_doc_tokens = _DocTokens()


def doc_token(doc: Doc, i: int) -> Token:
    """``doc[i]``, made once per Doc and index (the last Doc asked about is remembered, per thread): spaCy
    makes a new Token object on every ``doc[i]``, and the signals around a name read the same words again."""
    state = _doc_tokens
    if state.doc is not doc or len(state.tokens) != len(doc):
        state.doc, state.tokens = doc, [None] * len(doc)
    token = state.tokens[i]
    if token is None:
        token = state.tokens[i] = doc[i]
    return token


def doc_tokens(doc: Doc, indices: Iterable[int]) -> list[Token]:
    """``[doc[i] for i in indices]``, each Token made once per Doc and index (``doc_token``)."""
    state = _doc_tokens
    if state.doc is not doc or len(state.tokens) != len(doc):
        state.doc, state.tokens = doc, [None] * len(doc)
    tokens = state.tokens
    out: list[Token] = []
    for i in indices:
        token = tokens[i]
        if token is None:
            token = tokens[i] = doc[i]
        out.append(token)
    return out


def nearby_indices(doc: Doc, i: int, step: int, n: int, lo: int, hi: int) -> list[int]:
    """The indices of up to ``n`` non-space tokens from ``i`` in direction ``step``, inside ``lo``:``hi``."""
    out: list[int] = []
    texts = doc_words(doc)[0]  # ``str.isspace`` is ``Token.is_space``
    while lo <= i < hi and len(out) < n:
        if not texts[i].isspace():
            out.append(i)
        i += step
    return out


def nearby_words(doc: Doc, i: int, step: int, n: int, stop: Span | None = None) -> list[Token]:
    """Up to ``n`` non-space tokens from ``i`` in direction ``step``, inside ``stop`` (a sentence)."""
    lo, hi = (stop.start, stop.end) if stop is not None else (0, len(doc))
    return doc_tokens(doc, nearby_indices(doc, i, step, n, lo, hi))


def token_readings(token: Token) -> Sequence:
    """The token's readings (read only: the morphology component's own tuple)."""
    return token_analyses(token) or ()


def with_lemmas(doc: Doc, tokens: list[Token], lemmas: frozenset[str]) -> list[Token]:
    """The ``tokens`` that may have one of ``lemmas`` (``has_lemma``), by the Doc's lemma sets: the few words
    worth reading further with ``finite`` or ``verb_readings``, which are false for the others."""
    sets = doc_lemma_sets(doc)
    return [t for t in tokens if not sets[t.i].isdisjoint(lemmas)]


def has_lemma(token: Token, lemmas: frozenset[str]) -> bool:
    return not token_lemmas(token).isdisjoint(lemmas)


def name_cases(tokens: list[Token], fact: PersonFact | None) -> set[str]:
    """The cases the name may stand in: the agreed case of its parts, else every reading of its last word."""
    if fact is not None and fact.case:
        return {fact.case}
    found: set[str] = set()
    for token in tokens[-1:]:
        found.update(a.case for a in token_readings(token) if a.case)
        found.update(token.morph.get("Case"))
    return found


def finite(token: Token, lemmas: frozenset[str], tenses: tuple[str, ...] = ("Indic_Past", "Indic_Pres")) -> bool:
    """A finite (indicative) form of one of ``lemmas``."""
    if token_lemmas(token).isdisjoint(lemmas):
        return False  # no reading of one of the lemmas (the Doc's lemma sets hold every reading's lemma)
    return any(
        a.lemma.lower() in lemmas and a.pos.startswith("verb") and any(t.startswith(tenses) for t in a.tags)
        for a in token_readings(token)
    )


def is_finite_verb(token: Token) -> bool:
    """Any indicative verb form ("pasakojo", "yra")."""
    return finite_readings(token_readings(token))


def finite_readings(readings: Sequence | None) -> bool:
    """``is_finite_verb`` of a token's readings (``doc_analyses(doc)[i]``: no Token object needed)."""
    if not readings:
        return False
    known = _FINITE.get(id(readings))  # the analyser gives one tuple per word form: decided once per form
    if known is not None and known[0] is readings:
        return known[1]
    found = any(a.pos.startswith("verb") and any(t.startswith("Indic_") for t in a.tags) for a in readings)
    if type(readings) is not tuple:
        return found  # a list may change: not remembered
    if len(_FINITE) >= FINITE_KEPT:
        _FINITE.clear()
    _FINITE[id(readings)] = (readings, found)  # the readings kept alive: their id is not reused meanwhile
    return found


_FINITE: dict[int, tuple[Sequence, bool]] = {}
FINITE_KEPT = 200_000


def participle(token: Token, lemmas: frozenset[str], kinds: tuple[str, ...]) -> bool:
    if token_lemmas(token).isdisjoint(lemmas):
        return False
    return any(
        a.lemma.lower() in lemmas and a.pos.startswith("verb") and any(t.startswith(kinds) for t in a.tags)
        for a in token_readings(token)
    )


def is_noun_with(token: Token, lemmas: frozenset[str]) -> bool:
    if token.lower_ in lemmas:
        return True
    return any(a.pos == "noun" and a.kind is None and a.lemma.lower() in lemmas for a in token_readings(token))


def adjective_like(token: Token) -> bool:
    readings = token_readings(token)
    if token.text[:1].isdigit():
        return True
    return bool(readings) and all(
        a.pos in ("adjective", "numeral_ordinal", "pronoun") or (a.pos.startswith("verb") and a.case) for a in readings
    )


def name_like(token: Token) -> bool:
    """A capitalized word that may be (part of) a name: an initial, a word the dictionary knows as a
    name, or one it does not know ("Amžinybėn", "Pirmuoju" are common words)."""
    return name_like_at(token.doc, token.i)


def name_like_at(doc: Doc, i: int) -> bool:
    """``name_like`` of the token at ``i``, decided once per Doc and index (while the names found stay)."""
    names, known = _person_tokens(doc)
    found = known.get(i)
    if found is None:
        found = known[i] = _name_like(doc, i, names)
    return found


def _name_like(doc: Doc, i: int, names: frozenset[int]) -> bool:
    text = doc_words(doc)[0][i]
    if not text[:1].isupper():
        return False
    if text.endswith(".") and len(text) <= 4:
        return True
    if not doc_column(doc, IS_ALPHA)[i]:
        return False
    if i in names:
        return True  # read as a person's name ("Lengvinas" is also a verb form)
    readings = [a for a in doc_analyses(doc)[i] or () if a.source == "dictionary"]
    return not readings or any(a.kind in ("first_name", "family_name") for a in readings)


def person_tokens(doc: Doc) -> frozenset[int]:
    """The tokens inside the person names found (``doc._.ltr_person_matches``), read once a Doc."""
    return _person_tokens(doc)[0]


def _person_tokens(doc: Doc) -> tuple[frozenset[int], dict[int, bool]]:
    """``person_tokens`` and the memo of ``name_like_at`` that depends on them (both made again when the
    names found change)."""
    key = "ltr_person_tokens"
    found = doc_extension(doc, "ltr_person_matches") or []
    cached = doc.user_data.get(key)
    if cached is None or cached[0] != len(found):
        tokens: set[int] = set()
        for m in found:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                tokens.update(range(span.start, span.end))
        cached = (len(found), frozenset(tokens), {})
        doc.user_data[key] = cached
    return cached[1], cached[2]


LIST_WORDS = {",", "ir", "bei", "-", "–"}
CLAUSE_PUNCT_KEPT = "-–—()„“\"."  # punctuation inside a clause (a substring test, as ``str.__contains__``)


def boundary(doc: Doc, i: int, sent: Span) -> bool:
    """Punctuation that ends a clause; a comma inside a list of names ("dirbo A, B, C") does not."""
    return _ends(doc, i, sent.start, sent.end)


def _ends(doc: Doc, i: int, lo: int, hi: int) -> bool:
    """``boundary`` of the token at ``i`` in the sentence ``lo``:``hi``, by index (no Token objects)."""
    text = doc_words(doc)[0][i]
    if text == ",":
        prev = nearby_indices(doc, i - 1, -1, 1, lo, hi)
        nxt = nearby_indices(doc, i + 1, 1, 1, lo, hi)
        return not (prev and nxt and name_like_at(doc, prev[0]) and name_like_at(doc, nxt[0]))
    return bool(_punct(doc)[i]) and text not in CLAUSE_PUNCT_KEPT


def _punct(doc: Doc) -> list[int]:
    """``token.is_punct`` of every token by index, read once a Doc."""
    key = "ltr_punct"
    cached = doc.user_data.get(key)
    if cached is None or len(cached) != len(doc):
        cached = doc_column(doc, IS_PUNCT)
        doc.user_data[key] = cached
    return cached


def clause_of(doc: Doc, first: int, last: int, sent: Span) -> list[Token]:
    """The other tokens of the clause holding the name."""
    texts, punct = doc_words(doc)[0], _punct(doc)  # ``boundary`` by index, read here for the plain words
    s_start, s_end = sent.start, sent.end
    lo = first
    while lo - 1 >= s_start:  # (``boundary``, its comma rule asked only of a comma)
        j = lo - 1
        if punct[j] and texts[j] not in CLAUSE_PUNCT_KEPT and (texts[j] != "," or _ends(doc, j, s_start, s_end)):
            break
        lo = j
    hi = last
    while hi + 1 < s_end:
        j = hi + 1
        if punct[j] and texts[j] not in CLAUSE_PUNCT_KEPT and (texts[j] != "," or _ends(doc, j, s_start, s_end)):
            break
        hi = j
    # ``str.isspace`` is ``Token.is_space``: a Token only for the words kept
    return doc_tokens(doc, [i for i in range(lo, hi + 1) if not (first <= i <= last) and not texts[i].isspace()])


def verb_readings(token: Token, lemmas: frozenset[str], tags: tuple[str, ...]) -> list:
    if token_lemmas(token).isdisjoint(lemmas):
        return []  # no reading of one of the lemmas (most words): the Doc's lemma set says so by index
    return [
        a for a in token_readings(token)
        if a.lemma.lower() in lemmas and a.pos.startswith("verb") and any(t.startswith(tags) for t in a.tags)
    ]


def tells_between(doc: Doc, lo: int, hi: int) -> bool:
    """A finite verb of telling or remembering among tokens ``lo``:``hi`` ("papasakojo", "priminė"): a year after
    it dates what is told, not the telling."""
    lemma_sets, verbs = doc_lemma_sets(doc), data()["reporting_verbs"]
    return any(
        not lemma_sets[k].isdisjoint(verbs) and verb_readings(doc_token(doc, k), verbs, ("Indic_",))
        for k in range(lo, hi)
    )


def governing_verb(doc: Doc, first: int, sent: Span) -> Token | None:
    """The nearest verb before the name in its sentence (finite, or a predicative passive participle:
    "įteikti", "pakviesta"), past a list of names and their role phrases."""
    texts, analyses, names = doc_words(doc)[0], doc_analyses(doc), person_tokens(doc)  # by index
    i = first - 1
    sent_start = sent.start
    while i >= sent_start:
        j = i
        i -= 1
        if texts[j] in ".;:!?()":
            return None
        if j in names:
            continue  # a name, whatever else the dictionary reads in it
        if _predicate_readings(analyses[j]):
            return doc_token(doc, j)
    return None


def _predicate_readings(found: Sequence | None) -> bool:
    """A finite or imperative verb reading, or a passive participle that may be predicative (no case or the
    nominative): ``governing_verb``'s test, decided once per word form (the analyser's tuple of readings)."""
    if not found:
        return False
    known = _PREDICATE.get(id(found))
    if known is not None and known[0] is found:
        return known[1]
    readings = [a for a in found if a.pos.startswith("verb")]
    value = any(t.startswith(("Indic_", "Imper")) for a in readings for t in a.tags) or (
        any(t.startswith("Part_Pass") for a in readings for t in a.tags)
        and any(a.case in (None, "Nom") for a in readings)
    )
    if type(found) is tuple:  # a list may change: not remembered
        if len(_PREDICATE) >= FINITE_KEPT:
            _PREDICATE.clear()
        _PREDICATE[id(found)] = (found, value)
    return value


_PREDICATE: dict[int, tuple[Sequence, bool]] = {}


def governed_by(token: Token | None, lemmas: frozenset[str]) -> bool:
    return token is not None and bool(verb_readings(token, lemmas, ("Indic_", "Part_Pass", "Imper")))

