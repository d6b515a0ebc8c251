"""All mentions as one span group, ``doc.spans["ltreports"]``, for displaCy and spaCy users.

The last pipeline component (``ltr_spans``) gathers what the extractors found — DATE, PERSON, ROLE,
LIBRARY, BRANCH, TOPIC — from their Doc extensions into a span group, so that
``displacy.render(doc, style="span", options={"spans_key": "ltreports"})`` shows them and
``doc.to_bytes()`` keeps them. ``mention_spans`` gives the same list as plain offsets for the report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from .language import doc_text
from .matches import in_boilerplate

SPANS_KEY = "ltreports"
LABELS = ("DATE", "PERSON", "ROLE", "LIBRARY", "BRANCH", "TOPIC")
# displaCy colours for the labels (the span style's defaults are all one colour)
COLORS = {
    "DATE": "#7aecec", "PERSON": "#aa9cfc", "ROLE": "#c887fb", "LIBRARY": "#feca74", "BRANCH": "#ffeb80",
    "TOPIC": "#bfeeb7",
}


def mention_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) character offsets of every mention, page chrome left out, sorted."""
    found: set[tuple[int, int, str]] = set()
    for m in doc._.ltr_date_matches or ():
        found.add((m.start, m.end, "DATE"))
    for m in doc._.ltr_person_matches or ():
        found.add((m.start, m.end, "PERSON"))
        fact = m.fact
        if getattr(fact, "role_start", None) is not None and getattr(fact, "role_end", None) is not None:
            found.add((fact.role_start, fact.role_end, "ROLE"))
    for m in doc._.ltr_library_matches or ():
        kind = getattr(m.fact, "kind", None)
        found.add((m.start, m.end, "BRANCH" if kind == "branch" else "LIBRARY"))
    for m in doc._.ltr_topic_matches or ():
        found.add((m.start, m.end, "TOPIC"))
    length = len(doc_text(doc))
    return sorted((s, e, label) for s, e, label in found if 0 <= s < e <= length and not in_boilerplate(doc, s, e))


def span_group(doc: Doc, mentions: Iterable[tuple[int, int, str]]) -> list[Span]:
    spans = []
    for start, end, label in mentions:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    return spans


class SpanCollector:
    """Puts every mention into ``doc.spans[spans_key]``."""

    def __init__(self, spans_key: str = SPANS_KEY) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = span_group(doc, mention_spans(doc))
        return doc


@Language.factory("ltr_spans", default_config={"spans_key": SPANS_KEY})
def make_span_collector(nlp: Language, name: str, spans_key: str) -> Callable[[Doc], Doc]:
    return SpanCollector(spans_key)
