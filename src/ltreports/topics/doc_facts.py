"""Per-Doc facts the topic filters read by token index, computed once for the last Doc asked about (per
thread): the sentences and each token's sentence, the clause breaks, each word lower-cased, punctuation and
space flags, which words have a verb reading (and a frequentative one), the words that may be years or "per",
and the cases, word classes and tenses read so far (``grammar.cases_of``, ``word_class_of``, ``tense_of``).

spaCy makes a Token object on every ``doc[i]``, walks the sentence on every ``Token.sent`` and parses the
morphology string on every ``token.morph``: a filter asked about every cue of a sentence would do that work
again and again. Each table is made on first use: the Doc-wide ones in one pass, the verb readings per
sentence asked about, the lexeme flags per word asked about.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from functools import cached_property

from spacy.tokens import Doc

from ..language import doc_text, doc_words
from ..morphology.analyzer import Analysis
from ..morphology.component import doc_analyses

CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")", "\n"})
VERB_FACTS_KEPT = 200_000  # readings → verb facts entries kept; the memo starts over when full
LEXICAL_KEPT = 200_000  # word forms → lexeme flags kept
_LEXICAL: dict[str, tuple[bool, bool]] = {}  # word form → (is_punct or is_space, is_punct)


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
        self._verbal: list[bool | None] = [None] * self.size  # has a verb reading; None: not read yet
        self._verbs: dict[tuple[int, int], list[int]] = {}  # a sentence → its tokens with a verb reading
        self.per_sentence: dict[tuple[str, int], tuple] = {}  # (a test, a sentence's start) → what it read there

    @cached_property
    def tagged(self) -> bool:
        """Has a tagger annotated some token (a POS or morphological features)?"""
        return self.size > 0 and (self.doc.has_annotation("POS") or self.doc.has_annotation("MORPH"))

    @cached_property
    def lowers(self) -> list[str]:
        """Every token's ``lower_`` (the vocabulary's LOWER is ``str.lower`` of the text)."""
        return [w.lower() for w in self.texts]

    def skipped(self, k: int) -> bool:
        """``token.is_punct or token.is_space``, read for the words asked about only (``Doc.to_array`` of
        lexeme flags costs more than the few words the filters ask about). The flags are the lexeme's: one
        answer per word form, remembered across Docs."""
        return self._lexical(k)[0]

    def is_punct(self, k: int) -> bool:
        """``token.is_punct``."""
        return self._lexical(k)[1]

    def _lexical(self, k: int) -> tuple[bool, bool]:
        text = self.texts[k]
        found = _LEXICAL.get(text)
        if found is None:
            token = self.doc[k]
            found = (token.is_punct or token.is_space, token.is_punct)
            if len(_LEXICAL) >= LEXICAL_KEPT:
                _LEXICAL.clear()
            _LEXICAL[text] = found
        return found

    @cached_property
    def sentences(self) -> list[tuple[int, int]] | None:
        """``doc.sents`` as token ranges, None when the Doc has no sentence boundaries."""
        if not self.doc.has_annotation("SENT_START"):
            return None
        return [(s.start, s.end) for s in self.doc.sents]

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

    def sentence_of(self, i: int) -> tuple[int, int]:
        """``doc[i].sent``'s token range (``grammar.sentence_bounds``)."""
        bounds = self.bounds
        if bounds is None:
            sent = self.doc[i].sent
            return sent.start, sent.end
        return bounds[0][i], bounds[1][i]

    def clause_of(self, i: int) -> tuple[int, int]:
        """Token range of the clause around token i: the sentence cut at commas, dashes and the like
        (``grammar.clause_bounds``), by bisection among the breaks: no walk over the clause's words."""
        sent_start, sent_end = self.sentence_of(i)
        breaks = self.clause_breaks
        k = bisect_left(breaks, i)  # the breaks before i are breaks[:k]
        lo = max(sent_start, breaks[k - 1] + 1) if k else sent_start
        k = bisect_left(breaks, i + 1, k)
        hi = min(sent_end, breaks[k]) if k < len(breaks) else sent_end
        return lo, hi

    @cached_property
    def clause_breaks(self) -> list[int]:
        """The tokens that break a clause (a comma, a dash, a bracket, a line break ...), in order."""
        return [k for k, w in enumerate(self.texts) if w in CLAUSE_BREAKS or "\n" in w]

    def verbal(self, k: int) -> bool:
        """Has token k a verb reading?"""
        found = self._verbal[k]
        if found is None:
            found = self._verbal[k] = verb_facts(self.analyses[k])[0]
        return found

    def verbs_between(self, start: int, end: int) -> list[int]:
        """The tokens with a verb reading among start:end (a sentence), in order, read once per range."""
        found = self._verbs.get((start, end))
        if found is None:
            found = self._verbs[(start, end)] = []
            verbal, analyses, known = self._verbal, self.analyses, _VERB_FACTS
            for k in range(start, end):  # ``self.verbal(k)``, inline: a call per word cost as much as the test
                value = verbal[k]
                if value is None:
                    readings = analyses[k]
                    if not readings:
                        value = False
                    elif (hit := known.get(id(readings))) is not None and hit[0] is readings:
                        value = hit[1]
                    else:
                        value = verb_facts(readings)[0]
                    verbal[k] = value
                if value:
                    found.append(k)
        return found

    def frequentative_between(self, start: int, end: int) -> bool:
        """Has a token among start:end a frequentative past verb reading ("vykdavo")?"""
        known = _VERB_FACTS
        for readings in self.analyses[start:end]:
            if not readings:
                continue
            found = known.get(id(readings))  # ``verb_facts`` without a call for a form seen before
            if found is not None and found[0] is readings:
                if found[2]:
                    return True
            elif verb_facts(readings)[1]:
                return True
        return False

    @cached_property
    def year_words(self) -> list[int]:
        """The tokens that may be a year of ``grammar.YEAR`` (a 1 or a 2 and three more digits), in order:
        found in the text, not by a look at every word."""
        offsets, out = self.offsets, []
        for m in _YEAR_DIGITS.finditer(doc_text(self.doc)):
            k = bisect_left(offsets, m.start())
            if k < self.size and offsets[k] == m.start():
                out.append(k)
        return out

    @cached_property
    def per_words(self) -> list[int]:
        """The tokens "per" (any case), in order."""
        lowers, out = self.lowers, []
        k = -1
        try:
            while True:
                k = lowers.index("per", k + 1)  # compares in C, not word by word in Python
                out.append(k)
        except ValueError:
            return out


_YEAR_DIGITS = re.compile(r"[12](?=\d\d\d)")  # one character a match: every place a year may start


class _Last(threading.local):
    facts: DocFacts | None = None


_last = _Last()


def facts(doc: Doc) -> DocFacts:
    """The facts of ``doc``, made anew when another Doc (or a retokenized one) is asked about."""
    found = _last.facts
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
    is_verb = past_freq = False
    for a in readings:
        if a.pos.startswith("verb"):
            is_verb = True
            if not past_freq:
                past_freq = any("PastFreq" in t for t in a.tags)
    value = is_verb, past_freq
    if type(readings) is tuple:  # a list may change: not remembered
        if len(_VERB_FACTS) >= VERB_FACTS_KEPT:
            _VERB_FACTS.clear()
        _VERB_FACTS[id(readings)] = (readings, *value)
    return value
