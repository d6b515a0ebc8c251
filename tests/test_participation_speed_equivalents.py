"""The index readers of participation (issue 14) agree with the Token readers they replaced: the words near a
name, the clause of a name, ``name_like``, the credit line read once per line, and the text read in place
instead of copied. Sentences written for these tests; odd spacing, punctuation, empty and foreign text too."""

from __future__ import annotations

import pytest

from ltreports.matches import doc_extension
from ltreports.morphology.component import token_analyses
from ltreports.people import credits
from ltreports.people.name_context import (
    CLAUSE_PUNCT_KEPT,
    clause_of,
    doc_token,
    name_like,
    name_like_at,
    nearby_indices,
    nearby_words,
    person_tokens,
)
from ltreports.people.participation import Part, decide

TEXTS = [
    "Gegužės 3 d. bibliotekoje lankėsi rašytoja Ona Jonaitė, poetas Petras Petraitis ir dailininkė Rasa Kairienė.",
    "Renginį vedė bibliotekininkė Daiva Lukoševičienė , o eiles skaitė aktorius Jonas Baltrušaitis!!!",
    "Vakaro viešnia – poetė Aldona Vaitkutė;   ji pasakojo apie kūrybą ir (slapyvardis Aldutė) savo knygas.\n\n"
    "Parengė Rūta Gaidelionienė\nAlgio Kazlausko nuotr.",
    "Poetas Vytautas Rimkus rašė: „Knyga – tai draugas.“ Renginyje nedalyvavo meras Tomas Stonkus.",
    "  \n  Vyr. bibliotekininkė  \n  Ona   Onaitė ,  padėkojo   skaitytojams. Ačiū rėmėjui Kęstučiui Žemaičiui. ",
    "The author John Smith met the readers of the library.",
    "",
]


def _plain_nearby(doc, i: int, step: int, n: int, lo: int, hi: int) -> list[int]:
    out: list[int] = []
    while lo <= i < hi and len(out) < n:
        if not doc[i].is_space:
            out.append(i)
        i += step
    return out


def _plain_name_like(token) -> bool:
    if not token.text[:1].isupper():
        return False
    if token.text.endswith(".") and len(token.text) <= 4:
        return True
    if not token.is_alpha:
        return False
    if token.i in person_tokens(token.doc):
        return True
    readings = [a for a in token_analyses(token) or () if a.source == "dictionary"]
    return not readings or any(a.kind in ("first_name", "family_name") for a in readings)


def _plain_ends(doc, i: int, sent) -> bool:
    token = doc[i]
    if token.text == ",":
        prev = [doc[j] for j in _plain_nearby(doc, i - 1, -1, 1, sent.start, sent.end)]
        nxt = [doc[j] for j in _plain_nearby(doc, i + 1, 1, 1, sent.start, sent.end)]
        return not (prev and nxt and _plain_name_like(prev[0]) and _plain_name_like(nxt[0]))
    return token.is_punct and token.text not in CLAUSE_PUNCT_KEPT


def _plain_clause(doc, first: int, last: int, sent) -> list[int]:
    lo = first
    while lo - 1 >= sent.start and not _plain_ends(doc, lo - 1, sent):
        lo -= 1
    hi = last
    while hi + 1 < sent.end and not _plain_ends(doc, hi + 1, sent):
        hi += 1
    return [t.i for t in doc[lo : hi + 1] if not (first <= t.i <= last) and not t.is_space]


@pytest.mark.parametrize("text", TEXTS)
def test_words_near_and_name_like_by_index_are_the_token_readers(nlp, text: str) -> None:
    doc = nlp(text)
    for i in range(len(doc)):
        assert doc_token(doc, i).i == i and doc_token(doc, i).text == doc[i].text
        assert name_like_at(doc, i) == name_like(doc[i]) == _plain_name_like(doc[i])
        for step in (-1, 1):
            expected = _plain_nearby(doc, i, step, 3, 0, len(doc))
            assert nearby_indices(doc, i, step, 3, 0, len(doc)) == expected
            assert [t.i for t in nearby_words(doc, i, step, 3)] == expected


