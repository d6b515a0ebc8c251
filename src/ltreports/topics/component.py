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
from . import classifier
from .candidates import candidates
from .context import quoted_ranges

__all__ = ["TopicExtractor", "collect", "make_topics", "quoted_ranges"]


def cue_matches(doc: Doc, lemma_sets: list[set[str]] | None = None) -> list[Match[str]]:
    """Every cue that the context accepts, in text order."""
    if lemma_sets is None:
        lemma_sets = [token_lemmas(t) for t in doc]
    return [c.match for c in candidates(doc, lemma_sets) if c.reason is None]


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
