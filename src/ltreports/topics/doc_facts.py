"""Per-Doc facts the topic filters read by token index, computed once for the last Doc asked about (per
thread): the sentences, each word lower-cased, punctuation and space flags, which words have a verb reading
(and a frequentative one), where a clause may break, the words that may be years or "per".

spaCy makes a Token object on every ``doc[i]``, walks the sentence on every ``Token.sent`` and parses the
morphology string on every ``token.morph``: a filter asked about every cue of a sentence would do that work
again and again. Each table is made on first use, in one pass over the Doc.
"""

from __future__ import annotations

import threading
from functools import cached_property

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, SENT_START
from spacy.tokens import Doc

from ..language import doc_words
from ..morphology.analyzer import Analysis
from ..morphology.component import doc_analyses

CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")", "\n"})
VERB_FACTS_KEPT = 200_000  # readings → verb facts entries kept; the memo starts over when full


class DocFacts:
    """The facts of one Doc. Do not change the lists: they are shared by every caller."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.size = len(doc)
        self.analyses: list[tuple[Analysis, ...] | None] = doc_analyses(doc)
        self.texts, self.offsets = doc_words(doc)
        self.tenses: dict[tuple[int, bool], str | None] = {}  # (index, finite only) → ``tense``
        self.cases: dict[int, frozenset[str]] = {}  # index → ``grammar.cases``
        self.classes: dict[int, frozenset[str]] = {}  # index → ``grammar.word_class``

    @cached_property
    def lowers(self) -> list[str]:
        """Every token's ``lower_`` (the vocabulary's LOWER is ``str.lower`` of the text)."""
        return [w.lower() for w in self.texts]

    @cached_property
    def _flags(self) -> tuple[list[bool], list[bool]]:
        rows = self.doc.to_array([IS_PUNCT, IS_SPACE]).tolist() if self.size else []
        return [bool(r[0]) for r in rows], [bool(r[1]) for r in rows]

    @property
    def punct(self) -> list[bool]:
        """``token.is_punct`` by index."""
        return self._flags[0]

    @property
    def space(self) -> list[bool]:
        """``token.is_space`` by index."""
        return self._flags[1]

    @cached_property
    def sentences(self) -> list[tuple[int, int]] | None:
        """``doc.sents`` as token ranges, None when the Doc has no sentence boundaries. As ``Doc.sents``, a
        sentence starts at the first token and wherever ``sent_start`` is 1."""
        doc = self.doc
        if not doc.has_annotation("SENT_START"):
            return None
        if "sents" in doc.user_hooks:
            return [(s.start, s.end) for s in doc.sents]
        if not self.size:
            return []
        flags = doc.to_array(SENT_START)
        starts = [0, *(numpy.flatnonzero(flags[1:] == 1) + 1).tolist()]
        return list(zip(starts, [*starts[1:], self.size], strict=True))

    @cached_property
    def bounds(self) -> tuple[list[int], list[int]] | None:
        """Each token's sentence start and end, None when the Doc has no sentence boundaries."""
        if self.sentences is None:
            return None
        starts: list[int] = []
        ends: list[int] = []
        for start, end in self.sentences:
            starts.extend([start] * (end - start))
            ends.extend([end] * (end - start))
        return starts, ends

    @cached_property
    def clause_breaks(self) -> list[int]:
        """The tokens that break a clause (a comma, a dash, a bracket, a line break ...), in order."""
        return [k for k, w in enumerate(self.texts) if w in CLAUSE_BREAKS or "\n" in w]

    @cached_property
    def _verb_tables(self) -> tuple[list[bool], list[int], list[int]]:
        verbal = [False] * self.size
        verbs: list[int] = []
        frequentative: list[int] = []
        for k, readings in enumerate(self.analyses):
            if not readings:
                continue
            is_verb, past_freq = verb_facts(readings)
            if is_verb:
                verbal[k] = True
                verbs.append(k)
                if past_freq:
                    frequentative.append(k)
        return verbal, verbs, frequentative

    @property
    def verbal(self) -> list[bool]:
        """Has the token a verb reading?"""
        return self._verb_tables[0]

    @property
    def verbs(self) -> list[int]:
        """The tokens with a verb reading, in order."""
        return self._verb_tables[1]

    @property
    def frequentative(self) -> list[int]:
        """The tokens with a frequentative past verb reading ("vykdavo"), in order."""
        return self._verb_tables[2]

    @cached_property
    def year_words(self) -> list[int]:
        """The tokens that start with 1 or 2: the only ones a year can be."""
        return [k for k, w in enumerate(self.texts) if w[:1] in ("1", "2")]

    @cached_property
    def per_words(self) -> list[int]:
        """The tokens "per" (any case)."""
        return [k for k, w in enumerate(self.lowers) if w == "per"]


_last = threading.local()


def facts(doc: Doc) -> DocFacts:
    """The facts of ``doc``, made anew when another Doc (or a retokenized one) is asked about."""
    found: DocFacts | None = getattr(_last, "facts", None)
    if found is None or found.doc is not doc or found.size != len(doc):
        found = _last.facts = DocFacts(doc)
    return found


_VERB_FACTS: dict[int, tuple[tuple, bool, bool]] = {}


def verb_facts(readings: tuple[Analysis, ...] | list[Analysis] | None) -> tuple[bool, bool]:
    """(has a verb reading, has a frequentative past verb reading), decided once per word form (the
    analyser gives one tuple of readings per form; the tuple is kept so that its id stays its own)."""
    if not readings:
        return False, False
    known = _VERB_FACTS.get(id(readings))
    if known is not None and known[0] is readings:
        return known[1], known[2]
    verbs = [a for a in readings if a.pos.startswith("verb")]
    value = bool(verbs), any("PastFreq" in t for a in verbs for t in a.tags)
    if type(readings) is tuple:  # a list may change: not remembered
        if len(_VERB_FACTS) >= VERB_FACTS_KEPT:
            _VERB_FACTS.clear()
        _VERB_FACTS[id(readings)] = (readings, *value)
    return value
