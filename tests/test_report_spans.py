"""The report's labelled spans (``build_report(..., spans=True)``), validated as one list: the same SpanMention
models, in the order of ``mention_spans``, only the mentions behind the report's records. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ltreports.report import build_report
from ltreports.schema import Source, SpanMention
from ltreports.spans import mention_spans

ROLE_TEXT = "Gegužės 10 d. Lazdijų viešojoje bibliotekoje direktorė Vaiva Malinauskienė aptarė projektus."


@pytest.mark.parametrize(
    "text",
    [
        ROLE_TEXT,
        "",
        "The library hosted a reading on 3 May 2023.",
        "Bibliotekoje vyko renginys;;; „Rudens spalvos“ ... (2024-05-06) – paroda!!!",
    ],
)
def test_report_spans_are_the_kept_mentions(nlp, text: str) -> None:
    doc = nlp(text)
    report = build_report(doc, Source())
    assert all(type(s) is SpanMention for s in report.spans)
    got = [(s.start, s.end, s.label) for s in report.spans]
    assert got == [m for m in mention_spans(doc) if m in set(got)]  # in their order, no duplicates
    if text == ROLE_TEXT:
        assert {"DATE", "PERSON", "ROLE", "LIBRARY", "TOPIC"} <= {label for _, _, label in got}


def test_report_without_spans(nlp) -> None:
    assert build_report(nlp(ROLE_TEXT), Source(), spans=False).spans is None
