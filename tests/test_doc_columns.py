"""The per-Doc token columns (``doc_column``, ``doc_rows``, ``sentence_start_offsets``, ``doc_words``,
``doc_text``) and the one-pass segmenter give what spaCy's own accessors and the token-by-token rules give.

Texts are written for these tests: Lithuanian with abbreviations, initials and line breaks, odd
punctuation, a very long line, an empty text and text in other languages.
"""

from __future__ import annotations

import random

import pytest
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, SENT_START, SHAPE, SPACY

TEXTS = [
    "",
    " ",
    "\n\n",
    "Renginys vyko 2024 m. gegužės 3 d. Kalbėjo dr. R. Gulbinas ir prof. Ona Jonaitė.",
    "Antraštė\n\nPirmas sakinys be taško\nAntras – su brūkšniu, ir t. t.\n\n\nTrečias!!! Ketvirtas?.. Penktas…",
    "„Knygų“ klubas (m.) susitiko: vyr. bibliotekininkė V. Petraitienė; žr. 5 psl. :) xD ir, po to...",
    "Vasara, vasara, vasara, " * 300 + "pabaiga.",
    "The library hosted a reading on May 3. Dr. Smith spoke!\nDie Bibliothek lädt ein. Привет, мир.",
    "«Ąžuolas»\t—\tĮvadas\n• Pirmas punktas\n• Antras punktas\n\u00a0\nIr dar 12 val. paskaita.",
    "a.b.c. d.e. (d.) [kt.] {t. y.} 3–4 d., 2023-05-03, info@biblioteka.lt, https://biblioteka.lt/x?y=1",
]
COLUMN_ATTRS = (ORTH, IDX, SPACY, IS_SPACE, IS_ALPHA, IS_PUNCT, LOWER, SENT_START)


def _random_texts(count: int) -> list[str]:
    rng = random.Random(14)
    words = ["Vilniuje", "bibliotekoje", "d.", "m.", "R.", "prof.", "kt.", "ir", "po", "Ona", "vyko", "2024",
             "gegužės", ".", "!", "?", "…", ",", "„", "“", "\n", "\n\n", " ", "(", ")", "–", "t.", "y.", "Dž.",
             "Kaune", "val.", ":", "ar", "su", "ČIA", "x"]
    out = []
    for _ in range(count):
        parts = [rng.choice(words) for _ in range(rng.randint(1, 40))]
        out.append("".join(p + rng.choice(["", " ", " ", " ", "  ", "\n"]) for p in parts))
    return out


def _reference_starts(doc, segmenter) -> list[bool]:
    """The segmenter's rules as a plain loop over every token (the implementation before the one-pass
    version), read through Token objects."""
    from ltreports.language import SENTENCE_END, abbreviations, month_words

    abbrs, months = abbreviations(), month_words()
    text = doc.text
    starts = [False] * len(doc)
    if not len(doc):
        return starts
    starts[0] = True
    sent_start, last, newlines = 0, -1, 0
    for i, tok in enumerate(doc):
        if i > 0 and not tok.is_space:
            start = False
            if last < 0:
                start = False
            elif newlines >= 2:
                start = True
            elif newlines == 1:
                start = segmenter._line_break_ends(text, doc[last], tok)
            elif doc[last].text in SENTENCE_END or doc[last].text.endswith(("!", "?")):
                start = _starts_like(tok)
            elif abbrs.get(doc[last].text) and _starts_like(tok) and tok.text[:1].isupper():
                start = any(t.is_alpha and t.is_lower and t.lower_ not in months for t in doc[sent_start:last])
            if start:
                starts[i] = True
                sent_start = i
        if tok.is_space:
            newlines += tok.text.count("\n")
        else:
            last, newlines = i, 0
    return starts


def _starts_like(tok) -> bool:
    ch = tok.text[:1]
    return ch.isupper() or ch.isdigit() or ch in "„\"“«(–-—*•"


@pytest.mark.parametrize("text", TEXTS + _random_texts(150))
def test_sentence_starts_are_those_of_the_token_by_token_rules(nlp, text: str) -> None:
    segmenter = nlp.get_pipe("ltr_sentences")
    doc = segmenter(nlp.make_doc(text))
    assert [bool(t.is_sent_start) for t in doc] == _reference_starts(doc, segmenter)


@pytest.mark.parametrize("text", TEXTS)
def test_columns_equal_spacys_arrays(nlp, text: str) -> None:
    from ltreports.language import doc_column, doc_rows, doc_text, doc_words, sentence_start_offsets

    for doc in (nlp(text), nlp.make_doc(text)):  # set by the segmenter; read when first asked
        for attr in (*COLUMN_ATTRS, LEMMA, SHAPE):
            assert doc_column(doc, attr) == doc.to_array(attr).tolist(), attr
        assert doc_rows(doc, (IS_SPACE, SPACY)) == [tuple(r) for r in doc.to_array([IS_SPACE, SPACY]).tolist()]
        assert doc_words(doc) == ([t.text for t in doc], [t.idx for t in doc])
        assert doc_text(doc) == doc.text == text
        if doc.has_annotation("SENT_START"):
            table = doc.to_array([IDX, SENT_START])
            assert sentence_start_offsets(doc) == set(table[table[:, 1] == 1, 0].tolist())


def test_columns_follow_the_doc_asked_about(nlp) -> None:
    from spacy.tokens import Doc

    from ltreports.language import doc_column, doc_text, doc_words

    first, second = nlp("Pirmas tekstas."), nlp("Antras, kitoks tekstas!")
    assert doc_words(first)[0] == ["Pirmas", "tekstas", "."]
    assert doc_words(second)[0] == ["Antras", ",", "kitoks", "tekstas", "!"]
    assert doc_column(first, IS_PUNCT) == [0, 0, 1]
    built = Doc(nlp.vocab, words=["Be", "tokenizerio", "."], spaces=[True, False, False])
    assert doc_text(built) == "Be tokenizerio." and doc_words(built)[1] == [0, 3, 14]
    assert doc_text(first) == "Pirmas tekstas."


@pytest.mark.parametrize(
    ("chunk", "may"),
    [
        ("bibliotekoje.", False), ("„Knygų", False), ("2024", False), ("3–4", False), ("Vilniuje,", False),
        ("(d.", True), ("m.,", True), ("ir,", True), ("„po", True), ("...", True), ("xD", True), ("–", True),
    ],
)
def test_chunks_that_may_hold_a_special_case(nlp, chunk: str, may: bool) -> None:
    from ltreports.language import _may_hold_special

    assert _may_hold_special(chunk, nlp.tokenizer.rules) is may


@pytest.mark.parametrize("text", TEXTS + _random_texts(40))
def test_new_chunks_in_one_call_give_the_tokens_of_the_affix_rules(text: str) -> None:
    """A fresh tokenizer (every chunk new to it) gives spaCy's tokens, then again from its cache."""
    from spacy.tokenizer import Tokenizer

    from ltreports.pipeline import base_pipeline

    tok = base_pipeline(trained=False).tokenizer
    plain = Tokenizer(tok.vocab, rules=tok.rules, prefix_search=tok.prefix_search, suffix_search=tok.suffix_search,
                      infix_finditer=tok.infix_finditer, token_match=tok.token_match, url_match=tok.url_match)
    expected = [(t.text, t.whitespace_, t.idx) for t in plain(text)]
    for _ in range(2):
        assert [(t.text, t.whitespace_, t.idx) for t in tok(text)] == expected
