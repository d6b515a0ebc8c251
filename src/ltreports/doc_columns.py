"""Per-Doc token columns, read once per Doc: ``doc_text``, ``doc_words``, ``doc_column``, ``doc_rows``,
``sentence_start_offsets``.

spaCy makes a Token object on every ``doc[i]`` and joins every token's text on every ``doc.text``; one
``Doc.to_array`` costs about as much per attribute as per call. Components read the Doc's attributes here,
by token index: the attributes of ``COLUMNS`` in one ``to_array`` per Doc (the segmenter fills them as it
reads them and writes the sentence starts), the text once. The last Doc asked about is remembered, per
thread; a Doc's text and these attributes do not change once the sentence starts are set.
"""

from __future__ import annotations

import threading

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LOWER, ORTH, SENT_START, SPACY
from spacy.tokens import Doc


class _LastText(threading.local):
    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.text = ""
        self.columns_doc: Doc | None = None
        self.columns: dict[int, list[int]] = {}
        self.words: tuple[list[str], list[int]] = ([], [])


last_text = _LastText()

# the token attributes read for every Doc in one ``Doc.to_array`` (``doc_column``); none changes once the
# sentence starts are set (``ltr_sentences`` reads them all and keeps them with the starts it wrote)
COLUMNS = (ORTH, IDX, SPACY, IS_SPACE, IS_ALPHA, IS_PUNCT, LOWER, SENT_START)  # (SENT_START last: the segmenter
# reads the others, writes the starts)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text on each ``doc.text``, so a
    component reading it inside a loop does work growing with the square of the post's length. The
    last Doc asked about is remembered (per thread); a Doc's text never changes."""
    if last_text.doc is not doc:
        last_text.text = doc.text
        last_text.doc = doc
    return last_text.text


def keep_columns(doc: Doc, columns: list[list[int]], texts: list[str] | None = None) -> None:
    """Remember the ``COLUMNS`` of ``doc`` (each a list by token index) and its tokens' texts."""
    by_attr = dict(zip(COLUMNS, columns, strict=True))
    if texts is None:
        strings = doc.vocab.strings
        texts = [strings[orth] for orth in by_attr[ORTH]]
    state = last_text
    state.columns = by_attr
    state.words = (texts, by_attr[IDX])
    state.columns_doc = doc


def _doc_columns(doc: Doc) -> dict[int, list[int]]:
    state = last_text
    if state.columns_doc is not doc or len(state.words[0]) != len(doc):
        keep_columns(doc, doc.to_array(COLUMNS).T.tolist())
    return state.columns


def doc_column(doc: Doc, attr: int) -> list[int]:
    """``doc.to_array(attr).tolist()``, read once per Doc for the attributes of ``COLUMNS`` (all of them in
    one ``to_array``; the last Doc asked about is remembered, per thread), else read now. Read it after the
    sentence starts are set; do not change the list."""
    column = _doc_columns(doc).get(attr)
    return doc.to_array(attr).tolist() if column is None else column


def doc_rows(doc: Doc, attrs: tuple[int, ...] | list[int]) -> list[tuple[int, ...]]:
    """``doc.to_array(attrs).tolist()`` as tuples (row by token), from the columns of ``doc_column``."""
    return list(zip(*(doc_column(doc, attr) for attr in attrs), strict=True))


def sentence_start_offsets(doc: Doc) -> set[int]:
    """The character offsets of the tokens that start a sentence (``SENT_START`` 1), from ``doc_column``."""
    return {offset for offset, start in zip(doc_column(doc, IDX), doc_column(doc, SENT_START), strict=True)
            if start == 1}


def doc_words(doc: Doc) -> tuple[list[str], list[int]]:
    """Every token's text and character offset (``token.text``, ``token.idx``) by index, read once per Doc
    (with ``doc_column``'s columns): ``doc[i]`` makes a Token object on every access."""
    state = last_text
    if state.columns_doc is doc and len(state.words[0]) == len(doc):
        return state.words
    _doc_columns(doc)
    return state.words
