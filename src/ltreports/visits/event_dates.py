"""Which of a sentence's dates is the date of its event, and which further days it lists.

The dates extractor has already left out background dates (founding, biography, page stamps); here a
sentence's dates are read for the visit: the first one that is not an end point, and days listed
right after it ("vasario 10 ir 12 dienomis").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..dates.events import governing_verb, sentence
from ..language import doc_text, doc_words
from ..morphology.analyzer import Analysis
from ..morphology.component import doc_analyses
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


def announced(doc: Doc, date: DateMention) -> bool:
    """A date that announces an event to come: its clause's finite verb is in the future tense ("Birželio
    7 d. vyks ...", "Koncertas įvyks birželio 16 d."). The post reports no event on that day: the unit is
    a visit without a date. Not the day of the post itself ("Šiandien ... koncertuos")."""
    published = getattr(doc._, "ltr_published", None) if Doc.has_extension("ltr_published") else None
    if published is not None and date.value == published.isoformat():
        return False  # "Šiandien bibliotekoje koncertuos ...": the day of the post is the event's
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None or not _future_reading_near(doc, span):
        return False  # no word around the date reads as a future verb: no clause needs finding
    verb = governing_verb(span, sentence(span), finite=True)
    return verb is not None and verb.tense == "fut"


def _future_reading_near(doc: Doc, span: Span) -> bool:
    """Might the finite verb governing the date be in the future tense? A word of the date's sentence or of the
    one before it (which ``sentence`` may join to it) that can be a finite verb in the future, or a word with no
    readings (read again by ``governing_verb``). When none is, its governing verb is in no future tense."""
    if not doc.has_annotation("SENT_START"):
        return True
    sent = span.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    analyses = doc_analyses(doc)  # by index: no Token object (``is_alpha`` is ``str.isalpha`` of the text)
    texts = doc_words(doc)[0]
    for i in range(start, sent.end):
        found = analyses[i]
        if not found:
            if texts[i].isalpha():
                return True
            continue
        if _finite_future(found):
            return True
    return False


def _finite_future(readings: tuple[Analysis, ...]) -> bool:
    """Could the word be a finite verb in the future tense as ``dates.events.as_verb`` reads it: among its verb
    readings' tags one in the future, none in a past tense (read first there), one indicative?"""
    tags = [t for a in readings if a.pos.startswith("verb") for t in a.tags]
    return (
        any("_Fut" in t for t in tags)
        and not any("_Past" in t for t in tags)
        and any(t.startswith("Indic") for t in tags)
    )
