"""The Python API: ``extract(text, published=...) -> Report`` and ``load_pipeline()``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc

from .libraries.component import set_document_context
from .libraries.gazetteer import load_gazetteer
from .pipeline import load_pipeline
from .report import build_report
from .schema import Report, Source
from .text_input import prepare

__all__ = [
    "MAX_CHARS", "MAX_INPUT_BYTES", "DocumentTooLarge", "extract", "load_pipeline", "parse_published",
    "report_from_doc",
]

# The size limit: a post longer than this (after HTML-to-text conversion) is refused with a message.
# One million characters is spaCy's own default ``max_length`` and some 150 pages of print; the
# longest real news post seen is under 50,000. Raw input (HTML with its markup) may be MAX_INPUT_BYTES.
MAX_CHARS = 1_000_000
MAX_INPUT_BYTES = 20_000_000


class DocumentTooLarge(ValueError):
    """The document is over the size limit; the message says how long it is and what to do."""


def parse_published(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    """``YYYY-MM-DD`` (or a date) → date; raises ValueError with a message a user can act on."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"published date {value!r} is not a date: write it as YYYY-MM-DD, e.g. 2023-05-20") from None


def extract(
    text: str | bytes,
    *,
    published: str | dt.date | None = None,
    source: Source | dict | None = None,
    backend: str = "spacy",
    include_text: bool = False,
    gazetteer: str | Path | Sequence[str | Path] | None = None,
    max_chars: int | None = None,
) -> Report:
    """Extract visits, people, libraries, dates and topics from one Lithuanian post.

    ``text`` is plain text or HTML (str, or bytes in UTF-8 / Windows-1257 / ISO-8859-13); ``published``
    is the post's publication date, which resolves year-less dates. Offsets in the report refer to
    the text after decoding and HTML-to-text conversion (``include_text=True`` adds it to the report, with
    ``spans``: every mention labelled DATE, PERSON, ROLE, LIBRARY, BRANCH or TOPIC).
    ``gazetteer`` names user gazetteer files (YAML/JSON) merged with the built-in one.

    Raises ValueError for a ``published`` that is not a date and ``DocumentTooLarge`` (a ValueError)
    for a text over ``max_chars`` characters (default ``MAX_CHARS``); any other text gives a report.
    """
    published_date = parse_published(published)
    src = Source.model_validate(source) if isinstance(source, dict) else (source or Source())
    if published_date is not None:
        src = src.model_copy(update={"published": published_date.isoformat()})
    if isinstance(text, bytearray | memoryview):
        text = bytes(text)
    if not isinstance(text, str | bytes):
        raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
    if len(text) > MAX_INPUT_BYTES:
        raise DocumentTooLarge(
            f"the input is {len(text):,} characters long, over the limit of {MAX_INPUT_BYTES:,}: "
            "split it into separate posts"
        )
    prepared = prepare(text)
    limit = MAX_CHARS if max_chars is None else max_chars
    if len(prepared.text) > limit:
        raise DocumentTooLarge(
            f"the text is {len(prepared.text):,} characters long, over the limit of {limit:,}: "
            "split it into separate posts, or raise the limit (max_chars=, --max-chars)"
        )
    warnings = list(prepared.warnings)
    if published_date is None and src.published is None and prepared.published:
        # an HTML page's own metadata gives the publication date when the caller did not
        published_date = parse_published(prepared.published)
        src = src.model_copy(update={"published": published_date.isoformat()})
    if src.title is None and prepared.title:
        src = src.model_copy(update={"title": prepared.title})
    if not prepared.text.strip():
        warnings.append("the document is empty: nothing to extract")
    nlp = load_pipeline(backend)
    if len(prepared.text) >= nlp.max_length:  # a raised max_chars: spaCy's own limit must follow it
        nlp.max_length = len(prepared.text) + 1
    doc = nlp.make_doc(prepared.text)
    doc._.ltr_published = published_date
    doc._.ltr_warnings = []
    set_document_context(doc, url=src.url, gazetteer=load_gazetteer(gazetteer) if gazetteer else None)
    doc = nlp(doc)
    report = build_report(doc, src, warnings, spans=include_text)  # the labelled spans go with the text
    if include_text:
        report.text = prepared.text
    return report


def report_from_doc(
    doc: Doc,
    *,
    published: str | dt.date | None = None,
    source: Source | dict | None = None,
) -> Report:
    """The report of a Doc that ``load_pipeline()`` analysed, for spaCy users who run the pipeline
    themselves (``nlp.pipe``). ``published`` (or the Doc's own ``doc._.ltr_published``) resolves year-less
    dates; with ``nlp.pipe(pairs, as_tuples=True)`` pass each context's date::

        for doc, context in nlp.pipe(((text, {"published": "2023-05-20"}) for text in texts), as_tuples=True):
            report = ltreports.report_from_doc(doc, published=context["published"])
    """
    published_date = parse_published(published)
    src = Source.model_validate(source) if isinstance(source, dict) else (source or Source())
    if published_date is not None:
        doc._.ltr_published = published_date
        src = src.model_copy(update={"published": published_date.isoformat()})
    elif doc._.ltr_published is not None and src.published is None:
        src = src.model_copy(update={"published": doc._.ltr_published.isoformat()})
    return build_report(doc, src)
