"""The annotated posts as the training scripts read them: each post, its site, and its Doc after the pipeline.

Shared by the scripts that compare a small model with the rules under cross-validation grouped by site
(``participation_classifier.py``, ``visit_classifier.py``, ``event_dates.py``): one reading of the corpus, so
that they all see the same text, the same publication date and the same site of each post.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

from spacy.tokens import Doc

from ltreports.api import load_pipeline, parse_published
from ltreports.libraries.component import set_document_context
from ltreports.text_input import prepare

FILES = ("train.jsonl", "dev.jsonl")


def site(post: dict) -> str:
    """The group of a post in grouped cross-validation: the host of its ``url`` (its id when it has none)."""
    return urlparse(post.get("url") or "").netloc or post["id"]


def posts(corpus: Path, files: tuple[str, ...] = FILES) -> Iterator[dict]:
    for name in files:
        with (corpus / name).open(encoding="utf-8") as f:
            yield from (json.loads(line) for line in f if line.strip())


def annotated_docs(corpus: Path, files: tuple[str, ...] = FILES) -> Iterator[tuple[dict, Doc]]:
    """Each post with its Doc, as ``ltreports.extract`` makes it (prepared text, publication date, site)."""
    nlp = load_pipeline("spacy")
    for post in posts(corpus, files):
        doc = nlp.make_doc(prepare(post["text"]).text)
        doc._.ltr_published = parse_published(post.get("published"))
        doc._.ltr_warnings = []
        set_document_context(doc, url=post.get("url"), gazetteer=None)
        yield post, nlp(doc)
