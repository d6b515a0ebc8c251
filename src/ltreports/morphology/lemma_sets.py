"""Lemma sets and readings by token index, for the extractors: ``token_lemmas``, ``doc_lemma_sets``,
``token_analyses``, ``doc_analyses``.

The morphology component (``component.py``) keeps, for the Doc it annotated last (per thread), the readings
it set on each token and, without a tagger, each token's lemma set, made once per word and place; for
another Doc they are read token by token.
"""

from __future__ import annotations

import threading

from spacy.attrs import IDX, LEMMA, LOWER
from spacy.tokens import Doc, Token

from ..doc_columns import doc_column
from .analyzer import Analysis


def _lemmas_of(token: Token) -> frozenset[str]:
    found = {token.lower_}
    if token.lemma_:
        found.add(token.lemma_.lower())
    found.update(a.lemma.lower() for a in token._.ltr_analyses or ())
    return frozenset(found)


class _LemmaSets(threading.local):
    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.sets: list[frozenset[str]] = []
        self.analysed: Doc | None = None  # the Doc the morphology component annotated last
        self.analyses: list[tuple[Analysis, ...] | None] = []  # its ``token._.ltr_analyses``, by index
        self.lemma_ids: list[int] | None = None  # the LEMMA ids it wrote, by index (None: it wrote none)


_lemma_sets = _LemmaSets()


LEMMA_SET_MEMO = 200_000  # (form, lemma, readings) → lemma set entries kept; the memo starts over when full
_set_memo: dict[tuple[int, int, int], frozenset[str]] = {}
_memo_readings: dict[int, tuple[Analysis, ...] | None] = {}  # id → the readings themselves: the ids stay theirs


def doc_lemma_sets(doc: Doc) -> list[frozenset[str]]:
    """``token_lemmas`` of every token of ``doc``, computed once per Doc (the last Doc asked about is
    remembered, per thread; the morphology component forgets it when it annotates again).

    A token's set depends on its lower-cased form, its lemma and its readings only: the set made for one
    token is kept (``_set_memo``) for every later token with the same three, across Docs. The readings are
    the analyzer's cached tuple for the word, known by ``id``: ``_memo_readings`` holds every tuple whose id
    is in a key, so while the entry lives no other object can have that id (hashing the readings' fields
    cost more than making the set). Entries add no objects for the collector beyond the set itself: with
    the readings in the key's value, the memo cost more in collections than it saved on unseen posts."""
    if _lemma_sets.doc is not doc or len(_lemma_sets.sets) != len(doc):
        doc_analyses(doc)  # the readings by index, as the component kept them or read from the Doc once
        if _lemma_sets.analysed is doc and len(_lemma_sets.analyses) == len(doc):
            # the analyses as the component set them: no ``token._`` lookup per token
            sets = []
            memo, held = _set_memo, _memo_readings
            if len(memo) > LEMMA_SET_MEMO:
                memo.clear()
                held.clear()
            strings = doc.vocab.strings  # ``token.lower_``, ``token.lemma_`` by index, no Token objects
            lemma_ids = _lemma_sets.lemma_ids
            if lemma_ids is None or len(lemma_ids) != len(doc):
                lemma_ids = doc.to_array(LEMMA).tolist()
            rows = zip(doc_column(doc, LOWER), lemma_ids, _lemma_sets.analyses, strict=True)
            for lower, lemma_id, found in rows:
                key = (lower, lemma_id, id(found))
                made = memo.get(key)
                if made is not None:
                    sets.append(made)
                    continue
                lemmas = {strings[lower]}
                lemma = strings[lemma_id]
                if lemma:
                    lemmas.add(lemma.lower())
                if found:
                    lemmas.update(a.lemma.lower() for a in found)
                made = frozenset(lemmas)
                held[key[2]] = found
                memo[key] = made
                sets.append(made)
            _lemma_sets.sets = sets
        else:
            _lemma_sets.sets = [_lemmas_of(t) for t in doc]
        _lemma_sets.doc = doc
    return _lemma_sets.sets


def token_analyses(token: Token) -> tuple[Analysis, ...] | None:
    """``token._.ltr_analyses``, read from the list the morphology component kept for the Doc it
    annotated last (an extension attribute costs a lookup object per access)."""
    doc = token.doc
    if _lemma_sets.analysed is doc:
        return _lemma_sets.analyses[token.i]
    return doc_analyses(doc)[token.i]


def doc_analyses(doc: Doc) -> list[tuple[Analysis, ...] | None]:
    """``token._.ltr_analyses`` of every token of ``doc`` by index: the morphology component's list for the
    Doc it annotated last, else read token by token. Do not change the list."""
    state = _lemma_sets
    if state.analysed is doc and len(state.analyses) == len(doc):
        return state.analyses
    # A Doc annotated before the last one (``nlp.pipe`` annotates a whole batch before the first Doc is read,
    # ``DocBin``): the component's values read once from the Doc's user data by offset, as the extension does,
    # and kept as this thread's current Doc, so later lookups and the lemma sets take the path above.
    user_data = doc.user_data
    analyses = [user_data.get(("._.", "ltr_analyses", offset, None)) for offset in doc_column(doc, IDX)]
    state.analysed, state.analyses, state.lemma_ids = doc, analyses, None
    if state.doc is not doc:
        state.doc, state.sets = None, []
    return analyses


def forget_lemma_sets() -> None:
    _lemma_sets.doc = None
    _lemma_sets.sets = []
    _lemma_sets.analysed = None
    _lemma_sets.analyses = []
    _lemma_sets.lemma_ids = None


def token_lemmas(token: Token) -> frozenset[str]:
    """Every lemma a token may have, lower-cased: its form, the pipeline's lemma and each dictionary
    reading's lemma. Matching cues on this set makes every inflected form count. Computed once per Doc."""
    doc = token.doc
    state = _lemma_sets
    if state.doc is doc:  # the common case, without a call
        sets = state.sets
        if len(sets) == len(doc):
            return sets[token.i]
    return doc_lemma_sets(doc)[token.i]


def keep_annotation(
    doc: Doc,
    analyses: list[tuple[Analysis, ...] | None],
    lemma_ids: list[int] | None,
    sets: list[frozenset[str]] | None = None,
) -> None:
    """What the morphology component set on ``doc``: each token's readings, the LEMMA ids it wrote (None:
    none) and, when it made them, the tokens' lemma sets (``token_lemmas`` of each)."""
    state = _lemma_sets
    state.analysed, state.analyses, state.lemma_ids = doc, analyses, lemma_ids
    if sets is not None:
        state.doc, state.sets = doc, sets
