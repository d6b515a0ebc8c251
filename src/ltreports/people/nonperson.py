"""Capitalized words that look like a name but name something else: a quoted title, an organization in
apposition ("leidykla ALMA LITTERA"), a place named after a person ("kunigaikščio X dvaro sodyboje")."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from ..language import doc_words, month_words
from ..morphology import get_analyzer
from .detect import Candidate
from .names import agree, word_set
from .role_words import is_organization

QUOTE_RE = re.compile('[„“”"]')
HOUSE_NUMBER_RE = re.compile(r"\d{1,3}[a-zA-Z]?")


def inside_quotes(text: str, start: int, end: int) -> bool:
    """Inside „…“ / "…" quotes on the same line (a title of a work, a name of an event)."""
    line_start = text.rfind("\n", 0, start) + 1
    depth = 0
    before, at = "", -2  # the last quote and where it stands
    for quote in QUOTE_RE.finditer(text, line_start, start):  # the quotes alone, not every letter of the line
        ch, pos = quote.group(), quote.start()
        doubled = ch == before and pos == at + 1
        before, at = ch, pos
        if doubled:
            continue  # a doubled quote („„Tremtis ...“) opens or closes once
        if ch == "„":
            depth += 1
        elif ch in "“”":
            depth = max(0, depth - 1)
        else:  # '"'
            depth = depth - 1 if depth > 0 else 1
    if depth == 0:
        return False
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    return any(q in rest for q in '“”"')


def inside_parentheses(text: str, start: int, end: int) -> bool:
    """Inside "( … )" on the same line: a person named within a library's mention ("Naivių (vyresn.
    bibliotekininkė X) filialas") is still a person, not part of the library's name."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = text.rfind("(", line_start, start)
    if opening == -1 or ")" in text[opening:start]:
        return False
    line_end = text.find("\n", end)
    closing = text.find(")", end, len(text) if line_end == -1 else line_end)
    return closing != -1 and "(" not in text[end:closing]


def organization_name(doc: Doc, cand: Candidate) -> bool:
    """Capitals right after an organization noun in the same, non-genitive case name the organization
    ("leidykla ALMA LITTERA", "su bendrove Jonas ir Ko"), not a person."""
    texts = doc_words(doc)[0]
    k = cand.first - 1
    while k >= 0 and texts[k].isspace():
        k -= 1
    if k < 0 or not texts[k].isalpha() or not texts[k].islower() or not is_organization(texts[k]):
        return False
    found = [a for a in get_analyzer().analyze(texts[k]) if a.pos == "noun"]
    if any(a.case == "Gen" for a in found):
        return False  # "Kelmės bibliotekos Ona Jonaitė": a person of that library
    cases = {a.case for a in found}
    parts = [*cand.given, *cand.family]
    agreed = agree(parts, tuple(c for c in cases if c)) if cases else None
    return agreed is not None and agreed[1] in cases


def place_named_after(words: list[str]) -> bool:
    """Past genitive nouns ("dvaro", "menų"), a noun naming a place ("sodyboje", "dvare", "pilyje") or an
    institution ("X menų gimnazijos moksleiviai")."""
    places = _places_and_institutions()
    for word in words:
        found = [a for a in get_analyzer().analyze(word) if a.pos == "noun" and a.kind is None]
        if any(a.lemma.lower() in places for a in found):
            return True
        if not found or not any(a.case == "Gen" for a in found):
            return False
    return False


def _places() -> frozenset[str]:
    return word_set("place_after_genitive")


@cache
def _places_and_institutions() -> frozenset[str]:
    """Lemmas of the place nouns and of the institution nouns that follow a patron's genitive name."""
    out = {w.lower() for w in _places()}
    for form in word_set("after_not_person"):
        out.update(a.lemma.lower() for a in get_analyzer().analyze(form) if a.pos == "noun" and a.kind is None)
    return frozenset(out)


def a_date(doc: Doc, cand: Candidate) -> bool:
    """A month name before a day read as a family name ("1917 M. VASARIO 28 D." in capitals)."""
    texts = doc_words(doc)[0]
    if texts[cand.last].lower() not in month_words():
        return False
    nxt = next((t for t in texts[cand.last + 1 : cand.last + 3] if not t.isspace()), None)
    return nxt is not None and nxt.isdigit() and len(nxt) <= 2


def street_address(doc: Doc, cand: Candidate) -> bool:
    """A genitive name followed by a house number names a street ("J. Tumo-Vaižganto 81", "S. Daukanto 12")."""
    agreed = agree([*cand.given, *cand.family], ("Gen",))
    if agreed is None or agreed[1] != "Gen":
        return False
    texts = doc_words(doc)[0]  # by index: ``Token.text``, ``Token.is_space``, ``Token.is_alpha`` without a Token
    k = cand.last + 1
    seen = 0
    while k < len(texts) and seen < 3:
        word = texts[k]
        k += 1
        if word.isspace():
            continue
        seen += 1
        if word in "-–—" or (seen <= 2 and word[:1].isupper() and word.isalpha()):
            continue  # the second part of a double name ("Tumo – Vaižganto")
        if HOUSE_NUMBER_RE.fullmatch(word):
            nxt = next((t for t in texts[k : k + 2] if not t.isspace()), None)
            return nxt is None or nxt in ",;)" or "\n" in nxt
        return False
    return False
