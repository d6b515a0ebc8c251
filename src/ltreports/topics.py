"""Activity topics (``../shared/spec/topics.md``): cues from ``data/topics.yaml`` matched on lemmas.

Every token gets its candidate lemmas (dictionary analyses, the pipeline's lemma, the lower-cased
form), so "parodą", "parodos", "parodoje" all count for ``paroda``. A cue inside a library or person
name, inside a quoted title („…“), or in page chrome does not count.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .matches import Match, in_boilerplate, matches
from .morphology.component import token_lemmas
from .resources import load_yaml

QUOTES = {"„": "“", "“": "”", "«": "»", '"': '"', "”": "”"}


@dataclass(frozen=True, slots=True)
class Cue:
    topic: str
    words: tuple[str, ...]  # consecutive lemmas
    near: frozenset[str] = frozenset()  # one of these lemmas must be within `window` words
    window: int = 6
    not_before: frozenset[str] = frozenset()  # the cue does not count right before these lemmas
    not_after: frozenset[str] = frozenset()  # the cue does not count right after these lemmas
    not_near: frozenset[str] = frozenset()  # the cue does not count with one of these within `window`


@cache
def cues() -> tuple[Cue, ...]:
    out = []
    for topic, items in load_yaml("topics.yaml")["topics"].items():
        for item in items:
            if isinstance(item, str):
                out.append(Cue(topic, tuple(item.lower().split())))
            else:
                out.append(Cue(
                    topic,
                    tuple(item["cue"].lower().split()),
                    frozenset(w.lower() for w in item.get("near", ())),
                    int(item.get("window", 6)),
                    frozenset(w.lower() for w in item.get("not_before", ())),
                    frozenset(w.lower() for w in item.get("not_after", ())),
                    frozenset(w.lower() for w in item.get("not_near", ())),
                ))
    return tuple(out)


def topic_ids() -> list[str]:
    return list(load_yaml("topics.yaml")["topics"])


def quoted_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of quoted titles („…“, "…", «…»), quotes included."""
    ranges = []
    text = doc.text
    i = 0
    while i < len(text):
        close = QUOTES.get(text[i])
        if close is not None:
            if text[i] == "„":  # the nearest closing quote, as „…“ is often closed by ” or ‘‘
                j = min((k for k in (text.find(c, i + 1) for c in "“”‘\"") if k != -1), default=-1)
            else:
                j = text.find(close, i + 1)
            if j != -1 and j - i < 200 and "\n" not in text[i:j]:
                ranges.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return ranges


class TopicExtractor:
    """Pipeline component ``ltr_topics``: topic cue matches in ``doc._.topic_matches`` (fact = topic id)."""

    def __call__(self, doc: Doc) -> Doc:
        found = matches(doc, "topic_matches")
        blocked = quoted_ranges(doc)
        blocked += [(m.start, m.end) for m in (doc._.library_matches or ())]
        blocked += [(m.start, m.end) for m in (doc._.person_matches or ())]
        blocked += [
            (m.fact.role_start, m.fact.role_end)
            for m in (doc._.person_matches or ())
            if getattr(m.fact, "role_start", None) is not None and getattr(m.fact, "role_end", None) is not None
        ]
        lemma_sets = [token_lemmas(t) for t in doc]
        by_first: dict[str, list[Cue]] = {}
        for cue in cues():
            by_first.setdefault(cue.words[0], []).append(cue)
        for i, token in enumerate(doc):
            if token.is_punct or token.is_space:
                continue
            for lemma in lemma_sets[i]:
                for cue in by_first.get(lemma, ()):
                    end = i + len(cue.words)
                    if end > len(doc) or not all(w in lemma_sets[i + k] for k, w in enumerate(cue.words)):
                        continue
                    span = doc[i:end]
                    if in_boilerplate(doc, span.start_char, span.end_char) or any(
                        s <= span.start_char and span.end_char <= e for s, e in blocked
                    ):
                        continue
                    if cue.near and not self._near(doc, lemma_sets, i, end, cue, cue.near):
                        continue
                    if cue.not_near and self._near(doc, lemma_sets, i, end, cue, cue.not_near):
                        continue
                    if end < len(doc) and lemma_sets[end] & cue.not_before:
                        continue
                    if i > 0 and lemma_sets[i - 1] & cue.not_after:
                        continue
                    if _in_unit_name(doc, lemma_sets, i, end):
                        continue
                    found.append(Match.from_span(span, cue.topic))
        found.sort(key=lambda m: m.start)
        return doc

    @staticmethod
    def _near(doc: Doc, lemma_sets: list[set[str]], start: int, end: int, cue: Cue, words: frozenset[str]) -> bool:
        """Is one of `words` within the cue's window, in the same sentence (the cue itself excluded)?"""
        sent = doc[start].sent
        lo = max(sent.start, start - cue.window)
        hi = min(sent.end, end + cue.window)
        return any(lemma_sets[k] & words for k in range(lo, hi) if not start <= k < end)


def _in_unit_name(doc: Doc, lemma_sets: list[set[str]], start: int, end: int) -> bool:
    """Is the cue part of a department's name ("Projektų ir viešųjų ryšių skyriaus", "Vaikų literatūros
    skyriuje")? Looks a few words ahead, over genitives and "ir", for a unit noun."""
    units = _unit_nouns()
    for k in range(end, min(len(doc), end + 4)):
        if lemma_sets[k] & units:
            return True
        if doc[k].is_punct or doc[k].is_space:
            return False
    return False


@cache
def _unit_nouns() -> frozenset[str]:
    return frozenset(load_yaml("topics.yaml").get("unit_nouns", []))


@Language.factory("ltr_topics", default_config={})
def make_topics(nlp: Language, name: str) -> TopicExtractor:
    return TopicExtractor()


def collect(doc: Doc) -> list[str]:
    """The post's topics, in order of first mention."""
    seen: list[str] = []
    for m in doc._.topic_matches or ():
        if m.fact not in seen:
            seen.append(m.fact)
    return seen
