"""Where the words of the visit cues stand in a Doc: for each word class of ``data/visits.yaml`` that a sentence
test looks for ("event_verbs", "venues", ...), the indices of the tokens whose lemma set meets it.

Found in one pass per Doc (the last Doc asked about, per thread), so that a sentence's test bisects to its few
candidate words instead of reading every word's lemma set once per test. A lemma set's classes are kept as a
bit mask for every later token with the same set (the morphology layer hands out one set object per form).
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from functools import cache
from itertools import compress

from spacy.tokens import Doc

from ..morphology.component import doc_lemma_sets
from .grammar import data

CLASSES = (
    "event_verbs",
    "own_event_verbs",
    "visit_verbs",
    "event_nouns",
    "reported_verbs",
    "ongoing_verbs",
    "abroad",
    "trips",
    "venues",
    "generic_library",
    "trip_verbs",
    "event_cues",
    "report_cues",
)
# classes that are unions of others: a sentence with no word of one skips the tests of its parts at once
UNIONS = {
    "event_cues": ("event_verbs", "own_event_verbs", "visit_verbs"),  # what ``event_sentence`` reads
    "report_cues": ("event_verbs", "reported_verbs", "ongoing_verbs", "event_nouns"),  # ``reports_event``
}
MASK_MEMO = 200_000  # lemma sets whose masks are kept; the memo starts over when full

_masks: dict[frozenset[str], int] = {}


class _Positions(threading.local):
    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.size = 0
        self.by_class: dict[str, list[int]] = {}


_positions = _Positions()


@cache
def word_masks() -> dict[str, int]:
    """Every word of the classes → the classes it belongs to, bit ``k`` for ``CLASSES[k]``."""
    words = data()
    out: dict[str, int] = {}
    for k, name in enumerate(CLASSES):
        for word in set().union(*(words[part] for part in UNIONS[name])) if name in UNIONS else words[name]:
            out[word] = out.get(word, 0) | 1 << k
    return out


@cache
def class_words() -> frozenset[str]:
    """Every word of some class."""
    return frozenset(word_masks())


def _mask(lemmas: frozenset[str]) -> int:
    """The classes a lemma set meets: those of its words."""
    if lemmas.isdisjoint(class_words()):
        return 0  # most words: one test
    masks = word_masks()
    mask = 0
    for lemma in lemmas:
        mask |= masks.get(lemma, 0)
    return mask


def class_positions(doc: Doc) -> dict[str, list[int]]:
    """Class name → the ascending indices of the tokens whose lemma set meets the class. Do not change the lists."""
    state = _positions
    if state.doc is doc and state.size == len(doc):
        return state.by_class
    if len(_masks) > MASK_MEMO:
        _masks.clear()
    by_class: dict[str, list[int]] = {name: [] for name in CLASSES}
    lists = [by_class[name] for name in CLASSES]
    memo = _masks
    sets = doc_lemma_sets(doc)
    masks = list(map(memo.get, sets))  # one lookup a token, no Python step; None for a set not seen before
    if None in masks:
        for i, mask in enumerate(masks):
            if mask is None:
                masks[i] = memo[sets[i]] = _mask(sets[i])
    for i in compress(range(len(masks)), masks):  # the few words of some class
        mask = masks[i]
        for k, found in enumerate(lists):
            if mask >> k & 1:
                found.append(i)
    state.doc, state.size, state.by_class = doc, len(doc), by_class
    return by_class


def positions_in(doc: Doc, name: str, start: int, end: int) -> list[int]:
    """The indices in ``start``:``end`` (token indices) of the words of class ``name``, ascending."""
    state = _positions  # the Doc asked about last, without a call
    found = (state.by_class if state.doc is doc and state.size == len(doc) else class_positions(doc))[name]
    return found[bisect_left(found, start):bisect_left(found, end)]


def any_in(doc: Doc, name: str, start: int, end: int) -> bool:
    """Does a word of class ``name`` stand in ``start``:``end`` (token indices)?"""
    state = _positions
    found = (state.by_class if state.doc is doc and state.size == len(doc) else class_positions(doc))[name]
    k = bisect_left(found, start)
    return k < len(found) and found[k] < end
