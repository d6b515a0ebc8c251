"""Which of a sentence's dates is the date of its event, and which further days it lists.

The dates extractor has already left out background dates (founding, biography, page stamps); here a
sentence's dates are read for the visit: the first one that is not an end point, and days listed
right after it ("vasario 10 ir 12 dienomis").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..language import doc_text
from ..schema import DateMention
from .grammar import data, previous_word


def event_date(doc: Doc, sentence_dates: list[DateMention]) -> DateMention | None:
    """The sentence's first date that is not an end point ("iki gruodžio 19 d.")."""
    until = data()["until_words"]
    for d in sentence_dates:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        prev = previous_word(doc, span.start) if span is not None else None
        if prev is None or prev.lower_ not in until:
            return d
    return None


def listed_dates(doc: Doc, first: DateMention, sentence_dates: list[DateMention]) -> list[DateMention]:
    """Dates listed right after ``first`` ("vasario 10 ir 12 dienomis", "kovo 7-ąją, 8-ąją")."""
    joiners = data()["date_list_joiners"]
    out: list[DateMention] = []
    end = first.end
    text = doc_text(doc)
    for d in sentence_dates:
        if d.start < end or d is first:
            continue
        between = text[end:d.start].strip().lower()
        if between and between not in joiners:
            break
        out.append(d)
        end = d.end
    return out
