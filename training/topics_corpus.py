"""The annotated posts (train + dev) as analysed Docs, for the topic scripts in this folder.

Runs the pipeline once per post (as ``ltreports.extract`` does) and keeps the Docs in a cache file
(``/tmp/ltreports-topics-docs.pkl`` unless ``$LTREPORTS_TOPICS_CACHE`` says otherwise) so that the topic
rules and the classifier can be re-run in seconds; the cache is rebuilt with ``--rebuild`` (needed after
changes outside the topic component). Corpus text stays in the cache and is never written to the
repository.
"""

from __future__ import annotations

import json
import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from spacy.language import Language
from spacy.tokens import Doc

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
FILES = ("train.jsonl", "dev.jsonl")
CACHE = Path(os.environ.get("LTREPORTS_TOPICS_CACHE", "/tmp/ltreports-topics-docs.pkl"))


@dataclass
class Post:
    id: str
    file: str
    site: str  # the url's host: the group for cross-validation
    gold: list[str]
    doc: Doc


def read_posts(files: tuple[str, ...] = FILES) -> list[dict]:
    out = []
    for name in files:
        with open(CORPUS / name, encoding="utf-8") as f:
            for line in f:
                post = json.loads(line)
                post["file"] = name
                out.append(post)
    return out


def site(url: str | None) -> str:
    host = (urlparse(url or "").hostname or "").lower()
    return host.removeprefix("www.")


def _analyse(nlp: Language, post: dict) -> Doc:
    from ltreports.api import parse_published
    from ltreports.libraries.component import set_document_context
    from ltreports.text_input import prepare

    prepared = prepare(post["text"])
    doc = nlp.make_doc(prepared.text)
    doc._.ltr_published = parse_published(post.get("published"))
    doc._.ltr_warnings = []
    set_document_context(doc, url=post.get("url"), gazetteer=None)
    with nlp.select_pipes(disable=["ltr_topics"]):
        return nlp(doc)


def load(rebuild: bool = False) -> tuple[Language, list[Post]]:
    """The pipeline and every annotated post with its Doc (topics not yet extracted)."""
    from ltreports import load_pipeline

    nlp = load_pipeline()
    raw = read_posts()
    if CACHE.is_file() and not rebuild:
        with open(CACHE, "rb") as f:
            stored = pickle.load(f)
        if [s[0] for s in stored] == [p["id"] for p in raw]:
            docs = []
            for _, data, user_data in stored:
                doc = Doc(nlp.vocab).from_bytes(data)
                doc.user_data.update(user_data)
                docs.append(doc)
            return nlp, _posts(raw, docs)
    docs = [_analyse(nlp, p) for p in raw]
    with open(CACHE, "wb") as f:
        stored = [(p["id"], d.to_bytes(exclude=["user_data"]), d.user_data) for p, d in zip(raw, docs, strict=True)]
        pickle.dump(stored, f)
    return nlp, _posts(raw, docs)


def _posts(raw: list[dict], docs: list[Doc]) -> list[Post]:
    return [
        Post(p["id"], p["file"], site(p.get("url")), list(p["gold"]["topics"]), d)
        for p, d in zip(raw, docs, strict=True)
    ]
