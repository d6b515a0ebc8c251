"""Pipeline component ``ltr_topics``: topic cue matches in ``doc._.ltr_topic_matches`` (fact = topic id).

Every token gets its candidate lemmas (dictionary analyses, the pipeline's lemma, the lower-cased
form), so "parodą", "parodos", "parodoje" all count for ``paroda``. A cue counts only where
``context.reports_activity`` accepts it; then the post-level classifier (when its model is installed)
keeps or drops each topic for the post as a whole.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..matches import Match, matches
from ..morphology.component import doc_lemma_sets, token_lemmas
from . import classifier, context
from .context import quoted_ranges
from .cues import Cue, cues_by_first_word

__all__ = ["TopicExtractor", "collect", "make_topics", "quoted_ranges"]


def cue_matches(doc: Doc, lemma_sets: list[set[str]] | None = None) -> list[Match[str]]:
    """Every cue that the context accepts, in text order."""
    if lemma_sets is None:
        lemma_sets = [token_lemmas(t) for t in doc]
    ctx = context.Context(doc, lemma_sets)
    found: list[Match[str]] = []
    by_first = cues_by_first_word()
    for i, token in enumerate(doc):
        if token.is_punct or token.is_space:
            continue
        for lemma in lemma_sets[i]:
            for cue in by_first.get(lemma, ()):
                end = i + len(cue.words)
                if end > len(doc) or not all(w in lemma_sets[i + k] for k, w in enumerate(cue.words)):
                    continue
                if _cue_conditions(doc, lemma_sets, i, end, cue) and ctx.reports_activity(i, end, cue):
                    found.append(Match.from_span(doc[i:end], cue.topic))
    found.sort(key=lambda m: m.start)
    return found


def _cue_conditions(doc: Doc, lemma_sets: list[set[str]], start: int, end: int, cue: Cue) -> bool:
    """The cue's own conditions from ``topics.yaml`` (near, not_near, not_before, not_after)."""
    if cue.near and not _near(doc, lemma_sets, start, end, cue.window, cue.near):
        return False
    if cue.not_near and _near(doc, lemma_sets, start, end, cue.window, cue.not_near):
        return False
    if end < len(doc) and lemma_sets[end] & cue.not_before:
        return False
    return not (start > 0 and lemma_sets[start - 1] & cue.not_after)


def _near(doc: Doc, lemma_sets: list[set[str]], start: int, end: int, window: int, words: frozenset[str]) -> bool:
    """Is one of `words` within `window` words, in the same sentence (the cue itself excluded)?"""
    sent = doc[start].sent
    lo = max(sent.start, start - window)
    hi = min(sent.end, end + window)
    return any(lemma_sets[k] & words for k in range(lo, hi) if not start <= k < end)


class TopicExtractor:
    """Pipeline component ``ltr_topics``."""

    def __init__(self, use_classifier: bool = True) -> None:
        self.use_classifier = use_classifier

    def __call__(self, doc: Doc) -> Doc:
        found = matches(doc, "ltr_topic_matches")
        lemma_sets = list(doc_lemma_sets(doc))  # token_lemmas of every token, at once
        rule = cue_matches(doc, lemma_sets)
        model = classifier.load_model() if self.use_classifier else None
        if model is not None:
            rule = model.filter(doc, lemma_sets, rule)
        found.extend(rule)
        return doc


@Language.factory("ltr_topics", default_config={"use_classifier": True})
def make_topics(nlp: Language, name: str, use_classifier: bool) -> TopicExtractor:
    return TopicExtractor(use_classifier)


def collect(doc: Doc) -> list[str]:
    """The post's topics, in order of first mention."""
    seen: list[str] = []
    for m in doc._.ltr_topic_matches or ():
        if m.fact not in seen:
            seen.append(m.fact)
    return seen
