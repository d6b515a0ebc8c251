"""Activity topics (``../shared/spec/topics.md``): cues matched on lemmas, from ``data/topics.yaml``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .matches import matches


class TopicExtractor:
    def __call__(self, doc: Doc) -> Doc:
        matches(doc, "topic_matches")
        return doc


@Language.factory("ltr_topics", default_config={})
def make_topics(nlp: Language, name: str) -> TopicExtractor:
    return TopicExtractor()


def collect(doc: Doc) -> list[str]:
    seen: list[str] = []
    for m in doc._.topic_matches or ():
        if m.fact not in seen:
            seen.append(m.fact)
    return seen
