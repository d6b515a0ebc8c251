"""The people layer's shortcuts give what the plain computations they replace gave: token texts by index
instead of Token objects, a cheap author test before ``head_of``, the dictionary's readings alone for
``_dictionary_noun``, ``_agree`` skipping cases a part cannot stand in, ``inside_quotes`` reading the quotes
alone. Sentences written for these tests."""

from __future__ import annotations

import itertools

import pytest

from ltreports.morphology import get_analyzer
from ltreports.people import names, role_words
from ltreports.people.names import CASE_ORDER, QUALITY, Reading
from ltreports.people.nonperson import inside_quotes
from ltreports.people.role_phrase import next_index, prev_index

TEXTS = [
    "Knygos autorius Jonas Petraitis ir jos autorė Ona Petraitienė susitiko su skaitytojais.",
    "Renginį vedė bibliotekininkė-renginių organizatorė Rūta Jonaitienė.\n\nDalyvavo autorių bendrijos nariai.",
    "  Vyr. bibliotekininkė  \n  Ona   Onaitė ,  autorė-sudarytoja ,  padėkojo   autoriams.  ",
    "Sveiki!!! ... — „Žodžio“ autorei; AUTORIUS; aut. mokyt. vad. autoritetas, automobilis, autobusas.",
    "The author John Smith met the readers of the library.",
    "",
]


def _plain_prev(doc, i: int) -> int:
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def _plain_next(doc, i: int) -> int:
    i += 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


@pytest.mark.parametrize("text", TEXTS)
def test_word_walks_by_index_are_the_token_walks(nlp, text: str) -> None:
    doc = nlp(text)
    texts = [t.text for t in doc]
    for i in range(len(doc) + 1):
        assert prev_index(texts, i) == _plain_prev(doc, i)
        assert next_index(texts, i - 1) == _plain_next(doc, i - 1)
    for token in doc:  # the str methods the walks use are the Token flags
        assert (token.text.isspace(), token.text.isalpha(), token.text.islower(), token.text.isdigit()) == (
            token.is_space, token.is_alpha, token.is_lower, token.is_digit
        )


@pytest.mark.parametrize("text", TEXTS)
def test_may_be_author_never_misses_an_author_head(nlp, text: str) -> None:
    authors = role_words.word_set_roles("author_heads")
    words = {t.text for t in nlp(text)} | {t.text.lower() for t in nlp(text)}
    for word in sorted(words):
        head = role_words.head_of(word)
        if head is not None and set(head.forms) & authors:
            assert role_words.may_be_author(word), word


@pytest.mark.parametrize(
    ("word", "expected"),
    [("autorius", True), ("autorei", True), ("autorių", True), ("autorės", True),
     ("bibliotekininkė", True),  # a listed role head: ``head_of`` decides
     ("knygos", False), ("skaitytojai", False), ("vakaras", False), ("", False)],
)
def test_may_be_author(word: str, expected: bool) -> None:
    assert role_words.may_be_author(word) is expected


@pytest.mark.parametrize(
    "lemma", ["moderatorė", "sektorė", "chemikė", "vakarė", "autorius", "bibliotekininkas", "Vilnius", "xyzas", ""]
)
def test_dictionary_noun_is_a_dictionary_reading(lemma: str) -> None:
    word = lemma.lower() if lemma.isupper() and len(lemma) > 1 else lemma
    expected = any(
        a.pos == "noun" and a.source == "dictionary" and a.lemma == lemma for a in get_analyzer().analyze(word)
    )
    assert role_words._dictionary_noun(lemma) is expected


def _plain_agree(parts, cases):
    """``_agree`` as a search over every case and gender, without skipping any."""
    best = None
    for ci, case in enumerate(CASE_ORDER):
        if cases and case not in cases:
            continue
        for gender in ("Fem", "Masc"):
            chosen = []
            for readings in parts:
                fits = [r for r in readings if (r.case == case or r.case is None) and r.gender in (gender, None)]
                if not fits:
                    break
                chosen.append(max(fits, key=lambda r: QUALITY[r.source]))
            else:
                score = (sum(QUALITY[r.source] for r in chosen), sum(r.gender is not None for r in chosen), -ci)
                if best is None or score > best[0]:
                    best = (score, chosen, case, gender)
    if best is None:
        return None
    _, chosen, case, gender = best
    return chosen, case, None if all(r.gender is None for r in chosen) else gender


POOL = [
    Reading("Ona", "Fem", "Nom", "name"), Reading("Onos", "Fem", "Gen", "fallback"),
    Reading("Jonas", "Masc", "Nom", "name"), Reading("Jono", "Masc", "Gen", "name"),
    Reading("Petraitis", "Masc", "Voc", "guess"), Reading("Smith", None, None, "asis"),
    Reading("R.", None, None, "initial"), Reading("Kaunas", None, "Loc", "place"),
]


@pytest.mark.parametrize("cases", [None, ("Nom",), ("Gen", "Dat"), ("Voc",), names.NOT_VOCATIVE])
def test_agree_is_the_plain_search(cases) -> None:
    parts_pool = [tuple(c) for n in (0, 1, 2) for c in itertools.combinations(POOL, n)]
    for first, second in itertools.product(parts_pool, repeat=2):
        assert names._agree([first, second], cases) == _plain_agree([first, second], cases)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Paroda „Jonas Jonaitis ir draugai“ atidaryta.", "Jonas", True),
        ("Dalyvavo Jonas Jonaitis.", "Jonas", False),
        ("Knyga „„Jonas Jonaitis“ pristatyta.", "Jonas", True),
        ('Filmas "Jonas Jonaitis" rodytas.', "Jonas", True),
        ('„Knyga“ ir "kita" – skaitė Jonas Jonaitis.', "Jonas", False),
        ("„Vakaras“\nJonas Jonaitis „Rytas“", "Jonas", False),
        ("Rašė „Ona“ Ona.", "Ona.", False),
        ('""Jonas"" ir „Ona', "Jonas", True),
        ("„Jonas", "Jonas", False),
    ],
)
def test_inside_quotes(text: str, name: str, expected: bool) -> None:
    start = text.rindex(name) if name.endswith(".") else text.index(name)
    assert inside_quotes(text, start, start + len(name)) is expected