@pytest.mark.parametrize("text", TEXTS)
def test_clause_of_a_name_is_the_token_clause(nlp, text: str) -> None:
    doc = nlp(text)
    for m in doc_extension(doc, "ltr_person_matches") or []:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        sent = span.sent
        got = [t.i for t in clause_of(doc, span.start, span.end - 1, sent)]
        assert got == _plain_clause(doc, span.start, span.end - 1, sent)
    if not len(doc):
        return
    whole = doc[:]  # any range of words, not only names
    for first in range(len(doc)):
        last = min(first + 1, len(doc) - 1)
        assert [t.i for t in clause_of(doc, first, last, whole)] == _plain_clause(doc, first, last, whole)


@pytest.mark.parametrize(
    "text, name, part, reason",
    [
        ("Poetas Vytautas Rimkus rašė: „Knyga – tai draugas.“ Visi klausėsi.", "Vytautas Rimkus",
         Part.REFERRED, "cited"),
        ("Renginyje nedalyvavo meras Tomas Stonkus, nes susirgo.", "Tomas Stonkus", Part.LISTED, "absent"),
        ("Vakaro viešnia – poetė Aldona Vaitkutė. Ji skaitė eiles.", "Aldona Vaitkutė", Part.TOOK_PART, "role"),
        ("Bibliotekoje savo knygą pristatė rašytojas Jonas Petrauskas.", "Jonas Petrauskas", Part.TOOK_PART,
         "subject"),
    ],
)
def test_decisions_read_by_index(nlp, text: str, name: str, part: Part, reason: str) -> None:
    doc = nlp(text)
    start = text.index(name)
    decision = decide(doc, start, start + len(name))
    assert (decision.part, decision.reason) == (part, reason)


CREDIT_TEXTS = [
    "Vakare skaitė poetė Ona Jonaitė.\n\nParengė Rūta Kairienė\nAlgio Kazlausko nuotr.",
    "Parengė:\n\nRūta Kairienė\n",
    "Programa:\nsmuikininkė Ona Jonaitė,\npianistas Petras Petraitis.\n",
    "Ilga pastraipa apie renginį, kuriame dalyvavo daug žmonių.\nRūta Kairienė\n",
    "Koncertas – dainininkė Ona Jonaitė\nDaugiau nieko.\nDar eilutė.\nPaskutinė",
    "Šventė baigėsi. Nuotr. Petras Petraitis",
    "   \n\n  ",
    "",
]


def _plain_is_credit(text: str, start: int, signature: bool) -> bool:
    """``is_credit`` as it read the text before it kept what a line says (its rules, restated)."""
    cues = credits.data()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end == -1 else line_end].strip()
    words = line.lower().replace(",", " ").split()
    if not words:
        return False
    if words[0].rstrip(":") in cues["credit_starts"] or words[-1] in cues["credit_ends"]:
        return True
    above = text[:line_start].rstrip()
    heading = above[above.rfind("\n") + 1 :].strip().lower()
    if heading.endswith(":") and heading.split()[0].rstrip(":") in cues["credit_starts"]:
        return True
    sentence_start = max(text.rfind(". ", line_start, start) + 2, line_start)
    first = text[sentence_start:start].strip().lower().split()
    if first and first[0].rstrip(":") in cues["credit_starts"]:
        return True
    programme = " – " in line or " - " in line or ":" in line
    if not signature or line.endswith((",", ";")) or credits.in_list_block(text, line_start):
        return False
    lines_after = sum(1 for row in text[line_start:].split("\n") if row.strip())
    return min(lines_after, 4) <= 3 and len(line) <= 80 and not line.endswith((".", "!", "?")) and not programme


@pytest.mark.parametrize("text", CREDIT_TEXTS)
def test_credit_lines_read_once_are_the_plain_reading(text: str) -> None:
    for start in range(len(text)):
        for signature in (True, False):
            assert credits.is_credit(text, start, signature) == _plain_is_credit(text, start, signature), start
    for end in range(len(text) + 1):
        assert credits.content_end(text, end) == len(text[:end].rstrip())


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Parengė:\n\nRūta Kairienė\n", "Rūta Kairienė", True),
        ("Programa:\nsmuikininkė Ona Jonaitė,\npianistas Petras Petraitis.\n", "Ona Jonaitė", False),
        ("Vakare skaitė poetė Ona Jonaitė, vėliau dainavo choras.", "Ona Jonaitė", False),
        ("Šventė baigėsi.\nAlgio Kazlausko nuotr.", "Algio Kazlausko", True),
    ],
)
def test_is_credit(text: str, name: str, expected: bool) -> None:
    assert credits.is_credit(text, text.index(name)) is expected
